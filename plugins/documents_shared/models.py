"""Central and province documents (public schema): edited on the platform host only,
shown in every tenant's registry and search, marked as such."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.search.models import search_indexes
from plugins.documents_shared.common import (
    TARGET_STATUS,
    BaseDocument,
    BaseDocumentFile,
    Level,
    RelationKind,
)


class SharedDocument(BaseDocument):
    """A registry entry every unit portal shows (level central or province)."""

    source_id = models.CharField(
        _("mã nguồn"),
        max_length=64,
        blank=True,
        help_text=_("Mã của bản ghi trong bộ dữ liệu nhập (để nhập lại không trùng)."),
    )

    class Meta:
        verbose_name = _("văn bản Trung ương, tỉnh")
        verbose_name_plural = _("văn bản Trung ương, tỉnh")
        ordering = ["-issued_on", "-pk"]
        indexes = [
            *search_indexes("docsh"),
            models.Index(
                models.F("issued_on").desc(nulls_last=True),
                name="docsh_issued_desc_idx",
            ),
            models.Index(fields=["source_id"], name="docsh_source_idx"),
        ]

    def save(self, *args, **kwargs):
        if self.level == Level.LOCAL:
            self.level = Level.CENTRAL
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return f"/van-ban/tw/{self.pk}/"


class SharedDocumentFile(BaseDocumentFile):
    document = models.ForeignKey(
        SharedDocument, on_delete=models.CASCADE, related_name="files"
    )
    file = models.FileField(_("tệp"), upload_to="van-ban-chung/%Y/")

    class Meta:
        verbose_name = _("tệp văn bản")
        verbose_name_plural = _("tệp văn bản")


class SharedDocumentRelation(models.Model):
    source = models.ForeignKey(
        SharedDocument, on_delete=models.CASCADE, related_name="relations_out"
    )
    kind = models.CharField(_("quan hệ"), max_length=16, choices=RelationKind.choices)
    target = models.ForeignKey(
        SharedDocument,
        verbose_name=_("văn bản liên quan"),
        on_delete=models.CASCADE,
        related_name="relations_in",
    )

    class Meta:
        verbose_name = _("quan hệ văn bản")
        verbose_name_plural = _("quan hệ văn bản")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "target"], name="docsh_rel_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.get_kind_display()} {self.target}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        refresh_shared_relation_status(self.target_id)


def refresh_shared_relation_status(pk: int) -> None:
    """Recompute the relation-derived status of one shared document."""
    kinds = set(
        SharedDocumentRelation.objects.filter(target_id=pk).values_list(
            "kind", flat=True
        )
    )
    status = ""
    for kind in (RelationKind.REPLACES, RelationKind.REPEALS_PART):
        if kind in kinds:
            status = TARGET_STATUS[kind]
            break
    SharedDocument.objects.filter(pk=pk).update(relation_status=status)


def _relation_deleted(sender, instance, **kwargs) -> None:
    refresh_shared_relation_status(instance.target_id)


models.signals.post_delete.connect(
    _relation_deleted,
    sender=SharedDocumentRelation,
    dispatch_uid="documents_shared_rel_deleted",
)
