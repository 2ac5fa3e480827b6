"""Deadline clocks shared by the plugins (DESIGN §3, §5): an item is due N working
days after its event, N read from the tenant's editorial policy by key, never a
constant in code; items from before the policy's/tenant's go-live date have no clock
(imported history is not late)."""

from __future__ import annotations

from datetime import date

from django.db import connection

from core.calendar import add_working_days


def working_day_overrides() -> dict[date, bool]:
    """Announced day swaps (public schema), as ``core.calendar`` expects them."""
    from tenants.models import WorkingDayOverride

    return dict(WorkingDayOverride.objects.values_list("date", "is_working"))


def due_date(start: date | None, key: str) -> date | None:
    """Due date of an item whose clock starts on ``start`` under policy ``key``, or
    None when no clock applies (no date, no policy or deadline, history)."""
    if start is None:
        return None
    from tenants.models import Tenant

    tenant = (
        Tenant.objects.filter(schema_name=connection.schema_name)
        .select_related("policy")
        .first()
    )
    policy = tenant.policy if tenant else None
    if policy is None:
        return None
    go_live = policy.go_live_on or tenant.go_live_on
    if go_live and start < go_live:
        return None
    deadline = policy.deadline(key)
    if deadline is None or not deadline.enabled:
        return None
    if deadline.immediate:
        return start
    if deadline.working_days is None:
        return None
    return add_working_days(start, deadline.working_days, working_day_overrides())
