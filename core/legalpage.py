"""Turn a parsed legal text into the StreamField of a LegalTextPage.

Every word of the source ends up in the blocks (tests compare word sequences), and
the source's faults become the editor-only notes; nothing is "fixed" silently.
"""

from __future__ import annotations

from core.legaltext import Article, ParsedLegalText


def _article_block(article: Article) -> tuple[str, dict]:
    return (
        "article",
        {
            "number": str(article.number),
            "title": article.title,
            "anchor": article.anchor,
            "body": "\n\n".join(article.paragraphs),
        },
    )


def stream_blocks(parsed: ParsedLegalText) -> list[tuple[str, object]]:
    """The page body, in source order: decision, closing, then the regulation."""
    blocks: list[tuple[str, object]] = []
    header = [line for line in (parsed.number_line, parsed.date_line) if line]
    if header:
        blocks.append(("text", "\n".join(header)))
    if parsed.doc_type or parsed.title:
        blocks.append(
            (
                "heading",
                {
                    "text": " ".join(x for x in (parsed.doc_type, parsed.title) if x),
                    "level": "h2",
                    "anchor": "quyet-dinh",
                },
            )
        )
    intro = [parsed.issuer, *parsed.preamble]
    if parsed.decision_heading:
        intro.append(parsed.decision_heading)
    blocks.append(("text", "\n\n".join(x for x in intro if x)))
    blocks.extend(_article_block(a) for a in parsed.decision_articles)
    if parsed.closing:
        blocks.append(("text", "\n".join(parsed.closing)))
    if parsed.annex_kind or parsed.annex_title:
        blocks.append(
            (
                "heading",
                {
                    "text": " ".join(
                        x for x in (parsed.annex_kind, parsed.annex_title) if x
                    ),
                    "level": "h2",
                    "anchor": "quy-che",
                },
            )
        )
    if parsed.annex_citation:
        blocks.append(("text", parsed.annex_citation))
    for chapter in parsed.chapters:
        label = chapter.label or (
            f"Chương {chapter.numeral}" if chapter.numeral else ""
        )
        text = " ".join(x for x in (label, chapter.title) if x)
        if text:
            blocks.append(
                ("heading", {"text": text, "level": "h2", "anchor": chapter.anchor})
            )
        blocks.extend(_article_block(a) for a in chapter.articles)
    if parsed.unparsed:
        blocks.append(("text", "\n\n".join(parsed.unparsed)))
    return blocks


def editor_notes(parsed: ParsedLegalText) -> str:
    """The source's inconsistencies, one per line, for editors only."""
    lines = []
    for fault in parsed.faults:
        where = f" (#{fault.anchor})" if fault.anchor else ""
        excerpt = f" — “{fault.excerpt}”" if fault.excerpt else ""
        lines.append(f"- {fault.message}{where}{excerpt}")
    return "\n".join(lines)
