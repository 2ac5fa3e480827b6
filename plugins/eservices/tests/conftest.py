import pytest
from django_tenants.utils import schema_context, tenant_context


@pytest.fixture
def tenant_admin(tenants, portal_client):
    """``tenant_admin("txdh")``: a client logged in as a superuser of that tenant."""

    def make(slug: str):
        from django.contrib.auth import get_user_model

        client = portal_client(slug)
        tenant = tenants[slug]
        with tenant_context(tenant):
            user = get_user_model().objects.create_superuser(
                f"admin-{slug}", f"admin@{slug}.example", "x-Pass-123"
            )
            client.force_login(user)
        return client

    return make


@pytest.fixture
def platform_admin(portal_client, db):
    from django.contrib.auth import get_user_model

    client = portal_client("platform")
    with schema_context("public"):
        user = get_user_model().objects.create_superuser(
            "platform-admin", "ops@example.invalid", "x-Pass-123"
        )
        client.force_login(user)
    return client
