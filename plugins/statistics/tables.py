"""Read, validate and write the data table of a statistical report.

Why here and not in a library: the validation speaks Vietnamese to editors (row,
column, the fix) and applies the Vietnamese way of writing numbers (``17.709,64``);
openpyxl and odfpy only read the cells.

A table is a header row and data rows. A header ``Dân số (người)`` declares a
numeric column with its unit; a header without a unit is a text column (labels
such as the commune's name or the year). Missing values (empty, ``..``, ``-``,
``x``, ``NA``) are kept as ``None`` and shown as missing, never as zero.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from core.text.vietnamese import fold, nfc

MISSING_MARKS = {"", "..", "...", "-", "–", "—", "x", "na", "n/a", "khong co so lieu"}
MAX_ROWS = 5000
MAX_COLUMNS = 50
UNIT_RE = re.compile(r"^(?P<name>.*?)\s*\((?P<unit>[^()]+)\)\s*$")
NUMBER_HINT = (
    "Cách sửa: nhập một số (ví dụ 17.709,64 hoặc 56241); để trống hoặc ghi “..” "
    "nếu không có số liệu."
)


class TableError(ValueError):
    """The upload cannot become a table; ``errors`` names each row and column."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass(frozen=True)
class Column:
    name: str
    unit: str = ""

    @property
    def numeric(self) -> bool:
        return bool(self.unit)

    @property
    def header(self) -> str:
        return f"{self.name} ({self.unit})" if self.unit else self.name

    def as_dict(self) -> dict:
        return {**asdict(self), "numeric": self.numeric}


def parse_number(raw) -> float | int | None:
    """A number from a cell; None when missing; ValueError when not a number.

    Both separators present: the last one is the decimal mark. Only commas: one is
    a decimal comma, several are thousands. Only one dot followed by exactly three
    digits (and a non-zero integer part) is a thousands dot, as Vietnamese writes
    ``17.700``; otherwise a dot is a decimal point.
    """
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValueError(raw)
    if isinstance(raw, int | float | Decimal):
        return _tidy(float(raw))
    text = nfc(str(raw)).strip().replace("\u00a0", "").replace(" ", "")
    if fold(text) in MISSING_MARKS:
        return None
    if not re.fullmatch(r"[+-]?[\d.,]+", text) or not re.search(r"\d", text):
        raise ValueError(text)
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-")
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal_mark = "." if text.rfind(".") > text.rfind(",") else ","
        thousands = "," if decimal_mark == "." else "."
        integer, _, fraction = text.rpartition(decimal_mark)
        if fraction.count(thousands) or not _grouped(integer, thousands):
            raise ValueError(text)
        text = integer.replace(thousands, "") + "." + fraction
    elif commas:
        if commas == 1:
            text = text.replace(",", ".")
        elif _grouped(text, ","):
            text = text.replace(",", "")
        else:
            raise ValueError(text)
    elif dots > 1:
        if not _grouped(text, "."):
            raise ValueError(text)
        text = text.replace(".", "")
    elif dots == 1:
        integer, _, fraction = text.partition(".")
        if len(fraction) == 3 and integer not in ("", "0") and len(integer) <= 3:
            text = integer + fraction
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    return _tidy(sign * float(value))


def _grouped(text: str, sep: str) -> bool:
    return bool(re.fullmatch(rf"\d{{1,3}}(\{sep}\d{{3}})+", text))


def _tidy(value: float) -> float | int:
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return nfc(str(value)).strip()


# --- reading uploads ---------------------------------------------------------------


def read_grid(file_name: str, data: bytes) -> list[list]:
    """The cells of a CSV, XLSX or ODS file as rows of raw values."""
    name = file_name.lower()
    if name.endswith(".csv"):
        return _read_csv(data)
    if name.endswith(".xlsx"):
        return _read_xlsx(data)
    if name.endswith(".ods"):
        return _read_ods(data)
    raise TableError(
        [
            "Tệp phải có đuôi .csv, .xlsx hoặc .ods. Cách sửa: lưu bảng ở một "
            "trong các định dạng này."
        ]
    )


def _read_csv(data: bytes) -> list[list]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TableError(
            ["Tệp CSV không ở mã UTF-8. Cách sửa: khi lưu, chọn “CSV UTF-8”."]
        ) from exc
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(data: bytes) -> list[list]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise TableError(
            [
                "Không đọc được tệp XLSX. Cách sửa: mở lại bằng Excel/LibreOffice và "
                "lưu dưới dạng .xlsx."
            ]
        ) from exc
    sheet = book.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    book.close()
    return rows


def _read_ods(data: bytes) -> list[list]:
    from odf import opendocument, table, text

    try:
        doc = opendocument.load(io.BytesIO(data))
    except Exception as exc:  # odfpy raises zip/xml errors for a broken file
        raise TableError(
            ["Không đọc được tệp ODS. Cách sửa: lưu lại bằng LibreOffice Calc."]
        ) from exc
    sheets = doc.spreadsheet.getElementsByType(table.Table)
    if not sheets:
        return []
    rows: list[list] = []
    for row in sheets[0].getElementsByType(table.TableRow):
        cells: list = []
        for cell in row.getElementsByType(table.TableCell):
            repeat = int(cell.getAttribute("numbercolumnsrepeated") or 1)
            kind = cell.getAttribute("valuetype")
            if kind in ("float", "percentage", "currency"):
                value = float(cell.getAttribute("value"))
            else:
                value = "\n".join(
                    "".join(_node_text(n) for n in p.childNodes)
                    for p in cell.getElementsByType(text.P)
                )
            cells.extend([value] * min(repeat, MAX_COLUMNS + 1))
        repeat_rows = int(row.getAttribute("numberrowsrepeated") or 1)
        rows.extend([cells] * min(repeat_rows, MAX_ROWS + 1))
    return rows


