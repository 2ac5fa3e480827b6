"""What a legal document record is, shared by the tenant registry (``documents``)
and the central/province registry in the public schema (``documents_shared``).

Both apps belong to one plugin, so the tenant app may import this module.
"""

from __future__ import annotations

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.search.models import SearchableMixin
from core.search.text import number_key
from core.text.vietnamese import nfc


class DocumentType(models.TextChoices):
    HIEN_PHAP = "hien-phap", _("Hiến pháp")
    LUAT = "luat", _("Luật")
    PHAP_LENH = "phap-lenh", _("Pháp lệnh")
    NGHI_QUYET = "nghi-quyet", _("Nghị quyết")
    NGHI_DINH = "nghi-dinh", _("Nghị định")
    THONG_TU = "thong-tu", _("Thông tư")
    QUYET_DINH = "quyet-dinh", _("Quyết định")
    CHI_THI = "chi-thi", _("Chỉ thị")
    CONG_VAN = "cong-van", _("Công văn")
    KE_HOACH = "ke-hoach", _("Kế hoạch")
    THONG_BAO = "thong-bao", _("Thông báo")
    BAO_CAO = "bao-cao", _("Báo cáo")
    HOP_NHAT = "van-ban-hop-nhat", _("Văn bản hợp nhất")
    KHAC = "khac", _("Văn bản khác")


class Level(models.TextChoices):
    """Who issued it: decides the deadline (policy keys documents_town/_central…)."""

    CENTRAL = "central", _("Trung ương")
    PROVINCE = "province", _("Tỉnh")
    LOCAL = "local", _("Đơn vị (thị xã, phường, xã)")


class Status(models.TextChoices):
    IN_FORCE = "in-force", _("Còn hiệu lực")
    PARTLY = "partly", _("Hết hiệu lực một phần")
    EXPIRED = "expired", _("Hết hiệu lực")
    PENDING = "pending", _("Chưa có hiệu lực")


class RelationKind(models.TextChoices):
    """A relation stored one way and shown both ways (``reverse_label``)."""

    AMENDS = "amends", _("Sửa đổi, bổ sung")
    REPLACES = "replaces", _("Thay thế")
    REPEALS_PART = "repeals-part", _("Bãi bỏ một phần")
    GUIDES = "guides", _("Hướng dẫn thi hành")


REVERSE_LABELS = {
    RelationKind.AMENDS: _("Được sửa đổi, bổ sung bởi"),
    RelationKind.REPLACES: _("Bị thay thế bởi"),
    RelationKind.REPEALS_PART: _("Bị bãi bỏ một phần bởi"),
    RelationKind.GUIDES: _("Được hướng dẫn bởi"),
}

# Relation kinds that change the status of their *target*.
TARGET_STATUS = {
    RelationKind.REPLACES: Status.EXPIRED,
    RelationKind.REPEALS_PART: Status.PARTLY,
}

# The usual shapes: 3249/QĐ-UBND, 43/2011/NĐ-CP, 24/2018/QH14, 14-CT/TW.
USUAL_NUMBER_RE = re.compile(
    r"^\d{1,6}(?:/\d{4})?[/-][A-ZĐ]{1,10}\d{0,3}(?:-[A-ZĐ0-9]{1,15}){0,3}"
    r"(?:/[A-ZĐ]{1,10})?$"
)


def number_is_usual(number: str) -> bool:
    """Whether ``number`` has the usual shape (a warning otherwise, never a refusal:
    real numbers such as ``22/19 QĐ-UBND`` break patterns)."""
    return bool(USUAL_NUMBER_RE.match(nfc(number or "").strip()))


def type_from_label(label: str) -> str | None:
    """The type key for a Vietnamese label or key, case/diacritics-insensitive."""
    from core.text.vietnamese import fold

    wanted = fold(label or "").strip()
    for value, text in DocumentType.choices:
        if wanted in (value, fold(str(text))):
            return value
    return None


