"""Submitting a question: nothing valid is lost; bad input is answered in Vietnamese."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tenants.utils import schema_context

from core.outbox.models import OutboxMessage
from plugins.qa.models import Attachment, CaseEvent, Question
from plugins.qa.tests.conftest import form_data

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _code(html: str) -> str:
    return re.search(r'id="ma-ho-so">([A-Z0-9-]+)<', html).group(1)


def test_a_valid_submission_is_stored_with_consent_and_a_receipt(tenants, citizen):
    client = citizen("phuong-2")
    form = client.get("/hoi-dap/gui/").content.decode()
    assert 'type="checkbox" name="consent" id="id_consent"' in form
    assert "checked" not in form.split('name="consent"')[1].split(">")[0]
    assert "Thông báo về xử lý dữ liệu cá nhân" in form
    assert form.index("Thông báo về xử lý dữ liệu cá nhân") < form.index(
        'name="consent"'
    )

    upload = SimpleUploadedFile("giay-to.pdf", PDF, content_type="application/pdf")
    response = client.post("/hoi-dap/gui/", {**form_data(), "attachments": [upload]})
    assert response.status_code == 302
    receipt = client.get(response["Location"])
    html = receipt.content.decode()
    code = _code(html)
    secret = re.search(r'id="ma-bi-mat">([A-Z0-9-]+)<', html).group(1)
    assert f"/hoi-dap/theo-doi/?ma={code}" in html
    # the secret is shown once only
    assert client.get("/hoi-dap/gui/da-nhan/").status_code == 302

    with schema_context("phuong_2"):
        question = Question.objects.get(code=code)
        assert question.check_secret(secret) and not question.check_secret("X")
        assert secret not in question.secret_hash
        assert question.consent_at is not None
        assert question.consent_notice_version
        assert question.public_display == "N.V.A., Phường 2"
        assert question.due_on is not None
        attachment = Attachment.objects.get(question=question)
        assert attachment.detected_type == "pdf"
        assert "/media/" not in attachment.file.path
        assert list(question.events.values_list("action", flat=True)) == [
            CaseEvent.Action.RECEIVED
        ]
        mail = OutboxMessage.objects.get()
        assert mail.to == ["an@example.org"] and code in mail.subject
    with schema_context("phuong_1"):
        assert not Question.objects.filter(code=code).exists()


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("full_name", "", "Hãy nhập họ và tên"),
        ("address", "", "Hãy nhập địa chỉ liên hệ"),
        ("email", "an-at-example", "Địa chỉ thư điện tử chưa đúng"),
        ("consent", None, "đánh dấu ô đồng ý"),
        ("trang_web", "http://spam.example", "Ô này phải để trống"),
    ],
)
def test_bad_input_is_explained_and_linked(tenants, citizen, field, value, message):
    response = citizen("phuong-2").post("/hoi-dap/gui/", form_data(**{field: value}))
    assert response.status_code == 200
    html = response.content.decode()
    summary = html[html.index('class="error-summary"') :]
    assert f'href="#id_{field}"' in summary
    assert message in summary
    if field != "consent":
        assert f'aria-describedby="id_{field}-help id_{field}-error"' in html or (
            f'id="id_{field}-error"' in html
        )
    # what was typed is kept
    assert "Thủ tục đăng ký hộ kinh doanh" in html
    with schema_context("phuong_2"):
        assert not Question.objects.exists()


def test_an_oversized_attachment_is_refused_with_advice(tenants, citizen):
    big = SimpleUploadedFile("ho-so.pdf", PDF + b"0" * (30 * 1024 * 1024))
    response = citizen("phuong-2").post(
        "/hoi-dap/gui/", {**form_data(), "attachments": [big]}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "vượt quá giới hạn 10 MB" in html
    with schema_context("phuong_2"):
        assert not Question.objects.exists()


def test_an_exe_renamed_pdf_is_refused(tenants, citizen):
    exe = SimpleUploadedFile("to-khai.pdf", b"MZ\x90\x00\x03" + b"\x00" * 2000)
    response = citizen("phuong-2").post(
        "/hoi-dap/gui/", {**form_data(), "attachments": [exe]}
    )
    html = response.content.decode()
    assert "không phải là tệp được chấp nhận" in html
    assert "to-khai.pdf" in html
    with schema_context("phuong_2"):
        assert not Question.objects.exists()


def test_a_flood_from_one_address_is_limited_and_told_when_to_retry(tenants, citizen):
    client = citizen("phuong-2")
    statuses = [
        client.post("/hoi-dap/gui/", form_data(email=f"a{i}@example.org")).status_code
        for i in range(100)
    ]
    accepted = statuses.count(302)
    assert accepted == 5 and statuses[:5] == [302] * 5
    assert set(statuses[5:]) == {429}
    html = client.post("/hoi-dap/gui/", form_data()).content.decode()
    assert "Bạn đã gửi quá nhiều lần" in html and "thử gửi lại sau" in html
    assert "Thủ tục đăng ký hộ kinh doanh" in html  # the text is kept
    with schema_context("phuong_2"):
        assert Question.objects.count() == accepted
    # another address is not affected
    assert citizen("phuong-2").post("/hoi-dap/gui/", form_data()).status_code == 302


def test_an_unknown_tracking_code_is_answered_with_what_to_do(tenants, citizen):
    response = citizen("phuong-2").get("/hoi-dap/theo-doi/?ma=HD-AAAA-BBBB")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy hồ sơ" in html and "Kiểm tra lại mã" in html


def test_submission_succeeds_while_the_mail_server_is_down(tenants, citizen, smtp):
    """The case is committed and its notice waits in the outbox; once the server
    is back the sweeper delivers it, once."""
    from core.outbox.service import deliver, sweep

    smtp.stop()
    client = citizen("phuong-2")
    response = client.post("/hoi-dap/gui/", form_data())
    assert response.status_code == 302
    code = _code(client.get(response["Location"]).content.decode())
    with schema_context("phuong_2"):
        message = OutboxMessage.objects.get()
        assert deliver(message.pk) is False
        smtp.start()
        from datetime import timedelta

        from django.utils import timezone

        assert sweep(now=timezone.now() + timedelta(hours=2)) == 1
        assert sweep(now=timezone.now() + timedelta(hours=3)) == 0
    assert len(smtp.messages) == 1
    assert code in smtp.messages[0]["Subject"]
    assert str(smtp.messages[0]["Message-ID"]) == message.message_id
