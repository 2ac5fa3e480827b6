"""A scanned PDF (an image, no text layer) is OCR'd with tesseract's Vietnamese
data; the text lands in the document, marked as OCR."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django_tenants.utils import tenant_context

from core.text.vietnamese import fold
from plugins.documents.models import Document, DocumentFile

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
needs_ocr = pytest.mark.skipif(
    shutil.which("ocrmypdf") is None or not FONT.exists(),
    reason="ocrmypdf/tesseract-ocr-vie or fonts-dejavu not installed",
)


def scanned_pdf(text: str) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 400), 255)
    ImageDraw.Draw(image).text((60, 150), text, font=ImageFont.truetype(FONT, 64))
    out = io.BytesIO()
    image.save(out, "PDF", resolution=200)
    return out.getvalue()


@needs_ocr
@pytest.mark.django_db
@override_settings(DOCUMENTS_OCR_SYNC=True)
def test_scan_is_ocred_and_marked(tenants, django_capture_on_commit_callbacks):
    with tenant_context(tenants["dan-thanh"]):
        doc = Document.objects.create(
            doc_type="thong-bao", authority="UBND xã Dân Thành", summary="Bản chụp"
        )
        with django_capture_on_commit_callbacks(execute=True):
            item = DocumentFile(
                document=doc,
                file=SimpleUploadedFile(
                    "ban-chup.pdf", scanned_pdf("Quyết định số 12")
                ),
            )
            item.save()
            assert item.needs_ocr
        item.refresh_from_db()
        doc.refresh_from_db()
        assert item.method == "ocr" and not item.needs_ocr
        assert "quyet dinh" in fold(item.extracted_text)
        assert "(OCR)" in doc.full_text
