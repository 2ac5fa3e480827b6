"""A case of Phường 1 cannot be read through Phường 2's host by its code or id."""

from __future__ import annotations

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from plugins.qa.models import Question

pytestmark = pytest.mark.django_db

CODE = "HD-AAAA-2222"


def _published(schema: str, pk: int, title: str, code: str):
    """A published case with a fixed id and code (same ones in both wards)."""
    with schema_context(schema):
        question = Question(
            pk=pk,
            code=code,
            kind=Question.Kind.QUESTION,
            topic=Question.Topic.PROCEDURE,
            asker_type=Question.AskerType.PERSON,
            full_name="Trần Thị Bình",
            address="Khóm 1",
            consent_at=timezone.now(),
            consent_notice_version="test",
            title=title,
            content="Nội dung",
            status=Question.Status.PUBLISHED,
            answer=f"Trả lời {title}",
            published_at=timezone.now(),
        )
        question.fill_search_fields()
        question.save()


def test_same_code_and_id_in_two_wards_stay_apart(tenants, citizen):
    _published("phuong_1", 990001, "Cấp giấy phép xây dựng phường một", CODE)
    _published("phuong_2", 990001, "Chứng thực bản sao phường hai", CODE)
    _published("phuong_1", 990002, "Chỉ có ở phường một", "HD-BBBB-3333")

    two = citizen("phuong-2")
    tracked = two.get(f"/hoi-dap/theo-doi/?ma={CODE}").content.decode()
    assert "phường hai" in tracked and "phường một" not in tracked
    detail = two.get("/hoi-dap/990001/").content.decode()
    assert "phường hai" in detail and "phường một" not in detail
    assert two.get("/hoi-dap/990002/").status_code == 404
    assert two.get("/hoi-dap/theo-doi/?ma=HD-BBBB-3333").status_code == 404
    found = two.get("/hoi-dap/?q=phuong+mot").content.decode()
    assert "phường một" not in found and "Không có câu trả lời nào khớp" in found
    api = two.get("/api/v1/questions/?q=phuong").json()
    assert [i["title"] for i in api["items"]] == ["Chứng thực bản sao phường hai"]

    one = citizen("phuong-1")
    assert "phường một" in one.get("/hoi-dap/990001/").content.decode()
    assert one.get("/hoi-dap/990002/").status_code == 200
