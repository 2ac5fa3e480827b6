"""A disabled plugin's URLs answer 404 for that tenant (DESIGN §3)."""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import get_supported_language_variant

from core.plugins.state import enabled_keys, manifests


def _strip_language(path: str) -> str:
    parts = path.split("/", 2)
    if len(parts) > 2 and parts[1]:
        try:
            get_supported_language_variant(parts[1])
        except LookupError:
            return path
        return "/" + parts[2]
    return path


class PluginGateMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        tenant = getattr(request, "tenant", None)
        if tenant is not None and tenant.schema_name != "public":
            path = _strip_language(request.path_info)
            prefixed = [m for m in manifests() if m.url_prefix]
            if prefixed:
                enabled = enabled_keys(tenant)
                for manifest in prefixed:
                    if path.startswith("/" + manifest.url_prefix) and (
                        manifest.key not in enabled
                    ):
                        raise Http404("Chức năng này không được bật cho trang này.")
        return self.get_response(request)
