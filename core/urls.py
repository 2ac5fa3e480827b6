"""URLs of a tenant (unit portal) host.

``build_urlpatterns`` takes the set of enabled plugins; the tenant middleware sets
``request.urlconf`` to the URLconf of the tenant's set (core.plugins.urlconf).
The module-level ``urlpatterns`` (every plugin) serves ``reverse()`` outside requests.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views
from core.api import api, openapi_json


def build_urlpatterns(enabled: frozenset[str]) -> list:
    patterns = [
        path("admin/", include(wagtailadmin_urls)),
        path("tai-lieu/", include(wagtaildocs_urls)),
        path("tim-kiem/", views.search, name="search"),
        path("suc-khoe/", views.health, name="health"),
        path("media/<str:schema>/<path:path>", views.tenant_media, name="media"),
        path("api/v1/openapi.json", openapi_json, name="openapi"),
        path("api/v1/", api.urls),
    ]
    for manifest in settings.PLUGINS:
        if manifest.urls and manifest.url_prefix and manifest.key in enabled:
            patterns.append(path(manifest.url_prefix, include(manifest.urls)))
    patterns += i18n_patterns(
        path("", include(wagtail_urls)),
        prefix_default_language=False,
    )
    return patterns


urlpatterns = build_urlpatterns(frozenset(m.key for m in settings.PLUGINS))

handler400 = "core.views.bad_request"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
