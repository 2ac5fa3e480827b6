"""Public pages, downloads, API filters, zero-result advice, OpenAPI, model checks."""

from __future__ import annotations

from datetime import date
from urllib.parse import unquote

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tenants.utils import tenant_context

from plugins.documents.models import Document, DocumentFile, DocumentRelation
from plugins.documents.tests.helpers import make_pdf
from plugins.documents_shared.models import SharedDocument

pytestmark = pytest.mark.django_db
API = "/api/v1/documents/"


def _doc(**kw) -> Document:
    values = dict(doc_type="quyet-dinh", authority="UBND Phường 1", summary="Mẫu")
    values.update(kw)
    doc = Document(**values)
    doc.full_clean()
    doc.save()
    return doc


def test_api_filters(portal_client, tenants):
    with tenant_context(tenants["phuong-1"]):
        _doc(
            number="1/QĐ-UBND",
            summary="Về đê biển",
            issued_on=date(2024, 3, 1),
            sector="Thủy lợi",
        )
        _doc(
            number="2/KH-UBND",
            doc_type="ke-hoach",
            summary="Kế hoạch đê biển",
            issued_on=date(2025, 3, 1),
        )
        _doc(
            number="3/QĐ-UBND",
            summary="Bãi bỏ đê biển cũ",
            issued_on=date(2023, 1, 2),
            expiry_on=date(2024, 1, 1),
        )
    client = portal_client("phuong-1")

    def numbers(**params):
        data = client.get(API, {"q": "de bien", "scope": "local", **params}).json()
        return sorted(r["number"] for r in data["results"])

    assert numbers() == ["1/QĐ-UBND", "2/KH-UBND", "3/QĐ-UBND"]
    assert numbers(type="ke-hoach") == ["2/KH-UBND"]
    assert numbers(year=2024) == ["1/QĐ-UBND"]
    assert numbers(status="expired") == ["3/QĐ-UBND"]
    assert numbers(sector="thủy lợi") == ["1/QĐ-UBND"]
    assert numbers(authority="Phường 1") == ["1/QĐ-UBND", "2/KH-UBND", "3/QĐ-UBND"]
    by_date = client.get(API, {"q": "de bien", "scope": "local", "sort": "date"}).json()
    assert [r["number"] for r in by_date["results"]] == [
        "2/KH-UBND",
        "1/QĐ-UBND",
        "3/QĐ-UBND",
    ]
    assert client.get(API, {"type": "khong-co"}).status_code == 400


def test_zero_results_explain_and_suggest_removing_filters(portal_client):
    data = (
        portal_client("phuong-1")
        .get(API, {"q": "khong co van ban nao nhu the", "year": 1990})
        .json()
    )
    assert data["total"] == 0
    assert "khong co van ban nao nhu the" in data["message"]
    assert "bỏ bớt bộ lọc" in data["message"]
    page = portal_client("phuong-1").get(
        "/van-ban/", {"q": "khong co van ban nao", "nam": "1990"}
    )
    html = page.content.decode()
    assert "Hãy bỏ bớt bộ lọc" in html and "Đã tìm các từ" in html


