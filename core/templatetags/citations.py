"""``{{ text|link_citations }}``: link document citations to the registry."""

from __future__ import annotations

import re

from django import template
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import gettext

from core.citations import find_citations, resolve

register = template.Library()

_TAG_RE = re.compile(r"(<[^>]*>)")


def _link_segment(text: str, refs: dict) -> str:
    """Escaped ``text`` (already-escaped when from HTML) with citations linked."""
    out: list[str] = []
    pos = 0
    for cite in find_citations(text):
        ref = refs.get(cite.key)
        if ref is None:
            continue
        out.append(text[pos : cite.start])
        title = gettext("Xem văn bản %(n)s trong cơ sở dữ liệu văn bản") % {
            "n": ref.number
        }
        out.append(
            f'<a class="citation" href="{escape(ref.url)}" title="{escape(title)}">'
            f"{text[cite.start : cite.end]}</a>"
        )
        pos = cite.end
    out.append(text[pos:])
    return "".join(out)


@register.filter(is_safe=True)
def link_citations(value) -> str:
    """Plain text is escaped first; safe HTML is linked outside its tags and links."""
    if value is None:
        return ""
    if isinstance(value, SafeData):
        html = str(value)
    else:
        html = str(conditional_escape(str(value)))
    keys = {c.key for c in find_citations(html)}
    if not keys:
        return mark_safe(html)  # noqa: S308 - escaped above or already safe
    refs = resolve(keys)
    if not refs:
        return mark_safe(html)  # noqa: S308
    parts = _TAG_RE.split(html)
    in_link = 0
    for i, part in enumerate(parts):
        if i % 2:  # a tag
            lower = part.lower()
            if lower.startswith("<a ") or lower == "<a>":
                in_link += 1
            elif lower.startswith("</a"):
                in_link = max(0, in_link - 1)
        elif part and not in_link:
            parts[i] = _link_segment(part, refs)
    return mark_safe("".join(parts))  # noqa: S308
