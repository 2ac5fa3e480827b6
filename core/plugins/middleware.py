"""A disabled plugin's API routes answer 404 for that tenant (DESIGN §3).

Its HTML URLs are absent from the tenant's URLconf (core.plugins.urlconf); the one
API object cannot be split per tenant, so its paths are gated here.
"""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import get_supported_language_variant

from core.plugins.state import enabled_keys, manifests

API_PREFIX = "/api/v1/"


def _strip_language(path: str) -> str:
    parts = path.split("/", 2)
    if len(parts) > 2 and parts[1]:
        try:
            get_supported_language_variant(parts[1])
        except LookupError:
            return path
        return "/" + parts[2]
    return path


def _owns(manifest, path: str) -> bool:
    return bool(manifest.api_prefix) and path.startswith(
        API_PREFIX + manifest.api_prefix
    )


class PluginGateMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        tenant = getattr(request, "tenant", None)
        if tenant is not None and tenant.schema_name != "public":
            path = _strip_language(request.path_info)
            for manifest in manifests():
                if _owns(manifest, path) and manifest.key not in enabled_keys(tenant):
                    raise Http404("Chức năng này không được bật cho trang này.")
        return self.get_response(request)
