"""Parse a Vietnamese decision (Quyết định) and its attached regulation into structure.

Why: the portal publishes the town's regulation as a record and drives its editorial
policy (information categories, update deadlines) from it. The source is a real
document with real faults, so the importer must keep every word and *report*
inconsistencies to editors (as ``Fault`` rows, messages in Vietnamese) instead of
silently fixing them.

Pure Python, no Django: callers load the text and store the result.

Paragraph rule (page breaks): the source is line oriented; every non-empty line is a
paragraph, except that a page break may split a sentence ("Họ tên, ngày tháng" /
blank / "năm sinh, ..."). A paragraph is joined to the next one with a single space
when it does not end in sentence/clause punctuation (``. ; : ! ? …``, also ``./.``,
possibly followed by closing quotes or brackets) *and* the next one starts with a
lowercase letter that is not a point marker such as ``a)``. No word is dropped: see
``words`` and ``output_words``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "Article",
    "Category",
    "Chapter",
    "Clause",
    "Deadline",
    "Fault",
    "ParsedLegalText",
    "Point",
    "SubItem",
    "output_words",
    "parse_regulation",
    "regulation_categories",
    "update_deadlines",
    "words",
]


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Point:
    """A lettered point (``a)``, ``b)``, possibly written ``- a)``) inside a clause."""

    letter: str
    text: str  # without the "a) " marker; following paragraphs joined by "\n"


@dataclass(frozen=True)
class Clause:
    """A numbered clause (khoản) of an article, derived from its paragraphs."""

    number: int
    paragraphs: tuple[str, ...]  # first one starts with "N. "

    @property
    def text(self) -> str:
        """The clause's own first paragraph without its "N. " marker."""
        return _CLAUSE_RE.sub("", self.paragraphs[0], count=1)

    @property
    def points(self) -> tuple[Point, ...]:
        """Lettered points; paragraphs after a point belong to that point."""
        points: list[tuple[str, list[str]]] = []
        for para in self.paragraphs[1:]:
            m = _POINT_RE.match(para)
            if m:
                points.append((m.group("letter"), [para[m.end() :]]))
            elif points:
                points[-1][1].append(para)
        return tuple(Point(letter, "\n".join(texts)) for letter, texts in points)


@dataclass(frozen=True)
class Article:
    """An article (Điều). ``paragraphs`` is the body with page-break splits joined."""

    number: int
    title: str  # empty for decision articles, whose text follows "Điều N." directly
    anchor: str
    paragraphs: list[str]
    occurrence: int = 1  # 2 for the second article carrying the same number
    label: str = ""  # "Điều 7." exactly as printed

    @property
    def ref(self) -> str:
        """Human reference, disambiguating repeated numbers: "Điều 7 (thứ hai)"."""
        if self.occurrence == 1:
            return f"Điều {self.number}"
        return f"Điều {self.number} ({_ordinal(self.occurrence)})"

    @property
    def intro(self) -> list[str]:
        """Paragraphs before the first numbered clause."""
        out: list[str] = []
        for para in self.paragraphs:
            if _CLAUSE_RE.match(para):
                break
            out.append(para)
        return out

    @property
    def clauses(self) -> list[Clause]:
        """Numbered clauses; unnumbered paragraphs attach to the preceding clause."""
        groups: list[tuple[int, list[str]]] = []
        for para in self.paragraphs:
            m = _CLAUSE_RE.match(para)
            if m:
                groups.append((int(m.group(1)), [para]))
            elif groups:
                groups[-1][1].append(para)
        return [Clause(number, tuple(paras)) for number, paras in groups]


@dataclass(frozen=True)
class Chapter:
    """A chapter (Chương) with its Roman numeral as printed."""

    numeral: str
    title: str
    articles: list[Article]
    label: str = ""  # "Chương II" exactly as printed

    @property
    def anchor(self) -> str:
        return f"chuong-{self.numeral.lower()}" if self.numeral else "chuong"


@dataclass(frozen=True)
class Fault:
    """An inconsistency in the source, shown to editors; the text is not changed."""

    code: str
    message: str  # Vietnamese, for editors
    anchor: str  # article anchor, or "header" / "closing" / "annex"
    excerpt: str = ""  # the offending source text, verbatim


