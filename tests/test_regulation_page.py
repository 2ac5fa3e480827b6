"""The town publishes its real regulation, article by article, full wording kept."""

import html as html_lib
import re

import pytest
from django.contrib.auth import get_user_model
from django_tenants.utils import tenant_context

from conftest import SITE_DIR
from core.legaltext import words

pytestmark = pytest.mark.django_db
URL = "/van-ban/quy-che-hoat-dong/"
SOURCE = (SITE_DIR / "quy-che-trang-ttdt-thi-xa-duyen-hai-2021.txt").read_text(
    encoding="utf-8"
)

DECISION = [f"qd-dieu-{n}" for n in (1, 2, 3)]
REGULATION = (
    [f"dieu-{n}" for n in range(1, 8)]
    + ["dieu-7-2"]
    + [f"dieu-{n}" for n in (8, 9, 10, 11, 12, 13, 14, 16, 17)]
)


def _body(html: str) -> str:
    """The text after the table of contents, tags removed."""
    start = html.index('id="toc-heading"')
    start = html.index("</nav>", start)
    end = html.index('<p class="source-note">', start)
    text = re.sub(r'<a class="anchor-link"[^>]*>#</a>', "", html[start:end])
    text = re.sub(r"<[^>]+>", " ", text)
    return html_lib.unescape(text)


@pytest.fixture
def page_html(portal_client):
    response = portal_client("txdh").get(URL)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.smoke
def test_every_article_in_source_order_with_its_anchor(page_html):
    anchors = re.findall(r'<section class="legal-article" id="([a-z0-9-]+)"', page_html)
    assert anchors == DECISION + REGULATION
    assert "dieu-15" not in anchors
    headings = re.findall(r'<h3 id="dieu-7-2-h">(.*?)<a', page_html, re.S)
    assert "Thời gian, tần suất cập nhật thông tin, dữ liệu" in headings[0]


def test_full_wording_kept_word_for_word(page_html):
    """Every word of the source appears, in order, as one exact sequence."""
    assert words(_body(page_html)) == words(SOURCE)


def test_chapters_and_the_decision_header(page_html):
    for anchor in ("chuong-i", "chuong-ii", "chuong-iii", "chuong-iv", "quy-che"):
        assert f'id="{anchor}"' in page_html
    assert "22/19 QĐ-UBND" in page_html
    assert "06/10/2021" in page_html


def test_numbering_faults_shown_to_editors_only(tenants, portal_client, page_html):
    assert "Ghi chú cho biên tập viên" not in page_html
    with tenant_context(tenants["txdh"]):
        get_user_model().objects.create_superuser("bientap", password="mk-dai-123")
    client = portal_client("txdh")
    client.post("/admin/login/", {"username": "bientap", "password": "mk-dai-123"})
    editor_view = client.get(URL).content.decode()
    note = editor_view[editor_view.index('class="editor-note"') :]
    note = note[: note.index("</aside>")]
    assert "hai Điều 7" in note
    assert "Điều 15" in note
    assert "3249/QĐ-UBND" in note


def test_editor_notes_in_the_admin_edit_form(tenants, portal_client):
    from core.models import LegalTextPage

    with tenant_context(tenants["txdh"]):
        get_user_model().objects.create_superuser("bientap2", password="mk-dai-123")
        page_id = LegalTextPage.objects.get(slug="quy-che-hoat-dong").pk
    client = portal_client("txdh")
    client.post("/admin/login/", {"username": "bientap2", "password": "mk-dai-123"})
    form = client.get(f"/admin/pages/{page_id}/edit/").content.decode()
    assert "Văn bản gốc có những điểm không nhất quán" in form
    assert "Không có Điều 15" in html_lib.unescape(form)


def test_the_documents_section_lists_the_regulation(portal_client):
    html = portal_client("txdh").get("/van-ban/").content.decode()
    assert f'href="{URL}"' in html


def test_wards_do_not_publish_the_town_regulation(portal_client):
    assert portal_client("phuong-1").get(URL).status_code == 404
