"""Directory entries: agency units and officials.

Both follow bakerydemo's ``Person`` snippet (DESIGN §11): workflow, draft state, lock,
revisions and preview, so a change is reviewed before citizens see it. Public views
read only live rows. Facts no source gives stay blank and render as
"Chưa có thông tin" (DESIGN §5).
"""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from core.text.vietnamese import fold, nfc

phone_validator = RegexValidator(
    r"^[0-9+().\- ]{6,30}$",
    _(
        "Số điện thoại/fax chỉ gồm chữ số, dấu cách và các ký tự + ( ) . - "
        "(6–30 ký tự). Cách sửa: nhập ví dụ 0294 3832 123."
    ),
)


class DirectoryEntry(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    """Abstract base: the mixins, sample flag, source and a folded search column."""

    order = models.PositiveIntegerField(_("thứ tự"), default=0)
    source_note = models.CharField(
        _("nguồn thông tin"),
        max_length=500,
        blank=True,
        help_text=_("Văn bản hoặc nơi công bố thông tin này; hiển thị trên trang."),
    )
    as_of = models.CharField(
        _("thông tin tính đến"),
        max_length=50,
        blank=True,
        help_text=_("Thời điểm của thông tin theo nguồn, ví dụ 10/2021."),
    )
    is_sample = models.BooleanField(
        _("dữ liệu mẫu"),
        default=False,
        help_text=_("Đánh dấu nội dung minh họa; trang hiển thị nhãn “Dữ liệu mẫu”."),
    )
    search_folded = models.TextField(editable=False, blank=True, default="")

    folded_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # A partial save (save_revision writes only latest_revision on the draft
        # instance) must not copy draft text into the live row's search column.
        if kwargs.get("update_fields") is None:
            for name in self.text_fields():
                value = getattr(self, name)
                if isinstance(value, str):
                    setattr(self, name, nfc(value).strip())
            self.search_folded = fold(
                " ".join(str(getattr(self, f) or "") for f in self.folded_fields)
            )
        super().save(*args, **kwargs)

    @classmethod
    def text_fields(cls) -> list[str]:
        return [
            f.name
            for f in cls._meta.get_fields()
            if isinstance(f, (models.CharField, models.TextField))
            and f.name != "search_folded"
            and f.editable
        ]


class AgencyUnit(DirectoryEntry):
    """An agency or office with its transaction details (thông tin giao dịch)."""

    name = models.CharField(_("tên cơ quan, đơn vị"), max_length=255)
    address = models.CharField(_("địa chỉ"), max_length=500, blank=True)
    phone = models.CharField(
        _("điện thoại"), max_length=30, blank=True, validators=[phone_validator]
    )
    fax = models.CharField(
        _("fax"), max_length=30, blank=True, validators=[phone_validator]
    )
    email = models.EmailField(_("thư điện tử"), blank=True)
    opening_hours = models.TextField(_("thời gian làm việc"), blank=True)
    is_portal_agency = models.BooleanField(
        _("cơ quan quản lý, vận hành trang"),
        default=False,
        help_text=_(
            "Thông tin giao dịch của cơ quan này hiển thị ở chân mọi trang "
            "(chỉ một cơ quan)."
        ),
    )
    revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="directory_unit"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="directory_unit",
        for_concrete_model=False,
    )

    folded_fields = ("name", "address", "email", "phone")
    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("fax"),
                FieldPanel("email"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Thông tin giao dịch"),
        ),
        FieldPanel("is_portal_agency"),
        FieldPanel("order"),
        MultiFieldPanel(
            [FieldPanel("source_note"), FieldPanel("as_of"), FieldPanel("is_sample")],
            heading=_("Nguồn"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("address"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("cơ quan, đơn vị")
        verbose_name_plural = _("cơ quan, đơn vị")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("directory-index") + f"#don-vi-{self.pk}"

    def clean(self) -> None:
        super().clean()
        if self.is_portal_agency:
            other = (
                AgencyUnit.objects.filter(is_portal_agency=True)
                .exclude(pk=self.pk)
                .first()
            )
            if other is not None:
                raise ValidationError(
                    {
                        "is_portal_agency": _(
                            "“%(name)s” đã là cơ quan quản lý, vận hành trang. "
                            "Cách sửa: bỏ chọn ô này, hoặc bỏ chọn ở “%(name)s” trước."
                        )
                        % {"name": other.name}
                    }
                )

    def get_preview_template(self, request, mode_name):
        return "directory/unit_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["unit"] = self
        return context

    def contact_dict(self) -> dict:
        """The footer's keys (core/templates/core/includes/contact.html)."""
        return {
            "operating_agency": self.name,
            "address": self.address,
            "phone": self.phone,
            "fax": self.fax,
            "email": self.email,
            "opening_hours": self.opening_hours,
            "source": self.source_note,
        }


class Official(DirectoryEntry):
    """An official (cán bộ, công chức) of a unit, with public contact details."""

    full_name = models.CharField(_("họ và tên"), max_length=255)
    position = models.CharField(_("chức vụ"), max_length=255, blank=True)
    unit = models.ForeignKey(
        AgencyUnit,
        verbose_name=_("cơ quan, đơn vị"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="officials",
    )
    phone = models.CharField(
        _("điện thoại"), max_length=30, blank=True, validators=[phone_validator]
    )
    fax = models.CharField(
        _("fax"), max_length=30, blank=True, validators=[phone_validator]
    )
    email = models.EmailField(_("thư điện tử công vụ"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_leader = models.BooleanField(
        _("lãnh đạo"),
        default=False,
        help_text=_("Lãnh đạo được chọn trong lịch công tác và sơ đồ tổ chức."),
    )
    duties = models.TextField(_("nhiệm vụ được phân công"), blank=True)
    revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="directory_official"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="directory_official",
        for_concrete_model=False,
    )

    folded_fields = ("full_name", "position", "email", "phone", "duties")
    panels = [
        FieldPanel("full_name"),
        FieldPanel("position"),
        FieldPanel("unit"),
        FieldPanel("is_leader"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("fax"), FieldPanel("email")],
            heading=_("Liên hệ"),
        ),
        FieldPanel("photo"),
        FieldPanel("duties"),
        FieldPanel("order"),
        MultiFieldPanel(
            [FieldPanel("source_note"), FieldPanel("as_of"), FieldPanel("is_sample")],
            heading=_("Nguồn"),
        ),
    ]
    search_fields = [
        index.SearchField("full_name"),
        index.SearchField("position"),
        index.AutocompleteField("full_name"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("cán bộ")
        verbose_name_plural = _("cán bộ")
        ordering = ["order", "full_name"]

    def __str__(self) -> str:
        return self.full_name

    def get_absolute_url(self) -> str:
        return reverse("directory-person", args=[self.pk])

    def get_preview_template(self, request, mode_name):
        return "directory/person_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["person"] = self
        return context

    def name_parts(self) -> tuple[str, str, str]:
        """(family, middle, given): Vietnamese order, family name first."""
        words = self.full_name.split()
        if len(words) < 2:
            return ("", "", self.full_name)
        return (words[0], " ".join(words[1:-1]), words[-1])
