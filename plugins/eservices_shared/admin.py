"""Platform admin (public schema): operators browse and import the catalogue."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from plugins.eservices_shared.importer import import_catalogue
from plugins.eservices_shared.models import CatalogueImport, OnlineService


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp danh mục (.csv, .json, .jsonl)"),
        help_text=_("CSV có dòng tiêu đề (UTF-8) hoặc JSON; mỗi dòng một thủ tục."),
    )
    source = forms.CharField(label=_("Nguồn dữ liệu"), max_length=255)
    dry_run = forms.BooleanField(
        label=_("Chỉ kiểm tra, chưa lưu"), required=False, initial=True
    )


@admin.register(OnlineService)
class OnlineServiceAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "field", "levels_raw", "online_mode")
    list_filter = ("online_mode", "field")
    search_fields = ("code", "name", "search_text")
    readonly_fields = ("search_text", "updated_at")

    def get_urls(self):
        return [
            path(
                "nhap/",
                self.admin_site.admin_view(self.import_view),
                name="eservices_shared_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        """Upload a catalogue file; dry run first, nothing saved on any error."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None)
        result = None
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            result = import_catalogue(
                upload.read(),
                upload.name,
                form.cleaned_data["source"],
                dry_run=form.cleaned_data["dry_run"],
            )
            if result.skipped:
                messages.info(
                    request, _("Tệp này đã được nhập trước đây; không thay đổi gì.")
                )
                return redirect("admin:eservices_shared_onlineservice_changelist")
            if result.ok and not result.dry_run:
                messages.success(
                    request,
                    _("Đã nhập %(n)s dòng: %(c)s mới, %(u)s cập nhật.")
                    % {"n": result.rows, "c": result.created, "u": result.updated},
                )
                return redirect("admin:eservices_shared_onlineservice_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Nhập danh mục thủ tục hành chính"),
            "form": form,
            "result": result,
        }
        status = 400 if result is not None and not result.ok else 200
        return TemplateResponse(
            request, "eservices_shared/import.html", context, status=status
        )


@admin.register(CatalogueImport)
class CatalogueImportAdmin(admin.ModelAdmin):
    list_display = ("file_name", "source", "created", "updated", "imported_at")
    readonly_fields = [f.name for f in CatalogueImport._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False
