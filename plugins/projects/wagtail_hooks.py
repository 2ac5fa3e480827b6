"""Admin: projects, investment calls and bidding notices are snippets; their menu
items disappear while the plugin is disabled for the tenant."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.plugins.pages import PluginMenuItem
from plugins.projects.forms import BiddingNoticeForm, ProjectForm
from plugins.projects.models import BiddingNotice, InvestmentCall, Project

Project.base_form_class = ProjectForm
BiddingNotice.base_form_class = BiddingNoticeForm


class ProjectViewSet(SnippetViewSet):
    model = Project
    icon = "site"
    add_to_admin_menu = False
    list_display = ["name", "status", "location", "published_on", "due_on", "is_sample"]
    list_filter = ["status", "live", "is_sample"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("objective"),
        FieldRowPanel([FieldPanel("field"), FieldPanel("project_type")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("budget_vnd"),
        FieldRowPanel([FieldPanel("funding_type"), FieldPanel("investor")]),
        FieldRowPanel([FieldPanel("status"), FieldPanel("location")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("approval_decision"),
                FieldPanel("approved_on"),
                FieldPanel("published_on"),
                FieldPanel("live"),
                FieldPanel("is_sample"),
            ],
            heading=_("Phê duyệt và công bố"),
        ),
        InlinePanel("documents", label=_("Tài liệu")),
        InlinePanel("updates", label=_("Tiến độ")),
    ]


class InvestmentCallViewSet(SnippetViewSet):
    model = InvestmentCall
    icon = "doc-full"
    add_to_admin_menu = False
    list_display = ["title", "kind", "published_on", "is_sample"]


class BiddingNoticeViewSet(SnippetViewSet):
    model = BiddingNotice
    icon = "doc-full"
    add_to_admin_menu = False
    list_display = ["title", "opens_at", "closes_at", "is_sample"]


register_snippet(ProjectViewSet)
register_snippet(InvestmentCallViewSet)
register_snippet(BiddingNoticeViewSet)


@hooks.register("register_admin_menu_item")
def register_projects_menu_item():
    return PluginMenuItem(
        "projects",
        _("Dự án"),
        reverse("wagtailsnippets_projects_project:list"),
        name="projects",
        icon_name="site",
        order=10100,
    )


@hooks.register("register_admin_menu_item")
def register_investment_menu_item():
    return PluginMenuItem(
        "projects",
        _("Kêu gọi đầu tư"),
        reverse("wagtailsnippets_projects_investmentcall:list"),
        name="projects-investment",
        icon_name="doc-full",
        order=10101,
    )


@hooks.register("register_admin_menu_item")
def register_bidding_menu_item():
    return PluginMenuItem(
        "projects",
        _("Thông báo mời thầu"),
        reverse("wagtailsnippets_projects_biddingnotice:list"),
        name="projects-bidding",
        icon_name="doc-full",
        order=10102,
    )
