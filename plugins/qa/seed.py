"""Seed the answering agencies a source names; nothing invented (DESIGN §5).

- The town: the two bodies the regulation names (Quy chế Điều 3, Điều 8, Điều 15,
  Điều 16: Phòng Văn hóa và Thông tin; Văn phòng Thị ủy - HĐND - UBND thị xã), and
  the people's committees of its wards and communes (the tenant tree).
- A ward or commune: its own people's committee (site definition contact).
The board adds the other departments in the admin. No sample Q&A is seeded.
"""

from __future__ import annotations

from collections.abc import Iterator

from plugins.qa.models import Agency

TOWN_BODIES = (
    (
        "Phòng Văn hóa và Thông tin",
        "Quy chế hoạt động Trang TTĐT thị xã, Điều 3, Điều 8",
    ),
    (
        "Văn phòng Thị ủy - HĐND - UBND thị xã",
        "Quy chế hoạt động Trang TTĐT thị xã, Điều 15, Điều 16",
    ),
)


def _committee(tenant) -> str:
    return (tenant.contact or {}).get(
        "governing_agency"
    ) or f"Ủy ban nhân dân {tenant.name}"


def seed(ctx) -> Iterator[str]:
    tenant = ctx.tenant
    wanted: list[tuple[str, str, str]] = []
    if tenant.kind in ("town", "province"):
        wanted += [(name, Agency.Kind.DEPARTMENT, src) for name, src in TOWN_BODIES]
        for child in tenant.children.filter(is_active=True).order_by(
            "position", "name"
        ):
            wanted.append(
                (
                    _committee(child),
                    Agency.Kind.COMMITTEE,
                    "Định nghĩa trang (đơn vị trực thuộc)",
                )
            )
    else:
        wanted.append((_committee(tenant), Agency.Kind.COMMITTEE, "Định nghĩa trang"))
    for position, (name, kind, source) in enumerate(wanted):
        _agency, created = Agency.objects.get_or_create(
            name=name, defaults={"kind": kind, "source": source, "position": position}
        )
        if created:
            yield f"thêm cơ quan trả lời {name}"
    yield from _ensure_groups()


def _ensure_groups() -> Iterator[str]:
    """The board manages agencies; both groups may enter the admin."""
    from django.contrib.auth.models import Group, Permission

    from plugins.qa.permissions import AGENCY_GROUP, BOARD_GROUP

    access = Permission.objects.filter(codename="access_admin")
    agency_perms = Permission.objects.filter(
        content_type__app_label="qa", codename__endswith="_agency"
    )
    for name, perms in (
        (BOARD_GROUP, [*access, *agency_perms]),
        (AGENCY_GROUP, list(access)),
    ):
        group, created = Group.objects.get_or_create(name=name)
        missing = [p for p in perms if not group.permissions.filter(pk=p.pk).exists()]
        if missing:
            group.permissions.add(*missing)
        if created or missing:
            yield f"nhóm quyền {name}"
