"""Officials in the portal-wide search (manifest ``search_provider``)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.search.site import SiteHit, SiteSection, more_url
from plugins.directory.views import search_officials


def provider(request, q: str, limit: int) -> SiteSection:
    hits = [
        SiteHit(
            title=person.full_name,
            url=person.get_absolute_url(),
            summary=person.position,
        )
        for person in search_officials(q)[:limit]
    ]
    return SiteSection("directory", _("Danh bạ cán bộ"), hits, more_url("danh-ba/", q))
