"""The tenant's schedule as an iCalendar feed (RFC 5545, ``icalendar`` library)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from icalendar import Calendar, Event

from plugins.schedule.models import ScheduleEntry


def _event(entry: ScheduleEntry, host: str, tz: ZoneInfo) -> Event:
    event = Event()
    event.add("uid", f"lich-cong-tac-{entry.pk}@{host}")
    event.add("dtstamp", entry.last_published_at or entry.first_published_at)
    if entry.start_time:
        start = dt.datetime.combine(entry.date, entry.start_time, tzinfo=tz)
        event.add("dtstart", start)
        if entry.end_time:
            end_day = entry.end_date or entry.date
            event.add("dtend", dt.datetime.combine(end_day, entry.end_time, tzinfo=tz))
    else:
        event.add("dtstart", entry.date)
        event.add("dtend", entry.last_day + dt.timedelta(days=1))
    summary = entry.content.splitlines()[0][:200] if entry.content else ""
    if entry.is_sample:
        summary = f"[Dữ liệu mẫu] {summary}"
    if entry.is_changed:
        summary = f"[Đã thay đổi] {summary}"
    event.add("summary", summary)
    if entry.place:
        event.add("location", entry.place)
    lines = [
        f"Lãnh đạo: {entry.leaders}" if entry.leaders else "",
        f"Nội dung: {entry.content}",
        f"Thành phần: {entry.participants}" if entry.participants else "",
        f"Đơn vị chuẩn bị: {entry.preparing_unit}" if entry.preparing_unit else "",
        f"Thay đổi: {entry.change_note}"
        if entry.is_changed and entry.change_note
        else "",
        "Dữ liệu mẫu, không phải lịch chính thức." if entry.is_sample else "",
    ]
    event.add("description", "\n".join(line for line in lines if line))
    if entry.last_published_at:
        event.add("last-modified", entry.last_published_at)
    # Each publication after the first bumps SEQUENCE so calendars update.
    event.add("sequence", entry.revisions.count() if entry.is_changed else 0)
    event.add("status", "CONFIRMED")
    return event


def build_calendar(entries, name: str, host: str) -> bytes:
    tz = ZoneInfo(settings.TIME_ZONE)
    cal = Calendar()
    cal.add("prodid", "-//Trang thong tin dien tu//Lich cong tac//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for entry in entries:
        cal.add_component(_event(entry, host, tz))
    cal.add_missing_timezones()
    return cal.to_ical()
