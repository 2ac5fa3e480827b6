from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from core.submissions.forms import HONEYPOT_FIELD, IdentityConsentForm, NfcCharField


class CommentForm(IdentityConsentForm):
    content = NfcCharField(
        label=_("Nội dung góp ý"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Hãy nhập nội dung góp ý cho dự thảo.")},
    )

    field_order = [
        "asker_type",
        "full_name",
        "address",
        "email",
        "phone",
        "content",
        "consent",
        HONEYPOT_FIELD,
    ]

    def clean_trang_web(self):
        if self.cleaned_data.get(HONEYPOT_FIELD, "").strip():
            raise forms.ValidationError(
                _("Ô này phải để trống (dùng để chặn thư rác). Hãy xóa nội dung ô.")
            )
        return ""
