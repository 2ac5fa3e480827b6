"""Admin upload of a CSV/XLSX import: the rows are checked at once (dry run);
the real run (one transaction) goes to a background task whose progress (counts,
time left) the admin page follows."""

from __future__ import annotations

import time
import uuid

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from plugins.documents import importer

PROGRESS_TTL = 6 * 3600


def _key(job: str) -> str:
    # the cache's key function adds the tenant schema (DESIGN §4)
    return f"documents-import:{job}"


def import_task(job: str, name: str, data: bytes, accept_numbers: bool) -> int:
    """Background real run; writes its progress to the cache for the admin page."""
    state = {"state": "running", "done": 0, "total": 0, "left": None}
    last = [0.0]

    def progress(done: int, total: int, elapsed: float) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < 0.5:
            return
        last[0] = now
        left = elapsed / done * (total - done) if done else None
        state.update(done=done, total=total, left=left)
        cache.set(_key(job), state, PROGRESS_TTL)

    try:
        outcome = importer.run(
            name,
            data=data,
            dry_run=False,
            accept_numbers=accept_numbers,
            progress=progress,
        )
    except Exception as exc:  # reported on the page; nothing was written
        cache.set(_key(job), {"state": "failed", "errors": [str(exc)]}, PROGRESS_TTL)
        raise
    cache.set(
        _key(job),
        {
            "state": "failed" if outcome.errors else "done",
            "done": state["total"] or outcome.rows,
            "total": state["total"] or outcome.rows,
            "created": outcome.created,
            "errors": [str(e) for e in outcome.errors],
        },
        PROGRESS_TTL,
    )
    return outcome.created


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp CSV hoặc XLSX"),
        help_text=_("Tên cột theo hướng dẫn (loai, so_ky_hieu, co_quan_ban_hanh, …)."),
    )
    dry_run = forms.BooleanField(
        label=_("Chỉ kiểm tra, chưa ghi"), required=False, initial=True
    )
    accept_numbers = forms.BooleanField(
        label=_("Chấp nhận số ký hiệu khác mẫu (đúng như bản gốc)"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(
                _("Chỉ nhận tệp .csv hoặc .xlsx. Cách sửa: lưu bảng tính thành CSV.")
            )
        return upload


def import_view(request):
    outcome = None
    seconds = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        started = time.monotonic()
        outcome = importer.run(
            upload.name,
            data=data,
            dry_run=True,
            accept_numbers=form.cleaned_data["accept_numbers"],
        )
        seconds = round(time.monotonic() - started, 1)
        if outcome.ok and not form.cleaned_data["dry_run"]:
            from django_q.tasks import async_task

            job = uuid.uuid4().hex
            cache.set(
                _key(job), {"state": "queued", "done": 0, "total": 0}, PROGRESS_TTL
            )
            async_task(
                "plugins.documents.admin_import.import_task",
                job,
                upload.name,
                data,
                form.cleaned_data["accept_numbers"],
                sync=getattr(settings, "DOCUMENTS_IMPORT_SYNC", False),
            )
            return redirect("documents_import_progress", job=job)
    return render(
        request,
        "documents/admin/import.html",
        {"form": form, "outcome": outcome, "seconds": seconds},
    )


def progress_view(request, job: str):
    """Progress of a background import; refreshes itself while it runs."""
    if len(job) != 32 or not job.isalnum():
        raise Http404
    state = cache.get(_key(job))
    if state is None:
        state = {"state": "unknown"}
    total = state.get("total") or 0
    percent = int(100 * state.get("done", 0) / total) if total else 0
    left = state.get("left")
    return render(
        request,
        "documents/admin/import_progress.html",
        {
            "state": state,
            "percent": percent,
            "left": None if left is None else int(left + 0.5),
            "running": state["state"] in ("queued", "running"),
        },
    )
