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

import bisect
import csv
import math
import re
import unicodedata
from dataclasses import dataclass, field
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


_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def _is_vietnamese_letter(char: str) -> bool:
    if char in "đĐ":
        return True
    decomposed = unicodedata.normalize("NFD", char)
    return (
        decomposed[:1].isascii()
        and decomposed[:1].isalpha()
        and all(c in _VIETNAMESE_MARKS for c in decomposed[1:])
    )


@dataclass(frozen=True)
class _Tables:
    tcvn3: dict[int, str]  # for str.translate
    vni: dict[str, str]  # one- or two-character as-read keys
    vni_re: re.Pattern[str]
    letters: frozenset[str]  # Vietnamese letters (Unicode) in the table
    # A non-ASCII letter, or an as-read character some table converts.
    meaningful_re: re.Pattern[str]


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
    for row in rows:
        char = row["unicode_char"]
        if not _is_vietnamese_letter(char):
            # The trailing Western symbols map to themselves, except VnConv's
            # odd TCVN3 0x82 -> U+20A1, which would corrupt low quotes.
            continue
        if not char.isascii():
            letters.add(char)
        tcvn = row["TCVN3_byte"]
        if tcvn:
            byte = int(tcvn, 16)
            key = ord(_as_read(byte))
            # Upper and lower case share TCVN3 bytes; keep the lower case.
            if byte >= 0x80 and (key not in tcvn3 or char.islower()):
                tcvn3[key] = char
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

    # Typists mixed upper-case letters with lower-case mark bytes (and the
    # reverse), and put marks on bases the table spells as one byte ("iø").
    # Accept any base + mark that composes to a real Vietnamese letter; the
    # letter's case follows the base.
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

    # Drop identities ("ý" is byte 0xFD in both TCVN3 and cp1252).
    tcvn3 = {k: v for k, v in tcvn3.items() if chr(k) != v}
    pair_bases = "".join(sorted({k[0] for k in vni if len(k) == 2}))
    marks = "".join(sorted({k[1] for k in vni if len(k) == 2}))
    singles = "".join(sorted(k for k in vni if len(k) == 1))
    vni_re = re.compile(
        f"[{re.escape(pair_bases)}][{re.escape(marks)}]|[{re.escape(singles)}]"
    )
    legacy_chars = {chr(k) for k in tcvn3} | set("".join(vni))
    legacy = "".join(sorted(c for c in legacy_chars if not c.isascii()))
    meaningful_re = re.compile(f"[{re.escape(legacy)}]|" + r"(?![\x00-\x7f])[^\W\d_]")
    return _Tables(tcvn3, vni, vni_re, frozenset(letters), meaningful_re)


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
    return _convert(text, _canonical_encoding(encoding), "\u00ad" not in text)


def _convert(text: str, enc: str, restore_u: bool) -> str:
    """:func:`convert` for a canonical ``enc``, repair decided by the caller.

    :func:`detect` decides ``restore_u`` once per document, so a line that
    happens to have no soft hyphen in a document that kept them is not
    "repaired".
    """
    if enc == "unicode":
        return nfc(text)
    tables = _tables()
    if enc == "tcvn3":
        converted = nfc(text.translate(tables.tcvn3))
        return _restore_dropped_u(converted) if restore_u else converted
    return nfc(tables.vni_re.sub(_vni_replace, text))


