"""Projects, investment calls and bidding: pages, filters, admin validation, feeds,
API, the publishing clock, tenant isolation and per-tenant disabling."""

from __future__ import annotations

from datetime import date, timedelta

import feedparser
import pytest
from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context

from core.calendar import add_working_days
from core.plugins.state import set_enabled
from plugins.projects.models import (
    BiddingNotice,
    Project,
    ProjectDocument,
    ProjectUpdate,
    Status,
)

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/projects/project/add/"
BID_URL = "/admin/snippets/projects/biddingnotice/add/"


def _inline(prefix: str) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": "0",
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def _form(**overrides) -> dict:
    data = {
        "name": "Đường thử nghiệm",
        "slug": "duong-thu-nghiem",
        "objective": "Mục tiêu",
        "field": "Giao thông",
        "project_type": "Nhóm C",
        "start_date": "2025-03-01",
        "end_date": "2026-03-01",
        "budget_vnd": "1.500.000.000",
        "funding_type": "state",
        "investor": "Ban quản lý dự án",
        "status": "ongoing",
        "location": "Phường 1",
        "description": "",
        "approval_decision": "",
        "approved_on": "",
        "published_on": "2025-03-05",
        "live": "on",
        **_inline("documents"),
        **_inline("updates"),
    }
    data.update(overrides)
    return data


def _project(slug: str, **values) -> Project:
    defaults = {
        "name": slug,
        "objective": "o",
        "field": "Giao thông",
        "project_type": "C",
        "start_date": date(2024, 1, 1),
        "funding_type": "state",
        "investor": "i",
        "status": Status.ONGOING,
        "published_on": date(2025, 1, 1),
    }
    defaults.update(values)
    project = Project(slug=slug, **defaults)
    project.save()
    return project


def test_town_has_sample_projects_marked_as_such(portal_client):
    client = portal_client("txdh")
    home = client.get("/").content.decode()
    assert 'href="/du-an/"' in home
    index = client.get("/du-an/").content.decode()
    assert "Quy chế hoạt động Trang TTĐT thị xã Duyên Hải" in index  # section intro
    html = client.get(
        "/du-an/mau-nang-cap-duong-giao-thong-nong-thon/"
    ).content.decode()
    assert '<span class="sample-data">Dữ liệu mẫu</span>' in html
    assert "1.500.000.000 đồng" in html
    for path in ("/du-an/keu-goi-dau-tu/", "/du-an/dau-thau/"):
        assert "Dữ liệu mẫu" in client.get(path).content.decode()


def test_admin_saves_budget_written_the_vietnamese_way(tenant_admin, tenants):
    response = tenant_admin("phuong-1").post(ADD_URL, _form())
    assert response.status_code == 302, response.content.decode()[:2000]
    with tenant_context(tenants["phuong-1"]):
        assert Project.objects.get(slug="duong-thu-nghiem").budget_vnd == 1_500_000_000


