"""Admin integration of the consultation plugin (registration only here)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from core.plugins.pages import PluginMenuItem
from plugins.consultation.models import Comment, Consultation


class ConsultationViewSet(ModelViewSet):
    model = Consultation
    name = "consultations"
    url_prefix = "lay-y-kien"
    icon = "doc-full"
    list_display = ["title", "drafting_agency", "opens_on", "closes_on", "live"]
    add_to_admin_menu = False


class CommentViewSet(ModelViewSet):
    """Comments are read by the board and the drafting agency; never edited."""

    model = Comment
    name = "consultation_comments"
    url_prefix = "lay-y-kien-gop-y"
    icon = "comment"
    list_display = ["consultation", "submitted_at", "full_name"]
    list_filter = ["consultation"]
    inspect_view_enabled = True
    form_fields = ["content"]
    add_to_admin_menu = False


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [ConsultationViewSet(), CommentViewSet()]


@hooks.register("register_admin_menu_item")
def register_menu():
    return PluginMenuItem(
        "consultation",
        _("Lấy ý kiến dự thảo"),
        "/admin/lay-y-kien/",
        name="consultations",
        icon_name="doc-full",
        order=320,
    )


@hooks.register("register_admin_menu_item")
def register_comments_menu():
    return PluginMenuItem(
        "consultation",
        _("Ý kiến góp ý"),
        "/admin/lay-y-kien-gop-y/",
        name="consultation-comments",
        icon_name="comment",
        order=321,
    )
