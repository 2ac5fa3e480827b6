"""System checks for the tenancy configuration (named setting, named fix)."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, register

# Middleware that touches no tenant data and may run before the tenant is known.
TENANT_FREE_MIDDLEWARE = ("whitenoise.middleware.WhiteNoiseMiddleware",)

IDENTITY_APPS = (
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.admin",
)


@register()
def check_tenancy_settings(app_configs, **kwargs):
    errors = []
    for app in IDENTITY_APPS:
        if app not in settings.SHARED_APPS or app not in settings.TENANT_APPS:
            errors.append(
                Error(
                    f"{app} must be in both SHARED_APPS and TENANT_APPS",
                    hint="Identities are per schema (DESIGN §4): add it to both lists.",
                    id="tenants.E001",
                )
            )
    if not getattr(settings, "TENANT_CREATION_FAKES_MIGRATIONS", False):
        errors.append(
            Error(
                "TENANT_CREATION_FAKES_MIGRATIONS must be True",
                hint="New tenants are cloned from TENANT_BASE_SCHEMA (DESIGN §4).",
                id="tenants.E002",
            )
        )
    for alias, config in settings.CACHES.items():
        if config.get("KEY_FUNCTION") != "django_tenants.cache.make_key":
            errors.append(
                Error(
                    f"CACHES[{alias!r}] must use django_tenants.cache.make_key",
                    hint="Set KEY_FUNCTION so keys carry the tenant's schema.",
                    id="tenants.E003",
                )
            )
    before = (
        settings.MIDDLEWARE[
            : settings.MIDDLEWARE.index("tenants.middleware.TenantMiddleware")
        ]
        if "tenants.middleware.TenantMiddleware" in settings.MIDDLEWARE
        else None
    )
    if before is None or any(m not in TENANT_FREE_MIDDLEWARE for m in before):
        errors.append(
            Error(
                "tenants.middleware.TenantMiddleware must come first in MIDDLEWARE "
                "(only static-file serving may precede it)",
                hint="Everything after it relies on the tenant being resolved.",
                id="tenants.E004",
            )
        )
    return errors
