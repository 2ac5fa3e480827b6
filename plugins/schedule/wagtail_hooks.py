"""Admin integration: schedule entries as a snippet, hidden while the plugin is off."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.plugins.state import is_enabled
from plugins.schedule.models import ScheduleEntry


class ScheduleEntryViewSet(SnippetViewSet):
    model = ScheduleEntry
    icon = "date"
    menu_label = _("Lịch công tác")
    menu_name = "schedule"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["date", "time_label", "content", "leaders", "live"]
    list_filter = ["date", "is_sample"]
    search_fields = ["content", "leaders", "place"]
    url_prefix = "lich-cong-tac"

    def get_menu_item(self, order=None):
        item = super().get_menu_item(order)
        shown = item.is_shown

        def is_shown(request) -> bool:
            return is_enabled("schedule", getattr(request, "tenant", None)) and shown(
                request
            )

        item.is_shown = is_shown
        return item


register_snippet(ScheduleEntryViewSet)
