"""The registry's share of the portal-wide search (manifest ``search_provider``)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.search.site import SiteHit, SiteSection, more_url
from plugins.documents.search import search


def provider(request, q: str, limit: int) -> SiteSection:
    result = search(q, page_size=limit)
    hits = [
        SiteHit(
            title=" ".join(x for x in (doc.get_doc_type_display(), doc.number) if x)
            or str(doc),
            url=doc.get_absolute_url(),
            summary=doc.summary,
            when=doc.issued_on,
        )
        for doc in result.objects
    ]
    return SiteSection("documents", _("Văn bản"), hits, more_url("van-ban/", q))
