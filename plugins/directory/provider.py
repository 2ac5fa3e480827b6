"""The directory's side of the people seam (core.plugins.people)."""

from __future__ import annotations

from core.plugins.people import Official as PersonValue
from core.plugins.people import OrgUnit


def _value(official) -> PersonValue:
    photo_url = ""
    if official.photo_id:
        photo_url = official.photo.get_rendition("fill-160x200").url
    return PersonValue(
        key=f"directory:{official.pk}",
        full_name=official.full_name,
        position=official.position,
        unit=official.unit.name if official.unit_id and official.unit.live else "",
        phone=official.phone,
        email=official.email,
        url=official.get_absolute_url(),
        photo_url=photo_url,
        is_leader=official.is_leader,
        is_sample=official.is_sample,
        source=official.source_note,
        order=official.order,
    )


class DirectoryProvider:
    """Reads live rows only: drafts never reach the chart or the schedule."""

    def _officials(self, leaders_only: bool = False):
        from plugins.directory.models import Official

        qs = Official.objects.filter(live=True).select_related("unit", "photo")
        if leaders_only:
            qs = qs.filter(is_leader=True)
        return qs.order_by("-is_leader", "order", "full_name")

    def officials(self, leaders_only: bool = False) -> list[PersonValue]:
        return [_value(o) for o in self._officials(leaders_only)]

    def units(self) -> list[OrgUnit]:
        from plugins.directory.models import AgencyUnit

        people = self._officials()
        by_unit: dict[int, list[PersonValue]] = {}
        for official in people:
            by_unit.setdefault(official.unit_id, []).append(_value(official))
        return [
            OrgUnit(
                key=f"directory:{unit.pk}",
                name=unit.name,
                url=unit.get_absolute_url(),
                is_sample=unit.is_sample,
                officials=tuple(by_unit.get(unit.pk, ())),
            )
            for unit in AgencyUnit.objects.filter(live=True).order_by("order", "name")
        ]

    def agency_contact(self) -> dict | None:
        from plugins.directory.models import AgencyUnit

        unit = AgencyUnit.objects.filter(live=True, is_portal_agency=True).first()
        return unit.contact_dict() if unit else None
