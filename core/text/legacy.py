"""Detect and convert legacy 8-bit Vietnamese text (TCVN3/ABC and VNI-Windows).

Documents typed before Unicode (and many still circulating as .doc files) use
font-based encodings. When such text is copied out of an old file, extracted by
antiword/catdoc, or opened with the wrong font, users see the 8-bit bytes read
as Windows-1252: ``"Céng hoµ x· héi chñ nghÜa"`` (TCVN3) or
``"Coäng hoøa xaõ hoäi chuû nghóa"`` (VNI). This module turns that back into
Unicode Vietnamese.

Detection does not trust byte statistics: it converts every line both ways and
counts how many words become well-formed Vietnamese syllables (onset + rhyme +
a tone allowed for that rhyme). Lines are decided separately because real
documents mix TCVN3 and VNI line by line. The confidence reported is meant to
be honest: callers apply conversions only when :attr:`Detection.is_sure` and
otherwise show the proposal to an editor.

Mapping data: the VnConv charset table of UniKey (see ``data/SOURCES.md``),
loaded lazily on first use.

TCVN3 limitation: upper-case toned letters share the byte of the lower-case
letter (the capital shape came from the ``.VnTimeH`` font), so converted TCVN3
text has those letters in lower case (``"QUYÕT"`` -> ``"QUYếT"``). We do not
guess capitals back.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from .vietnamese import TONE_MARKS, nfc

__all__ = [
    "SURE_THRESHOLD",
    "Detection",
    "convert",
    "decode_bytes",
    "detect",
    "is_vietnamese_syllable",
]

Encoding = Literal["unicode", "tcvn3", "vni", "mixed", "unknown"]

# Confidence at or above which a conversion may be applied without review.
SURE_THRESHOLD = 0.9

_TABLE_PATH = Path(__file__).with_name("data") / "unikey_vnconv_charset_table.csv"

# --------------------------------------------------------------------------
# Decode tables (built lazily from the CSV)
# --------------------------------------------------------------------------


def _as_read(byte: int) -> str:
    """The character a Windows-1252 system shows for ``byte``.

    Bytes undefined in cp1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) are shown as the
    Latin-1 control character of the same value.
    """
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


@dataclass(frozen=True)
class _Tables:
    tcvn3: dict[int, str]  # for str.translate
    vni: dict[str, str]  # one- or two-character as-read keys
    vni_re: re.Pattern[str]
    letters: frozenset[str]  # Vietnamese letters (Unicode) in the table
    legacy_chars: frozenset[str]  # as-read characters that mean something


@cache
def _tables() -> _Tables:
    """Parse the VnConv table once, on first use."""
    with _TABLE_PATH.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))

    tcvn3: dict[int, str] = {}
    vni: dict[str, str] = {}
    letters: set[str] = set()
    # Combining sequence carried by each VNI mark byte ("ù" -> U+0301).
    mark_combining: dict[str, str] = {}
    mark_case_pair: dict[str, str] = {}
    pending_case: dict[str, str] = {}

    for row in rows:
        char = row["unicode_char"]
        if char.isalpha() and not char.isascii():
            letters.add(char)
        tcvn = row["TCVN3_byte"]
        if tcvn:
            byte = int(tcvn, 16)
            key = _as_read(byte)
            # Upper and lower case share TCVN3 bytes; keep the lower case.
            if (
                byte >= 0x80
                and key != char
                and (ord(key) not in tcvn3 or char.islower())
            ):
                tcvn3[ord(key)] = char
        vni_bytes = row["VNI-WIN_bytes"].split()
        if len(vni_bytes) == 1:
            byte = int(vni_bytes[0], 16)
            key = _as_read(byte)
            if byte >= 0x80 and key != char:
                vni[key] = char
        elif len(vni_bytes) == 2:
            base, mark = (_as_read(int(b, 16)) for b in vni_bytes)
            vni[base + mark] = char
            base_char = vni.get(base, base)
            decomposed = unicodedata.normalize("NFD", char)
            base_decomposed = unicodedata.normalize("NFD", base_char)
            if decomposed.startswith(base_decomposed):
                mark_combining.setdefault(mark, decomposed[len(base_decomposed) :])
            # Pair up lower/upper case mark bytes through the same letter.
            lower = char.lower()
            if char.isupper():
                pending_case[lower] = mark
            elif lower in pending_case:
                upper_mark = pending_case.pop(lower)
                mark_case_pair[mark] = upper_mark
                mark_case_pair[upper_mark] = mark

    # Typists mixed upper-case letters with lower-case mark bytes (and the
    # reverse), and put marks on bases the table spells as one byte ("iø").
    # Accept any base + mark that composes to a real Vietnamese letter.
    bases = [c for c in "aeiouyAEIOUY"] + [
        k for k, v in vni.items() if len(k) == 1 and v.lower() in "ơư"
    ]
    for base in bases:
        base_char = vni.get(base, base)
        for mark, combining in mark_combining.items():
            key = base + mark
            if key in vni:
                continue
            composed = unicodedata.normalize("NFC", base_char + combining)
            if composed in letters:
                vni[key] = composed
            elif mark in mark_case_pair:
                # Case of the letter follows the base, not the mark.
                other = mark_combining.get(mark_case_pair[mark])
                if other:
                    composed = unicodedata.normalize("NFC", base_char + other)
                    if composed in letters:
                        vni[key] = composed

    pairs = sorted((k for k in vni if len(k) == 2), key=lambda k: k)
    singles = "".join(sorted(k for k in vni if len(k) == 1))
    pattern = "|".join(re.escape(k) for k in pairs)
    vni_re = re.compile(f"{pattern}|[{re.escape(singles)}]")
    legacy_chars = frozenset(chr(k) for k in tcvn3) | frozenset("".join(vni))
    legacy_chars = frozenset(c for c in legacy_chars if not c.isascii())
    return _Tables(tcvn3, vni, vni_re, frozenset(letters), legacy_chars)


def convert(text: str, encoding: str) -> str:
    """Convert as-read legacy text to Unicode (NFC).

    ``encoding`` is ``"tcvn3"``, ``"vni"`` or ``"unicode"`` (returned as NFC).
    The whole text is converted with the one table; for documents mixing
    encodings use :func:`detect`, which converts line by line.

    TCVN3 writes ``ư`` as byte 0xAD, which cp1252 shows as a soft hyphen and
    tools such as catdoc silently drop. When ``text`` has no soft hyphen at
    all, words that only make sense with that ``ư`` are repaired
    (``trởng`` -> ``trưởng``, ``nớc`` -> ``nước``, ``nhng`` -> ``nhưng``); see
    :func:`_restore_dropped_u`.
    """
    enc = _canonical_encoding(encoding)
    if enc == "unicode":
        return nfc(text)
    tables = _tables()
    if enc == "tcvn3":
        converted = nfc(text.translate(tables.tcvn3))
        if "\u00ad" not in text:
            converted = _restore_dropped_u(converted)
        return converted
    vni = tables.vni
    return nfc(tables.vni_re.sub(lambda m: vni[m.group()], text))


def _canonical_encoding(encoding: str) -> str:
    enc = encoding.lower().replace("-", "").replace("_", "")
    if enc in {"unicode", "utf8"}:
        return "unicode"
    if enc in {"tcvn3", "abc", "tcvn"}:
        return "tcvn3"
    if enc in {"vni", "vniwin", "vniwindows"}:
        return "vni"
    raise ValueError(f"unknown legacy encoding: {encoding!r}")


# Lower-case "ơ" with any tone: where a dropped "ư" would have stood before it.
_O_HORN = frozenset("ơớờởỡợ")
# Words that have no vowel left once "ư" is dropped and no other reading.
_U_ONLY_WORDS = {"nh": "như", "nhng": "nhưng", "Nh": "Như", "Nhng": "Nhưng"}


def _restore_dropped_u(text: str) -> str:
    """Re-insert a dropped TCVN3 ``ư`` where the word is otherwise invalid.

    Only words that are *not* Vietnamese syllables as they stand and become
    one with ``ư`` before their ``ơ`` (``ơng``, ``ơc``, ``ơu`` rhymes) are
    changed, so valid words are never touched; ambiguous ones such as
    ``dới`` (for ``dưới``) stay as they are.
    """

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        if word in _U_ONLY_WORDS:
            return _U_ONLY_WORDS[word]
        if is_vietnamese_syllable(word):
            return word
        for i, ch in enumerate(word):
            if ch in _O_HORN:
                if i == 0 or word[i - 1].lower() in _VOWELS:
                    return word
                candidate = word[:i] + "ư" + word[i:]
                return candidate if is_vietnamese_syllable(candidate) else word
        return word

    return _WORD_RE.sub(fix, text)


# --------------------------------------------------------------------------
# Vietnamese syllable check
# --------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W\d_]+")
_ONSETS = (
    "ngh ng nh ch gh gi kh ph th tr qu b c d đ g h k l m n p r s t v x"
).split() + [""]


def _rhymes() -> frozenset[str]:
    """All toneless Vietnamese rhymes (permissive: spelling, not dictionary)."""
    open_rhymes = (
        "a e ê i y o ô ơ u ư ia ya ua ưa oa oe uê uy uơ uya ai ao au ay âu ây eo"
        " êu iu oi ôi ơi ui ưi ưu iêu yêu oai oao oay oeo uây uôi ươi ươu uyu"
    ).split()
    closed = {
        "a": "c ch m n ng nh p t",
        "ă": "c m n ng p t",
        "â": "c m n ng p t",
        "e": "c ch m n ng nh p t",
        "ê": "c ch m n nh p t",
        "i": "c ch m n nh p t",
        "y": "ch nh t",
        "o": "c m n ng p t",
        "oo": "c ng",
        "ô": "c m n ng p t",
        "ơ": "c m n p t",
        "u": "c m n ng p t",
        "ư": "c m n ng t",
        "iê": "c m n ng p t",
        "yê": "m n ng t",
        "uô": "c m n ng t",
        "ươ": "c m n ng p t",
        "oa": "c ch m n ng nh p t",
        "oă": "c m n ng t",
        "oe": "n t",
        "uâ": "n ng t",
        "uê": "ch nh",
        "uy": "ch n nh p t",
        "uyê": "n t",
    }
    rhymes = set(open_rhymes)
    for nucleus, codas in closed.items():
        rhymes.update(nucleus + coda for coda in codas.split())
    return frozenset(rhymes)


_RHYMES = _rhymes()
_STOP_CODAS = ("c", "ch", "p", "t")
_STOP_TONES = frozenset("\u0301\u0323")  # sắc, nặng
_FRONT = ("e", "ê", "i", "y")
_VOWELS = frozenset(
    unicodedata.normalize("NFC", v + t)
    for v in "aăâeêioôơuưy"
    for t in ("", *sorted(TONE_MARKS))
)


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """True if ``word`` is spelled like one Vietnamese syllable.

    Checks onset, rhyme, spelling rules (k/gh/ngh before front vowels, c/ng/g
    not) and that a rhyme ending in p/t/c/ch carries sắc or nặng. It is a
    shape test, not a dictionary: enough to tell converted text from mojibake.
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if c not in TONE_MARKS)
    )
    for onset in _ONSETS:
        if not bare.startswith(onset):
            continue
        rhyme = bare[len(onset) :]
        if rhyme not in _RHYMES:
            continue
        first = rhyme[0]
        if onset in ("k", "gh", "ngh") and first not in _FRONT:
            continue
        if (
            onset in ("c", "ng", "g")
            and first in ("e", "ê")
            or (onset in ("c", "ng") and first in ("i", "y"))
        ):
            continue
        if onset == "qu" and first in ("o", "u"):
            continue
        if rhyme.endswith(_STOP_CODAS) and tones and tones[0] not in _STOP_TONES:
            continue
        return True
    return False


