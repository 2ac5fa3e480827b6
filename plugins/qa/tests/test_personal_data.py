"""Personal data: export and erase on request; erased after the retention period."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from core.outbox.models import OutboxMessage
from plugins.qa import privacy, services
from plugins.qa.models import CaseEvent, Question
from plugins.qa.tasks import daily
from plugins.qa.tests.conftest import form_data

pytestmark = pytest.mark.django_db


def _case_with_secret(schema="phuong_2", **overrides):
    data = form_data(**overrides)
    consent = {"consent_at": timezone.now(), "consent_notice_version": "test"}
    with schema_context(schema):
        return services.submit(data, consent=consent)


def test_export_and_erase_with_the_code_and_the_secret(tenants, citizen):
    question, secret = _case_with_secret()
    client = citizen("phuong-2")
    wrong = client.post(
        "/hoi-dap/du-lieu-ca-nhan/",
        {"ma": question.code, "bi_mat": "AAAA-BBBB-CCCC", "action": "export"},
    )
    assert wrong.status_code == 403 and "không đúng" in wrong.content.decode()

    exported = client.post(
        "/hoi-dap/du-lieu-ca-nhan/",
        {"ma": question.code.lower(), "bi_mat": secret.lower(), "action": "export"},
    )
    assert exported["Content-Disposition"].endswith(f'{question.code}.json"')
    data = json.loads(exported.content)
    assert data["dia_chi"] == form_data()["address"]

    erased = client.post(
        "/hoi-dap/du-lieu-ca-nhan/",
        {"ma": question.code, "bi_mat": secret, "action": "erase"},
    )
    assert "Đã xóa dữ liệu cá nhân" in erased.content.decode()
    with schema_context("phuong_2"):
        question.refresh_from_db()
        assert question.full_name == question.address == question.email == ""
        assert question.personal_data_erased_at is not None
        assert list(question.events.values_list("action", flat=True))[-2:] == [
            CaseEvent.Action.EXPORTED,
            CaseEvent.Action.ERASED,
        ]
    # the secret no longer works
    again = client.post(
        "/hoi-dap/du-lieu-ca-nhan/",
        {"ma": question.code, "bi_mat": secret, "action": "export"},
    )
    assert again.status_code == 403


def test_a_link_is_sent_only_to_the_email_given(tenants, citizen):
    question, _secret = _case_with_secret()
    client = citizen("phuong-2")
    for email in ("other@example.org", "AN@example.org"):
        response = client.post(
            "/hoi-dap/du-lieu-ca-nhan/lien-ket/", {"ma": question.code, "email": email}
        )
        assert "Nếu mã hồ sơ và thư điện tử khớp" in response.content.decode()
    with schema_context("phuong_2"):
        mail = OutboxMessage.objects.get(reason="qa:data-link")
        assert mail.to == ["an@example.org"]
    path = re.search(r"/hoi-dap/du-lieu-ca-nhan/[^/\s]+/", mail.body).group(0)
    assert client.get(path).status_code == 200
    client.post(path, {"action": "erase"})
    with schema_context("phuong_2"):
        assert Question.objects.get(pk=question.pk).personal_data_erased_at
    assert client.get(path).status_code == 404
    assert client.get("/hoi-dap/du-lieu-ca-nhan/abc/").status_code == 403


def test_details_of_closed_cases_are_erased_after_the_retention_period(tenants):
    policy = tenants["phuong-2"].policy
    old_closed, _ = _case_with_secret(title="Cũ, đã đóng")
    recent_closed, _ = _case_with_secret(title="Mới đóng")
    old_open, _ = _case_with_secret(title="Cũ, còn mở")
    with schema_context("phuong_2"):
        long_ago = timezone.now() - timedelta(days=400)
        Question.objects.filter(pk=old_closed.pk).update(
            status=Question.Status.PUBLISHED, closed_at=long_ago
        )
        Question.objects.filter(pk=recent_closed.pk).update(
            status=Question.Status.INVALID, closed_at=timezone.now()
        )
        Question.objects.filter(pk=old_open.pk).update(received_at=long_ago)
        assert daily()["erased"] == 0  # no retention period: never automatic
    policy.personal_data_retention_days = 365
    policy.save()
    with schema_context("phuong_2"):
        result = daily()
        assert result["erased"] == 1 and result["schema"] == "phuong_2"
        rows = {q.title: q for q in Question.objects.all()}
        assert rows["Cũ, đã đóng"].address == ""
        assert rows["Cũ, đã đóng"].public_display == "N.V.A., Phường 2"
        assert rows["Mới đóng"].address and rows["Cũ, còn mở"].address
    with schema_context("phuong_1"):
        assert daily()["erased"] == 0


def test_erase_keeps_the_case_log(tenants):
    question, _ = _case_with_secret()
    with schema_context("phuong_2"):
        privacy.erase(question, note="test")
        assert question.events.count() == 2
