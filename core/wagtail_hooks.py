"""Core admin integration: the shared editorial policy, read-only in unit admins."""

from __future__ import annotations

from django.db import connection
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail import hooks
from wagtail.admin.menu import MenuItem


@require_GET
def policy_view(request):
    """The tenant's editorial policy (public schema): shown, never edited here."""
    tenant = connection.tenant
    policy = getattr(tenant, "policy", None)
    deadlines = policy.deadlines.order_by("pk") if policy else []
    return render(
        request,
        "core/admin/policy.html",
        {"policy": policy, "deadlines": deadlines, "tenant": tenant},
    )


@hooks.register("register_admin_urls")
def register_policy_url():
    return [path("chinh-sach-bien-tap/", policy_view, name="portal_policy")]


@hooks.register("register_settings_menu_item")
def register_policy_menu_item():
    return MenuItem(
        _("Chính sách biên tập"),
        reverse("portal_policy"),
        icon_name="clipboard-list",
        order=900,
    )