# --------------------------------------------------------------------------
# Detection
# --------------------------------------------------------------------------

_CANDIDATES = ("unicode", "tcvn3", "vni")


def _token_ok(token: str) -> bool:
    words = _WORD_RE.findall(token)
    return bool(words) and all(is_vietnamese_syllable(w) for w in words)


@dataclass(frozen=True)
class Detection:
    """Result of :func:`detect`.

    ``converted`` is ``None`` when nothing should change (Unicode or unknown
    input); otherwise it is the whole text converted line by line.
    ``confidence`` is in [0, 1]: roughly the share of words that became valid
    Vietnamese syllables, discounted when there is little evidence or when the
    text already read as Vietnamese before conversion.
    """

    encoding: Encoding
    confidence: float
    converted: str | None

    @property
    def is_sure(self) -> bool:
        """Safe to apply without showing it to an editor first."""
        return self.confidence >= SURE_THRESHOLD


@dataclass
class _LineScore:
    informative: int = 0
    valid: dict[str, int] | None = None
    certain_unicode: bool = False


def _is_vietnamese_unicode_char(ch: str) -> bool:
    """Letters legacy as-read text can never contain (no cp1252 equivalent)."""
    cp = ord(ch)
    return 0x1EA0 <= cp <= 0x1EF9 or ch in "ăĂđĐĩĨũŨơƠưƯ"


