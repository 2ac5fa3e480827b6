"""GET /api/v1/statistics/: published reports with their tables (open data)."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from core.filters import check_api_year
from plugins.statistics.models import StatReport

router = Router()

# A sane range for the ``year`` filter; outside it the request is refused.


class ColumnOut(Schema):
    name: str
    unit: str
    numeric: bool


class ReportSummary(Schema):
    slug: str
    title: str
    summary: str
    period_start: date
    period_end: date
    published_on: date
    decision_date: date | None
    due_on: date | None
    source: str
    licence: str
    is_sample: bool
    url: str


class ReportOut(ReportSummary):
    method: str
    analysis: str
    columns: list[ColumnOut]
    rows: list[list[float | int | str | None]]


class ReportList(Schema):
    count: int
    items: list[ReportSummary]


def _out(request: HttpRequest, report: StatReport) -> dict:
    data = {f: getattr(report, f) for f in ReportOut.model_fields if hasattr(report, f)}
    data["url"] = request.build_absolute_uri(report.get_absolute_url())
    data["columns"] = [
        {"name": c["name"], "unit": c.get("unit", ""), "numeric": bool(c.get("unit"))}
        for c in report.columns
    ]
    return data


@router.get("/", response=ReportList, summary="Báo cáo thống kê đã đăng")
def list_reports(
    request: HttpRequest, year: int | None = None, limit: int = 50, offset: int = 0
):
    check_api_year(year)
    qs = StatReport.objects.filter(live=True)
    if year:
        qs = qs.filter(period_start__year__lte=year, period_end__year__gte=year)
    limit, offset = max(1, min(limit, 200)), max(0, offset)
    return {
        "count": qs.count(),
        "items": [_out(request, r) for r in qs[offset : offset + limit]],
    }


@router.get("/{slug}", response=ReportOut, summary="Một báo cáo, kèm bảng số liệu")
def get_report(request: HttpRequest, slug: str):
    return _out(request, get_object_or_404(StatReport, live=True, slug=slug))
