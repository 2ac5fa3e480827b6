"""Statistics: real seeded reports, upload validation, table/chart, downloads, feeds,
the publishing clock, tenant isolation and per-tenant disabling."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import feedparser
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tenants.utils import schema_context, tenant_context
from openpyxl import Workbook, load_workbook

from core.calendar import add_working_days
from core.plugins.state import set_enabled
from plugins.statistics.models import StatReport
from plugins.statistics.tables import parse_upload

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/statistics/statreport/add/"
UPLOAD = (
    "Xã,Diện tích (ha),Dân số (người)\r\n"
    "Xã A,5348,8859\r\n"
    "Xã B,3604.5,\r\n"
    "Xã C,,10862\r\n"
)


def _form(**overrides) -> dict:
    data = {
        "title": "Dân số thử nghiệm",
        "slug": "dan-so-thu-nghiem",
        "summary": "Tóm tắt",
        "method": "Đếm trực tiếp",
        "analysis": "",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "period_label": "",
        "decision_number": "",
        "decision_date": "",
        "published_on": "2025-01-10",
        "source": "Nguồn thử nghiệm",
        "licence": "CC BY 4.0",
        "live": "on",
        "data_file": SimpleUploadedFile("bang.csv", UPLOAD.encode()),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_town_has_real_reports_with_sources(portal_client):
    client = portal_client("txdh")
    index = client.get("/thong-ke/").content.decode()
    assert "Diện tích tự nhiên và dân số thị xã Duyên Hải khi thành lập" in index
    assert "Tổng điều tra 2009" in index
    html = client.get("/thong-ke/dien-tich-dan-so-khi-thanh-lap-2015/").content.decode()
    assert "17.709,64" in html and "56.241" in html
    assert "934/NQ-UBTVQH13" in html
    assert "Dữ liệu mẫu" not in html
    census = client.get("/thong-ke/dan-so-dien-tich-theo-xa-2009/").content.decode()
    for commune, people in [("Xã Long Toàn", "8.859"), ("Xã Hiệp Thạnh", "3.147")]:
        assert re.search(rf"<th scope=\"row\">{commune}</th>.*?{people}", census, re.S)
    assert "censusVN2009" in census


def test_menu_shows_section_and_intro(portal_client):
    client = portal_client("txdh")
    home = client.get("/").content.decode()
    assert 'href="/thong-ke/"' in home
    page = client.get("/thong-ke/").content.decode()
    assert "Quy chế hoạt động Trang TTĐT thị xã Duyên Hải" in page  # section intro


def test_upload_then_table_chart_and_downloads_equal_upload(
    tenant_admin, portal_client
):
    admin = tenant_admin("phuong-1")
    response = admin.post(ADD_URL, _form())
    assert response.status_code == 302, response.content.decode()[:3000]
    client = portal_client("phuong-1")
    html = client.get("/thong-ke/dan-so-thu-nghiem/").content.decode()
    assert "<caption" in html
    assert '<th scope="col">Dân số <span class="unit">(người)</span></th>' in html
    assert '<th scope="row">Xã A</th>' in html
    assert "Không có số liệu" in html  # missing cells are said, not zero
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert "Xã B: không có số liệu" in svg or "Xã C: không có số liệu" in svg

    upload = list(csv.reader(io.StringIO(UPLOAD)))
    got = client.get("/thong-ke/dan-so-thu-nghiem/tai-ve.csv")
    assert got["Content-Type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(got.content.decode("utf-8")))) == upload

    expected_columns, expected_rows = parse_upload("bang.csv", UPLOAD.encode())
    book = load_workbook(
        io.BytesIO(client.get("/thong-ke/dan-so-thu-nghiem/tai-ve.xlsx").content)
    )
    sheet_rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    assert sheet_rows[0] == [c.header for c in expected_columns]
    assert sheet_rows[1:] == expected_rows
    about = {r[0]: r[1] for r in book.worksheets[1].iter_rows(values_only=True)}
    assert about["Giấy phép"] == "CC BY 4.0"

    data = json.loads(client.get("/thong-ke/dan-so-thu-nghiem/tai-ve.json").content)
    headers = [c.header for c in expected_columns]
    assert data["rows"] == [dict(zip(headers, r, strict=True)) for r in expected_rows]
    assert data["licence"] == "CC BY 4.0"
    assert data["rows"][1]["Dân số (người)"] is None


def test_edit_without_new_file_keeps_table(tenant_admin, tenants):
    admin = tenant_admin("phuong-2")
    assert admin.post(ADD_URL, _form()).status_code == 302
    with tenant_context(tenants["phuong-2"]):
        report = StatReport.objects.get(slug="dan-so-thu-nghiem")
    edit = f"/admin/snippets/statistics/statreport/edit/{report.pk}/"
    response = admin.post(edit, _form(title="Đã sửa", data_file=None))
    assert response.status_code == 302, response.content.decode()[:2000]
    with tenant_context(tenants["phuong-2"]):
        report.refresh_from_db()
    assert report.title == "Đã sửa"
    assert report.rows == parse_upload("bang.csv", UPLOAD.encode())[1]


def test_xlsx_and_ods_uploads_read_as_csv(tmp_path):
    book = Workbook()
    for row in [["Năm", "Giá trị (tỷ đồng)"], ["2023", 12.5], ["2024", None]]:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    xcols, xrows = parse_upload("a.xlsx", buffer.getvalue())
    assert [c.header for c in xcols] == ["Năm", "Giá trị (tỷ đồng)"]
    assert xrows == [["2023", 12.5], ["2024", None]]

    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")
    for cells in [["Năm", "Giá trị (tỷ đồng)"], ["2023", 12.5], ["2024", ".."]]:
        tr = TableRow()
        for value in cells:
            if isinstance(value, float):
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(value)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.save(out)
    ocols, orows = parse_upload("a.ods", out.getvalue())
    assert (ocols, orows) == (xcols, xrows)


def test_text_in_numeric_column_is_refused_and_nothing_saved(tenant_admin, tenants):
    admin = tenant_admin("phuong-1")
    bad = "Xã,Dân số (người)\nXã A,8859\nXã B,khoảng 9 nghìn\n"
    response = admin.post(
        ADD_URL,
        _form(data_file=SimpleUploadedFile("bang.csv", bad.encode())),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Dòng 3, cột «Dân số (người)»: «khoảng 9 nghìn» không phải là số" in html
    assert "Cách sửa" in html
    with tenant_context(tenants["phuong-1"]):
        assert not StatReport.objects.filter(slug="dan-so-thu-nghiem").exists()


def test_missing_units_and_end_before_start_are_refused(tenant_admin, tenants):
    admin = tenant_admin("phuong-1")
    no_units = "Xã,Dân số\nXã A,8859\n"
    html = admin.post(
        ADD_URL, _form(data_file=SimpleUploadedFile("b.csv", no_units.encode()))
    ).content.decode()
    assert "không có cột số liệu nào ghi đơn vị" in html
    html = admin.post(
        ADD_URL, _form(period_start="2024-12-31", period_end="2024-01-01")
    ).content.decode()
    assert "Ngày kết thúc kỳ số liệu (01/01/2024) trước ngày bắt đầu" in html
    with tenant_context(tenants["phuong-1"]):
        assert StatReport.objects.count() == 0


def _report(slug: str, title: str, rows, **extra) -> StatReport:
    report = StatReport(
        slug=slug,
        title=title,
        method="m",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 12, 31),
        published_on=extra.pop("published_on", date(2025, 1, 2)),
        source="s",
        columns=[{"name": "Xã", "unit": ""}, {"name": "Dân số", "unit": "người"}],
        rows=rows,
        **extra,
    )
    report.save()
    return report


def test_year_filter_covers_whole_period(portal_client, tenants):
    with tenant_context(tenants["phuong-2"]):
        _report("nhieu-nam", "Báo cáo 2020–2022", [["A", 1]])
        StatReport.objects.filter(slug="nhieu-nam").update(
            period_start=date(2020, 1, 1), period_end=date(2022, 12, 31)
        )
        _report("mot-nam", "Báo cáo 2024", [["A", 2]])
    html = portal_client("phuong-2").get("/thong-ke/", {"nam": "2021"}).content
    assert "Báo cáo 2020–2022" in html.decode()
    assert "Báo cáo 2024" not in html.decode()


def test_feeds_parse_back(portal_client, tenants):
    with tenant_context(tenants["phuong-2"]):
        _report("bao-cao-1", "Báo cáo một", [["A", 1]], is_sample=True)
        _report("bao-cao-2", "Báo cáo hai", [["A", 2]], published_on=date(2025, 2, 1))
        _report("an", "Chưa đăng", [["A", 3]], live=False)
    client = portal_client("phuong-2")
    for path in ("/thong-ke/rss/", "/thong-ke/atom/"):
        feed = feedparser.parse(client.get(path).content)
        assert not feed.bozo, feed.bozo_exception
        titles = [e.title for e in feed.entries]
        assert titles == ["Báo cáo hai", "[Dữ liệu mẫu] Báo cáo một"]
        assert feed.entries[0].link.endswith("/thong-ke/bao-cao-2/")
    assert feedparser.parse(client.get("/thong-ke/atom/").content).version == "atom10"


def test_clock_from_decision_date_follows_policy(tenants):
    tenant = tenants["txdh"]
    policy = tenant.policy
    deadline = policy.deadline("plans_projects")
    deadline.working_days = 3
    deadline.save()
    decided = max(date(2026, 6, 1), tenant.go_live_on)
    with tenant_context(tenant):
        report = _report("dong-ho", "Đồng hồ", [["A", 1]], decision_date=decided)
    assert report.due_on == add_working_days(decided, 3)
    with tenant_context(tenant):
        old = _report("lich-su", "Lịch sử", [["A", 1]], decision_date=date(2015, 5, 15))
    assert old.due_on is None  # history before go-live is never "late"


def test_same_slug_in_two_tenants_is_isolated(portal_client, tenants):
    for slug, value in (("phuong-1", 111), ("phuong-2", 222)):
        with tenant_context(tenants[slug]):
            _report("chung", f"Báo cáo của {slug}", [["A", value]])
    one = portal_client("phuong-1")
    two = portal_client("phuong-2")
    assert "Báo cáo của phuong-1" in one.get("/thong-ke/chung/").content.decode()
    assert "phuong-2" not in one.get("/thong-ke/chung/").content.decode()
    assert json.loads(two.get("/thong-ke/chung/tai-ve.json").content)["rows"] == [
        {"Xã": "A", "Dân số (người)": 222}
    ]
    api = one.get("/api/v1/statistics/chung").json()
    assert api["rows"] == [["A", 111]]
    assert [i["slug"] for i in one.get("/api/v1/statistics/").json()["items"]] == [
        "chung"
    ]


def test_disable_for_one_tenant(portal_client, tenants):
    town = portal_client("txdh")
    assert town.get("/api/v1/statistics/").status_code == 200
    assert "/api/v1/statistics/" in town.get("/api/v1/openapi.json").json()["paths"]
    with schema_context("public"):
        set_enabled(tenants["txdh"], "statistics", False)
    town = portal_client("txdh")
    assert 'href="/thong-ke/"' not in town.get("/").content.decode()
    assert town.get("/thong-ke/").status_code == 404
    assert town.get("/thong-ke/dien-tich-dan-so-khi-thanh-lap-2015/").status_code == 404
    assert town.get("/api/v1/statistics/").status_code == 404
    assert not any(
        p.startswith("/api/v1/statistics/")
        for p in town.get("/api/v1/openapi.json").json()["paths"]
    )
    ward = portal_client("phuong-1")
    assert ward.get("/thong-ke/").status_code == 200
    assert 'href="/thong-ke/"' in ward.get("/").content.decode()
