"""Out-of-range page and year parameters; the shared seed loads only central (and
own-province) documents with one form of each authority; the town record's text."""

from __future__ import annotations

import json

import pytest
from django.conf import settings
from django_tenants.utils import tenant_context

from core.plugins.seed import SeedContext
from plugins.documents.models import Document, DocumentRelation
from plugins.documents_shared.models import SharedDocument
from plugins.documents_shared.seed import normalise_authority, seed_shared

pytestmark = pytest.mark.django_db

API = "/api/v1/documents/"
HUGE = "99999999999999999999"
SITE_DIR = settings.BASE_DIR / "sites" / "duyenhai"
CORPUS = SITE_DIR / "data" / "documents" / "documents.jsonl"


def _definition():
    from tenants.provisioning.definition import load

    return load(SITE_DIR)


def test_huge_page_number_shows_the_last_page_with_a_note(portal_client):
    client = portal_client("txdh")
    response = client.get("/van-ban/", {"trang": HUGE})
    assert response.status_code == 200
    html = response.content.decode()
    assert "đang hiển thị trang cuối" in html
    assert 'aria-current="page"' in html or "văn bản" in html

    response = client.get(API, {"page": HUGE})
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["page"] == data["pages"]
    assert data["results"]
    assert "trang cuối" in data["message"]


def test_page_beyond_the_last_of_a_search_shows_the_last_page(portal_client):
    client = portal_client("txdh")
    data = client.get(API, {"q": "quyet dinh ban hanh quy che", "page": 500}).json()
    assert data["page"] == data["pages"] and data["results"]


@pytest.mark.parametrize("year", ["-1", "0", "1800", "2101", HUGE])
def test_api_year_outside_the_sane_range_is_refused_in_vietnamese(portal_client, year):
    response = portal_client("txdh").get(API, {"year": year})
    assert response.status_code == 400, response.content
    detail = response.json()["detail"]
    assert "year" in detail and "1945" in detail and "2100" in detail


