"""Tenant-aware django-q2 tasks (DESIGN §4).

- ``pre_enqueue`` stamps the schema of the enqueuing connection on the task;
- ``pre_execute`` (in the worker) activates that tenant, and its admin base URL;
- ``post_execute_in_worker`` puts the connection back where it was (``post_execute``
  runs in the monitor process, too late and in the wrong process).

Periodic jobs are one django-q2 ``Schedule`` each, calling :func:`for_each_tenant`,
which queues one task per tenant: a failure in one ward never stops another, and
every run happens inside exactly one schema.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.dispatch import receiver
from django_q.signals import post_execute_in_worker, pre_enqueue, pre_execute

logger = logging.getLogger("portal.tasks")

SCHEMA_KEY = "tenant_schema"
_PREVIOUS_KEY = "_previous_schema"


@receiver(pre_enqueue, dispatch_uid="tenants.stamp_schema")
def stamp_schema(sender, task: dict, **kwargs) -> None:
    """Carry the enqueuing schema with the task (an explicit one wins)."""
    task.setdefault(SCHEMA_KEY, connection.schema_name)


def _activate(schema: str) -> None:
    from tenants.models import Tenant

    if schema == "public":
        connection.set_schema_to_public()
    else:
        connection.set_schema_to_public()
        tenant = Tenant.objects.get(schema_name=schema)
        connection.set_tenant(tenant)
        settings.WAGTAILADMIN_BASE_URL = tenant.base_url()
    # content-type ids differ between schemas and Django caches them per process
    ContentType.objects.clear_cache()


@receiver(pre_execute, dispatch_uid="tenants.activate_schema")
def activate_schema(sender, func, task: dict, **kwargs) -> None:
    task[_PREVIOUS_KEY] = connection.schema_name
    previous_tenant = getattr(connection, "tenant", None)
    task["_previous_tenant_pk"] = getattr(previous_tenant, "pk", None)
    schema = task.get(SCHEMA_KEY) or "public"
    try:
        _activate(schema)
    except Exception:  # the tenant vanished: run nowhere rather than elsewhere
        logger.exception("task %s: tenant schema %r not found", task.get("id"), schema)
        connection.set_schema_to_public()


@receiver(post_execute_in_worker, dispatch_uid="tenants.reset_schema")
def reset_schema(sender, func, task: dict, **kwargs) -> None:
    """Back to the schema the worker had (public in a cluster; the caller's when
    the task ran synchronously)."""
    previous = task.pop(_PREVIOUS_KEY, "public")
    task.pop("_previous_tenant_pk", None)
    try:
        _activate(previous)
    except Exception:
        connection.set_schema_to_public()


def tenant_schemas(plugin: str | None = None) -> list[str]:
    """Schemas of the active unit tenants (those with ``plugin`` enabled)."""
    from core.plugins.state import is_enabled
    from tenants.models import Tenant

    found = []
    for tenant in Tenant.objects.exclude(schema_name="public").filter(is_active=True):
        if plugin is None or is_enabled(plugin, tenant):
            found.append(tenant.schema_name)
    return found


def for_each_tenant(func: str, *args, plugin: str | None = None, **kwargs) -> int:
    """Periodic entry point: queue ``func`` once per tenant, stamped with it.

    ``plugin`` restricts the run to tenants where the plugin is enabled.
    """
    from django_q.tasks import async_task
    from django_tenants.utils import schema_context

    queued = 0
    for schema in tenant_schemas(plugin):
        with schema_context(schema):
            async_task(
                func, *args, q_options={"task_name": f"{func}@{schema}"}, **kwargs
            )
        queued += 1
    return queued


# (function, schedule type, minutes, plugin): the periodic jobs of the platform.
PERIODIC_JOBS: list[tuple[str, str, int | None, str | None]] = [
    ("core.outbox.service.sweep", "I", 5, None),
]


def register_periodic(func: str, schedule_type: str, minutes: int | None, plugin):
    """Add a periodic per-tenant job (plugins call this from ``ready()``)."""
    job = (func, schedule_type, minutes, plugin)
    if job not in PERIODIC_JOBS:
        PERIODIC_JOBS.append(job)


def ensure_schedules() -> list[str]:
    """Create or update one django-q2 Schedule per periodic job (public schema)."""
    from django_q.models import Schedule
    from django_tenants.utils import schema_context

    changed = []
    with schema_context("public"):
        for func, schedule_type, minutes, plugin in PERIODIC_JOBS:
            name = f"per-tenant:{func}"
            values = {
                "func": "tenants.tasks.for_each_tenant",
                "args": repr(func) + ",",
                "kwargs": repr({"plugin": plugin}),
                "schedule_type": schedule_type,
                "minutes": minutes,
            }
            obj, created = Schedule.objects.get_or_create(name=name, defaults=values)
            if created:
                changed.append(name)
            elif any(getattr(obj, k) != v for k, v in values.items()):
                for key, value in values.items():
                    setattr(obj, key, value)
                obj.save()
                changed.append(name)
    return changed
