"""django-q2 tasks carry, activate and reset the tenant schema (DESIGN §4)."""

from __future__ import annotations

import pytest
from django.db import connection
from django_q.models import OrmQ
from django_q.signing import SignedPackage
from django_q.tasks import async_task
from django_tenants.utils import schema_context

from tenants.tasks import SCHEMA_KEY, for_each_tenant, tenant_schemas

pytestmark = pytest.mark.django_db

SEEN: list[tuple[str, str]] = []


def record_schema(label: str = "") -> str:
    """Task body used by the tests: note where it ran."""
    SEEN.append((label, connection.schema_name))
    return connection.schema_name


def test_enqueue_stamps_the_schema_of_the_request(tenants):
    with schema_context("phuong_2"):
        async_task("tenants.tests.test_tasks.record_schema", "x")
    payload = SignedPackage.loads(OrmQ.objects.order_by("-pk").first().payload)
    assert payload[SCHEMA_KEY] == "phuong_2"


def test_a_task_runs_in_its_tenant_and_the_worker_is_reset(tenants):
    """Enqueued in Phường 1 and executed from the public schema: it runs in
    Phường 1; afterwards the connection is back where it was."""
    SEEN.clear()
    with schema_context("phuong_1"):
        async_task("tenants.tests.test_tasks.record_schema", "one", sync=True)
        assert connection.schema_name == "phuong_1"
    assert connection.schema_name == "public"
    assert SEEN == [("one", "phuong_1")]


def test_periodic_jobs_run_once_per_tenant(tenants):
    SEEN.clear()
    queued = for_each_tenant("tenants.tests.test_tasks.record_schema", "p", sync=True)
    schemas = sorted(t.schema_name for t in tenants.values() if t.is_active)
    assert queued == len(schemas) > 2
    assert sorted(s for _, s in SEEN) == schemas
    assert connection.schema_name == "public"


def test_plugin_filter_skips_tenants_where_it_is_disabled(tenants):
    from core.plugins.state import set_enabled

    set_enabled(tenants["phuong-1"], "sample", False)
    assert "phuong_1" not in tenant_schemas("sample")
    assert "phuong_2" in tenant_schemas("sample")


def test_periodic_jobs_are_one_schedule_each_dispatching_per_tenant(tenants):
    from django_q.models import Schedule

    from tenants.tasks import ensure_schedules

    created = ensure_schedules()
    assert "per-tenant:core.outbox.service.sweep" in created
    assert ensure_schedules() == []  # idempotent
    sweep = Schedule.objects.get(name="per-tenant:core.outbox.service.sweep")
    assert sweep.func == "tenants.tasks.for_each_tenant"
    from django.conf import settings

    if "qa" in {m.key for m in settings.PLUGINS}:
        daily = Schedule.objects.get(name="per-tenant:plugins.qa.tasks.daily")
        assert daily.schedule_type == Schedule.DAILY and "'qa'" in daily.kwargs
