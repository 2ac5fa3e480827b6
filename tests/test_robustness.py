"""Bad requests get clear Vietnamese answers, never a server error."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/favicon.ico", "/khong-co/", "/van-ban/", "/media/x"]
)
def test_platform_host_unknown_paths_are_404_not_500(portal_client, path):
    response = portal_client("platform").get(path)
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


@pytest.mark.parametrize(
    "host,path",
    [
        ("txdh", "/tim-kiem/?q=%00"),
        ("txdh", "/danh-ba/?q=a%00b"),
        ("txdh", "/dich-vu-cong/?q=%00"),
        ("phuong-1", "/api/v1/services/?field=%00"),
        ("phuong-1", "/api/v1/documents/?authority=%00"),
        ("platform", "/?x=%00"),
    ],
)
def test_nul_bytes_get_a_400_page_in_vietnamese(portal_client, host, path):
    response = portal_client(host).get(path)
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()


def test_a_host_outside_allowed_hosts_gets_the_clear_page(settings):
    settings.ALLOWED_HOSTS = [".localhost", "localhost"]
    response = Client(HTTP_HOST="evil.example.com").get("/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không có trang thông tin tại địa chỉ này" in html
    assert "evil.example.com" in html


def test_unknown_host_page_gets_its_stylesheet(portal_client):
    assert portal_client("khong-co").get("/static/core/portal.css").status_code == 200


def test_a_form_without_its_token_gets_a_vietnamese_403():
    client = Client(HTTP_HOST="txdh.localhost", enforce_csrf_checks=True)
    response = client.post("/tim-kiem/", {"q": "x"})
    assert response.status_code == 403
    assert "Biểu mẫu đã hết hạn" in response.content.decode()


def test_header_search_box_is_not_filled_by_a_listing_query(portal_client):
    html = portal_client("txdh").get("/van-ban/?q=ke+hoach").content.decode()
    header = html[html.index('id="site-search-q"') :]
    assert 'value=""' in header[:120]
    html = portal_client("txdh").get("/tim-kiem/?q=ke+hoach").content.decode()
    header = html[html.index('id="site-search-q"') :]
    assert 'value="ke hoach"' in header[:120]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/services/?offset=99999999999999999999",
        "/api/v1/projects/?offset=99999999999999999999",
        "/api/v1/statistics/?offset=99999999999999999999",
    ],
)
def test_api_numbers_out_of_range_are_the_clients_400(portal_client, path):
    response = portal_client("txdh").get(path)
    assert response.status_code == 400
    assert "quá lớn" in response.json()["detail"]