class BaseDocument(SearchableMixin, models.Model):
    """Fields every registry entry has (glossary: number, summary, issued_on …)."""

    doc_type = models.CharField(
        _("loại văn bản"), max_length=32, choices=DocumentType.choices
    )
    number = models.CharField(_("số ký hiệu"), max_length=100, blank=True)
    number_acknowledged = models.BooleanField(
        _("đã xác nhận số ký hiệu khác thường"),
        default=False,
        help_text=_(
            "Đánh dấu khi số ký hiệu đúng như bản gốc dù không theo mẫu thông thường."
        ),
    )
    also_cited_number = models.CharField(
        _("còn được trích dẫn với số"),
        max_length=100,
        blank=True,
        help_text=_("Số ký hiệu khác mà chính văn bản (ví dụ phụ lục) ghi."),
    )
    also_cited_on = models.DateField(_("ngày theo trích dẫn đó"), null=True, blank=True)
    level = models.CharField(
        _("cấp ban hành"), max_length=16, choices=Level.choices, default=Level.LOCAL
    )
    authority = models.CharField(_("cơ quan ban hành"), max_length=255)
    signer = models.CharField(_("người ký"), max_length=255, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    effective_on = models.DateField(_("ngày có hiệu lực"), null=True, blank=True)
    expiry_on = models.DateField(_("ngày hết hiệu lực"), null=True, blank=True)
    status_override = models.CharField(
        _("tình trạng hiệu lực (đặt tay)"),
        max_length=16,
        choices=Status.choices,
        blank=True,
        help_text=_("Để trống: tính từ các ngày và các văn bản liên quan."),
    )
    relation_status = models.CharField(
        max_length=16, choices=Status.choices, blank=True, editable=False
    )
    sector = models.CharField(_("lĩnh vực"), max_length=120, blank=True)
    summary = models.TextField(_("trích yếu"))
    full_text = models.TextField(_("toàn văn"), blank=True)
    editor_warnings = models.TextField(
        _("lưu ý cho biên tập viên"),
        blank=True,
        help_text=_("Những điểm không nhất quán của bản gốc; chỉ người biên tập thấy."),
    )
    source_note = models.CharField(_("nguồn"), max_length=500, blank=True)
    published_at = models.DateTimeField(
        _("ngày đăng lên trang"), null=True, blank=True, default=timezone.now
    )
    live = models.BooleanField(_("công khai"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        label = self.number or self.get_doc_type_display()
        return f"{label} – {self.summary[:80]}"

    def save(self, *args, **kwargs):
        self.fill_search_fields()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        """Vietnamese messages naming the field and the fix; nothing half-saved."""
        for name in ("number", "authority", "signer", "sector", "summary"):
            setattr(self, name, nfc(getattr(self, name) or "").strip())
        self.also_cited_number = nfc(self.also_cited_number or "").strip()
        self.full_text = nfc(self.full_text or "")
        errors: dict[str, list] = {}
        if self.issued_on and self.effective_on and self.effective_on < self.issued_on:
            errors["effective_on"] = [
                _(
                    "Ngày có hiệu lực (%(eff)s) trước ngày ban hành (%(iss)s). "
                    "Cách sửa: kiểm tra lại hai ngày theo bản gốc."
                )
                % {
                    "eff": self.effective_on.strftime("%d/%m/%Y"),
                    "iss": self.issued_on.strftime("%d/%m/%Y"),
                }
            ]
        if self.expiry_on and self.issued_on and self.expiry_on < self.issued_on:
            errors["expiry_on"] = [
                _(
                    "Ngày hết hiệu lực trước ngày ban hành. "
                    "Cách sửa: kiểm tra lại ngày hết hiệu lực."
                )
            ]
        if (
            self.number
            and not self.number_acknowledged
            and not number_is_usual(self.number)
        ):
            errors["number_acknowledged"] = [
                _(
                    "Số ký hiệu “%(n)s” không theo mẫu thông thường (ví dụ "
                    "3249/QĐ-UBND). Nếu đúng như bản gốc, đánh dấu ô xác nhận này "
                    "rồi lưu lại; nếu gõ nhầm, sửa ô Số ký hiệu."
                )
                % {"n": self.number}
            ]
        if errors:
            raise ValidationError(errors)

    # -- derived values ---------------------------------------------------------

    @property
    def number_key(self) -> str:
        return number_key(self.number)

    def status(self, today: date | None = None) -> str:
        """Override, else from the dates and the relations (see :func:`status_sql`)."""
        if self.status_override:
            return self.status_override
        today = today or timezone.localdate()
        if (self.expiry_on and self.expiry_on <= today) or (
            self.relation_status == Status.EXPIRED
        ):
            return Status.EXPIRED
        if self.effective_on and self.effective_on > today:
            return Status.PENDING
        if self.relation_status == Status.PARTLY:
            return Status.PARTLY
        return Status.IN_FORCE

    def status_label(self) -> str:
        return str(Status(self.status()).label)

    def search_parts(self) -> tuple[list[str], list[str], list[str]]:
        numbers = [self.number, self.also_cited_number]
        head = [
            self.get_doc_type_display(),
            *numbers,
            self.summary,
            self.authority,
            self.sector,
        ]
        return head, [self.signer, self.full_text], numbers


def status_sql(today: date, alias: str = "") -> tuple[str, list]:
    """The SQL twin of :meth:`BaseDocument.status`, for filtering in the database."""
    c = f"{alias}." if alias else ""
    sql = (
        f"(CASE WHEN {c}status_override <> '' THEN {c}status_override "
        f"WHEN {c}expiry_on <= %s OR {c}relation_status = 'expired' THEN 'expired' "
        f"WHEN {c}effective_on > %s THEN 'pending' "
        f"WHEN {c}relation_status = 'partly' THEN 'partly' ELSE 'in-force' END)"
    )
    return sql, [today, today]


def content_disposition(filename: str, inline: bool = False) -> str:
    """RFC 6266 header keeping a Vietnamese name (RFC 5987 ``filename*``) with an
    ASCII fallback for old clients."""
    from urllib.parse import quote

    from core.text.vietnamese import slugify_vi

    stem, dot, ext = filename.rpartition(".")
    if not dot:
        stem, ext = filename, ""
    ascii_name = (slugify_vi(stem, max_length=100) or "van-ban") + (
        f".{slugify_vi(ext, 10)}" if ext else ""
    )
    kind = "inline" if inline else "attachment"
    return (
        f'{kind}; filename="{ascii_name}"; '
        f"filename*=UTF-8''{quote(nfc(filename), safe='')}"
    )


class BaseDocumentFile(models.Model):
    """A downloadable file of a document; its text feeds the document's search."""

    class Method(models.TextChoices):
        PDF = "pdf", _("PDF (lớp chữ)")
        DOCX = "docx", _("DOCX")
        ODT = "odt", _("ODT")
        DOC = "doc", _("Word 97 (.doc)")
        SHEET = "sheet", _("Bảng tính")
        OCR = "ocr", _("Nhận dạng chữ (OCR)")
        NONE = "", _("Chưa trích xuất")

    original_name = models.CharField(
        _("tên tệp"),
        max_length=255,
        blank=True,
        help_text=_("Để trống: lấy tên của tệp tải lên (giữ tiếng Việt)."),
    )
    content_type = models.CharField(_("kiểu tệp"), max_length=120, editable=False)
    kind = models.CharField(_("định dạng"), max_length=8, editable=False)
    size = models.PositiveBigIntegerField(_("dung lượng (byte)"), editable=False)
    sha256 = models.CharField(max_length=64, editable=False)
    extracted_text = models.TextField(_("chữ trích xuất"), blank=True, editable=False)
    method = models.CharField(
        _("cách trích xuất"), max_length=8, choices=Method.choices, blank=True
    )
    needs_ocr = models.BooleanField(
        _("bản chụp, chờ nhận dạng chữ"), default=False, editable=False
    )
    note = models.TextField(_("ghi chú trích xuất"), blank=True, editable=False)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.original_name

    def save(self, *args, **kwargs):
        """Fill the metadata and text of a newly uploaded file, then queue OCR of a
        scan and refresh the document's full text (search)."""
        from plugins.documents_shared.extract import fill_file

        fresh = self.file and not getattr(self.file, "_committed", True)
        if fresh or not self.sha256:
            self.file.open("rb")
            self.file.seek(0)
            data = self.file.read()
            self.file.seek(0)
            name = getattr(self.file, "name", "") or self.original_name
            fill_file(self, self.original_name or name.rsplit("/", 1)[-1], data)
        super().save(*args, **kwargs)
        if fresh:
            from plugins.documents_shared.ocr import merge_file_text, queue_ocr

            document = self.document
            document.full_text = merge_file_text(document)
            document.save()
            if self.needs_ocr:
                queue_ocr(self)

    def clean(self) -> None:
        """Check an upload by its content (messages name the file and the fix)."""
        from plugins.documents_shared.extract import check_upload

        if self.file and not getattr(self.file, "_committed", True):
            self.file.seek(0)
            data = self.file.read()
            self.file.seek(0)
            name = self.original_name or getattr(self.file, "name", "")
            try:
                check_upload(name.rsplit("/", 1)[-1], data)
            except ValidationError as exc:
                raise ValidationError({"file": exc.messages}) from exc
