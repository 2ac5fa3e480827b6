"""Load the real legal corpus into the shared central/province registry, once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from core.plugins.seed import SeedContext
from core.text.vietnamese import nfc
from plugins.documents_shared.common import DocumentType, Level, type_from_label
from plugins.documents_shared.models import SharedDocument

LEVELS = {"trung-uong": Level.CENTRAL, "tinh": Level.PROVINCE}


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def corpus_rows(path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def build(row: dict) -> SharedDocument | None:
    """A SharedDocument for one corpus record (None for non-shared levels)."""
    level = LEVELS.get(row.get("level") or "")
    if level is None:
        return None
    warnings = []
    if row.get("number_as_printed"):
        warnings.append(f"Số ký hiệu như in trong bản gốc: {row['number_as_printed']}")
    if row.get("text_truncated"):
        warnings.append(
            f"Toàn văn trong nguồn chỉ có {len(row.get('text') or '')} ký tự đầu "
            f"(bản đủ {row.get('text_chars_full')} ký tự)."
        )
    if row.get("notes"):
        warnings.append(f"Ghi chú nguồn: {row['notes']}")
    effective = _date(row.get("effective_on"))
    issued = _date(row.get("issued_on"))
    if effective and issued and effective < issued:
        warnings.append("Nguồn ghi ngày hiệu lực trước ngày ban hành; đã bỏ trống.")
        effective = None
    source = row.get("source") or {}
    doc = SharedDocument(
        source_id=row["id"],
        doc_type=type_from_label(row.get("type") or "") or DocumentType.KHAC,
        number=nfc(row.get("number") or ""),
        number_acknowledged=True,  # as printed in the source; not ours to "fix"
        level=level,
        authority=nfc(row.get("authority") or ""),
        signer=nfc(row.get("signer") or ""),
        issued_on=issued,
        effective_on=effective,
        summary=nfc(row.get("summary") or ""),
        full_text=nfc(row.get("text") or ""),
        editor_warnings="\n".join(warnings),
        source_note=" ".join(
            x
            for x in (
                source.get("original_url") or "",
                f"({source.get('repo')}@{(source.get('commit') or '')[:8]})"
                if source.get("repo")
                else "",
            )
            if x
        )[:500],
    )
    doc.fill_search_fields()
    return doc


def seed_shared(ctx: SeedContext) -> Iterator[str]:
    path = ctx.data_dir / "documents" / "documents.jsonl"
    if not path.exists():
        return
    known = set(SharedDocument.objects.values_list("source_id", flat=True))
    new = []
    for row in corpus_rows(path):
        if row["id"] in known:
            continue
        doc = build(row)
        if doc is not None:
            new.append(doc)
    if new:
        SharedDocument.objects.bulk_create(new, batch_size=200)
        yield f"nạp {len(new)} văn bản Trung ương, tỉnh vào cơ sở dữ liệu dùng chung"
