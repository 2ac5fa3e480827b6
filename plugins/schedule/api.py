"""GET /api/v1/schedule/: published entries of a period (default: this week)."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.errors import HttpError

from plugins.schedule.queries import current_week, entries_between, week_bounds

router = Router()
MAX_DAYS = 366


class EntryOut(Schema):
    id: int
    date: dt.date
    end_date: dt.date | None
    start_time: dt.time | None
    end_time: dt.time | None
    leaders: str
    content: str
    place: str
    participants: str
    preparing_unit: str
    is_changed: bool
    change_note: str
    is_sample: bool
    published_at: dt.datetime | None
    url: str


@router.get(
    "/",
    response=list[EntryOut],
    summary="Lịch công tác của lãnh đạo",
    description=(
        "Các mục đã công bố giao với khoảng [`from`, `to`] (mặc định: tuần này). "
        "`is_changed`: mục đã được sửa sau khi công bố."
    ),
)
def list_entries(
    request: HttpRequest,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
):
    if date_from is None and date_to is None:
        date_from, date_to = week_bounds(*current_week())
    date_from = date_from or date_to
    date_to = date_to or date_from
    if date_to < date_from:
        raise HttpError(
            422,
            "Tham số 'date_to' trước 'date_from'. Cách sửa: đổi chỗ hai ngày.",
        )
    if (date_to - date_from).days > MAX_DAYS:
        raise HttpError(422, f"Khoảng thời gian dài quá {MAX_DAYS} ngày.")
    return [
        {
            "id": e.pk,
            "date": e.date,
            "end_date": e.end_date,
            "start_time": e.start_time,
            "end_time": e.end_time,
            "leaders": e.leaders,
            "content": e.content,
            "place": e.place,
            "participants": e.participants,
            "preparing_unit": e.preparing_unit,
            "is_changed": e.is_changed,
            "change_note": e.change_note if e.is_changed else "",
            "is_sample": e.is_sample,
            "published_at": e.last_published_at,
            "url": request.build_absolute_uri(e.get_absolute_url()),
        }
        for e in entries_between(date_from, date_to)
    ]
