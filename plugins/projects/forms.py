"""Admin forms: a budget is an amount in đồng written with Vietnamese grouping."""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import WagtailAdminModelForm

from core.text.vietnamese import nfc

_PLAIN = re.compile(r"\d+|\d{1,3}(?:\.\d{3})+")


class VNDField(forms.CharField):
    """Whole đồng: ``1500000000`` or ``1.500.000.000``; anything else is refused
    with the fix, because a guessed unit ("tỷ", "triệu", "đồng") is a wrong budget."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text",
            _(
                "Số tiền bằng đồng, chỉ gồm chữ số, có thể dùng dấu chấm phân cách "
                "hàng nghìn. Ví dụ: 1.500.000.000"
            ),
        )
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, int):
            return f"{value:,}".replace(",", ".")
        return value

    def to_python(self, value):
        text = nfc(super().to_python(value) or "").strip()
        if not text:
            return None
        compact = text.replace(" ", "").replace("\u00a0", "")
        if _PLAIN.fullmatch(compact):
            amount = int(compact.replace(".", ""))
            if amount > 10**16:
                raise ValidationError(_("Số tiền quá lớn. Cách sửa: kiểm tra lại số."))
            return amount
        if re.search(r"[^\d.,\s]", text):
            message = _(
                "%(field)s: «%(value)s» có chữ hoặc ký hiệu. Cách sửa: chỉ nhập số "
                "tiền bằng đồng, không ghi «đồng», «triệu», «tỷ»; ví dụ 1.500.000.000"
            )
        else:
            message = _(
                "%(field)s: «%(value)s» không đúng cách viết số tiền. Cách sửa: nhập "
                "số đồng, dấu chấm phân cách hàng nghìn, không có phần lẻ; ví dụ "
                "1.500.000.000"
            )
        raise ValidationError(
            message, params={"field": self.label, "value": text}, code="invalid"
        )


class ProjectForm(WagtailAdminModelForm):
    budget_vnd = VNDField(label=_("Tổng mức đầu tư (đồng)"))


class BiddingNoticeForm(WagtailAdminModelForm):
    budget_vnd = VNDField(label=_("Giá gói thầu (đồng)"))
