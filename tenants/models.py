"""Public-schema models: the platform's tenants, domains and shared registries."""

from __future__ import annotations

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from django_tenants.models import DomainMixin, TenantMixin

from tenants.template import TemplateSchemaError, check_template


class Tenant(TenantMixin):
    """A unit portal (or the platform itself, in the public schema).

    ``kind`` is a plain field (DESIGN §1): a town's extra powers come from its kind and
    its children, not from a different codebase.
    """

    class Kind(models.TextChoices):
        PLATFORM = "platform", _("Nền tảng")
        PROVINCE = "province", _("Tỉnh")
        TOWN = "town", _("Thị xã")
        WARD = "ward", _("Phường")
        COMMUNE = "commune", _("Xã")

    slug = models.SlugField(_("mã đơn vị"), max_length=63, unique=True)
    name = models.CharField(_("tên đơn vị"), max_length=200)
    kind = models.CharField(_("loại đơn vị"), max_length=16, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    site_key = models.CharField(_("định nghĩa trang"), max_length=63, blank=True)
    portal_title = models.CharField(
        _("tên trang thông tin"), max_length=255, blank=True
    )
    contact = models.JSONField(_("thông tin giao dịch"), default=dict, blank=True)
    links = models.JSONField(
        _("liên kết"),
        default=list,
        blank=True,
        help_text=_("Liên kết tới cổng/trang TTĐT của tỉnh và các cơ quan."),
    )
    policy = models.ForeignKey(
        "tenants.EditorialPolicy",
        verbose_name=_("chính sách biên tập"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="tenants",
    )
    go_live_on = models.DateField(
        _("ngày đưa vào vận hành"),
        null=True,
        blank=True,
        help_text=_("Hạn cập nhật chỉ tính cho nội dung ban hành từ ngày này."),
    )
    position = models.PositiveIntegerField(_("thứ tự"), default=0)
    is_active = models.BooleanField(_("đang hoạt động"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    auto_create_schema = True
    auto_drop_schema = False

    class Meta:
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def create_schema(self, check_if_exists=False, sync_schema=True, verbosity=1):
        """Clone from the template schema; a missing or stale template is an error.

        django-tenants silently falls back to running every migration when the
        template is absent; DESIGN §4 forbids that fallback.
        """
        if sync_schema and self.schema_name != "public":
            problem = check_template()
            if problem:
                raise TemplateSchemaError(problem)
        result = super().create_schema(
            check_if_exists=check_if_exists, sync_schema=sync_schema, verbosity=0
        )
        return result

    def save(self, *args, **kwargs):
        # The row and its cloned schema land together or not at all.
        with transaction.atomic():
            super().save(*args, **kwargs)

    @property
    def is_platform(self) -> bool:
        return self.schema_name == "public"

    @property
    def primary_domain(self) -> str | None:
        domain = self.domains.filter(is_primary=True).first()
        return domain.domain if domain else None

    def base_url(self) -> str:
        """The URL of this portal in the current environment (used in mails, links)."""
        domain = self.primary_domain or "localhost"
        scheme = "https" if settings.PORTAL_ENVIRONMENT == "production" else "http"
        port = getattr(settings, "PORTAL_LOCAL_PORT", "")
        suffix = f":{port}" if port and scheme == "http" else ""
        return f"{scheme}://{domain}{suffix}"


class Domain(DomainMixin):
    """A host name of a tenant, stored without ``www.`` (django-tenants strips it)."""

    class Meta:
        verbose_name = _("tên miền")
        verbose_name_plural = _("tên miền")


class PluginState(models.Model):
    """Per-tenant enabling of a plugin (DESIGN §3): the tables exist everywhere."""

    tenant = models.ForeignKey(
        Tenant, on_delete=models.CASCADE, related_name="plugin_states"
    )
    plugin = models.CharField(_("phần mở rộng"), max_length=63)
    enabled = models.BooleanField(_("đang bật"), default=True)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("trạng thái phần mở rộng")
        verbose_name_plural = _("trạng thái phần mở rộng")
        constraints = [
            models.UniqueConstraint(
                fields=["tenant", "plugin"], name="uniq_plugin_state_per_tenant"
            )
        ]

    def __str__(self) -> str:
        state = "bật" if self.enabled else "tắt"
        return f"{self.tenant} · {self.plugin}: {state}"


class EditorialPolicy(models.Model):
    """The regulation's numbers, with their legal basis, versioned (DESIGN §5)."""

    code = models.SlugField(_("mã"), max_length=63)
    version = models.PositiveIntegerField(_("phiên bản"), default=1)
    title = models.CharField(_("tên"), max_length=255)
    legal_basis = models.TextField(_("căn cứ pháp lý"))
    effective_from = models.DateField(_("áp dụng từ ngày"))
    go_live_on = models.DateField(
        _("ngày bắt đầu tính hạn"),
        null=True,
        blank=True,
        help_text=_("Nội dung ban hành trước ngày này không bị tính là chậm."),
    )
    answer_deadline_days = models.PositiveIntegerField(
        _("hạn trả lời câu hỏi (ngày làm việc)")
    )
    answer_deadline_basis = models.TextField(_("căn cứ hạn trả lời"))
    personal_data_retention_days = models.PositiveIntegerField(
        _("thời hạn lưu dữ liệu cá nhân của hồ sơ đã đóng (ngày)"),
        null=True,
        blank=True,
        help_text=_(
            "Thiết lập của Ban Biên tập, không do quy chế quy định; để trống là "
            "không tự động xóa. Sau thời hạn này, họ tên, địa chỉ, thư điện tử và "
            "số điện thoại của người gửi trong hồ sơ đã đóng bị xóa."
        ),
    )
    notes = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("chính sách biên tập")
        verbose_name_plural = _("chính sách biên tập")
        constraints = [
            models.UniqueConstraint(
                fields=["code", "version"], name="uniq_policy_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})"

    def deadline(self, key: str) -> PolicyDeadline | None:
        return self.deadlines.filter(key=key).first()


class PolicyDeadline(models.Model):
    """One update deadline of a policy: a category and its working days."""

    policy = models.ForeignKey(
        EditorialPolicy, on_delete=models.CASCADE, related_name="deadlines"
    )
    key = models.SlugField(_("mã"), max_length=63)
    label = models.CharField(_("loại thông tin"), max_length=255)
    working_days = models.PositiveIntegerField(
        _("số ngày làm việc"), null=True, blank=True
    )
    immediate = models.BooleanField(_("cập nhật ngay"), default=False)
    from_regulation = models.BooleanField(
        _("quy định trong quy chế"),
        default=True,
        help_text=_(
            "Bỏ chọn khi con số là thiết lập của Ban Biên tập, không do quy chế"
        ),
    )
    enabled = models.BooleanField(_("đang áp dụng"), default=True)
    basis = models.TextField(_("căn cứ"))

    class Meta:
        verbose_name = _("hạn cập nhật")
        verbose_name_plural = _("hạn cập nhật")
        constraints = [
            models.UniqueConstraint(
                fields=["policy", "key"], name="uniq_deadline_per_policy"
            )
        ]

    def __str__(self) -> str:
        if self.immediate:
            return f"{self.label}: ngay khi nhận được"
        return f"{self.label}: {self.working_days} ngày làm việc"


class ProvinceIntegration(models.Model):
    """Where the province's portal and one-stop service system are (shared by all)."""

    code = models.SlugField(_("mã"), max_length=63, unique=True)
    province_name = models.CharField(_("tỉnh"), max_length=120)
    portal_url = models.URLField(_("cổng thông tin điện tử tỉnh"), blank=True)
    eservice_url = models.URLField(
        _("hệ thống một cửa điện tử, dịch vụ công trực tuyến"), blank=True
    )
    notes = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("kết nối cấp tỉnh")
        verbose_name_plural = _("kết nối cấp tỉnh")

    def __str__(self) -> str:
        return self.province_name


class WorkingDayOverride(models.Model):
    """An announced swap: a Saturday made working, or an extra day off."""

    date = models.DateField(_("ngày"), unique=True)
    is_working = models.BooleanField(_("là ngày làm việc"))
    reason = models.CharField(_("lý do"), max_length=255)
    legal_basis = models.CharField(_("văn bản"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("điều chỉnh ngày làm việc")
        verbose_name_plural = _("điều chỉnh ngày làm việc")
        ordering = ["date"]

    def __str__(self) -> str:
        kind = "làm việc" if self.is_working else "nghỉ"
        return f"{self.date:%d/%m/%Y}: {kind}"
