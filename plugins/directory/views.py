"""Public directory: searchable list, person page, vCard."""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify

from core.plugins.pages import shadowed_section
from core.text.vietnamese import fold, slugify_vi
from plugins.directory.models import AgencyUnit, Official
from plugins.directory.vcard import build_vcard

SECTION_CATEGORY = 9


def live_officials():
    return Official.objects.filter(live=True).select_related("unit", "photo")


def search_officials(query: str):
    """Every word must match, diacritics folded: "nguyen van" finds "Nguyễn Văn"."""
    qs = live_officials()
    for word in fold(query).split():
        qs = qs.filter(
            Q(search_folded__contains=word) | Q(unit__search_folded__contains=word)
        )
    return qs.order_by("order", "full_name")


def index(request: HttpRequest) -> HttpResponse:
    query = (request.GET.get("q") or "").strip()[:200]
    officials = search_officials(query) if query else live_officials()
    units = AgencyUnit.objects.filter(live=True).order_by("order", "name")
    return render(
        request,
        "directory/index.html",
        {
            "section": shadowed_section(request, SECTION_CATEGORY),
            "query": query,
            "officials": officials,
            "units": units,
        },
    )


def _live_official(pk: int) -> Official:
    return get_object_or_404(live_officials(), pk=pk)


def person(request: HttpRequest, pk: int) -> HttpResponse:
    official = _live_official(pk)
    return render(
        request,
        "directory/person.html",
        {"person": official, "section": shadowed_section(request, SECTION_CATEGORY)},
    )


def vcard(request: HttpRequest, pk: int) -> HttpResponse:
    official = _live_official(pk)
    if not official.full_name:
        raise Http404
    body = build_vcard(
        official, request.build_absolute_uri(official.get_absolute_url())
    )
    filename = slugify_vi(official.full_name) or slugify(str(pk))
    response = HttpResponse(body, content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.vcf"'
    return response
