"""The pages a site definition gives each tenant: home, sections, the regulation.

Runs inside the tenant's schema. Existing pages are never overwritten: an editor's
changes survive a second bootstrap.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from django.utils.html import escape
from wagtail.models import Page, Site

from core.legalpage import editor_notes, stream_blocks
from core.legaltext import ParsedLegalText, parse_regulation, regulation_categories
from core.models import HomePage, LegalTextPage, SectionPage

HOME_SLUG = "trang-chu"
REGULATION_SLUG = "quy-che-hoat-dong"
DOCUMENTS_CATEGORY = 6


@lru_cache(maxsize=4)
def _parsed(path: Path) -> ParsedLegalText:
    return parse_regulation(path.read_text(encoding="utf-8"))


def _publish(page: Page) -> None:
    page.save_revision().publish()


def ensure_pages(definition, unit, tenant) -> Iterator[str]:
    root = Page.get_first_root_node()
    home = HomePage.objects.child_of(root).first()
    if home is None:
        home = HomePage(title=unit.portal_title, slug=HOME_SLUG, live=True)
        root.add_child(instance=home)
        _publish(home)
        yield "tạo trang chủ"
    site = Site.objects.filter(is_default_site=True).first() or Site(
        is_default_site=True
    )
    wanted = {
        "hostname": tenant.primary_domain or "localhost",
        "port": 80,
        "site_name": unit.portal_title,
        "root_page_id": home.pk,
    }
    if any(getattr(site, k) != v for k, v in wanted.items()):
        for key, value in wanted.items():
            setattr(site, key, value)
        site.save()
        yield f"đặt Site: {wanted['hostname']}"
    # Wagtail's initial "Welcome" page is left over from the template's migrations.
    for leftover in (
        Page.objects.child_of(root)
        .exclude(pk=home.pk)
        .filter(content_type__app_label="wagtailcore")
    ):
        leftover.delete()
        yield "xóa trang chào mừng mặc định của Wagtail"

    categories = {}
    if definition.regulation_file:
        parsed = _parsed(definition.regulation_file)
        categories = {c.number: c for c in regulation_categories(parsed)}
    sections = {p.slug: p for p in SectionPage.objects.child_of(home)}
    for item in definition.menu:
        if item.slug in sections or item.category in unit.without_sections:
            continue
        category = categories.get(item.category)
        intro = ""
        if category is not None:
            intro = (
                f"<p>{escape(category.text)}</p>"
                f"<p><em>Theo Quy chế hoạt động Trang TTĐT thị xã Duyên Hải, "
                f"{escape(category.source)}.</em></p>"
            ).replace("\n", "<br>")
        section = SectionPage(
            title=item.title,
            slug=item.slug,
            intro=intro,
            category=item.category,
            show_in_menus=True,
        )
        home.add_child(instance=section)
        _publish(section)
        sections[item.slug] = section
        yield f"tạo chuyên mục {item.title}"

    if unit.publish_regulation and definition.regulation_file:
        yield from _ensure_regulation(definition, sections)


def _ensure_regulation(definition, sections) -> Iterator[str]:
    parent = next(
        (s for s in sections.values() if s.category == DOCUMENTS_CATEGORY), None
    )
    if parent is None:
        return
    if LegalTextPage.objects.filter(slug=REGULATION_SLUG).exists():
        return
    parsed = _parsed(definition.regulation_file)
    page = LegalTextPage(
        title="Quy chế hoạt động",
        seo_title=(
            "Quy chế hoạt động và cung cấp thông tin của Trang TTĐT "
            "thành phần thị xã Duyên Hải"
        ),
        slug=REGULATION_SLUG,
        document_number=parsed.number,
        issued_on=parsed.issued_on,
        issuer="Ủy ban nhân dân thị xã Duyên Hải",
        signer=parsed.signer,
        summary=parsed.title,
        body=stream_blocks(parsed),
        source_note=(
            "Quyết định của UBND thị xã Duyên Hải (tháng 10/2021), văn bản thuần lấy "
            "từ bản công bố; giữ nguyên câu chữ, kể cả những điểm không nhất quán "
            "của bản gốc."
        ),
        editor_notes=editor_notes(parsed),
        search_description=parsed.title,
    )
    parent.add_child(instance=page)
    _publish(page)
    yield "đăng Quy chế hoạt động"
