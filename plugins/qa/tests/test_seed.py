"""Agencies seeded from named sources only; the seed is idempotent."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from plugins.qa.models import Agency
from plugins.qa.seed import seed

pytestmark = pytest.mark.django_db


class _Ctx:
    def __init__(self, tenant):
        self.tenant = tenant


def test_town_and_ward_agencies(tenants):
    with schema_context("txdh"):
        list(seed(_Ctx(tenants["txdh"])))  # the session DB may predate the groups
        names = list(Agency.objects.values_list("name", flat=True))
        assert names[:2] == [
            "Phòng Văn hóa và Thông tin",
            "Văn phòng Thị ủy - HĐND - UBND thị xã",
        ]
        children = [
            t.contact["governing_agency"]
            for t in tenants.values()
            if t.parent_id == tenants["txdh"].pk
        ]
        assert sorted(names[2:]) == sorted(children) and len(children) == 7
        assert list(seed(_Ctx(tenants["txdh"]))) == []
    with schema_context("phuong_2"):
        assert list(Agency.objects.values_list("name", flat=True)) == [
            "Ủy ban nhân dân Phường 2"
        ]