def test_budget_with_unit_word_is_refused(tenant_admin, tenants):
    response = tenant_admin("phuong-1").post(
        ADD_URL, _form(budget_vnd="1.500.000.000 đồng")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tổng mức đầu tư (đồng): «1.500.000.000 đồng» có chữ hoặc ký hiệu" in html
    assert "Cách sửa" in html
    with tenant_context(tenants["phuong-1"]):
        assert not Project.objects.exists()


def test_budget_with_decimal_part_is_refused(tenant_admin):
    html = tenant_admin("phuong-1").post(ADD_URL, _form(budget_vnd="1,5")).content
    assert "«1,5» không đúng cách viết số tiền" in html.decode()


def test_end_before_start_is_refused(tenant_admin, tenants):
    html = (
        tenant_admin("phuong-1")
        .post(ADD_URL, _form(start_date="2025-03-01", end_date="2025-01-01"))
        .content.decode()
    )
    assert (
        "Thời gian kết thúc (01/01/2025) trước thời gian bắt đầu (01/03/2025)" in html
    )
    with tenant_context(tenants["phuong-1"]):
        assert not Project.objects.exists()


def test_bidding_closing_before_opening_is_refused(tenant_admin, tenants):
    html = (
        tenant_admin("phuong-1")
        .post(
            BID_URL,
            {
                "title": "Gói thầu",
                "slug": "goi-thau",
                "procuring_entity": "Bên mời thầu",
                "opens_at": "2025-05-10 08:00",
                "closes_at": "2025-05-01 08:00",
                "published_on": "2025-05-01",
                "live": "on",
            },
        )
        .content.decode()
    )
    assert "Thời điểm đóng thầu phải sau thời điểm phát hành hồ sơ" in html
    with tenant_context(tenants["phuong-1"]):
        assert not BiddingNotice.objects.exists()


def test_listing_filters(portal_client, tenants):
    with tenant_context(tenants["phuong-2"]):
        _project(
            "a-dang-lam",
            name="Dự án Alpha",
            location="Phường 2",
            start_date=date(2024, 1, 1),
            end_date=date(2025, 6, 30),
        )
        _project(
            "b-xong",
            name="Dự án Beta",
            status=Status.COMPLETED,
            field="Y tế",
            start_date=date(2020, 1, 1),
            end_date=date(2021, 1, 1),
        )
        _project(
            "c-chuan-bi",
            name="Dự án Gamma",
            status=Status.PREPARING,
            location="Xã Long Hữu",
            start_date=date(2027, 1, 1),
        )
    client = portal_client("phuong-2")

    def names(**params) -> set[str]:
        html = client.get("/du-an/", params).content.decode()
        return {n for n in ("Alpha", "Beta", "Gamma") if f"Dự án {n}" in html}

    assert names() == {"Alpha", "Beta", "Gamma"}
    assert names(**{"tinh-trang": "completed"}) == {"Beta"}
    assert names(**{"linh-vuc": "Y tế"}) == {"Beta"}
    assert names(**{"dia-diem": "Xã Long Hữu"}) == {"Gamma"}
    assert names(nam="2025") == {"Alpha"}
    assert names(q="du an gamma") == {"Gamma"}
    api = client.get("/api/v1/projects/", {"status": "completed"}).json()
    assert [p["slug"] for p in api["items"]] == ["b-xong"]
    assert client.get("/api/v1/projects/", {"year": 2020}).json()["count"] == 1


def test_detail_documents_updates_and_api(portal_client, tenants):
    with tenant_context(tenants["phuong-1"]):
        project = _project(
            "co-tai-lieu", name="Dự án có tài liệu", budget_vnd=2_000_000
        )
        ProjectDocument.objects.create(
            project=project,
            title="Quyết định phê duyệt",
            url="https://example.invalid/qd.pdf",
        )
        ProjectUpdate.objects.create(
            project=project,
            date=date(2025, 2, 1),
            text="Đã khởi công",
            percent_complete=10,
        )
    client = portal_client("phuong-1")
    html = client.get("/du-an/co-tai-lieu/").content.decode()
    assert "2.000.000 đồng" in html
    assert 'href="https://example.invalid/qd.pdf"' in html and "Đã khởi công" in html
    data = client.get("/api/v1/projects/co-tai-lieu").json()
    assert data["budget_vnd"] == 2_000_000
    assert data["budget_display"] == "2.000.000 đồng"
    assert data["documents"][0]["title"] == "Quyết định phê duyệt"
    assert data["updates"][0]["percent_complete"] == 10
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/projects/" in paths and "/api/v1/projects/{slug}" in paths


def test_feeds_parse_back(portal_client, tenants):
    now = timezone.now()
    with tenant_context(tenants["phuong-1"]):
        _project("moi", name="Dự án mới", published_on=date(2025, 3, 1))
        _project("cu", name="Dự án cũ", published_on=date(2025, 1, 1), is_sample=True)
        _project("an", name="Dự án ẩn", live=False)
        BiddingNotice.objects.create(
            title="Gói thầu số 1",
            slug="goi-1",
            procuring_entity="BQL",
            opens_at=now,
            closes_at=now + timedelta(days=10),
            published_on=date(2025, 3, 2),
        )
    client = portal_client("phuong-1")
    for path in ("/du-an/rss/", "/du-an/atom/"):
        feed = feedparser.parse(client.get(path).content)
        assert not feed.bozo, feed.bozo_exception
        assert [e.title for e in feed.entries] == [
            "Dự án mới",
            "[Dữ liệu mẫu] Dự án cũ",
        ]
        assert feed.entries[0].link.endswith("/du-an/moi/")
    for path in ("/du-an/dau-thau/rss/", "/du-an/dau-thau/atom/"):
        feed = feedparser.parse(client.get(path).content)
        assert [e.title for e in feed.entries] == ["Gói thầu số 1"]
        assert "Đóng thầu" in feed.entries[0].summary


def test_clock_from_approval_follows_policy(tenants):
    tenant = tenants["phuong-1"]
    deadline = tenant.policy.deadline("plans_projects")
    approved = max(date(2026, 9, 1), tenant.go_live_on)
    with tenant_context(tenant):
        project = _project("dong-ho", approved_on=approved)
    assert project.due_on == add_working_days(approved, deadline.working_days)
    assert deadline.working_days == 10
    deadline.working_days = 4
    deadline.save()
    with tenant_context(tenant):
        project.save()
    assert project.due_on == add_working_days(approved, 4)


def test_same_slug_in_two_tenants_is_isolated(portal_client, tenants):
    for slug in ("phuong-1", "phuong-2"):
        with tenant_context(tenants[slug]):
            _project("chung", name=f"Dự án của {slug}")
    one = portal_client("phuong-1").get("/du-an/chung/").content.decode()
    assert "Dự án của phuong-1" in one and "phuong-2" not in one
    api = portal_client("phuong-2").get("/api/v1/projects/").json()
    assert [p["name"] for p in api["items"]] == ["Dự án của phuong-2"]


def test_disable_for_one_tenant(portal_client, tenants, tenant_admin):
    admin = tenant_admin("txdh")
    menu_url = "/admin/snippets/projects/biddingnotice/"
    assert menu_url in admin.get("/admin/").content.decode()
    with schema_context("public"):
        set_enabled(tenants["txdh"], "projects", False)
    assert menu_url not in admin.get("/admin/").content.decode()
    town = portal_client("txdh")
    assert 'href="/du-an/"' not in town.get("/").content.decode()
    for path in (
        "/du-an/",
        "/du-an/rss/",
        "/du-an/dau-thau/",
        "/du-an/mau-nang-cap-duong-giao-thong-nong-thon/",
        "/api/v1/projects/",
    ):
        assert town.get(path).status_code == 404, path
    assert not any(
        p.startswith("/api/v1/projects/")
        for p in town.get("/api/v1/openapi.json").json()["paths"]
    )
    ward = portal_client("phuong-1")
    assert ward.get("/du-an/").status_code == 200
    assert ward.get("/api/v1/projects/").status_code == 200
