"""Public pages of the statistics: list, report (table + chart), downloads, feeds."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from core.filters import year_from_text
from core.plugins.pages import shadowed_section
from core.text.vietnamese import fold
from plugins.statistics import tables
from plugins.statistics.chart import bar_chart
from plugins.statistics.models import StatReport

CATEGORY = 11
PAGE_SIZE = 20
CC_BY_URL = "https://creativecommons.org/licenses/by/4.0/deed.vi"


def published():
    return StatReport.objects.filter(live=True)


def index(request: HttpRequest) -> HttpResponse:
    qs = published()
    years = sorted(
        {
            year
            for start, end in qs.values_list("period_start", "period_end")
            for year in range(start.year, max(start.year, end.year) + 1)
        },
        reverse=True,
    )
    year = request.GET.get("nam") or ""
    year_error = ""
    number = year_from_text(year)
    if number is not None and number in years:
        qs = qs.filter(period_start__year__lte=number, period_end__year__gte=number)
    else:
        if year:
            year_error = _(
                "Năm “%(v)s” không hợp lệ hoặc không có báo cáo nào; đã bỏ qua "
                "bộ lọc năm. Hãy chọn một năm trong danh sách."
            ) % {"v": year[:20]}
        year = ""
    query = (request.GET.get("q") or "").strip()[:200]
    for word in fold(query).split():
        qs = qs.filter(search_folded__contains=word)
    page_obj = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("trang"))
    params = request.GET.copy()
    params.pop("trang", None)
    return render(
        request,
        "statistics/index.html",
        {
            "section": shadowed_section(request, CATEGORY),
            "page_obj": page_obj,
            "reports": page_obj.object_list,
            "years": years,
            "year": year,
            "year_error": year_error,
            "query": query,
            "filter_params": params.urlencode(),
        },
    )


def _table_context(report: StatReport) -> dict:
    columns = tables.columns_from(report.columns)
    display_rows = [
        [
            {
                "numeric": c.numeric,
                "missing": v is None,
                "text": tables.format_vi(v) if c.numeric else (v or ""),
            }
            for c, v in zip(columns, row, strict=False)
        ]
        for row in report.rows
    ]
    return {"columns": columns, "display_rows": display_rows}


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    report = get_object_or_404(published(), slug=slug)
    columns = tables.columns_from(report.columns)
    return render(
        request,
        "statistics/detail.html",
        {
            "report": report,
            "section": shadowed_section(request, CATEGORY),
            "chart": bar_chart(columns, report.rows, report.title),
            **_table_context(report),
        },
    )


def _about(request: HttpRequest, report: StatReport) -> dict:
    return {
        "title": report.title,
        "period": report.period_text,
        "published_on": report.published_on.isoformat(),
        "source": report.source,
        "method": report.method,
        "licence": report.licence,
        "sample_data": report.is_sample,
        "url": request.build_absolute_uri(report.get_absolute_url()),
    }


def download(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """Open data: the table as uploaded (CSV, XLSX, JSON), with its licence."""
    report = get_object_or_404(published(), slug=slug)
    columns = tables.columns_from(report.columns)
    about = _about(request, report)
    if fmt == "csv":
        response = HttpResponse(
            tables.to_csv(columns, report.rows).encode("utf-8"),
            content_type="text/csv; charset=utf-8",
        )
    elif fmt == "xlsx":
        labels = {
            "title": _("Tên báo cáo"),
            "period": _("Kỳ số liệu"),
            "published_on": _("Ngày đăng"),
            "source": _("Nguồn"),
            "method": _("Phương pháp"),
            "licence": _("Giấy phép"),
            "sample_data": _("Dữ liệu mẫu"),
            "url": _("Địa chỉ"),
        }
        about_rows = {labels[k]: str(v) for k, v in about.items()}
        response = HttpResponse(
            tables.to_xlsx(columns, report.rows, about_rows),
            content_type=(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            ),
        )
    else:
        response = HttpResponse(
            tables.to_json(columns, report.rows, about).encode("utf-8"),
            content_type="application/json; charset=utf-8",
        )
    response["Content-Disposition"] = f'attachment; filename="{report.slug}.{fmt}"'
    if "CC BY 4.0" in report.licence:
        response["Link"] = f'<{CC_BY_URL}>; rel="license"'
    return response
