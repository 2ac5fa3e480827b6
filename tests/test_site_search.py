"""The portal-wide search gathers the enabled plugins' results, per tenant."""

import pytest

from core.plugins.state import set_enabled

pytestmark = pytest.mark.django_db


def test_a_diacritic_free_query_finds_the_town_decision_on_the_town_only(
    portal_client,
):
    q = "/tim-kiem/?q=quyet+dinh+ban+hanh+quy+che"
    town = portal_client("txdh").get(q).content.decode()
    assert 'id="kq-documents"' in town
    assert "Quyết định 22/19 QĐ-UBND" in town
    ward = portal_client("phuong-2").get(q).content.decode()
    assert "22/19 QĐ-UBND" not in ward


def test_services_found_without_diacritics(portal_client):
    html = portal_client("phuong-2").get("/tim-kiem/?q=ho+tich").content.decode()
    section = html[html.index('id="kq-eservices"') :]
    assert "Hộ tịch" in section or "hộ tịch" in section
    assert "/dich-vu-cong/?q=ho+tich" in section


def test_a_disabled_plugin_contributes_nothing(tenants, portal_client):
    set_enabled(tenants["phuong-2"], "eservices", False)
    html = portal_client("phuong-2").get("/tim-kiem/?q=ho+tich").content.decode()
    assert 'id="kq-eservices"' not in html
    other = portal_client("phuong-1").get("/tim-kiem/?q=ho+tich").content.decode()
    assert 'id="kq-eservices"' in other
