"""Handling in the admin: validate, assign, answer, approve, publish; logged."""

from __future__ import annotations

import pytest
from django.test import Client
from django_tenants.utils import schema_context

from core.outbox.models import OutboxMessage
from plugins.qa.models import Agency, CaseEvent, Question
from plugins.qa.tests.helpers import new_case, staff

pytestmark = pytest.mark.django_db

ADDRESS = "Số 12 đường Trần Phú, khóm 3, Phường 2"


def _refused(response) -> bool:
    """Wagtail turns PermissionDenied into a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def _client(user, slug="phuong-2") -> Client:
    client = Client(HTTP_HOST=f"{slug}.localhost")
    with schema_context(slug.replace("-", "_")):  # the user and session live there
        client.force_login(user)
    return client


def test_the_whole_path_from_receipt_to_published_answer(tenants, citizen):
    with schema_context("phuong_2"):
        agency = Agency.objects.get(name="Ủy ban nhân dân Phường 2")
        board = staff("bbt", board=True)
        officer = staff("canbo", agency=agency)
        question = new_case()
    board_client, officer_client = _client(board), _client(officer)
    url = f"/admin/hoi-dap/{question.pk}/"

    # before assignment the agency cannot see the asker
    assert _refused(officer_client.get(url))
    page = board_client.get(url).content.decode()
    assert ADDRESS in page

    response = board_client.post(
        url, {"action": "assign", "assign-agency": agency.pk, "assign-note": ""}
    )
    assert response.status_code == 302
    assert ADDRESS in officer_client.get(url).content.decode()

    # a citation not in the registry must be complete
    answer = {
        "action": "answer",
        "answer-answer": "Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh "
        "và bản sao CCCD.",
        "cite-TOTAL_FORMS": "3",
        "cite-INITIAL_FORMS": "0",
        "cite-MIN_NUM_FORMS": "0",
        "cite-MAX_NUM_FORMS": "10",
        "cite-0-number": "01/2021/NĐ-CP",
    }
    page = officer_client.post(url, answer).content.decode()
    assert "hãy nhập đủ" in page
    answer.update(
        {
            "cite-0-summary": "Về đăng ký doanh nghiệp",
            "cite-0-issued_on": "2021-01-04",
            "cite-0-issuer": "Chính phủ",
        }
    )
    assert officer_client.post(url, answer).status_code == 302
    # the agency cannot publish; the board can
    assert _refused(officer_client.post(url, {"action": "publish"}))
    assert board_client.post(url, {"action": "publish"}).status_code == 302

    with schema_context("phuong_2"):
        question.refresh_from_db()
        assert question.status == Question.Status.PUBLISHED
        events = list(question.events.values_list("action", "actor_name"))
        assert events == [
            (CaseEvent.Action.RECEIVED, "Hệ thống"),
            (CaseEvent.Action.ASSIGNED, "bbt"),
            (CaseEvent.Action.ANSWERED, "canbo"),
            (CaseEvent.Action.PUBLISHED, "bbt"),
        ]
        reasons = list(OutboxMessage.objects.values_list("reason", flat=True))
        assert reasons == ["qa:received", "qa:assigned", "qa:published"]

    public = citizen("phuong-2")
    detail = public.get(question.get_absolute_url()).content.decode()
    assert "bản sao CCCD" in detail
    for part in ("01/2021/NĐ-CP", "Về đăng ký doanh nghiệp", "04/01/2021", "Chính phủ"):
        assert part in detail
    found = public.get("/hoi-dap/?q=ho+kinh+doanh").content.decode()
    assert question.title in found
    api = public.get("/api/v1/questions/?q=ho+kinh+doanh").json()
    assert [item["id"] for item in api["items"]] == [question.pk]
    tracked = public.get(f"/hoi-dap/theo-doi/?ma={question.code.lower()}")
    assert "bản sao CCCD" in tracked.content.decode()
    for page in (detail, found, tracked.content.decode(), str(api)):
        assert ADDRESS not in page
        assert "Nguyễn Văn An" not in page
        assert "an@example.org" not in page and "0294 3 123 456" not in page


@pytest.mark.parametrize(
    "action,status,reason",
    [
        ("invalid", Question.Status.INVALID, "qa:invalid"),
        ("out_of_scope", Question.Status.OUT_OF_SCOPE, "qa:out_of_scope"),
    ],
)
def test_the_board_closes_invalid_or_out_of_scope_cases_and_tells_why(
    tenants, action, status, reason
):
    with schema_context("phuong_2"):
        board = staff("bbt", board=True)
        question = new_case()
    prefix = "invalid" if action == "invalid" else "scope"
    response = _client(board).post(
        f"/admin/hoi-dap/{question.pk}/",
        {"action": action, f"{prefix}-reason": "Thiếu địa chỉ liên hệ cụ thể"},
    )
    assert response.status_code == 302
    with schema_context("phuong_2"):
        question.refresh_from_db()
        assert question.status == status and question.closed_at
        mail = OutboxMessage.objects.get(reason=reason)
        assert "Thiếu địa chỉ liên hệ cụ thể" in mail.body
        assert mail.to == ["an@example.org"]


def test_an_agency_sees_only_its_own_cases(tenants):
    with schema_context("phuong_2"):
        mine = Agency.objects.get(name="Ủy ban nhân dân Phường 2")
        other = Agency.objects.create(name="Phòng thử nghiệm")
        officer = staff("canbo", agency=other)
        board = staff("bbt", board=True)
        question = new_case()
    _client(board).post(
        f"/admin/hoi-dap/{question.pk}/",
        {"action": "assign", "assign-agency": mine.pk},
    )
    client = _client(officer)
    assert _refused(client.get(f"/admin/hoi-dap/{question.pk}/"))
    assert question.code not in client.get("/admin/hoi-dap/").content.decode()
    assert (
        Client(HTTP_HOST="phuong-2.localhost")
        .get(f"/admin/hoi-dap/{question.pk}/")
        .status_code
        == 302
    )  # to the login page


def test_the_agency_reports_progress_with_a_new_reply_date(tenants, citizen):
    from datetime import timedelta

    from django.utils import timezone

    with schema_context("phuong_2"):
        agency = Agency.objects.get(name="Ủy ban nhân dân Phường 2")
        board = staff("bbt", board=True)
        officer = staff("canbo", agency=agency)
        question = new_case()
    _client(board).post(
        f"/admin/hoi-dap/{question.pk}/",
        {"action": "assign", "assign-agency": agency.pk},
    )
    reply_by = timezone.localdate() + timedelta(days=30)
    response = _client(officer).post(
        f"/admin/hoi-dap/{question.pk}/",
        {
            "action": "progress",
            "progress-reply_by": reply_by.isoformat(),
            "progress-note": "Đang xin ý kiến Sở Tài nguyên và Môi trường.",
        },
    )
    assert response.status_code == 302
    tracked = citizen("phuong-2").get(f"/hoi-dap/theo-doi/?ma={question.code}")
    html = tracked.content.decode()
    assert reply_by.strftime("%d/%m/%Y") in html
    assert "Đang xin ý kiến Sở Tài nguyên" in html
    with schema_context("phuong_2"):
        mail = OutboxMessage.objects.get(reason="qa:progress")
        assert reply_by.strftime("%d/%m/%Y") in mail.body


def test_the_board_records_an_in_person_export_and_erase(tenants):
    with schema_context("phuong_2"):
        board = staff("bbt", board=True)
        question = new_case()
    client = _client(board)
    exported = client.get(f"/admin/hoi-dap/{question.pk}/du-lieu/")
    assert ADDRESS in exported.content.decode()
    client.post(f"/admin/hoi-dap/{question.pk}/", {"action": "erase"})
    with schema_context("phuong_2"):
        question.refresh_from_db()
        assert question.address == "" and question.personal_data_erased_at
        actions = list(question.events.values_list("action", "actor_name"))
        assert actions[-2:] == [
            (CaseEvent.Action.EXPORTED, "bbt"),
            (CaseEvent.Action.ERASED, "bbt"),
        ]
