"""The public search form (GET): labelled fields, Vietnamese errors."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from core.filters import YEAR_MAX, YEAR_MIN
from plugins.documents.search import Filters
from plugins.documents_shared.common import DocumentType, Status

SORTS = (("relevance", _("Phù hợp nhất")), ("date", _("Ngày ban hành mới nhất")))
SCOPES = (
    ("", _("Tất cả")),
    ("local", _("Văn bản của đơn vị")),
    ("shared", _("Văn bản Trung ương, tỉnh")),
)


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Từ khóa hoặc số ký hiệu"), required=False, max_length=200
    )
    loai = forms.ChoiceField(
        label=_("Loại văn bản"),
        required=False,
        choices=[("", _("Tất cả"))] + list(DocumentType.choices),
    )
    co_quan = forms.CharField(
        label=_("Cơ quan ban hành"), required=False, max_length=120
    )
    linh_vuc = forms.CharField(label=_("Lĩnh vực"), required=False, max_length=120)
    nam = forms.IntegerField(
        label=_("Năm ban hành"),
        required=False,
        min_value=YEAR_MIN,
        max_value=YEAR_MAX,
        error_messages={
            "invalid": _("Năm ban hành phải là số, ví dụ 2021."),
            "min_value": _("Năm ban hành phải từ %(limit_value)s trở đi."),
            "max_value": _("Năm ban hành phải đến năm %(limit_value)s là cùng."),
        },
    )
    hieu_luc = forms.ChoiceField(
        label=_("Tình trạng hiệu lực"),
        required=False,
        choices=[("", _("Tất cả"))] + list(Status.choices),
    )
    nguon = forms.ChoiceField(label=_("Nguồn"), required=False, choices=SCOPES)
    sap_xep = forms.ChoiceField(label=_("Sắp xếp"), required=False, choices=SORTS)

    def mark_errors(self) -> None:
        """Link each invalid field to its message (WCAG: aria-describedby)."""
        if not self.is_bound:
            return
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["aria-describedby"] = f"{self[name].id_for_label}-err"
                widget.attrs["aria-invalid"] = "true"

    def filters(self) -> Filters:
        # An invalid field is ignored (its message is shown); the valid ones apply.
        if self.is_bound:
            self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return Filters(
            doc_type=data.get("loai") or "",
            authority=data.get("co_quan") or "",
            sector=data.get("linh_vuc") or "",
            year=data.get("nam"),
            status=data.get("hieu_luc") or "",
            scope=data.get("nguon") or "",
        )
