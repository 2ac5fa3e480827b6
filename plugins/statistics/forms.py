"""Admin form: the data file is validated as a whole; a bad cell saves nothing."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import WagtailAdminModelForm

from plugins.statistics.tables import TableError, parse_upload

MAX_UPLOAD = 5 * 1024 * 1024


class StatReportForm(WagtailAdminModelForm):
    data_file = forms.FileField(
        label=_("Tệp số liệu (CSV, XLSX, ODS)"),
        required=False,
        help_text=_(
            "Dòng 1 là tiêu đề cột; cột số liệu ghi đơn vị trong ngoặc, ví dụ "
            "«Dân số (người)». Ô thiếu số liệu để trống hoặc ghi “..”. Khi sửa báo "
            "cáo, chỉ chọn tệp nếu muốn thay bảng số liệu."
        ),
    )

    def clean_data_file(self):
        upload = self.cleaned_data.get("data_file")
        if not upload:
            if not (self.instance.pk and self.instance.columns):
                raise ValidationError(
                    _("Chưa có tệp số liệu. Cách sửa: chọn tệp CSV, XLSX hoặc ODS.")
                )
            return None
        if upload.size > MAX_UPLOAD:
            raise ValidationError(_("Tệp lớn hơn 5 MB. Cách sửa: chia nhỏ bảng."))
        try:
            columns, rows = parse_upload(upload.name, upload.read())
        except TableError as exc:
            raise ValidationError(exc.errors) from exc
        self._table = (columns, rows, upload.name)
        return upload

    def save(self, commit: bool = True):
        table = getattr(self, "_table", None)
        if table is not None:
            columns, rows, name = table
            self.instance.columns = [c.as_dict() for c in columns]
            self.instance.rows = rows
            self.instance.data_file_name = name
        return super().save(commit=commit)
