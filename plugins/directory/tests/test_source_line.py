"""Citizens see a readable source for a unit's record, never an internal file name."""

from __future__ import annotations

import pytest
from django.conf import settings
from django_tenants.utils import tenant_context

from core.plugins.seed import SeedContext
from plugins.directory.models import AgencyUnit
from plugins.directory.seed import OLD_SOURCE, seed
from tenants.provisioning.bootstrap import load_checked

pytestmark = pytest.mark.django_db


def test_ward_directory_names_the_establishing_resolution(portal_client):
    html = portal_client("phuong-1").get("/danh-ba/").content.decode()
    assert "Nghị quyết số 934/NQ-UBTVQH13 ngày 15/5/2015" in html
    assert "site.toml" not in html
    assert "Định nghĩa trang" not in html


def test_reseed_replaces_the_internal_note_once(portal_client, tenants):
    definition = load_checked(settings.BASE_DIR / "sites" / "duyenhai")
    unit = next(u for u in definition.units if u.slug == "phuong-2")
    ctx = SeedContext(definition=definition, unit=unit, tenant=tenants["phuong-2"])
    with tenant_context(tenants["phuong-2"]):
        record = AgencyUnit.objects.get(name="Ủy ban nhân dân Phường 2")
        record.source_note = OLD_SOURCE
        record.save()
        record.save_revision().publish()
        assert len(list(seed(ctx))) == 1
        assert list(seed(ctx)) == []
    html = portal_client("phuong-2").get("/danh-ba/").content.decode()
    assert "934/NQ-UBTVQH13" in html and "site.toml" not in html
