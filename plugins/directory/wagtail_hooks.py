"""Admin integration: the directory's snippets, hidden while the plugin is off."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.plugins.state import is_enabled
from plugins.directory.models import AgencyUnit, Official


class _PluginSubmenuItem(SubmenuMenuItem):
    def is_shown(self, request) -> bool:
        return is_enabled("directory", getattr(request, "tenant", None)) and (
            super().is_shown(request)
        )


class OfficialViewSet(SnippetViewSet):
    model = Official
    icon = "user"
    list_display = ["full_name", "position", "unit", "is_leader", "live"]
    list_filter = ["unit", "is_leader", "is_sample"]
    search_fields = ["full_name", "position"]
    url_prefix = "danh-ba/can-bo"


class AgencyUnitViewSet(SnippetViewSet):
    model = AgencyUnit
    icon = "group"
    list_display = ["name", "phone", "email", "is_portal_agency", "live"]
    search_fields = ["name", "address"]
    url_prefix = "danh-ba/don-vi"


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = _("Danh bạ cán bộ")
    menu_icon = "user"
    menu_name = "directory"
    menu_order = 310
    items = (OfficialViewSet, AgencyUnitViewSet)

    def get_menu_item(self, order=None):
        item = super().get_menu_item(order)
        item.__class__ = _PluginSubmenuItem
        return item


register_snippet(DirectoryGroup)
