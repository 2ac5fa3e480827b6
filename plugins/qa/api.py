"""GET /api/v1/questions/: published questions and answers (never asker details)."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from core.search.models import apply_search
from plugins.qa.models import Question

router = Router()


class CitationOut(Schema):
    number: str
    summary: str
    issued_on: dt.date
    issuer: str
    url: str


class QuestionOut(Schema):
    id: int
    kind: str
    topic: str
    topic_label: str
    title: str
    content: str
    asker: str
    agency: str
    received_on: dt.date
    published_at: dt.datetime | None
    answer: str
    citations: list[CitationOut]
    url: str


def _out(request: HttpRequest, q: Question) -> dict:
    return {
        "id": q.pk,
        "kind": q.kind,
        "topic": q.topic,
        "topic_label": q.get_topic_display(),
        "title": q.title,
        "content": q.content,
        "asker": q.public_display,
        "agency": q.agency.name if q.agency else "",
        "received_on": q.received_at.date(),
        "published_at": q.published_at,
        "answer": q.answer,
        "citations": [
            {
                "number": c.number,
                "summary": c.summary,
                "issued_on": c.issued_on,
                "issuer": c.issuer,
                "url": request.build_absolute_uri(c.url) if c.url else "",
            }
            for c in q.citations.all()
        ],
        "url": request.build_absolute_uri(q.get_absolute_url()),
    }


@router.get(
    "/",
    response=list[QuestionOut],
    summary="Câu hỏi, phản ánh kiến nghị đã được trả lời và công khai",
    description=(
        "`q`: tìm không phân biệt dấu (`thu tuc` tìm được `thủ tục`); `topic`: "
        "policy | procedure | investment | other. Không bao giờ trả về họ tên đầy "
        "đủ (trừ khi người gửi cho phép), địa chỉ, thư điện tử hay số điện thoại."
    ),
)
@paginate(LimitOffsetPagination)
def list_questions(request: HttpRequest, q: str = "", topic: str = ""):
    rows = (
        Question.objects.filter(status=Question.Status.PUBLISHED)
        .select_related("agency")
        .prefetch_related("citations")
    )
    if topic:
        rows = rows.filter(topic=topic)
    if q.strip():
        rows = apply_search(rows, q).order_by("-search_score", "-published_at")
    else:
        rows = rows.order_by("-published_at", "-pk")
    return [_out(request, row) for row in rows]
