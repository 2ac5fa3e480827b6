"""Settings shared by every environment. Plugins are discovered from their manifests."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from core.db import database_config
from core.plugins.registry import app_lists, discover, extra_plugin_packages

warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR", module="platformdirs")

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get(
        "PORTAL_ALLOWED_HOSTS", "localhost,.localhost,127.0.0.1,.travinh.gov.vn"
    ).split(",")
    if h.strip()
]

# --- Apps -----------------------------------------------------------------------
# Identities are per schema (DESIGN §4): contenttypes, auth, sessions and admin are in
# both lists. Wagtail lives in the tenant schemas; the platform host uses Django's
# admin for the shared rows.
PLUGINS = discover(tuple(extra_plugin_packages()))
_PLUGIN_SHARED, _PLUGIN_TENANT = app_lists(PLUGINS)

_IDENTITY_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.admin",
]

SHARED_APPS = [
    "django_tenants",
    "tenants",
    *_IDENTITY_APPS,
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_q",
    *_PLUGIN_SHARED,
]

TENANT_APPS = [
    *_IDENTITY_APPS,
    "core",
    "core.outbox",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_localize",
    "wagtail_localize.locales",
    "modelcluster",
    "taggit",
    *_PLUGIN_TENANT,
]

INSTALLED_APPS = list(SHARED_APPS) + [a for a in TENANT_APPS if a not in SHARED_APPS]
INSTALLED_APPS.append("django_filters")

TENANT_MODEL = "tenants.Tenant"
TENANT_DOMAIN_MODEL = "tenants.Domain"
PUBLIC_SCHEMA_URLCONF = "core.urls_public"
ROOT_URLCONF = "core.urls"
# New tenants are cloned from a migrated template schema (DESIGN §4).
TENANT_BASE_SCHEMA = "tenant_template"
TENANT_CREATION_FAKES_MIGRATIONS = True
TENANT_LIMIT_SET_CALLS = True
DATABASE_ROUTERS = ("django_tenants.routers.TenantSyncRouter",)

DATABASES = {"default": database_config()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

MIDDLEWARE = [
    # Static files are no tenant's data: served before routing, on any host.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "tenants.middleware.TenantMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.RejectNulMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.plugins.middleware.PluginGateMiddleware",
    "core.middleware.TenantRedirectMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "core.context_processors.portal",
            ],
        },
    },
]

WSGI_APPLICATION = "core.wsgi.application"
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

_VALIDATORS = "django.contrib.auth.password_validation."
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": _VALIDATORS + name}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# --- Language and time -------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "core" / "locale"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_SITE_NAME = "Trang thông tin điện tử"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "core.search.backend",
        "SEARCH_CONFIG": "simple",
    }
}
# Wagtail 8's own background tasks carry no schema: keep them immediate (DESIGN §4).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Static and media (media per tenant directory) ---------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
# Front-end libraries installed by `npm ci` (package.json) and served locally, never
# from a CDN: Leaflet for the introduction plugin's administrative map.
STATICFILES_DIRS = [
    ("vendor/leaflet", BASE_DIR / "node_modules" / "leaflet" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
MULTITENANT_RELATIVE_MEDIA_ROOT = "%s"
STORAGES = {
    "default": {"BACKEND": "django_tenants.files.storage.TenantFileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# --- Caches: tenant-aware keys on every alias, fail-open Redis (DESIGN §4) ---------
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
_REDIS_OPTIONS = {
    "CLIENT_CLASS": "django_redis.client.DefaultClient",
    "SOCKET_CONNECT_TIMEOUT": 0.5,
    "SOCKET_TIMEOUT": 0.5,
    "IGNORE_EXCEPTIONS": True,
}
CACHES = {
    alias: {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("PORTAL_CACHE_PREFIX", "portal"),
        "KEY_FUNCTION": "django_tenants.cache.make_key",
        "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
        "OPTIONS": dict(_REDIS_OPTIONS),
        "TIMEOUT": 300,
    }
    for alias in ("default", "renditions")
}
DJANGO_REDIS_IGNORE_EXCEPTIONS = True
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Host-only cookies: a session is never shared across the portals' subdomains.
SESSION_COOKIE_DOMAIN = None
CSRF_COOKIE_DOMAIN = None

# --- Tasks: django-q2 with the ORM broker (DESIGN §4) ------------------------------
Q_CLUSTER = {
    "name": "portal",
    "orm": "default",
    "workers": 1,
    "timeout": 120,
    "retry": 180,
    "max_attempts": 5,
    "catch_up": False,
    "label": _("Tác vụ nền"),
}
# Outbox (DESIGN §4): the claim lease exceeds the SMTP timeout and the task timeout.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
OUTBOX_CLAIM_SECONDS = 300

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "portal": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

PORTAL_SITES_DIR = BASE_DIR / "sites"
# Which environment's domains a site definition provisions: "local" or "production".
PORTAL_ENVIRONMENT = os.environ.get("PORTAL_ENVIRONMENT", "local")
PORTAL_PLATFORM_NAME = "Cổng thông tin các đơn vị hành chính"
