"""Public pages: ask, receipt, follow a case, published answers."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from core.search.models import apply_search
from core.submissions import ratelimit
from core.submissions.forms import PRIVACY_NOTICE_VERSION
from plugins.qa import services
from plugins.qa.forms import QuestionForm, TrackForm
from plugins.qa.models import Question, normalise_code

PAGE_SIZE = 10
RECEIPT_SESSION_KEY = "qa_receipt"
TRACK_LIMITS = (("ip", 30, 60),)


def _published():
    return Question.objects.filter(status=Question.Status.PUBLISHED)


def index(request: HttpRequest) -> HttpResponse:
    """Published answers, by topic, searchable without diacritics."""
    query = (request.GET.get("q") or "").strip()[:200]
    topic = request.GET.get("chu-de") or ""
    rows = _published().only(
        "pk", "title", "topic", "kind", "published_at", "public_display", "agency"
    )
    if topic in Question.Topic.values:
        rows = rows.filter(topic=topic)
    else:
        topic = ""
    if query:
        rows = apply_search(rows, query).order_by("-search_score", "-published_at")
    else:
        rows = rows.order_by("-published_at", "-pk")
    page_obj = Paginator(rows.select_related("agency"), PAGE_SIZE).get_page(
        request.GET.get("trang")
    )
    return render(
        request,
        "qa/index.html",
        {
            "page_obj": page_obj,
            "questions": page_obj.object_list,
            "query": query,
            "topic": topic,
            "topics": Question.Topic.choices,
        },
    )


def detail(request: HttpRequest, pk: int) -> HttpResponse:
    question = (
        _published()
        .select_related("agency")
        .prefetch_related("citations")
        .filter(pk=pk)
        .first()
    )
    if question is None:
        raise Http404(
            _("Không có câu trả lời này, hoặc câu trả lời chưa được công khai.")
        )
    return render(request, "qa/detail.html", {"question": question})


@csrf_protect
@never_cache
def ask(request: HttpRequest) -> HttpResponse:
    """The submission form; the case is committed before any notice is sent."""
    limited = None
    if request.method == "POST":
        form = QuestionForm(request.POST, request.FILES)
        if form.is_valid():
            limited = ratelimit.hit(
                "qa-ask",
                {
                    "ip": ratelimit.client_ip(request),
                    "email": form.cleaned_data.get("email", ""),
                },
            )
            if limited is None:
                question, secret = services.submit(
                    form.cleaned_data,
                    form.cleaned_data.get("attachments") or [],
                    consent=form.consent_record(),
                )
                request.session[RECEIPT_SESSION_KEY] = {
                    "code": question.code,
                    "secret": secret,
                }
                return redirect("qa-received")
    else:
        form = QuestionForm()
    context = {
        "form": form,
        "notice_version": PRIVACY_NOTICE_VERSION,
        "limited": limited,
        "wait": ratelimit.describe_wait(limited.retry_after) if limited else "",
    }
    return render(request, "qa/ask.html", context, status=429 if limited else 200)


@never_cache
def received(request: HttpRequest) -> HttpResponse:
    """The receipt: the code and the one-time secret, shown exactly once."""
    receipt = request.session.pop(RECEIPT_SESSION_KEY, None)
    if not receipt:
        return redirect("qa-track")
    question = Question.objects.filter(code=receipt["code"]).first()
    if question is None:
        raise Http404
    return render(
        request,
        "qa/received.html",
        {
            "question": question,
            "secret": receipt["secret"],
            "track_url": f"/hoi-dap/theo-doi/?ma={question.code}",
        },
    )


@never_cache
def track(request: HttpRequest) -> HttpResponse:
    """Follow a case by its code: status and dates; the answer once published.

    Nothing about the asker is shown here.
    """
    question = None
    not_found = False
    limited = None
    form = TrackForm(request.GET or None)
    if form.is_bound and form.is_valid():
        limited = ratelimit.hit(
            "qa-track", {"ip": ratelimit.client_ip(request)}, TRACK_LIMITS
        )
        if limited is None:
            code = normalise_code(form.cleaned_data["ma"])
            question = (
                Question.objects.filter(code=code)
                .select_related("agency")
                .prefetch_related("citations")
                .first()
            )
            not_found = question is None
    status = 200
    if not_found:
        status = 404
    elif limited:
        status = 429
    return render(
        request,
        "qa/track.html",
        {
            "form": form,
            "question": question,
            "not_found": not_found,
            "limited": limited,
            "wait": ratelimit.describe_wait(limited.retry_after) if limited else "",
        },
        status=status,
    )
