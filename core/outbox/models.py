"""The outbox row: one e-mail, its stable Message-ID and its delivery state."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """An e-mail waiting for (or done with) delivery, in the tenant's schema.

    ``message_id`` is fixed when the row is written, so every retry carries the same
    Message-ID and receivers (and our tests) can tell a resend from a new mail.
    ``claimed_until`` is a lease: a worker that dies mid-send leaves a row the
    sweeper takes again once the lease has passed.
    """

    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    to = models.JSONField(_("người nhận"), default=list)
    subject = models.CharField(_("tiêu đề"), max_length=255)
    body = models.TextField(_("nội dung"))
    from_email = models.CharField(_("người gửi"), max_length=255, blank=True)
    reason = models.CharField(
        _("lý do gửi"),
        max_length=100,
        blank=True,
        help_text=_("Mã của sự kiện tạo ra thư (để tra cứu, không gửi đi)."),
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    next_attempt_at = models.DateTimeField(_("gửi lại từ"), db_index=True)
    claimed_until = models.DateTimeField(_("đang gửi tới"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("số lần thử"), default=0)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)
    sent_at = models.DateTimeField(_("đã gửi lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("thư chờ gửi")
        verbose_name_plural = _("thư chờ gửi")
        ordering = ["pk"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                name="outbox_unsent_idx",
                condition=models.Q(sent_at__isnull=True),
            )
        ]

    def __str__(self) -> str:
        return f"{self.subject} → {', '.join(self.to)}"