def _vni_replace(match: re.Match[str]) -> str:
    vni = _tables().vni
    key = match.group()
    found = vni.get(key)
    if found is not None:
        return found
    # A base letter followed by a mark that cannot sit on it ("iâ"): convert
    # the base if it is a one-byte letter and leave the stray mark visible.
    return vni.get(key[0], key[0]) + key[1]


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
# Only words with an "ơ" or in the list above can need repair.
_U_CANDIDATE_RE = re.compile(
    r"(?<![^\W\d_])(?:[^\W\d_]*[ơớờởỡợ][^\W\d_]*|[Nn]h(?:ng)?)(?![^\W\d_])"
)


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
                if i > 0 and word[i - 1].lower() in _VOWELS:
                    return word
                candidate = word[:i] + "ư" + word[i:]
                return candidate if is_vietnamese_syllable(candidate) else word
        return word

    return _U_CANDIDATE_RE.sub(fix, text)


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
        "e": "c m n ng p t",
        "ê": "ch m n nh p t",
        "i": "ch m n nh p t",
        "y": "ch nh t",
        "o": "c m n ng p t",
        "oo": "c ng",
        "ô": "c m n ng p t",
        "ơ": "m n p t",
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


_ACRONYM_RE = re.compile(r"[A-ZĐ]*Đ[A-ZĐ]*")


@lru_cache(maxsize=65536)
def _token_ok(token: str) -> bool:
    """A whitespace token reads as Vietnamese.

    Its non-ASCII words must all be syllables or upper-case acronyms with Đ
    (HĐND, QĐ, BHLĐ); ASCII words inside it (the "TTg" of "QĐ-TTg") are
    neutral. A token with no non-ASCII word does not count as Vietnamese.
    """
    words = [w for w in _WORD_RE.findall(token) if not w.isascii()]
    return bool(words) and all(
        is_vietnamese_syllable(w) or (len(w) > 1 and _ACRONYM_RE.fullmatch(w))
        for w in words
    )


