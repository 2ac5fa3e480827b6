"""Helpers shared by the plugin tests: publish a revisioned object, log in as a
tenant's superuser (identities are per schema), read the menu and footer."""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django_tenants.utils import tenant_context


def publish(obj):
    obj.save()
    obj.save_revision().publish()
    obj.refresh_from_db()
    return obj


def admin_client(portal_client, tenant, slug: str):
    """A client logged in as a superuser of ``tenant``."""
    client = portal_client(slug)
    with tenant_context(tenant):
        user = get_user_model().objects.create_superuser(
            f"bt-{slug}", f"bt-{slug}@example.invalid", "mat-khau-thu"
        )
        client.force_login(user)
    return client


def menu_titles(html: str) -> list[str]:
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S)
    return re.findall(r"<a [^>]*>([^<]+)</a>", nav.group(0)) if nav else []


def footer(html: str) -> str:
    return html[html.index("<footer") :]


def publish_article(tenant, slug: str, title: str, body: str = "<p>Nội dung</p>"):
    """Publish a news article under the tenant's /tin-tuc/ section."""
    from core.models import ArticlePage, SectionPage

    with tenant_context(tenant):
        news = SectionPage.objects.get(slug="tin-tuc")
        page = ArticlePage(
            title=title,
            slug=slug,
            lead="Tin thử nghiệm.",
            body=[("paragraph", body)],
            author="Tổ biên tập",
            source="Kiểm thử",
        )
        news.add_child(instance=page)
        page.save_revision().publish()
        return page
