from wagtail import hooks

from core.plugins.pages import PluginMenuItem


@hooks.register("register_admin_menu_item")
def register_sample_menu_item():
    return PluginMenuItem("sample", "Mục mẫu", "/mau/", name="sample", order=10000)
