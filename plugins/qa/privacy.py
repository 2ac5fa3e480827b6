"""Personal data of askers: export and erase on request, erase after retention.

The retention period is the policy's ``personal_data_retention_days`` (a board
setting, not from the regulation; empty = never automatic).
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from plugins.qa import clock
from plugins.qa.models import CaseEvent, Question
from plugins.qa.services import log

PERSONAL_FIELDS = ("full_name", "address", "email", "phone")


def export(question: Question) -> dict:
    """Everything the portal holds about the asker of this case."""
    return {
        "ma_ho_so": question.code,
        "nguoi_gui_la": question.get_asker_type_display(),
        "ho_ten": question.full_name,
        "dia_chi": question.address,
        "thu_dien_tu": question.email,
        "dien_thoai": question.phone,
        "hien_thi_cong_khai": question.public_display,
        "dong_y_luc": question.consent_at.isoformat() if question.consent_at else "",
        "phien_ban_thong_bao": question.consent_notice_version,
        "tieu_de": question.title,
        "noi_dung": question.content,
        "tep_dinh_kem": [a.name for a in question.attachments.all()],
        "trang_thai": question.get_status_display(),
        "du_lieu_da_xoa_luc": (
            question.personal_data_erased_at.isoformat()
            if question.personal_data_erased_at
            else ""
        ),
    }


@transaction.atomic
def erase(question: Question, user=None, note: str = "", public_too: bool = True):
    """Blank the asker's details and delete the attachments; the log remains."""
    for name in PERSONAL_FIELDS:
        setattr(question, name, "")
    if public_too:
        question.public_display = ""
        question.public_name = Question.PublicName.HIDDEN
    question.secret_hash = ""
    question.personal_data_erased_at = timezone.now()
    question.save()
    for attachment in question.attachments.all():
        attachment.file.delete(save=False)
        attachment.delete()
    log(question, CaseEvent.Action.ERASED, user, note)


def erase_expired(now=None) -> int:
    """Erase details of cases closed longer ago than the retention period."""
    tenant = clock.current_tenant()
    policy = tenant.policy if tenant else None
    days = policy.personal_data_retention_days if policy else None
    if not days:
        return 0
    now = now or timezone.now()
    expired = Question.objects.filter(
        status__in=Question.CLOSED_STATUSES,
        closed_at__lt=now - timedelta(days=days),
        personal_data_erased_at__isnull=True,
    )
    count = 0
    for question in expired:
        # what the asker allowed to be public stays with a published answer
        erase(
            question,
            note=_("Hết thời hạn lưu giữ %(d)d ngày") % {"d": days},
            public_too=False,
        )
        count += 1
    return count
