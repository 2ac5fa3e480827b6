"""Request guards that every host needs."""

from __future__ import annotations

from django.db import connection
from django.shortcuts import render
from wagtail.contrib.redirects.middleware import RedirectMiddleware


class RejectNulMiddleware:
    """A NUL byte in the path or a parameter cannot reach PostgreSQL (it refuses it
    in text); answer 400 with a Vietnamese page instead of failing deep inside."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        values = [request.path]
        for params in (request.GET, request.POST if request.method == "POST" else {}):
            for key, items in getattr(params, "lists", lambda: [])():
                values.append(key)
                values.extend(items)
        if any("\x00" in value for value in values if isinstance(value, str)):
            return render(request, "400.html", status=400)
        return self.get_response(request)


class TenantRedirectMiddleware(RedirectMiddleware):
    """Wagtail's redirects live in the tenant schemas; the platform host has none."""

    def process_response(self, request, response):
        if connection.schema_name == "public":
            return response
        return super().process_response(request, response)
