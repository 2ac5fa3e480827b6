"""Which published entries fall in a period (shared by views, feeds and the API)."""

from __future__ import annotations

import datetime as dt

from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone

from plugins.schedule.models import ScheduleEntry


def week_bounds(year: int, week: int) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of an ISO week; ValueError for a week that does not exist
    or lies at the edge of the calendar (year 1 week 1, year 9999 week 52: its
    Sunday or the neighbouring weeks the page links to cannot be dates)."""
    monday = dt.date.fromisocalendar(year, week, 1)
    try:
        monday - dt.timedelta(days=7)
        monday + dt.timedelta(days=7)
    except OverflowError as exc:
        raise ValueError(f"week {year}-W{week} is out of range") from exc
    return monday, monday + dt.timedelta(days=6)


def current_week() -> tuple[int, int]:
    year, week, _day = timezone.localdate().isocalendar()
    return year, week


def live_entries():
    return ScheduleEntry.objects.filter(live=True)


def entries_between(start: dt.date, end: dt.date):
    """Entries overlapping [start, end], multi-day ones included."""
    return (
        live_entries()
        .annotate(last=Coalesce(F("end_date"), F("date")))
        .filter(date__lte=end, last__gte=start)
        .order_by("date", F("start_time").asc(nulls_first=True), "pk")
    )


def nearest_week_with_entries(around: dt.date) -> tuple[int, int] | None:
    """The next week with entries, else the latest past one (for an empty week)."""
    entry = live_entries().filter(date__gte=around).order_by("date").first()
    entry = entry or live_entries().filter(date__lt=around).order_by("-date").first()
    if entry is None:
        return None
    year, week, _day = entry.date.isocalendar()
    return year, week
