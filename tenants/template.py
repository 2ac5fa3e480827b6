"""The template schema new tenants are cloned from (DESIGN §4).

It is migrated explicitly (``portal template``) and checked against the code before
every clone: a missing or stale template stops tenant creation with an error that
says how to fix it, instead of django-tenants' silent fallback to full migrations.
"""

from __future__ import annotations

from django.conf import settings
from django.db import connection


class TemplateSchemaError(RuntimeError):
    """The template schema is missing or behind the code's migrations."""


FIX = "Chạy `python manage.py portal template` để tạo/cập nhật lược đồ mẫu."


def template_name() -> str:
    return settings.TENANT_BASE_SCHEMA


def _schema_exists(name: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM information_schema.schemata WHERE schema_name = %s", [name]
        )
        return cursor.fetchone() is not None


def pending_migrations(schema: str) -> list[tuple[str, str]]:
    """Migrations of tenant apps that the code has and ``schema`` has not applied."""
    from django.db.migrations.loader import MigrationLoader

    tenant_labels = {_label_for(name) for name in settings.TENANT_APPS}
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT app, name FROM "{schema}".django_migrations'  # noqa: S608
        )
        applied = set(cursor.fetchall())
    loader = MigrationLoader(None, ignore_no_migrations=True)
    missing = [
        key
        for key in loader.graph.nodes
        if key[0] in tenant_labels and key not in applied
    ]
    return sorted(missing)


def _label_for(app_name: str) -> str:
    from django.apps import apps

    for config in apps.get_app_configs():
        if config.name == app_name:
            return config.label
    return app_name.rsplit(".", 1)[-1]


def check_template() -> str | None:
    """A Vietnamese description of what is wrong with the template, or None."""
    name = template_name()
    if not _schema_exists(name):
        return f"Chưa có lược đồ mẫu '{name}'. {FIX}"
    try:
        missing = pending_migrations(name)
    except Exception as exc:  # table missing: a half-made template
        return f"Lược đồ mẫu '{name}' hỏng ({exc}). {FIX}"
    if missing:
        sample = ", ".join(f"{a}.{m}" for a, m in missing[:5])
        return (
            f"Lược đồ mẫu '{name}' còn {len(missing)} migration chưa chạy "
            f"({sample}…). {FIX}"
        )
    return None


def ensure_template(verbosity: int = 0) -> bool:
    """Create and migrate the template schema; return True if anything ran."""
    from django.core.management import call_command
    from django_tenants.utils import schema_context

    name = template_name()
    if not _schema_exists(name):
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE SCHEMA "{name}"')
    elif not pending_migrations(name):
        return False
    with schema_context("public"):
        call_command(
            "migrate_schemas",
            tenant=True,
            schema_name=name,
            interactive=False,
            verbosity=verbosity,
        )
    connection.set_schema_to_public()
    return True
