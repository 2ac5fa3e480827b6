"""Test set-up (DESIGN §4): the Duyên Hải tenants are bootstrapped once per session
from the template schema into the test database, then reused; tests run in
transactions that roll back; public-schema rows are never flushed."""

from __future__ import annotations

import os

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client

SITE_DIR = settings.BASE_DIR / "sites" / "duyenhai"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from tenants.provisioning.bootstrap import bootstrap

    only = [u for u in os.environ.get("PORTAL_TEST_UNITS", "").split(",") if u]
    with django_db_blocker.unblock():
        bootstrap(SITE_DIR, environment="local", only_units=only or None)
        connection.set_schema_to_public()


@pytest.fixture(autouse=True)
def _reset_schema():
    """Every test starts and ends in the public schema with fresh content types."""
    connection.set_schema_to_public()
    ContentType.objects.clear_cache()
    yield
    connection.set_schema_to_public()
    ContentType.objects.clear_cache()


@pytest.fixture
def tenants(db):
    """The bootstrapped tenants by slug (``txdh``, ``phuong-1`` …)."""
    from tenants.models import Tenant

    return {t.slug: t for t in Tenant.objects.exclude(schema_name="public")}


def host_for(slug: str) -> str:
    return "localhost" if slug == "platform" else f"{slug}.localhost"


@pytest.fixture
def portal_client(db):
    """``portal_client("phuong-1")``: a test client speaking to that tenant's host."""

    def make(slug: str) -> Client:
        return Client(HTTP_HOST=host_for(slug))

    return make


@pytest.fixture
def tenant_admin(tenants, portal_client):
    """``tenant_admin("txdh")``: a client logged in as a superuser of that tenant."""
    from django.contrib.auth import get_user_model
    from django_tenants.utils import tenant_context

    def make(slug: str) -> Client:
        client = portal_client(slug)
        with tenant_context(tenants[slug]):
            user = get_user_model().objects.create_superuser(
                f"admin-{slug}", f"admin@{slug}.example", "x-Pass-123"
            )
            client.force_login(user)
        return client

    return make


@pytest.fixture
def platform_admin(portal_client, db):
    """A client logged in as a platform operator (public schema)."""
    from django.contrib.auth import get_user_model
    from django_tenants.utils import schema_context

    client = portal_client("platform")
    with schema_context("public"):
        user = get_user_model().objects.create_superuser(
            "platform-admin", "ops@example.invalid", "x-Pass-123"
        )
        client.force_login(user)
    return client
