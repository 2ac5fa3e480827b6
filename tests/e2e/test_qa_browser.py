"""End to end in a real browser (Debian's chromium driven by Playwright).

A citizen asks on Phường 2's portal and gets a code; the board assigns; the agency
answers; the board publishes; a search without diacritics finds the answer; the
tracking page shows it; the asker's address appears on no public page.

How it runs (DESIGN §4): the app is a separate gunicorn process (one sync worker,
one thread) against the session's test database, so everything the browser does is
committed. This test therefore uses the session tenant ``phuong-2`` without the
rolled-back ``db`` fixture and removes what it created afterwards (its users, cases,
outbox rows, sessions and queued tasks); public-schema rows are never flushed.
"""

from __future__ import annotations

import secrets

import pytest
from django.db import connection

# django_db: pytest-django sets up the test database only for sessions with such
# tests; the test body itself touches no database (the fixture commits).
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ADDRESS = "Tổ 7, khóm Trà Khúc, số nhà 418/9"
TITLE = "Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu"
ANSWER = "Hồ sơ nộp tại Bộ phận một cửa; thời hạn giải quyết theo quy định."


@pytest.fixture(scope="module")
def live_portal(django_db_setup, django_db_blocker, live_server_port):
    """Two staff users in Phường 2 for the app server of tests/e2e/conftest.py
    (gunicorn, one sync worker); everything created is removed afterwards."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django_q.models import OrmQ
    from django_tenants.utils import schema_context

    from plugins.qa.models import Agency
    from plugins.qa.permissions import BOARD_GROUP

    password = secrets.token_urlsafe(12)
    suffix = secrets.token_hex(3)
    names = {"board": f"e2e-bbt-{suffix}", "agency": f"e2e-cb-{suffix}"}
    with django_db_blocker.unblock():
        last_task = OrmQ.objects.order_by("-pk").values_list("pk", flat=True).first()
        with schema_context("phuong_2"):
            from django.contrib.sessions.models import Session

            from core.outbox.models import OutboxMessage
            from plugins.qa.models import Question

            before = {
                "questions": set(Question.objects.values_list("pk", flat=True)),
                "outbox": set(OutboxMessage.objects.values_list("pk", flat=True)),
                "sessions": set(Session.objects.values_list("session_key", flat=True)),
            }
            access = Permission.objects.get(codename="access_admin")
            board_group, _ = Group.objects.get_or_create(name=BOARD_GROUP)
            users = {}
            for role, username in names.items():
                user = get_user_model().objects.create_user(
                    username, "", password, is_staff=True
                )
                user.user_permissions.add(access)
                users[role] = user
            users["board"].groups.add(board_group)
            agency = Agency.objects.get(name="Ủy ban nhân dân Phường 2")
            agency.members.add(users["agency"])
        connection.set_schema_to_public()

    try:
        yield {
            "base": f"http://phuong-2.localhost:{live_server_port}",
            "password": password,
            **names,
        }
    finally:
        with django_db_blocker.unblock():
            with schema_context("phuong_2"):
                Question.objects.exclude(pk__in=before["questions"]).delete()
                OutboxMessage.objects.exclude(pk__in=before["outbox"]).delete()
                Session.objects.exclude(session_key__in=before["sessions"]).delete()
                get_user_model().objects.filter(username__in=names.values()).delete()
            with schema_context("public"):
                OrmQ.objects.filter(pk__gt=last_task or 0).delete()
            connection.set_schema_to_public()


def _login(browser, base: str, username: str, password: str):
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{base}/admin/**")
    return page


def test_a_question_travels_from_citizen_to_published_answer(live_portal, browser):
    base = live_portal["base"]
    if True:
        try:
            # 1. the citizen asks, at a phone's width
            citizen = browser.new_context(
                locale="vi-VN", viewport={"width": 320, "height": 800}
            )
            page = citizen.new_page()
            page.goto(f"{base}/hoi-dap/gui/")
            assert page.locator("html").get_attribute("lang") == "vi"
            page.select_option("#id_topic", "procedure")
            page.fill("#id_full_name", "Phạm Minh Đức")
            page.fill("#id_address", ADDRESS)
            page.fill("#id_title", TITLE)
            page.fill(
                "#id_content",
                "Xin hỏi hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu gồm gì?",
            )
            consent = page.locator("#id_consent")
            assert not consent.is_checked()
            consent.check()
            page.get_by_role("button", name="Gửi", exact=True).click()
            page.wait_for_url(f"{base}/hoi-dap/gui/da-nhan/")
            code = page.locator("#ma-ho-so").inner_text().strip()
            assert code.startswith("HD-")

            # 2. the board assigns the ward's people's committee
            board = _login(browser, base, live_portal["board"], live_portal["password"])
            board.goto(f"{base}/admin/hoi-dap/")
            board.get_by_role("link", name=code).first.click()
            board.wait_for_load_state()
            assert board.locator("#asker-address").inner_text() == ADDRESS
            board.select_option("#id_assign-agency", label="Ủy ban nhân dân Phường 2")
            board.get_by_role("button", name="Hợp lệ — giao cơ quan trả lời").click()
            board.wait_for_load_state()
            case_url = board.url

            # 3. the agency answers
            agency = _login(
                browser, base, live_portal["agency"], live_portal["password"]
            )
            agency.goto(case_url)
            agency.fill("#id_answer-answer", ANSWER)
            agency.get_by_role(
                "button", name="Lưu câu trả lời, gửi Ban Biên tập duyệt"
            ).click()
            agency.wait_for_load_state()
            assert "chờ duyệt" in agency.locator("#case-status").inner_text()

            # 4. the board approves and publishes
            board.goto(case_url)
            board.get_by_role("button", name="Duyệt và công khai").click()
            board.wait_for_load_state()
            assert "công khai" in board.locator("#case-status").inner_text()

            # 5. a search without diacritics finds it; the answer is public
            page.goto(f"{base}/hoi-dap/")
            page.fill("#qa-q", "cap giay chung nhan quyen su dung dat")
            page.get_by_role("button", name="Tìm").last.click()
            page.get_by_role("link", name=TITLE).click()
            detail = page.content()
            assert ANSWER in detail
            public_pages = [detail]
            public_pages.append(page.url)

            # 6. the tracking page shows it
            page.goto(f"{base}/hoi-dap/theo-doi/")
            page.fill("#id_ma", code.lower())
            page.get_by_role("button", name="Xem").click()
            assert ANSWER in page.content()
            public_pages.append(page.content())

            # 7. the address appears nowhere public
            for path in ("/hoi-dap/", "/api/v1/questions/", "/tim-kiem/?q=dat"):
                page.goto(f"{base}{path}")
                public_pages.append(page.content())
            for html in public_pages:
                assert ADDRESS not in html
                assert "Phạm Minh Đức" not in html
        finally:
            for context in browser.contexts:
                context.close()


QA_VIEWS = [
    "/hoi-dap/",
    "/hoi-dap/gui/",
    "/hoi-dap/theo-doi/",
    "/hoi-dap/theo-doi/?ma=HD-AAAA-BBBB",
    "/hoi-dap/du-lieu-ca-nhan/",
    "/lay-y-kien/",
]


@pytest.mark.parametrize("path", QA_VIEWS)
def test_qa_and_consultation_pages_have_no_axe_violations(live_portal, page, path):
    from tests.e2e.conftest import run_axe

    page.goto(live_portal["base"] + path)
    assert page.get_attribute("html", "lang") == "vi"
    assert run_axe(page) == []


def test_form_errors_are_summarised_linked_and_accessible_at_320_px(
    live_portal, browser
):
    from tests.e2e.conftest import run_axe

    context = browser.new_context(
        locale="vi-VN", viewport={"width": 320, "height": 700}
    )
    page = context.new_page()
    try:
        page.goto(live_portal["base"] + "/hoi-dap/gui/")
        page.get_by_role("button", name="Gửi", exact=True).click()
        summary = page.locator(".error-summary")
        assert summary.is_visible()
        link = summary.get_by_role("link").filter(has_text="Họ và tên").first
        link.click()
        assert page.evaluate("document.activeElement.id") == "id_full_name"
        described = page.get_attribute("#id_full_name", "aria-describedby")
        assert "id_full_name-error" in described
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320
        assert run_axe(page) == []
    finally:
        context.close()
