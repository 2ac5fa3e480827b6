"""GET /api/v1/consultations/: drafts put to comment, their status and result."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from plugins.consultation.models import Consultation

router = Router()


class FileOut(Schema):
    title: str
    url: str


class ConsultationOut(Schema):
    id: int
    title: str
    drafting_agency: str
    summary: str
    opens_on: dt.date
    closes_on: dt.date
    status: str
    status_label: str
    files: list[FileOut]
    result_summary: str
    result_response: str
    result_published_at: dt.datetime | None
    url: str


@router.get(
    "/",
    response=list[ConsultationOut],
    summary="Dự thảo lấy ý kiến",
    description=(
        "`status`: upcoming | open | closed | result_published (tính từ ngày mở, "
        "ngày đóng và ngày công bố kết quả). Không trả về ý kiến góp ý của người dân."
    ),
)
@paginate(LimitOffsetPagination)
def list_consultations(request: HttpRequest, status: str = ""):
    today = timezone.localdate()
    out = []
    for c in Consultation.objects.filter(live=True).prefetch_related("files"):
        current = c.status_on(today)
        if status and status != current:
            continue
        published = current == Consultation.Status.RESULT
        out.append(
            {
                "id": c.pk,
                "title": c.title,
                "drafting_agency": c.drafting_agency,
                "summary": c.summary,
                "opens_on": c.opens_on,
                "closes_on": c.closes_on,
                "status": current,
                "status_label": str(Consultation.Status(current).label),
                "files": [
                    {"title": f.title, "url": request.build_absolute_uri(f.file.url)}
                    for f in c.files.all()
                ],
                "result_summary": c.result_summary if published else "",
                "result_response": c.result_response if published else "",
                "result_published_at": c.result_published_at if published else None,
                "url": request.build_absolute_uri(c.get_absolute_url()),
            }
        )
    return out
