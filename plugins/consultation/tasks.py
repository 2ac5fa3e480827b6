"""Daily task of the consultation plugin, once per tenant: erase the personal
details of comments on consultations closed longer than the policy's retention."""

from __future__ import annotations

from datetime import timedelta

from django.db import connection
from django.utils import timezone

from plugins.consultation.models import Comment


def erase_expired(today=None) -> int:
    from tenants.models import Tenant

    tenant = (
        Tenant.objects.filter(schema_name=connection.schema_name)
        .select_related("policy")
        .first()
    )
    days = (
        tenant.policy.personal_data_retention_days if tenant and tenant.policy else None
    )
    if not days:
        return 0
    today = today or timezone.localdate()
    return Comment.objects.filter(
        consultation__closes_on__lt=today - timedelta(days=days),
        personal_data_erased_at__isnull=True,
    ).update(
        full_name="",
        address="",
        email="",
        phone="",
        personal_data_erased_at=timezone.now(),
    )