@dataclass(frozen=True, kw_only=True)
class ParsedLegalText:
    """A decision plus its attached regulation. Labels are kept so that
    ``output_words`` can prove that no word of the source was lost."""

    number: str
    issued_on: date | None
    place: str
    title: str
    issuer: str
    preamble: list[str]
    decision_articles: list[Article]
    closing: list[str]
    signer: str
    annex_title: str
    annex_cites_number: str
    annex_cites_date: date | None
    chapters: list[Chapter]
    faults: list[Fault]
    # Verbatim labels and leftovers, in source order (see output_words).
    number_line: str = ""
    date_line: str = ""
    doc_type: str = ""
    decision_heading: str = ""
    annex_kind: str = ""
    annex_citation: str = ""
    unparsed: list[str] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        """All regulation articles in source order."""
        return [a for ch in self.chapters for a in ch.articles]

    def article(self, anchor: str) -> Article:
        """Look an article (decision or regulation) up by anchor."""
        for art in [*self.decision_articles, *self.articles]:
            if art.anchor == anchor:
                return art
        raise KeyError(anchor)


@dataclass(frozen=True)
class SubItem:
    letter: str
    text: str


@dataclass(frozen=True)
class Category:
    """One numbered item of the article listing the information the portal must
    carry (first Điều 7 in Duyên Hải's regulation)."""

    number: int
    short_title: str  # text before the first ":" (whole first sentence if none)
    text: str  # full item text without "N. ", sub-items included, "\n"-separated
    sub_items: tuple[SubItem, ...]
    kind: str  # "section" | "other" | "links"
    source: str  # clause reference, e.g. "Điều 7, khoản 5"


@dataclass(frozen=True)
class Deadline:
    """A time limit stated in the regulation, with where it comes from."""

    key: str
    days: int | None  # working days; None = immediately
    clause_ref: str  # "Điều 7 (thứ hai), khoản 3"
    quote: str  # the sentence or ";"-part stating it, as in the source
    anchor: str
    days_text: str = ""  # "02 (hai)" as printed
    words_agree: bool = True  # digits agree with the number in words


# ------------------------------------------------------------------------ patterns

_ARTICLE_RE = re.compile(r"^(Điều\s+(\d+)\s*[.:])\s*(.*)$")
_CHAPTER_RE = re.compile(r"^(Chương\s+([IVXLC]+)\b\.?)\s*(.*)$")
_CLAUSE_RE = re.compile(r"^(\d+)\.\s+")
_POINT_RE = re.compile(r"^(?:-\s*)?(?P<letter>[a-zđ])\)\s*")
_NUMBER_RE = re.compile(r"^Số\s*:\s*(.+)$")
_DATE_RE = re.compile(
    r"^(?P<place>[^,]+),\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"\s+năm\s+(?P<y>\d{4})\s*\.?$"
)
_PREAMBLE_RE = re.compile(r"^(Căn cứ|Xét|Theo đề nghị)\b")
_DECISION_HEADING_RE = re.compile(r"^(QUYẾT ĐỊNH|QUYẾT NGHỊ)\s*:$")
_CLOSING_RE = re.compile(r"^Nơi nhận\b")
_ANNEX_KIND_RE = re.compile(
    r"^(QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ|HƯỚNG DẪN|NỘI QUY|DANH MỤC|KẾ HOẠCH|CHƯƠNG TRÌNH)$"
)
_ANNEX_CITATION_RE = re.compile(r"^\(\s*Ban hành kèm theo", re.IGNORECASE)
_CITED_NUMBER_RE = re.compile(r"Quyết định số\s+(\S+)")
_CITED_DATE_RE = re.compile(r"[Nn]gày\s+(\d{1,2})/(\d{1,2})/(\d{4})")
# Usual form of a document number: "3249/QĐ-UBND", "12/2021/QĐ-UBND".
_WELL_FORMED_NUMBER_RE = re.compile(r"^\d+(?:/\d{4})?/[A-ZĐ]+(?:-[A-ZĐ0-9]+)*$")
# Internal cross-reference: "Khoản 1, Khoản 2 Điều 6 của Quy chế này",
# "Điều 6 và Điều 7 của Quy chế này". References to other laws are not matched.
_REF_RE = re.compile(
    r"(?P<clauses>(?:[Kk]hoản\s+\d+\s*(?:,|và)?\s*)*)"
    r"Điều\s+(?P<art>\d+)"
    r"(?P<more>(?:\s*(?:,|và)\s*Điều\s+\d+)*)"
    r"\s+của\s+Quy\s+chế\s+này"
)
_DEADLINE_RE = re.compile(
    r"(?:không quá|chậm nhất|trong thời hạn|trong vòng)\s+"
    r"(?P<amount>(?P<digits>\d+)\s*(?:\((?P<words>[^)]*)\))?)\s*ngày làm việc",
    re.IGNORECASE,
)
_IMMEDIATE_RE = re.compile(r"cập nhật ngay", re.IGNORECASE)
# Sentence/clause punctuation that ends a paragraph (see module docstring).
_TERMINAL = ".;:!?…"
_CLOSERS = "”’\"')]»"
# Signature-block abbreviations that are legitimately short (TM. = thay mặt, ...).
_SIGNATURE_ABBREVIATIONS = {"TM.", "KT.", "TL.", "TUQ.", "Q.", "PP."}
# Deadline keys, first match wins; matched (lowercased) against the quoted sentence.
_DEADLINE_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("question_answer", ("trả lời",)),
    ("legal_guidance", ("tuyên truyền", "phổ biến")),
    ("documents_central_province", ("trung ương",)),
    ("documents_town", ("văn bản của ubnd",)),
    ("plans_projects", ("quy hoạch", "dự án")),
)


