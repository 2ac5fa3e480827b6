"""Bootstrap seed: real directory facts from ``sites/<site>/data/directory/``."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator

from core.plugins.seed import SeedContext
from plugins.directory.models import AgencyUnit, Official

# The ward and commune names (and so "Ủy ban nhân dân <unit>") come from the
# resolution establishing the town; shown to citizens as the record's source.
ESTABLISHING_SOURCE = (
    "Tên đơn vị hành chính theo Nghị quyết số 934/NQ-UBTVQH13 ngày 15/5/2015 của "
    "Ủy ban Thường vụ Quốc hội về việc thành lập thị xã Duyên Hải, tỉnh Trà Vinh"
)
# The internal note earlier seeds wrote; replaced on the next run.
OLD_SOURCE = "Định nghĩa trang (site.toml)"


def _publish(obj) -> None:
    obj.save()
    obj.save_revision().publish()


def _spec(ctx: SeedContext) -> dict:
    path = ctx.data_dir / "directory" / f"{ctx.unit.slug}.toml"
    if path.exists():
        return tomllib.loads(path.read_text(encoding="utf-8"))
    governing = (ctx.unit.contact or {}).get("governing_agency")
    units = []
    if governing:
        units.append({"name": governing, "source": ESTABLISHING_SOURCE})
    return {"units": units, "officials": []}


def seed(ctx: SeedContext) -> Iterator[str]:
    """Idempotent: records are matched by name and never overwritten."""
    spec = _spec(ctx)
    units: dict[str, AgencyUnit] = {}
    for item in spec.get("units", []):
        unit = AgencyUnit.objects.filter(name=item["name"]).first()
        if unit is None:
            unit = AgencyUnit(
                name=item["name"],
                address=item.get("address", ""),
                phone=item.get("phone", ""),
                fax=item.get("fax", ""),
                email=item.get("email", ""),
                opening_hours=item.get("opening_hours", ""),
                is_portal_agency=item.get("is_portal_agency", False),
                order=item.get("order", 0),
                source_note=item.get("source", ""),
                as_of=item.get("as_of", ""),
                is_sample=item.get("is_sample", False),
            )
            _publish(unit)
            yield f"danh bạ: thêm đơn vị {unit.name}"
        elif unit.source_note == OLD_SOURCE and item.get("source"):
            unit.source_note = item["source"]
            _publish(unit)
            yield f"danh bạ: cập nhật nguồn của {unit.name}"
        units[unit.name] = unit
    for item in spec.get("officials", []):
        if Official.objects.filter(full_name=item["full_name"]).exists():
            continue
        official = Official(
            full_name=item["full_name"],
            position=item.get("position", ""),
            unit=units.get(item.get("unit", "")),
            phone=item.get("phone", ""),
            email=item.get("email", ""),
            is_leader=item.get("is_leader", False),
            order=item.get("order", 0),
            source_note=item.get("source", ""),
            as_of=item.get("as_of", ""),
            is_sample=item.get("is_sample", False),
        )
        _publish(official)
        yield f"danh bạ: thêm cán bộ {official.full_name}"
