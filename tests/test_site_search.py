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


def test_citations_in_a_news_article_link_to_the_registry(tenants, portal_client):
    """A citation typed in an article's rich text links to the registry entry."""
    from django_tenants.utils import tenant_context

    from core.models import ArticlePage, SectionPage

    with tenant_context(tenants["txdh"]):
        news = SectionPage.objects.get(slug="tin-tuc")
        page = ArticlePage(
            title="Triển khai quy chế",
            slug="trien-khai-quy-che",
            lead="Tin.",
            body=[
                (
                    "paragraph",
                    "<p>Thực hiện Quyết định số 3249/QĐ-UBND và "
                    "Nghị định số 43/2011/NĐ-CP.</p>",
                )
            ],
            author="Tổ biên tập",
            source="Kiểm thử",
        )
        news.add_child(instance=page)
        page.save_revision().publish()
    html = portal_client("txdh").get("/tin-tuc/trien-khai-quy-che/").content.decode()
    assert html.count('class="citation"') == 2
    assert '<a class="citation" href="/van-ban/' in html
