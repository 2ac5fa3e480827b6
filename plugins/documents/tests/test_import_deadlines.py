"""Bulk import (dry run, all-or-nothing) and the deadline clock across Tết 2026."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tenants.utils import tenant_context

from plugins.documents import importer
from plugins.documents.deadlines import build_report, clock_for
from plugins.documents.models import Document

pytestmark = pytest.mark.django_db

HEADER = "loai,so_ky_hieu,co_quan_ban_hanh,ngay_ban_hanh,ngay_hieu_luc,trich_yeu\n"
GOOD = (
    "Quyết định,101/QĐ-UBND,UBND Phường 2,02/01/2024,02/01/2024,Về việc A\n"
    "Kế hoạch,102/KH-UBND,UBND Phường 2,2024-02-03,,Kế hoạch B\n"
)
BAD = (
    "Quyết định,103/QĐ-UBND,UBND Phường 2,05/01/2024,01/01/2024,Hiệu lực trước\n"
    "Tờ trình,104/TTr-UBND,UBND Phường 2,05/01/2024,,Loại lạ\n"
    "Quyết định,105 QĐ UBND,UBND Phường 2,31/02/2024,,Số lạ, ngày sai\n"
)


def _write(tmp_path, text: str, name: str = "vb.csv"):
    path = tmp_path / name
    path.write_text(HEADER + text, encoding="utf-8")
    return path


def test_dry_run_reports_every_bad_row_and_writes_nothing(tmp_path, tenants):
    path = _write(tmp_path, GOOD + BAD)
    with tenant_context(tenants["phuong-2"]):
        before = Document.objects.count()
        outcome = importer.run(path, dry_run=True)
        assert Document.objects.count() == before
    found = {(e.line, e.column) for e in outcome.errors}
    assert found == {
        (4, "ngay_hieu_luc"),
        (5, "loai"),
        (6, "ngay_ban_hanh"),
    }
    text = "\n".join(str(e) for e in outcome.errors)
    assert "Dòng 5, cột loai" in text and "Tờ trình" in text and "Cách sửa" in text


def test_real_run_is_all_or_nothing(tmp_path, tenants):
    path = _write(tmp_path, GOOD + BAD)
    with pytest.raises(CommandError):
        call_command(
            "documents_import",
            str(path),
            tenant="phuong-2",
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
    with tenant_context(tenants["phuong-2"]):
        assert not Document.objects.filter(number="101/QĐ-UBND").exists()
    ok = _write(tmp_path, GOOD, "ok.csv")
    err = io.StringIO()
    call_command(
        "documents_import", str(ok), tenant="phuong-2", stdout=io.StringIO(), stderr=err
    )
    assert "4/4" in err.getvalue() and "còn khoảng" in err.getvalue()
    with tenant_context(tenants["phuong-2"]):
        doc = Document.objects.get(number="101/QĐ-UBND")
        assert doc.search_vector  # searchable at once
    with tenant_context(tenants["phuong-1"]):
        assert not Document.objects.filter(number="101/QĐ-UBND").exists()


def test_unusual_number_needs_acknowledgement(tmp_path, tenants):
    path = _write(tmp_path, "Quyết định,22/19 QĐ-UBND,UBND,06/10/2021,,Quy chế\n")
    with tenant_context(tenants["phuong-2"]):
        outcome = importer.run(path, dry_run=True)
        assert [e.column for e in outcome.errors] == ["xac_nhan_so"]
        assert importer.run(path, dry_run=True, accept_numbers=True).ok


def test_xlsx_import(tmp_path, tenants):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(
        [
            "Chỉ thị",
            "5/CT-UBND",
            "UBND Phường 2",
            datetime(2024, 5, 6),
            None,
            "Về phòng cháy",
        ]
    )
    path = tmp_path / "vb.xlsx"
    book.save(path)
    with tenant_context(tenants["phuong-2"]):
        outcome = importer.run(path, dry_run=False)
        assert outcome.ok and outcome.created == 1
        assert Document.objects.get(number="5/CT-UBND").issued_on == date(2024, 5, 6)


class _Doc:
    def __init__(self, issued_on, published=None):
        self.issued_on = issued_on
        self.live = published is not None
        self.published_at = published


def _at(d: date):
    return timezone.make_aware(datetime(d.year, d.month, d.day, 9))


def test_clock_across_tet_2026():
    """Received 10/02/2026 + 15 working days (Tết 14–22/02/2026) = 10/03/2026."""
    clock = clock_for(_Doc(date(2026, 2, 10)), 15, today=date(2026, 3, 10))
    assert clock.due_on == date(2026, 3, 10)
    assert clock.state == "due"
    late = clock_for(
        _Doc(date(2026, 2, 10), _at(date(2026, 3, 12))), 15, today=date(2026, 3, 20)
    )
    assert late.state == "late" and late.late_days == 2
    overdue = clock_for(_Doc(date(2026, 2, 10)), 15, today=date(2026, 3, 11))
    assert overdue.state == "overdue" and overdue.late_days == 1


def test_override_table_moves_the_due_date():
    days_off = {date(2026, 3, 10): False}
    clock = clock_for(_Doc(date(2026, 2, 10)), 15, date(2026, 3, 1), days_off)
    assert clock.due_on == date(2026, 3, 11)


def test_report_counts_only_after_go_live(tenants):
    tenant = tenants["phuong-1"]
    tenant.go_live_on = date(2026, 1, 1)
    with tenant_context(tenant):
        Document.objects.create(
            doc_type="cong-van",
            authority="UBND",
            summary="Cũ",
            issued_on=date(2025, 12, 1),
            published_at=None,
        )
        on_time = Document.objects.create(
            doc_type="cong-van",
            authority="UBND",
            summary="Đúng hạn",
            issued_on=date(2026, 2, 10),
            published_at=_at(date(2026, 2, 11)),
        )
        late = Document.objects.create(
            doc_type="cong-van",
            authority="UBND",
            summary="Chậm",
            issued_on=date(2026, 2, 10),
            published_at=_at(date(2026, 2, 25)),
        )
        report = build_report(tenant, today=date(2026, 3, 1))
    local = {c.document.pk: c for c in report.clocks if not c.document.is_shared}
    assert set(local) == {on_time.pk, late.pk}
    assert report.days["documents_town"] == 2
    assert local[late.pk].due_on == date(2026, 2, 12)
    # working days after the due date: 13/02, then Tết (14–22/02), 23, 24, 25/02
    assert local[late.pk].late_days == 4
    assert local[on_time.pk].state == "on-time"
