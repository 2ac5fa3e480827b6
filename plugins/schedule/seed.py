"""Bootstrap seed: an illustrative week, marked as sample data (DESIGN §5)."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterator

from django.utils import timezone

from core.plugins.seed import SeedContext
from plugins.schedule.models import ScheduleEntry


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def seed(ctx: SeedContext) -> Iterator[str]:
    """Idempotent: runs only while the tenant has no schedule entry at all."""
    path = ctx.data_dir / "schedule" / f"{ctx.unit.slug}.toml"
    if not path.exists() or ScheduleEntry.objects.exists():
        return
    spec = tomllib.loads(path.read_text(encoding="utf-8"))
    today = timezone.localdate()
    monday = today - dt.timedelta(days=today.weekday())
    for item in spec.get("entries", []):
        entry = ScheduleEntry(
            date=monday + dt.timedelta(days=item["day"] - 1),
            end_date=(
                monday + dt.timedelta(days=item["end_day"] - 1)
                if item.get("end_day")
                else None
            ),
            start_time=_time(item.get("start")),
            end_time=_time(item.get("end")),
            leaders=item.get("leaders", ""),
            content=item["content"],
            place=item.get("place", ""),
            participants=item.get("participants", ""),
            preparing_unit=item.get("preparing_unit", ""),
            is_sample=True,
        )
        entry.full_clean()
        entry.save()
        entry.save_revision().publish()
        yield f"lịch công tác: thêm mục mẫu {entry.date:%d/%m/%Y}"
