"""Shared rows are edited on the platform host only."""

import pytest
from django.contrib.auth import get_user_model

from tenants.models import EditorialPolicy

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator_client(portal_client):
    get_user_model().objects.create_superuser("vanhanh", password="mk-van-hanh-1")
    client = portal_client("platform")
    assert client.login(username="vanhanh", password="mk-van-hanh-1")
    return client


def test_platform_admin_lists_tenants_and_the_policy(operator_client):
    tenants = operator_client.get("/quan-tri/tenants/tenant/").content.decode()
    assert "Phường 1" in tenants and "Xã Trường Long Hòa" in tenants
    policy = EditorialPolicy.objects.get(code="duyenhai-2021")
    page = operator_client.get(f"/quan-tri/tenants/editorialpolicy/{policy.pk}/change/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Văn bản của UBND thị xã" in html


def test_platform_operators_do_not_exist_on_unit_hosts(operator_client, portal_client):
    client = portal_client("txdh")
    response = client.post(
        "/admin/login/", {"username": "vanhanh", "password": "mk-van-hanh-1"}
    )
    assert response.status_code == 200  # the login form again, with its error
    assert client.get("/admin/").status_code == 302
    assert portal_client("txdh").get("/quan-tri/").status_code == 404


def test_unit_admin_shows_the_policy_read_only(tenants, portal_client):
    from django_tenants.utils import tenant_context

    with tenant_context(tenants["phuong-2"]):
        get_user_model().objects.create_superuser("bt", password="mk-bien-tap-1")
    client = portal_client("phuong-2")
    client.post("/admin/login/", {"username": "bt", "password": "mk-bien-tap-1"})
    response = client.get("/admin/chinh-sach-bien-tap/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Quy chế hoạt động Trang TTĐT thị xã Duyên Hải (2021)" in html
    assert "Văn bản của Trung ương, của tỉnh" in html and "8 ngày làm việc" in html
    assert 'name="answer_deadline_days"' not in html  # shown, not editable
    assert client.post("/admin/chinh-sach-bien-tap/").status_code == 405
