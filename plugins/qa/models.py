"""Citizens' questions and petitions (Quy chế Điều 6 khoản 8, Điều 9, Điều 11)."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.search.models import SearchableMixin, search_indexes
from core.submissions.storage import private_storage

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def _random(n: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(n))


def new_code() -> str:
    """A tracking code like ``HD-7K3Q-XP4M`` (40 bits: not guessable in practice)."""
    return f"HD-{_random(4)}-{_random(4)}"


def normalise_code(raw: str) -> str:
    """Accept what people type: lower case, spaces, missing dashes."""
    compact = "".join(c for c in (raw or "").upper() if c.isalnum())
    if compact.startswith("HD") and len(compact) == 10:
        return f"HD-{compact[2:6]}-{compact[6:]}"
    return (raw or "").strip().upper()[:20]


class Agency(models.Model):
    """A body that answers: the town's departments, the wards' people's committees.

    Kept as data: the board adds departments; only names a source gives are seeded.
    """

    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Cơ quan, đơn vị thuộc UBND thị xã")
        COMMITTEE = "committee", _("Ủy ban nhân dân xã, phường")
        OTHER = "other", _("Khác")

    name = models.CharField(_("tên cơ quan"), max_length=255, unique=True)
    kind = models.CharField(
        _("loại"), max_length=20, choices=Kind.choices, default=Kind.DEPARTMENT
    )
    email = models.EmailField(_("thư điện tử nhận thông báo"), blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cán bộ được giao trả lời"),
        blank=True,
        related_name="qa_agencies",
    )
    is_active = models.BooleanField(_("đang nhận hồ sơ"), default=True)
    source = models.CharField(
        _("nguồn"),
        max_length=255,
        blank=True,
        help_text=_("Văn bản nêu tên cơ quan (để trống nếu Ban Biên tập tự thêm)."),
    )
    position = models.PositiveIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("cơ quan trả lời")
        verbose_name_plural = _("cơ quan trả lời")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def recipients(self) -> list[str]:
        found = [self.email] if self.email else []
        found += [u.email for u in self.members.all() if u.email]
        return list(dict.fromkeys(found))


class Question(SearchableMixin, models.Model):
    """One case: a question or a petition, from receipt to published answer."""

    class Kind(models.TextChoices):
        QUESTION = "question", _("Câu hỏi")
        PETITION = "petition", _("Phản ánh, kiến nghị về quy định hành chính")

    class Topic(models.TextChoices):
        POLICY = "policy", _("Cơ chế, chính sách")
        PROCEDURE = "procedure", _("Thủ tục hành chính")
        INVESTMENT = "investment", _("Tìm hiểu cơ hội đầu tư")
        OTHER = (
            "other",
            _(
                "Thông tin khác thuộc chức năng, nhiệm vụ của cơ quan hành chính "
                "nhà nước"
            ),
        )

    class Status(models.TextChoices):
        RECEIVED = "received", _("Đã tiếp nhận, chờ kiểm tra")
        INVALID = "invalid", _("Không hợp lệ")
        OUT_OF_SCOPE = "out_of_scope", _("Không thuộc phạm vi tiếp nhận")
        ASSIGNED = "assigned", _("Đã chuyển cơ quan trả lời")
        PROGRESS = "progress", _("Đang xử lý, đã hẹn ngày trả lời")
        ANSWERED = "answered", _("Đã có câu trả lời, chờ duyệt đăng")
        PUBLISHED = "published", _("Đã trả lời và công khai")

    class AskerType(models.TextChoices):
        PERSON = "person", _("Cá nhân")
        ORGANISATION = "organisation", _("Tổ chức")

    class PublicName(models.TextChoices):
        INITIALS = (
            "initials",
            _("Chữ cái đầu của họ tên và địa bàn (ví dụ: N.V.A., Phường 2)"),
        )
        HIDDEN = "hidden", _("Không hiển thị tên")
        FULL = "full", _("Họ và tên đầy đủ (hoặc tên tổ chức)")

    OPEN_STATUSES = (
        Status.RECEIVED,
        Status.ASSIGNED,
        Status.PROGRESS,
        Status.ANSWERED,
    )
    CLOSED_STATUSES = (Status.INVALID, Status.OUT_OF_SCOPE, Status.PUBLISHED)

    code = models.CharField(_("mã hồ sơ"), max_length=20, unique=True)
    secret_hash = models.CharField(max_length=128, blank=True, editable=False)
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices)
    topic = models.CharField(_("lĩnh vực"), max_length=20, choices=Topic.choices)
    status = models.CharField(
        _("trạng thái"),
        max_length=20,
        choices=Status.choices,
        default=Status.RECEIVED,
        db_index=True,
    )
    # --- personal data (visible to the board and the assigned agency only) ---
    asker_type = models.CharField(
        _("người gửi là"), max_length=20, choices=AskerType.choices
    )
    full_name = models.CharField(_("họ và tên / tên tổ chức"), max_length=200)
    address = models.CharField(_("địa chỉ liên hệ"), max_length=300)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    consent_at = models.DateTimeField(_("đồng ý xử lý dữ liệu lúc"))
    consent_notice_version = models.CharField(
        _("phiên bản thông báo dữ liệu cá nhân"), max_length=20
    )
    personal_data_erased_at = models.DateTimeField(
        _("đã xóa dữ liệu cá nhân lúc"), null=True, blank=True
    )
    # --- what may be public ---
    public_name = models.CharField(
        _("hiển thị tên khi công khai"),
        max_length=20,
        choices=PublicName.choices,
        default=PublicName.INITIALS,
    )
    public_locality = models.CharField(
        _("địa bàn được hiển thị"), max_length=100, blank=True
    )
    public_display = models.CharField(
        _("tên hiển thị công khai"), max_length=220, blank=True
    )
    title = models.CharField(_("tiêu đề"), max_length=255)
    content = models.TextField(_("nội dung"))
    # --- handling ---
    received_at = models.DateTimeField(_("tiếp nhận lúc"), default=timezone.now)
    due_on = models.DateField(_("hạn trả lời"), null=True, blank=True)
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("cơ quan trả lời"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="questions",
    )
    assigned_at = models.DateTimeField(_("giao lúc"), null=True, blank=True)
    decision_reason = models.TextField(_("lý do"), blank=True)
    reply_by = models.DateField(_("ngày hẹn trả lời"), null=True, blank=True)
    progress_note = models.TextField(_("thông báo tiến độ"), blank=True)
    answer = models.TextField(_("câu trả lời"), blank=True)
    answered_at = models.DateTimeField(_("trả lời lúc"), null=True, blank=True)
    published_at = models.DateTimeField(_("công khai lúc"), null=True, blank=True)
    closed_at = models.DateTimeField(_("đóng hồ sơ lúc"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("câu hỏi, phản ánh kiến nghị")
        verbose_name_plural = _("câu hỏi, phản ánh kiến nghị")
        ordering = ["-received_at", "-pk"]
        indexes = search_indexes("qa_q")

    def __str__(self) -> str:
        return f"{self.code} · {self.title}"

    def get_absolute_url(self) -> str:
        return f"/hoi-dap/{self.pk}/"

    # --- secret for export/erase without e-mail ---
    def set_secret(self) -> str:
        """Make a new one-time secret; only its hash is kept; return it to print."""
        secret = f"{_random(4)}-{_random(4)}-{_random(4)}"
        self.secret_hash = make_password(secret)
        return secret

    def check_secret(self, raw: str) -> bool:
        if not self.secret_hash or not raw:
            return False
        return check_password(normalise_secret(raw), self.secret_hash)

    # --- public view ---
    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def compute_public_display(self) -> str:
        if self.public_name == self.PublicName.HIDDEN or not self.full_name:
            name = ""
        elif self.public_name == self.PublicName.FULL:
            name = self.full_name
        else:
            name = ".".join(w[0].upper() for w in self.full_name.split() if w) + "."
        parts = [p for p in (name, self.public_locality.strip()) if p]
        return ", ".join(parts)

    def search_parts(self) -> tuple[list[str], list[str], list[str]]:
        numbers = [c.number for c in self.citations.all()] if self.pk else []
        return [self.title], [self.content, self.answer], numbers


def normalise_secret(raw: str) -> str:
    compact = "".join(c for c in (raw or "").upper() if c.isalnum())
    if len(compact) == 12:
        return f"{compact[:4]}-{compact[4:8]}-{compact[8:]}"
    return (raw or "").strip().upper()


def _attachment_path(instance: Attachment, filename: str) -> str:
    # random name: the citizen's file name is kept in ``name`` only
    extension = filename.rsplit(".", 1)[-1].lower()[:5] if "." in filename else "bin"
    return f"qa/{timezone.now():%Y/%m}/{secrets.token_hex(16)}.{extension}"


class Attachment(models.Model):
    """A file sent with a case: private (personal data), served only to staff."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(storage=private_storage, upload_to=_attachment_path)
    name = models.CharField(_("tên tệp"), max_length=255)
    size = models.PositiveIntegerField(_("dung lượng"))
    detected_type = models.CharField(_("loại tệp"), max_length=10)

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")

    def __str__(self) -> str:
        return self.name


