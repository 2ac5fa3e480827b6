"""Ship the national catalogue as the Duyên Hải site's catalogue (public schema)."""

from __future__ import annotations

from collections.abc import Iterator

from core.plugins.seed import SeedContext
from plugins.eservices_shared.importer import import_catalogue

CATALOGUE_FILE = "procedures.csv"
SOURCE = (
    "Cơ sở dữ liệu quốc gia về thủ tục hành chính (dichvucong.gov.vn), "
    "bản thu thập năm 2026 trong kho chatbot-tthc/chatbot_tthc@53229487"
)


def seed_shared(ctx: SeedContext) -> Iterator[str]:
    path = ctx.data_dir / "eservices" / CATALOGUE_FILE
    if not path.exists():
        return
    result = import_catalogue(path.read_bytes(), path.name, SOURCE)
    if result.errors:
        raise RuntimeError("\n".join(result.errors[:20]))
    if not result.skipped and (result.created or result.updated):
        yield (
            f"nhập danh mục thủ tục hành chính: {result.created} mới, "
            f"{result.updated} cập nhật"
        )
