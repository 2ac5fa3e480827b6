"""Which procedures a portal shows, and the diacritic-insensitive search over them."""

from __future__ import annotations

import re

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from core.text.vietnamese import fold, nfc
from plugins.eservices_shared.models import Level, OnlineService

# The levels whose procedures the people of a unit of each kind use. The shipped
# national data has no town ("cấp huyện") level; a town still lists any it gets.
LEVELS_BY_KIND: dict[str, tuple[str, ...]] = {
    "ward": (Level.COMMUNE,),
    "commune": (Level.COMMUNE,),
    "town": (Level.PROVINCE, Level.TOWN, Level.COMMUNE),
    "province": (Level.PROVINCE, Level.COMMUNE),
}


def levels_for(tenant) -> list[str]:
    return [str(v) for v in LEVELS_BY_KIND.get(getattr(tenant, "kind", ""), ())]


def services_for(tenant) -> QuerySet[OnlineService]:
    levels = levels_for(tenant)
    if not levels:
        return OnlineService.objects.none()
    return OnlineService.objects.filter(levels__overlap=levels)


def search(qs: QuerySet[OnlineService], query: str) -> QuerySet[OnlineService]:
    """Whole folded words match ("ho tich" finds "Hộ tịch", not "chó", "thích");
    the last word may be a prefix (typing). Names containing the query with its
    exact diacritics rank first, then the folded phrase, then the other matches."""
    query = nfc(query).strip()[:200]
    words = fold(query).split()
    for index, word in enumerate(words):
        end = "" if index == len(words) - 1 else r"\M"
        qs = qs.filter(search_text__regex=rf"\m{re.escape(word)}{end}")
    if not words:
        return qs
    return qs.annotate(
        exact=Case(
            When(Q(name__icontains=query) | Q(code=query), then=Value(0)),
            When(search_text__contains=" ".join(words), then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
    ).order_by("exact", "field", "name")


def filtered(tenant, query: str = "", field: str = "") -> QuerySet[OnlineService]:
    qs = services_for(tenant)
    if field:
        qs = qs.filter(field=field)
    return search(qs, query) if query.strip() else qs.order_by("field", "name")


def fields_for(tenant) -> list[str]:
    return list(
        services_for(tenant)
        .exclude(field="")
        .order_by("field")
        .values_list("field", flat=True)
        .distinct()
    )


def province_eservice_url() -> str:
    """The province's one-stop system URL; '' while no source gives it."""
    from tenants.models import ProvinceIntegration

    integration = ProvinceIntegration.objects.order_by("pk").first()
    return integration.eservice_url if integration else ""
