"""Import the procedure catalogue from CSV or JSON, all rows or nothing.

Why its own module: the seed, the management command and the platform admin's
upload form share one validator, so a bad row is reported the same way everywhere
(row number, column, the fix, in Vietnamese) and a file with any bad row saves
nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field

from django.db import transaction

from core.text.vietnamese import fold, nfc
from plugins.eservices_shared.models import (
    CatalogueImport,
    Level,
    OnlineMode,
    OnlineService,
)

# Accepted column names: the national catalogue's (Vietnamese) and plain English.
COLUMNS = {
    "code": ("ma_thu_tuc", "code", "ma"),
    "name": ("ten_thu_tuc", "name", "ten"),
    "levels": ("cap_thuc_hien", "level", "levels"),
    "field": ("linh_vuc", "field"),
    "online_mode": ("muc_do", "hinh_thuc_truc_tuyen", "online_mode", "muc_do_dvc"),
    "agency": ("co_quan_thuc_hien", "agency"),
    "competent_agency": ("co_quan_co_tham_quyen", "competent_agency"),
    "processing_time": ("thoi_han_giai_quyet", "processing_time"),
    "fees": ("phi_le_phi", "fees"),
    "channels": ("hinh_thuc_nop_thoi_han_phi", "channels"),
    "decision_number": ("so_quyet_dinh", "decision_number"),
    "detail_url": ("detail_url", "url"),
}

_LEVEL_WORDS = {
    Level.CENTRAL: ("cap bo", "bo", "trung uong", "cap trung uong", "central"),
    Level.PROVINCE: ("cap tinh", "tinh", "province"),
    Level.TOWN: (
        "cap huyen",
        "huyen",
        "cap thi xa",
        "thi xa",
        "town",
        "district",
        "cap huyen, thi xa",
    ),
    Level.COMMUNE: ("cap xa", "xa", "phuong", "cap phuong", "commune", "ward"),
    Level.OTHER: ("co quan khac", "other"),
}
LEVEL_BY_WORD = {w: level for level, words in _LEVEL_WORDS.items() for w in words}

_MODE_WORDS = {
    OnlineMode.FULL: ("toan trinh", "full", "4", "muc do 4", "muc 4"),
    OnlineMode.PARTIAL: ("mot phan", "partial", "3", "muc do 3", "muc 3"),
    OnlineMode.INFO: ("1", "2", "muc do 1", "muc do 2", "muc 1", "muc 2", "info"),
    OnlineMode.UNKNOWN: ("", "khong ro", "unknown", "chua co thong tin"),
}
MODE_BY_WORD = {w: mode for mode, words in _MODE_WORDS.items() for w in words}

_EMPTY = {"none", "khong co thong tin", "null", ""}
MAX_ROWS = 20000


class ImportError_(Exception):  # noqa: N801 - avoid shadowing the builtin
    """The file as a whole cannot be read (encoding, format)."""


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)
    dry_run: bool = False
    skipped: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def _get(record: dict, key: str) -> tuple[str, str]:
    """(column name used, NFC value) of ``key`` in ``record``; missing is ''."""
    for name in COLUMNS[key]:
        if name in record and record[name] is not None:
            value = record[name]
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            text = nfc(str(value)).strip()
            # The source writes "Không có thông tin"/"None" for an unknown value:
            # keep it empty so the portal says "Chưa có thông tin" consistently.
            return name, "" if fold(text) in _EMPTY else text
    return COLUMNS[key][0], ""


def parse_levels(raw: str) -> list[str] | None:
    """Levels from "Cấp tỉnh, Cấp xã"; None when any part is unknown."""
    levels: list[str] = []
    for part in re.split(r"[,;/]", raw):
        word = " ".join(fold(part).split())
        if not word:
            continue
        level = LEVEL_BY_WORD.get(word)
        if level is None:
            return None
        if level not in levels:
            levels.append(str(level))
    return levels or None


def parse_mode(raw: str) -> str | None:
    word = " ".join(fold(raw).split())
    mode = MODE_BY_WORD.get(word)
    return str(mode) if mode is not None else None


def split_channels(raw: str) -> tuple[str, str]:
    """(processing time, fees) from "Trực tuyến: 3 Ngày làm việc; 5,000 Việt Nam
    Đồng || Trực tiếp: …": one value when all channels agree, else per channel."""
    times: list[tuple[str, str]] = []
    fees: list[tuple[str, str]] = []
    for part in raw.split("||"):
        channel, sep, rest = part.partition(":")
        if not sep:
            continue
        time, _, fee = rest.partition(";")
        channel, time, fee = channel.strip(), time.strip(), fee.strip()
        if fold(time) not in _EMPTY:
            times.append((channel, time))
        if fold(fee) not in _EMPTY:
            fees.append((channel, fee))

    def join(pairs: list[tuple[str, str]]) -> str:
        values = list(dict.fromkeys(v for _, v in pairs))
        if len(values) <= 1:
            return values[0] if values else ""
        return "; ".join(f"{c}: {v}" for c, v in pairs)

    return join(times), join(fees)


