"""Drafts open for comment (Quy chế Điều 6 khoản 8 điểm c) and their comments."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel

from core.search.models import SearchableMixin, search_indexes


class Consultation(SearchableMixin, ClusterableModel):
    """One draft put to comment; its status follows from its dates."""

    class Status(models.TextChoices):
        UPCOMING = "upcoming", _("Sắp lấy ý kiến")
        OPEN = "open", _("Đang lấy ý kiến")
        CLOSED = "closed", _("Đã hết hạn góp ý")
        RESULT = "result_published", _("Đã công bố kết quả")

    title = models.CharField(_("tên dự thảo"), max_length=255)
    drafting_agency = models.CharField(_("cơ quan soạn thảo"), max_length=255)
    summary = models.TextField(_("tóm tắt nội dung"))
    opens_on = models.DateField(_("ngày bắt đầu nhận góp ý"))
    closes_on = models.DateField(_("ngày kết thúc nhận góp ý"))
    live = models.BooleanField(
        _("hiển thị trên trang"),
        default=False,
        help_text=_("Chỉ các dự thảo được đánh dấu mới hiển thị công khai."),
    )
    result_summary = models.TextField(_("tổng hợp ý kiến góp ý"), blank=True)
    result_response = models.TextField(
        _("tiếp thu, giải trình của cơ quan soạn thảo"), blank=True
    )
    result_published_at = models.DateTimeField(
        _("công bố kết quả lúc"), null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("drafting_agency"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("opens_on"), FieldPanel("closes_on")],
            heading=_("Thời hạn góp ý"),
        ),
        InlinePanel("files", label=_("Tệp dự thảo")),
        FieldPanel("live"),
        MultiFieldPanel(
            [
                FieldPanel("result_summary"),
                FieldPanel("result_response"),
                FieldPanel("result_published_at"),
            ],
            heading=_("Kết quả (sau khi kết thúc góp ý)"),
        ),
    ]

    class Meta:
        verbose_name = _("dự thảo lấy ý kiến")
        verbose_name_plural = _("dự thảo lấy ý kiến")
        ordering = ["-opens_on", "-pk"]
        indexes = search_indexes("cons")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_on__gte=models.F("opens_on")),
                name="consultation_closes_after_opening",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.fill_search_fields()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return f"/lay-y-kien/{self.pk}/"

    def status_on(self, today: date) -> str:
        if self.result_published_at and self.result_published_at <= timezone.now():
            return self.Status.RESULT
        if today < self.opens_on:
            return self.Status.UPCOMING
        if today <= self.closes_on:
            return self.Status.OPEN
        return self.Status.CLOSED

    @property
    def status(self) -> str:
        return self.status_on(timezone.localdate())

    def get_status_display(self) -> str:
        return str(self.Status(self.status).label)

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    def search_parts(self) -> tuple[list[str], list[str], list[str]]:
        return (
            [self.title, self.drafting_agency],
            [self.summary, self.result_summary, self.result_response],
            [],
        )


class ConsultationFile(models.Model):
    """A public file of the draft (the draft text, an explanatory report …)."""

    consultation = ParentalKey(
        Consultation, on_delete=models.CASCADE, related_name="files"
    )
    title = models.CharField(_("tên tệp"), max_length=255)
    file = models.FileField(_("tệp"), upload_to="lay-y-kien/%Y/")
    sort_order = models.PositiveIntegerField(default=0, editable=False)

    panels = [FieldPanel("title"), FieldPanel("file")]

    class Meta:
        verbose_name = _("tệp dự thảo")
        verbose_name_plural = _("tệp dự thảo")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.title


class Comment(models.Model):
    """A citizen's comment on a draft: not public; personal data as for questions."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.PROTECT, related_name="comments"
    )
    asker_type = models.CharField(_("người góp ý là"), max_length=20)
    full_name = models.CharField(_("họ và tên / tên tổ chức"), max_length=200)
    address = models.CharField(_("địa chỉ liên hệ"), max_length=300)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    content = models.TextField(_("nội dung góp ý"))
    consent_at = models.DateTimeField(_("đồng ý xử lý dữ liệu lúc"))
    consent_notice_version = models.CharField(max_length=20)
    submitted_at = models.DateTimeField(_("gửi lúc"), default=timezone.now)
    personal_data_erased_at = models.DateTimeField(null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("ý kiến góp ý")
        verbose_name_plural = _("ý kiến góp ý")
        ordering = ["submitted_at", "pk"]

    def __str__(self) -> str:
        return f"{self.consultation} · {self.submitted_at:%d/%m/%Y}"