@dataclass(frozen=True)
class Detection:
    """Result of :func:`detect`.

    ``converted`` is ``None`` when nothing should change (Unicode or unknown
    input); otherwise it is the whole text converted line by line (lines
    already in Unicode are kept as they are).

    ``confidence`` in [0, 1] is the confidence in ``encoding``. For a
    conversion it is roughly the share of words that became valid Vietnamese
    syllables, discounted when there are few words or when the text already
    read as Vietnamese before conversion. For ``"unicode"`` it is 1.0 when
    Unicode-only letters (ư, ơ, đ, ệ …) or the lack of any convertible word
    settle it, and about 0.5 when the text reads as Vietnamese both as it is
    and converted ("Cà Mau"). ``"unknown"`` always has 0.0.
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
    """How each reading of one line fares, token by token."""

    tokens: list[str] = field(default_factory=list)
    informative: list[int] = field(default_factory=list)  # indexes into tokens
    ok: dict[str, list[bool]] = field(default_factory=dict)
    # The whole line, and its informative tokens, as each reading gives them.
    line: dict[str, str] = field(default_factory=dict)
    converted: dict[str, list[str]] = field(default_factory=dict)
    certain_unicode: bool = False

    @property
    def n(self) -> int:
        return len(self.informative)

    def valid(self, enc: str) -> int:
        return sum(self.ok[enc]) if self.ok else 0


# Letters legacy as-read text can never contain (no cp1252 equivalent).
_UNICODE_ONLY_RE = re.compile("[\u1ea0-\u1ef9ăĂđĐĩĨũŨơƠưƯ]")


def _score_line(line: str, tables: _Tables, restore_u: bool) -> _LineScore:
    score = _LineScore()
    if line.isascii():
        return score
    score.certain_unicode = bool(_UNICODE_ONLY_RE.search(line))
    meaningful = tables.meaningful_re
    score.tokens = tokens = line.split()
    score.informative = [
        i
        for i, token in enumerate(tokens)
        if not token.isascii() and meaningful.search(token)
    ]
    if not score.informative:
        return score
    for enc in _CANDIDATES:
        score.line[enc] = _convert(line, enc, restore_u)
        # Conversion never creates or removes whitespace, so tokens align.
        converted = score.line[enc].split()
        if len(converted) != len(tokens):  # pragma: no cover - defensive
            converted = [_convert(t, enc, restore_u) for t in tokens]
        score.ok[enc] = [_token_ok(converted[i]) for i in score.informative]
        score.converted[enc] = [converted[i] for i in score.informative]
    return score


def _evidence(n: int) -> float:
    """How far a verdict resting on ``n`` words can be trusted (0 -> 1)."""
    return 1.0 - math.exp(-n / 2.5)


def _choose_encodings(scores: list[_LineScore], dominant: str) -> list[str]:
    """Pick a reading per line; ties follow the neighbouring lines.

    A line whose best reading is unique takes it. A tie (short lines such as
    "Soá TT", which reads as Vietnamese both as-is and as VNI) takes the
    reading of the nearest decided line before it, else after it, else the
    document's dominant reading: mixed documents switch encoding in runs.
    """
    chosen: list[str | None] = []
    tied: dict[int, list[str]] = {}
    for i, s in enumerate(scores):
        if not s.n:
            chosen.append("unicode")
        elif s.certain_unicode:
            chosen.append("unicode")
        else:
            best = max(s.valid(e) for e in _CANDIDATES)
            top = [e for e in _CANDIDATES if s.valid(e) == best]
            chosen.append(top[0] if len(top) == 1 else None)
            if len(top) > 1:
                tied[i] = top

    decided = [i for i, s in enumerate(scores) if s.n and chosen[i] is not None]
    for i, top in tied.items():
        at = bisect.bisect(decided, i)
        neighbours = [chosen[j] for j in decided[max(0, at - 1) : at + 1]]
        pick = next((e for e in neighbours if e in top), None)
        if pick is None:
            pick = dominant if dominant in top else top[0]
        chosen[i] = pick
    return [c or "unicode" for c in chosen]


def _convert_line(
    line: str, score: _LineScore, enc: str, restore_u: bool
) -> tuple[str, int]:
    """Convert one legacy line, rescuing tokens typed in the other encoding.

    Returns the converted line and how many informative tokens read as
    Vietnamese afterwards. A token that the line's encoding leaves invalid or
    untouched, but that the other encoding turns into Vietnamese, is converted
    with the other one (the Lâm Đồng sample has TCVN3 lines ending in VNI
    words: "c¸c SÔÛ, BAN, NGAØNH, ... THAØNH PHOÁ").
    """
    other = "vni" if enc == "tcvn3" else "tcvn3"
    own, alt = score.ok[enc], score.ok[other]
    rescue = set()
    for k, i in enumerate(score.informative):
        token = score.tokens[i]
        if not alt[k] or score.converted[other][k] == token:
            continue
        if not own[k]:
            rescue.add(i)
        elif (
            # TCVN3 leaves VNI's upper-case mark bytes alone ("PHOÁ" stays
            # "PHOÁ", valid as written): a VNI pair that combines is evidence.
            other == "vni"
            and score.converted[enc][k] == token
            and len(score.converted[other][k]) < len(token)
        ):
            rescue.add(i)
    good = sum(
        alt[k] if score.informative[k] in rescue else own[k] for k in range(score.n)
    )
    if not rescue:
        return score.line.get(enc) or _convert(line, enc, restore_u), good
    pieces = re.split(r"(\s+)", line)
    out = []
    index = 0
    for piece in pieces:
        if not piece or piece.isspace():
            out.append(piece)
            continue
        out.append(_convert(piece, other if index in rescue else enc, restore_u))
        index += 1
    return "".join(out), good


def detect(text: str) -> Detection:
    """Tell Unicode Vietnamese from as-read TCVN3/VNI and convert the latter.

    Every line is read three ways (as it is, as TCVN3, as VNI) and takes the
    reading under which most of its words are Vietnamese syllables; see
    :func:`_choose_encodings` for ties. ASCII-only text is ``"unicode"`` with
    nothing to convert; text that no reading makes Vietnamese but that is not
    Unicode Vietnamese either is ``"unknown"``.
    """
    text = nfc(text)
    if text.isascii():
        return Detection("unicode", 1.0, None)
    tables = _tables()
    lines = text.splitlines(keepends=True)
    # catdoc and friends drop TCVN3's "ư" (byte 0xAD, a soft hyphen in
    # cp1252); if the text still has soft hyphens, nothing was dropped.
    restore_u = "\u00ad" not in text
    scores = [_score_line(line, tables, restore_u) for line in lines]

    informative = sum(s.n for s in scores)
    if informative == 0:
        # Non-ASCII but nothing letter-like (dashes, quotes, symbols).
        return Detection("unicode", 1.0, None)
    totals = dict.fromkeys(_CANDIDATES, 0)
    for s in scores:
        if s.certain_unicode:
            totals["unicode"] += s.n
        elif s.n:
            for enc in _CANDIDATES:
                totals[enc] += s.valid(enc)
    dominant = max(_CANDIDATES, key=lambda e: (totals[e], e == "unicode"))
    chosen = _choose_encodings(scores, dominant)

    used = dict.fromkeys(_CANDIDATES, 0)
    out: list[str] = []
    good = legacy_n = legacy_asis = 0
    for line, s, enc in zip(lines, scores, chosen, strict=True):
        used[enc] += s.n
        if enc == "unicode":
            out.append(line)
            good += s.n if s.certain_unicode else s.valid("unicode")
            continue
        converted, line_good = _convert_line(line, s, enc, restore_u)
        out.append(converted)
        good += line_good
        legacy_n += s.n
        legacy_asis += s.valid("unicode")

    certain = sum(s.n for s in scores if s.certain_unicode)
    quality = good / informative
    if not legacy_n:
        return Detection("unicode", _unicode_confidence(scores), None)
    if quality < 0.5 and not certain:
        # Some words convert, most do not: neither reading is trustworthy.
        return Detection("unknown", 0.0, None)

    legacy_used = [e for e in ("tcvn3", "vni") if used[e]]
    unicode_vietnamese = any(
        enc == "unicode" and s.n and (s.certain_unicode or s.valid("unicode"))
        for s, enc in zip(scores, chosen, strict=True)
    )
    encoding: Encoding
    if len(legacy_used) == 2 or unicode_vietnamese:
        encoding = "mixed"
    else:
        encoding = "tcvn3" if legacy_used == ["tcvn3"] else "vni"
    # The conversion is only as believable as its gain over the text as it
    # stands: if most words were already Vietnamese, converting is a guess.
    legacy_good = good - sum(
        (s.n if s.certain_unicode else s.valid("unicode"))
        for s, enc in zip(scores, chosen, strict=True)
        if enc == "unicode"
    )
    margin = (legacy_good - legacy_asis) / legacy_n / 0.3
    confidence = quality * min(1.0, max(0.0, margin)) * _evidence(legacy_n)
    return Detection(encoding, round(confidence, 4), "".join(out))


def _unicode_confidence(scores: list[_LineScore]) -> float:
    """Confidence that no line needs converting.

    Lines with letters only Unicode has (ư, ơ, đ, ệ …) are certain. For the
    others it depends on how much better they read as they are than
    converted; if no conversion yields a single Vietnamese word, converting
    cannot be right and we are sure.
    """
    certain = n = good = alt = 0
    for s in scores:
        if not s.n:
            continue
        if s.certain_unicode:
            certain += s.n
            continue
        n += s.n
        good += s.valid("unicode")
        alt += max(s.valid("tcvn3"), s.valid("vni"))
    if n == 0 or alt == 0:
        return 1.0
    quality = good / n
    margin = min(1.0, max(0.0, (good - alt) / n / 0.3))
    # Unicode is the normal case today: a tie ("Cà Mau" also reads as TCVN3)
    # still leans towards leaving the text alone, at 0.5.
    uncertain = quality * (0.5 + 0.5 * margin * _evidence(n))
    weight = certain / (certain + n)
    return round(weight + (1 - weight) * uncertain, 4)


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
