"""Tests for core.text.citations: number keys, warnings and citation finding.

The real text is the Duyên Hải town decision on its web portal (copied to
tests/data; nothing here reads the shared folder at test time).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from core.text.citations import (
    Citation,
    find_citations,
    looks_like_number,
    normalize_number,
    number_warning,
)

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
DUYEN_HAI = (
    DATA.parent.parent
    / "sites"
    / "duyenhai"
    / "quy-che-trang-ttdt-thi-xa-duyen-hai-2021.txt"
)
TCVN3_TRANSCRIPT = DATA / "legacy" / "2003-02144qd.unicode.txt"

# ------------------------------------------------------------ normalize_number


@pytest.mark.parametrize(
    "typed",
    [
        "3249/QĐ-UBND",
        "3249/qd-ubnd",
        "3249 QD UBND",
        "3249/QĐ–UBND",  # en dash
        "3249/QĐ—UBND",  # em dash
        "  3249 / QĐ - UBND",
        "Số: 3249/QĐ-UBND",
        unicodedata.normalize("NFD", "3249/qđ-ubnd"),
        "03249/QĐ-UBND",
    ],
)
def test_normalize_number_same_key(typed: str) -> None:
    assert normalize_number(typed) == "3249/QD-UBND"


@pytest.mark.parametrize("typed", ["43/2011/NĐ-CP", "43/2011/nd-cp", "43 2011 ND CP"])
def test_normalize_number_with_year(typed: str) -> None:
    assert normalize_number(typed) == "43/2011/ND-CP"


def test_normalize_number_irregular_real_number() -> None:
    # Printed as is on the Duyên Hải decision.
    assert normalize_number("22/19 QĐ-UBND") == "22/19/QD-UBND"
    assert normalize_number("22/19/QĐ-UBND") == "22/19/QD-UBND"


def test_leading_zeros_only_dropped_from_serial() -> None:
    assert normalize_number("01/2021/TT-BTTTT") == "1/2021/TT-BTTTT"
    assert normalize_number("1/2021/TT-BTTTT") == normalize_number("01/2021/TT-BTTTT")
    # Other numeric parts keep their zeros as written.
    assert normalize_number("5/07/QĐ") == "5/07/QD"
    assert normalize_number("0/QĐ") == "0/QD"


def test_normalize_number_orders_numbers_then_symbols() -> None:
    assert normalize_number("QĐ-UBND 3249") == "3249/QD-UBND"
    # Old-style slash inside the symbol gets the same key as a hyphen.
    assert normalize_number("144/2002/QĐ/BTC") == normalize_number("144/2002/QĐ-BTC")
    assert normalize_number("86/2015/QH13") == "86/2015/QH13"
    assert normalize_number("05-CT/TW") == "5/CT-TW"
    assert normalize_number("") == ""


def test_different_documents_get_different_keys() -> None:
    keys = {
        normalize_number(n)
        for n in ["3249/QĐ-UBND", "3249/QĐ-CTUBND", "3249/2021/QĐ-UBND", "324/QĐ-UBND"]
    }
    assert len(keys) == 4


# ------------------------------------------------------ looks_like / warning


@pytest.mark.parametrize(
    "number",
    [
        "3249/QĐ-UBND",
        "43/2011/NĐ-CP",
        "01/2021/TT-BTTTT",
        "86/2015/QH13",
        "178/CP",
        "12/2010/TTLT-BTC-BNV",
        "05-CT/TW",
        "Số: 3249/QĐ-UBND",
    ],
)
def test_usual_numbers_have_no_warning(number: str) -> None:
    assert looks_like_number(number)
    assert number_warning(number) is None


def test_irregular_number_gets_vietnamese_warning() -> None:
    assert not looks_like_number("22/19 QĐ-UBND")
    warning = number_warning("22/19 QĐ-UBND")
    assert warning is not None
    assert warning.startswith("Số ký hiệu không theo mẫu thường gặp")
    assert "khoảng trắng" in warning
    assert "“19”" in warning


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("3249/qđ-ubnd", "chữ thường"),
        ("3249/QĐ–UBND", "gạch dài"),
        ("144/2002/QĐ/BTC", "dấu /"),
        ("3249", "thiếu phần ký hiệu"),
        ("QĐ-UBND", "không bắt đầu bằng số"),
        ("1/2/2021/QĐ-UBND", "nhiều hơn hai phần số"),
    ],
)
def test_warning_explains_the_problem(number: str, reason: str) -> None:
    warning = number_warning(number)
    assert warning is not None and reason in warning


def test_empty_number_warning() -> None:
    assert number_warning("   ") == "Chưa nhập số, ký hiệu văn bản."


# ------------------------------------------------------------ find_citations

EXPECTED_DUYEN_HAI = {
    "43/2011/NĐ-CP",
    "72/2013/NĐ-CP",
    "27/2018/NĐ-CP",
    "85/2016/NĐ-CP",
    "61/2018/NĐ-CP",
    "64/2007/NĐ-CP",
    "32/2017/TT-BTTTT",
    "28/2009/TT-BTTTT",
    "25/2010/TT-BTTTT",
    "1762/QĐ-UBND",
    "3249/QĐ-UBND",
}


def test_real_decision_citations() -> None:
    text = DUYEN_HAI.read_text(encoding="utf-8")
    found = find_citations(text)
    assert {c.number for c in found} == EXPECTED_DUYEN_HAI
    assert {c.key for c in found} == {normalize_number(n) for n in EXPECTED_DUYEN_HAI}
    for c in found:
        assert text[c.start : c.end] == c.text
        assert c.kind is not None and c.text.startswith(c.kind)
        assert c.text.endswith(c.number)
    # 43/2011 is cited twice, 72/2013 too: 13 citations in order.
    assert len(found) == 13
    assert [c.start for c in found] == sorted(c.start for c in found)
    # Dates in the same text never match.
    spans = " ".join(c.text for c in found)
    assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", spans)


def test_real_decision_span_details() -> None:
    text = DUYEN_HAI.read_text(encoding="utf-8")
    by_text = {c.text: c for c in find_citations(text)}
    assert by_text["Nghị định 61/2018/NĐ-CP"].kind == "Nghị định"  # no "số"
    assert "Quyết định số 1762/QĐ-UBND" in by_text  # comma excluded
    assert by_text["Thông tư số 32/2017/TT-BTTTT"].kind == "Thông tư"


def test_real_transcript_citations() -> None:
    text = TCVN3_TRANSCRIPT.read_text(encoding="utf-8")
    found = {c.key: c for c in find_citations(text)}
    assert set(found) == {
        "86/2002/ND-CP",
        "178/CP",
        "63/NQ-UBTVQH10",
        "94/1998/ND-CP",
        "4/1998/QH10",
        "147/2002/QD-TTG",
        "5110/VPCP-KTTH",
        "5521/VPCP-KTTH",
        "1803/1998/QD-BTC",
        "137/2001/QD-BTC",
    }
    assert found["5110/VPCP-KTTH"].kind == "công văn"  # lower case as written
    assert found["4/1998/QH10"].kind is None  # "... thuế nhập khẩu số 04/1998/QH10"


@pytest.mark.parametrize(
    ("text", "kind", "number"),
    [
        (
            "Căn cứ Nghị định số 43/2011/NĐ-CP ngày 13/6/2011",
            "Nghị định",
            "43/2011/NĐ-CP",
        ),
        (
            "theo Quyết định số 1762/QĐ-UBND, ngày 27/8/2021",
            "Quyết định",
            "1762/QĐ-UBND",
        ),
        ("Luật số 86/2015/QH13.", "Luật", "86/2015/QH13"),
        ("Chỉ thị số 05-CT/TW ngày", "Chỉ thị", "05-CT/TW"),
        ("Công văn số 123/UBND-VP", "Công văn", "123/UBND-VP"),
        ("Kế hoạch 15/KH-UBND;", "Kế hoạch", "15/KH-UBND"),
        ("Nghị quyết số 01/2021/NQ-HĐND)", "Nghị quyết", "01/2021/NQ-HĐND"),
        (
            "Thông tư liên tịch số 12/2010/TTLT-BTC-BNV",
            "Thông tư liên tịch",
            "12/2010/TTLT-BTC-BNV",
        ),
        ("NGHỊ ĐỊNH SỐ 43/2011/NĐ-CP", "NGHỊ ĐỊNH", "43/2011/NĐ-CP"),
        ("Quyết định số: 3249/QĐ–UBND", "Quyết định", "3249/QĐ–UBND"),
        ("Quyết định số 22/19 QĐ-UBND", "Quyết định", "22/19 QĐ-UBND"),
        ("Quyết định số 147/2002/QĐ-TTg", "Quyết định", "147/2002/QĐ-TTg"),
    ],
)
def test_typed_citation(text: str, kind: str, number: str) -> None:
    (citation,) = find_citations(text)
    assert citation.kind == kind
    assert citation.number == number
    assert citation.text.startswith(kind) and citation.text.endswith(number)
    assert text[citation.start : citation.end] == citation.text


def test_bare_numbers_and_lists() -> None:
    text = "các Nghị định số 43/2011/NĐ-CP và 72/2013/NĐ-CP."
    first, second = find_citations(text)
    assert first.kind == "Nghị định" and first.key == "43/2011/ND-CP"
    assert second == Citation(
        34, 47, "72/2013/NĐ-CP", None, "72/2013/NĐ-CP", "72/2013/ND-CP"
    )
    assert [c.number for c in find_citations("43/2011/NĐ-CP")] == ["43/2011/NĐ-CP"]


@pytest.mark.parametrize(
    "text",
    [
        "ngày 13/6/2011 và ngày 04/10/2021",
        "hoạt động 24/24 giờ",
        "giai đoạn 2003-2005; 1998-2000",
        "Công văn số 123 cho UBND xã",
        "Luật Công nghệ thông tin ngày 29/6/2006",
        "HĐND - UBND thị xã",
        "Điều 3-QĐ",
        "http://example.vn/van-ban/43/2011/ND-CP",
    ],
)
def test_non_citations(text: str) -> None:
    assert find_citations(text) == []


def test_offsets_refer_to_nfc_text() -> None:
    text = unicodedata.normalize("NFD", "Căn cứ Nghị định số 43/2011/NĐ-CP.")
    (citation,) = find_citations(text)
    assert unicodedata.normalize("NFC", text)[citation.start : citation.end] == (
        "Nghị định số 43/2011/NĐ-CP"
    )
