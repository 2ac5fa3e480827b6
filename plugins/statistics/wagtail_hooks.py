"""Admin: reports are snippets; the menu item disappears while the plugin is off."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.plugins.pages import PluginMenuItem
from plugins.statistics.forms import StatReportForm
from plugins.statistics.models import StatReport

StatReport.base_form_class = StatReportForm


class StatReportViewSet(SnippetViewSet):
    model = StatReport
    icon = "table"
    add_to_admin_menu = False
    list_display = ["title", "published_on", "due_on", "live", "is_sample"]
    list_filter = ["live", "is_sample"]
    search_fields = ["title"]
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("data_file"),
        FieldPanel("method"),
        FieldPanel("analysis"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("period_label"),
            ],
            heading=_("Kỳ số liệu"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("decision_number"),
                FieldPanel("decision_date"),
                FieldPanel("published_on"),
                FieldPanel("live"),
            ],
            heading=_("Công bố"),
        ),
        FieldPanel("source"),
        FieldPanel("licence"),
        FieldPanel("is_sample"),
    ]


register_snippet(StatReportViewSet)


@hooks.register("register_admin_menu_item")
def register_statistics_menu_item():
    return PluginMenuItem(
        "statistics",
        _("Báo cáo thống kê"),
        reverse("wagtailsnippets_statistics_statreport:list"),
        name="statistics",
        icon_name="table",
        order=10200,
    )
