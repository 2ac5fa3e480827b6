"""Admin integration of the qa plugin (the only place that registers with Wagtail)."""

from __future__ import annotations

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet

from core.plugins.pages import PluginMenuItem
from plugins.qa import admin_views
from plugins.qa.models import Agency
from plugins.qa.permissions import agency_ids, is_board


class CaseViewSet(ViewSet):
    """Handling of questions and petitions: dashboard and case pages."""

    name = "qa_cases"
    url_prefix = "hoi-dap"
    icon = "help"

    def get_urlpatterns(self):
        return [
            path("", admin_views.dashboard, name="dashboard"),
            path("<int:pk>/", admin_views.case, name="case"),
            path(
                "<int:pk>/tep/<int:attachment_pk>/",
                admin_views.attachment,
                name="attachment",
            ),
            path("<int:pk>/du-lieu/", admin_views.export, name="export"),
        ]


class AgencyViewSet(ModelViewSet):
    """The answering agencies: kept as data; the board adds departments."""

    model = Agency
    name = "qa_agencies"
    url_prefix = "hoi-dap-co-quan"
    icon = "group"
    form_fields = [
        "name",
        "kind",
        "email",
        "members",
        "is_active",
        "source",
        "position",
    ]
    list_display = ["name", "kind", "email", "is_active"]
    add_to_admin_menu = False


class CaseMenuItem(PluginMenuItem):
    def is_shown(self, request) -> bool:
        user = request.user
        return super().is_shown(request) and (is_board(user) or bool(agency_ids(user)))


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [CaseViewSet(), AgencyViewSet()]


@hooks.register("register_admin_menu_item")
def register_case_menu():
    return CaseMenuItem(
        "qa",
        _("Hỏi đáp, kiến nghị"),
        "/admin/hoi-dap/",
        name="qa",
        icon_name="help",
        order=310,
    )


@hooks.register("register_admin_menu_item")
def register_agency_menu():
    return PluginMenuItem(
        "qa",
        _("Cơ quan trả lời"),
        "/admin/hoi-dap-co-quan/",
        name="qa-agencies",
        icon_name="group",
        order=311,
    )
