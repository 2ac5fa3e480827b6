"""Admin of the registry (tenant admin): documents, read-only shared documents,
the deadline report. Hidden while the plugin is disabled for the tenant."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core.plugins.pages import PluginMenuItem
from core.plugins.state import is_enabled
from plugins.documents.admin_forms import DocumentAdminForm
from plugins.documents.models import Document
from plugins.documents_shared.models import SharedDocument

PLUGIN = "documents"


class _PluginViewSetMixin:
    @property
    def menu_item_class(self):
        base = super().menu_item_class

        def is_shown(item, request):
            tenant = getattr(request, "tenant", None)
            return is_enabled(PLUGIN, tenant) and base.is_shown(item, request)

        return type("DocumentsMenuItem", (base,), {"is_shown": is_shown})


class FoldedSearchIndexView(IndexView):
    """Admin search with the same folded search as the public registry
    (``quyet dinh`` finds ``Quyết định``; numbers however typed)."""

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        from core.search.models import apply_search

        found = apply_search(queryset, self.search_query)
        if self.is_explicitly_ordered:
            return found
        return found.order_by("-search_score", "-issued_on")


class DocumentViewSet(_PluginViewSetMixin, ModelViewSet):
    model = Document
    index_view_class = FoldedSearchIndexView
    form_fields = None
    icon = "doc-full"
    menu_label = _("Văn bản")
    menu_name = "documents"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["__str__", "issued_on", "authority", "live"]
    list_filter = ["doc_type", "level", "live"]
    search_fields = ["number", "also_cited_number", "summary", "authority"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    panels = [
        HelpPanel(
            template="documents/admin/editor_warnings.html",
            heading=_("Lưu ý về văn bản gốc"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("doc_type"), FieldPanel("level")]),
                FieldRowPanel(
                    [FieldPanel("number"), FieldPanel("number_acknowledged")]
                ),
                FieldRowPanel(
                    [FieldPanel("also_cited_number"), FieldPanel("also_cited_on")]
                ),
                FieldPanel("authority"),
                FieldPanel("signer"),
                FieldRowPanel(
                    [
                        FieldPanel("issued_on"),
                        FieldPanel("effective_on"),
                        FieldPanel("expiry_on"),
                    ]
                ),
                FieldRowPanel([FieldPanel("status_override"), FieldPanel("sector")]),
            ],
            heading=_("Thông tin văn bản"),
        ),
        FieldPanel("summary"),
        FieldPanel("full_text"),
        FieldPanel("legacy_action"),
        InlinePanel("files", heading=_("Tệp văn bản"), label=_("Tệp")),
        InlinePanel(
            "relations_out", heading=_("Văn bản liên quan"), label=_("Quan hệ")
        ),
        MultiFieldPanel(
            [
                FieldPanel("page"),
                FieldPanel("live"),
                FieldPanel("published_at"),
                FieldPanel("editor_warnings"),
                FieldPanel("source_note"),
            ],
            heading=_("Đăng tải"),
        ),
    ]

    def get_form_class(self, for_update=False):
        edit_handler = self.get_edit_handler()
        return (
            edit_handler.get_form_class() if edit_handler else super().get_form_class()
        )

    def get_edit_handler(self):
        from wagtail.admin.panels import ObjectList

        return ObjectList(self.panels, base_form_class=DocumentAdminForm).bind_to_model(
            self.model
        )


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Shared rows are edited on the platform host only (DESIGN §1)."""

    def user_has_permission(self, user, action):
        return (
            action == "view"
            and user.is_active
            and user.has_perm("wagtailadmin.access_admin")
        )


class SharedDocumentViewSet(_PluginViewSetMixin, ModelViewSet):
    model = SharedDocument
    index_view_class = FoldedSearchIndexView
    icon = "doc-full-inverse"
    menu_label = _("Văn bản TW, tỉnh (chỉ xem)")
    menu_name = "documents-shared"
    menu_order = 211
    add_to_admin_menu = True
    list_display = ["__str__", "issued_on", "authority"]
    list_filter = ["doc_type", "level"]
    search_fields = ["number", "summary", "authority"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["summary"]
    url_prefix = "van-ban-chung"


register_permission_policy(SharedDocument, ReadOnlyPolicy(SharedDocument))


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [
        # not "documents": Wagtail's own documents app owns /admin/documents/
        DocumentViewSet("registry_documents", url_prefix="van-ban"),
        SharedDocumentViewSet("documents_shared"),
    ]


@hooks.register("register_admin_urls")
def register_report_urls():
    from plugins.documents.admin_import import import_view, progress_view
    from plugins.documents.deadlines import report_view

    return [
        path("han-dang-van-ban/", report_view, name="documents_deadlines"),
        path("nhap-van-ban/", import_view, name="documents_import"),
        path(
            "nhap-van-ban/tien-do/<str:job>/",
            progress_view,
            name="documents_import_progress",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return PluginMenuItem(
        PLUGIN,
        _("Hạn đăng văn bản"),
        reverse("documents_deadlines"),
        name="documents-deadlines",
        icon_name="time",
        order=212,
    )


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PluginMenuItem(
        PLUGIN,
        _("Nhập văn bản (CSV/XLSX)"),
        reverse("documents_import"),
        name="documents-import",
        icon_name="upload",
        order=213,
    )
