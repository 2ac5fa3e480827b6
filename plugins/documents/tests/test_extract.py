"""Uploads are checked by content; text is extracted (PDF, DOCX, ODT, Word 97 in
TCVN3/VNI) for search; scans are flagged for OCR."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from core.text.vietnamese import fold
from plugins.documents.tests.helpers import make_docx, make_odt, make_pdf
from plugins.documents_shared.extract import check_upload, extract, legacy_text

DATA = Path(__file__).with_name("data")
TEXT = "Quyết định số 3249/QĐ-UBND về việc ban hành Quy chế Trang thông tin điện tử"


def _words(text: str) -> list[str]:
    return fold(text).split()


@pytest.mark.parametrize(
    ("name", "maker", "kind"),
    [
        ("quyết-định.pdf", lambda: make_pdf(TEXT), "pdf"),
        ("quyết-định.docx", lambda: make_docx(["Tiêu đề", TEXT]), "docx"),
        ("quyết-định.odt", lambda: make_odt(["Tiêu đề", TEXT]), "odt"),
    ],
)
def test_extracts_vietnamese_text(name, maker, kind):
    data = maker()
    assert check_upload(name, data) == kind
    result = extract(kind, data)
    assert not result.needs_ocr
    assert unicodedata.is_normalized("NFC", result.text)
    assert "Quyết định số 3249/QĐ-UBND" in result.text
    assert "điện tử" in result.text


def test_scan_without_text_layer_is_flagged_for_ocr():
    data = make_pdf(None)
    assert check_upload("ban-chup.pdf", data) == "pdf"
    result = extract("pdf", data)
    assert result.needs_ocr and "OCR" in result.note


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("rong.pdf", b"", "0 byte"),
        ("gia.pdf", b"<html>not a pdf</html>", "không phải tệp PDF"),
        ("nham.docx", make_pdf(TEXT), "nội dung là PDF"),
        ("anh.png", b"\x89PNG\r\n\x1a\n....", "không thuộc các định dạng"),
    ],
)
def test_bad_files_are_refused_with_vietnamese_fix(name, data, fragment):
    with pytest.raises(ValidationError) as exc:
        check_upload(name, data)
    message = " ".join(exc.value.messages)
    assert fragment in message and "Cách sửa" in message


@override_settings(DOCUMENTS_MAX_UPLOAD_MB=1)
def test_oversize_file_is_refused():
    data = make_pdf(TEXT) + b"0" * (1024 * 1024)
    with pytest.raises(ValidationError) as exc:
        check_upload("lon.pdf", data)
    assert "vượt giới hạn 1 MB" in exc.value.messages[0]


def _overlap(got: str, expected: str) -> float:
    want = _words(expected)
    have = set(_words(got))
    return sum(w in have for w in want) / len(want)


@pytest.mark.skipif(shutil.which("catdoc") is None, reason="catdoc not installed")
@pytest.mark.parametrize(
    "stem", ["2004-NghiDinh29_1998", "2009-download"]
)  # TCVN3, VNI
def test_word97_legacy_encodings_are_converted(stem):
    data = (DATA / f"{stem}.doc").read_bytes()
    assert check_upload(f"{stem}.doc", data) == "doc"
    result = extract("doc", data)
    expected = (DATA / f"{stem}.unicode.txt").read_text(encoding="utf-8")
    assert "Unicode" in result.note  # the conversion is reported
    exact = set(result.text.lower().split())
    want = [w for w in expected.lower().split() if not w.isascii()]
    assert sum(w in exact for w in want) / len(want) > 0.9
    assert _overlap(result.text, expected) > 0.95


def test_unsure_conversion_is_not_applied():
    """A short ambiguous fragment is kept as typed and the proposal is shown."""
    raw = "Céng hoµ"
    text, note = legacy_text(raw)
    assert text == raw
    assert "CHƯA chuyển" in note and "Cộng hoà" in note


def test_sure_conversion_is_applied():
    raw = (DATA / "2004-NghiDinh29_1998.unicode.txt").read_text(encoding="utf-8")
    assert legacy_text(raw) == (raw, "")  # Unicode stays untouched
