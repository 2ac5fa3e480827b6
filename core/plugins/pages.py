"""Seams for plugin pages and admin menus: a disabled plugin hides both (DESIGN §3)."""

from __future__ import annotations

from django.http import Http404
from wagtail.admin.menu import MenuItem

from core.plugins.state import is_enabled


class PluginPageMixin:
    """Mix into a plugin's Page subclass, setting ``plugin_key``.

    While the plugin is disabled for the tenant its page type cannot be created and
    its existing pages answer 404.
    """

    plugin_key: str = ""

    @classmethod
    def can_create_at(cls, parent) -> bool:
        return is_enabled(cls.plugin_key) and super().can_create_at(parent)

    def serve(self, request, *args, **kwargs):
        if not is_enabled(self.plugin_key):
            raise Http404("Chức năng này không được bật cho trang này.")
        return super().serve(request, *args, **kwargs)


class PluginMenuItem(MenuItem):
    """An admin menu item shown only while its plugin is enabled for the tenant."""

    def __init__(self, plugin_key: str, *args, **kwargs):
        self.plugin_key = plugin_key
        super().__init__(*args, **kwargs)

    def is_shown(self, request) -> bool:
        return is_enabled(self.plugin_key, getattr(request, "tenant", None))


def disabled_page_models(tenant=None) -> tuple[type, ...]:
    """Page types of plugins disabled for ``tenant``: listings leave them out."""
    from wagtail.models import get_page_models

    from core.plugins.state import enabled_keys

    enabled = enabled_keys(tenant)
    return tuple(
        model
        for model in get_page_models()
        if issubclass(model, PluginPageMixin)
        and model.plugin_key
        and model.plugin_key not in enabled
    )


def shadowed_section(request, category: int):
    """The live section page of ``category`` at the top of the request's site: the
    page a plugin's index shadows (its title, intro and child pages are shown)."""
    from wagtail.models import Site

    from core.models import SectionPage

    site = Site.find_for_request(request)
    if site is None:
        return None
    return (
        SectionPage.objects.child_of(site.root_page)
        .live()
        .filter(category=category)
        .first()
    )
