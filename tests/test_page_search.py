"""Pages are found however citizens type (DESIGN §6): without diacritics, đ → d,
exact marks ranked first; per tenant."""

import pytest

from core.search.backend import folded_text
from tests.helpers import publish_article

pytestmark = pytest.mark.django_db


def test_folded_text_keeps_raw_and_adds_folded():
    assert folded_text("Quy chế Đường") == "Quy chế Đường quy che duong"
    assert folded_text("plain ascii") == "plain ascii"


@pytest.mark.parametrize("q", ["quy+che+hoat+dong", "Quy+chế+hoạt+động", "QUY+CHE"])
def test_regulation_page_found_with_or_without_diacritics(portal_client, q):
    html = portal_client("txdh").get(f"/tim-kiem/?q={q}").content.decode()
    pages = html[html.index('id="kq-trang"') :]
    assert 'href="/van-ban/quy-che-hoat-dong/"' in pages


def test_exact_diacritics_rank_first_and_d_bar_folds(tenants, portal_client):
    publish_article(tenants["phuong-1"], "de-bao", "Đê bao ven sông")
    publish_article(tenants["phuong-1"], "de-dang", "Dễ dàng đăng ký")
    html = portal_client("phuong-1").get("/tim-kiem/?q=Đê").content.decode()
    pages = html[html.index('id="kq-trang"') :]
    assert pages.index("Đê bao ven sông") < pages.index("Dễ dàng đăng ký")
    folded = portal_client("phuong-1").get("/tim-kiem/?q=de+bao").content.decode()
    assert "Đê bao ven sông" in folded
    # and never across tenants
    other = portal_client("phuong-2").get("/tim-kiem/?q=de+bao").content.decode()
    assert "Đê bao ven sông" not in other
