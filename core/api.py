"""The one API object (DESIGN §3): ``/api/v1/``; each plugin adds a router.

The OpenAPI document is per host: it lists only the routes of the plugins enabled
for the tenant serving the request (the routes of disabled plugins answer 404 via
the plugin gate middleware).
"""

from __future__ import annotations

from django.conf import settings
from django.db import DataError, connection
from django.http import HttpRequest, JsonResponse
from django.utils.module_loading import import_string
from ninja import NinjaAPI, Router, Schema

from core.plugins.state import enabled_keys

API_PATH = "/api/v1/"

api = NinjaAPI(
    title="API Trang thông tin điện tử",
    version="1",
    description=(
        "Dữ liệu công khai của trang thông tin điện tử. Ngôn ngữ: `?lang=vi|en`. "
        "Tài liệu này chỉ liệt kê các chức năng đang bật cho trang này."
    ),
    urls_namespace="api_v1",
    openapi_url=None,
    docs_url=None,
)


@api.exception_handler(OverflowError)
def _number_out_of_range(request: HttpRequest, exc: Exception):
    """A number parameter too large for the database (``?offset=99999999999999``):
    the client's mistake, answered as one, in Vietnamese."""
    return api.create_response(
        request,
        {"detail": "Tham số số quá lớn. Hãy dùng giá trị nhỏ hơn (offset, page)."},
        status=400,
    )


@api.exception_handler(DataError)
def _database_refused_value(request: HttpRequest, exc: Exception):
    return _number_out_of_range(request, exc)


site_router = Router(tags=["Trang"])


class SiteOut(Schema):
    name: str
    kind: str
    title: str
    parent: str | None
    plugins: list[str]


@site_router.get("/", response=SiteOut, summary="Thông tin về trang này")
def site_info(request: HttpRequest):
    tenant = request.tenant
    return {
        "name": tenant.name,
        "kind": tenant.kind,
        "title": tenant.portal_title or tenant.name,
        "parent": tenant.parent.name if tenant.parent_id else None,
        "plugins": sorted(enabled_keys(tenant)),
    }


api.add_router("site/", site_router)
for _manifest in settings.PLUGINS:
    if _manifest.api_router:
        api.add_router(
            _manifest.api_prefix,
            import_string(_manifest.api_router),
            tags=[_manifest.name],
        )


def openapi_json(request: HttpRequest) -> JsonResponse:
    """The OpenAPI document of this host: only the enabled plugins' paths."""
    schema = api.get_openapi_schema(path_prefix=API_PATH)
    enabled = enabled_keys(getattr(request, "tenant", None) or connection.tenant)
    hidden = [
        API_PATH + m.api_prefix
        for m in settings.PLUGINS
        if m.api_prefix and m.key not in enabled
    ]
    schema["paths"] = {
        path: item
        for path, item in schema["paths"].items()
        if not any(path.startswith(prefix) for prefix in hidden)
    }
    return JsonResponse(schema, json_dumps_params={"ensure_ascii": False})
