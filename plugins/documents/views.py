"""Public pages of the registry: search/list, detail (relations both ways), files."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from core.plugins.pages import shadowed_section
from plugins.documents.forms import SearchForm
from plugins.documents.models import Document, DocumentRelation
from plugins.documents.search import PAGE_SIZE, search
from plugins.documents_shared.common import REVERSE_LABELS, content_disposition
from plugins.documents_shared.models import SharedDocument


def _section_pages(request: HttpRequest) -> tuple[object | None, list]:
    """The Wagtail section this registry shadows and its child pages (e.g. the
    regulation published in full), so they stay reachable."""
    section = shadowed_section(request, 6)
    if section is None:
        return None, []
    return section, list(section.get_children().live().public().specific())


def _page_number(request: HttpRequest) -> int:
    try:
        return max(1, int(request.GET.get("trang", 1)))
    except (TypeError, ValueError):
        return 1


def index(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    form.mark_errors()
    filters = form.filters() if form.is_bound else SearchForm().filters()
    q = form.cleaned_data.get("q", "") if form.is_bound and form.is_valid() else ""
    if form.is_bound and not form.is_valid():
        q = (request.GET.get("q") or "")[:200]
    sort = form.cleaned_data.get("sap_xep") if form.is_bound and form.is_valid() else ""
    page = _page_number(request)
    result = search(q, filters, sort=sort or "relevance", page=page)
    pages = result.pages(PAGE_SIZE)
    page_note = ""
    if result.page_clamped and result.total:
        page_note = _(
            "Không có trang %(asked)s; đang hiển thị trang cuối (trang %(last)s)."
        ) % {"asked": page, "last": result.page}
    page = result.page
    params = {k: v for k, v in request.GET.items() if k != "trang" and v}
    section, child_pages = _section_pages(request)
    active = [
        (form[name].label, form[name].value())
        for name in ("loai", "co_quan", "linh_vuc", "nam", "hieu_luc", "nguon")
        if form.is_bound and form[name].value() and name not in form.errors
    ]
    return render(
        request,
        "documents/index.html",
        {
            "form": form,
            "result": result,
            "documents": result.objects,
            "query": q,
            "page": page,
            "pages": pages,
            "page_note": page_note,
            "base_query": urlencode(params),
            "section": section,
            "child_pages": child_pages,
            "active_filters": active,
            "searched": bool(q or active),
        },
    )


def _relations(document, *, shared: bool) -> list[dict]:
    """Relations of ``document`` both ways, as (label, target, is_shared) rows."""
    rows: list[dict] = []
    if shared:
        for rel in document.relations_out.select_related("target"):
            rows.append({"label": rel.get_kind_display(), "doc": rel.target})
        for rel in document.relations_in.select_related("source"):
            rows.append({"label": REVERSE_LABELS[rel.kind], "doc": rel.source})
        # this unit's documents that point at the shared one
        for rel in DocumentRelation.objects.filter(
            target_shared_id=document.pk
        ).select_related("source"):
            rows.append({"label": REVERSE_LABELS[rel.kind], "doc": rel.source})
        return rows
    for rel in document.relations_out.select_related("target"):
        rows.append({"label": rel.get_kind_display(), "doc": rel.target_obj})
    for rel in document.relations_in.select_related("source"):
        rows.append({"label": REVERSE_LABELS[rel.kind], "doc": rel.source})
    return rows


def _can_edit(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    return bool(
        user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
    )


def detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk, live=True)
    return render(
        request,
        "documents/detail.html",
        {
            "document": document,
            "is_shared": False,
            "files": document.files.all().order_by("pk"),
            "relations": _relations(document, shared=False),
            "show_editor_notes": _can_edit(request),
            "page_title": str(document),
        },
    )


def shared_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(SharedDocument, pk=pk, live=True)
    return render(
        request,
        "documents/detail.html",
        {
            "document": document,
            "is_shared": True,
            "files": document.files.all().order_by("pk"),
            "relations": _relations(document, shared=True),
            "show_editor_notes": _can_edit(request),
        },
    )


def _serve(item) -> FileResponse:
    try:
        handle = item.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("Không tìm thấy tệp.")) from exc
    response = FileResponse(handle, content_type=item.content_type)
    response["Content-Disposition"] = content_disposition(item.original_name)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def download(request: HttpRequest, pk: int, file_pk: int) -> FileResponse:
    document = get_object_or_404(Document, pk=pk, live=True)
    return _serve(get_object_or_404(document.files, pk=file_pk))


def shared_download(request: HttpRequest, pk: int, file_pk: int) -> FileResponse:
    document = get_object_or_404(SharedDocument, pk=pk, live=True)
    return _serve(get_object_or_404(document.files, pk=file_pk))
