"""Unit admins see the shared catalogue read-only: it is edited on the platform."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.plugins.pages import PluginMenuItem


@hooks.register("register_admin_menu_item")
def register_eservices_menu_item():
    return PluginMenuItem(
        "eservices",
        _("Dịch vụ công trực tuyến"),
        "/dich-vu-cong/",
        name="eservices",
        icon_name="link",
        order=10300,
    )
