"""Template context every public page needs: the tenant, its menu and contact."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest

from core.plugins.people import agency_contact
from core.plugins.state import enabled_keys, manifests, suppressed_categories


def portal(request: HttpRequest) -> dict:
    tenant = getattr(request, "tenant", None) or getattr(connection, "tenant", None)
    if tenant is None or getattr(tenant, "schema_name", "public") == "public":
        return {"portal_tenant": tenant, "is_platform": True}
    return {
        "portal_tenant": tenant,
        "is_platform": False,
        "portal_menu": _menu(request),
        "portal_links": tenant.links or [],
        "portal_contact": agency_contact(tenant.contact or {}, tenant=tenant),
    }


def _menu(request: HttpRequest) -> list[dict]:
    from wagtail.models import Site

    from core.models import SectionPage

    site = Site.find_for_request(request)
    items: list[dict] = []
    if site is not None:
        root = site.root_page
        suppressed = suppressed_categories()
        hidden = set()
        if suppressed:
            hidden = set(
                SectionPage.objects.child_of(root)
                .filter(category__in=suppressed)
                .values_list("pk", flat=True)
            )
        for page in (
            root.get_children()
            .live()
            .public()
            .in_menu()
            .only("title", "url_path", "path", "depth")
        ):
            if page.pk not in hidden:
                items.append({"title": page.title, "url": page.get_url(request)})
    enabled = enabled_keys()
    for manifest in manifests():
        if manifest.key in enabled and manifest.url_prefix:
            for slug, title in manifest.menu:
                items.append({"title": title, "url": f"/{manifest.url_prefix}{slug}"})
    current = request.path
    for item in items:
        url = item["url"] or ""
        item["current"] = bool(url) and url != "/" and current.startswith(url)
    return items
