"""Citations of Vietnamese documents, linked to the registry wherever they appear.

The seam of DESIGN §3: core finds citations (``Nghị định số 43/2011/NĐ-CP``) and
asks the *resolvers* registered by plugins which of them exist; the documents plugin
registers one. With no resolver (plugin absent or disabled) text stays unlinked.
Links are made when rendering, never stored as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from core.search.text import number_key
from core.text.vietnamese import nfc

__all__ = [
    "Citation",
    "DocumentRef",
    "find_citations",
    "register_resolver",
    "resolve",
]


@dataclass(frozen=True)
class DocumentRef:
    """A resolved citation: where the registry entry is, and a snapshot of it."""

    key: str
    url: str
    number: str
    summary: str = ""
    issued_on: str = ""
    issuer: str = ""


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    text: str
    number: str

    @property
    def key(self) -> str:
        return number_key(self.number)


Resolver = Callable[[set[str]], dict[str, DocumentRef]]
_RESOLVERS: dict[str, Resolver] = {}

_TYPES = (
    "Hiến pháp|Luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|"
    "Quyết định|Chỉ thị|Công văn|Kế hoạch|Thông báo|Văn bản hợp nhất|Văn bản"
)
_CITATION_RE = re.compile(
    rf"(?:{_TYPES})\s+(?:số\s*:?\s*)?"
    r"(?P<number>\d{1,6}(?:/\d{4})?(?:/|-)[A-ZĐ][A-ZĐa-z0-9]*(?:[-/][A-ZĐ0-9]+)*)"
)


def register_resolver(name: str, resolver: Resolver) -> None:
    """Register (or replace) a resolver; ``name`` is the plugin key.

    A resolver receives number keys and returns the ones it knows. It must respect
    the plugin state itself (return nothing when disabled for the tenant).
    """
    _RESOLVERS[name] = resolver


def find_citations(text: str) -> list[Citation]:
    """Document citations in ``text`` (NFC), in order."""
    text = nfc(text or "")
    return [
        Citation(m.start(), m.end(), m.group(), m.group("number").rstrip("-/"))
        for m in _CITATION_RE.finditer(text)
    ]


def resolve(keys: Iterable[str]) -> dict[str, DocumentRef]:
    """Ask every resolver; the first one to know a key wins."""
    wanted = {k for k in keys if k}
    found: dict[str, DocumentRef] = {}
    for resolver in _RESOLVERS.values():
        if not wanted:
            break
        for key, ref in resolver(set(wanted)).items():
            found.setdefault(key, ref)
        wanted -= set(found)
    return found
