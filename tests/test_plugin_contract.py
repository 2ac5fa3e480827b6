"""The plugin contract (DESIGN §3), proved with the test plugin tests.plugin_sample,
enabled in one tenant and disabled in another."""

import pytest
from django.conf import settings
from django.core.checks import run_checks
from django_tenants.utils import tenant_context

from core.plugins.manifest import PluginManifest
from core.plugins.registry import app_lists
from core.plugins.state import is_enabled, set_enabled

pytestmark = pytest.mark.django_db


def test_settings_compute_the_app_lists_from_the_manifests():
    sample = next(m for m in settings.PLUGINS if m.key == "sample")
    assert sample.app == "tests.plugin_sample"
    assert "tests.plugin_sample" in settings.TENANT_APPS
    assert "tests.plugin_sample" not in settings.SHARED_APPS
    shared, tenant = app_lists(
        [
            PluginManifest(key="a", name="A", app="x.a", shared_app="x.a_shared"),
            PluginManifest(key="b", name="B", app="x.b", placement="shared"),
        ]
    )
    assert shared == ["x.a_shared", "x.b"] and tenant == ["x.a"]


def test_manifest_problems_become_system_check_errors(monkeypatch):
    broken = PluginManifest(
        key="hong",
        name="Hỏng",
        app="plugins.khong_co",
        kinds=("village",),
        url_prefix="/sai",
    )
    monkeypatch.setattr(settings, "PLUGINS", (*settings.PLUGINS, broken))
    ids = {e.id for e in run_checks() if "hong" in e.msg}
    assert {"core.E101", "core.E102"} <= ids
    messages = " ".join(e.msg for e in run_checks() if e.id == "core.E101")
    assert "village" in messages and "url_prefix" in messages


def test_the_manifest_module_imports_no_django():
    import ast
    from pathlib import Path

    for path in Path(settings.BASE_DIR).glob("*/**/manifest.py"):
        if ".venv" in path.parts:
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(n.startswith(("django", "wagtail")) for n in names), path


@pytest.fixture
def sample_split(tenants):
    """The sample plugin on in Phường 1, off in Phường 2, with the same rows."""
    from tests.plugin_sample.models import SampleItem

    set_enabled(tenants["phuong-2"], "sample", False)
    for slug in ("phuong-1", "phuong-2"):
        with tenant_context(tenants[slug]):
            SampleItem.objects.create(title=f"mục của {slug}")
    return tenants


@pytest.mark.smoke
def test_disabled_plugin_urls_answer_404_enabled_serve(sample_split, portal_client):
    one = portal_client("phuong-1").get("/mau/")
    assert one.status_code == 200
    assert one.content.decode() == "sample:mục của phuong-1"
    assert portal_client("phuong-2").get("/mau/").status_code == 404


def test_disabled_plugin_leaves_the_menu(sample_split, portal_client):
    assert 'href="/mau/"' in portal_client("phuong-1").get("/").content.decode()
    assert 'href="/mau/"' not in portal_client("phuong-2").get("/").content.decode()


def test_disabled_plugin_page_type_cannot_be_created_and_pages_404(
    sample_split, portal_client
):
    from core.models import SectionPage
    from tests.plugin_sample.models import SamplePage

    for slug in ("phuong-1", "phuong-2"):
        with tenant_context(sample_split[slug]):
            section = SectionPage.objects.get(slug="thong-tin-khac")
            section.add_child(instance=SamplePage(title="Trang mẫu", slug="trang-mau"))
    with tenant_context(sample_split["phuong-1"]):
        assert SamplePage.can_create_at(SectionPage.objects.get(slug="thong-tin-khac"))
    with tenant_context(sample_split["phuong-2"]):
        assert not SamplePage.can_create_at(
            SectionPage.objects.get(slug="thong-tin-khac")
        )
    assert (
        portal_client("phuong-1").get("/thong-tin-khac/trang-mau/").status_code == 200
    )
    assert (
        portal_client("phuong-2").get("/thong-tin-khac/trang-mau/").status_code == 404
    )


def test_disabled_plugin_hides_its_admin_menu(sample_split, portal_client):
    from django.contrib.auth import get_user_model

    pages = {}
    for slug in ("phuong-1", "phuong-2"):
        with tenant_context(sample_split[slug]):
            get_user_model().objects.create_superuser("quantri", password="x-123-y")
        client = portal_client(slug)
        client.post("/admin/login/", {"username": "quantri", "password": "x-123-y"})
        pages[slug] = client.get("/admin/").content.decode()
    # the sidebar menu is JSON data in the page
    assert '"url": "/mau/"' in pages["phuong-1"]
    assert '"url": "/mau/"' not in pages["phuong-2"]
    assert '"name": "sample"' in pages["phuong-1"]


def test_enabling_is_per_tenant_state(sample_split):
    assert is_enabled("sample", sample_split["phuong-1"])
    assert not is_enabled("sample", sample_split["phuong-2"])
    assert is_enabled("sample", sample_split["txdh"])
    assert set_enabled(sample_split["phuong-2"], "sample", True) is True
    assert is_enabled("sample", sample_split["phuong-2"])
