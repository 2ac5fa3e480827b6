"""Public pages of the online services: a filtered catalogue and one procedure."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from plugins.eservices import services

PAGE_SIZE = 20


def index(request: HttpRequest) -> HttpResponse:
    tenant = connection.tenant
    query = (request.GET.get("q") or "").strip()[:200]
    fields = services.fields_for(tenant)
    field = request.GET.get("linh-vuc") or ""
    if field not in fields:
        field = ""
    qs = services.filtered(tenant, query, field)
    page_obj = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("trang"))
    params = request.GET.copy()
    params.pop("trang", None)
    return render(
        request,
        "eservices/index.html",
        {
            "query": query,
            "field": field,
            "fields": fields,
            "page_obj": page_obj,
            "services": page_obj.object_list,
            "filter_params": params.urlencode(),
            "province_url": services.province_eservice_url(),
            "level_labels": _level_labels(tenant),
        },
    )


def detail(request: HttpRequest, code: str) -> HttpResponse:
    service = services.services_for(connection.tenant).filter(code=code).first()
    if service is None:
        raise Http404("Không có thủ tục này trong danh mục của trang.")
    return render(
        request,
        "eservices/detail.html",
        {"service": service, "province_url": services.province_eservice_url()},
    )


def _level_labels(tenant) -> list[str]:
    from plugins.eservices_shared.models import Level

    labels = dict(Level.choices)
    return [str(labels[v]) for v in services.levels_for(tenant)]
