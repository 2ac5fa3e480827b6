"""Public pages: drafts open for comment, one draft, its comment form and result."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from core.plugins.pages import shadowed_section
from core.plugins.state import is_enabled
from core.submissions import ratelimit
from core.submissions.forms import PRIVACY_NOTICE_VERSION
from plugins.consultation.forms import CommentForm
from plugins.consultation.models import Comment, Consultation

SECTION_CATEGORY = 8


def index(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    wanted = request.GET.get("trang-thai") or ""
    rows = list(Consultation.objects.filter(live=True))
    for row in rows:
        row.current_status = row.status_on(today)
    if wanted in Consultation.Status.values:
        rows = [r for r in rows if r.current_status == wanted]
    else:
        wanted = ""
    page_obj = Paginator(rows, 10).get_page(request.GET.get("trang"))
    return render(
        request,
        "consultation/index.html",
        {
            "page_obj": page_obj,
            "consultations": page_obj.object_list,
            "statuses": Consultation.Status.choices,
            "wanted": wanted,
            "intro": getattr(shadowed_section(request, SECTION_CATEGORY), "intro", ""),
            "qa_enabled": is_enabled("qa"),
        },
    )


def _get(pk: int) -> Consultation:
    consultation = (
        Consultation.objects.filter(live=True, pk=pk).prefetch_related("files").first()
    )
    if consultation is None:
        raise Http404("Không có dự thảo này.")
    return consultation


@csrf_protect
@never_cache
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The draft; while open, the comment form (same rules as questions)."""
    consultation = _get(pk)
    form = None
    limited = None
    status = 200
    closed_attempt = False
    if request.method == "POST":
        if not consultation.is_open:
            closed_attempt = True
            status = 409
        else:
            form = CommentForm(request.POST)
            if form.is_valid():
                limited = ratelimit.hit(
                    "consultation-comment",
                    {
                        "ip": ratelimit.client_ip(request),
                        "email": form.cleaned_data.get("email", ""),
                    },
                )
                if limited is None:
                    with transaction.atomic():
                        Comment.objects.create(
                            consultation=consultation,
                            asker_type=form.cleaned_data["asker_type"],
                            full_name=form.cleaned_data["full_name"],
                            address=form.cleaned_data["address"],
                            email=form.cleaned_data.get("email", ""),
                            phone=form.cleaned_data.get("phone", ""),
                            content=form.cleaned_data["content"],
                            **form.consent_record(),
                        )
                    return redirect(f"{consultation.get_absolute_url()}?da-gui=1")
                status = 429
    elif consultation.is_open:
        form = CommentForm()
    return render(
        request,
        "consultation/detail.html",
        {
            "consultation": consultation,
            "form": form,
            "sent": request.GET.get("da-gui") == "1",
            "closed_attempt": closed_attempt,
            "limited": limited,
            "wait": ratelimit.describe_wait(limited.retry_after) if limited else "",
            "notice_version": PRIVACY_NOTICE_VERSION,
            "qa_enabled": is_enabled("qa"),
        },
        status=status,
    )
