"""Attachments checked by content (magic bytes) and size, never by name alone."""

from __future__ import annotations

import zipfile

import filetype
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_FILES = 3
# Detected type → (accepted extensions, label shown to citizens)
ACCEPTED = {
    "pdf": ({"pdf"}, "PDF"),
    "jpg": ({"jpg", "jpeg"}, "JPEG"),
    "png": ({"png"}, "PNG"),
    "docx": ({"docx"}, "Word (.docx)"),
    "doc": ({"doc"}, "Word (.doc)"),
    "odt": ({"odt"}, "OpenDocument (.odt)"),
}
ACCEPT_ATTR = ",".join(f".{e}" for exts, _label in ACCEPTED.values() for e in exts)


def accepted_labels() -> str:
    return ", ".join(label for _exts, label in ACCEPTED.values())


def _detect(upload: UploadedFile) -> str | None:
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is not None and kind.extension in ACCEPTED:
        return kind.extension
    if head.startswith(b"PK\x03\x04"):  # OOXML/ODF: look inside the zip
        try:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
                mimetype = (
                    archive.read("mimetype") if "mimetype" in names else b""
                ).strip()
        except (zipfile.BadZipFile, KeyError, OSError):
            return None
        finally:
            upload.seek(0)
        if "word/document.xml" in names:
            return "docx"
        if mimetype == b"application/vnd.oasis.opendocument.text":
            return "odt"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2 (Word 97)
        return "doc"
    return None


def check_upload(upload: UploadedFile) -> str:
    """Return the detected type of ``upload`` or raise a Vietnamese ValidationError
    saying what to do."""
    name = upload.name or ""
    if upload.size > MAX_FILE_BYTES:
        raise ValidationError(
            _(
                "Tệp “%(name)s” nặng %(size).1f MB, vượt quá giới hạn %(max)d MB. "
                "Hãy nén hoặc chia nhỏ tệp, hoặc gửi bản giấy tới cơ quan."
            )
            % {
                "name": name,
                "size": upload.size / 1024 / 1024,
                "max": MAX_FILE_BYTES // 1024 // 1024,
            }
        )
    detected = _detect(upload)
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if detected is None or extension not in ACCEPTED[detected][0]:
        raise ValidationError(
            _(
                "Tệp “%(name)s” không phải là tệp được chấp nhận (nội dung tệp "
                "không khớp với loại tệp). Chỉ gửi tệp %(types)s."
            )
            % {"name": name, "types": accepted_labels()}
        )
    return detected
