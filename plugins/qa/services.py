"""What happens to a case: submission and each handling step, logged and mailed.

Every step writes the case, its log entry and its e-mails (outbox rows) in one
transaction: the submission is committed before anything else happens, and a
notice exists exactly when its cause does.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.outbox.service import enqueue_mail
from plugins.qa import clock
from plugins.qa.models import (
    Agency,
    Attachment,
    CaseEvent,
    Citation,
    Question,
    new_code,
)


class WorkflowError(Exception):
    """A step not allowed in the case's current state (message in Vietnamese)."""


def _actor_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def log(question: Question, action: str, user=None, note: str = "") -> CaseEvent:
    return CaseEvent.objects.create(
        question=question,
        action=action,
        actor=user if getattr(user, "pk", None) else None,
        actor_name=_actor_name(user) if user else _("Hệ thống"),
        note=note,
    )


def portal_url(path: str = "") -> str:
    tenant = clock.current_tenant()
    base = tenant.base_url() if tenant else ""
    return f"{base}{path}"


def tracking_url(question: Question) -> str:
    return portal_url(f"/hoi-dap/theo-doi/?ma={question.code}")


def _unit_name() -> str:
    tenant = clock.current_tenant()
    return (tenant.portal_title or tenant.name) if tenant else ""


def _mail_asker(question: Question, reason: str, subject: str, lines: list[str]):
    if not question.email:
        return None
    body = "\n\n".join(
        [
            _("Kính gửi %(name)s,") % {"name": question.full_name},
            *lines,
            _("Theo dõi hồ sơ %(code)s: %(url)s")
            % {"code": question.code, "url": tracking_url(question)},
            _unit_name(),
        ]
    )
    return enqueue_mail(
        [question.email],
        f"[{question.code}] {subject}",
        body,
        reason=f"qa:{reason}",
    )


def _mail_agency(question: Question, reason: str, subject: str, lines, key: str):
    agency = question.agency
    if agency is None:
        return None
    body = "\n\n".join(
        [
            _("Kính gửi %(agency)s,") % {"agency": agency.name},
            *lines,
            _("Xử lý hồ sơ trong trang quản trị: %(url)s")
            % {"url": portal_url(f"/admin/hoi-dap/{question.pk}/")},
        ]
    )
    return enqueue_mail(
        agency.recipients(),
        f"[{question.code}] {subject}",
        body,
        reason=reason,
        key=key,
    )


@transaction.atomic
def submit(data: dict, files=(), consent: dict | None = None) -> tuple[Question, str]:
    """Store a new case (with its attachments) and its receipt notice.

    Returns the case and its one-time secret (shown once, never stored in clear).
    """
    question = Question(
        kind=data["kind"],
        topic=data["topic"],
        asker_type=data["asker_type"],
        full_name=data["full_name"],
        address=data["address"],
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        public_name=data.get("public_name") or Question.PublicName.INITIALS,
        public_locality=data.get("public_locality", ""),
        title=data["title"],
        content=data["content"],
        **(consent or {}),
    )
    question.public_display = question.compute_public_display()
    question.due_on = clock.due_date(timezone.localdate(question.received_at))
    secret = question.set_secret()
    question.fill_search_fields()
    for _attempt in range(5):  # a code collision is astronomically rare; retry
        question.code = new_code()
        try:
            with transaction.atomic():
                question.save()
            break
        except IntegrityError:
            question.pk = None
    else:
        raise RuntimeError("could not allocate a tracking code")
    for upload in files:
        upload.seek(0)
        from core.submissions.files import check_upload

        Attachment.objects.create(
            question=question,
            file=upload,
            name=upload.name[:255],
            size=upload.size,
            detected_type=check_upload(upload),
        )
    log(question, CaseEvent.Action.RECEIVED)
    due = question.due_on.strftime("%d/%m/%Y") if question.due_on else ""
    _mail_asker(
        question,
        "received",
        _("Đã tiếp nhận câu hỏi của bạn"),
        [
            _("Trang thông tin điện tử đã tiếp nhận “%(title)s” lúc %(at)s.")
            % {
                "title": question.title,
                "at": timezone.localtime(question.received_at).strftime(
                    "%H:%M %d/%m/%Y"
                ),
            },
            _("Mã hồ sơ: %(code)s. Hạn trả lời: %(due)s.")
            % {"code": question.code, "due": due},
        ],
    )
    return question, secret


def _require(question: Question, allowed: tuple[str, ...]) -> None:
    if question.status not in allowed:
        raise WorkflowError(
            _("Không thể thực hiện bước này khi hồ sơ ở trạng thái “%(s)s”.")
            % {"s": question.get_status_display()}
        )


@transaction.atomic
def mark_invalid(question: Question, user, reason: str) -> None:
    """Board: the case lacks the name or address the regulation requires."""
    _require(question, (Question.Status.RECEIVED,))
    question.status = Question.Status.INVALID
    question.decision_reason = reason
    question.closed_at = timezone.now()
    question.save()
    log(question, CaseEvent.Action.INVALID, user, reason)
    _mail_asker(
        question,
        "invalid",
        _("Câu hỏi chưa hợp lệ"),
        [
            _("Câu hỏi “%(title)s” chưa hợp lệ vì: %(reason)s")
            % {
                "title": question.title,
                "reason": reason,
            },
            _(
                "Theo Quy chế, câu hỏi cần có họ và tên, địa chỉ liên hệ (cá nhân) "
                "hoặc tên đầy đủ, địa chỉ liên hệ (tổ chức). Bạn có thể gửi lại "
                "câu hỏi với đầy đủ thông tin."
            ),
        ],
    )


