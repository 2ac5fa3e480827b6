"""New tenants are cloned from the migrated template schema (DESIGN §4)."""

import pytest
from django.db import connection
from django_tenants.utils import schema_context

from tenants.models import Tenant
from tenants.template import TemplateSchemaError, check_template

pytestmark = pytest.mark.django_db


def _schemas() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT schema_name FROM information_schema.schemata")
        return {r[0] for r in cursor.fetchall()}


def _migrations(schema: str) -> set[tuple[str, str]]:
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT app, name FROM "{schema}".django_migrations')
        return set(cursor.fetchall())


def _new_tenant(schema: str) -> Tenant:
    tenant = Tenant(
        schema_name=schema, slug=schema.replace("_", "-"), name=schema, kind="commune"
    )
    tenant.save()
    return tenant


def test_a_new_tenant_is_a_clone_of_the_template():
    """A marker row put in the template shows up in the new schema: cloned, not
    migrated (migrations would not create it)."""
    assert check_template() is None
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO tenant_template.taggit_tag (name, slug) "
            "VALUES ('dấu mẫu', 'dau-mau')"
        )
    _new_tenant("thu_clone")
    assert "thu_clone" in _schemas()
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM thu_clone.taggit_tag WHERE slug = 'dau-mau'")
        assert cursor.fetchone() == ("dấu mẫu",)
    assert _migrations("thu_clone") == _migrations("tenant_template")
    with schema_context("thu_clone"):
        from wagtail.models import Page

        assert Page.objects.filter(depth=1).count() == 1


def test_missing_template_is_an_error_not_a_silent_migration():
    with connection.cursor() as cursor:
        cursor.execute("ALTER SCHEMA tenant_template RENAME TO tenant_template_cat")
    assert "Chưa có lược đồ mẫu" in check_template()
    with pytest.raises(TemplateSchemaError, match="portal template"):
        _new_tenant("thu_thieu_mau")
    assert "thu_thieu_mau" not in _schemas()


def test_stale_template_is_an_error():
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM tenant_template.django_migrations "
            "WHERE app = 'core' AND name = '0001_initial'"
        )
    problem = check_template()
    assert "core.0001_initial" in problem
    with pytest.raises(TemplateSchemaError):
        _new_tenant("thu_cu")
    assert "thu_cu" not in _schemas()


def test_portal_template_command_reports_up_to_date(capsys):
    from django.core.management import call_command

    call_command("portal", "template")
    assert "đã mới nhất" in capsys.readouterr().out
