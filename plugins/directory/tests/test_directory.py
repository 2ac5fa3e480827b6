"""The directory through HTTP: listing, search, vCard, feeds, API, footer, admin."""

from __future__ import annotations

import feedparser
import pytest
import vobject
from django.urls import reverse
from django_tenants.utils import tenant_context

from core.plugins.state import set_enabled
from plugins.directory.models import AgencyUnit, Official
from tests.helpers import admin_client, footer, menu_titles, publish

pytestmark = pytest.mark.django_db


def _official(**values) -> Official:
    values.setdefault("is_sample", True)
    return publish(Official(**values))


def test_index_shows_the_sourced_official_and_the_section_intro(portal_client):
    """The seed holds only the regulation's signer, dated and sourced."""
    response = portal_client("txdh").get("/danh-ba/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Liên hệ cán bộ</h1>" in html  # the shadowed section page's title
    assert 'class="intro"' in html
    assert "Lao Thị Hồng Gấm" in html
    assert "Phó Chủ tịch" in html and "10/2021" in html
    assert "Quyết định số 22/19 QĐ-UBND" in html
    assert "phongvh.txduyenhai@travinh.gov.vn" in html
    # facts no source gives are shown as missing, not invented
    assert "Chưa có thông tin" in html
    assert "Dữ liệu mẫu" not in html.split("<footer")[0]


def test_search_folds_diacritics_and_hides_drafts(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        _official(full_name="Nguyễn Văn Ánh", position="Chuyên viên")
        draft = Official(full_name="Nguyễn Văn Bảo", position="Chuyên viên")
        draft.save()  # never published: live row is a draft
        draft.live = False
        draft.save()
    client = portal_client("txdh")
    html = client.get("/danh-ba/", {"q": "nguyen van anh"}).content.decode()
    assert "Nguyễn Văn Ánh" in html
    assert "Lao Thị Hồng Gấm" not in html
    assert "Dữ liệu mẫu" in html  # the sample person carries the badge
    html = client.get("/danh-ba/", {"q": "nguyen van"}).content.decode()
    assert "Nguyễn Văn Bảo" not in html
    html = client.get("/danh-ba/", {"q": "khong co ai"}).content.decode()
    assert "Không tìm thấy cán bộ phù hợp." in html


def test_unpublished_changes_stay_out_of_the_public_directory(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        person = _official(full_name="Phạm Thị Cúc", position="Chuyên viên")
        person.position = "Trưởng phòng"
        person.save_revision()  # a draft of a change, not published
    html = portal_client("txdh").get(f"/danh-ba/can-bo/{person.pk}/").content.decode()
    assert "Chuyên viên" in html
    assert "Trưởng phòng" not in html
    api = portal_client("txdh").get("/api/v1/officials/", {"q": "pham thi cuc"}).json()
    assert [o["position"] for o in api] == ["Chuyên viên"]


def test_vcard_is_parsed_back(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        unit = publish(AgencyUnit(name="Văn phòng thử nghiệm", is_sample=True))
        person = _official(
            full_name="Lê Thị Hồng Đào",
            position="Chánh Văn phòng",
            unit=unit,
            phone="0294 3832 123",
            email="dao@example.invalid",
        )
    response = portal_client("txdh").get(f"/danh-ba/can-bo/{person.pk}/vcard.vcf")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vcard")
    assert "le-thi-hong-dao.vcf" in response["Content-Disposition"]
    card = vobject.readOne(response.content.decode())
    assert card.fn.value == "Lê Thị Hồng Đào"
    assert card.n.value.family == "Lê" and card.n.value.given == "Đào"
    assert card.title.value == "Chánh Văn phòng"
    assert card.org.value == ["Văn phòng thử nghiệm"]
    assert card.tel.value == "0294 3832 123"
    assert card.email.value == "dao@example.invalid"
    assert "Dữ liệu mẫu" in card.note.value


def test_feeds_are_parsed_back(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        _official(full_name="Võ Minh Tuấn", position="Phó Trưởng phòng")
    client = portal_client("txdh")
    for url, version in (("/danh-ba/rss/", "rss20"), ("/danh-ba/atom/", "atom10")):
        feed = feedparser.parse(client.get(url).content)
        assert feed.bozo == 0, url
        assert feed.version == version
        assert "Thị xã Duyên Hải" in feed.feed.title
        titles = [e.title for e in feed.entries]
        assert "Võ Minh Tuấn – Phó Trưởng phòng (Dữ liệu mẫu)" in titles
        assert any(t.startswith("Lao Thị Hồng Gấm") for t in titles)


def test_api_lists_live_officials_and_is_in_the_openapi_document(portal_client):
    client = portal_client("txdh")
    data = client.get("/api/v1/officials/").json()
    names = [o["full_name"] for o in data]
    assert "Lao Thị Hồng Gấm" in names
    gam = next(o for o in data if o["full_name"] == "Lao Thị Hồng Gấm")
    assert gam["as_of"] == "10/2021" and gam["is_sample"] is False
    assert gam["vcard_url"].endswith("vcard.vcf")
    units = client.get("/api/v1/officials/units/").json()
    agency = next(u for u in units if u["is_portal_agency"])
    assert agency["email"] == "phongvh.txduyenhai@travinh.gov.vn"
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/officials/" in paths


def test_footer_follows_the_published_agency_record(portal_client, tenants):
    """One source of truth: the agency record edited in the directory."""
    with tenant_context(tenants["txdh"]):
        agency = AgencyUnit.objects.get(is_portal_agency=True)
        agency.phone = "0294 3000 111"
        agency.opening_hours = "Giờ làm việc thử nghiệm"
        publish(agency)
        agency.address = "Địa chỉ nháp chưa công bố"
        agency.save_revision()
    html = footer(portal_client("txdh").get("/").content.decode())
    assert "0294 3000 111" in html and "Giờ làm việc thử nghiệm" in html
    assert "Địa chỉ nháp chưa công bố" not in html
    assert "Phòng Văn hóa và Thông tin" in html
    # another tenant's footer is its own
    other = footer(portal_client("phuong-1").get("/").content.decode())
    assert "0294 3000 111" not in other
    assert "Ủy ban nhân dân Phường 1" in other


def test_tenant_isolation_with_the_same_ids(portal_client, tenants):
    made = {}
    for slug, position in (("phuong-1", "Chức vụ A"), ("phuong-2", "Chức vụ B")):
        with tenant_context(tenants[slug]):
            made[slug] = _official(full_name="Trần Thị Bình", position=position)
    for slug, position, other in (
        ("phuong-1", "Chức vụ A", "Chức vụ B"),
        ("phuong-2", "Chức vụ B", "Chức vụ A"),
    ):
        client = portal_client(slug)
        html = client.get(f"/danh-ba/can-bo/{made[slug].pk}/").content.decode()
        assert position in html and other not in html
        listing = client.get("/danh-ba/", {"q": "tran thi binh"}).content.decode()
        assert position in listing and other not in listing
        api = client.get("/api/v1/officials/", {"q": "binh"}).json()
        assert [o["position"] for o in api] == [position]
    html = portal_client("txdh").get("/danh-ba/", {"q": "binh"}).content.decode()
    assert "Trần Thị Bình" not in html


def test_disabled_for_one_tenant_only(portal_client, tenants):
    set_enabled(tenants["phuong-1"], "directory", False)
    client = portal_client("phuong-1")
    home = client.get("/").content.decode()
    assert "Liên hệ cán bộ" not in menu_titles(home)
    assert client.get("/danh-ba/").status_code == 404
    assert client.get("/danh-ba/rss/").status_code == 404
    assert client.get("/api/v1/officials/").status_code == 404
    assert (
        "/api/v1/officials/" not in client.get("/api/v1/openapi.json").json()["paths"]
    )
    # the footer falls back to the site definition
    assert "Ủy ban nhân dân Phường 1" in footer(home)
    other = portal_client("phuong-2")
    assert "Liên hệ cán bộ" in menu_titles(other.get("/").content.decode())
    assert other.get("/danh-ba/").status_code == 200
    assert other.get("/api/v1/officials/").status_code == 200


def test_admin_refuses_bad_phone_and_email_without_saving(portal_client, tenants):
    client = admin_client(portal_client, tenants["txdh"], "txdh")
    url = reverse("wagtailsnippets_directory_official:add")
    response = client.post(
        url,
        {
            "full_name": "Người Thử Lỗi",
            "position": "Chuyên viên",
            "phone": "gọi tôi",
            "email": "khong-phai-email",
            "order": "0",
            "action-publish": "1",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Số điện thoại/fax chỉ gồm chữ số" in html and "Cách sửa" in html
    assert 'aria-describedby="' in html
    with tenant_context(tenants["txdh"]):
        assert not Official.objects.filter(full_name="Người Thử Lỗi").exists()


def test_admin_refuses_a_second_portal_agency(portal_client, tenants):
    client = admin_client(portal_client, tenants["txdh"], "txdh")
    url = reverse("wagtailsnippets_directory_agencyunit:add")
    response = client.post(
        url,
        {"name": "Cơ quan thứ hai", "is_portal_agency": "on", "order": "0"},
    )
    assert response.status_code == 200
    assert "đã là cơ quan quản lý, vận hành trang" in response.content.decode()
    with tenant_context(tenants["txdh"]):
        assert not AgencyUnit.objects.filter(name="Cơ quan thứ hai").exists()


def test_admin_publishes_a_valid_official(portal_client, tenants):
    client = admin_client(portal_client, tenants["long-toan"], "long-toan")
    response = client.post(
        reverse("wagtailsnippets_directory_official:add"),
        {
            "full_name": "Đặng Văn Thử",
            "position": "Công chức",
            "phone": "0294 111 222",
            "order": "1",
            "is_sample": "on",
            "action-publish": "1",
        },
    )
    assert response.status_code == 302
    html = portal_client("long-toan").get("/danh-ba/").content.decode()
    assert "Đặng Văn Thử" in html and "Dữ liệu mẫu" in html


def test_admin_menu_and_forms_follow_the_tenant_state(portal_client, tenants):
    client = admin_client(portal_client, tenants["phuong-2"], "phuong-2")
    dashboard = client.get("/admin/").content.decode()
    assert '"name": "directory"' in dashboard
    for name in ("official", "agencyunit"):
        url = reverse(f"wagtailsnippets_directory_{name}:add")
        assert client.get(url).status_code == 200
        assert (
            client.get(reverse(f"wagtailsnippets_directory_{name}:list")).status_code
            == 200
        )
    set_enabled(tenants["phuong-2"], "directory", False)
    assert '"name": "directory"' not in client.get("/admin/").content.decode()


def _seed_context(tenant):
    from django.conf import settings

    from core.plugins.seed import SeedContext
    from tenants.provisioning.bootstrap import load_checked

    definition = load_checked(settings.BASE_DIR / "sites" / "duyenhai")
    unit = next(u for u in definition.units if u.slug == tenant.slug)
    return SeedContext(definition=definition, unit=unit, tenant=tenant)


def test_seed_recreates_only_sourced_records_and_is_idempotent(tenants):
    from plugins.directory.seed import seed

    ctx = _seed_context(tenants["txdh"])
    with tenant_context(tenants["txdh"]):
        assert list(seed(ctx)) == []
        Official.objects.all().delete()
        AgencyUnit.objects.all().delete()
        messages = list(seed(ctx))
        assert len(messages) == 3
        assert list(seed(ctx)) == []
        assert list(Official.objects.values_list("full_name", flat=True)) == [
            "Lao Thị Hồng Gấm"
        ]
        agency = AgencyUnit.objects.get(is_portal_agency=True)
        assert (agency.name, agency.phone, agency.address) == (
            "Phòng Văn hóa và Thông tin",
            "",
            "",
        )
        assert not Official.objects.filter(is_sample=True).exists()


def test_admin_edit_and_preview_of_a_seeded_official(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        person = Official.objects.get(full_name="Lao Thị Hồng Gấm")
    client = admin_client(portal_client, tenants["txdh"], "txdh")
    edit = client.get(
        reverse("wagtailsnippets_directory_official:edit", args=[person.pk])
    )
    assert edit.status_code == 200
    assert "Lao Thị Hồng Gấm" in edit.content.decode()
    preview_url = reverse(
        "wagtailsnippets_directory_official:preview_on_edit", args=[person.pk]
    )
    data = {"full_name": "Lao Thị Hồng Gấm", "position": "Xem trước", "order": "10"}
    assert client.post(preview_url, data).json()["is_valid"] is True
    preview = client.get(preview_url).content.decode()
    assert "Xem trước" in preview
    public = portal_client("txdh").get(f"/danh-ba/can-bo/{person.pk}/").content.decode()
    assert "Xem trước" not in public


def test_public_search_form_is_labelled(portal_client):
    html = portal_client("txdh").get("/danh-ba/").content.decode()
    assert '<html lang="vi">' in html
    assert '<label for="directory-q">' in html and 'id="directory-q"' in html
