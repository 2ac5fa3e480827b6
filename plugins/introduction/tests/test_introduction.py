"""The introduction section through HTTP: seeded pages, org chart, map, admin."""

from __future__ import annotations

import json

import pytest
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tenants.utils import tenant_context

from core.models import SectionPage
from core.plugins.state import set_enabled
from plugins.introduction.geojson import parse_boundaries
from plugins.introduction.models import AdministrativeMapPage, OrgChartPage, TopicPage
from tests.helpers import admin_client, menu_titles

pytestmark = pytest.mark.django_db

WARDS = [
    "Phường 1",
    "Phường 2",
    "Xã Long Toàn",
    "Xã Long Hữu",
    "Xã Dân Thành",
    "Xã Hiệp Thạnh",
    "Xã Trường Long Hòa",
]


def _square(lon: float, lat: float, size: float = 0.01) -> list:
    return [
        [
            [lon, lat],
            [lon + size, lat],
            [lon + size, lat + size],
            [lon, lat + size],
            [lon, lat],
        ]
    ]


def _collection(*features) -> bytes:
    return json.dumps(
        {"type": "FeatureCollection", "features": list(features)}
    ).encode()


def _feature(name: str, geometry: dict) -> dict:
    return {"type": "Feature", "properties": {"name": name}, "geometry": geometry}


VALID = _collection(
    _feature("Vùng thử A", {"type": "Polygon", "coordinates": _square(106.5, 9.6)}),
    _feature(
        "Vùng thử B",
        {"type": "MultiPolygon", "coordinates": [_square(106.6, 9.6)]},
    ),
)


def test_section_lists_the_seeded_pages_with_their_sources(portal_client):
    client = portal_client("txdh")
    listing = client.get("/gioi-thieu/").content.decode()
    for title in ("Cơ cấu tổ chức", "Lịch sử hình thành", "Điều kiện tự nhiên"):
        assert title in listing
    assert "Bản đồ hành chính" in listing
    history = client.get("/gioi-thieu/lich-su-hinh-thanh/").content.decode()
    assert "934/NQ-UBTVQH13" in history and "15/5/2015" in history
    for ward in ("Long Toàn", "Long Hữu", "Dân Thành", "Hiệp Thạnh", "Trường Long Hòa"):
        assert ward in history
    natural = client.get("/gioi-thieu/dieu-kien-tu-nhien/").content.decode()
    assert "17.709,64 ha" in natural and "56.241 người" in natural
    assert "Nguồn" in natural
    leader = client.get("/gioi-thieu/lao-thi-hong-gam/").content.decode()
    assert "Phó Chủ tịch Ủy ban nhân dân thị xã Duyên Hải" in leader
    assert "tính đến 10/2021" in leader
    assert "Chưa có thông tin" in leader  # no source gives a biography
    assert "/danh-ba/can-bo/" in leader  # linked through the people seam
    assert "Dữ liệu mẫu" not in leader.split("<footer")[0]


def test_org_chart_reads_the_directory_through_the_people_seam(portal_client, tenants):
    client = portal_client("txdh")
    html = client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
    assert "Ủy ban nhân dân thị xã Duyên Hải" in html
    assert "Lao Thị Hồng Gấm" in html and "Phòng Văn hóa và Thông tin" in html
    set_enabled(tenants["txdh"], "directory", False)
    html = client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
    assert "Lao Thị Hồng Gấm" not in html
    assert "Chưa có thông tin" in html


def test_map_without_geojson_lists_the_units_and_loads_no_map(portal_client):
    html = portal_client("txdh").get("/gioi-thieu/ban-do-hanh-chinh/").content.decode()
    assert "leaflet.js" not in html
    assert "Chưa có tệp ranh giới" in html
    listing = html[html.index('id="danh-sach-don-vi"') :]
    positions = [listing.index(f">{name}</a>") for name in WARDS]
    assert positions == sorted(positions)
    assert "http://phuong-1.localhost" in listing


def test_leaflet_is_served_locally():
    assert finders.find("vendor/leaflet/leaflet.js")
    assert finders.find("vendor/leaflet/leaflet.css")
    assert finders.find("introduction/map.js")


