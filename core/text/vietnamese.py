"""Vietnamese text helpers: normalisation, search folding, slugs.

Everything here is pure Python so it can run in templates, search indexing and
management commands alike. Tables are built once at import time: they are small
(a few hundred entries) and make the hot paths a single ``str.translate``.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "TONE_MARKS",
    "fold",
    "fold_tones",
    "nfc",
    "slugify_vi",
    "strip_tones",
]

# Combining marks for the five written tones (sắc, huyền, hỏi, ngã, nặng).
# The other Vietnamese marks (circumflex U+0302, breve U+0306, horn U+031B)
# change the vowel itself and are not tones.
TONE_MARKS = frozenset("\u0301\u0300\u0309\u0303\u0323")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC.

    Text typed with some Vietnamese keyboards (or pasted from macOS) arrives
    decomposed (NFD: base letter + combining marks); composing it makes equal
    strings compare equal and keeps offsets stable. Tone *placement* is left
    exactly as written (``hòa`` stays ``hòa``, ``hoà`` stays ``hoà``): both are
    accepted spellings and changing a citizen's text would be presumptuous.
    Use :func:`fold_tones` or :func:`fold` to compare the two placements.
    """
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _build_fold_table() -> dict[int, str | None]:
    """Map every precomposed Latin letter to its lower-case ASCII base.

    Covers Latin-1, Latin Extended-A/B and Latin Extended Additional (where
    most Vietnamese letters with two marks live), so ``fold`` needs no
    per-character ``unicodedata`` call.
    """
    table: dict[int, str | None] = {}
    ranges = (range(0x00C0, 0x0250), range(0x1E00, 0x1F00))
    for block in ranges:
        for cp in block:
            ch = chr(cp)
            base = "".join(
                c
                for c in unicodedata.normalize("NFD", ch)
                if not unicodedata.combining(c)
            )
            if base != ch and base.isascii() and base.isalpha():
                table[cp] = base.lower()
    # đ/Đ have no decomposition; map them to "d" (never "dj" as generic
    # transliterators do, and never drop them: "Đường" -> "duong").
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    # Stray combining marks (text that NFC could not compose) disappear.
    for cp in range(0x0300, 0x0370):
        table[cp] = None
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Fold text for search: NFC, lower case, no diacritics, ``đ`` -> ``d``.

    Citizens often type without marks ("quyet dinh") or with a different tone
    placement; folding both the index and the query makes them match.
    ``fold("Quyết định số 3249/QĐ-UBND") == "quyet dinh so 3249/qd-ubnd"``.
    """
    return nfc(text).translate(_FOLD_TABLE).lower()


def strip_tones(text: str) -> str:
    """Remove the five tone marks but keep vowel marks (â ă ê ô ơ ư) and đ.

    Used to check syllable structure independently of the tone.
    """
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if c not in TONE_MARKS)
    )


# Old-style placement puts the tone on the first vowel of the open rhymes
# "oa", "oe" and "uy" (hòa, khỏe, thủy); the new style (Quy định chính tả
# 2018 and most current software) puts it on the second vowel (hoà, khoẻ,
# thuỷ). With a final consonant both styles already agree (hoàn, thuyền).
# Matched on NFD text: vowel, tone mark, vowel, then no further letter.
# "qu" + "y" is excluded: in "quý" the "u" belongs to the onset.
_OLD_STYLE_RE = re.compile(
    "(?<![qQ])([uU])([\u0301\u0300\u0309\u0303\u0323])([yY])(?![^\\W\\d_])"
    "|([oO])([\u0301\u0300\u0309\u0303\u0323])([aAeE])(?![^\\W\\d_])"
)


def _move_tone(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1) + match.group(3) + match.group(2)
    return match.group(4) + match.group(6) + match.group(5)


def fold_tones(text: str) -> str:
    """Canonicalise tone placement to the *new* style, keeping all marks.

    ``fold_tones("hòa") == fold_tones("hoà") == "hoà"``; likewise
    ``thủy``/``thuỷ`` -> ``thuỷ`` and ``khỏe``/``khoẻ`` -> ``khoẻ``. Use it
    for accent-sensitive search keys; :func:`fold` strips marks altogether
    and needs no such step.
    """
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OLD_STYLE_RE.sub(_move_tone, decomposed))


_NON_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify_vi(text: str, max_length: int = 80) -> str:
    """Make an ASCII URL slug from Vietnamese text.

    ``"Đường Lê Lợi" -> "duong-le-loi"``. Uses :func:`fold` (so đ becomes d,
    never "dj" or nothing), transliterates any remaining non-Latin characters
    with anyascii, collapses everything else to single hyphens and cuts on a
    word boundary so slugs never end in half a word. Returns ``""`` when
    nothing sluggable is left; callers pick their own fallback.
    """
    folded = fold(text)
    if not folded.isascii():
        from anyascii import anyascii  # rarely needed; keep import time low

        folded = anyascii(folded).lower()
    slug = _NON_SLUG_RE.sub("-", folded).strip("-")
    if max_length <= 0 or len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    if cut[-1] == "-":
        return cut.rstrip("-")
    head, sep, _ = cut.rpartition("-")
    if sep and head:
        return head.rstrip("-")
    return slug[:max_length]
