"""Who may see and do what with a case (personal data: board and agency only)."""

from __future__ import annotations

BOARD_GROUP = "Ban Biên tập"
AGENCY_GROUP = "Cơ quan trả lời"


def is_board(user) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return user.is_superuser or user.groups.filter(name=BOARD_GROUP).exists()


def agency_ids(user) -> set[int]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(user.qa_agencies.values_list("pk", flat=True))


def can_see(user, question) -> bool:
    """The board sees every case; an agency member only those assigned to it."""
    return is_board(user) or (
        question.agency_id is not None and question.agency_id in agency_ids(user)
    )


def can_answer(user, question) -> bool:
    return can_see(user, question) and question.agency_id is not None


def visible_cases(user, queryset):
    if is_board(user):
        return queryset
    return queryset.filter(agency_id__in=agency_ids(user))
