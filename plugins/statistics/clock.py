"""The update clock of a report: due N working days after the publishing decision.

N is the tenant's EditorialPolicy deadline ``plans_projects`` (Quy chế Điều 7
khoản 4: "thông tin thống kê" — 10 working days), never a constant in code.
"""

from __future__ import annotations

from datetime import date

from django.db import connection

from core.calendar import add_working_days

POLICY_KEY = "plans_projects"


def due_date(start: date | None, key: str = POLICY_KEY) -> date | None:
    """Due date, or None when no clock applies (no date, no policy, or history
    from before the tenant's/policy's go-live date: imported history is not late)."""
    if start is None:
        return None
    from tenants.models import Tenant, WorkingDayOverride

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
    overrides = dict(WorkingDayOverride.objects.values_list("date", "is_working"))
    return add_working_days(start, deadline.working_days, overrides)
