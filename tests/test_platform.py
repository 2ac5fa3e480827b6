"""The platform host and unknown hosts."""

import re

import pytest

pytestmark = pytest.mark.django_db

UNITS = [
    "Thị xã Duyên Hải",
    "Phường 1",
    "Phường 2",
    "Xã Long Toàn",
    "Xã Long Hữu",
    "Xã Dân Thành",
    "Xã Hiệp Thạnh",
    "Xã Trường Long Hòa",
]


def test_platform_home_lists_the_eight_portals_with_their_hosts(portal_client):
    response = portal_client("platform").get("/")
    assert response.status_code == 200
    html = response.content.decode()
    rows = re.findall(r'<th scope="row"><a href="([^"]+)">([^<]+)</a></th>', html)
    assert [name for _, name in rows] == UNITS
    assert ("http://txdh.localhost/", "Thị xã Duyên Hải") in rows
    assert ("http://phuong-2.localhost/", "Phường 2") in rows


@pytest.mark.smoke
def test_unknown_host_gets_a_clear_404_naming_the_host(portal_client):
    response = portal_client("khong-co").get("/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "khong-co.localhost" in html
    assert "Không có trang thông tin tại địa chỉ này" in html
    # no tenant's content leaks into the page
    for name in UNITS:
        assert name not in html
    assert 'lang="vi"' in html


def test_unknown_host_404_even_for_a_path_that_exists_elsewhere(portal_client):
    response = portal_client("khong-co").get("/van-ban/quy-che-hoat-dong/")
    assert response.status_code == 404
    assert "Quy chế hoạt động" not in response.content.decode()
