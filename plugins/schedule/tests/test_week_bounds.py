"""Weeks at the edge of the calendar are not found, never a server error."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/lich-cong-tac/tuan/9999/52/",
        "/lich-cong-tac/tuan/9999/52/in/",
        "/lich-cong-tac/tuan/1/1/",
        "/lich-cong-tac/tuan/1/1/in/",
        "/lich-cong-tac/tuan/99999/1/",
    ],
)
def test_week_outside_the_calendar_is_404(portal_client, path):
    assert portal_client("txdh").get(path).status_code == 404


def test_last_and_first_usable_weeks_still_render(portal_client):
    client = portal_client("txdh")
    assert client.get("/lich-cong-tac/tuan/9999/51/").status_code == 200
    assert client.get("/lich-cong-tac/tuan/1/2/").status_code == 200
