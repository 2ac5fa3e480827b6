"""The outbox: rows written with their cause; one delivery per Message-ID."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from django_q.models import OrmQ
from django_q.signing import SignedPackage
from django_tenants.utils import schema_context

from core.outbox.models import OutboxMessage
from core.outbox.service import deliver, enqueue_mail, sweep
from tenants.tasks import SCHEMA_KEY

pytestmark = pytest.mark.django_db


def _queued_payloads() -> list[dict]:
    with schema_context("public"):
        return [SignedPackage.loads(q.payload) for q in OrmQ.objects.order_by("pk")]


def test_row_and_delivery_task_are_written_with_their_cause(tenants):
    """A rolled-back cause leaves neither a row nor a task; a committed one both,
    the task carrying the tenant's schema."""
    before = len(_queued_payloads())
    with schema_context("phuong_1"):
        with pytest.raises(RuntimeError), transaction.atomic():
            enqueue_mail(["a@example.org"], "Lost", "body")
            raise RuntimeError("the cause failed")
        assert not OutboxMessage.objects.exists()
        assert len(_queued_payloads()) == before

        message = enqueue_mail(["a@example.org"], "Kept", "body", reason="test")
        assert OutboxMessage.objects.filter(pk=message.pk, sent_at=None).exists()
    payload = _queued_payloads()[-1]
    assert payload["func"] == "core.outbox.service.deliver"
    assert payload["args"] == (message.pk,)
    assert payload[SCHEMA_KEY] == "phuong_1"


def test_mail_server_down_then_back_delivers_each_message_once(tenants, smtp):
    """With the server stopped nothing is lost; when it returns every message is
    delivered exactly once per Message-ID, however often delivery is retried."""
    smtp.stop()
    with schema_context("phuong_2"):
        messages = [
            enqueue_mail([f"nguoi{i}@example.org"], f"Thư {i}", "Nội dung")
            for i in range(5)
        ]
        for message in messages:
            assert deliver(message.pk) is False
        unsent = OutboxMessage.objects.filter(sent_at=None)
        assert unsent.count() == 5
        assert all(m.attempts == 1 and m.last_error for m in unsent)
        assert sweep() == 0  # backing off: nothing is due yet

        smtp.start()
        later = timezone.now() + timedelta(hours=2)
        assert sweep(now=later) == 5
        assert sweep(now=later + timedelta(hours=2)) == 0
        for message in messages:  # a late duplicate task changes nothing
            assert deliver(message.pk, now=later) is False
        assert not OutboxMessage.objects.filter(sent_at=None).exists()
        expected = sorted(m.message_id for m in messages)
    counts = Counter(smtp.message_ids())
    assert sorted(counts) == expected
    assert set(counts.values()) == {1}
    subjects = sorted(m["Subject"] for m in smtp.messages)
    assert subjects == [f"Thư {i}" for i in range(5)]


def test_a_claimed_row_is_not_sent_again_until_its_lease_expires(tenants, smtp):
    """A row held by a worker that died is taken again only after the lease."""
    from core.outbox.service import _claim

    with schema_context("phuong_1"):
        message = enqueue_mail(["a@example.org"], "Giữ chỗ", "body")
        now = timezone.now()
        assert _claim(OutboxMessage.objects.filter(pk=message.pk), now) is not None
        assert deliver(message.pk, now=now) is False
        assert sweep(now=now + timedelta(seconds=60)) == 0
        assert smtp.messages == []
        assert sweep(now=now + timedelta(seconds=301)) == 1
    assert smtp.message_ids() == [message.message_id]


def test_keyed_messages_are_written_once(tenants):
    """The same cause key (e.g. a reminder of one case on one day) gives one row."""
    with schema_context("phuong_1"):
        first = enqueue_mail(["a@example.org"], "Nhắc", "x", key="reminder:1:d")
        second = enqueue_mail(["a@example.org"], "Nhắc", "x", key="reminder:1:d")
        assert first.pk == second.pk
        assert OutboxMessage.objects.count() == 1
        assert enqueue_mail([], "Không ai", "x") is None


def test_outboxes_are_per_tenant(tenants, smtp):
    """Rows with the same ids in two tenants: each tenant sends only its own."""
    with schema_context("phuong_1"):
        enqueue_mail(["p1@example.org"], "Phường 1", "x")
    with schema_context("phuong_2"):
        enqueue_mail(["p2@example.org"], "Phường 2", "x")
        assert sweep() == 1
    assert [m["To"] for m in smtp.messages] == ["p2@example.org"]
    assert "phuong-2" in smtp.messages[0]["Message-ID"]
    with schema_context("phuong_1"):
        assert OutboxMessage.objects.get().sent_at is None
