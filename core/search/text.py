"""Tokens, tsvector/tsquery literals and number keys, in pure Python (no Django)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from core.text.vietnamese import fold, fold_tones, nfc

__all__ = [
    "ParsedQuery",
    "exact_tokens",
    "fold_tokens",
    "number_key",
    "parse_query",
    "search_fields",
    "tsquery_literal",
    "tsvector_literal",
]

# PostgreSQL keeps positions up to 16383 and a tsvector below 1 MB: index the body
# up to this many tokens (legal texts are long; their start carries the subject).
MAX_BODY_TOKENS = 16000
MAX_QUERY_TOKENS = 12

_FOLDED_RE = re.compile(r"[a-z0-9]+")
_WORD_RE = re.compile(r"[^\W_]+")
_NUMBER_PART_RE = re.compile(r"[a-z0-9]+")
# A document number somewhere in free text: digits, then "/" or spaces, then letters
# (3249/QĐ-UBND, 43/2011/NĐ-CP, 22/19 QĐ-UBND, 3249 QD UBND).
_NUMBER_IN_TEXT_RE = re.compile(
    r"\b\d{1,6}(?:\s*/\s*\d{2,4})?(?:\s*/\s*|\s+)[A-Za-zĐđ]{1,8}"
    r"(?:\s*[-/ ]\s*[A-Za-zĐđ0-9]{1,12}(?![^\W_])){0,3}"
)


def fold_tokens(text: str) -> list[str]:
    """Tokens without diacritics: ``"Quyết định 3249/QĐ"`` → quyet dinh 3249 qd."""
    return _FOLDED_RE.findall(fold(text or ""))


def exact_tokens(text: str) -> list[str]:
    """Lower-case tokens keeping their marks; ``hòa``/``hoà`` become one form."""
    return _WORD_RE.findall(fold_tones(nfc(text or "")).lower())


def number_key(number: str) -> str:
    """One key for a number however typed: ``3249/QĐ-UBND`` → ``3249-qd-ubnd``.

    Only the runs of letters and digits count, so separators and spaces typed or
    printed differently (``22/19 QĐ-UBND``) do not matter; their order does.
    """
    return "-".join(_NUMBER_PART_RE.findall(fold(number or "")))


def tsvector_literal(parts: Sequence[tuple[Iterable[str], str]], start: int = 1) -> str:
    """A ``tsvector`` literal from (tokens, weight) parts with running positions.

    Tokens come from :func:`fold_tokens`/:func:`exact_tokens` (letters and digits
    only), so no quoting beyond the surrounding quotes is needed.
    """
    positions: dict[str, list[str]] = {}
    pos = start
    for tokens, weight in parts:
        for token in tokens:
            if pos > 16383:
                break
            entries = positions.setdefault(token, [])
            if len(entries) < 256:  # PostgreSQL keeps at most 256 positions
                entries.append(f"{pos}{weight}")
            pos += 1
    return " ".join(f"'{tok}':{','.join(p)}" for tok, p in positions.items())


def tsquery_literal(tokens: Iterable[str]) -> str:
    """All ``tokens`` required (AND), as a ``tsquery`` literal."""
    return " & ".join(f"'{t}'" for t in dict.fromkeys(tokens))


def search_fields(
    head: Iterable[str], body: Iterable[str] = (), numbers: Iterable[str] = ()
) -> dict[str, object]:
    """Values of the four search columns for one row.

    ``head`` is what ranks (title, number, summary, issuer); ``body`` only matches
    (full text), so its tokens are stored once each without positions: a smaller
    vector, a faster save and the same matches. ``numbers`` are matched exactly
    after :func:`number_key`.
    """
    head_text = "\n".join(h for h in head if h)
    body_text = "\n".join(b for b in body if b)
    head_tokens = fold_tokens(head_text)
    head_vector = tsvector_literal([(head_tokens, "A")])
    seen = set(head_tokens)
    body_only = [
        t
        for t in dict.fromkeys(fold_tokens(body_text)[:MAX_BODY_TOKENS])
        if t not in seen
    ]
    vector = " ".join(
        filter(None, [head_vector, " ".join(f"'{t}'" for t in body_only)])
    )
    keys = [k for k in dict.fromkeys(number_key(n) for n in numbers if n) if k]
    return {
        "search_vector": vector,
        "search_head": head_vector,
        "search_exact": tsvector_literal([(exact_tokens(head_text), "A")]),
        "number_keys": keys,
    }


@dataclass(frozen=True)
class ParsedQuery:
    """What was searched: folded tokens, exact tokens, candidate number keys."""

    text: str
    folded: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    numbers: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.folded and not self.numbers

    @property
    def has_marks(self) -> bool:
        """The query was typed with diacritics (exact ranking applies)."""
        return self.exact != self.folded

    @property
    def folded_tsquery(self) -> str:
        return tsquery_literal(self.folded)

    @property
    def exact_tsquery(self) -> str:
        return tsquery_literal(self.exact)


def parse_query(q: str) -> ParsedQuery:
    """Split what a citizen typed into folded/exact tokens and number keys."""
    text = nfc(q or "").strip()[:300]
    folded = tuple(fold_tokens(text)[:MAX_QUERY_TOKENS])
    exact = tuple(exact_tokens(text)[:MAX_QUERY_TOKENS])
    if len(exact) != len(folded):  # e.g. a token with letters no fold maps
        exact = folded
    numbers: list[str] = []
    whole = number_key(text)
    if any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
        if len(folded) <= 6:
            numbers.append(whole)
    for match in _NUMBER_IN_TEXT_RE.finditer(text):
        # where a typed number ends is unclear ("3249 qd ubnd ngay 4/10"): try
        # every prefix of two parts or more; keys only ever match exactly
        parts = number_key(match.group()).split("-")
        for end in range(len(parts), 1, -1):
            key = "-".join(parts[:end])
            if key not in numbers:
                numbers.append(key)
    return ParsedQuery(text, folded, exact, tuple(numbers))