def test_search_page_lists_results_and_section_children(portal_client):
    response = portal_client("txdh").get(
        "/van-ban/", {"q": "quyet dinh ban hanh quy che"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="vi">' in html
    assert "22/19 QĐ-UBND" in html
    assert 'href="/van-ban/quy-che-hoat-dong/"' in html  # the section's child page
    bad = portal_client("txdh").get("/van-ban/", {"nam": "abc"}).content.decode()
    assert 'aria-describedby="id_nam-err"' in bad and 'id="id_nam-err"' in bad


def test_detail_shows_relations_both_ways_and_downloads(portal_client, tenants):
    with tenant_context(tenants["phuong-1"]):
        old = _doc(number="10/QĐ-UBND", summary="Quy định cũ")
        new = _doc(number="20/QĐ-UBND", summary="Quy định mới")
        shared = SharedDocument.objects.get(number="43/2011/NĐ-CP")
        DocumentRelation.objects.create(source=new, kind="replaces", target=old)
        DocumentRelation.objects.create(source=new, kind="guides", target_shared=shared)
        upload = SimpleUploadedFile("Quyết định số 20.pdf", make_pdf("Quy định mới"))
        item = DocumentFile(document=new, file=upload)
        item.full_clean(exclude=["document"])
        item.save()
        old.refresh_from_db()
        assert old.status() == "expired"
        gone = DocumentRelation.objects.create(
            source=new, kind="repeals-part", target=old
        )
        gone.delete()
        old.refresh_from_db()
        assert old.status() == "expired"  # still replaced
        new.refresh_from_db()
        assert "Quy định mới" in new.full_text  # the file's text feeds search
    client = portal_client("phuong-1")
    html = client.get(f"/van-ban/{old.pk}/").content.decode()
    assert "Bị thay thế bởi" in html and f"/van-ban/{new.pk}/" in html
    html = client.get(f"/van-ban/{new.pk}/").content.decode()
    assert "Thay thế" in html and f"/van-ban/{old.pk}/" in html
    assert f"/van-ban/tw/{shared.pk}/" in html
    html = client.get(f"/van-ban/tw/{shared.pk}/").content.decode()
    assert "Được hướng dẫn bởi" in html and f"/van-ban/{new.pk}/" in html
    response = client.get(f"/van-ban/{new.pk}/tep/{item.pk}/")
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="quyet-dinh-so-20.pdf"')
    assert unquote(disposition.split("UTF-8''")[1]) == "Quyết định số 20.pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    # another ward: same id does not exist there
    assert portal_client("phuong-2").get(f"/van-ban/{new.pk}/").status_code == 404


def test_record_checks_name_field_and_fix(tenants):
    with tenant_context(tenants["phuong-1"]):
        with pytest.raises(ValidationError) as exc:
            _doc(
                number="22/19 QĐ-UBND",
                issued_on=date(2021, 10, 6),
                effective_on=date(2021, 10, 1),
            )
        errors = exc.value.message_dict
        assert "trước ngày ban hành" in errors["effective_on"][0]
        assert "không theo mẫu" in errors["number_acknowledged"][0]
        assert not Document.objects.filter(number="22/19 QĐ-UBND").exists()
        doc = _doc(number="22/19 QĐ-UBND", number_acknowledged=True)
        assert doc.pk


def test_openapi_lists_documents_route(portal_client):
    schema = portal_client("txdh").get("/api/v1/openapi.json").json()
    assert "/api/v1/documents/" in schema["paths"]
    params = {
        p["name"] for p in schema["paths"]["/api/v1/documents/"]["get"]["parameters"]
    }
    assert {
        "q",
        "type",
        "authority",
        "sector",
        "year",
        "status",
        "sort",
        "page",
    } <= params


def test_same_file_names_in_two_wards_stay_apart(portal_client, tenants):
    """Same document ids and file names in two tenants: each host serves its own."""
    ids = {}
    for slug in ("phuong-1", "phuong-2"):
        with tenant_context(tenants[slug]):
            doc = _doc(
                number="1/TB-UBND", doc_type="thong-bao", summary=f"Thông báo {slug}"
            )
            item = DocumentFile(
                document=doc,
                file=SimpleUploadedFile("Thông báo.pdf", make_pdf(f"Nội dung {slug}")),
            )
            item.save()
            ids[slug] = (doc.pk, item.pk, item.file.path)
    assert ids["phuong-1"][2] != ids["phuong-2"][2]
    for slug in ("phuong-1", "phuong-2"):
        pk, file_pk, _path = ids[slug]
        body = b"".join(
            portal_client(slug).get(f"/van-ban/{pk}/tep/{file_pk}/").streaming_content
        )
        other = "phuong-2" if slug == "phuong-1" else "phuong-1"
        from plugins.documents_shared.extract import extract

        text = extract("pdf", body).text
        assert f"Nội dung {slug}" in text and other not in text