class Citation(models.Model):
    """A document the answer cites (Quy chế Điều 11 khoản 2 điểm a): number,
    summary, date and issuer, linked to the registry when it holds the document."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="citations"
    )
    number = models.CharField(_("số, ký hiệu"), max_length=100)
    number_key = models.CharField(max_length=120, blank=True, editable=False)
    summary = models.CharField(_("trích yếu"), max_length=500)
    issued_on = models.DateField(_("ngày ban hành"))
    issuer = models.CharField(_("cơ quan ban hành"), max_length=255)
    url = models.CharField(_("liên kết tới văn bản"), max_length=500, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("văn bản được viện dẫn")
        verbose_name_plural = _("văn bản được viện dẫn")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.number


class CaseEvent(models.Model):
    """The log of a case: every step, who and when (never deleted with the data)."""

    class Action(models.TextChoices):
        RECEIVED = "received", _("Tiếp nhận")
        INVALID = "invalid", _("Kết luận không hợp lệ")
        OUT_OF_SCOPE = "out_of_scope", _("Không thuộc phạm vi")
        ASSIGNED = "assigned", _("Giao cơ quan trả lời")
        PROGRESS = "progress", _("Thông báo tiến độ, hẹn ngày trả lời")
        ANSWERED = "answered", _("Trả lời")
        PUBLISHED = "published", _("Duyệt và công khai")
        RETURNED = "returned", _("Trả lại để sửa câu trả lời")
        REMINDED = "reminded", _("Nhắc hạn")
        EXPORTED = "exported", _("Xuất dữ liệu cá nhân theo yêu cầu")
        ERASED = "erased", _("Xóa dữ liệu cá nhân")

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="events"
    )
    at = models.DateTimeField(_("lúc"), default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_name = models.CharField(_("người thực hiện"), max_length=200, blank=True)
    action = models.CharField(_("bước"), max_length=20, choices=Action.choices)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("nhật ký xử lý")
        verbose_name_plural = _("nhật ký xử lý")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.get_action_display()}"
