"""Vietnamese working days for deadlines ("không quá 15 ngày làm việc").

Why: the town's regulation states update and answer deadlines in working days, so
the portal must know weekends, public holidays (Tết, 30/4–1/5, 2/9, ...), the
Government's announced day swaps, and local exceptions.

Sources, in order of precedence:

1. ``overrides``: a mapping date -> is_working supplied by the caller (loaded from
   the ``WorkingDayOverride`` table); True = an announced working day (e.g. a
   make-up Saturday), False = an extra day off. Kept as a plain mapping so this
   module stays Django-free.
2. The ``holidays`` package for ``VN``: public holidays including observed days
   ("nghỉ bù") and substituted days off ("Ngày nghỉ (thay cho ngày …)"), plus its
   ``weekend_workdays`` set: the Saturdays/Sundays that became working days because
   of such a swap (e.g. Sat 26/04/2025 for Fri 02/05/2025).
3. Saturday and Sunday are days off.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, timedelta

import holidays

__all__ = [
    "add_working_days",
    "holidays_for_year",
    "is_working_day",
    "working_days_between",
]

Overrides = Mapping[date, bool] | None

_ONE_DAY = timedelta(days=1)


@functools.lru_cache(maxsize=64)
def _year_calendar(year: int) -> tuple[dict[date, str], frozenset[date]]:
    """Holidays of one year and the package's weekend working days (cached: building
    a holidays object computes the lunar calendar)."""
    vn = holidays.country_holidays("VN", years=year, language="vi")
    days = {d: name for d, name in sorted(vn.items()) if d.year == year}
    workdays = frozenset(d for d in vn.weekend_workdays if d.year == year)
    return days, workdays


def holidays_for_year(year: int) -> dict[date, str]:
    """Public holidays (incl. observed and substituted days off) of ``year``, with
    their Vietnamese names; a copy, for display and for checking the package data."""
    return dict(_year_calendar(year)[0])


def is_working_day(d: date, overrides: Overrides = None) -> bool:
    """Whether state offices work on ``d`` (see module docstring for precedence)."""
    if overrides is not None and d in overrides:
        return bool(overrides[d])
    days, weekend_workdays = _year_calendar(d.year)
    if d.weekday() >= 5:  # Saturday, Sunday
        return d in weekend_workdays
    return d not in days


def add_working_days(start: date, n: int, overrides: Overrides = None) -> date:
    """Due date of a period of ``n`` working days after the event on ``start``.

    The period starts on the day after the event and counts only working days, so
    the result is always a working day (a period that would end on a day off moves
    to the next working day). ``start`` itself is never counted, whatever day it is;
    ``n == 0`` returns ``start``.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    d = start
    remaining = n
    while remaining:
        d += _ONE_DAY
        if is_working_day(d, overrides):
            remaining -= 1
    return d


def working_days_between(a: date, b: date, overrides: Overrides = None) -> int:
    """Signed number of working days after ``a`` up to and including ``b``.

    ``working_days_between(received, done)`` is how late (if above the allowed
    count) an item was; it is negative when ``b`` is before ``a``, and
    ``working_days_between(a, b) == -working_days_between(b, a)``.
    """
    if b < a:
        return -working_days_between(b, a, overrides)
    count = 0
    d = a
    while d < b:
        d += _ONE_DAY
        if is_working_day(d, overrides):
            count += 1
    return count