@transaction.atomic
def mark_out_of_scope(question: Question, user, reason: str) -> None:
    """Board: the question is outside what the portal receives (Điều 9 khoản 1)."""
    _require(question, (Question.Status.RECEIVED,))
    question.status = Question.Status.OUT_OF_SCOPE
    question.decision_reason = reason
    question.closed_at = timezone.now()
    question.save()
    log(question, CaseEvent.Action.OUT_OF_SCOPE, user, reason)
    _mail_asker(
        question,
        "out_of_scope",
        _("Câu hỏi không thuộc phạm vi tiếp nhận"),
        [
            _("Câu hỏi “%(title)s” không thuộc phạm vi tiếp nhận của trang: %(r)s")
            % {"title": question.title, "r": reason},
            _("Hồ sơ đã được đóng."),
        ],
    )


@transaction.atomic
def assign(question: Question, user, agency: Agency, note: str = "") -> None:
    """Board: give the case to an agency; the clock already runs from receipt."""
    _require(
        question,
        (Question.Status.RECEIVED, Question.Status.ASSIGNED, Question.Status.PROGRESS),
    )
    question.agency = agency
    question.status = Question.Status.ASSIGNED
    question.assigned_at = timezone.now()
    if question.due_on is None:
        question.due_on = clock.due_date(timezone.localdate(question.received_at))
    question.save()
    log(
        question,
        CaseEvent.Action.ASSIGNED,
        user,
        agency.name + (f": {note}" if note else ""),
    )
    due = question.due_on.strftime("%d/%m/%Y") if question.due_on else ""
    _mail_agency(
        question,
        "qa:assigned",
        _("Hồ sơ được giao trả lời, hạn %(due)s") % {"due": due},
        [
            _("Ban Biên tập giao trả lời “%(title)s”.") % {"title": question.title},
            _("Hạn trả lời hoặc thông báo tiến độ: %(due)s.") % {"due": due},
        ],
        key=f"qa:assigned:{question.pk}:{agency.pk}:{question.assigned_at:%Y%m%d%H%M%S}",
    )


@transaction.atomic
def post_progress(question: Question, user, reply_by, note: str) -> None:
    """Agency: report progress with a new reply date (Điều 11 khoản 2 điểm b)."""
    _require(question, (Question.Status.ASSIGNED, Question.Status.PROGRESS))
    question.status = Question.Status.PROGRESS
    question.reply_by = reply_by
    question.progress_note = note
    question.save()
    log(question, CaseEvent.Action.PROGRESS, user, f"{reply_by:%d/%m/%Y}: {note}")
    _mail_asker(
        question,
        "progress",
        _("Thông báo tiến độ xử lý"),
        [note, _("Ngày hẹn trả lời: %(d)s.") % {"d": f"{reply_by:%d/%m/%Y}"}],
    )


@transaction.atomic
def answer(question: Question, user, text: str, citations: list[dict]) -> None:
    """Agency: give the answer (with its cited documents); the board approves."""
    _require(
        question,
        (Question.Status.ASSIGNED, Question.Status.PROGRESS, Question.Status.ANSWERED),
    )
    question.answer = text
    question.answered_at = timezone.now()
    question.status = Question.Status.ANSWERED
    question.citations.all().delete()
    for position, item in enumerate(citations):
        Citation.objects.create(question=question, position=position, **item)
    question.fill_search_fields()
    question.save()
    log(question, CaseEvent.Action.ANSWERED, user)


@transaction.atomic
def publish(question: Question, user) -> None:
    """Board: approve the answer and make it public; the asker is told."""
    _require(question, (Question.Status.ANSWERED,))
    question.status = Question.Status.PUBLISHED
    question.published_at = timezone.now()
    question.closed_at = question.published_at
    question.fill_search_fields()
    question.save()
    log(question, CaseEvent.Action.PUBLISHED, user)
    _mail_asker(
        question,
        "published",
        _("Câu hỏi của bạn đã được trả lời"),
        [
            _("Câu trả lời cho “%(title)s” đã được đăng: %(url)s")
            % {"title": question.title, "url": portal_url(question.get_absolute_url())}
        ],
    )


@transaction.atomic
def send_back(question: Question, user, note: str) -> None:
    """Board: return the answer to the agency for changes."""
    _require(question, (Question.Status.ANSWERED,))
    question.status = Question.Status.ASSIGNED
    question.save()
    log(question, CaseEvent.Action.RETURNED, user, note)


def citation_data(number: str, summary: str, issued_on, issuer: str) -> dict:
    """A citation's fields, completed and linked from the registry when it holds
    the document (core.citations: the documents plugin's resolver)."""
    from core.citations import resolve
    from core.search.text import number_key

    key = number_key(number)
    item = {
        "number": number.strip(),
        "number_key": key,
        "summary": summary.strip(),
        "issued_on": issued_on,
        "issuer": issuer.strip(),
        "url": "",
    }
    ref = resolve([key]).get(key) if key else None
    if ref is not None:
        item["url"] = ref.url
        item["number"] = ref.number or item["number"]
        item["summary"] = item["summary"] or ref.summary
        item["issuer"] = item["issuer"] or ref.issuer
        if not item["issued_on"] and ref.issued_on:
            from datetime import date

            item["issued_on"] = date.fromisoformat(ref.issued_on)
    return item
