"""The answer clock across Tết and weekends; reminders per tenant, never mixed."""

from __future__ import annotations

from datetime import date

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from core.calendar import add_working_days
from core.outbox.models import OutboxMessage
from plugins.qa import clock
from plugins.qa.models import Agency, Question
from plugins.qa.tests.helpers import new_case
from tenants.models import WorkingDayOverride
from tenants.tasks import for_each_tenant

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "received,due",
    [
        # Friday before Tết Bính Ngọ: Tết 16–20/02/2026 and two weekends skipped
        (date(2026, 2, 13), date(2026, 3, 13)),
        # Monday before Tết
        (date(2026, 2, 9), date(2026, 3, 9)),
        # received on a Saturday: the period starts on Monday
        (date(2026, 3, 7), date(2026, 3, 27)),
        # Hùng Kings (Sun 26/4, observed Mon 27/4), 30/4 and 1/5 inside the period
        (date(2026, 4, 20), date(2026, 5, 14)),
    ],
)
def test_due_date_is_fifteen_working_days_after_receipt(tenants, received, due):
    with schema_context("phuong_2"):
        assert clock.answer_days() == 15
        assert clock.due_date(received) == due


def test_the_number_of_days_comes_from_the_policy_and_swaps_count(tenants):
    policy = tenants["phuong-2"].policy
    policy.answer_deadline_days = 10
    policy.save()
    with schema_context("phuong_2"):
        assert clock.due_date(date(2026, 3, 9)) == date(2026, 3, 23)
        WorkingDayOverride.objects.create(
            date=date(2026, 3, 16), is_working=False, reason="test"
        )
        assert clock.due_date(date(2026, 3, 9)) == date(2026, 3, 24)


def _assigned_case(schema: str, agency_email: str, due: date, title: str):
    with schema_context(schema):
        agency = Agency.objects.create(name=f"Cơ quan {title}", email=agency_email)
        question = new_case(title=title, email="")
        Question.objects.filter(pk=question.pk).update(
            status=Question.Status.ASSIGNED, agency=agency, due_on=due
        )
        return question


def test_reminders_run_per_tenant_and_never_mix(tenants):
    today = timezone.localdate()
    days_off = clock.overrides()
    soon = add_working_days(today, 3, days_off)
    one = _assigned_case("phuong_1", "p1@example.org", soon, "Câu hỏi phường một")
    two = _assigned_case("phuong_2", "p2@example.org", today, "Câu hỏi phường hai")
    later = _assigned_case(
        "phuong_2", "p2b@example.org", add_working_days(today, 5, days_off), "Sau"
    )

    for_each_tenant("plugins.qa.tasks.reminders", plugin="qa", sync=True)
    for_each_tenant("plugins.qa.tasks.reminders", plugin="qa", sync=True)  # again

    with schema_context("phuong_1"):
        mails = list(OutboxMessage.objects.filter(reason="qa:reminder"))
        assert [(m.to, one.code in m.subject) for m in mails] == [
            (["p1@example.org"], True)
        ]
        assert "Còn 3 ngày làm việc" in mails[0].subject
    with schema_context("phuong_2"):
        mails = list(OutboxMessage.objects.filter(reason="qa:reminder"))
        assert [(m.to, two.code in m.subject) for m in mails] == [
            (["p2@example.org"], True)
        ]
        assert "Hôm nay là hạn" in mails[0].subject
        assert later.code not in "".join(m.subject for m in mails)