def _node_text(node) -> str:
    if node.nodeType == node.TEXT_NODE:
        return str(node.data)
    return "".join(_node_text(n) for n in node.childNodes)


def _trim(grid: list[list]) -> list[list]:
    """Drop empty trailing cells and rows (spreadsheets pad with them)."""
    rows = []
    for row in grid:
        cells = list(row)
        while cells and _cell_text(cells[-1]) == "":
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def build_table(grid: list[list]) -> tuple[list[Column], list[list]]:
    """Columns and typed rows from raw cells; TableError listing every problem."""
    grid = _trim(grid)
    if not grid:
        raise TableError(
            [
                "Tệp không có dữ liệu. Cách sửa: dòng 1 là tiêu đề cột, "
                "các dòng sau là số liệu."
            ]
        )
    errors: list[str] = []
    columns: list[Column] = []
    for index, raw in enumerate(grid[0], start=1):
        header = " ".join(_cell_text(raw).split())
        if not header:
            errors.append(
                f"Dòng 1, cột {index}: thiếu tên cột. Cách sửa: ghi tên cột, kèm đơn "
                "vị trong ngoặc với cột số liệu, ví dụ «Dân số (người)»."
            )
            continue
        match = UNIT_RE.match(header)
        if match and match["name"]:
            columns.append(Column(match["name"], match["unit"].strip()))
        else:
            columns.append(Column(header))
    if len(columns) > MAX_COLUMNS:
        errors.append(f"Bảng có quá {MAX_COLUMNS} cột.")
    if columns and not any(c.numeric for c in columns):
        errors.append(
            "Dòng 1: không có cột số liệu nào ghi đơn vị. Cách sửa: ghi đơn vị trong "
            "ngoặc ở tiêu đề cột số liệu, ví dụ «Diện tích (ha)»."
        )
    if len(grid) < 2:
        errors.append(
            "Bảng chưa có dòng số liệu nào. Cách sửa: thêm số liệu từ dòng 2."
        )
    if len(grid) - 1 > MAX_ROWS:
        errors.append(f"Bảng có quá {MAX_ROWS} dòng số liệu.")
    if errors:
        raise TableError(errors)
    rows: list[list] = []
    for number, raw_row in enumerate(grid[1:], start=2):
        if not any(_cell_text(c) for c in raw_row):
            continue
        if len(raw_row) > len(columns):
            errors.append(
                f"Dòng {number}: có {len(raw_row)} ô nhưng bảng chỉ có "
                f"{len(columns)} cột. Cách sửa: xóa ô thừa hoặc thêm tiêu đề cột."
            )
            continue
        cells = list(raw_row) + [None] * (len(columns) - len(raw_row))
        row: list = []
        for column, raw in zip(columns, cells, strict=True):
            if not column.numeric:
                row.append(_cell_text(raw) or None)
                continue
            try:
                row.append(parse_number(raw))
            except ValueError:
                errors.append(
                    f"Dòng {number}, cột «{column.header}»: «{_cell_text(raw)}» "
                    f"không phải là số. {NUMBER_HINT}"
                )
        rows.append(row)
    if errors:
        raise TableError(errors)
    return columns, rows


def parse_upload(file_name: str, data: bytes) -> tuple[list[Column], list[list]]:
    return build_table(read_grid(file_name, data))


# --- writing downloads -------------------------------------------------------------


def columns_from(stored: list[dict]) -> list[Column]:
    return [Column(c["name"], c.get("unit", "")) for c in stored]


def _machine(value) -> str:
    if value is None:
        return ""
    return str(value)


def to_csv(columns: list[Column], rows: list[list]) -> str:
    """UTF-8 CSV, machine numbers (dot decimal, no grouping), missing as empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    for row in rows:
        writer.writerow([_machine(v) for v in row])
    return out.getvalue()


def to_xlsx(columns: list[Column], rows: list[list], about: dict[str, str]) -> bytes:
    """First sheet the data (numbers as numbers), second sheet the metadata."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Dữ liệu"
    sheet.append([c.header for c in columns])
    for row in rows:
        sheet.append(list(row))
    info = book.create_sheet("Thông tin")
    for key, value in about.items():
        info.append([key, value])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def to_json(columns: list[Column], rows: list[list], about: dict) -> str:
    payload = {
        **about,
        "columns": [c.as_dict() for c in columns],
        "rows": [
            {c.header: v for c, v in zip(columns, row, strict=False)} for row in rows
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def format_vi(value, digits: int = 4) -> str:
    """``17709.64`` -> ``17.709,64``: how Vietnamese readers write numbers."""
    if value is None:
        return ""
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    text = f"{value:,.{digits}f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
