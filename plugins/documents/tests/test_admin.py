"""Admin: documents editable in the tenant admin (with the editor warnings), shared
ones read-only there and editable on the platform host; the deadline report."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django_tenants.utils import schema_context, tenant_context

from plugins.documents.admin_forms import check_pasted
from plugins.documents.models import Document
from plugins.documents_shared.models import SharedDocument

pytestmark = pytest.mark.django_db


def _admin_client(portal_client, slug: str, schema: str):
    with schema_context(schema):
        user = get_user_model().objects.create_superuser(
            f"bt-{slug}", f"bt-{slug}@example.invalid", "x"
        )
        client = portal_client(slug)
        client.force_login(user)  # the session lives in that schema
    return client


def test_tenant_admin_lists_edits_and_reports(portal_client, tenants):
    client = _admin_client(portal_client, "txdh", "txdh")
    with tenant_context(tenants["txdh"]):
        doc = Document.objects.get(number="22/19 QĐ-UBND")
        shared = SharedDocument.objects.get(number="43/2011/NĐ-CP")
    listing = client.get("/admin/van-ban/")
    assert listing.status_code == 200 and "22/19 QĐ-UBND" in listing.content.decode()
    found = client.get("/admin/van-ban/", {"q": "3249 qd ubnd"}).content.decode()
    assert "22/19 QĐ-UBND" in found  # folded search, numbers however typed
    none = client.get("/admin/van-ban/", {"q": "khong co gi nhu vay"}).content.decode()
    assert "22/19 QĐ-UBND" not in none
    edit = client.get(f"/admin/van-ban/edit/{doc.pk}/").content.decode()
    assert "CẢNH BÁO" in edit and "3249/QĐ-UBND" in edit  # the conflict, for editors
    shared_list = client.get("/admin/van-ban-chung/")
    assert shared_list.status_code == 200
    assert client.get(f"/admin/van-ban-chung/edit/{shared.pk}/").status_code in (
        302,
        403,
    )
    report = client.get("/admin/han-dang-van-ban/")
    assert (
        report.status_code == 200 and "Tỷ lệ đăng đúng hạn" in report.content.decode()
    )


def test_editor_warnings_hidden_from_citizens(portal_client, tenants):
    with tenant_context(tenants["txdh"]):
        doc = Document.objects.get(number="22/19 QĐ-UBND")
    public = portal_client("txdh").get(f"/van-ban/{doc.pk}/").content.decode()
    assert "CẢNH BÁO" not in public and "3249/QĐ-UBND" in public
    editor = _admin_client(portal_client, "txdh", "txdh")
    assert "CẢNH BÁO" in editor.get(f"/van-ban/{doc.pk}/").content.decode()


def test_platform_admin_edits_shared_documents(portal_client, tenants):
    client = _admin_client(portal_client, "platform", "public")
    with schema_context("public"):
        shared = SharedDocument.objects.get(number="43/2011/NĐ-CP")
    url = "/quan-tri/documents_shared/shareddocument/"
    assert client.get(url).status_code == 200
    assert client.get(f"{url}{shared.pk}/change/").status_code == 200


def test_pasted_legacy_text_is_converted_or_questioned():
    sure = (
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. "
        "Quy chÕ thùc hiÖn d©n chñ ë x·, ph­êng vµ thÞ trÊn."
    )
    value, message, proposal = check_pasted(sure)
    assert proposal is None and message and "Cộng hoà xã hội chủ nghĩa" in value
    value, message, proposal = check_pasted("Céng hoµ")
    assert value == "Céng hoµ" and proposal and "Cộng hoà" in proposal


def test_admin_import_upload_dry_run_then_real(portal_client, tenants):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = _admin_client(portal_client, "long-toan", "long_toan")
    csv_text = (
        "loai,so_ky_hieu,co_quan_ban_hanh,trich_yeu\n"
        "Quyết định,7/QĐ-UBND,UBND xã Long Toàn,Về việc thử\n"
        "Giấy mời,8/GM-UBND,UBND xã Long Toàn,Họp\n"
    ).encode()
    response = client.post(
        "/admin/nhap-van-ban/",
        {"file": SimpleUploadedFile("vb.csv", csv_text), "dry_run": "on"},
    )
    html = response.content.decode()
    assert "Dòng 3, cột loai" in html and "không ghi gì" in html
    good = csv_text.rsplit(b"\n", 2)[0] + b"\n"
    with override_settings(DOCUMENTS_IMPORT_SYNC=True):
        response = client.post(
            "/admin/nhap-van-ban/", {"file": SimpleUploadedFile("vb.csv", good)}
        )
    assert response.status_code == 302
    progress = client.get(response["Location"]).content.decode()
    assert "đã nhập 1 văn bản" in progress
    with tenant_context(tenants["long-toan"]):
        assert Document.objects.filter(number="7/QĐ-UBND").count() == 1


def _form_data(**fields) -> dict:
    data = {
        "doc_type": "quyet-dinh",
        "level": "local",
        "authority": "UBND xã Long Hữu",
        "summary": "Về việc thử nghiệm",
        "full_text": "",
        "live": "on",
        "published_at": "",
    }
    for prefix in ("files", "relations_out"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(fields)
    return data


def test_admin_form_asks_before_unsure_conversion_and_odd_numbers(
    portal_client, tenants
):
    client = _admin_client(portal_client, "long-huu", "long_huu")
    url = "/admin/van-ban/new/"
    odd = client.post(url, _form_data(number="22/19 QĐ-UBND")).content.decode()
    assert "không theo mẫu thông thường" in odd
    unsure = client.post(url, _form_data(signer="Céng hoµ")).content.decode()
    assert "chưa chắc" in unsure and "Cộng hoà" in unsure
    with tenant_context(tenants["long-huu"]):
        assert not Document.objects.exists()
    done = client.post(
        url,
        _form_data(
            number="22/19 QĐ-UBND",
            number_acknowledged="on",
            signer="Céng hoµ",
            legacy_action="apply",
        ),
    )
    assert done.status_code == 302, done.content.decode()[-2000:]
    with tenant_context(tenants["long-huu"]):
        doc = Document.objects.get()
        assert doc.signer == "Cộng hoà" and doc.number == "22/19 QĐ-UBND"


def test_import_progress_page_while_running(portal_client, tenants):
    from django.core.cache import cache

    from plugins.documents.admin_import import _key

    client = _admin_client(portal_client, "long-toan", "long_toan")
    job = "a" * 32
    with tenant_context(tenants["long-toan"]):
        cache.set(_key(job), {"state": "running", "done": 30, "total": 120, "left": 9})
    html = client.get(f"/admin/nhap-van-ban/tien-do/{job}/").content.decode()
    assert '<progress id="import-progress" max="100" value="25">' in html
    assert "30/120" in html and "còn khoảng 9 giây" in html
    assert 'http-equiv="refresh"' in html
    # the same job id on another tenant's host is unknown there
    other = _admin_client(portal_client, "dan-thanh", "dan_thanh")
    assert (
        "Không tìm thấy"
        in other.get(f"/admin/nhap-van-ban/tien-do/{job}/").content.decode()
    )
