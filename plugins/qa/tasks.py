"""Daily task of the qa plugin, run once per tenant (tenants.tasks.for_each_tenant).

Reminds the assigned agency 3 working days before the deadline and on the day;
a keyed outbox row makes a second run on the same day send nothing more.
"""

from __future__ import annotations

from datetime import date

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from plugins.qa import clock, services
from plugins.qa.models import CaseEvent, Question

REMIND_BEFORE = 3  # working days: a board setting, not from the regulation


def reminders(today: date | None = None) -> int:
    """Queue the reminders due today in the active tenant; return how many."""
    today = today or timezone.localdate()
    days_off = clock.overrides()
    sent = 0
    open_cases = Question.objects.filter(
        status__in=[Question.Status.ASSIGNED, Question.Status.PROGRESS],
        agency__isnull=False,
        due_on__isnull=False,
    ).select_related("agency")
    for question in open_cases:
        due = question.reply_by if question.status == Question.Status.PROGRESS else None
        due = due or question.due_on
        left = clock.working_days_left(today, due, days_off)
        if left == REMIND_BEFORE:
            kind, subject = (
                "before",
                _("Còn %(n)d ngày làm việc đến hạn trả lời") % {"n": REMIND_BEFORE},
            )
        elif left == 0:
            kind, subject = "due", _("Hôm nay là hạn trả lời")
        else:
            continue
        marker = f"[{kind} {due.isoformat()}]"
        if question.events.filter(
            action=CaseEvent.Action.REMINDED, note__endswith=marker
        ).exists():
            continue
        with transaction.atomic():
            services._mail_agency(
                question,
                "qa:reminder",
                subject,
                [
                    _("Hồ sơ “%(title)s” có hạn trả lời %(due)s.")
                    % {"title": question.title, "due": f"{due:%d/%m/%Y}"},
                ],
                key=f"qa:reminder:{question.pk}:{due.isoformat()}:{kind}",
            )
            services.log(
                question, CaseEvent.Action.REMINDED, note=f"{subject} {marker}"
            )
        sent += 1
    return sent


def daily() -> dict:
    """Everything the qa plugin does once a day in one tenant."""
    from plugins.qa.privacy import erase_expired

    return {
        "schema": connection.schema_name,
        "reminders": reminders(),
        "erased": erase_expired(),
    }
