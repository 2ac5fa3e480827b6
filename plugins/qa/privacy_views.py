"""Export and erase on request: the code plus the one-time secret printed at
submission, or a link sent to the e-mail given (in-person requests: admin)."""

from __future__ import annotations

import json

from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from core.outbox.service import enqueue_mail
from core.submissions import ratelimit
from plugins.qa import privacy, services
from plugins.qa.forms import PersonalDataForm
from plugins.qa.models import CaseEvent, Question, normalise_code

LIMITS = (("ip", 10, 3600),)
LINK_MAX_AGE = 24 * 3600
SALT = "qa.personal-data"


def _download(question: Question) -> HttpResponse:
    response = HttpResponse(
        json.dumps(privacy.export(question), ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{question.code}.json"'
    return response


def _act(request, question: Question, action: str, how: str) -> HttpResponse:
    if action == "erase":
        privacy.erase(question, note=how)
        return render(request, "qa/personal_data_done.html", {"question": question})
    services.log(question, CaseEvent.Action.EXPORTED, note=how)
    return _download(question)


@csrf_protect
@never_cache
def with_secret(request: HttpRequest) -> HttpResponse:
    form = PersonalDataForm(request.POST or None)
    error = ""
    status = 200
    if request.method == "POST" and form.is_valid():
        limited = ratelimit.hit("qa-data", {"ip": ratelimit.client_ip(request)}, LIMITS)
        question = None
        if limited is None:
            question = Question.objects.filter(
                code=normalise_code(form.cleaned_data["ma"]),
                personal_data_erased_at__isnull=True,
            ).first()
        if limited is not None:
            error = _("Thử quá nhiều lần. Hãy thử lại sau %(w)s.") % {
                "w": ratelimit.describe_wait(limited.retry_after)
            }
            status = 429
        elif question is None or not question.check_secret(form.cleaned_data["bi_mat"]):
            error = _(
                "Mã hồ sơ hoặc mã bí mật không đúng (hoặc dữ liệu đã được xóa). Kiểm "
                "tra lại hai mã in khi gửi; nếu mất mã bí mật, hãy dùng cách gửi liên "
                "kết qua thư điện tử hoặc đến trực tiếp Ban Biên tập."
            )
            status = 403
        else:
            return _act(
                request,
                question,
                form.cleaned_data["action"],
                _("Yêu cầu bằng mã hồ sơ và mã bí mật"),
            )
    return render(
        request,
        "qa/personal_data.html",
        {"form": form, "error": error},
        status=status,
    )


@csrf_protect
@never_cache
def request_link(request: HttpRequest) -> HttpResponse:
    """Send a signed link to the e-mail given with the case; the same answer
    whether or not it matched, so nobody learns who asked what."""
    sent = False
    if request.method == "POST":
        limited = ratelimit.hit("qa-data", {"ip": ratelimit.client_ip(request)}, LIMITS)
        code = normalise_code(request.POST.get("ma", ""))
        email = (request.POST.get("email") or "").strip().lower()
        question = Question.objects.filter(
            code=code, personal_data_erased_at__isnull=True
        ).first()
        if limited is None and question and email and question.email.lower() == email:
            token = signing.dumps({"pk": question.pk, "code": question.code}, salt=SALT)
            enqueue_mail(
                [question.email],
                f"[{question.code}] " + _("Liên kết xem, xóa dữ liệu cá nhân"),
                _(
                    "Liên kết sau có hiệu lực 24 giờ: %(url)s\n\nNếu bạn không yêu "
                    "cầu, hãy bỏ qua thư này."
                )
                % {"url": services.portal_url(f"/hoi-dap/du-lieu-ca-nhan/{token}/")},
                reason="qa:data-link",
            )
        sent = True
    return render(
        request, "qa/personal_data.html", {"form": PersonalDataForm(), "sent": sent}
    )


@csrf_protect
@never_cache
def with_link(request: HttpRequest, token: str) -> HttpResponse:
    try:
        data = signing.loads(token, salt=SALT, max_age=LINK_MAX_AGE)
    except signing.BadSignature:
        return render(
            request,
            "qa/personal_data.html",
            {
                "form": PersonalDataForm(),
                "error": _(
                    "Liên kết không đúng hoặc đã hết hạn (24 giờ). "
                    "Hãy yêu cầu liên kết mới."
                ),
            },
            status=403,
        )
    question = Question.objects.filter(
        pk=data["pk"], code=data["code"], personal_data_erased_at__isnull=True
    ).first()
    if question is None:
        return render(
            request,
            "qa/personal_data.html",
            {
                "form": PersonalDataForm(),
                "error": _("Dữ liệu của hồ sơ này đã được xóa."),
            },
            status=404,
        )
    if request.method == "POST" and request.POST.get("action") in ("export", "erase"):
        return _act(
            request,
            question,
            request.POST["action"],
            _("Yêu cầu qua liên kết thư điện tử"),
        )
    return render(request, "qa/personal_data_link.html", {"question": question})