# ------------------------------------------------------------------------- helpers


def words(text: str) -> list[str]:
    """Whitespace-split words after removing markdown bold markers (``**``).

    The unit of the completeness guarantee: ``words(source) ==
    output_words(parse_regulation(source))``.
    """
    return text.replace("**", "").split()


def output_words(parsed: ParsedLegalText) -> list[str]:
    """Words of everything the parser kept, rebuilt from the structured fields in
    document order. Equal to ``words(source)`` when nothing was lost or reordered."""
    pieces: list[str] = [
        parsed.number_line,
        parsed.date_line,
        parsed.doc_type,
        parsed.title,
        parsed.issuer,
        *parsed.preamble,
        parsed.decision_heading,
    ]
    for art in parsed.decision_articles:
        pieces += [art.label, art.title, *art.paragraphs]
    pieces += parsed.closing
    pieces += [parsed.annex_kind, parsed.annex_title, parsed.annex_citation]
    for ch in parsed.chapters:
        pieces += [ch.label, ch.title]
        for art in ch.articles:
            pieces += [art.label, art.title, *art.paragraphs]
    pieces += parsed.unparsed
    return [w for piece in pieces for w in words(piece)]


def _ends_sentence(para: str) -> bool:
    stripped = para.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _continues(para: str) -> bool:
    return bool(para) and para[0].islower() and not _POINT_RE.match(para)


