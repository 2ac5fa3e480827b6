"""Admin views of the handling workflow (registered in wagtail_hooks.py only)."""

from __future__ import annotations

import json
from collections import Counter

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from plugins.qa import clock, permissions, privacy, services
from plugins.qa.admin_forms import (
    AnswerForm,
    AssignForm,
    CitationFormSet,
    ProgressForm,
    ReasonForm,
)
from plugins.qa.models import Attachment, Question

DUE_SOON_DAYS = 3


def plugin_enabled(view):
    """A disabled plugin's admin pages answer 404 (DESIGN §3)."""
    from functools import wraps

    from core.plugins.state import is_enabled

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_enabled("qa", getattr(request, "tenant", None)):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


WAITING = (Question.Status.RECEIVED, Question.Status.ASSIGNED, Question.Status.PROGRESS)


def _deadline(question: Question):
    if question.status == Question.Status.PROGRESS and question.reply_by:
        return question.reply_by
    return question.due_on


@plugin_enabled
def dashboard(request: HttpRequest) -> HttpResponse:
    """Open cases by agency, due soon, overdue; the user's cases below."""
    cases = permissions.visible_cases(
        request.user, Question.objects.select_related("agency")
    )
    status = request.GET.get("status") or ""
    today = timezone.localdate()
    days_off = clock.overrides()
    open_cases = [q for q in cases.filter(status__in=Question.OPEN_STATUSES)]
    by_agency = Counter(
        q.agency.name if q.agency else _("Chưa giao") for q in open_cases
    )
    due_soon, overdue = [], []
    for q in open_cases:
        deadline = _deadline(q)
        if q.status not in WAITING or deadline is None:
            continue
        left = clock.working_days_left(today, deadline, days_off)
        q.days_left = left
        if deadline < today:
            overdue.append(q)
        elif left <= DUE_SOON_DAYS:
            due_soon.append(q)
    listing = cases.filter(status=status) if status else cases
    return render(
        request,
        "qa/admin/dashboard.html",
        {
            "by_agency": sorted(by_agency.items()),
            "due_soon": due_soon,
            "overdue": overdue,
            "cases": listing.order_by("-received_at")[:200],
            "statuses": Question.Status.choices,
            "status": status,
            "is_board": permissions.is_board(request.user),
        },
    )


def _get_case(request: HttpRequest, pk: int) -> Question:
    question = get_object_or_404(
        Question.objects.select_related("agency").prefetch_related(
            "attachments", "citations", "events"
        ),
        pk=pk,
    )
    if not permissions.can_see(request.user, question):
        raise PermissionDenied
    return question


@plugin_enabled
def case(request: HttpRequest, pk: int) -> HttpResponse:
    """One case: details (personal data to the board and the agency) and steps."""
    question = _get_case(request, pk)
    board = permissions.is_board(request.user)
    user = request.user
    action = request.POST.get("action") if request.method == "POST" else None
    forms = {
        "invalid": ReasonForm(prefix="invalid"),
        "out_of_scope": ReasonForm(prefix="scope"),
        "assign": AssignForm(prefix="assign"),
        "progress": ProgressForm(prefix="progress"),
        "answer": AnswerForm(prefix="answer", initial={"answer": question.answer}),
        "citations": CitationFormSet(
            prefix="cite",
            initial=[
                {
                    "number": c.number,
                    "summary": c.summary,
                    "issued_on": c.issued_on,
                    "issuer": c.issuer,
                }
                for c in question.citations.all()
            ],
        ),
        "send_back": ReasonForm(prefix="back"),
    }
    try:
        if action in ("invalid", "out_of_scope") and board:
            form = ReasonForm(
                request.POST, prefix="invalid" if action == "invalid" else "scope"
            )
            forms[action] = form
            if form.is_valid():
                step = (
                    services.mark_invalid
                    if action == "invalid"
                    else services.mark_out_of_scope
                )
                step(question, user, form.cleaned_data["reason"])
                return _done(
                    request, question, _("Đã đóng hồ sơ và báo cho người hỏi.")
                )
        elif action == "assign" and board:
            form = AssignForm(request.POST, prefix="assign")
            forms["assign"] = form
            if form.is_valid():
                services.assign(
                    question,
                    user,
                    form.cleaned_data["agency"],
                    form.cleaned_data["note"],
                )
                return _done(request, question, _("Đã giao cơ quan trả lời."))
        elif action == "progress" and permissions.can_answer(user, question):
            form = ProgressForm(request.POST, prefix="progress")
            forms["progress"] = form
            if form.is_valid():
                services.post_progress(
                    question,
                    user,
                    form.cleaned_data["reply_by"],
                    form.cleaned_data["note"],
                )
                return _done(request, question, _("Đã đăng thông báo tiến độ."))
        elif action == "answer" and permissions.can_answer(user, question):
            form = AnswerForm(request.POST, prefix="answer")
            formset = CitationFormSet(request.POST, prefix="cite")
            forms["answer"], forms["citations"] = form, formset
            if form.is_valid() and formset.is_valid():
                items = [
                    f.cleaned_data["item"]
                    for f in formset
                    if f.cleaned_data.get("item")
                ]
                services.answer(question, user, form.cleaned_data["answer"], items)
                return _done(
                    request, question, _("Đã lưu câu trả lời, chờ Ban Biên tập duyệt.")
                )
        elif action == "publish" and board:
            services.publish(question, user)
            return _done(request, question, _("Đã duyệt và công khai câu trả lời."))
        elif action == "send_back" and board:
            form = ReasonForm(request.POST, prefix="back")
            forms["send_back"] = form
            if form.is_valid():
                services.send_back(question, user, form.cleaned_data["reason"])
                return _done(request, question, _("Đã trả lại cơ quan để sửa."))
        elif action == "erase" and board:
            privacy.erase(
                question,
                user,
                _("Yêu cầu trực tiếp tại cơ quan, Ban Biên tập ghi nhận"),
            )
            return _done(request, question, _("Đã xóa dữ liệu cá nhân của người hỏi."))
        elif action is not None:
            raise PermissionDenied
    except services.WorkflowError as exc:
        messages.error(request, str(exc))
    deadline = _deadline(question)
    return render(
        request,
        "qa/admin/case.html",
        {
            "question": question,
            "forms": forms,
            "is_board": board,
            "can_answer": permissions.can_answer(user, question),
            "deadline": deadline,
            "days_left": (
                clock.working_days_left(timezone.localdate(), deadline)
                if deadline
                else None
            ),
        },
    )


def _done(request: HttpRequest, question: Question, message: str) -> HttpResponse:
    messages.success(request, message)
    return redirect("qa_cases:case", pk=question.pk)


@plugin_enabled
def attachment(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    question = _get_case(request, pk)
    item = Attachment.objects.filter(question=question, pk=attachment_pk).first()
    if item is None:
        raise Http404
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.name)


@plugin_enabled
def export(request: HttpRequest, pk: int) -> HttpResponse:
    """The board hands an asker their data (in-person request)."""
    question = _get_case(request, pk)
    if not permissions.is_board(request.user):
        raise PermissionDenied
    services.log(
        question,
        "exported",
        request.user,
        _("Yêu cầu trực tiếp tại cơ quan, Ban Biên tập ghi nhận"),
    )
    response = HttpResponse(
        json.dumps(privacy.export(question), ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{question.code}.json"'
    return response
