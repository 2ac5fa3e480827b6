"""``GET /api/v1/documents/``: the registry search as JSON (OpenAPI documented)."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from core.filters import YEAR_MAX, YEAR_MIN
from plugins.documents.search import PAGE_SIZE, Filters, search
from plugins.documents_shared.common import DocumentType, Status

router = Router()


class SearchParams(Schema):
    q: str = ""
    type: str | None = None
    authority: str | None = None
    sector: str | None = None
    year: int | None = None
    status: str | None = None
    scope: str | None = None
    sort: str = "relevance"
    page: int = 1


class DocumentOut(Schema):
    id: int
    shared: bool
    type: str
    type_label: str
    number: str
    also_cited_number: str
    authority: str
    level: str
    signer: str
    issued_on: date | None
    effective_on: date | None
    expiry_on: date | None
    status: str
    status_label: str
    sector: str
    summary: str
    url: str


class SearchOut(Schema):
    query: str
    searched_tokens: list[str]
    searched_numbers: list[str]
    filters: dict
    total: int
    total_capped: bool
    page: int
    pages: int
    results: list[DocumentOut]
    message: str


def _out(doc, request: HttpRequest) -> dict:
    status = doc.status()
    return {
        "id": doc.pk,
        "shared": bool(getattr(doc, "is_shared", False)),
        "type": doc.doc_type,
        "type_label": str(doc.get_doc_type_display()),
        "number": doc.number,
        "also_cited_number": doc.also_cited_number,
        "authority": doc.authority,
        "level": doc.level,
        "signer": doc.signer,
        "issued_on": doc.issued_on,
        "effective_on": doc.effective_on,
        "expiry_on": doc.expiry_on,
        "status": status,
        "status_label": str(Status(status).label),
        "sector": doc.sector,
        "summary": doc.summary,
        "url": request.build_absolute_uri(doc.get_absolute_url()),
    }


@router.get(
    "/",
    response=SearchOut,
    summary="Tìm kiếm văn bản",
    description=(
        "Tìm không phân biệt dấu (đ = d), kết quả gõ đúng dấu xếp trước; số ký hiệu "
        "tìm chính xác dù gõ `3249/QĐ-UBND`, `3249/qd-ubnd` hay `3249 QD UBND`. "
        "Lọc: `type` (mã loại), `authority`, `sector`, `year`, `status` "
        "(in-force, partly, expired, pending), `scope` (local, shared). "
        "`sort`: relevance | date. Gồm cả văn bản Trung ương, tỉnh (`shared`)."
    ),
)
def list_documents(request: HttpRequest, params: Query[SearchParams]):
    if params.type and params.type not in DocumentType.values:
        raise HttpError(400, _("Tham số type không hợp lệ: %(v)s") % {"v": params.type})
    if params.status and params.status not in Status.values:
        raise HttpError(
            400, _("Tham số status không hợp lệ: %(v)s") % {"v": params.status}
        )
    if params.scope and params.scope not in ("local", "shared"):
        raise HttpError(400, _("Tham số scope phải là local hoặc shared"))
    if params.year is not None and not YEAR_MIN <= params.year <= YEAR_MAX:
        raise HttpError(400, year_error(params.year))
    filters = Filters(
        doc_type=params.type or "",
        authority=params.authority or "",
        sector=params.sector or "",
        year=params.year,
        status=params.status or "",
        scope=params.scope or "",
    )
    page = max(1, params.page)
    result = search(
        params.q,
        filters,
        sort="date" if params.sort == "date" else "relevance",
        page=page,
    )
    message = ""
    if not result.total:
        message = no_result_message(params.q, filters)
    elif result.page_clamped:
        message = _("Không có trang %(asked)s; trả về trang cuối (trang %(last)s).") % {
            "asked": params.page,
            "last": result.page,
        }
    return {
        "query": params.q,
        "searched_tokens": list(result.query.folded),
        "searched_numbers": list(result.query.numbers),
        "filters": filters.active(),
        "total": result.total,
        "total_capped": result.capped,
        "page": result.page,
        "pages": result.pages(PAGE_SIZE),
        "results": [_out(d, request) for d in result.objects],
        "message": message,
    }


def year_error(year: int) -> str:
    return _("Tham số year không hợp lệ: %(v)s. Năm phải từ %(min)s đến %(max)s.") % {
        "v": year,
        "min": YEAR_MIN,
        "max": YEAR_MAX,
    }


def no_result_message(q: str, filters: Filters) -> str:
    """What was searched, and the advice to remove filters."""
    text = (
        _("Không tìm thấy văn bản nào cho “%(q)s”.") % {"q": q}
        if q
        else _("Không có văn bản nào.")
    )
    if filters.active():
        text += " " + _("Đang lọc theo: %(f)s. Hãy bỏ bớt bộ lọc để tìm rộng hơn.") % {
            "f": ", ".join(f"{k}={v}" for k, v in filters.active().items())
        }
    else:
        text += " " + _("Hãy thử từ khóa ngắn hơn hoặc chỉ nhập số ký hiệu.")
    return text
