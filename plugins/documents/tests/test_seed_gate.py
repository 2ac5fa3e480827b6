"""Seeds are idempotent and real; a disabled plugin answers 404 and hides nothing
else."""

from __future__ import annotations

import json

import pytest
from django.conf import settings
from django_tenants.utils import schema_context, tenant_context

from core.plugins.seed import SeedContext
from core.plugins.state import set_enabled
from plugins.documents.models import Document
from plugins.documents.seed import seed
from plugins.documents_shared.models import SharedDocument
from plugins.documents_shared.seed import seed_shared
from tenants.provisioning.definition import load

pytestmark = pytest.mark.django_db
SITE = settings.BASE_DIR / "sites" / "duyenhai"


def test_seeds_are_idempotent_and_load_the_real_corpus(tenants):
    definition = load(SITE)
    path = SITE / "data" / "documents" / "documents.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    # central documents only: the corpus's province ones are other provinces'
    shared_rows = [r for r in rows if r["level"] == "trung-uong"]
    with schema_context("public"):
        assert list(seed_shared(SeedContext(definition, None, None))) == []
        assert SharedDocument.objects.count() == len(shared_rows)
        numbers = set(SharedDocument.objects.values_list("number", flat=True))
        assert {"43/2011/NĐ-CP", "13/2023/NĐ-CP", "32/2017/TT-BTTTT"} <= numbers
        assert "22/19 QĐ-UBND" not in numbers  # the town's own: in its registry
    town = next(u for u in definition.units if u.slug == "txdh")
    with tenant_context(tenants["txdh"]):
        assert list(seed(SeedContext(definition, town, tenants["txdh"]))) == []
        assert Document.objects.filter(number="22/19 QĐ-UBND").count() == 1


def test_disabled_plugin_answers_404(portal_client, tenants):
    tenant = tenants["hiep-thanh"]
    client = portal_client("hiep-thanh")
    assert client.get("/van-ban/").status_code == 200
    set_enabled(tenant, "documents", False)
    try:
        assert client.get("/van-ban/").status_code == 404
        assert client.get("/api/v1/documents/", {"q": "luat"}).status_code == 404
        schema = client.get("/api/v1/openapi.json").json()
        assert not any(p.startswith("/api/v1/documents/") for p in schema["paths"])
    finally:
        set_enabled(tenant, "documents", True)
