"""Published answers in the portal-wide search (manifest ``search_provider``)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.search.models import apply_search
from core.search.site import SiteHit, SiteSection, more_url
from plugins.qa.models import Question


def provider(request, q: str, limit: int) -> SiteSection:
    rows = Question.objects.filter(status=Question.Status.PUBLISHED).only(
        "pk", "title", "published_at"
    )
    rows = apply_search(rows, q).order_by("-search_score", "-published_at")[:limit]
    hits = [
        SiteHit(
            title=row.title,
            url=row.get_absolute_url(),
            when=row.published_at.date() if row.published_at else None,
        )
        for row in rows
    ]
    return SiteSection("qa", _("Hỏi đáp"), hits, more_url("hoi-dap/", q))
