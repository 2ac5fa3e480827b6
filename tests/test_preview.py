"""Preview runs the tenant middleware again on a fake request (DESIGN §4): the Site's
hostname is the tenant's primary domain, so a preview renders in the right tenant."""

import pytest
from django.contrib.auth import get_user_model
from django_tenants.utils import tenant_context
from wagtail.test.utils.form_data import rich_text

from core.models import SectionPage

pytestmark = pytest.mark.django_db


def test_preview_of_a_phuong_2_page_renders_phuong_2(tenants, portal_client):
    with tenant_context(tenants["phuong-2"]):
        get_user_model().objects.create_superuser("xem", password="mk-xem-truoc-1")
        section = SectionPage.objects.get(slug="thong-tin-khac")
        from wagtail.models import Site

        assert Site.objects.get().hostname == "phuong-2.localhost"
    client = portal_client("phuong-2")
    client.post("/admin/login/", {"username": "xem", "password": "mk-xem-truoc-1"})
    url = f"/admin/pages/{section.pk}/edit/preview/"
    data = {
        "title": "Thông tin khác — bản nháp xem trước",
        "slug": "thong-tin-khac",
        "intro": rich_text("<p>Đoạn giới thiệu xem trước</p>"),
        "category": "12",
    }
    assert client.post(url, data).json()["is_valid"] is True
    html = client.get(url).content.decode()
    assert "Thông tin khác — bản nháp xem trước" in html
    assert "Phường 2" in html and "Phường 1</span>" not in html
