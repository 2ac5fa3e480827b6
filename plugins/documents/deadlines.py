"""Deadline clock of the registry (DESIGN §5): each document is due on the portal N
working days after its issue date, N from the editorial policy by issuer level;
documents issued before the go-live date are history, never "late"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from core.calendar import add_working_days, working_days_between
from core.clock import working_day_overrides
from plugins.documents_shared.common import Level

POLICY_KEYS = {
    Level.LOCAL: "documents_town",
    Level.CENTRAL: "documents_central_province",
    Level.PROVINCE: "documents_central_province",
}


@dataclass
class Clock:
    document: object
    due_on: date
    published_on: date | None
    late_days: int  # > 0: late by that many working days
    state: str  # "on-time", "late", "due", "overdue"

    @property
    def state_label(self) -> str:
        return {
            "on-time": _("Đúng hạn"),
            "late": _("Đăng chậm"),
            "due": _("Chưa đăng, còn hạn"),
            "overdue": _("Chưa đăng, quá hạn"),
        }[self.state]


def clock_for(
    document,
    days: int,
    today: date,
    days_off: dict[date, bool] | None = None,
) -> Clock:
    """The clock of one document (issued_on required)."""
    due = add_working_days(document.issued_on, days, days_off)
    published = (
        timezone.localtime(document.published_at).date()
        if document.live and document.published_at
        else None
    )
    if published is not None:
        late = max(0, working_days_between(due, published, days_off))
        return Clock(document, due, published, late, "late" if late else "on-time")
    late = max(0, working_days_between(due, today, days_off))
    return Clock(document, due, None, late, "overdue" if late else "due")


def start_date(tenant, policy) -> date | None:
    """Clocks start at the later of the policy's and the tenant's go-live dates."""
    dates = [d for d in (getattr(policy, "go_live_on", None), tenant.go_live_on) if d]
    return max(dates) if dates else None


@dataclass
class Report:
    clocks: list[Clock]
    days: dict[str, int | None]
    since: date | None

    @property
    def published(self) -> list[Clock]:
        return [c for c in self.clocks if c.published_on]

    @property
    def on_time_rate(self) -> float | None:
        done = self.published
        if not done:
            return None
        return sum(c.state == "on-time" for c in done) / len(done)

    def count(self, state: str) -> int:
        return sum(c.state == state for c in self.clocks)

    @property
    def summary(self) -> list[tuple[str, str, int]]:
        labels = {
            "on-time": _("Đúng hạn"),
            "late": _("Đăng chậm"),
            "due": _("Chưa đăng, còn hạn"),
            "overdue": _("Chưa đăng, quá hạn"),
        }
        return [(s, labels[s], self.count(s)) for s in labels]


def build_report(tenant, today: date | None = None) -> Report:
    """Clocks of the tenant's own documents and the shared ones, from go-live on."""
    from plugins.documents.models import Document
    from plugins.documents_shared.models import SharedDocument

    today = today or timezone.localdate()
    policy = tenant.policy
    days: dict[str, int | None] = {}
    if policy is not None:
        for key in set(POLICY_KEYS.values()):
            deadline = policy.deadline(key)
            days[key] = (
                deadline.working_days
                if deadline and deadline.enabled and not deadline.immediate
                else (0 if deadline and deadline.immediate else None)
            )
    since = start_date(tenant, policy)
    days_off = working_day_overrides()
    clocks: list[Clock] = []
    for model in (Document, SharedDocument):
        rows = model.objects.filter(issued_on__isnull=False).defer(
            "full_text", "search_vector", "search_head", "search_exact"
        )
        if since:
            rows = rows.filter(issued_on__gte=since)
        for doc in rows.order_by("issued_on"):
            n = days.get(POLICY_KEYS.get(doc.level, "documents_town"))
            if n is None:
                continue
            doc.is_shared = model is SharedDocument
            clocks.append(clock_for(doc, n, today, days_off))
    return Report(clocks, days, since)


def report_view(request):
    """Admin page: what is due, what is late and by how much, the on-time rate."""
    tenant = getattr(request, "tenant", None) or connection.tenant
    report = build_report(tenant)
    return render(
        request,
        "documents/admin/deadlines.html",
        {
            "report": report,
            "tenant": tenant,
            "rate": None
            if report.on_time_rate is None
            else round(report.on_time_rate * 100, 1),
        },
    )
