"""The API document, the dashboard, and a disabled plugin."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from django_tenants.utils import schema_context

from core.calendar import add_working_days
from core.plugins.state import set_enabled
from plugins.qa import clock
from plugins.qa.models import Agency, Question
from plugins.qa.tests.helpers import new_case, staff

pytestmark = pytest.mark.django_db


def test_questions_and_consultations_are_in_the_same_openapi_document(tenants):
    paths = Client(HTTP_HOST="phuong-2.localhost").get("/api/v1/openapi.json").json()
    assert "/api/v1/questions/" in paths["paths"]
    assert "/api/v1/consultations/" in paths["paths"]


def test_the_dashboard_shows_open_cases_by_agency_due_soon_and_overdue(tenants):
    today = timezone.localdate()
    with schema_context("phuong_2"):
        agency = Agency.objects.get(name="Ủy ban nhân dân Phường 2")
        board = staff("bbt", board=True)
        late = new_case(title="Quá hạn rồi")
        soon = new_case(title="Sắp đến hạn")
        calm = new_case(title="Còn lâu")
        days_off = clock.overrides()
        for case, due in (
            (late, today - timedelta(days=1)),
            (soon, add_working_days(today, 2, days_off)),
            (calm, add_working_days(today, 10, days_off)),
        ):
            Question.objects.filter(pk=case.pk).update(
                status=Question.Status.ASSIGNED, agency=agency, due_on=due
            )
    client = Client(HTTP_HOST="phuong-2.localhost")
    with schema_context("phuong_2"):
        client.force_login(board)
    html = client.get("/admin/hoi-dap/").content.decode()
    overdue = html[html.index('id="overdue"') : html.index('id="due-soon"')]
    due_soon = html[html.index('id="due-soon"') : html.index('id="all-cases"')]
    by_agency = html[html.index('id="open-by-agency"') : html.index('id="overdue"')]
    assert late.code in overdue and soon.code not in overdue
    assert soon.code in due_soon and calm.code not in due_soon
    assert "Ủy ban nhân dân Phường 2</td><td>3</td>" in by_agency


def test_a_disabled_plugin_answers_404_everywhere(tenants):
    set_enabled(tenants["phuong-2"], "qa", False)
    client = Client(HTTP_HOST="phuong-2.localhost")
    assert client.get("/hoi-dap/gui/").status_code == 404
    assert client.get("/api/v1/questions/").status_code == 404
    assert (
        Client(HTTP_HOST="phuong-1.localhost").get("/hoi-dap/gui/").status_code == 200
    )


@pytest.mark.parametrize(
    "path", ["/admin/hoi-dap-co-quan/", "/admin/hoi-dap-co-quan/new/"]
)
def test_the_board_manages_agencies_as_data(tenants, path):
    with schema_context("phuong_2"):
        board = staff("bbt", board=True)
        from django.contrib.auth.models import Permission

        board.user_permissions.add(
            *Permission.objects.filter(
                content_type__app_label="qa", codename__endswith="agency"
            )
        )
    client = Client(HTTP_HOST="phuong-2.localhost")
    with schema_context("phuong_2"):
        client.force_login(board)
    assert client.get(path).status_code == 200
