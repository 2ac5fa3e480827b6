"""The admin pages of the plugin render for the board (smoke)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django_tenants.utils import schema_context

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/admin/lay-y-kien/",
        "/admin/lay-y-kien/new/",
        "/admin/lay-y-kien-gop-y/",
    ],
)
def test_admin_pages_render(tenants, path):
    client = Client(HTTP_HOST="phuong-2.localhost")
    with schema_context("phuong_2"):
        user = get_user_model().objects.create_superuser("sa", "", "x")
        client.force_login(user)
    response = client.get(path)
    assert response.status_code == 200, path
