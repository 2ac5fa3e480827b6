"""Tests for core.calendar (Vietnamese working days).

Expected dates come from the Government's announced holiday schedules, not from
running the code: Tết Bính Ngọ 2026 off Mon 16 – Fri 20 Feb 2026 (28 tháng Chạp to
mùng 4); 30/4–1/5/2025 off Wed 30 Apr – Sun 4 May 2025 with Fri 2 May swapped for
Sat 26 Apr; Quốc khánh 2025 off Sat 30 Aug – Tue 2 Sep 2025.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core import calendar as cal
from core.calendar import (
    add_working_days,
    holidays_for_year,
    is_working_day,
    working_days_between,
)


def test_package_lists_the_official_tet_2026_break() -> None:
    feb = sorted(d for d in holidays_for_year(2026) if d.month == 2)
    assert feb == [date(2026, 2, d) for d in range(16, 21)]


def test_package_jan_to_mar_2026() -> None:
    q1 = sorted(d for d in holidays_for_year(2026) if d.month <= 3)
    assert q1 == [date(2026, 1, 1)] + [date(2026, 2, d) for d in range(16, 21)]


def test_tet_2026_fifteen_working_days() -> None:
    # Received Tue 10 Feb 2026: 11, 12, 13 Feb (3); Tết and weekends 14-22 Feb;
    # 23-27 Feb (8); 2-6 Mar (13); 9, 10 Mar (15).
    assert add_working_days(date(2026, 2, 10), 15) == date(2026, 3, 10)
    assert working_days_between(date(2026, 2, 10), date(2026, 3, 10)) == 15


def test_weekend_friday_plus_one_is_monday() -> None:
    assert add_working_days(date(2026, 3, 6), 1) == date(2026, 3, 9)
    assert not is_working_day(date(2026, 3, 7))
    assert not is_working_day(date(2026, 3, 8))
    # Received on a Saturday: counting still starts the next day.
    assert add_working_days(date(2026, 3, 7), 1) == date(2026, 3, 9)


def test_across_30_4_and_1_5_2025_with_swapped_saturday() -> None:
    for day in (date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2)):
        assert not is_working_day(day)
    assert is_working_day(date(2025, 4, 26))  # Saturday worked in exchange for 2/5
    assert add_working_days(date(2025, 4, 29), 1) == date(2025, 5, 5)
    assert add_working_days(date(2025, 4, 25), 1) == date(2025, 4, 26)


def test_across_national_day_2025() -> None:
    assert not is_working_day(date(2025, 9, 1))
    assert not is_working_day(date(2025, 9, 2))
    assert add_working_days(date(2025, 8, 29), 1) == date(2025, 9, 3)
    assert working_days_between(date(2025, 8, 29), date(2025, 9, 3)) == 1


def test_override_saturday_as_working_day() -> None:
    sat = date(2026, 3, 14)
    assert not is_working_day(sat)
    overrides = {sat: True}
    assert is_working_day(sat, overrides)
    assert add_working_days(date(2026, 3, 13), 1, overrides) == sat


def test_override_weekday_off() -> None:
    mon = date(2026, 3, 16)
    assert is_working_day(mon)
    overrides = {mon: False}
    assert not is_working_day(mon, overrides)
    assert add_working_days(date(2026, 3, 13), 1, overrides) == date(2026, 3, 17)
    assert working_days_between(date(2026, 3, 13), date(2026, 3, 17), overrides) == 1


def test_override_can_reopen_a_holiday() -> None:
    assert is_working_day(date(2026, 2, 20), {date(2026, 2, 20): True})


def test_working_days_between_sign_and_symmetry() -> None:
    a, b = date(2026, 2, 10), date(2026, 3, 12)
    assert working_days_between(a, b) == 17
    assert working_days_between(b, a) == -17
    assert working_days_between(a, a) == 0
    # Late by 2 working days: due Tue 10 Mar, done Thu 12 Mar.
    assert working_days_between(date(2026, 3, 10), date(2026, 3, 12)) == 2


@pytest.mark.parametrize("n", [0, 1, 2, 5, 8, 10, 15, 30])
def test_between_inverts_add(n: int) -> None:
    start = date(2026, 2, 10)
    due = add_working_days(start, n)
    assert working_days_between(start, due) == n
    if n:
        assert is_working_day(due)
        assert working_days_between(start, due - timedelta(days=1)) == n - 1


def test_negative_period_is_rejected() -> None:
    with pytest.raises(ValueError):
        add_working_days(date(2026, 1, 5), -1)


def test_holiday_set_is_cached_per_year() -> None:
    cal._year_calendar.cache_clear()
    is_working_day(date(2026, 3, 2))
    is_working_day(date(2026, 3, 3))
    info = cal._year_calendar.cache_info()
    assert (info.misses, info.hits) == (1, 1)