def read_records(data: bytes, file_name: str) -> list[dict]:
    """Rows of a CSV (UTF-8, header line), JSON array or JSON Lines file."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportError_(
            "Tệp không ở mã UTF-8. Cách sửa: lưu lại tệp với mã hóa UTF-8."
        ) from exc
    name = file_name.lower()
    if name.endswith((".json", ".jsonl")):
        try:
            if name.endswith(".jsonl"):
                records = [json.loads(line) for line in text.splitlines() if line]
            else:
                records = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportError_(
                f"Tệp JSON không hợp lệ (dòng {exc.lineno}): {exc.msg}. "
                "Cách sửa: kiểm tra lại cú pháp JSON."
            ) from exc
        if isinstance(records, dict):
            records = records.get("items") or records.get("services") or []
        if not isinstance(records, list) or not all(
            isinstance(r, dict) for r in records
        ):
            raise ImportError_(
                "Tệp JSON phải là một danh sách các thủ tục (mảng đối tượng)."
            )
        return records
    if name.endswith(".csv"):
        return list(csv.DictReader(io.StringIO(text)))
    raise ImportError_("Chỉ nhận tệp .csv, .json hoặc .jsonl.")


def _row_label(index: int, is_csv: bool) -> str:
    # CSV rows are numbered as a spreadsheet shows them (header = row 1).
    return f"Dòng {index + 2}" if is_csv else f"Mục thứ {index + 1}"


def validate(records: list[dict], is_csv: bool, source: str) -> tuple[list, list]:
    """(services, errors): unsaved OnlineService objects, or the problems found."""
    services: list[OnlineService] = []
    errors: list[str] = []
    seen: dict[str, int] = {}
    if len(records) > MAX_ROWS:
        return [], [f"Tệp có {len(records)} dòng, vượt quá giới hạn {MAX_ROWS}."]
    for index, record in enumerate(records):
        where = _row_label(index, is_csv)
        values = {key: _get(record, key) for key in COLUMNS}
        col, code = values["code"]
        if not code:
            errors.append(
                f"{where}, cột «{col}»: thiếu mã thủ tục. "
                "Cách sửa: nhập mã theo danh mục quốc gia (ví dụ 1.001193)."
            )
        elif code in seen:
            errors.append(
                f"{where}, cột «{col}»: mã «{code}» trùng với "
                f"{_row_label(seen[code], is_csv).lower()}. Cách sửa: giữ một dòng."
            )
        else:
            seen[code] = index
        col, name = values["name"]
        if not name:
            errors.append(
                f"{where}, cột «{col}»: thiếu tên thủ tục. Cách sửa: nhập tên thủ tục."
            )
        col, raw_levels = values["levels"]
        levels = parse_levels(raw_levels)
        if levels is None:
            errors.append(
                f"{where}, cột «{col}»: cấp thực hiện «{raw_levels}» không hợp lệ. "
                "Cách sửa: dùng Cấp bộ, Cấp tỉnh, Cấp huyện, Cấp xã hoặc Cơ quan "
                "khác, cách nhau bằng dấu phẩy (ví dụ: Cấp tỉnh, Cấp xã)."
            )
        col, raw_mode = values["online_mode"]
        mode = parse_mode(raw_mode)
        if mode is None:
            errors.append(
                f"{where}, cột «{col}»: mức độ trực tuyến «{raw_mode}» không hợp lệ. "
                "Cách sửa: ghi Toàn trình, Một phần, mức độ 1–4, hoặc để trống nếu "
                "nguồn không nêu."
            )
        _, url = values["detail_url"]
        if url and not url.startswith(("https://", "http://")):
            errors.append(
                f"{where}, cột «{values['detail_url'][0]}»: đường dẫn «{url}» phải "
                "bắt đầu bằng https://. Cách sửa: nhập địa chỉ đầy đủ hoặc để trống."
            )
        if errors and errors[-1].startswith(where):
            continue
        channels = values["channels"][1]
        time, fees = split_channels(channels)
        service = OnlineService(
            code=code,
            name=" ".join(name.split()),
            field=values["field"][1],
            levels=levels or [],
            levels_raw=raw_levels[:255],
            online_mode=mode,
            agency=values["agency"][1],
            competent_agency=values["competent_agency"][1],
            processing_time=values["processing_time"][1] or time,
            fees=values["fees"][1] or fees,
            channels=channels,
            decision_number=values["decision_number"][1][:120],
            detail_url=url,
            source=source[:255],
        )
        service.search_text = service.build_search_text()
        services.append(service)
    return services, errors


UPDATE_FIELDS = [
    "name",
    "field",
    "levels",
    "levels_raw",
    "online_mode",
    "agency",
    "competent_agency",
    "processing_time",
    "fees",
    "channels",
    "decision_number",
    "detail_url",
    "source",
    "search_text",
    "updated_at",
]


def import_catalogue(
    data: bytes, file_name: str, source: str, dry_run: bool = False
) -> ImportResult:
    """Validate every row, then save all of them in one transaction (or none).

    A file whose hash was already imported is skipped, so seeding is idempotent.
    """
    result = ImportResult(dry_run=dry_run)
    digest = hashlib.sha256(data).hexdigest()
    if not dry_run and CatalogueImport.objects.filter(sha256=digest).exists():
        result.skipped = True  # checked first: every bootstrap calls the seed
        return result
    try:
        records = read_records(data, file_name)
    except ImportError_ as exc:
        result.errors.append(str(exc))
        return result
    result.rows = len(records)
    services, errors = validate(records, file_name.lower().endswith(".csv"), source)
    if errors:
        result.errors = errors
        return result
    existing = set(
        OnlineService.objects.filter(code__in=[s.code for s in services]).values_list(
            "code", flat=True
        )
    )
    result.updated = sum(1 for s in services if s.code in existing)
    result.created = len(services) - result.updated
    if dry_run:
        return result
    from django.utils import timezone

    now = timezone.now()
    for service in services:
        service.updated_at = now
    with transaction.atomic():
        OnlineService.objects.bulk_create(
            services,
            batch_size=500,
            update_conflicts=True,
            unique_fields=["code"],
            update_fields=UPDATE_FIELDS,
        )
        CatalogueImport.objects.create(
            source=source[:255],
            file_name=file_name[:255],
            sha256=digest,
            created=result.created,
            updated=result.updated,
        )
    return result
