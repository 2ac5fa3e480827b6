"""Load the real legal corpus into the shared central/province registry, once.

The registry is shown on every portal of the site as "Văn bản Trung ương, tỉnh", so
only central documents and those of the site's own province are loaded; the corpus
also holds decisions of other provinces' People's Committees, which are skipped (and
removed if an earlier seed loaded them: those rows are seed-owned, matched by
``source_id``). Authority names are normalised to one written form.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date

from django.db import connection

from core.plugins.seed import SeedContext
from core.text.vietnamese import fold, nfc
from plugins.documents_shared.common import DocumentType, Level, type_from_label
from plugins.documents_shared.models import SharedDocument

LEVELS = {"trung-uong": Level.CENTRAL, "tinh": Level.PROVINCE}

# Central authorities in the form used when citing them; a corpus name that equals
# one of these ignoring case, spaces and the kind of dash (e.g. "CHÍNH PHỦ", or the
# OCR-split "B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI") is written this way. Any other
# name is kept as printed.
AUTHORITIES = (
    "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Chủ tịch nước",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Văn phòng Chính phủ",
    "Bộ Công an",
    "Bộ Quốc phòng",
    "Bộ Ngoại giao",
    "Bộ Nội vụ",
    "Bộ Tư pháp",
    "Bộ Tài chính",
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Công Thương",
    "Bộ Xây dựng",
    "Bộ Giao thông vận tải",
    "Bộ Y tế",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Thông tin và Truyền thông",
    "Bộ Tài nguyên và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Khoa học và Công nghệ",
    "Tổng cục Thuế",
)
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]")
_SPACE = re.compile(r"\s+")


def _key(name: str) -> str:
    return _SPACE.sub("", _DASHES.sub("-", nfc(name))).casefold()


_KNOWN = {_key(name): name for name in AUTHORITIES}


def normalise_authority(name: str) -> str:
    """The one written form of a known central authority; others as printed
    (NFC, outer and repeated spaces trimmed)."""
    name = _SPACE.sub(" ", nfc(name)).strip()
    return _KNOWN.get(_key(name), name)


def is_own_province(row: dict, province: str) -> bool:
    """Whether a province-level record is the site's own province's: by the
    record's ``province`` field, else by the (space-insensitive) letterhead."""
    if not province:
        return False
    own = fold(_SPACE.sub("", province))
    if row.get("province"):
        return fold(_SPACE.sub("", row["province"])) == own
    return own in fold(_SPACE.sub("", row.get("authority") or ""))


def loaded(row: dict, province: str) -> bool:
    """Whether a corpus record belongs in the registry every portal shows: central
    documents, and province documents of the site's own province only."""
    level = LEVELS.get(row.get("level") or "")
    if level == Level.CENTRAL:
        return True
    return level == Level.PROVINCE and is_own_province(row, province)


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
        authority=normalise_authority(row.get("authority") or ""),
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


def _remove(pks: list[int]) -> None:
    """Delete seed-owned shared rows and what points at them in every unit.

    Tenant relations to a shared document live in the tenant schemas (no database
    constraint), so they are deleted schema by schema first; the rows themselves are
    deleted in SQL because Django's cascade would look for the tenant table in the
    public schema."""
    from django_tenants.utils import get_tenant_model, schema_context

    from plugins.documents_shared.models import (
        SharedDocumentFile,
        SharedDocumentRelation,
    )

    for tenant in get_tenant_model().objects.exclude(schema_name="public"):
        with schema_context(tenant.schema_name):
            if "documents_documentrelation" in connection.introspection.table_names():
                with connection.cursor() as cursor:
                    cursor.execute(
                        "DELETE FROM documents_documentrelation "
                        "WHERE target_shared_id = ANY(%s)",
                        [pks],
                    )
    SharedDocumentRelation.objects.filter(source_id__in=pks).delete()
    SharedDocumentRelation.objects.filter(target_id__in=pks).delete()
    for item in SharedDocumentFile.objects.filter(document_id__in=pks):
        item.file.delete(save=False)
    with connection.cursor() as cursor:
        cursor.execute(
            f'DELETE FROM "{SharedDocumentFile._meta.db_table}" '
            "WHERE document_id = ANY(%s)",
            [pks],
        )
        cursor.execute(
            f'DELETE FROM "{SharedDocument._meta.db_table}" WHERE id = ANY(%s)',
            [pks],
        )


def seed_shared(ctx: SeedContext) -> Iterator[str]:
    path = ctx.data_dir / "documents" / "documents.jsonl"
    if not path.exists():
        return
    province = (getattr(ctx.definition, "province", None) or {}).get("name", "")
    wanted: dict[str, dict] = {}
    skipped: set[str] = set()
    for row in corpus_rows(path):
        if loaded(row, province):
            wanted[row["id"]] = row
        else:
            skipped.add(row["id"])
    stale = list(
        SharedDocument.objects.filter(source_id__in=skipped).values_list(
            "pk", flat=True
        )
    )
    if stale:
        _remove(stale)
        yield (
            f"bỏ {len(stale)} văn bản của tỉnh, thành phố khác khỏi cơ sở dữ liệu "
            "dùng chung"
        )
    renamed = 0
    for doc in SharedDocument.objects.filter(source_id__in=list(wanted)):
        name = normalise_authority(doc.authority)
        if name != doc.authority:
            doc.authority = name
            doc.save()
            renamed += 1
    if renamed:
        yield f"chuẩn hóa tên cơ quan ban hành của {renamed} văn bản dùng chung"
    known = set(SharedDocument.objects.values_list("source_id", flat=True))
    new = []
    for source_id, row in wanted.items():
        if source_id in known:
            continue
        doc = build(row)
        if doc is not None:
            new.append(doc)
    if new:
        SharedDocument.objects.bulk_create(new, batch_size=200)
        yield f"nạp {len(new)} văn bản Trung ương, tỉnh vào cơ sở dữ liệu dùng chung"
