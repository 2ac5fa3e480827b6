"""Bulk import of registry entries from CSV or XLSX (columns: see README.md).

A dry run reports every bad row (line, column, reason) and writes nothing; a real
run is all-or-nothing (one transaction) and reports progress as it goes.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from plugins.documents.admin_forms import check_pasted
from plugins.documents.models import Document
from plugins.documents_shared.common import DocumentType, Level, type_from_label

COLUMNS = {
    "loai": _("loại văn bản (Luật, Nghị định, Quyết định, … hoặc mã)"),
    "so_ky_hieu": _("số ký hiệu"),
    "co_quan_ban_hanh": _("cơ quan ban hành"),
    "cap": _("cấp ban hành: don-vi (mặc định), tinh, trung-uong"),
    "nguoi_ky": _("người ký"),
    "ngay_ban_hanh": _("ngày ban hành (dd/mm/yyyy hoặc yyyy-mm-dd)"),
    "ngay_hieu_luc": _("ngày có hiệu lực"),
    "ngay_het_hieu_luc": _("ngày hết hiệu lực"),
    "linh_vuc": _("lĩnh vực"),
    "trich_yeu": _("trích yếu (bắt buộc)"),
    "toan_van": _("toàn văn"),
    "xac_nhan_so": _("“có” khi số ký hiệu khác thường nhưng đúng bản gốc"),
}
REQUIRED = ("loai", "co_quan_ban_hanh", "trich_yeu")
LEVELS = {
    "": Level.LOCAL,
    "don-vi": Level.LOCAL,
    "tinh": Level.PROVINCE,
    "trung-uong": Level.CENTRAL,
}
DATE_FIELDS = {
    "ngay_ban_hanh": "issued_on",
    "ngay_hieu_luc": "effective_on",
    "ngay_het_hieu_luc": "expiry_on",
}
FIELD_COLUMNS = {
    "number": "so_ky_hieu",
    "authority": "co_quan_ban_hanh",
    "summary": "trich_yeu",
    "effective_on": "ngay_hieu_luc",
    "expiry_on": "ngay_het_hieu_luc",
    "number_acknowledged": "xac_nhan_so",
    "doc_type": "loai",
}


@dataclass
class RowError:
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return _("Dòng %(l)d, cột %(c)s: %(r)s") % {
            "l": self.line,
            "c": self.column,
            "r": self.reason,
        }


@dataclass
class Outcome:
    rows: int = 0
    created: int = 0
    errors: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def read_rows(
    path: Path | str, data: bytes | None = None
) -> Iterator[tuple[int, dict]]:
    """(line number as the editor sees it, row dict) from a CSV or XLSX file."""
    name = str(path).lower()
    raw = data if data is not None else Path(path).read_bytes()
    if name.endswith((".xlsx", ".xlsm")):
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(raw), read_only=True, data_only=True).active
        rows = sheet.iter_rows(values_only=True)
        header = [str(h or "").strip().lower() for h in next(rows, [])]
        for number, values in enumerate(rows, start=2):
            if values is None or all(v in (None, "") for v in values):
                continue
            yield number, {h: v for h, v in zip(header, values, strict=False) if h}
        return
    text = raw.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    reader.fieldnames = [f.strip().lower() for f in reader.fieldnames or []]
    for row in reader:
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        yield reader.line_num, row


def _parse_date(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def build(
    line: int, row: dict, outcome: Outcome, accept_numbers: bool
) -> Document | None:
    """A validated Document for one row, or None with errors added to ``outcome``."""
    errors: list[RowError] = []
    cell = {k: ("" if v is None else v) for k, v in row.items()}
    for column in REQUIRED:
        if not str(cell.get(column, "")).strip():
            errors.append(
                RowError(
                    line,
                    column,
                    _("bắt buộc nhưng đang trống. Cách sửa: điền %(w)s.")
                    % {"w": COLUMNS[column]},
                )
            )
    doc_type = type_from_label(str(cell.get("loai", "")))
    if str(cell.get("loai", "")).strip() and doc_type is None:
        errors.append(
            RowError(
                line,
                "loai",
                _(
                    "loại văn bản “%(v)s” không có trong danh mục. Cách sửa: dùng một "
                    "trong: %(c)s."
                )
                % {
                    "v": cell.get("loai"),
                    "c": ", ".join(str(t) for _v, t in DocumentType.choices),
                },
            )
        )
    level = LEVELS.get(str(cell.get("cap", "")).strip().lower())
    if level is None:
        errors.append(
            RowError(
                line,
                "cap",
                _("cấp “%(v)s” không hợp lệ. Cách sửa: don-vi, tinh hoặc trung-uong.")
                % {"v": cell.get("cap")},
            )
        )
    dates: dict[str, date | None] = {}
    for column, name in DATE_FIELDS.items():
        try:
            dates[name] = _parse_date(cell.get(column))
        except ValueError:
            errors.append(
                RowError(
                    line,
                    column,
                    _("ngày “%(v)s” không đọc được. Cách sửa: ghi dạng 06/10/2021.")
                    % {"v": cell.get(column)},
                )
            )
    texts: dict[str, str] = {}
    for column in (
        "so_ky_hieu",
        "co_quan_ban_hanh",
        "nguoi_ky",
        "linh_vuc",
        "trich_yeu",
        "toan_van",
    ):
        value, message, proposal = check_pasted(str(cell.get(column, "")).strip())
        if proposal is not None:
            errors.append(
                RowError(
                    line,
                    column,
                    _(
                        "chữ có thể gõ bằng bảng mã cũ (TCVN3/VNI) "
                        "nhưng công cụ chưa chắc; đề xuất: “%(p)s”. "
                        "Cách sửa: chuyển sang Unicode rồi nhập lại."
                    )
                    % {"p": proposal[:120]},
                )
            )
        elif message:
            outcome.notes.append(f"{RowError(line, column, message)}")
        texts[column] = value
    ack = str(cell.get("xac_nhan_so", "")).strip().lower() in (
        "có",
        "co",
        "x",
        "1",
        "yes",
    )
    if errors:
        outcome.errors += errors
        return None
    doc = Document(
        doc_type=doc_type,
        number=texts["so_ky_hieu"],
        number_acknowledged=ack or accept_numbers,
        level=level,
        authority=texts["co_quan_ban_hanh"],
        signer=texts["nguoi_ky"],
        sector=texts["linh_vuc"],
        summary=texts["trich_yeu"],
        full_text=texts["toan_van"],
        **dates,
    )
    try:
        doc.full_clean(exclude=["page"])
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            column = FIELD_COLUMNS.get(name, name)
            for message in messages:
                outcome.errors.append(RowError(line, column, message))
        return None
    doc.fill_search_fields()
    return doc


Progress = Callable[[int, int, float], None]


def run(
    path: Path | str,
    *,
    dry_run: bool,
    accept_numbers: bool = False,
    data: bytes | None = None,
    progress: Progress | None = None,
) -> Outcome:
    """Validate every row; when all are good and not ``dry_run``, write them all in
    one transaction (any failure rolls everything back)."""
    outcome = Outcome()
    rows = list(read_rows(path, data))
    outcome.rows = len(rows)
    missing = [c for c in REQUIRED if rows and c not in rows[0][1]]
    if missing:
        outcome.errors.append(
            RowError(
                1,
                ", ".join(missing),
                _("thiếu cột. Cách sửa: thêm cột có tên đúng như trong README."),
            )
        )
        return outcome
    started = time.monotonic()
    total = len(rows) * (1 if dry_run else 2)
    for done, (line, row) in enumerate(rows, start=1):
        doc = build(line, row, outcome, accept_numbers)
        if doc is not None:
            outcome.documents.append(doc)
        if progress:
            progress(done, total, time.monotonic() - started)
    if dry_run or outcome.errors:
        return outcome
    batch = 500
    with transaction.atomic():
        for start in range(0, len(outcome.documents), batch):
            chunk = outcome.documents[start : start + batch]
            Document.objects.bulk_create(chunk)
            outcome.created += len(chunk)
            if progress:
                progress(len(rows) + outcome.created, total, time.monotonic() - started)
    return outcome
