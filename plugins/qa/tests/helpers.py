"""Building cases and staff users inside a tenant for the tests."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from plugins.qa import services
from plugins.qa.models import Agency
from plugins.qa.permissions import BOARD_GROUP
from plugins.qa.tests.conftest import form_data


def new_case(**overrides):
    data = form_data(**overrides)
    data.pop("consent", None)
    data.pop("trang_web", None)
    consent = {"consent_at": timezone.now(), "consent_notice_version": "test"}
    question, _secret = services.submit(data, consent=consent)
    return question


def staff(username: str, board: bool = False, agency: Agency | None = None):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "x", is_staff=True
    )
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    if board:
        group, _ = Group.objects.get_or_create(name=BOARD_GROUP)
        user.groups.add(group)
    if agency is not None:
        agency.members.add(user)
    return user