@pytest.mark.parametrize(
    "raw,expected",
    [
        (b'{"type": "FeatureCollection", "features": [', "dòng 1, cột"),
        (b'{"type": "Polygon", "coordinates": []}', "“Polygon”, không phải GeoJSON"),
        (
            _collection(
                _feature("Vùng tốt", {"type": "Polygon", "coordinates": _square(1, 1)}),
                _feature("Chợ", {"type": "Point", "coordinates": [106.5, 9.6]}),
            ),
            "Đối tượng thứ 2 (“Chợ”): kiểu hình học “Point” không phải vùng",
        ),
        (
            _collection(
                _feature(
                    "Hở",
                    {
                        "type": "Polygon",
                        "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 2]]],
                    },
                )
            ),
            "Đối tượng thứ 1 (“Hở”), vòng 1: vòng ranh giới không khép kín",
        ),
        (
            _collection(
                _feature(
                    "Lệch", {"type": "Polygon", "coordinates": _square(9.6, 106.5)}
                )
            ),
            "nằm ngoài kinh độ",
        ),
        (_collection(), "không có đối tượng nào"),
    ],
)
def test_geojson_validation_names_the_problem(raw, expected):
    with pytest.raises(ValidationError) as caught:
        parse_boundaries(raw)
    text = " ".join(caught.value.messages)
    assert expected in text
    assert "Cách sửa" in text


def test_geojson_validation_keeps_names_and_polygons():
    parsed = parse_boundaries(VALID)
    assert [f["properties"]["name"] for f in parsed["features"]] == [
        "Vùng thử A",
        "Vùng thử B",
    ]


def _map_form(page, upload) -> dict:
    return {
        "title": page.title,
        "slug": page.slug,
        "intro": json.dumps({"blocks": [], "entityMap": {}}),
        "geojson_file": upload,
        "source_note": "Tệp thử nghiệm",
        "seo_title": "",
        "search_description": "",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "action-publish": "1",
    }


def _map_page(tenant) -> AdministrativeMapPage:
    with tenant_context(tenant):
        return AdministrativeMapPage.objects.get(slug="ban-do-hanh-chinh")


def test_admin_upload_of_a_valid_geojson_draws_the_map(portal_client, tenants):
    page = _map_page(tenants["txdh"])
    client = admin_client(portal_client, tenants["txdh"], "txdh")
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        _map_form(page, SimpleUploadedFile("ranh-gioi.geojson", VALID)),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    html = portal_client("txdh").get("/gioi-thieu/ban-do-hanh-chinh/").content.decode()
    assert "/static/vendor/leaflet/leaflet.js" in html
    assert 'id="ban-do-du-lieu"' in html and "Vùng thử A" in html
    assert "Xã Long Toàn" in html  # the accessible list stays
    with tenant_context(tenants["txdh"]):
        page.refresh_from_db()
        assert page.boundaries["features"][1]["geometry"]["type"] == "MultiPolygon"


@pytest.mark.parametrize(
    "raw,expected",
    [
        (b"{ khong phai json", "Tệp không phải JSON hợp lệ: dòng 1, cột 3"),
        (
            _collection(_feature("Đường", {"type": "LineString", "coordinates": []})),
            "Đối tượng thứ 1 (“Đường”): kiểu hình học “LineString”",
        ),
    ],
)
def test_admin_refuses_a_bad_geojson_and_saves_nothing(
    portal_client, tenants, raw, expected
):
    page = _map_page(tenants["txdh"])
    with tenant_context(tenants["txdh"]):
        revisions = page.revisions.count()
    client = admin_client(portal_client, tenants["txdh"], "txdh")
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        _map_form(page, SimpleUploadedFile("sai.geojson", raw)),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert expected in html and "Cách sửa" in html
    with tenant_context(tenants["txdh"]):
        page.refresh_from_db()
        assert page.boundaries is None and not page.geojson_file
        assert page.revisions.count() == revisions


def test_tenant_isolation_of_the_map_with_the_same_slug_and_file_name(
    portal_client, tenants
):
    """Same page slug and same upload name in two wards: each sees its own."""
    bodies = {
        "phuong-1": _collection(
            _feature("Ranh giới P1", {"type": "Polygon", "coordinates": _square(1, 1)})
        ),
        "phuong-2": _collection(
            _feature("Ranh giới P2", {"type": "Polygon", "coordinates": _square(2, 2)})
        ),
    }
    for slug, body in bodies.items():
        page = _map_page(tenants[slug])
        client = admin_client(portal_client, tenants[slug], slug)
        response = client.post(
            f"/admin/pages/{page.pk}/edit/",
            _map_form(page, SimpleUploadedFile("ranh-gioi.geojson", body)),
        )
        assert response.status_code == 302
    names = {}
    for slug in bodies:
        with tenant_context(tenants[slug]):
            page = _map_page(tenants[slug])
            with page.geojson_file.open("rb") as handle:
                names[slug] = parse_boundaries(handle.read())["features"][0]
    assert names["phuong-1"]["properties"]["name"] == "Ranh giới P1"
    assert names["phuong-2"]["properties"]["name"] == "Ranh giới P2"
    one = portal_client("phuong-1").get("/gioi-thieu/ban-do-hanh-chinh/")
    two = portal_client("phuong-2").get("/gioi-thieu/ban-do-hanh-chinh/")
    assert "Ranh giới P1" in one.content.decode()
    assert "Ranh giới P2" not in one.content.decode()
    html = two.content.decode()
    assert "Ranh giới P2" in html and "Ranh giới P1" not in html
    assert "Phường 2" in html  # a ward without children lists itself
    txdh = portal_client("txdh").get("/gioi-thieu/ban-do-hanh-chinh/").content
    assert "leaflet.js" not in txdh.decode()


