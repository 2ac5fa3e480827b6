"""OCR of scanned PDFs in the background (django-q2; the tenant schema is stamped
on the task by ``tenants.tasks``, so the row is found in the right schema)."""

from __future__ import annotations

import logging

from django.apps import apps
from django.db import transaction
from django.utils.translation import gettext as _

from plugins.documents_shared.extract import ocr_pdf

log = logging.getLogger("portal.documents")


def queue_ocr(instance) -> None:
    """Queue OCR of a flagged file once the current transaction commits."""
    label = instance._meta.label

    def enqueue() -> None:
        from django.conf import settings
        from django_q.tasks import async_task

        async_task(
            "plugins.documents_shared.ocr.run_ocr",
            label,
            instance.pk,
            sync=getattr(settings, "DOCUMENTS_OCR_SYNC", False),
        )

    transaction.on_commit(enqueue)


def run_ocr(model_label: str, pk: int) -> bool:
    """OCR one file, store the text marked as OCR, refresh the document's search."""
    model = apps.get_model(model_label)
    item = model.objects.filter(pk=pk).select_related("document").first()
    if item is None or not item.needs_ocr:
        return False
    with item.file.open("rb") as fh:
        data = fh.read()
    try:
        text = ocr_pdf(data)
    except Exception as exc:
        log.warning("OCR failed for %s %s: %s", model_label, pk, exc)
        item.note = _("Nhận dạng chữ (OCR) thất bại: %(e)s") % {"e": exc}
        item.save(update_fields=["note"])
        return False
    item.extracted_text = text
    item.method = "ocr"
    item.needs_ocr = False
    item.note = _("Chữ được nhận dạng tự động (OCR) từ bản chụp; có thể có lỗi.")
    item.save(update_fields=["extracted_text", "method", "needs_ocr", "note"])
    document = item.document
    document.full_text = merge_file_text(document)
    document.save()
    return True


def merge_file_text(document) -> str:
    """The document's full text: typed text plus every file's extracted text, each
    file's part marked so it can be replaced on re-extraction."""
    typed = document.full_text or ""
    marker = "\n\n=== "
    if marker in typed:
        typed = typed.split(marker, 1)[0]
    parts = [typed.rstrip()]
    for item in document.files.all().order_by("pk"):
        if item.extracted_text:
            tag = " (OCR)" if item.method == "ocr" else ""
            parts.append(f"=== {item.original_name}{tag} ===\n{item.extracted_text}")
    return "\n\n".join(p for p in parts if p)
