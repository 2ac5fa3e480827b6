"""Host → tenant routing with a clear 404 for unknown hosts (DESIGN §4)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.shortcuts import render
from django_tenants.middleware.main import TenantMainMiddleware

_last_schema: str | None = None


class TenantMiddleware(TenantMainMiddleware):
    """django-tenants' middleware, plus what this stack needs around it.

    - an unknown host gets a Vietnamese 404 page naming the host, never a tenant's
      content;
    - content-type ids differ between the public schema and the tenant schemas and
      Django caches them per process, so the cache is cleared when a process moves
      between schema families;
    - ``WAGTAILADMIN_BASE_URL`` follows the tenant so moderation mails link to the
      right host (safe: one thread per process).
    """

    def process_request(self, request):
        from django.core.exceptions import DisallowedHost

        try:
            request.get_host()
        except DisallowedHost:
            # django-tenants answers an empty 404 here; say what happened instead.
            connection.set_schema_to_public()
            host = request.META.get("HTTP_HOST", "")[:100]
            return self.no_tenant_found(request, host)
        return self._route(request)

    def no_tenant_found(self, request, hostname):
        response = render(
            request,
            "tenants/unknown_host.html",
            {"hostname": hostname, "platform_url": _platform_url(request)},
            status=404,
        )
        return response

    def _route(self, request):
        response = super().process_request(request)
        if response is not None:
            return response
        global _last_schema
        family = "public" if connection.schema_name == "public" else "tenant"
        if _last_schema != family:
            ContentType.objects.clear_cache()
            _last_schema = family
        tenant = request.tenant
        port = request.get_port()
        scheme = request.scheme
        default_port = "443" if scheme == "https" else "80"
        suffix = "" if port == default_port else f":{port}"
        settings.WAGTAILADMIN_BASE_URL = (
            f"{scheme}://{request.get_host().split(':')[0]}{suffix}"
        )
        request.portal_tenant = tenant
        if tenant.schema_name != "public":
            from core.plugins.state import enabled_keys
            from core.plugins.urlconf import urlconf_for

            request.urlconf = urlconf_for(enabled_keys(tenant))
        return None


def _platform_url(request) -> str:
    from tenants.models import Domain

    domain = (
        Domain.objects.filter(tenant__schema_name="public", is_primary=True)
        .values_list("domain", flat=True)
        .first()
    )
    if not domain:
        return ""
    port = request.get_port()
    suffix = f":{port}" if port not in ("80", "443") else ""
    return f"{request.scheme}://{domain}{suffix}/"
