"""Each tenant host serves its own home, the town with the regulation's menu."""

import re

import pytest

pytestmark = pytest.mark.django_db

MENU = [
    "Giới thiệu",
    "Tin tức, sự kiện",
    "Chỉ đạo, điều hành",
    "Phổ biến, hướng dẫn pháp luật",
    "Quy hoạch, kế hoạch phát triển",
    "Văn bản",
    "Dự án, đầu tư, đấu thầu",
    "Lấy ý kiến, phản ánh kiến nghị",
    "Liên hệ cán bộ",
    "Thông tin giao dịch",
    "Thống kê",
    "Thông tin khác",
]


def _menu(html: str) -> list[str]:
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r"<a [^>]*>([^<]+)</a>", nav)


@pytest.mark.smoke
def test_town_home_has_the_regulation_categories_in_its_menu(portal_client):
    response = portal_client("txdh").get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thị xã Duyên Hải" in html
    menu = _menu(html)
    assert menu[0] == "Trang chủ"
    assert [m for m in menu[1:] if m in MENU] == MENU
    # item 13: links to the province's portals
    assert "Cổng thông tin điện tử tỉnh Trà Vinh" in html


@pytest.mark.parametrize(
    "slug,name",
    [
        ("phuong-1", "Phường 1"),
        ("phuong-2", "Phường 2"),
        ("long-toan", "Xã Long Toàn"),
        ("long-huu", "Xã Long Hữu"),
        ("dan-thanh", "Xã Dân Thành"),
        ("hiep-thanh", "Xã Hiệp Thạnh"),
        ("truong-long-hoa", "Xã Trường Long Hòa"),
    ],
)
def test_each_unit_host_shows_its_own_home(portal_client, slug, name):
    response = portal_client(slug).get("/")
    assert response.status_code == 200
    html = response.content.decode()
    brand = re.search(r'<span class="brand-name">([^<]+)</span>', html).group(1)
    assert brand == name
    assert f"<h1>Trang thông tin điện tử {name}</h1>" in html
    assert _menu(html)[1:13] == MENU


def test_facts_no_source_gives_show_as_missing(portal_client):
    html = portal_client("txdh").get("/").content.decode()
    footer = html[html.index("<footer") :]
    assert "phongvh.txduyenhai@travinh.gov.vn" in footer  # Điều 8 of the regulation
    assert "Phòng Văn hóa và Thông tin" in footer  # Điều 3
    assert footer.count("Chưa có thông tin") == 3  # address, phone, fax
