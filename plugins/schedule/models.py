"""Schedule entries, edited like bakerydemo's Person snippet (DESIGN §11).

Leaders are picked from the people seam (core.plugins.people): the keys are kept and
the names are snapshotted, so the schedule still reads right when the directory is
disabled or a person leaves it.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from core.plugins import people
from core.text.vietnamese import nfc


class ScheduleEntryForm(WagtailAdminModelForm):
    """Offers the directory's leaders; fills the name snapshot from the choice."""

    leader_keys = forms.MultipleChoiceField(
        label=_("Chọn lãnh đạo từ danh bạ"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        leaders = people.officials(leaders_only=True)
        self._leaders = {o.key: o for o in leaders}
        choices = [
            (o.key, f"{o.full_name} – {o.position}" if o.position else o.full_name)
            for o in leaders
        ]
        field = self.fields["leader_keys"]
        field.choices = choices
        field.initial = [k for k in (self.instance.leader_keys or []) if k]
        if not choices:
            field.help_text = _(
                "Danh bạ cán bộ chưa có lãnh đạo (hoặc đang tắt): nhập tên ở ô dưới."
            )

    def clean(self):
        cleaned = super().clean()
        keys = cleaned.get("leader_keys") or []
        names = [self._leaders[k].full_name for k in keys if k in self._leaders]
        typed = (cleaned.get("leaders") or "").strip()
        if names and not typed:
            cleaned["leaders"] = "; ".join(names)
        elif not names and not typed:
            self.add_error(
                "leaders",
                _(
                    "Chưa có lãnh đạo chủ trì. Cách sửa: chọn lãnh đạo trong danh "
                    "sách ở trên hoặc nhập họ tên, chức vụ vào ô này."
                ),
            )
        return cleaned

    def save(self, commit=True):
        self.instance.leader_keys = list(self.cleaned_data.get("leader_keys") or [])
        self.instance.leaders = self.cleaned_data.get("leaders", "")
        return super().save(commit=commit)


class ScheduleEntry(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    """One item of a leader's schedule: a meeting, a visit, a reception."""

    date = models.DateField(_("ngày"))
    end_date = models.DateField(
        _("đến ngày"),
        null=True,
        blank=True,
        help_text=_("Chỉ điền khi công việc kéo dài nhiều ngày."),
    )
    start_time = models.TimeField(_("giờ bắt đầu"), null=True, blank=True)
    end_time = models.TimeField(_("giờ kết thúc"), null=True, blank=True)
    leaders = models.CharField(
        _("lãnh đạo chủ trì"),
        max_length=500,
        blank=True,
        help_text=_("Họ tên, chức vụ; điền tự động khi chọn lãnh đạo từ danh bạ."),
    )
    leader_keys = models.JSONField(
        _("lãnh đạo trong danh bạ"), default=list, blank=True
    )
    content = models.TextField(_("nội dung công việc"))
    place = models.CharField(_("địa điểm"), max_length=500, blank=True)
    participants = models.TextField(_("thành phần tham dự"), blank=True)
    preparing_unit = models.CharField(_("đơn vị chuẩn bị"), max_length=255, blank=True)
    change_note = models.CharField(
        _("nội dung thay đổi"),
        max_length=500,
        blank=True,
        help_text=_("Khi sửa lịch đã công bố: ghi ngắn gọn điều gì thay đổi."),
    )
    is_sample = models.BooleanField(
        _("dữ liệu mẫu"),
        default=False,
        help_text=_("Nội dung minh họa; trang hiển thị nhãn “Dữ liệu mẫu”."),
    )
    revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="schedule_entry"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="schedule_entry",
        for_concrete_model=False,
    )

    base_form_class = ScheduleEntryForm
    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("leader_keys"),
        FieldPanel("leaders"),
        FieldPanel("content"),
        FieldPanel("place"),
        FieldPanel("participants"),
        FieldPanel("preparing_unit"),
        MultiFieldPanel(
            [FieldPanel("change_note"), FieldPanel("is_sample")],
            heading=_("Thay đổi và nguồn"),
        ),
    ]
    search_fields = [
        index.SearchField("content"),
        index.SearchField("leaders"),
        index.SearchField("place"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("mục lịch công tác")
        verbose_name_plural = _("lịch công tác")
        ordering = ["date", "start_time", "pk"]

    def __str__(self) -> str:
        when = self.date.strftime("%d/%m/%Y") if self.date else ""
        return f"{when} – {self.content[:60]}"

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None:
            for name in (
                "leaders",
                "content",
                "place",
                "participants",
                "preparing_unit",
                "change_note",
            ):
                setattr(self, name, nfc(getattr(self, name) or "").strip())
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        year, week, _day = self.date.isocalendar()
        return reverse("schedule-week", args=[year, week]) + f"#muc-{self.pk}"

    def clean(self) -> None:
        """End before start is refused with the field named and the fix."""
        super().clean()
        errors = {}
        if self.date and self.end_date and self.end_date < self.date:
            errors["end_date"] = _(
                "Ngày kết thúc (%(end)s) trước ngày bắt đầu (%(start)s). Cách sửa: "
                "chọn ngày kết thúc từ %(start)s trở đi, hoặc để trống nếu công "
                "việc chỉ trong một ngày."
            ) % {
                "end": self.end_date.strftime("%d/%m/%Y"),
                "start": self.date.strftime("%d/%m/%Y"),
            }
        same_day = not self.end_date or self.end_date == self.date
        if same_day and self.start_time and self.end_time:
            if self.end_time < self.start_time:
                errors["end_time"] = _(
                    "Giờ kết thúc (%(end)s) trước giờ bắt đầu (%(start)s) trong cùng "
                    "một ngày. Cách sửa: sửa giờ kết thúc, hoặc điền “đến ngày” nếu "
                    "công việc sang ngày hôm sau."
                ) % {
                    "end": self.end_time.strftime("%H:%M"),
                    "start": self.start_time.strftime("%H:%M"),
                }
        if self.end_time and not self.start_time:
            errors["start_time"] = _(
                "Có giờ kết thúc nhưng chưa có giờ bắt đầu. Cách sửa: điền giờ bắt "
                "đầu hoặc xóa giờ kết thúc."
            )
        if errors:
            raise ValidationError(errors)

    def get_preview_template(self, request, mode_name):
        return "schedule/entry_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["entry"] = self
        return context

    @property
    def last_day(self) -> dt.date:
        return self.end_date or self.date

    @property
    def is_changed(self) -> bool:
        """Published again after its first publication: readers must notice."""
        first, last = self.first_published_at, self.last_published_at
        # The first publication stamps both with the same instant.
        return bool(first and last and last != first)

    def time_label(self) -> str:
        if not self.start_time:
            return ""
        label = self.start_time.strftime("%H:%M")
        if self.end_time:
            label += "–" + self.end_time.strftime("%H:%M")
        return label
