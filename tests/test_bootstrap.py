"""``portal bootstrap``: idempotent; an invalid definition changes nothing."""

import shutil
import tomllib
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from conftest import SITE_DIR
from tenants.models import Domain, EditorialPolicy, PluginState, Tenant
from tenants.provisioning.bootstrap import bootstrap

pytestmark = pytest.mark.django_db

VALID_UNIT = """
[[units]]
slug = "xa-moi"
schema = "xa_moi"
kind = "commune"
name = "Xã Mới"
parent = "txdh"
[units.domains]
local = ["xa-moi.localhost"]
"""


def _database_state() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT schema_name FROM information_schema.schemata")
        schemas = sorted(r[0] for r in cursor.fetchall())
    return {
        "schemas": schemas,
        "tenants": list(
            Tenant.objects.order_by("pk").values_list("schema_name", "name")
        ),
        "domains": sorted(Domain.objects.values_list("domain", "tenant_id")),
        "policies": EditorialPolicy.objects.count(),
        "plugins": PluginState.objects.count(),
    }


def _definition(tmp_path: Path, extra: str = "", replace: tuple = ()) -> Path:
    """A copy of the real definition with ``extra`` appended / text replaced."""
    target = tmp_path / "site"
    shutil.copytree(SITE_DIR, target)
    path = target / "site.toml"
    text = path.read_text(encoding="utf-8")
    for old, new in replace:
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text + extra, encoding="utf-8")
    return target


def test_second_bootstrap_changes_nothing_and_says_so():
    """The session already ran the bootstrap once: a second run changes nothing."""
    before = _database_state()
    out = StringIO()
    call_command("portal", "bootstrap", str(SITE_DIR), stdout=out)
    assert "Không có thay đổi" in out.getvalue()
    assert _database_state() == before
    assert bootstrap(SITE_DIR).changes == []


def test_definition_matches_the_regulation_numbers():
    """The policy numbers in site.toml are the ones the regulation text states."""
    from core.legaltext import parse_regulation, update_deadlines

    data = tomllib.loads((SITE_DIR / "site.toml").read_text(encoding="utf-8"))
    parsed = parse_regulation(
        (SITE_DIR / data["site"]["regulation"]).read_text(encoding="utf-8")
    )
    stated = {d.key: d.days for d in update_deadlines(parsed)}
    declared = {
        d["key"]: (None if d.get("immediate") else d["working_days"])
        for d in data["policy"]["deadlines"]
        if d.get("from_regulation", True)
    }
    for key, days in declared.items():
        if key == "consultation":
            assert stated["immediate"] is None
        else:
            assert stated[key] == days, key
    assert stated["question_answer"] == data["policy"]["answer_deadline_days"] == 15


@pytest.mark.parametrize(
    "extra,replace,expected",
    [
        (
            VALID_UNIT.replace('"xa-moi.localhost"', '"phuong-1.localhost"'),
            (),
            [
                "[units xa-moi]",
                "tên miền 'phuong-1.localhost' trùng với units phuong-1",
            ],
        ),
        (
            VALID_UNIT.replace('kind = "commune"', 'kind = "huyen"'),
            (),
            ["[units xa-moi]", "loại đơn vị 'huyen' không hợp lệ", "commune"],
        ),
        (
            VALID_UNIT.replace('name = "Xã Mới"\n', ""),
            (),
            ["[units xa-moi]", "thiếu trường 'name'", "Cách sửa"],
        ),
        (
            VALID_UNIT.replace('parent = "txdh"', 'parent = "khong-co"'),
            (),
            ["[units xa-moi]", "đơn vị cấp trên 'khong-co' không có", "txdh"],
        ),
    ],
    ids=["duplicate-domain", "unknown-kind", "missing-field", "unknown-parent"],
)
def test_invalid_definition_stops_and_leaves_the_database_as_it_was(
    tmp_path, extra, replace, expected
):
    directory = _definition(tmp_path, extra, replace)
    before = _database_state()
    with pytest.raises(CommandError) as error:
        call_command("portal", "bootstrap", str(directory), stdout=StringIO())
    message = str(error.value)
    assert str(directory / "site.toml") in message
    for fragment in expected:
        assert fragment in message
    assert "Cách sửa" in message
    assert _database_state() == before
    assert "xa_moi" not in _database_state()["schemas"]


def test_a_domain_held_by_a_tenant_of_another_definition_is_refused(tmp_path):
    directory = _definition(
        tmp_path,
        replace=(('local = ["phuong-2.localhost"]', 'local = ["txdh.localhost"]'),),
    )
    with pytest.raises(CommandError) as error:
        call_command("portal", "bootstrap", str(directory), stdout=StringIO())
    assert "txdh.localhost" in str(error.value)


def test_broken_toml_names_the_file(tmp_path):
    directory = _definition(tmp_path, extra="[[units]\n")
    with pytest.raises(CommandError) as error:
        call_command("portal", "check-site", str(directory), stdout=StringIO())
    assert "TOML" in str(error.value) and "site.toml" in str(error.value)


def test_a_unit_can_leave_out_sections(tmp_path, django_db_blocker):
    """``without_sections`` drops those categories from one unit only."""
    from django_tenants.utils import schema_context

    from core.models import SectionPage

    extra = VALID_UNIT.replace(
        'parent = "txdh"\n', 'parent = "txdh"\nwithout_sections = [7, 11]\n'
    )
    directory = _definition(tmp_path, extra)
    bootstrap(directory, only_units=["xa-moi"])
    with schema_context("xa_moi"):
        categories = set(SectionPage.objects.values_list("category", flat=True))
    assert 7 not in categories and 11 not in categories
    assert {1, 2, 6, 12} <= categories
    with schema_context("txdh"):
        assert SectionPage.objects.filter(category=7).exists()
