"""Core views: site search, health, error pages."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from wagtail.models import Page


def search(request: HttpRequest) -> HttpResponse:
    """Portal-wide search: pages, plus each enabled plugin's own results."""
    from core.search.site import plugin_sections

    query = (request.GET.get("q") or "").strip()[:200]
    results = Page.objects.none()
    sections = []
    if query:
        results = Page.objects.live().public().specific().search(query)
        sections = plugin_sections(request, query)
    page_obj = Paginator(results, 10).get_page(request.GET.get("trang"))
    return render(
        request,
        "core/search.html",
        {
            "query": query,
            "page_obj": page_obj,
            "results": page_obj.object_list,
            "sections": sections,
        },
    )


def health(request: HttpRequest) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok", "schema": connection.schema_name})


def tenant_media(request: HttpRequest, schema: str, path: str) -> HttpResponse:
    """Serve an uploaded file only from the requesting tenant's own directory.

    Media URLs carry the schema (``/media/<schema>/…``); another tenant's schema in
    the URL is a 404, never that tenant's file.
    """
    from django.core.files.storage import default_storage
    from django.http import Http404
    from django.views.static import serve

    if schema != connection.schema_name:
        raise Http404("Không có tệp này.")
    return serve(request, path, document_root=default_storage.location)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form posted without its security token (expired page, blocked cookies)."""
    return render(request, "403_csrf.html", status=403)


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "400.html", status=400)


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "404.html", {"path": request.path}, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