def _score_line(line: str, tables: _Tables) -> _LineScore:
    score = _LineScore(valid=dict.fromkeys(_CANDIDATES, 0))
    if line.isascii():
        return score
    if any(_is_vietnamese_unicode_char(c) for c in line):
        score.certain_unicode = True
    assert score.valid is not None
    legacy_chars = tables.legacy_chars
    tokens = line.split()
    informative = [
        i
        for i, token in enumerate(tokens)
        if not token.isascii()
        and any(c in legacy_chars or c.isalpha() for c in token if ord(c) > 127)
    ]
    if not informative:
        return score
    score.informative = len(informative)
    for enc in _CANDIDATES:
        # Conversion never creates or removes whitespace, so tokens align.
        converted = convert(line, enc).split()
        if len(converted) != len(tokens):  # pragma: no cover - defensive
            converted = [convert(t, enc) for t in tokens]
        score.valid[enc] = sum(_token_ok(converted[i]) for i in informative)
    return score


def _evidence(n: int) -> float:
    """How much a verdict over ``n`` words can be trusted (0 -> 1)."""
    return 1.0 - math.exp(-n / 4.0)


def detect(text: str) -> Detection:
    """Tell Unicode Vietnamese from as-read TCVN3/VNI and convert the latter.

    Each line is scored under every candidate reading; the document's dominant
    reading wins ties so that short lines follow their neighbours, while a
    line that reads clearly better another way (mixed documents) switches.
    Plain ASCII is ``"unicode"`` with nothing to convert.
    """
    text = nfc(text)
    if text.isascii():
        return Detection("unicode", 1.0, None)
    tables = _tables()
    lines = text.splitlines(keepends=True)
    scores = [_score_line(line, tables) for line in lines]

    totals = dict.fromkeys(_CANDIDATES, 0)
    informative = 0
    certain = 0
    for s in scores:
        assert s.valid is not None
        informative += s.informative
        if s.certain_unicode:
            certain += s.informative
            totals["unicode"] += s.informative
            continue
        for enc in _CANDIDATES:
            totals[enc] += s.valid[enc]
    if informative == 0:
        # Non-ASCII but nothing letter-like (dashes, quotes, symbols).
        return Detection("unicode", 1.0, None)

    dominant = max(_CANDIDATES, key=lambda e: (totals[e], e == "unicode"))
    chosen: list[str] = []
    for s in scores:
        assert s.valid is not None
        if s.certain_unicode or s.informative == 0:
            chosen.append("unicode")
            continue
        valid = s.valid
        chosen.append(
            max(_CANDIDATES, key=lambda e: (valid[e], e == dominant, e == "unicode"))
        )

    # Tally the verdicts over informative words only.
    used: dict[str, int] = dict.fromkeys(_CANDIDATES, 0)
    good = 0
    asis_good = 0
    legacy_n = 0
    for s, enc in zip(scores, chosen, strict=True):
        assert s.valid is not None
        if not s.informative:
            continue
        used[enc] += s.informative
        if s.certain_unicode:
            good += s.informative
            continue
        good += s.valid[enc]
        if enc != "unicode":
            legacy_n += s.informative
            asis_good += s.valid["unicode"]

    quality = good / informative
    if quality < 0.5 and certain == 0:
        return Detection("unknown", 0.0, None)

    legacy_used = [e for e in ("tcvn3", "vni") if used[e]]
    if not legacy_used:
        return Detection("unicode", _unicode_confidence(scores, certain), None)

    if len(legacy_used) == 2 or used["unicode"] and _has_vietnamese(scores, chosen):
        encoding: Encoding = "mixed"
    else:
        encoding = legacy_used[0]  # type: ignore[assignment]

    converted = "".join(
        line if enc == "unicode" else convert(line, enc)
        for line, enc in zip(lines, chosen, strict=True)
    )
    legacy_good = sum(
        s.valid[enc]  # type: ignore[index]
        for s, enc in zip(scores, chosen, strict=True)
        if enc != "unicode"
    )
    legacy_quality = legacy_good / legacy_n
    asis_quality = asis_good / legacy_n
    margin = min(1.0, max(0.0, (legacy_quality - asis_quality) / 0.3))
    confidence = quality * legacy_quality * margin * _evidence(legacy_n)
    return Detection(encoding, round(confidence, 4), converted)


