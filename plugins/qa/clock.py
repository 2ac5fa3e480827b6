"""The answer clock (Quy chế Điều 11 khoản 2 điểm b): N working days from receipt.

N is the tenant's ``EditorialPolicy.answer_deadline_days`` (15 in Duyên Hải's
policy), never a constant in code; working days come from core.calendar plus the
announced swaps in ``WorkingDayOverride``.
"""

from __future__ import annotations

from datetime import date

from django.db import connection

from core.calendar import add_working_days, working_days_between
from core.clock import working_day_overrides as overrides


def current_tenant():
    """The Tenant row of the active schema (a real one, also inside schema_context)."""
    from tenants.models import Tenant

    tenant = getattr(connection, "tenant", None)
    if isinstance(tenant, Tenant) and tenant.pk:
        return tenant
    return (
        Tenant.objects.filter(schema_name=connection.schema_name)
        .select_related("policy")
        .first()
    )


def answer_days() -> int | None:
    tenant = current_tenant()
    policy = tenant.policy if tenant else None
    return policy.answer_deadline_days if policy else None


def due_date(received: date) -> date | None:
    """Due date of a case received on ``received`` (None without a policy)."""
    days = answer_days()
    if days is None:
        return None
    return add_working_days(received, days, overrides())


def working_days_left(today: date, due: date, days_off=None) -> int:
    """Working days after ``today`` up to ``due`` (0 on the due day, < 0 late)."""
    return working_days_between(
        today, due, days_off if days_off is not None else overrides()
    )
