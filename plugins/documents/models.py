"""The unit's own documents (tenant schema)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel

from core.search.models import search_indexes
from plugins.documents_shared.common import (
    TARGET_STATUS,
    BaseDocument,
    BaseDocumentFile,
    RelationKind,
)


class Document(BaseDocument, ClusterableModel):
    """A registry entry of this unit (its own documents, or ones it enters itself)."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang toàn văn"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Trang đăng toàn văn của văn bản, nếu có."),
    )

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-issued_on", "-pk"]
        indexes = [
            *search_indexes("doc"),
            models.Index(
                models.F("issued_on").desc(nulls_last=True), name="doc_issued_desc_idx"
            ),
        ]

    def get_absolute_url(self) -> str:
        return f"/van-ban/{self.pk}/"


class DocumentFile(BaseDocumentFile):
    document = ParentalKey(Document, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("tệp"), upload_to="van-ban/%Y/")

    panels = [FieldPanel("file"), FieldPanel("original_name")]

    class Meta:
        verbose_name = _("tệp văn bản")
        verbose_name_plural = _("tệp văn bản")


class DocumentRelation(models.Model):
    """``source`` <kind> a target: one of this unit's documents or a shared one."""

    source = ParentalKey(
        Document, on_delete=models.CASCADE, related_name="relations_out"
    )
    kind = models.CharField(_("quan hệ"), max_length=16, choices=RelationKind.choices)
    target = models.ForeignKey(
        Document,
        verbose_name=_("văn bản của đơn vị"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="relations_in",
    )
    target_shared = models.ForeignKey(
        "documents_shared.SharedDocument",
        verbose_name=_("văn bản Trung ương, tỉnh"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,  # the shared row lives in the public schema
    )

    panels = [FieldPanel("kind"), FieldPanel("target"), FieldPanel("target_shared")]

    class Meta:
        verbose_name = _("quan hệ văn bản")
        verbose_name_plural = _("quan hệ văn bản")

    def __str__(self) -> str:
        return f"{self.source} {self.get_kind_display()} {self.target_obj}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.target_id:
            refresh_relation_status(self.target_id)

    @property
    def target_obj(self):
        return self.target if self.target_id else self.target_shared

    def clean(self) -> None:
        if bool(self.target_id) == bool(self.target_shared_id):
            raise ValidationError(
                _(
                    "Chọn đúng một văn bản liên quan: của đơn vị hoặc của "
                    "Trung ương, tỉnh."
                )
            )


def refresh_relation_status(pk: int) -> None:
    """Recompute the relation-derived status of one of this unit's documents."""
    kinds = set(
        DocumentRelation.objects.filter(target_id=pk).values_list("kind", flat=True)
    )
    status = ""
    for kind in (RelationKind.REPLACES, RelationKind.REPEALS_PART):
        if kind in kinds:
            status = TARGET_STATUS[kind]
            break
    Document.objects.filter(pk=pk).update(relation_status=status)


def _relation_deleted(sender, instance, **kwargs) -> None:
    """A removed "replaces"/"repeals part" gives the target its status back."""
    if instance.target_id:
        refresh_relation_status(instance.target_id)


models.signals.post_delete.connect(
    _relation_deleted, sender=DocumentRelation, dispatch_uid="documents_rel_deleted"
)
