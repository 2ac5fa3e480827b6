"""Drafts open for comment: status from the dates; comments only while open."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from django.test import Client
from django.utils import timezone
from django_tenants.utils import schema_context

from plugins.consultation.models import Comment, Consultation

pytestmark = pytest.mark.django_db


def _client(slug: str) -> Client:
    ip = f"10.9.{random.randint(0, 255)}.{random.randint(1, 254)}"
    return Client(HTTP_HOST=f"{slug}.localhost", REMOTE_ADDR=ip)


def _draft(schema: str, title: str, opens: date, closes: date, **extra):
    with schema_context(schema):
        return Consultation.objects.create(
            title=title,
            drafting_agency="Phòng Văn hóa và Thông tin",
            summary="Tóm tắt dự thảo",
            opens_on=opens,
            closes_on=closes,
            live=True,
            **extra,
        )


COMMENT = {
    "asker_type": "person",
    "full_name": "Lê Thị Cúc",
    "address": "Ấp Giồng Giếng, xã Long Toàn",
    "email": "",
    "phone": "",
    "content": "Đề nghị bổ sung quy định về giờ mở cửa.",
    "consent": "on",
    "trang_web": "",
}


def test_status_follows_the_dates():
    draft = Consultation(opens_on=date(2026, 3, 1), closes_on=date(2026, 3, 31))
    assert draft.status_on(date(2026, 2, 28)) == Consultation.Status.UPCOMING
    assert draft.status_on(date(2026, 3, 1)) == Consultation.Status.OPEN
    assert draft.status_on(date(2026, 3, 31)) == Consultation.Status.OPEN
    assert draft.status_on(date(2026, 4, 1)) == Consultation.Status.CLOSED
    draft.result_published_at = timezone.now() - timedelta(minutes=1)
    assert draft.status_on(date(2026, 4, 1)) == Consultation.Status.RESULT


def test_a_comment_while_open_is_stored_with_consent(tenants):
    today = timezone.localdate()
    draft = _draft("phuong_2", "Dự thảo quy chế", today, today + timedelta(days=10))
    client = _client("phuong-2")
    page = client.get(draft.get_absolute_url()).content.decode()
    assert "Đang lấy ý kiến" in page and 'name="consent"' in page
    response = client.post(draft.get_absolute_url(), COMMENT)
    assert response.status_code == 302
    assert "Đã nhận ý kiến góp ý" in client.get(response["Location"]).content.decode()
    with schema_context("phuong_2"):
        comment = Comment.objects.get()
        assert comment.consent_at and comment.consent_notice_version
    # the comment is not public
    assert "Lê Thị Cúc" not in client.get(draft.get_absolute_url()).content.decode()


def test_missing_name_is_explained(tenants):
    today = timezone.localdate()
    draft = _draft("phuong_2", "Dự thảo", today, today)
    html = (
        _client("phuong-2")
        .post(draft.get_absolute_url(), {**COMMENT, "full_name": ""})
        .content.decode()
    )
    assert 'href="#id_full_name"' in html and "Hãy nhập họ và tên" in html
    with schema_context("phuong_2"):
        assert not Comment.objects.exists()


def test_a_comment_on_a_closed_consultation_is_refused_in_vietnamese(tenants):
    today = timezone.localdate()
    draft = _draft(
        "phuong_2", "Dự thảo cũ", today - timedelta(days=20), today - timedelta(days=1)
    )
    response = _client("phuong-2").post(draft.get_absolute_url(), COMMENT)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Không nhận góp ý cho dự thảo này" in html
    assert (today - timedelta(days=1)).strftime("%d/%m/%Y") in html
    assert "/hoi-dap/gui/" in html  # where to turn instead
    with schema_context("phuong_2"):
        assert not Comment.objects.exists()


def test_result_published_after_closing_is_shown_and_listed(tenants):
    today = timezone.localdate()
    draft = _draft(
        "phuong_2",
        "Dự thảo đã xong",
        today - timedelta(days=30),
        today - timedelta(days=5),
        result_summary="Nhận 12 ý kiến.",
        result_response="Tiếp thu 10 ý kiến.",
        result_published_at=timezone.now() - timedelta(days=1),
    )
    client = _client("phuong-2")
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "Nhận 12 ý kiến." in html and "Tiếp thu 10 ý kiến." in html
    api = client.get("/api/v1/consultations/?status=result_published").json()
    assert [(i["id"], i["status"]) for i in api["items"]] == [
        (draft.pk, "result_published")
    ]
    assert client.get("/api/v1/consultations/?status=open").json()["items"] == []


def test_the_section_path_is_served_by_the_plugin_with_the_section_intro(tenants):
    today = timezone.localdate()
    _draft("phuong_2", "Dự thảo nghị quyết", today, today)
    html = _client("phuong-2").get("/lay-y-kien/").content.decode()
    assert "Dự thảo nghị quyết" in html
    assert "Tiếp nhận phản ánh, kiến nghị" in html  # the regulation's item 8
    assert "/hoi-dap/" in html


def test_consultations_stay_in_their_ward(tenants):
    today = timezone.localdate()
    one = _draft("phuong_1", "Chỉ của phường một", today, today)
    _draft("phuong_2", "Của phường hai", today, today)
    two = _client("phuong-2")
    titles = [i["title"] for i in two.get("/api/v1/consultations/").json()["items"]]
    assert titles == ["Của phường hai"]
    with schema_context("phuong_2"):
        exists_there = Consultation.objects.filter(pk=one.pk).exists()
    if not exists_there:
        assert two.get(one.get_absolute_url()).status_code == 404
    assert "Chỉ của phường một" not in two.get("/lay-y-kien/").content.decode()


def test_comment_details_are_erased_after_the_retention_period(tenants):
    from plugins.consultation.tasks import erase_expired

    today = timezone.localdate()
    old = _draft(
        "phuong_2", "Cũ", today - timedelta(days=500), today - timedelta(days=400)
    )
    new = _draft(
        "phuong_2", "Mới", today - timedelta(days=5), today - timedelta(days=1)
    )
    with schema_context("phuong_2"):
        for draft in (old, new):
            Comment.objects.create(
                consultation=draft,
                asker_type="person",
                full_name="Lê Thị Cúc",
                address="Ấp 1",
                content="Góp ý",
                consent_at=timezone.now(),
                consent_notice_version="test",
            )
        assert erase_expired() == 0
    policy = tenants["phuong-2"].policy
    policy.personal_data_retention_days = 365
    policy.save()
    with schema_context("phuong_2"):
        assert erase_expired() == 1
        assert Comment.objects.get(consultation=old).full_name == ""
        assert Comment.objects.get(consultation=new).full_name == "Lê Thị Cúc"
