"""Online services: the shared catalogue, per-level listing, search, import, gating."""

from __future__ import annotations

import json

import feedparser
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tenants.utils import schema_context

from core.plugins.seed import SeedContext
from core.plugins.state import set_enabled
from plugins.eservices_shared.models import CatalogueImport, OnlineService
from plugins.eservices_shared.seed import seed_shared
from tenants.models import ProvinceIntegration
from tenants.provisioning.definition import load

pytestmark = pytest.mark.django_db

IMPORT_URL = "/quan-tri/eservices_shared/onlineservice/nhap/"


def _service(code: str, name: str, levels: list[str], field: str = "Thử nghiệm"):
    service = OnlineService(
        code=code, name=name, field=field, levels=levels, levels_raw=",".join(levels)
    )
    with schema_context("public"):
        service.save()
    return service


def test_shipped_catalogue_is_seeded_once():
    """The 2,642 procedures of the national catalogue are imported, with their source,
    and a second seeding run changes nothing."""
    with schema_context("public"):
        assert OnlineService.objects.count() == 2642
        first = OnlineService.objects.get(code="1.000178")
        assert first.name.startswith("Giải quyết khiếu nại")
        assert first.levels == ["central"]
        assert "dichvucong.gov.vn" in first.source
        assert first.online_mode == "unknown"
        imports = CatalogueImport.objects.count()
        definition = load(settings.BASE_DIR / "sites" / "duyenhai")
        messages = list(seed_shared(SeedContext(definition, None, None)))
        assert messages == []
        assert CatalogueImport.objects.count() == imports


def test_ward_lists_commune_procedures_and_town_also_province(portal_client):
    """A ward shows commune-level procedures only; the town also province-level ones."""
    _service("T.0001", "Thủ tục cấp xã thử nghiệm", ["commune"])
    _service("T.0002", "Thủ tục cấp tỉnh thử nghiệm", ["province"])
    ward, town = portal_client("phuong-1"), portal_client("txdh")
    assert ward.get("/dich-vu-cong/T.0001/").status_code == 200
    assert ward.get("/dich-vu-cong/T.0002/").status_code == 404
    assert town.get("/dich-vu-cong/T.0001/").status_code == 200
    assert town.get("/dich-vu-cong/T.0002/").status_code == 200
    with schema_context("public"):
        commune_count = OnlineService.objects.filter(
            levels__overlap=["commune"]
        ).count()
    data = ward.get("/api/v1/services/?limit=1").json()
    assert data["count"] == commune_count
    assert town.get("/api/v1/services/?limit=1").json()["count"] > commune_count


def test_search_ignores_diacritics_and_ranks_exact_first(portal_client):
    _service("T.0010", "Đăng ký khai sinh lưu động Quảng Xuyên", ["commune"])
    _service("T.0011", "Dang ky khai sinh luu dong Quang Xuyen", ["commune"])
    client = portal_client("phuong-2")
    page = client.get("/dich-vu-cong/", {"q": "dang ky khai sinh luu dong quang xuyen"})
    html = page.content.decode()
    assert "Đăng ký khai sinh lưu động Quảng Xuyên" in html
    data = client.get(
        "/api/v1/services/", {"q": "Đăng ký khai sinh lưu động Quảng Xuyên"}
    ).json()
    assert [i["code"] for i in data["items"]] == ["T.0010", "T.0011"]


def test_search_matches_whole_words(portal_client):
    """ "ho tich" finds "hộ tịch", never "ho" inside a word ("khoanh")."""
    _service("T.0030", "Đăng ký hộ tịch Zephyra", ["commune"])
    _service("T.0031", "Khoanh nuôi diện tích Zephyra", ["commune"])
    data = (
        portal_client("phuong-1")
        .get("/api/v1/services/", {"q": "ho tich zephyr"})
        .json()
    )
    assert [i["code"] for i in data["items"]] == ["T.0030"]


def test_feeds_parse_back_newest_first(portal_client):
    _service("T.0040", "Thủ tục mới nhất thử nghiệm", ["commune"])
    _service("T.0041", "Thủ tục tỉnh thử nghiệm", ["province"])
    client = portal_client("phuong-1")
    for path in ("/dich-vu-cong/rss/", "/dich-vu-cong/atom/"):
        feed = feedparser.parse(client.get(path).content)
        assert not feed.bozo, feed.bozo_exception
        assert feed.entries[0].title == "Thủ tục mới nhất thử nghiệm"
        assert feed.entries[0].link.endswith("/dich-vu-cong/T.0040/")
        assert "Thủ tục tỉnh thử nghiệm" not in [e.title for e in feed.entries]


def test_field_filter(portal_client):
    with schema_context("public"):
        field = (
            OnlineService.objects.filter(levels__overlap=["commune"])
            .values_list("field", flat=True)
            .first()
        )
        expected = OnlineService.objects.filter(
            levels__overlap=["commune"], field=field
        ).count()
    client = portal_client("phuong-1")
    data = client.get("/api/v1/services/", {"field": field, "limit": 200}).json()
    assert data["count"] == expected
    assert {i["field"] for i in data["items"]} == {field}
    page = client.get("/dich-vu-cong/", {"linh-vuc": field})
    assert f"{expected} thủ tục" in page.content.decode()


