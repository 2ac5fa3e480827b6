"""Projects with documents and progress updates, investment calls, bidding notices."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from core.text.vietnamese import fold

SAMPLE_HELP = _(
    "Hiển thị nhãn «Dữ liệu mẫu» trên trang: không phải thông tin chính thức."
)


def format_vnd(amount: int | None) -> str:
    """``1500000000`` -> ``1.500.000.000 đồng`` (Vietnamese digit grouping)."""
    if amount is None:
        return ""
    return f"{amount:,}".replace(",", ".") + " đồng"


class Status(models.TextChoices):
    PREPARING = "preparing", _("Chuẩn bị đầu tư")
    ONGOING = "ongoing", _("Đang thực hiện")
    COMPLETED = "completed", _("Đã hoàn thành")


class Funding(models.TextChoices):
    STATE = "state", _("Vốn ngân sách nhà nước")
    ODA = "oda", _("Vốn ODA, vốn vay ưu đãi")
    PPP = "ppp", _("Đối tác công tư (PPP)")
    PRIVATE = "private", _("Vốn ngoài ngân sách (doanh nghiệp, tư nhân)")
    FDI = "fdi", _("Vốn đầu tư trực tiếp nước ngoài (FDI)")
    MIXED = "mixed", _("Vốn hỗn hợp")
    OTHER = "other", _("Khác")


class Project(index.Indexed, ClusterableModel):
    name = models.CharField(_("tên dự án"), max_length=255)
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True)
    objective = models.TextField(_("mục tiêu chính"))
    field = models.CharField(_("lĩnh vực"), max_length=120)
    project_type = models.CharField(
        _("loại dự án"), max_length=120, help_text=_("Ví dụ: nhóm B, nhóm C")
    )
    start_date = models.DateField(_("thời gian bắt đầu"))
    end_date = models.DateField(_("thời gian kết thúc"), null=True, blank=True)
    budget_vnd = models.BigIntegerField(
        _("tổng mức đầu tư (đồng)"), null=True, blank=True
    )
    funding_type = models.CharField(
        _("nguồn vốn"), max_length=16, choices=Funding.choices
    )
    investor = models.CharField(_("chủ đầu tư, nhà tài trợ"), max_length=255)
    status = models.CharField(
        _("tình trạng"), max_length=16, choices=Status.choices, db_index=True
    )
    location = models.CharField(
        _("địa điểm (phường, xã)"), max_length=120, blank=True, db_index=True
    )
    description = models.TextField(_("thông tin thêm"), blank=True)
    approval_decision = models.CharField(
        _("quyết định phê duyệt"), max_length=120, blank=True
    )
    approved_on = models.DateField(
        _("ngày phê duyệt"),
        null=True,
        blank=True,
        help_text=_("Hạn đăng tải tính từ ngày này theo chính sách biên tập."),
    )
    published_on = models.DateField(_("ngày đăng"))
    due_on = models.DateField(_("hạn đăng tải"), null=True, blank=True, editable=False)
    live = models.BooleanField(_("đăng công khai"), default=True)
    is_sample = models.BooleanField(
        _("dữ liệu mẫu"), default=False, help_text=SAMPLE_HELP
    )
    search_folded = models.TextField(blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("objective"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("dự án")
        verbose_name_plural = _("dự án")
        ordering = ["-start_date", "name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {
                    "end_date": _(
                        "Thời gian kết thúc (%(end)s) trước thời gian bắt đầu "
                        "(%(start)s). Cách sửa: nhập ngày kết thúc bằng hoặc sau ngày "
                        "bắt đầu."
                    )
                    % {
                        "end": self.end_date.strftime("%d/%m/%Y"),
                        "start": self.start_date.strftime("%d/%m/%Y"),
                    }
                }
            )

    def save(self, *args, **kwargs):
        from core.clock import due_date

        # Quy chế Điều 7 (thứ hai) khoản 4: due after the approval.
        self.due_on = due_date(self.approved_on, "plans_projects")
        self.search_folded = fold(
            " ".join([self.name, self.objective, self.field, self.location])
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("projects-detail", args=[self.slug])

    @property
    def budget_display(self) -> str:
        return format_vnd(self.budget_vnd)

    @property
    def is_late(self) -> bool:
        return bool(self.due_on and self.published_on > self.due_on)


class ProjectDocument(Orderable):
    project = ParentalKey(Project, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("tên tài liệu"), max_length=255)
    url = models.URLField(_("đường dẫn"), max_length=500, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("document")]

    def __str__(self) -> str:
        return self.title

    @property
    def href(self) -> str:
        return self.document.url if self.document_id else self.url


class ProjectUpdate(Orderable):
    project = ParentalKey(Project, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField(_("ngày"))
    text = models.TextField(_("nội dung"))
    percent_complete = models.PositiveSmallIntegerField(
        _("khối lượng hoàn thành (%)"), null=True, blank=True
    )

    panels = [FieldPanel("date"), FieldPanel("text"), FieldPanel("percent_complete")]

    class Meta(Orderable.Meta):
        ordering = ["-date"]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y}"

    def clean(self) -> None:
        if self.percent_complete is not None and self.percent_complete > 100:
            raise ValidationError({"percent_complete": _("Nhập số từ 0 đến 100.")})


class InvestmentCall(models.Model):
    class Kind(models.TextChoices):
        CALL = "call", _("Kêu gọi đầu tư")
        INCENTIVE = "incentive", _("Chính sách ưu đãi đầu tư")

    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices)
    title = models.CharField(_("tiêu đề"), max_length=255)
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True)
    field = models.CharField(_("lĩnh vực"), max_length=120, blank=True)
    summary = models.TextField(_("tóm tắt"))
    body = models.TextField(_("nội dung"), blank=True)
    location = models.CharField(_("địa điểm"), max_length=120, blank=True)
    legal_basis = models.CharField(_("căn cứ"), max_length=255, blank=True)
    published_on = models.DateField(_("ngày đăng"))
    live = models.BooleanField(_("đăng công khai"), default=True)
    is_sample = models.BooleanField(
        _("dữ liệu mẫu"), default=False, help_text=SAMPLE_HELP
    )

    class Meta:
        verbose_name = _("kêu gọi đầu tư, chính sách ưu đãi")
        verbose_name_plural = _("kêu gọi đầu tư, chính sách ưu đãi")
        ordering = ["-published_on", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("projects-investment-detail", args=[self.slug])


class BiddingNotice(models.Model):
    title = models.CharField(_("tên gói thầu"), max_length=255)
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True)
    project_name = models.CharField(_("thuộc dự án"), max_length=255, blank=True)
    procuring_entity = models.CharField(_("bên mời thầu"), max_length=255)
    method = models.CharField(
        _("hình thức lựa chọn nhà thầu"), max_length=255, blank=True
    )
    budget_vnd = models.BigIntegerField(_("giá gói thầu (đồng)"), null=True, blank=True)
    opens_at = models.DateTimeField(_("thời điểm phát hành hồ sơ"))
    closes_at = models.DateTimeField(_("thời điểm đóng thầu"))
    body = models.TextField(_("nội dung"), blank=True)
    external_url = models.URLField(
        _("liên kết Hệ thống mạng đấu thầu quốc gia"), max_length=500, blank=True
    )
    published_on = models.DateField(_("ngày đăng"))
    live = models.BooleanField(_("đăng công khai"), default=True)
    is_sample = models.BooleanField(
        _("dữ liệu mẫu"), default=False, help_text=SAMPLE_HELP
    )

    class Meta:
        verbose_name = _("thông báo mời thầu")
        verbose_name_plural = _("thông báo mời thầu")
        ordering = ["-opens_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("projects-bidding-detail", args=[self.slug])

    def clean(self) -> None:
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError(
                {
                    "closes_at": _(
                        "Thời điểm đóng thầu phải sau thời điểm phát hành hồ sơ. Cách "
                        "sửa: nhập thời điểm đóng thầu muộn hơn."
                    )
                }
            )

    @property
    def budget_display(self) -> str:
        return format_vnd(self.budget_vnd)
