"""Real statistics of the town, each with its source named (sites/duyenhai/data)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date

from django.utils import timezone

from core.plugins.seed import SeedContext
from plugins.statistics.models import StatReport
from plugins.statistics.tables import parse_upload

FOUNDING_FILE = "thi-xa-duyen-hai-thanh-lap-2015.csv"
CENSUS_FILE = "tra_vinh_communes_census_2009.csv"
CENSUS_DISTRICT = "Huyện Duyên Hải"


def _census_table(path) -> bytes:
    """The old Duyên Hải district's communes as an upload-shaped CSV."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Xã, thị trấn", "Diện tích (ha)", "Dân số (người)"])
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["district_vn"] == CENSUS_DISTRICT:
                writer.writerow([row["commune_vn"], row["area"], row["population"]])
    return out.getvalue().encode("utf-8")


def _reports(data_dir) -> list[tuple[dict, str, bytes]]:
    founding = data_dir / FOUNDING_FILE
    census = data_dir / CENSUS_FILE
    reports = []
    if founding.exists():
        reports.append(
            (
                {
                    "slug": "dien-tich-dan-so-khi-thanh-lap-2015",
                    "title": "Diện tích tự nhiên và dân số thị xã Duyên Hải khi thành "
                    "lập (2015)",
                    "summary": "Thị xã Duyên Hải được thành lập với 17.709,64 ha diện "
                    "tích tự nhiên và 56.241 người.",
                    "method": "Số liệu ghi trong nghị quyết thành lập thị xã (điều "
                    "chỉnh địa giới hành chính), chép nguyên văn; không tính toán lại.",
                    "analysis": "Thị xã được thành lập trên cơ sở một phần diện tích "
                    "tự nhiên và dân số của huyện Duyên Hải, gồm 7 đơn vị hành chính "
                    "cấp xã: Phường 1, Phường 2 và các xã Long Toàn, Long Hữu, Dân "
                    "Thành, Trường Long Hòa, Hiệp Thạnh.",
                    "period_start": date(2015, 5, 15),
                    "period_end": date(2015, 5, 15),
                    "period_label": "Năm 2015 (khi thành lập thị xã)",
                    "decision_number": "934/NQ-UBTVQH13",
                    "decision_date": date(2015, 5, 15),
                    "source": "Nghị quyết số 934/NQ-UBTVQH13 ngày 15/5/2015 của Ủy ban "
                    "Thường vụ Quốc hội, Điều 1 khoản 2 điểm a",
                    "licence": "Văn bản quy phạm pháp luật, không thuộc đối tượng bảo "
                    "hộ quyền tác giả (Luật Sở hữu trí tuệ, Điều 15); được sử dụng tự "
                    "do, ghi rõ nguồn",
                },
                founding.name,
                founding.read_bytes(),
            )
        )
    if census.exists():
        reports.append(
            (
                {
                    "slug": "dan-so-dien-tich-theo-xa-2009",
                    "title": "Dân số và diện tích các xã, thị trấn huyện Duyên Hải "
                    "(Tổng điều tra 2009)",
                    "summary": "Dân số theo Tổng điều tra dân số và nhà ở năm 2009 và "
                    "diện tích của các xã, thị trấn thuộc huyện Duyên Hải cũ.",
                    "method": "Tổng điều tra dân số và nhà ở, thời điểm 0 giờ ngày "
                    "01/4/2009 (Tổng cục Thống kê). Bảng theo xã lấy từ gói "
                    "censusVN2009: diện tích (ha) lấy từ bản đồ ranh giới xã của tổng "
                    "điều tra, không cộng lại bằng diện tích chính thức; ranh giới "
                    "năm 2008.",
                    "analysis": "Năm 2009 các xã Long Toàn, Long Hữu, Dân Thành, "
                    "Trường Long Hòa, Hiệp Thạnh (nay thuộc thị xã Duyên Hải) còn "
                    "thuộc huyện Duyên Hải; thị xã (2015) chưa được phản ánh trong "
                    "bảng.",
                    "period_start": date(2009, 4, 1),
                    "period_end": date(2009, 4, 1),
                    "period_label": "Năm 2009 (thời điểm 01/4/2009)",
                    "decision_number": "",
                    "decision_date": None,
                    "source": "Tổng điều tra dân số và nhà ở năm 2009, Tổng cục Thống "
                    "kê; số liệu theo xã từ gói censusVN2009 của Marc Choisy và Lucie "
                    "Contamin (github.com/LucieContamin/censusVN2009, commit d9a36767)",
                    "licence": "Số liệu của Tổng cục Thống kê, ghi rõ nguồn; tệp gốc "
                    "censusVN2009 theo giấy phép MIT",
                },
                census.name,
                _census_table(census),
            )
        )
    return reports


def seed(ctx: SeedContext) -> Iterator[str]:
    if ctx.tenant is None or ctx.tenant.kind != "town":
        return
    for values, file_name, data in _reports(ctx.data_dir / "statistics"):
        if StatReport.objects.filter(slug=values["slug"]).exists():
            continue
        columns, rows = parse_upload(
            file_name if file_name.endswith(".csv") else "x.csv", data
        )
        report = StatReport(
            **values,
            published_on=timezone.localdate(),
            columns=[c.as_dict() for c in columns],
            rows=rows,
            data_file_name=file_name,
        )
        report.full_clean()
        report.save()
        yield f"thêm báo cáo thống kê «{report.title}»"
