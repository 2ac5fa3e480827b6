"""Writing, claiming and sending outbox rows (DESIGN §4).

Flow: ``enqueue_mail`` writes the row *and* queues a django-q2 task (ORM broker) in
the caller's transaction, so both exist exactly when the cause exists. The task
(``deliver``) claims the row with ``SELECT … FOR UPDATE SKIP LOCKED`` and a lease,
sends it through Django's e-mail backend with the row's fixed Message-ID, and marks
it sent. A failed send releases the lease and backs off; the periodic ``sweep``
(run per tenant) takes every unsent row whose time has come.

Exactly once means one delivery per Message-ID. The one window that cannot be
closed: the SMTP server accepted the mail and the process died before the
``sent_at`` update committed. The lease then expires and the sweeper sends again,
with the *same* Message-ID, so receivers can recognise the duplicate.

Timing: the lease (``OUTBOX_CLAIM_SECONDS``, 300 s) exceeds ``EMAIL_TIMEOUT`` and the
task timeout, and django-q2's ``retry`` (180 s) exceeds its ``timeout`` (120 s), so
a slow send is never taken twice while it is still running.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import connection, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from core.outbox.models import OutboxMessage

logger = logging.getLogger("portal.outbox")

DELIVER_TASK = "core.outbox.service.deliver"
MAX_BACKOFF = timedelta(hours=1)


def claim_seconds() -> int:
    return int(getattr(settings, "OUTBOX_CLAIM_SECONDS", 300))


def _message_id_domain() -> str:
    configured = getattr(settings, "OUTBOX_MESSAGE_ID_DOMAIN", "")
    if configured:
        return configured
    tenant = getattr(connection, "tenant", None)
    domain = getattr(tenant, "primary_domain", None) if tenant else None
    return domain or "portal.invalid"


def make_message_id(key: str | None = None) -> str:
    """A Message-ID for a new row; derived from ``key`` when the cause has one.

    A keyed id makes enqueueing idempotent: a reminder task that runs twice on the
    same day writes one row, not two.
    """
    schema = connection.schema_name
    token = (
        hashlib.sha256(f"{schema}:{key}".encode()).hexdigest()[:32]
        if key
        else uuid.uuid4().hex
    )
    return f"<{token}.{schema.replace('_', '-')}@{_message_id_domain()}>"


def enqueue_mail(
    to: Iterable[str],
    subject: str,
    body: str,
    *,
    reason: str = "",
    key: str | None = None,
    from_email: str | None = None,
) -> OutboxMessage | None:
    """Write an outbox row and queue its delivery, in the caller's transaction.

    Returns None when there is nobody to write to, or the row of an earlier call
    with the same ``key`` (no second mail).
    """
    recipients = [addr.strip() for addr in to if addr and addr.strip()]
    if not recipients:
        return None
    from django_q.tasks import async_task

    message_id = make_message_id(key)
    with transaction.atomic():
        message, created = OutboxMessage.objects.get_or_create(
            message_id=message_id,
            defaults={
                "to": recipients,
                "subject": subject[:255].replace("\n", " "),
                "body": body,
                "from_email": from_email or settings.DEFAULT_FROM_EMAIL,
                "reason": reason[:100],
                "next_attempt_at": timezone.now(),
            },
        )
        if created:
            async_task(DELIVER_TASK, message.pk, task_name=f"outbox-{message.pk}")
    return message


def _claim(rows: QuerySet, now: datetime) -> OutboxMessage | None:
    """Lease one due row, skipping rows another worker holds right now."""
    with transaction.atomic():
        message = (
            rows.select_for_update(skip_locked=True)
            .filter(sent_at__isnull=True, next_attempt_at__lte=now)
            .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
            .order_by("next_attempt_at", "pk")
            .first()
        )
        if message is None:
            return None
        message.claimed_until = now + timedelta(seconds=claim_seconds())
        message.attempts += 1
        message.save(update_fields=["claimed_until", "attempts"])
    return message


def _backoff(attempts: int) -> timedelta:
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def _send(message: OutboxMessage, now: datetime) -> bool:
    email = EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(message.to),
        headers={"Message-ID": message.message_id},
    )
    try:
        with get_connection(fail_silently=False) as mail:
            mail.send_messages([email])
    except Exception as exc:  # the mail server is down or refused: retry later
        logger.warning("outbox: %s not sent: %s", message.message_id, exc)
        OutboxMessage.objects.filter(
            pk=message.pk, claimed_until=message.claimed_until
        ).update(
            claimed_until=None,
            last_error=f"{type(exc).__name__}: {exc}"[:2000],
            next_attempt_at=now + _backoff(message.attempts),
        )
        return False
    OutboxMessage.objects.filter(pk=message.pk).update(
        sent_at=timezone.now(), claimed_until=None, last_error=""
    )
    return True


def deliver(pk: int, now: datetime | None = None) -> bool:
    """Task: send one row if it is still unsent and nobody holds it."""
    now = now or timezone.now()
    message = _claim(OutboxMessage.objects.filter(pk=pk), now)
    return bool(message) and _send(message, now)


def sweep(limit: int = 200, now: datetime | None = None) -> int:
    """Periodic task (per tenant): send the unsent rows that are due.

    Stops at the first failure: when the mail server is down, one timeout per run
    is enough; the rows wait for the next run.
    """
    now = now or timezone.now()
    sent = 0
    for _ in range(limit):
        message = _claim(OutboxMessage.objects.all(), now)
        if message is None:
            break
        if not _send(message, now):
            break
        sent += 1
    return sent
