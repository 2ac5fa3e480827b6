"""Public pages: projects (filters: status, field, ward, year), investment, bidding."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from core.filters import year_from_text
from core.plugins.pages import shadowed_section
from core.text.vietnamese import fold
from plugins.projects.models import BiddingNotice, InvestmentCall, Project, Status

CATEGORY = 7
PAGE_SIZE = 20


def _params(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("trang", None)
    return params.urlencode()


def index(request: HttpRequest) -> HttpResponse:
    live = Project.objects.filter(live=True)
    fields = sorted(set(live.values_list("field", flat=True)) - {""})
    wards = sorted(set(live.values_list("location", flat=True)) - {""})
    years = sorted(
        {y for d in live.values_list("start_date", "end_date") for y in _span(*d)},
        reverse=True,
    )
    chosen = {
        "status": request.GET.get("tinh-trang") or "",
        "field": request.GET.get("linh-vuc") or "",
        "ward": request.GET.get("dia-diem") or "",
        "year": request.GET.get("nam") or "",
    }
    qs = live
    if chosen["status"] in Status.values:
        qs = qs.filter(status=chosen["status"])
    else:
        chosen["status"] = ""
    if chosen["field"] in fields:
        qs = qs.filter(field=chosen["field"])
    else:
        chosen["field"] = ""
    if chosen["ward"] in wards:
        qs = qs.filter(location=chosen["ward"])
    else:
        chosen["ward"] = ""
    year_error = ""
    year = year_from_text(chosen["year"])
    if year is not None and year in years:
        qs = qs.filter(start_date__year__lte=year).filter(
            Q(end_date__isnull=True) | Q(end_date__year__gte=year)
        )
    else:
        if chosen["year"]:
            year_error = _(
                "Năm “%(v)s” không hợp lệ hoặc không có dự án nào; đã bỏ qua "
                "bộ lọc năm. Hãy chọn một năm trong danh sách."
            ) % {"v": chosen["year"][:20]}
        chosen["year"] = ""
    query = (request.GET.get("q") or "").strip()[:200]
    for word in fold(query).split():
        qs = qs.filter(search_folded__contains=word)
    page_obj = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "projects/index.html",
        {
            "section": shadowed_section(request, CATEGORY),
            "page_obj": page_obj,
            "projects": page_obj.object_list,
            "statuses": Status.choices,
            "fields": fields,
            "wards": wards,
            "years": years,
            "chosen": chosen,
            "year_error": year_error,
            "query": query,
            "filter_params": _params(request),
            "calls": InvestmentCall.objects.filter(live=True)[:3],
            "notices": BiddingNotice.objects.filter(live=True)[:3],
        },
    )


def _span(start, end) -> range:
    if start is None:
        return range(0)
    last = (end or timezone.localdate()).year
    return range(start.year, max(start.year, last) + 1)


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    project = get_object_or_404(Project.objects.filter(live=True), slug=slug)
    return render(
        request,
        "projects/detail.html",
        {
            "project": project,
            "section": shadowed_section(request, CATEGORY),
            "documents": project.documents.select_related("document"),
            "updates": project.updates.all(),
        },
    )


def investment_index(request: HttpRequest) -> HttpResponse:
    qs = InvestmentCall.objects.filter(live=True)
    kind = request.GET.get("loai") or ""
    if kind in InvestmentCall.Kind.values:
        qs = qs.filter(kind=kind)
    else:
        kind = ""
    page_obj = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "projects/investment_index.html",
        {
            "section": shadowed_section(request, CATEGORY),
            "page_obj": page_obj,
            "items": page_obj.object_list,
            "kinds": InvestmentCall.Kind.choices,
            "kind": kind,
            "filter_params": _params(request),
        },
    )


def investment_detail(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(InvestmentCall.objects.filter(live=True), slug=slug)
    return render(
        request,
        "projects/investment_detail.html",
        {"item": item, "section": shadowed_section(request, CATEGORY)},
    )


def bidding_index(request: HttpRequest) -> HttpResponse:
    qs = BiddingNotice.objects.filter(live=True)
    now = timezone.now()
    state = request.GET.get("trang-thai") or ""
    if state == "dang-mo":
        qs = qs.filter(closes_at__gt=now)
    elif state == "da-dong":
        qs = qs.filter(closes_at__lte=now)
    else:
        state = ""
    page_obj = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "projects/bidding_index.html",
        {
            "section": shadowed_section(request, CATEGORY),
            "page_obj": page_obj,
            "items": page_obj.object_list,
            "state": state,
            "now": now,
            "filter_params": _params(request),
        },
    )


def bidding_detail(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(BiddingNotice.objects.filter(live=True), slug=slug)
    return render(
        request,
        "projects/bidding_detail.html",
        {
            "item": item,
            "section": shadowed_section(request, CATEGORY),
            "now": timezone.now(),
        },
    )
