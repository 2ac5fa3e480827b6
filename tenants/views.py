"""The platform host's home: a directory of every unit portal."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tenants.models import Tenant


def directory(request: HttpRequest) -> HttpResponse:
    tenants = (
        Tenant.objects.exclude(schema_name="public")
        .filter(is_active=True)
        .select_related("parent")
        .prefetch_related("domains")
        .order_by("position", "name")
    )
    port = request.get_port()
    suffix = f":{port}" if port not in ("80", "443") else ""
    rows = []
    for tenant in tenants:
        primary = next((d.domain for d in tenant.domains.all() if d.is_primary), None)
        rows.append(
            {
                "tenant": tenant,
                "url": f"{request.scheme}://{primary}{suffix}/" if primary else None,
            }
        )
    return render(request, "tenants/directory.html", {"rows": rows})
