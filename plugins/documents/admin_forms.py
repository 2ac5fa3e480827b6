"""The admin form of a document: legacy-encoding check of pasted text."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from wagtail.admin.forms import WagtailAdminModelForm

from core.text.legacy import detect
from core.text.vietnamese import nfc

PASTED_FIELDS = ("summary", "full_text", "authority", "signer")


def check_pasted(value: str) -> tuple[str, str | None, str | None]:
    """(value to keep, message, unsure proposal) for text an editor pasted.

    A sure TCVN3/VNI conversion is applied and reported; an unsure one is returned
    as a proposal and never applied silently.
    """
    value = nfc(value or "")
    if not value or value.isascii():
        return value, None, None
    result = detect(value)
    if result.converted is None or result.converted == value:
        return value, None, None
    if result.is_sure:
        return (
            result.converted,
            _("Đã chuyển chữ từ bảng mã %(e)s sang Unicode.") % {"e": result.encoding},
            None,
        )
    return value, None, result.converted


class DocumentAdminForm(WagtailAdminModelForm):
    legacy_action = forms.ChoiceField(
        label=_l("Chữ có thể gõ bằng bảng mã cũ (TCVN3/VNI)"),
        required=False,
        choices=[
            ("", _l("Chưa chọn")),
            ("apply", _l("Áp dụng bản chuyển đổi đề xuất")),
            ("keep", _l("Giữ nguyên như đã nhập")),
        ],
        help_text=_l("Chỉ cần chọn khi hệ thống hỏi."),
    )

    def clean(self):
        cleaned = super().clean()
        action = cleaned.get("legacy_action") or ""
        self.conversion_messages: list[str] = []
        for name in PASTED_FIELDS:
            if name not in cleaned or not isinstance(cleaned.get(name), str):
                continue
            value, message, proposal = check_pasted(cleaned[name])
            if message:
                self.conversion_messages.append(f"{self.fields[name].label}: {message}")
            if proposal is not None:
                if action == "apply":
                    value = proposal
                elif action != "keep":
                    self.add_error(
                        name,
                        _(
                            "Ô “%(f)s” có thể được gõ bằng bảng mã cũ nhưng công cụ "
                            "chưa chắc. Bản đề xuất: “%(p)s”. Cách sửa: chọn “Áp dụng "
                            "bản chuyển đổi đề xuất” hoặc “Giữ nguyên” ở ô bảng mã "
                            "cũ rồi lưu lại."
                        )
                        % {"f": self.fields[name].label, "p": proposal[:200]},
                    )
            cleaned[name] = value
        return cleaned