def _has_vietnamese(scores: list[_LineScore], chosen: list[str]) -> bool:
    """True if some line was left as Unicode *Vietnamese* (not just ASCII)."""
    return any(
        enc == "unicode" and s.informative and (s.certain_unicode or s.valid)
        for s, enc in zip(scores, chosen, strict=True)
    )


def _unicode_confidence(scores: list[_LineScore], certain: int) -> float:
    """Confidence that no line needs converting."""
    n = 0
    good = 0
    alt = 0
    for s in scores:
        assert s.valid is not None
        if s.certain_unicode or not s.informative:
            continue
        n += s.informative
        good += s.valid["unicode"]
        alt += max(s.valid["tcvn3"], s.valid["vni"])
    if n == 0:
        return 1.0
    quality = good / n
    margin = min(1.0, max(0.0, (good - alt) / n / 0.3))
    evidence = 1.0 if certain else _evidence(n)
    # Lines with letters only Unicode has (ư, ơ, đ, ệ …) are certain.
    weight = certain / (certain + n)
    return round(weight + (1 - weight) * quality * margin * evidence, 4)


def decode_bytes(data: bytes) -> Detection:
    """Detect/convert raw 8-bit text, e.g. from ``antiword``/``catdoc`` output.

    The bytes are read as Windows-1252 exactly as a user's system would show
    them (undefined bytes fall back to Latin-1), then :func:`detect` runs.
    UTF-8 input is recognised first, so Unicode files pass through untouched.
    ``converted`` is always filled in, even for Unicode input, because the
    caller needs text either way.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1").translate(_cp1252_fixup())
    result = detect(text)
    if result.converted is None:
        return Detection(result.encoding, result.confidence, nfc(text))
    return result


@cache
def _cp1252_fixup() -> dict[int, str]:
    """Latin-1 -> Windows-1252 for 0x80-0x9F (where the two differ)."""
    return {b: _as_read(b) for b in range(0x80, 0xA0)}
