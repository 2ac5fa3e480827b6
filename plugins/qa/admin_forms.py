"""Forms of the handling workflow in the admin."""

from __future__ import annotations

from django import forms
from django.forms import formset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text.vietnamese import nfc
from plugins.qa.models import Agency


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do (gửi cho người hỏi)"), widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean_reason(self):
        return nfc(self.cleaned_data["reason"].strip())


class AssignForm(forms.Form):
    agency = forms.ModelChoiceField(
        label=_("Cơ quan trả lời"), queryset=Agency.objects.filter(is_active=True)
    )
    note = forms.CharField(label=_("Ghi chú"), required=False)


class ProgressForm(forms.Form):
    reply_by = forms.DateField(
        label=_("Ngày hẹn trả lời"), widget=forms.DateInput(attrs={"type": "date"})
    )
    note = forms.CharField(
        label=_("Thông báo tiến độ (gửi cho người hỏi và đăng trên trang theo dõi)"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_reply_by(self):
        value = self.cleaned_data["reply_by"]
        if value < timezone.localdate():
            raise forms.ValidationError(_("Ngày hẹn trả lời không được ở quá khứ."))
        return value


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Câu trả lời"), widget=forms.Textarea(attrs={"rows": 10})
    )

    def clean_answer(self):
        return nfc(self.cleaned_data["answer"].strip())


class CitationForm(forms.Form):
    """A cited document: give its exact number; the rest is filled from the
    registry when it holds the document, otherwise it must be typed."""

    number = forms.CharField(label=_("Số, ký hiệu"), required=False, max_length=100)
    summary = forms.CharField(label=_("Trích yếu"), required=False, max_length=500)
    issued_on = forms.DateField(
        label=_("Ngày ban hành"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    issuer = forms.CharField(
        label=_("Cơ quan ban hành"), required=False, max_length=255
    )

    def clean(self):
        from plugins.qa.services import citation_data

        data = super().clean()
        number = (data.get("number") or "").strip()
        if not number:
            if any(data.get(k) for k in ("summary", "issued_on", "issuer")):
                raise forms.ValidationError(_("Hãy nhập số, ký hiệu của văn bản."))
            return data
        item = citation_data(
            nfc(number),
            nfc(data.get("summary") or ""),
            data.get("issued_on"),
            nfc(data.get("issuer") or ""),
        )
        missing = [
            label
            for key, label in (
                ("summary", _("trích yếu")),
                ("issued_on", _("ngày ban hành")),
                ("issuer", _("cơ quan ban hành")),
            )
            if not item[key]
        ]
        if missing:
            raise forms.ValidationError(
                _(
                    "Văn bản %(n)s không có trong cơ sở dữ liệu văn bản: hãy nhập "
                    "đủ %(m)s (Quy chế Điều 11 khoản 2 điểm a)."
                )
                % {"n": number, "m": ", ".join(str(m) for m in missing)}
            )
        data["item"] = item
        return data


CitationFormSet = formset_factory(CitationForm, extra=3, max_num=10)
