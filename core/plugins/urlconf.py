"""Per-tenant URLconf: a disabled plugin's URLs do not exist for that tenant.

The request then falls through to Wagtail (a section page of the same path is
served, or 404). One URLconf object per distinct set of enabled plugins, cached.
"""

from __future__ import annotations

import types
from functools import lru_cache


@lru_cache(maxsize=64)
def urlconf_for(enabled: frozenset[str]) -> types.ModuleType:
    from core import urls

    module = types.ModuleType(f"core.urls[{','.join(sorted(enabled))}]")
    module.urlpatterns = urls.build_urlpatterns(enabled)
    module.handler400 = urls.handler400
    module.handler404 = urls.handler404
    module.handler500 = urls.handler500
    return module
