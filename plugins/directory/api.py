"""GET /api/v1/officials/ (DESIGN §3): live rows only, per tenant."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema

from plugins.directory.models import AgencyUnit
from plugins.directory.views import live_officials, search_officials

router = Router()


class OfficialOut(Schema):
    id: int
    full_name: str
    position: str
    unit: str | None
    phone: str
    fax: str
    email: str
    is_leader: bool
    is_sample: bool
    source: str
    as_of: str
    url: str
    vcard_url: str


class UnitOut(Schema):
    id: int
    name: str
    address: str
    phone: str
    fax: str
    email: str
    opening_hours: str
    is_portal_agency: bool
    is_sample: bool
    source: str


def _official(o, request: HttpRequest) -> dict:
    url = o.get_absolute_url()
    return {
        "id": o.pk,
        "full_name": o.full_name,
        "position": o.position,
        "unit": o.unit.name if o.unit_id and o.unit.live else None,
        "phone": o.phone,
        "fax": o.fax,
        "email": o.email,
        "is_leader": o.is_leader,
        "is_sample": o.is_sample,
        "source": o.source_note,
        "as_of": o.as_of,
        "url": request.build_absolute_uri(url),
        "vcard_url": request.build_absolute_uri(url + "vcard.vcf"),
    }


@router.get(
    "/",
    response=list[OfficialOut],
    summary="Danh bạ cán bộ",
    description="Cán bộ đã công bố; `q` tìm theo tên, chức vụ, đơn vị (không dấu).",
)
def list_officials(request: HttpRequest, q: str = ""):
    qs = search_officials(q) if q.strip() else live_officials()
    return [_official(o, request) for o in qs]


@router.get("/units/", response=list[UnitOut], summary="Cơ quan, đơn vị")
def list_units(request: HttpRequest):
    return [
        {
            "id": u.pk,
            "name": u.name,
            "address": u.address,
            "phone": u.phone,
            "fax": u.fax,
            "email": u.email,
            "opening_hours": u.opening_hours,
            "is_portal_agency": u.is_portal_agency,
            "is_sample": u.is_sample,
            "source": u.source_note,
        }
        for u in AgencyUnit.objects.filter(live=True).order_by("order", "name")
    ]