def test_html_year_outside_the_range_is_ignored_with_a_linked_message(
    portal_client,
):
    response = portal_client("txdh").get("/van-ban/", {"nam": "-1", "nguon": "local"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_nam-err"' in html
    assert 'aria-describedby="id_nam-err"' in html
    # only the invalid year is ignored: the valid "local" filter still applies
    assert "22/19 QĐ-UBND" in html
    assert 'class="badge"' not in html
    response = portal_client("txdh").get("/van-ban/", {"nam": HUGE})
    assert response.status_code == 200
    assert 'aria-describedby="id_nam-err"' in response.content.decode()


def test_town_decision_full_text_has_no_markdown_bold(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        doc = Document.objects.get(number="22/19 QĐ-UBND")
    html = portal_client("txdh").get(f"/van-ban/{doc.pk}/").content.decode()
    assert "Ban hành quy chế hoạt động" in html
    assert "**" not in html
    assert "*dae*" in html  # real residue of the source, kept


def test_seed_cleans_a_raw_town_record_once(tenants):
    from plugins.documents.seed import seed

    definition = _definition()
    unit = next(u for u in definition.units if u.slug == "txdh")
    ctx = SeedContext(definition=definition, unit=unit, tenant=tenants["txdh"])
    raw = definition.regulation_file.read_text(encoding="utf-8")
    with tenant_context(tenants["txdh"]):
        Document.objects.filter(number="22/19 QĐ-UBND").update(full_text=raw)
        assert len(list(seed(ctx))) == 1
        text = Document.objects.get(number="22/19 QĐ-UBND").full_text
        assert "**" not in text and "*dae*" in text
        assert text.split() == raw.replace("**", "").split()
        assert list(seed(ctx)) == []


def _corpus() -> list[dict]:
    with open(CORPUS, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_shared_registry_holds_no_other_province_documents(portal_client):
    client = portal_client("phuong-1")
    for authority in ("Gia Lai", "Hà Nội", "Hồ Chí Minh", "Sơn La", "Nam Định"):
        data = client.get(API, {"authority": authority, "scope": "shared"}).json()
        numbers = [r["number"] for r in data["results"]]
        assert data["total"] == 0 or all(
            r["level"] == "central" for r in data["results"]
        ), (authority, numbers)
    province_rows = [r for r in _corpus() if r["level"] == "tinh"]
    assert province_rows  # the data file is kept as it is
    assert not SharedDocument.objects.filter(
        source_id__in=[r["id"] for r in province_rows]
    ).exists()
    central = [r for r in _corpus() if r["level"] == "trung-uong"]
    assert SharedDocument.objects.filter(
        source_id__in=[r["id"] for r in central]
    ).count() == len(central)


def test_authority_names_have_one_form(portal_client):
    assert normalise_authority("CHÍNH PHỦ") == "Chính phủ"
    assert normalise_authority("Chính phủ") == "Chính phủ"
    assert (
        normalise_authority("B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI")
        == "Bộ Lao động - Thương binh và Xã hội"
    )
    assert (
        normalise_authority("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI")
        == "Bộ Lao động - Thương binh và Xã hội"
    )
    # not a known name once joined: left as printed
    assert normalise_authority("BỘ TÀI CHÍNH TỔNG CỤC THUẾ") == (
        "BỘ TÀI CHÍNH TỔNG CỤC THUẾ"
    )
    names = set(SharedDocument.objects.values_list("authority", flat=True))
    assert "CHÍNH PHỦ" not in names and "Chính phủ" in names
    assert not any("B Ộ" in n for n in names)
    data = portal_client("txdh").get(API, {"authority": "Chính phủ"}).json()
    assert {r["authority"] for r in data["results"]} <= {
        "Chính phủ",
        "Thủ tướng Chính phủ",
        "Văn phòng Chính phủ",
    }


def test_reseed_removes_other_province_rows_and_their_relations(tenants):
    ctx = SeedContext(definition=_definition(), unit=None, tenant=None)
    row = next(r for r in _corpus() if r["level"] == "tinh")
    stale = SharedDocument(
        source_id=row["id"],
        doc_type="quyet-dinh",
        number="1/QĐ-UBND",
        level="province",
        authority=row["authority"],
        summary="Văn bản tỉnh khác",
    )
    stale.save()
    SharedDocument.objects.filter(authority="Chính phủ").update(authority="CHÍNH PHỦ")
    with tenant_context(tenants["phuong-1"]):
        local = Document.objects.create(
            doc_type="quyet-dinh", authority="UBND Phường 1", summary="Mẫu"
        )
        DocumentRelation.objects.create(
            source=local, kind="guides", target_shared_id=stale.pk
        )
    messages = list(seed_shared(ctx))
    assert len(messages) == 2, messages
    assert not SharedDocument.objects.filter(pk=stale.pk).exists()
    assert not SharedDocument.objects.filter(authority="CHÍNH PHỦ").exists()
    with tenant_context(tenants["phuong-1"]):
        assert not DocumentRelation.objects.filter(target_shared_id=stale.pk).exists()
    assert list(seed_shared(ctx)) == []


def test_only_central_and_own_province_records_are_loaded():
    from plugins.documents_shared.seed import loaded

    def row(level, authority, province=None):
        return {"level": level, "authority": authority, "province": province}

    assert loaded(row("trung-uong", "CHÍNH PHỦ"), "Trà Vinh")
    assert not loaded(
        row("tinh", "UỶ BAN NHÂN DÂN TỈNH GIA LAI", "Gia Lai"), "Trà Vinh"
    )
    assert not loaded(
        row("tinh", "ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH"), "Trà Vinh"
    )
    assert loaded(row("tinh", "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", "Trà Vinh"), "Trà Vinh")
    assert loaded(row("tinh", "ỦY BAN NHÂN DÂN TỈNH TR À VINH"), "Trà Vinh")
    assert not loaded(row("huyen", "Ủy ban nhân dân thị xã Duyên Hải"), "Trà Vinh")
