"""Week view, printable view and iCalendar feed of the leaders' schedule."""

from __future__ import annotations

import datetime as dt

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from plugins.schedule.ical import build_calendar
from plugins.schedule.queries import (
    current_week,
    entries_between,
    live_entries,
    nearest_week_with_entries,
    week_bounds,
)

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def _week_context(year: int, week: int) -> dict:
    try:
        monday, sunday = week_bounds(year, week)
    except ValueError as exc:
        raise Http404("Tuần không tồn tại.") from exc
    entries = list(entries_between(monday, sunday))
    days = []
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        items = [e for e in entries if e.date <= day <= e.last_day]
        days.append({"date": day, "name": WEEKDAYS[offset], "entries": items})
    prev_year, prev_week, _d = (monday - dt.timedelta(days=7)).isocalendar()
    next_year, next_week, _d = (monday + dt.timedelta(days=7)).isocalendar()
    today = timezone.localdate()
    context = {
        "year": year,
        "week": week,
        "monday": monday,
        "sunday": sunday,
        "days": days,
        "has_entries": bool(entries),
        "has_sample": any(e.is_sample for e in entries),
        "prev": (prev_year, prev_week),
        "next": (next_year, next_week),
        "is_current": monday <= today <= sunday,
    }
    if not entries:
        context["nearest"] = nearest_week_with_entries(monday)
    return context


def current(request: HttpRequest) -> HttpResponse:
    year, week = current_week()
    return render(request, "schedule/week.html", _week_context(year, week))


def week_view(request: HttpRequest, year: int, week: int) -> HttpResponse:
    return render(request, "schedule/week.html", _week_context(year, week))


def print_view(request: HttpRequest, year: int, week: int) -> HttpResponse:
    return render(request, "schedule/print.html", _week_context(year, week))


def icalendar_feed(request: HttpRequest) -> HttpResponse:
    tenant = getattr(request, "tenant", None)
    name = f"Lịch công tác – {tenant.name}" if tenant else "Lịch công tác"
    since = timezone.localdate() - dt.timedelta(days=366)
    entries = live_entries().filter(date__gte=since).order_by("date", "pk")
    body = build_calendar(entries, name, request.get_host().split(":")[0])
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="lich-cong-tac.ics"'
    return response
