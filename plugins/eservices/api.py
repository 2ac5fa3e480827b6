"""GET /api/v1/services/: the procedures this portal lists (shared catalogue)."""

from __future__ import annotations

from django.db import connection
from django.http import Http404, HttpRequest
from ninja import Router, Schema

from plugins.eservices import services

router = Router()


class ServiceOut(Schema):
    code: str
    name: str
    field: str
    levels: list[str]
    online_mode: str
    agency: str
    processing_time: str
    fees: str
    detail_url: str
    source: str


class ServiceList(Schema):
    count: int
    province_eservice_url: str | None
    items: list[ServiceOut]


@router.get("/", response=ServiceList, summary="Danh mục dịch vụ công của trang")
def list_services(
    request: HttpRequest,
    q: str = "",
    field: str = "",
    limit: int = 50,
    offset: int = 0,
):
    qs = services.filtered(connection.tenant, q, field)
    limit = max(1, min(limit, 200))
    offset = max(0, offset)
    return {
        "count": qs.count(),
        "province_eservice_url": services.province_eservice_url() or None,
        "items": list(qs[offset : offset + limit]),
    }


@router.get("/{code}", response=ServiceOut, summary="Một thủ tục")
def get_service(request: HttpRequest, code: str):
    service = services.services_for(connection.tenant).filter(code=code).first()
    if service is None:
        raise Http404("Không có thủ tục này.")
    return service
