"""Public forms of the qa plugin (Vietnamese, accessible; NFC text)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from core.submissions.files import MAX_FILE_BYTES, MAX_FILES, accepted_labels
from core.submissions.forms import (
    HONEYPOT_FIELD,
    IdentityConsentForm,
    MultipleFileField,
    NfcCharField,
)
from plugins.qa.models import Question

MAX_CONTENT = 10000


class QuestionForm(IdentityConsentForm):
    kind = forms.ChoiceField(
        label=_("Bạn muốn gửi"),
        choices=Question.Kind.choices,
        initial=Question.Kind.QUESTION,
        widget=forms.RadioSelect,
    )
    topic = forms.ChoiceField(
        label=_("Lĩnh vực"),
        choices=[("", _("— Chọn lĩnh vực —")), *Question.Topic.choices],
        help_text=_(
            "Trang chỉ tiếp nhận câu hỏi về cơ chế, chính sách, thủ tục hành chính, "
            "cơ hội đầu tư và thông tin khác thuộc chức năng của cơ quan nhà nước "
            "(không tiếp nhận khiếu nại, tố cáo)."
        ),
        error_messages={"required": _("Hãy chọn lĩnh vực của câu hỏi.")},
    )
    public_name = forms.ChoiceField(
        label=_("Khi công khai câu trả lời, hiển thị tên người gửi"),
        choices=Question.PublicName.choices,
        initial=Question.PublicName.INITIALS,
        widget=forms.RadioSelect,
    )
    public_locality = NfcCharField(
        label=_("Địa bàn được hiển thị cùng tên (không bắt buộc)"),
        required=False,
        max_length=100,
        help_text=_("Ví dụ: Phường 2. Địa chỉ chi tiết không bao giờ được công khai."),
    )
    title = NfcCharField(
        label=_("Tiêu đề"),
        max_length=255,
        error_messages={"required": _("Hãy nhập tiêu đề ngắn gọn cho câu hỏi.")},
    )
    content = NfcCharField(
        label=_("Nội dung"),
        max_length=MAX_CONTENT,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Hãy nhập nội dung câu hỏi hoặc phản ánh, kiến nghị."),
            "max_length": _(
                "Nội dung dài quá %(limit_value)d ký tự (hiện có %(show_value)d). "
                "Hãy rút gọn hoặc gửi phần còn lại dưới dạng tệp đính kèm."
            ),
        },
    )
    attachments = MultipleFileField(
        label=_("Tệp đính kèm (không bắt buộc)"),
        required=False,
        help_text=_(
            "Tối đa %(n)d tệp, mỗi tệp không quá %(mb)d MB; chấp nhận %(types)s."
        )
        % {
            "n": MAX_FILES,
            "mb": MAX_FILE_BYTES // 1024 // 1024,
            "types": accepted_labels(),
        },
    )

    field_order = [
        "kind",
        "topic",
        "asker_type",
        "full_name",
        "address",
        "email",
        "phone",
        "public_name",
        "public_locality",
        "title",
        "content",
        "attachments",
        "consent",
        HONEYPOT_FIELD,
    ]

    def clean_trang_web(self):
        if self.cleaned_data.get(HONEYPOT_FIELD, "").strip():
            raise forms.ValidationError(
                _("Ô này phải để trống (dùng để chặn thư rác). Hãy xóa nội dung ô.")
            )
        return ""


class TrackForm(forms.Form):
    ma = forms.CharField(
        label=_("Mã hồ sơ"),
        max_length=30,
        help_text=_("Mã được cấp khi gửi, ví dụ HD-7K3Q-XP4M."),
        error_messages={"required": _("Hãy nhập mã hồ sơ được cấp khi gửi.")},
    )


class PersonalDataForm(forms.Form):
    """Export or erase on request with the code and the one-time secret."""

    ma = forms.CharField(label=_("Mã hồ sơ"), max_length=30)
    bi_mat = forms.CharField(
        label=_("Mã bí mật"),
        max_length=30,
        help_text=_("Mã bí mật được in cùng mã hồ sơ khi bạn gửi."),
    )
    action = forms.ChoiceField(
        label=_("Yêu cầu"),
        choices=[
            ("export", _("Xem, tải dữ liệu cá nhân của tôi")),
            ("erase", _("Xóa dữ liệu cá nhân của tôi")),
        ],
        widget=forms.RadioSelect,
        initial="export",
    )
