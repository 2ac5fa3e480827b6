"""Check uploaded files by content and extract their text for search (DESIGN §6).

Why by content: an extension is a claim; a file named ``.pdf`` that is not a PDF
is refused with a message naming the fix. Text is NFC-normalised; Word 97 text in
the legacy TCVN3/VNI encodings is converted when the detector is sure, otherwise
the proposal is kept for the editor (never applied silently). A PDF without a text
layer is flagged and queued for OCR (ocrmypdf + tesseract ``vie``).
"""

from __future__ import annotations

import hashlib
import io
import logging
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from core.text.legacy import detect
from core.text.vietnamese import nfc

log = logging.getLogger("portal.documents")

KIND_LABELS = {
    "pdf": "PDF",
    "doc": "Word 97 (.doc)",
    "docx": "Word (.docx)",
    "odt": "OpenDocument (.odt)",
    "xls": "Excel 97 (.xls)",
    "xlsx": "Excel (.xlsx)",
    "ods": "OpenDocument bảng tính (.ods)",
}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Fewer visible characters per page than this means "no text layer" (a scan).
MIN_CHARS_PER_PAGE = 25


def max_upload_bytes() -> int:
    return int(getattr(settings, "DOCUMENTS_MAX_UPLOAD_MB", 20)) * 1024 * 1024


