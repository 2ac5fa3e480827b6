"""Browser tests: Debian's chromium driven by Playwright against the app running as a
separate single-threaded server process (gunicorn, one sync worker) on the test
database.

The server cannot see a test's uncommitted transaction, so browser tests work on
throw-away tenants cloned from the template, committed, and dropped after the module
(DESIGN §4); public-schema rows other than theirs are never touched.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

# Playwright's sync API keeps an event loop in the test thread; Django refuses ORM
# calls there unless told that this (test-only) thread is not serving async code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"


ADMIN_USER, ADMIN_PASSWORD = "e2e", "mk-e2e-12345"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url() -> str:
    db = connection.settings_dict
    host = db["HOST"] or "localhost"
    if host.startswith("/"):
        return f"postgresql://{db['USER']}:@/{db['NAME']}?host={host}"
    port = db["PORT"] or "5432"
    return f"postgresql://{db['USER']}:{db['PASSWORD']}@{host}:{port}/{db['NAME']}"


@pytest.fixture(scope="session")
def live_server_port(django_db_setup, django_db_blocker):
    """gunicorn serving the test database, one sync worker, one thread."""
    port = _free_port()
    env = dict(os.environ)
    env.update(
        DATABASE_URL=_database_url(),
        DJANGO_SETTINGS_MODULE="core.settings.test",
        XDG_RUNTIME_DIR=env.get("XDG_RUNTIME_DIR", "/tmp"),
    )
    log = open(Path(settings.VAR_DIR) / f"e2e-server-{port}.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "core.wsgi",
            "--worker-class",
            "sync",
            "--threads",
            "1",
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "120",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/suc-khoe/", headers={"Host": "localhost"}
            )
            urllib.request.urlopen(request, timeout=2).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                log.close()
                raise RuntimeError(
                    "e2e server did not start: "
                    + (Path(settings.VAR_DIR) / f"e2e-server-{port}.log").read_text()
                ) from None
            time.sleep(0.3)
    yield port
    process.terminate()
    process.wait(timeout=20)
    log.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN")
    tab = context.new_page()
    yield tab
    context.close()


class Throwaway:
    """A committed tenant cloned from the template, with the definition's pages and
    a superuser (ADMIN_USER). Tests must not write to it through the ORM inside their
    own transaction: the server process would not see it."""

    def __init__(self, tenant, host: str, port: int):
        self.tenant = tenant
        self.host = host
        self.port = port

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"


@pytest.fixture(scope="module")
def throwaway(django_db_setup, django_db_blocker, live_server_port):
    """A throw-away town-like tenant (home, sections, the regulation), dropped after."""
    from django.contrib.auth import get_user_model
    from django_tenants.utils import schema_context

    from conftest import SITE_DIR
    from tenants.models import Domain, Tenant
    from tenants.provisioning import content
    from tenants.provisioning.bootstrap import load_checked

    short = uuid.uuid4().hex[:8]
    schema, slug = f"e2e_{short}", f"e2e-{short}"
    host = f"{slug}.localhost"
    with django_db_blocker.unblock():
        definition = load_checked(SITE_DIR)
        unit = definition.unit("txdh")
        tenant = Tenant(
            schema_name=schema,
            slug=slug,
            name="Đơn vị thử nghiệm",
            kind="town",
            contact=unit.contact,
            links=list(definition.links),
        )
        tenant.save()
        Domain.objects.create(domain=host, tenant=tenant, is_primary=True)
        with schema_context(schema):
            list(content.ensure_pages(definition, unit, tenant))
            get_user_model().objects.create_superuser(
                ADMIN_USER, password=ADMIN_PASSWORD
            )
        connection.set_schema_to_public()
    yield Throwaway(tenant, host, live_server_port)
    with django_db_blocker.unblock():
        connection.set_schema_to_public()
        tenant.auto_drop_schema = True
        tenant.delete(force_drop=True)


def admin_login(page, site: Throwaway) -> None:
    page.goto(site.url("/admin/login/"))
    page.fill("#id_username", ADMIN_USER)
    page.fill("#id_password", ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(site.url("/admin/"))


def run_axe(page) -> list[dict]:
    """axe-core (from npm, served from disk) on the current page: WCAG 2.x A/AA."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
            return r.violations.map(v => ({id: v.id, impact: v.impact,
                nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
        }"""
    )
    return result
