"""Identity, consent and anti-spam fields shared by the public submission forms."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.submissions.files import ACCEPT_ATTR, MAX_FILES, check_upload
from core.text.vietnamese import nfc

# The version of the privacy notice shown next to the consent box; recorded with
# every consent. Change it whenever the notice's text changes.
PRIVACY_NOTICE_VERSION = "2026-12-01"
HONEYPOT_FIELD = "trang_web"


class NfcCharField(forms.CharField):
    """A text field that stores NFC (DESIGN §6)."""

    def to_python(self, value):
        value = super().to_python(value)
        return nfc(value) if value else value


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ACCEPT_ATTR, "multiple": True})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        files = [f for f in files if f]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(
                _("Chỉ gửi tối đa %(n)d tệp đính kèm.") % {"n": MAX_FILES}
            )
        errors = []
        for upload in files:
            try:
                check_upload(upload)
            except forms.ValidationError as exc:
                errors.extend(exc.messages)
        if errors:
            raise forms.ValidationError(errors)
        return files


class AccessibleFormMixin:
    """Link each input to its help text and error (``aria-describedby``) and mark
    invalid inputs (``aria-invalid``), as WCAG 2.2 AA asks."""

    def __getitem__(self, name):
        bound = super().__getitem__(name)
        widget = self.fields[name].widget
        ids = []
        if bound.help_text:
            ids.append(f"{bound.auto_id}-help")
        if self.is_bound and bound.errors:
            ids.append(f"{bound.auto_id}-error")
            widget.attrs["aria-invalid"] = "true"
        if ids and getattr(widget, "input_type", "") not in ("radio", "checkbox"):
            widget.attrs["aria-describedby"] = " ".join(ids)
        return bound


class IdentityConsentForm(AccessibleFormMixin, forms.Form):
    """Who is writing (Quy chế Điều 9 khoản 3) and their explicit consent."""

    asker_type = forms.ChoiceField(
        label=_("Người gửi là"),
        choices=[("person", _("Cá nhân")), ("organisation", _("Tổ chức"))],
        initial="person",
        widget=forms.RadioSelect,
    )
    full_name = NfcCharField(
        label=_("Họ và tên (cá nhân) hoặc tên đầy đủ của tổ chức"),
        max_length=200,
        error_messages={
            "required": _(
                "Hãy nhập họ và tên (hoặc tên đầy đủ của tổ chức): câu hỏi thiếu "
                "thông tin này không được coi là hợp lệ."
            )
        },
    )
    address = NfcCharField(
        label=_("Địa chỉ liên hệ"),
        max_length=300,
        help_text=_("Số nhà, đường/ấp, phường/xã. Không được công khai."),
        error_messages={
            "required": _(
                "Hãy nhập địa chỉ liên hệ (của cá nhân hoặc của tổ chức): câu hỏi "
                "thiếu thông tin này không được coi là hợp lệ."
            )
        },
    )
    email = forms.EmailField(
        label=_("Thư điện tử (không bắt buộc)"),
        required=False,
        max_length=254,
        help_text=_("Để nhận thông báo về hồ sơ. Không được công khai."),
        error_messages={
            "invalid": _(
                "Địa chỉ thư điện tử chưa đúng (ví dụ đúng: ten@example.com). "
                "Sửa lại hoặc để trống ô này."
            )
        },
    )
    phone = forms.RegexField(
        label=_("Số điện thoại (không bắt buộc)"),
        required=False,
        regex=r"^\+?[0-9 .()-]{8,20}$",
        help_text=_("Không được công khai."),
        error_messages={
            "invalid": _(
                "Số điện thoại chỉ gồm chữ số (8–15 số), ví dụ 0294 3 123 456. "
                "Sửa lại hoặc để trống ô này."
            )
        },
    )
    consent = forms.BooleanField(
        label=_(
            "Tôi đã đọc thông báo về xử lý dữ liệu cá nhân ở trên và đồng ý để cơ "
            "quan nhà nước xử lý thông tin của tôi cho mục đích này."
        ),
        required=True,
        error_messages={
            "required": _(
                "Hãy đọc thông báo về dữ liệu cá nhân và đánh dấu ô đồng ý; nếu "
                "không đồng ý, bạn có thể gửi bản giấy hoặc đến trực tiếp cơ quan."
            )
        },
    )
    trang_web = forms.CharField(
        label=_("Không điền vào ô này"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def is_spam(self) -> bool:
        """The honeypot was filled: a robot (people never see the field)."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def consent_record(self) -> dict:
        return {
            "consent_at": timezone.now(),
            "consent_notice_version": PRIVACY_NOTICE_VERSION,
        }
