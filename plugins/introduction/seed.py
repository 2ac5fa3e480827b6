"""Bootstrap seed: introduction pages under the category-1 section page.

Every tenant gets an organisation chart and an administrative map (both built from
data the platform already holds); the site's data file adds sourced pages (leader,
history, natural conditions). Existing pages are never overwritten.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator

from django.utils.html import escape

from core.models import SectionPage
from core.plugins import people
from core.plugins.seed import SeedContext
from plugins.introduction.models import (
    AdministrativeMapPage,
    LeaderProfilePage,
    OrgChartPage,
    TopicPage,
)

SECTION_CATEGORY = 1


def _add(parent, page) -> None:
    parent.add_child(instance=page)
    page.save_revision().publish()


def seed(ctx: SeedContext) -> Iterator[str]:
    section = SectionPage.objects.filter(category=SECTION_CATEGORY).first()
    if section is None:
        return
    existing = set(section.get_children().values_list("slug", flat=True))
    path = ctx.data_dir / "introduction" / f"{ctx.unit.slug}.toml"
    spec = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    if "co-cau-to-chuc" not in existing:
        _add(
            section,
            OrgChartPage(
                title="Cơ cấu tổ chức",
                slug="co-cau-to-chuc",
                intro="<p>Các cơ quan, đơn vị và cán bộ theo danh bạ cán bộ.</p>",
                source_note="Danh bạ cán bộ của trang (nguồn ghi ở từng người).",
            ),
        )
        yield "giới thiệu: tạo trang Cơ cấu tổ chức"

    leaders = {o.full_name: o.key for o in people.officials(tenant=ctx.tenant)}
    for item in spec.get("leaders", []):
        if item["slug"] in existing:
            continue
        _add(
            section,
            LeaderProfilePage(
                title=item["title"],
                slug=item["slug"],
                full_name=item["full_name"],
                position=item.get("position", ""),
                as_of=item.get("as_of", ""),
                person_key=leaders.get(item["full_name"], ""),
                source_note=item.get("source", ""),
            ),
        )
        yield f"giới thiệu: tạo trang {item['title']}"

    for item in spec.get("topics", []):
        if item["slug"] in existing:
            continue
        body = [
            ("paragraph", f"<p>{escape(text)}</p>")
            for text in item.get("paragraphs", [])
        ]
        page = TopicPage(
            title=item["title"],
            slug=item["slug"],
            topic=item["topic"],
            intro=item.get("intro", ""),
            source_note=item.get("source", ""),
            is_sample=item.get("is_sample", False),
        )
        page.body = body
        _add(section, page)
        yield f"giới thiệu: tạo trang {item['title']}"

    if "ban-do-hanh-chinh" not in existing:
        _add(
            section,
            AdministrativeMapPage(
                title="Bản đồ hành chính",
                slug="ban-do-hanh-chinh",
                source_note=(
                    "Danh sách đơn vị hành chính: định nghĩa trang của hệ thống. "
                    "Chưa có tệp ranh giới do cơ quan có thẩm quyền cung cấp."
                ),
            ),
        )
        yield "giới thiệu: tạo trang Bản đồ hành chính"