def sniff(data: bytes) -> str | None:
    """The kind of file ``data`` really is (one of ``KIND_LABELS``), or None."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(_OLE_MAGIC):
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
            return "xls"
        return None
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
                if "mimetype" in names:
                    mime = zf.read("mimetype").decode("ascii", "replace").strip()
                    if mime == CONTENT_TYPES["odt"]:
                        return "odt"
                    if mime == CONTENT_TYPES["ods"]:
                        return "ods"
                if "word/document.xml" in names:
                    return "docx"
                if "xl/workbook.xml" in names:
                    return "xlsx"
        except zipfile.BadZipFile:
            return None
    return None


def _claimed(name: str) -> str | None:
    ext = Path(name).suffix.lower().lstrip(".")
    return ext if ext in KIND_LABELS else None


def check_upload(name: str, data: bytes) -> str:
    """Validate one upload; return its kind. Messages name the field and the fix."""
    name = nfc(name)
    if not data:
        raise ValidationError(
            _("Tệp “%(name)s” rỗng (0 byte). Cách sửa: chọn lại đúng tệp văn bản.")
            % {"name": name},
            code="empty",
        )
    limit = max_upload_bytes()
    if len(data) > limit:
        raise ValidationError(
            _(
                "Tệp “%(name)s” dung lượng %(size).1f MB, vượt giới hạn %(limit)d MB. "
                "Cách sửa: nén hoặc tách tệp rồi tải lên lại."
            )
            % {
                "name": name,
                "size": len(data) / 1024 / 1024,
                "limit": limit // 1024 // 1024,
            },
            code="too_large",
        )
    kind = sniff(data)
    claimed = _claimed(name)
    if kind is None:
        if claimed:
            raise ValidationError(
                _(
                    "Tệp “%(name)s” có đuôi %(claimed)s nhưng nội dung không phải "
                    "tệp %(claimed)s. Cách sửa: mở tệp gốc và lưu lại đúng định dạng."
                )
                % {"name": name, "claimed": KIND_LABELS[claimed]},
                code="mismatch",
            )
        raise ValidationError(
            _(
                "Tệp “%(name)s” không thuộc các định dạng được nhận (PDF, DOC, "
                "DOCX, ODT, XLS, XLSX, ODS). Cách sửa: chuyển sang một trong các "
                "định dạng đó."
            )
            % {"name": name},
            code="kind",
        )
    if claimed and claimed != kind:
        raise ValidationError(
            _(
                "Tệp “%(name)s” có đuôi %(claimed)s nhưng nội dung là %(kind)s. "
                "Cách sửa: đổi đuôi tệp cho đúng hoặc chọn lại tệp."
            )
            % {
                "name": name,
                "claimed": KIND_LABELS[claimed],
                "kind": KIND_LABELS[kind],
            },
            code="mismatch",
        )
    return kind


@dataclass
class Extraction:
    kind: str
    text: str
    method: str
    needs_ocr: bool = False
    note: str = ""


def _pdf_text(data: bytes) -> tuple[str, int]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages = [page.extract_text() or "" for page in reader.pages]
    return "\n\n".join(pages), max(1, len(pages))


def _docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def _odf_text(data: bytes) -> str:
    from odf import teletype, text
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    return "\n".join(
        teletype.extractText(p)
        for p in document.getElementsByType(text.P) + document.getElementsByType(text.H)
    )


def _xlsx_text(data: bytes) -> str:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells = [str(c) for c in row if c is not None]
            if cells:
                lines.append(" | ".join(cells))
    return "\n".join(lines)


def _doc_text(data: bytes) -> tuple[str, str]:
    """Word 97 text via catdoc (cp1252 view, as users see it) or antiword; then
    the legacy-encoding detector. Returns (text, note)."""
    with tempfile.NamedTemporaryFile(suffix=".doc") as tmp:
        tmp.write(data)
        tmp.flush()
        raw = ""
        for cmd in (
            ["catdoc", "-w", "-d", "utf-8", tmp.name],
            ["antiword", "-m", "UTF-8.txt", tmp.name],
        ):
            if shutil.which(cmd[0]) is None:
                continue
            proc = subprocess.run(cmd, capture_output=True, timeout=60, check=False)
            if proc.returncode == 0 and proc.stdout.strip():
                raw = proc.stdout.decode("utf-8", "replace")
                break
        else:
            return "", _(
                "Máy chủ chưa cài catdoc/antiword nên chưa trích được chữ từ tệp .doc."
            )
    return legacy_text(raw)


def legacy_text(raw: str) -> tuple[str, str]:
    """Apply a sure TCVN3/VNI conversion; keep an unsure one as a note to review."""
    result = detect(raw)
    if result.converted is None:
        return nfc(raw), ""
    names = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI", "mixed": "TCVN3 và VNI lẫn nhau"}
    label = names.get(result.encoding, result.encoding)
    if result.is_sure:
        return result.converted, _(
            "Đã chuyển chữ từ bảng mã %(enc)s sang Unicode (độ tin cậy %(c).0f%%)."
        ) % {"enc": label, "c": result.confidence * 100}
    preview = result.converted[:300]
    return nfc(raw), _(
        "Chữ có thể thuộc bảng mã %(enc)s nhưng công cụ chưa chắc (độ tin cậy "
        "%(c).0f%%) nên CHƯA chuyển. Bản đề xuất: “%(p)s…”. Biên tập viên kiểm tra "
        "và sửa toàn văn nếu đúng."
    ) % {"enc": label, "c": result.confidence * 100, "p": preview}


def extract(kind: str, data: bytes) -> Extraction:
    """Text of a checked file. Failures become a note, never an exception: the file
    is still kept and downloadable."""
    try:
        if kind == "pdf":
            text, pages = _pdf_text(data)
            visible = len("".join(text.split()))
            if visible < MIN_CHARS_PER_PAGE * pages:
                return Extraction(
                    kind,
                    nfc(text),
                    "",
                    needs_ocr=True,
                    note=_(
                        "Tệp PDF không có lớp chữ (bản chụp/quét). Đã đưa vào hàng đợi "
                        "nhận dạng chữ (OCR); kết quả sẽ được đánh dấu là OCR."
                    ),
                )
            return Extraction(kind, nfc(text), "pdf")
        if kind == "docx":
            return Extraction(kind, nfc(_docx_text(data)), "docx")
        if kind in ("odt", "ods"):
            method = "odt" if kind == "odt" else "sheet"
            return Extraction(kind, nfc(_odf_text(data)), method)
        if kind == "xlsx":
            return Extraction(kind, nfc(_xlsx_text(data)), "sheet")
        if kind == "doc":
            text, note = _doc_text(data)
            return Extraction(kind, text, "doc" if text else "", note=note)
        return Extraction(
            kind, "", "", note=_("Chưa hỗ trợ trích chữ từ định dạng này.")
        )
    except Exception as exc:  # a broken file must not break the save
        log.warning("extraction failed (%s): %s", kind, exc)
        return Extraction(
            kind, "", "", note=_("Không trích được chữ từ tệp: %(e)s") % {"e": exc}
        )


def ocr_pdf(data: bytes) -> str:
    """Text of a scanned PDF via ocrmypdf (tesseract, Vietnamese data), NFC."""
    if shutil.which("ocrmypdf") is None:
        raise RuntimeError(
            "ocrmypdf chưa được cài (apt-get install ocrmypdf tesseract-ocr-vie)"
        )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        out = Path(tmp) / "out.pdf"
        sidecar = Path(tmp) / "out.txt"
        src.write_bytes(data)
        subprocess.run(
            [
                "ocrmypdf",
                "-l",
                "vie",
                "--force-ocr",
                "--output-type",
                "pdf",
                "--sidecar",
                str(sidecar),
                "-q",
                str(src),
                str(out),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        return nfc(sidecar.read_text(encoding="utf-8"))


def fill_file(instance, name: str, data: bytes) -> None:
    """Check ``data`` and set the metadata and text of a (Shared)DocumentFile."""
    kind = check_upload(name, data)
    result = extract(kind, data)
    instance.original_name = nfc(name)[:255]
    instance.kind = kind
    instance.content_type = CONTENT_TYPES[kind]
    instance.size = len(data)
    instance.sha256 = hashlib.sha256(data).hexdigest()
    instance.extracted_text = result.text
    instance.method = result.method
    instance.needs_ocr = result.needs_ocr
    instance.note = result.note
