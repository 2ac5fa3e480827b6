"""URLs of the platform host (public schema): directory of portals, platform admin."""

from django.contrib import admin
from django.urls import path

from core import views
from tenants import views as tenant_views

admin.site.site_header = "Quản trị nền tảng"
admin.site.site_title = "Quản trị nền tảng"
admin.site.index_title = "Dữ liệu dùng chung của các đơn vị"

urlpatterns = [
    path("", tenant_views.directory, name="platform-directory"),
    path("quan-tri/", admin.site.urls),
    path("suc-khoe/", views.health, name="health"),
]

handler400 = "core.views.bad_request"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
