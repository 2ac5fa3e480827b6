"""Is a plugin enabled for a tenant? (PluginState in the public schema, DESIGN §3)."""

from __future__ import annotations

from django.conf import settings
from django.db import connection

from core.plugins.manifest import PluginManifest


def manifests() -> tuple[PluginManifest, ...]:
    return settings.PLUGINS


def get_manifest(key: str) -> PluginManifest | None:
    return next((m for m in manifests() if m.key == key), None)


def current_tenant():
    return getattr(connection, "tenant", None)


def enabled_keys(tenant=None) -> frozenset[str]:
    """Keys of the plugins enabled for ``tenant`` (default: the active one).

    Memoised on the tenant object, which the middleware loads per request, so a
    page costs one query however many plugins it asks about.
    """
    tenant = tenant or current_tenant()
    if tenant is None or getattr(tenant, "schema_name", "public") == "public":
        return frozenset()
    cached = getattr(tenant, "_portal_enabled_plugins", None)
    if cached is not None:
        return cached
    from tenants.models import PluginState

    explicit = dict(
        PluginState.objects.filter(tenant_id=tenant.pk).values_list("plugin", "enabled")
    )
    keys = frozenset(
        m.key
        for m in manifests()
        if tenant.kind in m.kinds and explicit.get(m.key, m.enabled_by_default)
    )
    try:
        tenant._portal_enabled_plugins = keys
    except AttributeError:  # FakeTenant objects are not always writable
        pass
    return keys


def is_enabled(key: str, tenant=None) -> bool:
    return key in enabled_keys(tenant)


def set_enabled(tenant, key: str, enabled: bool) -> bool:
    """Enable/disable ``key`` for ``tenant``; return True if the state changed."""
    from tenants.models import PluginState

    if get_manifest(key) is None:
        raise KeyError(f"Không có phần mở rộng '{key}'")
    before = is_enabled(key, tenant)
    PluginState.objects.update_or_create(
        tenant=tenant, plugin=key, defaults={"enabled": enabled}
    )
    if hasattr(tenant, "_portal_enabled_plugins"):
        del tenant._portal_enabled_plugins
    return before != enabled


def suppressed_categories(tenant=None) -> frozenset[int]:
    """Regulation categories whose plugin is disabled: their sections answer 404."""
    enabled = enabled_keys(tenant)
    served_by_enabled = {
        c for m in manifests() if m.key in enabled for c in m.categories
    }
    return frozenset(
        c
        for m in manifests()
        if m.key not in enabled
        for c in m.categories
        if c not in served_by_enabled
    )
