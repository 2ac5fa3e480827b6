"""Listing filters shared by the plugins: one accepted range of years, one message."""

from __future__ import annotations

# Years a listing filter accepts (the state's documents start in 1945).
YEAR_MIN = 1945
YEAR_MAX = 2100


def year_from_text(value: str) -> int | None:
    """A year typed in ASCII digits within the range; None otherwise."""
    if value.isascii() and value.isdigit() and len(value) == 4:
        year = int(value)
        if YEAR_MIN <= year <= YEAR_MAX:
            return year
    return None


def check_api_year(year: int | None) -> None:
    """Refuse an out-of-range ``year`` API parameter with a Vietnamese 400."""
    from ninja.errors import HttpError

    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        raise HttpError(
            400,
            f"Tham số year không hợp lệ: {year}. "
            f"Năm phải từ {YEAR_MIN} đến {YEAR_MAX}.",
        )
