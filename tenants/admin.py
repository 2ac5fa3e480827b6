"""The platform admin (public schema, Django admin at /quan-tri/ on the platform host):
operators edit the shared rows here; unit portals only read them."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from tenants.models import (
    Domain,
    EditorialPolicy,
    PluginState,
    PolicyDeadline,
    ProvinceIntegration,
    Tenant,
    WorkingDayOverride,
)


class DomainInline(admin.TabularInline):
    model = Domain
    extra = 0


class PluginStateInline(admin.TabularInline):
    model = PluginState
    extra = 0
    fields = ("plugin", "enabled", "changed_at")
    readonly_fields = ("changed_at",)


@admin.register(Tenant)
class TenantAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "parent", "schema_name", "is_active")
    list_filter = ("kind", "is_active")
    search_fields = ("name", "slug", "schema_name")
    inlines = [DomainInline, PluginStateInline]

    def get_readonly_fields(self, request, obj=None):
        # The schema name is fixed once the schema exists.
        return ("schema_name", "created_at") if obj else ("created_at",)


class PolicyDeadlineInline(admin.TabularInline):
    model = PolicyDeadline
    extra = 0


@admin.register(EditorialPolicy)
class EditorialPolicyAdmin(admin.ModelAdmin):
    list_display = (
        "title",
        "code",
        "version",
        "effective_from",
        "answer_deadline_days",
    )
    inlines = [PolicyDeadlineInline]


@admin.register(ProvinceIntegration)
class ProvinceIntegrationAdmin(admin.ModelAdmin):
    list_display = ("province_name", "portal_url", "eservice_url")


@admin.register(WorkingDayOverride)
class WorkingDayOverrideAdmin(admin.ModelAdmin):
    list_display = ("date", "is_working", "reason", "legal_basis")
    list_filter = ("is_working",)
    date_hierarchy = "date"


admin.site.empty_value_display = _("Chưa có thông tin")
