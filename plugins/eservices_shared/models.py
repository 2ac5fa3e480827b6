"""The national catalogue of administrative procedures, shared by all tenants.

It lives in the public schema (DESIGN §1): one copy for the whole territory; each
portal filters it by the level of government it represents.
"""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text.vietnamese import fold


class Level(models.TextChoices):
    """Level of the unit that handles a procedure (cấp thực hiện)."""

    CENTRAL = "central", _("Cấp trung ương (bộ, ngành)")
    PROVINCE = "province", _("Cấp tỉnh")
    TOWN = "town", _("Cấp huyện, thị xã")
    COMMUNE = "commune", _("Cấp xã, phường")
    OTHER = "other", _("Cơ quan khác")


class OnlineMode(models.TextChoices):
    """How much of the procedure can be done online (Nghị định 42/2022/NĐ-CP terms).

    ``unknown`` where the source does not say: the national records list submission
    channels only, which is not the same thing as "toàn trình".
    """

    FULL = "full", _("Toàn trình")
    PARTIAL = "partial", _("Một phần")
    INFO = "info", _("Chỉ cung cấp thông tin (mức độ 1–2 trước đây)")
    UNKNOWN = "unknown", _("Chưa có thông tin")


class OnlineService(models.Model):
    code = models.CharField(_("mã thủ tục"), max_length=40, unique=True)
    name = models.TextField(_("tên thủ tục"))
    field = models.CharField(_("lĩnh vực"), max_length=255, blank=True)
    levels = ArrayField(
        models.CharField(max_length=16, choices=Level.choices),
        verbose_name=_("cấp thực hiện"),
        default=list,
    )
    levels_raw = models.CharField(_("cấp thực hiện (như nguồn)"), max_length=255)
    online_mode = models.CharField(
        _("mức độ trực tuyến"),
        max_length=16,
        choices=OnlineMode.choices,
        default=OnlineMode.UNKNOWN,
    )
    agency = models.TextField(_("cơ quan thực hiện"), blank=True)
    competent_agency = models.TextField(_("cơ quan có thẩm quyền"), blank=True)
    processing_time = models.TextField(_("thời hạn giải quyết"), blank=True)
    fees = models.TextField(_("phí, lệ phí"), blank=True)
    channels = models.TextField(_("cách thức thực hiện"), blank=True)
    decision_number = models.CharField(
        _("quyết định công bố"), max_length=120, blank=True
    )
    detail_url = models.URLField(
        _("trang thủ tục trên nguồn"), max_length=500, blank=True
    )
    source = models.CharField(_("nguồn"), max_length=255, blank=True)
    search_text = models.TextField(editable=False, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("thủ tục hành chính")
        ordering = ["field", "name"]
        indexes = [models.Index(fields=["field"])]

    def __str__(self) -> str:
        return f"{self.code} – {self.name}"

    def save(self, *args, **kwargs):
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)

    def build_search_text(self) -> str:
        """Folded code, name, field and agency: "ho tich" finds "Hộ tịch"."""
        return fold(" ".join([self.code, self.name, self.field, self.agency]))

    def level_labels(self) -> list[str]:
        labels = dict(Level.choices)
        return [str(labels.get(v, v)) for v in self.levels]


class CatalogueImport(models.Model):
    """One applied import: what, from where, the file's hash (keeps seeding
    idempotent)."""

    source = models.CharField(_("nguồn"), max_length=255)
    file_name = models.CharField(_("tệp"), max_length=255)
    sha256 = models.CharField(max_length=64)
    created = models.PositiveIntegerField(_("thêm mới"), default=0)
    updated = models.PositiveIntegerField(_("cập nhật"), default=0)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lần nhập danh mục")
        verbose_name_plural = _("lần nhập danh mục")
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.imported_at:%d/%m/%Y})"