def _join_page_breaks(lines: Iterable[str]) -> list[str]:
    """Re-join paragraphs split by page breaks (rule in the module docstring)."""
    out: list[str] = []
    for line in lines:
        if out and not _ends_sentence(out[-1]) and _continues(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _ordinal(n: int) -> str:
    names = {1: "thứ nhất", 2: "thứ hai", 3: "thứ ba", 4: "thứ tư", 5: "thứ năm"}
    return names.get(n, f"thứ {n}")


def _count_word(n: int) -> str:
    names = {2: "hai", 3: "ba", 4: "bốn", 5: "năm"}
    return names.get(n, str(n))


def _roman(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(numeral):
        v = values[ch]
        nxt = values[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -v if v < nxt else v
    return total


def _is_upper_line(line: str) -> bool:
    return any(c.isalpha() for c in line) and line == line.upper()


def _vi_number(text: str) -> int | None:
    """Value of a Vietnamese number in words below 100 ("mười lăm" -> 15)."""
    units = {
        "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
        "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
    }  # fmt: skip
    toks = text.lower().split()
    if not toks:
        return None
    if toks[0] == "mười":
        rest = toks[1:]
        if not rest:
            return 10
        return 10 + units[rest[0]] if len(rest) == 1 and rest[0] in units else None
    if toks[0] in units:
        if len(toks) == 1:
            return units[toks[0]]
        if toks[1] == "mươi":
            tail = toks[2:]
            if not tail:
                return units[toks[0]] * 10
            if len(tail) == 1 and tail[0] in units:
                return units[toks[0]] * 10 + units[tail[0]]
    return None


def _segments(para: str) -> Iterator[str]:
    """Split a paragraph into ";"-parts and sentences (a period followed by an
    uppercase letter), keeping the words of each part as printed."""
    for part in re.split(r"(?<=;)\s+", para):
        start = 0
        for m in re.finditer(r"\.\s+", part):
            nxt = part[m.end() : m.end() + 1]
            if nxt and nxt.isupper():
                yield part[start : m.start() + 1].strip()
                start = m.end()
        tail = part[start:].strip()
        if tail:
            yield tail


def _anchors(numbers: list[int], prefix: str) -> list[tuple[str, int]]:
    """Anchor and occurrence for each article number: dieu-7, then dieu-7-2, ..."""
    seen: Counter[int] = Counter()
    out = []
    for n in numbers:
        seen[n] += 1
        k = seen[n]
        out.append((f"{prefix}{n}" if k == 1 else f"{prefix}{n}-{k}", k))
    return out


# -------------------------------------------------------------------------- parser


@dataclass
class _RawArticle:
    number: int
    label: str
    head: str  # text after "Điều N." on the heading line
    lines: list[str] = field(default_factory=list)


def _split_articles(lines: list[str], unparsed: list[str]) -> list[_RawArticle]:
    arts: list[_RawArticle] = []
    for line in lines:
        m = _ARTICLE_RE.match(line)
        if m:
            arts.append(_RawArticle(int(m.group(2)), m.group(1), m.group(3)))
        elif arts:
            arts[-1].lines.append(line)
        else:
            unparsed.append(line)
    return arts


def _build_articles(
    raws: list[_RawArticle], prefix: str, titled: bool
) -> list[Article]:
    anchors = _anchors([r.number for r in raws], prefix)
    out = []
    for raw, (anchor, occ) in zip(raws, anchors, strict=True):
        if titled:
            title, body = raw.head, raw.lines
        else:  # decision article: the text follows "Điều N." on the same line
            title, body = "", ([raw.head] if raw.head else []) + raw.lines
        out.append(
            Article(
                number=raw.number,
                title=title,
                anchor=anchor,
                paragraphs=_join_page_breaks(body),
                occurrence=occ,
                label=raw.label,
            )
        )
    return out


def _index(items: list[str], pred, start: int = 0, stop: int | None = None) -> int:
    stop = len(items) if stop is None else stop
    for i in range(start, stop):
        if pred(items[i]):
            return i
    return -1


def parse_regulation(text: str) -> ParsedLegalText:
    """Parse a decision with its attached regulation; never drops text.

    Anything the parser cannot place goes to ``unparsed`` and is reported as a fault,
    so ``output_words(parsed) == words(text)`` holds for well-formed input.
    """
    items = [ln.replace("**", "").strip() for ln in text.splitlines()]
    items = [ln for ln in items if ln]
    n = len(items)
    unparsed: list[str] = []

    # Landmarks: decision heading, closing, annex (kind line) and its body.
    i_dec = _index(items, _DECISION_HEADING_RE.match)
    i_close = _index(items, _CLOSING_RE.match, max(i_dec, 0))
    search_from = max(i_close, i_dec, 0)
    i_cite = _index(items, _ANNEX_CITATION_RE.match, search_from)
    if i_cite >= 0:
        i_annex = i_cite
        for j in range(i_cite - 1, search_from, -1):
            if _ANNEX_KIND_RE.match(items[j]):
                i_annex = j
                break
    else:
        i_annex = _index(items, _ANNEX_KIND_RE.match, search_from + 1)
    if i_annex < 0:
        i_annex = _index(
            items,
            lambda s: bool(_CHAPTER_RE.match(s) or _ARTICLE_RE.match(s)),
            i_close + 1 if i_close >= 0 else max(i_dec + 1, 0),
        )
    if i_annex < 0:
        i_annex = n
    i_pre = _index(items, _PREAMBLE_RE.match, 0, i_dec if i_dec >= 0 else i_annex)
    head_end = min(x for x in (i_pre, i_dec, i_close, i_annex) if x >= 0)

    # Header: number, place/date, document type, title, issuer.
    number_line = date_line = doc_type = issuer = ""
    number = place = ""
    issued_on: date | None = None
    title_lines: list[str] = []
    header = items[:head_end]
    for k, line in enumerate(header):
        if not number_line and (m := _NUMBER_RE.match(line)):
            number_line, number = line, m.group(1).strip()
        elif not date_line and (m := _DATE_RE.match(line)):
            date_line, place = line, m.group("place").strip()
            issued_on = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        elif not doc_type and _is_upper_line(line):
            doc_type = line
        elif doc_type and not issuer and k == len(header) - 1 and _is_upper_line(line):
            issuer = line
        elif doc_type and not issuer:
            title_lines.append(line)
        else:
            unparsed.append(line)
    title = " ".join(title_lines)

    # Preamble: "Căn cứ ...", "Xét ..." up to "QUYẾT ĐỊNH:".
    pre_end = i_dec if i_dec >= 0 else i_annex
    preamble = _join_page_breaks(items[i_pre:pre_end]) if i_pre >= 0 else []

    # Decision articles.
    decision_heading = items[i_dec] if i_dec >= 0 else ""
    dec_end = i_close if i_close >= 0 else i_annex
    dec_lines = items[i_dec + 1 : dec_end] if i_dec >= 0 else []
    decision_articles = _build_articles(
        _split_articles(dec_lines, unparsed), "qd-dieu-", titled=False
    )

    # Closing: "Nơi nhận" list and signature block, verbatim lines.
    closing = items[i_close:i_annex] if i_close >= 0 else []
    signer = ""
    for line in reversed(closing):
        toks = line.split()
        if len(toks) >= 2 and all(t[0].isupper() and not t.isupper() for t in toks):
            signer = line
            break

    # Annex heading: kind ("QUY CHẾ"), title, "(Ban hành kèm theo ...)" citation.
    annex_kind = annex_title = annex_citation = ""
    i_body = i_annex
    if i_annex < n and _ANNEX_KIND_RE.match(items[i_annex]):
        annex_kind = items[i_annex]
        i_body = i_annex + 1
        if i_cite > i_annex:
            annex_title = " ".join(items[i_annex + 1 : i_cite])
            end = i_cite
            while end < n - 1 and not items[end].rstrip().endswith(")"):
                end += 1
            annex_citation = " ".join(items[i_cite : end + 1])
            i_body = end + 1
        else:
            k = i_body
            while k < n and not (
                _CHAPTER_RE.match(items[k]) or _ARTICLE_RE.match(items[k])
            ):
                k += 1
            annex_title = " ".join(items[i_body:k])
            i_body = k
    m = _CITED_NUMBER_RE.search(annex_citation)
    annex_cites_number = m.group(1).rstrip(",;") if m else ""
    m = _CITED_DATE_RE.search(annex_citation)
    annex_cites_date = (
        date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None
    )

    # Body: chapters and articles.
    chapter_heads: list[tuple[str, str, str, list[str]]] = []  # label, numeral, title
    for line in items[i_body:]:
        m = _CHAPTER_RE.match(line)
        if m:
            chapter_heads.append((m.group(1), m.group(2), m.group(3), []))
            continue
        if not chapter_heads:
            chapter_heads.append(("", "", "", []))
        lines = chapter_heads[-1][3]
        if not lines and _is_upper_line(line) and not _ARTICLE_RE.match(line):
            # Chapter title printed on the line(s) after "Chương II".
            label, numeral, ch_title, _ = chapter_heads[-1]
            chapter_heads[-1] = (label, numeral, f"{ch_title} {line}".strip(), lines)
            continue
        lines.append(line)

    raw_chapters = [
        (label, numeral, ch_title, _split_articles(lines, unparsed))
        for label, numeral, ch_title, lines in chapter_heads
    ]
    all_raw = [r for *_, raws in raw_chapters for r in raws]
    built = iter(_build_articles(all_raw, "dieu-", titled=True))
    chapters = [
        Chapter(numeral, ch_title, [next(built) for _ in raws], label)
        for label, numeral, ch_title, raws in raw_chapters
    ]

    parsed = ParsedLegalText(
        number=number,
        issued_on=issued_on,
        place=place,
        title=title,
        issuer=issuer,
        preamble=preamble,
        decision_articles=decision_articles,
        closing=closing,
        signer=signer,
        annex_title=annex_title,
        annex_cites_number=annex_cites_number,
        annex_cites_date=annex_cites_date,
        chapters=chapters,
        faults=[],
        number_line=number_line,
        date_line=date_line,
        doc_type=doc_type,
        decision_heading=decision_heading,
        annex_kind=annex_kind,
        annex_citation=annex_citation,
        unparsed=unparsed,
    )
    parsed.faults.extend(_find_faults(parsed))
    return parsed


# -------------------------------------------------------------------------- faults


def _find_faults(p: ParsedLegalText) -> list[Fault]:
    faults: list[Fault] = []
    faults += _numbering_faults(p.decision_articles, "Quyết định")
    faults += _numbering_faults(p.articles, "Quy chế")
    faults += _chapter_faults(p.chapters)
    faults += _clause_faults(p.articles)
    faults += _header_faults(p)
    faults += _cross_ref_faults(p.articles)
    faults += _signature_faults(p)
    faults += [
        Fault(
            "unparsed",
            "Không xác định được vị trí của đoạn này trong cấu trúc văn bản; "
            "nội dung vẫn được giữ lại.",
            "unparsed",
            line,
        )
        for line in p.unparsed
    ]
    return faults


def _numbering_faults(arts: list[Article], where: str) -> list[Fault]:
    faults: list[Fault] = []
    by_number: dict[int, list[Article]] = defaultdict(list)
    for art in arts:
        by_number[art.number].append(art)
    for number, group in by_number.items():
        if len(group) > 1:
            titles = " và ".join(f"“{a.title}”" if a.title else a.anchor for a in group)
            faults.append(
                Fault(
                    "duplicate_article",
                    f"Nguồn có {_count_word(len(group))} Điều {number} trong {where}: "
                    f"{titles}. Giữ nguyên đánh số như bản gốc; các điều lặp số được "
                    f"gắn neo {', '.join(a.anchor for a in group[1:])}.",
                    group[1].anchor,
                    group[1].label,
                )
            )
    prev: Article | None = None
    for art in arts:
        if prev is not None and art.number > prev.number + 1:
            for missing in range(prev.number + 1, art.number):
                faults.append(
                    Fault(
                        "missing_article",
                        f"Không có Điều {missing} trong {where}: sau Điều "
                        f"{prev.number} là Điều {art.number}.",
                        art.anchor,
                        art.label,
                    )
                )
        elif prev is not None and art.number < prev.number:
            faults.append(
                Fault(
                    "article_order",
                    f"Điều {art.number} đứng sau Điều {prev.number} trong {where} "
                    "(thứ tự đánh số bị đảo).",
                    art.anchor,
                    art.label,
                )
            )
        prev = art
    if arts and arts[0].number != 1:
        faults.append(
            Fault(
                "missing_article",
                f"{where} không bắt đầu từ Điều 1 (điều đầu tiên là Điều "
                f"{arts[0].number}).",
                arts[0].anchor,
                arts[0].label,
            )
        )
    return faults


def _chapter_faults(chapters: list[Chapter]) -> list[Fault]:
    faults = []
    expected = 1
    for ch in chapters:
        if not ch.numeral:
            continue
        value = _roman(ch.numeral)
        if value != expected:
            faults.append(
                Fault(
                    "chapter_numbering",
                    f"Chương {ch.numeral} không đúng thứ tự "
                    f"(cần chương thứ {expected}).",
                    ch.anchor,
                    ch.label,
                )
            )
        expected = value + 1
    return faults


def _clause_faults(arts: list[Article]) -> list[Fault]:
    faults = []
    for art in arts:
        numbers = [c.number for c in art.clauses]
        if numbers and numbers != list(range(1, len(numbers) + 1)):
            faults.append(
                Fault(
                    "clause_numbering",
                    f"{art.ref}: các khoản được đánh số "
                    f"{', '.join(map(str, numbers))}, không liên tục từ 1.",
                    art.anchor,
                )
            )
    return faults


def _header_faults(p: ParsedLegalText) -> list[Fault]:
    faults = []
    if p.number and not _WELL_FORMED_NUMBER_RE.match(p.number):
        faults.append(
            Fault(
                "number_format",
                f"Số hiệu “{p.number}” ở phần đầu quyết định không theo dạng "
                "số/ký hiệu thông thường (ví dụ “3249/QĐ-UBND”).",
                "header",
                p.number_line,
            )
        )

    def norm(s: str) -> str:
        return re.sub(r"\s+", "", s).upper()

    if (
        p.number
        and p.annex_cites_number
        and norm(p.number) != norm(p.annex_cites_number)
    ):
        faults.append(
            Fault(
                "number_conflict",
                f"Số hiệu ở phần đầu quyết định là “{p.number}”, nhưng Quy chế ghi "
                f"ban hành kèm theo Quyết định số {p.annex_cites_number}. Cần xác "
                "định số hiệu đúng theo bản gốc có chữ ký.",
                "annex",
                p.annex_citation,
            )
        )
    if p.issued_on and p.annex_cites_date and p.issued_on != p.annex_cites_date:
        faults.append(
            Fault(
                "date_conflict",
                f"Quyết định ghi ngày {p.issued_on:%d/%m/%Y}, nhưng Quy chế ghi ban "
                f"hành kèm theo quyết định ngày {p.annex_cites_date:%d/%m/%Y}.",
                "annex",
                p.annex_citation,
            )
        )
    return faults


def _locate(art: Article, para: str) -> str:
    """ "Điều 7 (thứ hai), khoản 3[, điểm b]" for a paragraph of an article."""
    for clause in art.clauses:
        if para in clause.paragraphs:
            where = f"{art.ref}, khoản {clause.number}"
            m = _POINT_RE.match(para)
            return f"{where}, điểm {m.group('letter')}" if m else where
    return art.ref


def _cross_ref_faults(arts: list[Article]) -> list[Fault]:
    """Check "… Điều N của Quy chế này" references against the parsed articles."""
    by_number: dict[int, list[Article]] = defaultdict(list)
    for art in arts:
        by_number[art.number].append(art)

    refs: list[tuple[Article, str, str, int, list[int]]] = []
    for art in arts:
        for para in art.paragraphs:
            for m in _REF_RE.finditer(para):
                clauses = [int(x) for x in re.findall(r"\d+", m.group("clauses"))]
                targets = [int(m.group("art"))]
                targets += [int(x) for x in re.findall(r"\d+", m.group("more"))]
                for i, target in enumerate(targets):
                    refs.append(
                        (art, para, m.group(0), target, clauses if i == 0 else [])
                    )

    faults: list[Fault] = []
    stale_targets: set[int] = set()
    deferred: list[tuple[Article, str, str, int]] = []
    for art, para, excerpt, target, clauses in refs:
        where = _locate(art, para)
        candidates = by_number.get(target, [])
        if not candidates:
            faults.append(
                Fault(
                    "cross_ref_missing",
                    f"{where} viện dẫn Điều {target} của Quy chế này, nhưng Quy chế "
                    f"không có Điều {target}.",
                    art.anchor,
                    excerpt,
                )
            )
            continue
        if clauses:
            fitting = [c for c in candidates if len(c.clauses) >= max(clauses)]
            if not fitting:
                stale_targets.add(target)
                cited = candidates[0]
                beyond = [c for c in clauses if c > len(cited.clauses)]
                hint = _suggest(arts, target, max(clauses), exclude=candidates)
                faults.append(
                    Fault(
                        "cross_ref_clause",
                        f"{where} viện dẫn "
                        f"{', '.join(f'Khoản {c}' for c in beyond)} Điều {target} "
                        f"của Quy chế này, nhưng Điều {target} (“{cited.title}”) chỉ "
                        f"có {len(cited.clauses)} khoản.{hint} Nội dung gốc được "
                        "giữ nguyên; Ban Biên tập cần kiểm tra.",
                        art.anchor,
                        excerpt,
                    )
                )
            continue
        if len(candidates) > 1:
            titles = " và ".join(f"“{c.title}”" for c in candidates)
            faults.append(
                Fault(
                    "cross_ref_ambiguous",
                    f"{where} viện dẫn Điều {target} của Quy chế này, nhưng nguồn có "
                    f"{_count_word(len(candidates))} Điều {target} ({titles}); không "
                    "xác định được điều nào được viện dẫn.",
                    art.anchor,
                    excerpt,
                )
            )
            continue
        deferred.append((art, para, excerpt, target))

    # A plain "Điều N" is suspect when other references to Điều N cite clauses it
    # does not have: the numbering was shifted and references were not updated.
    for art, para, excerpt, target in deferred:
        if target in stale_targets:
            cited = by_number[target][0]
            faults.append(
                Fault(
                    "cross_ref_suspect",
                    f"{_locate(art, para)} viện dẫn Điều {target} (“{cited.title}”) "
                    f"của Quy chế này; ở chỗ khác các viện dẫn tới Điều {target} nêu "
                    f"khoản mà Điều {target} không có, nên viện dẫn này có thể cũng "
                    "bị lệch số sau khi đánh số lại. Ban Biên tập cần kiểm tra.",
                    art.anchor,
                    excerpt,
                )
            )
    return faults


def _suggest(arts: list[Article], target: int, needed: int, exclude) -> str:
    """Nearest article by number that has enough clauses, as an editor hint."""
    options = [a for a in arts if a not in exclude and len(a.clauses) >= needed]
    if not options:
        return ""
    best = min(options, key=lambda a: (abs(a.number - target), a.occurrence))
    return f" Có thể ý là {best.ref} (“{best.title}”, {len(best.clauses)} khoản)."


def _signature_faults(p: ParsedLegalText) -> list[Fault]:
    """Flag tokens in the signature block that are neither title nor signer words."""
    faults: list[Fault] = []
    sig = [
        line
        for line in p.closing
        if not _CLOSING_RE.match(line) and not line.startswith(("-", "+", "•"))
    ]
    for line in sig:
        if line == p.signer or re.fullmatch(r"\(.*\)", line):
            continue
        for tok in line.split():
            if tok in _SIGNATURE_ABBREVIATIONS:
                continue
            if not re.fullmatch(r"[^\W\d_]+\.?", tok) or tok.islower():
                faults.append(
                    Fault(
                        "signature_residue",
                        f"Khối chữ ký có “{tok}” (dòng “{line}”): không phải chữ của "
                        "chức danh hay tên người ký, có thể là vết chữ ký/con dấu khi "
                        "chuyển sang văn bản. Giữ nguyên như bản gốc.",
                        "closing",
                        line,
                    )
                )
            elif len(tok) == 1 and tok.isupper():
                full = [a for a in _SIGNATURE_ABBREVIATIONS if a.startswith(tok)]
                hint = f" (có lẽ là “{sorted(full)[0]}”)" if full else ""
                faults.append(
                    Fault(
                        "signature_truncated",
                        f"Khối chữ ký có “{line}”: chữ “{tok}” đứng riêng, có lẽ bị "
                        f"thiếu ký tự{hint}.",
                        "closing",
                        line,
                    )
                )
    return faults


# ------------------------------------------------------------- derived editorial data


def _find_article(parsed: ParsedLegalText, *needles: str) -> Article:
    for art in parsed.articles:
        if all(nd in art.title.lower() for nd in needles):
            return art
    raise LookupError(f"no article whose title contains {needles!r}")


def regulation_categories(parsed: ParsedLegalText) -> list[Category]:
    """The numbered items of the article "Thông tin cung cấp trên …": the information
    the portal must carry. Found by title, not number, because numbering is faulty."""
    art = _find_article(parsed, "thông tin cung cấp")
    out = []
    for clause in art.clauses:
        own = clause.text
        head = own.split(":", 1)[0] if ":" in own else own
        short = head.strip().rstrip(".").strip()
        subs = tuple(SubItem(pt.letter, pt.text) for pt in clause.points)
        full = "\n".join([own, *(p for p in clause.paragraphs[1:])])
        low = own.lower()
        if "liên kết" in low:
            kind = "links"
        elif low.startswith("các thông tin khác"):
            kind = "other"
        else:
            kind = "section"
        out.append(
            Category(
                clause.number,
                short,
                full,
                subs,
                kind,
                f"{art.ref}, khoản {clause.number}",
            )
        )
    return out


def update_deadlines(parsed: ParsedLegalText) -> list[Deadline]:
    """Working-day time limits stated anywhere in the regulation (update timing,
    answering questions), parsed from the wording, with the clause they come from."""
    rows: list[Deadline] = []
    for art in parsed.articles:
        for para in art.paragraphs:
            ref = _locate(art, para)
            body = _POINT_RE.sub("", _CLAUSE_RE.sub("", para, count=1), count=1)
            for seg in _segments(body):
                found = list(_DEADLINE_RE.finditer(seg))
                for m in found:
                    days = int(m.group("digits"))
                    in_words = _vi_number(m.group("words") or "")
                    rows.append(
                        Deadline(
                            key=_deadline_key(seg, art, ref, len(rows)),
                            days=days,
                            clause_ref=ref,
                            quote=seg,
                            anchor=art.anchor,
                            days_text=m.group("amount"),
                            words_agree=in_words is None or in_words == days,
                        )
                    )
                if not found and _IMMEDIATE_RE.search(seg):
                    rows.append(
                        Deadline(
                            key="immediate",
                            days=None,
                            clause_ref=ref,
                            quote=seg,
                            anchor=art.anchor,
                            days_text="ngay",
                        )
                    )
    return rows


def _deadline_key(seg: str, art: Article, ref: str, index: int) -> str:
    low = seg.lower()
    for key, needles in _DEADLINE_KEYS:
        if any(nd in low for nd in needles):
            return key
    return f"{art.anchor}-{index}"
