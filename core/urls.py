"""URLs of a tenant (unit portal) host."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("tim-kiem/", views.search, name="search"),
    path("suc-khoe/", views.health, name="health"),
]

for manifest in settings.PLUGINS:
    if manifest.urls and manifest.url_prefix:
        urlpatterns.append(path(manifest.url_prefix, include(manifest.urls)))

urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
