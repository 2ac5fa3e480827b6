"""The town registry's first record: the regulation's decision, from its text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.legalpage import editor_notes
from core.legaltext import parse_regulation
from core.plugins.seed import SeedContext
from plugins.documents.models import Document
from plugins.documents_shared.common import DocumentType, Level

REGULATION_SLUG = "quy-che-hoat-dong"
ISSUER = "Ủy ban nhân dân thị xã Duyên Hải"


def strip_bold(text: str) -> str:
    """The record's full text without the source file's markdown bold markers
    (``**…**``); every word, and single ``*`` residue such as ``*dae*``, stays."""
    return re.sub(r"\*\*", "", text)


def conflict_warning(parsed) -> str:
    """The editor-visible warning about the two numbers and dates of the decision."""
    lines = [
        "CẢNH BÁO: số và ngày của quyết định không thống nhất trong bản gốc. "
        f"Phần đầu quyết định ghi số “{parsed.number}” ngày "
        f"{parsed.issued_on:%d/%m/%Y}; Quy chế kèm theo ghi ban hành kèm theo "
        f"Quyết định số {parsed.annex_cites_number} ngày "
        f"{parsed.annex_cites_date:%d/%m/%Y}. Cả hai số đều tìm được; cần đối chiếu "
        "bản gốc có chữ ký, con dấu để xác định số đúng.",
        "",
        "Các điểm không nhất quán khác của bản gốc (giữ nguyên):",
        editor_notes(parsed),
    ]
    return "\n".join(lines)


def seed(ctx: SeedContext) -> Iterator[str]:
    unit = ctx.unit
    definition = ctx.definition
    if not (unit and unit.publish_regulation and definition.regulation_file):
        return
    text = definition.regulation_file.read_text(encoding="utf-8")
    parsed = parse_regulation(text)
    existing = Document.objects.filter(
        number=parsed.number, issued_on=parsed.issued_on
    ).first()
    if existing is not None:
        # A record an earlier seed wrote with the raw text (untouched since) gets
        # the cleaned one; an edited record is left alone.
        if existing.full_text == text and strip_bold(text) != text:
            existing.full_text = strip_bold(text)
            existing.save()
            yield f"bỏ dấu ** trong toàn văn của văn bản {parsed.number}"
        return
    from core.models import LegalTextPage

    page = LegalTextPage.objects.filter(slug=REGULATION_SLUG).first()
    doc = Document(
        doc_type=DocumentType.QUYET_DINH,
        number=parsed.number,
        number_acknowledged=True,
        also_cited_number=parsed.annex_cites_number,
        also_cited_on=parsed.annex_cites_date,
        level=Level.LOCAL,
        authority=ISSUER,
        signer=parsed.signer,
        issued_on=parsed.issued_on,
        # "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."
        effective_on=parsed.issued_on
        if "hiệu lực thi hành kể từ ngày ký" in text
        else None,
        summary=parsed.title,
        full_text=strip_bold(text),
        editor_warnings=conflict_warning(parsed),
        source_note="Bản công bố của UBND thị xã Duyên Hải (văn bản thuần).",
        page=page,
    )
    doc.full_clean()
    doc.save()
    yield f"tạo văn bản {parsed.number} (còn ghi {parsed.annex_cites_number})"