def other_section(portal_client) -> str:
    return portal_client("phuong-2").get("/gioi-thieu/").content.decode()


def test_disabled_for_one_tenant_only(portal_client, tenants):
    set_enabled(tenants["phuong-1"], "introduction", False)
    client = portal_client("phuong-1")
    assert client.get("/gioi-thieu/co-cau-to-chuc/").status_code == 404
    assert client.get("/gioi-thieu/ban-do-hanh-chinh/").status_code == 404
    # the section itself belongs to core and stays, without the plugin's pages
    listing = client.get("/gioi-thieu/")
    section_html = listing.content.decode()
    assert listing.status_code == 200 and "<h1>Giới thiệu</h1>" in section_html
    assert "Cơ cấu tổ chức" not in section_html
    assert "Bản đồ hành chính" not in section_html
    assert "Cơ cấu tổ chức" in other_section(portal_client)
    assert "Giới thiệu" in menu_titles(client.get("/").content.decode())
    with tenant_context(tenants["phuong-1"]):
        section = SectionPage.objects.get(slug="gioi-thieu")
        assert not TopicPage.can_create_at(section)
        assert not OrgChartPage.can_create_at(section)
    other = portal_client("phuong-2")
    assert other.get("/gioi-thieu/co-cau-to-chuc/").status_code == 200
    with tenant_context(tenants["phuong-2"]):
        section = SectionPage.objects.get(slug="gioi-thieu")
        assert TopicPage.can_create_at(section)


def test_admin_can_add_each_page_type_under_the_section(portal_client, tenants):
    client = admin_client(portal_client, tenants["hiep-thanh"], "hiep-thanh")
    with tenant_context(tenants["hiep-thanh"]):
        section = SectionPage.objects.get(slug="gioi-thieu")
    chooser = client.get(f"/admin/pages/{section.pk}/add_subpage/").content.decode()
    for model in ("topicpage", "leaderprofilepage"):
        assert f"/admin/pages/add/introduction/{model}/{section.pk}/" in chooser
        url = f"/admin/pages/add/introduction/{model}/{section.pk}/"
        assert client.get(url).status_code == 200
    # one chart and one map per section: the seeded ones already exist
    assert "/introduction/orgchartpage/" not in chooser
    set_enabled(tenants["hiep-thanh"], "introduction", False)
    chooser = client.get(f"/admin/pages/{section.pk}/add_subpage/").content.decode()
    assert "/admin/pages/add/introduction/" not in chooser


def test_seed_is_idempotent_and_creates_only_sourced_pages(tenants):
    from django.conf import settings

    from core.plugins.seed import SeedContext
    from plugins.introduction.seed import seed
    from tenants.provisioning.bootstrap import load_checked

    definition = load_checked(settings.BASE_DIR / "sites" / "duyenhai")
    for slug, expected in (
        (
            "txdh",
            {
                "co-cau-to-chuc",
                "lao-thi-hong-gam",
                "lich-su-hinh-thanh",
                "dieu-kien-tu-nhien",
                "ban-do-hanh-chinh",
            },
        ),
        ("phuong-1", {"co-cau-to-chuc", "ban-do-hanh-chinh"}),
    ):
        unit = next(u for u in definition.units if u.slug == slug)
        ctx = SeedContext(definition=definition, unit=unit, tenant=tenants[slug])
        with tenant_context(tenants[slug]):
            assert list(seed(ctx)) == []
            section = SectionPage.objects.get(slug="gioi-thieu")
            for child in section.get_children():
                child.delete()
            assert len(list(seed(ctx))) == len(expected)
            assert (
                set(section.get_children().values_list("slug", flat=True)) == expected
            )
            assert list(seed(ctx)) == []
            assert not TopicPage.objects.filter(is_sample=True).exists()