def test_province_link_missing_is_said_and_set_is_linked(portal_client):
    _service("T.0020", "Thủ tục có đường dẫn", ["commune"])
    client = portal_client("phuong-1")
    assert "Chưa có thông tin" in client.get("/dich-vu-cong/").content.decode()
    with schema_context("public"):
        ProvinceIntegration.objects.update(eservice_url="https://dvc.example.invalid/")
    html = client.get("/dich-vu-cong/T.0020/").content.decode()
    assert 'href="https://dvc.example.invalid/"' in html


def test_menu_entry_and_disable_for_one_tenant(portal_client, tenants):
    """Disabled for phuong-1: menu item gone, pages and API 404, not in OpenAPI;
    phuong-2 unaffected."""
    ward = portal_client("phuong-1")
    assert 'href="/dich-vu-cong/"' in ward.get("/").content.decode()
    assert "/api/v1/services/" in ward.get("/api/v1/openapi.json").json()["paths"]
    with schema_context("public"):
        set_enabled(tenants["phuong-1"], "eservices", False)
    ward = portal_client("phuong-1")
    assert 'href="/dich-vu-cong/"' not in ward.get("/").content.decode()
    assert ward.get("/dich-vu-cong/").status_code == 404
    assert ward.get("/api/v1/services/").status_code == 404
    assert not any(
        p.startswith("/api/v1/services/")
        for p in ward.get("/api/v1/openapi.json").json()["paths"]
    )
    other = portal_client("phuong-2")
    assert other.get("/dich-vu-cong/").status_code == 200
    assert other.get("/api/v1/services/").status_code == 200


def _upload(client, name: str, body: bytes, dry_run: bool):
    data = {"file": SimpleUploadedFile(name, body), "source": "Kiểm thử"}
    if dry_run:
        data["dry_run"] = "on"
    return client.post(IMPORT_URL, data)


def test_import_with_unknown_level_saves_nothing(platform_admin):
    body = (
        "ma_thu_tuc,ten_thu_tuc,cap_thuc_hien,linh_vuc\n"
        "X.1,Thủ tục một,Cấp xã,Hộ tịch\n"
        "X.2,Thủ tục hai,Cấp ấp,Hộ tịch\n"
    ).encode()
    response = _upload(platform_admin, "dm.csv", body, dry_run=False)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Dòng 3, cột «cap_thuc_hien»" in html
    assert "Cấp ấp" in html and "Cách sửa" in html
    with schema_context("public"):
        assert not OnlineService.objects.filter(code__in=["X.1", "X.2"]).exists()


def test_import_dry_run_then_apply_with_old_levels(platform_admin):
    """JSON with the older levels 1–4 is accepted and mapped; dry runs save nothing."""
    records = [
        {
            "code": "J.1",
            "name": "Thủ tục J1",
            "level": "Cấp tỉnh",
            "muc_do": "Mức độ 4",
        },
        {"code": "J.2", "name": "Thủ tục J2", "level": "Cấp xã", "muc_do": "3"},
        {"code": "J.3", "name": "Thủ tục J3", "level": "Cấp huyện", "muc_do": ""},
    ]
    body = json.dumps(records, ensure_ascii=False).encode()
    response = _upload(platform_admin, "dm.json", body, dry_run=True)
    assert response.status_code == 200
    assert "3 dòng hợp lệ" in response.content.decode()
    with schema_context("public"):
        assert not OnlineService.objects.filter(code__startswith="J.").exists()
    response = _upload(platform_admin, "dm.json", body, dry_run=False)
    assert response.status_code == 302
    with schema_context("public"):
        modes = dict(
            OnlineService.objects.filter(code__startswith="J.").values_list(
                "code", "online_mode"
            )
        )
        assert modes == {"J.1": "full", "J.2": "partial", "J.3": "unknown"}
        assert OnlineService.objects.get(code="J.3").levels == ["town"]


def test_import_rejects_bad_mode_naming_item(platform_admin):
    body = json.dumps(
        [{"code": "K.1", "name": "K", "level": "Cấp xã", "muc_do": "mức 7"}]
    ).encode()
    html = _upload(platform_admin, "dm.json", body, dry_run=True).content.decode()
    assert "Mục thứ 1, cột «muc_do»" in html


def test_import_command_dry_run_and_error(tmp_path):
    from django.core.management import CommandError, call_command

    good = tmp_path / "dm.csv"
    good.write_text(
        "ma_thu_tuc,ten_thu_tuc,cap_thuc_hien\nC.1,Thủ tục C1,Cấp xã\n",
        encoding="utf-8",
    )
    call_command("import_eservices", str(good), "--dry-run")
    with schema_context("public"):
        assert not OnlineService.objects.filter(code="C.1").exists()
    call_command("import_eservices", str(good))
    with schema_context("public"):
        assert OnlineService.objects.get(code="C.1").levels == ["commune"]
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "ma_thu_tuc,ten_thu_tuc,cap_thuc_hien\nC.2,Thủ tục C2,Cấp thôn\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match="Dòng 2, cột «cap_thuc_hien»"):
        call_command("import_eservices", str(bad))
