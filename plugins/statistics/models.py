"""A statistical report: its data kept as a typed table, with method and analysis."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.text.vietnamese import fold

DEFAULT_LICENCE = (
    "Giấy phép Creative Commons Ghi công 4.0 (CC BY 4.0): được sao chép, sử dụng, "
    "ghi rõ nguồn"
)


class StatReport(index.Indexed, models.Model):
    title = models.CharField(_("tên báo cáo"), max_length=255)
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True)
    summary = models.TextField(_("tóm tắt"), blank=True)
    method = models.TextField(_("phương pháp thống kê"))
    analysis = models.TextField(_("phân tích"), blank=True)
    period_start = models.DateField(_("kỳ số liệu từ ngày"))
    period_end = models.DateField(_("kỳ số liệu đến ngày"))
    period_label = models.CharField(
        _("tên kỳ số liệu"), max_length=120, blank=True, help_text=_("Ví dụ: Năm 2015")
    )
    decision_number = models.CharField(
        _("quyết định công bố (số, ký hiệu)"), max_length=120, blank=True
    )
    decision_date = models.DateField(
        _("ngày quyết định công bố"),
        null=True,
        blank=True,
        help_text=_("Hạn đăng tải tính từ ngày này theo chính sách biên tập."),
    )
    published_on = models.DateField(_("ngày đăng"))
    due_on = models.DateField(_("hạn đăng tải"), null=True, blank=True, editable=False)
    source = models.TextField(_("nguồn số liệu"))
    licence = models.CharField(
        _("giấy phép dữ liệu mở"), max_length=255, default=DEFAULT_LICENCE
    )
    is_sample = models.BooleanField(
        _("dữ liệu mẫu"),
        default=False,
        help_text=_(
            "Hiển thị nhãn «Dữ liệu mẫu» trên trang: không phải số liệu chính thức."
        ),
    )
    live = models.BooleanField(_("đăng công khai"), default=True)
    columns = models.JSONField(_("cột"), default=list, editable=False)
    rows = models.JSONField(_("dòng số liệu"), default=list, editable=False)
    data_file_name = models.CharField(max_length=255, blank=True, editable=False)
    search_folded = models.TextField(blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("summary"),
        index.SearchField("analysis"),
        index.SearchField("search_folded"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("báo cáo thống kê")
        verbose_name_plural = _("báo cáo thống kê")
        ordering = ["-published_on", "-pk"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        from core.clock import due_date

        # Quy chế Điều 7 (thứ hai) khoản 4: due after the publishing decision.
        self.due_on = due_date(self.decision_date, "plans_projects")
        self.search_folded = fold(f"{self.title} {self.summary} {self.analysis}")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("statistics-detail", args=[self.slug])

    def clean(self) -> None:
        super().clean()
        if (
            self.period_start
            and self.period_end
            and self.period_end < self.period_start
        ):
            raise ValidationError(
                {
                    "period_end": _(
                        "Ngày kết thúc kỳ số liệu (%(end)s) trước ngày bắt đầu "
                        "(%(start)s). Cách sửa: nhập ngày kết thúc bằng hoặc sau "
                        "ngày bắt đầu."
                    )
                    % {
                        "end": self.period_end.strftime("%d/%m/%Y"),
                        "start": self.period_start.strftime("%d/%m/%Y"),
                    }
                }
            )

    @property
    def is_late(self) -> bool:
        return bool(
            self.due_on and self.published_on and self.published_on > self.due_on
        )

    @property
    def period_text(self) -> str:
        if self.period_label:
            return self.period_label
        return f"{self.period_start:%d/%m/%Y} – {self.period_end:%d/%m/%Y}"
