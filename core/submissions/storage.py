"""Private files of a tenant (attachments with personal data): never under MEDIA_URL.

Stored in ``VAR_DIR/private/<schema>/``; served only by views that check who asks.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import connection


class PrivateTenantStorage(FileSystemStorage):
    def __init__(self, **kwargs):
        super().__init__(base_url=None, **kwargs)

    @property
    def base_location(self):
        root = getattr(settings, "PORTAL_PRIVATE_ROOT", None) or (
            Path(settings.VAR_DIR) / "private"
        )
        return str(Path(root) / connection.schema_name)

    @property
    def location(self):
        return str(Path(self.base_location).resolve())

    def url(self, name):  # private: no public URL
        raise ValueError("private files have no public URL")


private_storage = PrivateTenantStorage()
