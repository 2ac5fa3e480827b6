"""The public pages in a real browser: accessibility (axe-core, WCAG 2.x AA),
keyboard use, 320 px, and the admin's Vietnamese slugs."""

import pytest
from django_tenants.utils import schema_context

from core.models import SectionPage
from tests.e2e.conftest import admin_login, run_axe

# django_db: pytest-django sets up the test database only for sessions with such tests
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

VIEWS = ["/", "/van-ban/", "/van-ban/quy-che-hoat-dong/", "/tim-kiem/?q=quy+che"]


@pytest.mark.parametrize("path", VIEWS)
def test_public_view_has_no_axe_violations(page, throwaway, path):
    response = page.goto(throwaway.url(path))
    assert response.status == 200
    assert page.get_attribute("html", "lang") == "vi"
    assert run_axe(page) == []


def test_platform_directory_and_unknown_host_have_no_axe_violations(
    page, live_server_port
):
    page.goto(f"http://localhost:{live_server_port}/")
    assert page.locator("table.directory tbody tr").count() >= 8
    assert run_axe(page) == []
    response = page.goto(f"http://khong-co.localhost:{live_server_port}/")
    assert response.status == 404
    assert run_axe(page) == []


def test_usable_at_320_px_without_horizontal_scrolling(browser, throwaway):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    try:
        for path in VIEWS[:3]:
            tab.goto(throwaway.url(path))
            width = tab.evaluate("document.documentElement.scrollWidth")
            assert width <= 320, (path, width)
    finally:
        context.close()


def test_keyboard_first_tab_is_the_skip_link_and_it_moves_focus(page, throwaway):
    page.goto(throwaway.url("/van-ban/quy-che-hoat-dong/"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "noi-dung"


def test_article_anchor_deep_link(page, throwaway):
    page.goto(throwaway.url("/van-ban/quy-che-hoat-dong/#dieu-9"))
    heading = page.locator("#dieu-9 h3")
    assert heading.inner_text().startswith("Điều 9. Tiếp nhận câu hỏi")
    assert heading.is_visible()


def test_admin_types_a_vietnamese_title_and_gets_an_ascii_slug(page, throwaway):
    with schema_context(throwaway.tenant.schema_name):
        parent_id = SectionPage.objects.get(slug="thong-tin-khac").pk
    admin_login(page, throwaway)
    page.goto(throwaway.url(f"/admin/pages/add/core/sectionpage/{parent_id}/"))
    page.locator("#id_title").press_sequentially("Đường Lê Lợi", delay=20)
    page.locator("#id_title").blur()
    # the slug field sits on the "promote" tab; its value is synced while typing
    page.wait_for_function(
        "document.querySelector('#id_slug').value !== ''", timeout=5000
    )
    assert page.input_value("#id_slug") == "duong-le-loi"
