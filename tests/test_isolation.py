"""Tenants never leak (DESIGN §4): same slug, same file name, same cache key, same
user name in two tenants; one host never sees the other's."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django_tenants.utils import tenant_context

from tests.helpers import publish_article

pytestmark = pytest.mark.django_db


@pytest.mark.smoke
def test_page_published_in_phuong_1_is_not_reachable_elsewhere(tenants, portal_client):
    publish_article(tenants["phuong-1"], "chi-o-phuong-1", "Tin riêng của Phường 1")
    url = "/tin-tuc/chi-o-phuong-1/"
    own = portal_client("phuong-1").get(url)
    assert own.status_code == 200
    assert "Tin riêng của Phường 1" in own.content.decode()
    for other in ("phuong-2", "txdh"):
        response = portal_client(other).get(url)
        assert response.status_code == 404
        assert "Tin riêng của Phường 1" not in response.content.decode()


def test_same_slug_in_two_tenants_serves_each_its_own(tenants, portal_client):
    publish_article(tenants["phuong-1"], "le-ra-quan", "Ra quân tại Phường 1")
    publish_article(tenants["phuong-2"], "le-ra-quan", "Ra quân tại Phường 2")
    one = portal_client("phuong-1").get("/tin-tuc/le-ra-quan/").content.decode()
    two = portal_client("phuong-2").get("/tin-tuc/le-ra-quan/").content.decode()
    assert "Ra quân tại Phường 1" in one and "Ra quân tại Phường 2" not in one
    assert "Ra quân tại Phường 2" in two and "Ra quân tại Phường 1" not in two
    # and the home page lists only the tenant's own news
    home_two = portal_client("phuong-2").get("/").content.decode()
    assert "Ra quân tại Phường 1" not in home_two


@pytest.mark.smoke
def test_same_cache_key_in_two_tenants_holds_two_values(tenants):
    for alias in ("default", "renditions"):
        cache = caches[alias]
        with tenant_context(tenants["phuong-1"]):
            cache.set("trang-chu", "một")
        with tenant_context(tenants["phuong-2"]):
            assert cache.get("trang-chu") is None
            cache.set("trang-chu", "hai")
        with tenant_context(tenants["phuong-1"]):
            assert cache.get("trang-chu") == "một"
            cache.delete("trang-chu")
        with tenant_context(tenants["phuong-2"]):
            assert cache.get("trang-chu") == "hai"
            cache.delete("trang-chu")


def test_same_file_name_in_two_tenants_is_two_files(tenants, portal_client):
    paths = {}
    for slug, text in (("phuong-1", b"cua phuong 1"), ("phuong-2", b"cua phuong 2")):
        with tenant_context(tenants[slug]):
            name = default_storage.save("thu-nghiem/bao-cao.txt", ContentFile(text))
            paths[slug] = default_storage.path(name)
    try:
        assert paths["phuong-1"] != paths["phuong-2"]
        assert "/phuong_1/" in paths["phuong-1"] and "/phuong_2/" in paths["phuong-2"]
        with tenant_context(tenants["phuong-2"]):
            with default_storage.open("thu-nghiem/bao-cao.txt") as handle:
                assert handle.read() == b"cua phuong 2"
            url = default_storage.url("thu-nghiem/bao-cao.txt")
        assert url == "/media/phuong_2/thu-nghiem/bao-cao.txt"
        own = portal_client("phuong-2").get(url)
        assert b"".join(own.streaming_content) == b"cua phuong 2"
        # Phường 1's host refuses Phường 2's media URL, and serves its own file
        assert portal_client("phuong-1").get(url).status_code == 404
        other = portal_client("phuong-1").get("/media/phuong_1/thu-nghiem/bao-cao.txt")
        assert b"".join(other.streaming_content) == b"cua phuong 1"
    finally:
        for slug in paths:
            with tenant_context(tenants[slug]):
                default_storage.delete("thu-nghiem/bao-cao.txt")


def _editor(tenant, username: str, password: str):
    with tenant_context(tenant):
        user = get_user_model().objects.create_user(username, password=password)
        access = Permission.objects.get(
            codename="access_admin", content_type__app_label="wagtailadmin"
        )
        user.user_permissions.add(access)
        return user


def test_phuong_1_editor_cannot_open_phuong_2_admin(tenants, portal_client):
    _editor(tenants["phuong-1"], "bientap", "mat-khau-dai-123")
    client = portal_client("phuong-1")
    response = client.post(
        "/admin/login/",
        {"username": "bientap", "password": "mat-khau-dai-123"},
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    # The same browser (same cookies) on Phường 2's host is a stranger there.
    client.defaults["HTTP_HOST"] = "phuong-2.localhost"
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    # and the account does not exist in Phường 2's schema
    response = client.post(
        "/admin/login/", {"username": "bientap", "password": "mat-khau-dai-123"}
    )
    assert response.status_code == 200  # the form again, with an error
    assert client.get("/admin/").status_code == 302
