"""Query counts per page stay constant as content grows (10 items vs 3 × page size)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context

from core.models import ArticlePage, SectionPage
from core.models.pages import SECTION_PAGE_SIZE

pytestmark = pytest.mark.django_db


def _add_articles(tenant, count: int, start: int) -> None:
    with tenant_context(tenant):
        news = SectionPage.objects.get(slug="tin-tuc")
        for i in range(start, start + count):
            page = ArticlePage(
                title=f"Tin số {i}",
                slug=f"tin-so-{i}",
                lead="Tin thử nghiệm.",
                body=[("paragraph", "<p>Nội dung</p>")],
                author="Tổ biên tập",
                source="Kiểm thử",
                live=True,
            )
            news.add_child(instance=page)


def _queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("path", ["/", "/tin-tuc/", "/tin-tuc/?trang=2"])
def test_query_count_does_not_grow_with_content(tenants, portal_client, path):
    tenant = tenants["long-huu"]
    _add_articles(tenant, 10 + SECTION_PAGE_SIZE, 0)  # page 2 exists from the start
    client = portal_client("long-huu")
    client.get(path)  # warm per-process caches (site root paths, content types)
    small = _queries(client, path)
    _add_articles(tenant, 3 * SECTION_PAGE_SIZE, 100)
    large = _queries(client, path)
    assert large == small, (path, small, large)
