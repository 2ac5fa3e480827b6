"""Vietnamese document numbers ("số ký hiệu") and citations of them.

A document number such as ``3249/QĐ-UBND`` or ``43/2011/NĐ-CP`` is typed in
many ways (``3249/qd-ubnd``, ``3249 QD UBND``, en dashes, stray spaces) and the
portal must treat them as one document. :func:`normalize_number` gives the
canonical key used for lookups; :func:`find_citations` finds references in
running text so they can be linked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vietnamese import fold, nfc

__all__ = [
    "DOCUMENT_TYPES",
    "Citation",
    "find_citations",
    "looks_like_number",
    "normalize_number",
    "number_warning",
]

# Any run of these separates the parts of a number as people type it: slash,
# hyphen and its Unicode look-alikes, whitespace, dot, colon, comma, underscore.
_SEPARATORS_RE = re.compile(r"[\s/\\\-\u2010-\u2015\u2212_.:,;]+")
# "Số: 3249/QĐ-UBND" -> the "Số:" label is not part of the number.
_SO_PREFIX_RE = re.compile(r"^\s*SO\b\s*[:.]?\s*(?=\d)")


def normalize_number(s: str) -> str:
    """Canonical lookup key for a document number, however it was typed.

    Rule: fold (đ -> d, no diacritics), upper-case, split on any run of
    separators (``/ - – — . :`` and spaces), then write the numeric parts
    joined by ``/`` followed by the symbol parts joined by ``-``, each group
    in its original order. Leading zeros are dropped from the *first* numeric
    part only (the serial number: ``01/2021/TT-BTTTT`` and ``1/2021/TT-BTTTT``
    are the same document); other parts are kept as written. A leading
    ``Số:`` label is ignored.

    >>> normalize_number("  3249 / QĐ – UBND")
    '3249/QD-UBND'
    >>> normalize_number("22/19 QĐ-UBND")
    '22/19/QD-UBND'
    """
    folded = _SO_PREFIX_RE.sub("", fold(s).upper())
    numbers: list[str] = []
    symbols: list[str] = []
    for part in _SEPARATORS_RE.split(folded):
        if not part:
            continue
        (numbers if part.isdigit() else symbols).append(part)
    if numbers:
        numbers[0] = numbers[0].lstrip("0") or "0"
    key = "/".join(numbers)
    if symbols:
        key = f"{key}/{'-'.join(symbols)}" if key else "-".join(symbols)
    return key


# <serial>[/<year>]/<SYMBOL>[-<SYMBOL>...], as Nghị định 30/2020/NĐ-CP lays out,
# or the Party's <serial>-<TYPE>/<BODY> ("05-CT/TW", "36-NQ/TU").
_USUAL_RE = re.compile(
    r"\d+(?:/\d{4})?/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ][A-ZĐ0-9]*)*"
    r"|\d+-[A-ZĐ][A-ZĐ0-9]*(?:/[A-ZĐ][A-ZĐ0-9]*)+"
)
# The "Số:" label as printed in a document header.
_LABEL_RE = re.compile(r"^(?i:số)\s*[:.]?\s*(?=\d)")


def _strip_label(s: str) -> str:
    return _LABEL_RE.sub("", nfc(s).strip())


def looks_like_number(s: str) -> bool:
    """True if ``s`` follows the usual ``<số>[/<năm>]/<KÝ HIỆU>`` pattern.

    The Party's ``<số>-<LOẠI>/<CƠ QUAN>`` form (``05-CT/TW``) is accepted too,
    and so is a leading ``Số:`` label. Only a plausibility check for editors:
    irregular numbers exist on real documents (``22/19 QĐ-UBND``) and must
    still be accepted.
    """
    return bool(_USUAL_RE.fullmatch(_strip_label(s)))


def number_warning(s: str) -> str | None:
    """A Vietnamese warning for an unusual document number, or ``None``.

    Never a rejection: the number must be recorded exactly as printed on the
    document, so the form shows this text and lets the editor save anyway.
    """
    text = _strip_label(s)
    if not text:
        return "Chưa nhập số, ký hiệu văn bản."
    if looks_like_number(text):
        return None
    reasons: list[str] = []
    parts = [p for p in _SEPARATORS_RE.split(text) if p]
    numbers = [p for p in parts if p.isdigit()]
    symbols = [p for p in parts if not p.isdigit()]
    if not text[0].isdigit():
        reasons.append("không bắt đầu bằng số thứ tự")
    if any(ch.isspace() for ch in text):
        reasons.append("có khoảng trắng")
    if re.search(r"[\u2010-\u2015\u2212]", text):
        reasons.append("dùng dấu gạch dài (–) thay cho dấu gạch nối (-)")
    if any(ch.islower() for ch in text):
        reasons.append("ký hiệu có chữ thường (thường viết hoa, ví dụ QĐ-UBND)")
    for year in numbers[1:2]:
        if len(year) != 4:
            reasons.append(f"phần năm “{year}” không đủ 4 chữ số")
    if len(numbers) > 2:
        reasons.append("có nhiều hơn hai phần số")
    if not symbols:
        reasons.append("thiếu phần ký hiệu (ví dụ QĐ-UBND)")
    elif re.search(r"[A-Za-zĐđ]\s*/\s*[A-Za-zĐđ]", text):
        reasons.append("các phần ký hiệu nối bằng dấu / thay cho dấu gạch nối (-)")
    detail = "; ".join(reasons) if reasons else "cấu trúc khác thường"
    return (
        "Số ký hiệu không theo mẫu thường gặp «số/năm/KÝ HIỆU» "
        f"(ví dụ 3249/QĐ-UBND, 43/2011/NĐ-CP): {detail}. "
        "Vẫn có thể lưu nếu văn bản gốc ghi đúng như vậy."
    )


# --------------------------------------------------------------------------
# Citations in running text
# --------------------------------------------------------------------------

# Longest first so that "Thông tư liên tịch" wins over "Thông tư".
DOCUMENT_TYPES: tuple[str, ...] = (
    "Thông tư liên tịch",
    "Nghị quyết liên tịch",
    "Nghị định",
    "Nghị quyết",
    "Quyết định",
    "Thông tư",
    "Chỉ thị",
    "Công văn",
    "Công điện",
    "Kế hoạch",
    "Thông báo",
    "Hướng dẫn",
    "Tờ trình",
    "Báo cáo",
    "Văn bản",
    "Pháp lệnh",
    "Bộ luật",
    "Luật",
    "Lệnh",
)

_TYPES = "|".join(
    r"\s+".join(re.escape(w) for w in t.split())
    for t in sorted(DOCUMENT_TYPES, key=len, reverse=True)
)
# Symbol parts start with a capital ("QĐ", "TTg", "QH13", "NĐ-CP"); digits and
# later lower-case letters are allowed inside a part ("QĐ-TTg").
_PART = r"[A-ZĐ][A-ZĐa-zđ0-9]*"
_NEXT_PART = r"[-\u2010-\u2015/][A-ZĐ0-9][A-ZĐa-zđ0-9]*"
_SYMBOL = rf"{_PART}(?:{_NEXT_PART})*"
_MULTI_SYMBOL = rf"{_PART}(?:{_NEXT_PART})+"
_PARTY = r"[A-ZĐ][A-ZĐa-zđ0-9]*(?:/[A-ZĐ][A-ZĐa-zđ0-9]*)+"
# After a document type the number may be sloppier: spaces around slashes
# ("144 /2002/QĐ/BTC") or a space before a symbol of two or more parts
# ("22/19 QĐ-UBND"; a single word after a space, "Luật 2015 CHXHCN", is not).
_TYPED_RE = re.compile(
    rf"(?<![^\W\d_])(?P<kind>(?i:{_TYPES}))\s+(?:(?i:số)\s*[:.]?\s*)?"
    rf"(?P<number>\d{{1,5}}(?:\s?/\s?\d{{1,5}})*"
    rf"(?:(?:\s?/\s?|-){_SYMBOL}|\s{_MULTI_SYMBOL}))(?!\w)"
)
# A bare number needs the strict shape: digits, slash (or the Party's hyphen:
# "05-CT/TW"), capitalised symbol. A date ("13/6/2011") has no symbol and
# never matches.
_BARE_RE = re.compile(
    rf"(?<![\w/])(?P<number>\d{{1,5}}(?:(?:/\d{{1,5}})*/{_SYMBOL}|-{_PARTY}))(?!\w)"
)


@dataclass(frozen=True)
class Citation:
    """A reference to a document found in text.

    ``start``/``end`` delimit ``text`` in the NFC form of the searched text
    and cover the type word through the number, ready to be wrapped in a
    link. ``kind`` is the document type as written ("Nghị định") or ``None``
    for a bare number; ``key`` is :func:`normalize_number` of ``number``.
    """

    start: int
    end: int
    text: str
    kind: str | None
    number: str
    key: str


def find_citations(text: str) -> list[Citation]:
    """Find document citations in ``text``, in order of appearance.

    Finds "Nghị định số 43/2011/NĐ-CP", "Nghị định 61/2018/NĐ-CP" (no "số"),
    "Luật số 86/2015/QH13", other document types in :data:`DOCUMENT_TYPES`,
    and bare numbers with a recognisable symbol ("72/2013/NĐ-CP" in a list).
    Trailing punctuation is never part of a match. Offsets refer to
    ``nfc(text)``, which is ``text`` itself for NFC input (the portal stores
    NFC).
    """
    text = nfc(text)
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for m in _TYPED_RE.finditer(text):
        number = m.group("number")
        found.append(
            Citation(
                m.start(),
                m.end(),
                m.group(),
                m.group("kind"),
                number,
                normalize_number(number),
            )
        )
        taken.append((m.start(), m.end()))
    for m in _BARE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        number = m.group("number")
        found.append(
            Citation(m.start(), m.end(), number, None, number, normalize_number(number))
        )
    found.sort(key=lambda c: c.start)
    return found
