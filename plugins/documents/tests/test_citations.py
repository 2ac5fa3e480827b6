"""Citations link to registry entries when rendering; nothing is stored as HTML."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django_tenants.utils import tenant_context

from core.citations import find_citations
from core.plugins.state import set_enabled
from plugins.documents.models import Document
from plugins.documents_shared.models import SharedDocument

pytestmark = pytest.mark.django_db


def _render(text: str) -> str:
    return Template("{% load citations %}{{ text|link_citations }}").render(
        Context({"text": text})
    )


def test_find_citations_parses_numbers():
    found = find_citations(
        "theo Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 và Quyết định số "
        "3249/QĐ-UBND; Thông tư 32/2017/TT-BTTTT."
    )
    assert [c.number for c in found] == [
        "43/2011/NĐ-CP",
        "3249/QĐ-UBND",
        "32/2017/TT-BTTTT",
    ]
    assert found[1].key == "3249-qd-ubnd"


def test_filter_links_known_and_leaves_unknown(tenants):
    with tenant_context(tenants["txdh"]):
        local = Document.objects.get(number="22/19 QĐ-UBND")
        shared = SharedDocument.objects.get(number="43/2011/NĐ-CP")
        html = _render(
            "Theo Nghị định số 43/2011/NĐ-CP, Quyết định số 3249/QĐ-UBND và "
            "Nghị định số 999/2099/NĐ-CP <script>"
        )
    assert f'href="/van-ban/tw/{shared.pk}/"' in html
    assert f'href="/van-ban/{local.pk}/"' in html
    assert "999/2099/NĐ-CP</a>" not in html  # not in the registry: no link
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_ward_does_not_link_to_town_documents(tenants):
    with tenant_context(tenants["phuong-1"]):
        html = _render("Quyết định số 3249/QĐ-UBND")
    assert "<a" not in html


def test_disabled_plugin_leaves_citations_unlinked(tenants):
    tenant = tenants["phuong-2"]
    set_enabled(tenant, "documents", False)
    try:
        with tenant_context(tenant):
            tenant._portal_enabled_plugins = None
            del tenant._portal_enabled_plugins
            html = _render("Nghị định số 43/2011/NĐ-CP")
        assert "<a" not in html
    finally:
        set_enabled(tenant, "documents", True)


def test_regulation_page_links_its_citations(portal_client, tenants):
    """The regulation published in full links Nghị định 43/2011 to the registry."""
    with tenant_context(tenants["txdh"]):
        shared = SharedDocument.objects.get(number="43/2011/NĐ-CP")
    response = portal_client("txdh").get("/van-ban/quy-che-hoat-dong/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<a class="citation" href="/van-ban/tw/{shared.pk}/"' in html
    local_link = response.content.decode().count('class="citation" href="/van-ban/')
    assert local_link >= 2  # 43/2011 in Điều 4 and 3249/QĐ-UBND in the annex line
