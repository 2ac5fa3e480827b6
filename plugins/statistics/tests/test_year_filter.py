"""The year filter: a sane range in the API, a visible message in the page."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


@pytest.mark.parametrize("year", ["-1", "0", "1800", "2101", HUGE])
def test_api_refuses_a_year_outside_the_range(portal_client, year):
    response = portal_client("txdh").get("/api/v1/statistics/", {"year": year})
    assert response.status_code == 400, response.content
    detail = response.json()["detail"]
    assert "year" in detail and "1945" in detail and "2100" in detail


def test_api_accepts_a_sane_year(portal_client):
    response = portal_client("txdh").get("/api/v1/statistics/", {"year": 2024})
    assert response.status_code == 200


@pytest.mark.parametrize("year", ["-1", HUGE, "²", "٢٠٢٤", "abc"])
def test_page_ignores_a_bad_year_with_a_linked_message(portal_client, year):
    response = portal_client("txdh").get("/thong-ke/", {"nam": year})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="tk-nam-err"' in html
    assert 'aria-describedby="tk-nam-err"' in html
    assert "đã bỏ qua bộ lọc năm" in html


def test_page_without_a_year_shows_no_message(portal_client):
    html = portal_client("txdh").get("/thong-ke/").content.decode()
    assert "tk-nam-err" not in html
