"""Platform admin (/quan-tri/ on the platform host): the shared registry."""

from __future__ import annotations

from django.contrib import admin

from plugins.documents_shared.models import (
    SharedDocument,
    SharedDocumentFile,
    SharedDocumentRelation,
)


class FileInline(admin.TabularInline):
    model = SharedDocumentFile
    extra = 0
    fields = ["file", "original_name", "kind", "size", "method", "needs_ocr", "note"]
    readonly_fields = ["kind", "size", "method", "needs_ocr", "note"]


class RelationInline(admin.TabularInline):
    model = SharedDocumentRelation
    fk_name = "source"
    extra = 0
    autocomplete_fields = ["target"]


@admin.register(SharedDocument)
class SharedDocumentAdmin(admin.ModelAdmin):
    list_display = ["number", "doc_type", "authority", "issued_on", "level", "live"]
    list_filter = ["doc_type", "level", "live"]
    search_fields = ["number", "summary", "authority"]
    date_hierarchy = "issued_on"
    inlines = [FileInline, RelationInline]
    readonly_fields = ["relation_status", "created_at", "updated_at"]
