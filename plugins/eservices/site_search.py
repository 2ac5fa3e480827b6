"""Online services in the portal-wide search (manifest ``search_provider``)."""

from __future__ import annotations

from django.db import connection
from django.urls import reverse
from django.utils.translation import gettext as _

from core.search.site import SiteHit, SiteSection, more_url
from plugins.eservices.services import filtered


def provider(request, q: str, limit: int) -> SiteSection:
    tenant = getattr(request, "tenant", None) or connection.tenant
    hits = [
        SiteHit(
            title=service.name,
            url=reverse("eservices-detail", args=[service.code]),
            summary=service.code,
        )
        for service in filtered(tenant, q)[:limit]
    ]
    return SiteSection(
        "eservices", _("Dịch vụ công trực tuyến"), hits, more_url("dich-vu-cong/", q)
    )
