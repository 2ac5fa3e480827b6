"""The documents plugin's citation resolver (registered in ``apps.ready``)."""

from __future__ import annotations

from django.db import connection
from django.db.models import Q

from core.citations import DocumentRef
from core.plugins.state import is_enabled


def resolve_numbers(keys: set[str]) -> dict[str, DocumentRef]:
    """Registry entries (the unit's first, then shared) for these number keys."""
    from plugins.documents.models import Document
    from plugins.documents_shared.models import SharedDocument

    tenant = getattr(connection, "tenant", None)
    on_tenant = tenant is not None and connection.schema_name != "public"
    if not keys or (on_tenant and not is_enabled("documents", tenant)):
        return {}
    wanted = list(keys)
    found: dict[str, DocumentRef] = {}
    models = [SharedDocument] if not on_tenant else [Document, SharedDocument]
    for model in models:
        rows = model.objects.filter(live=True).filter(Q(number_keys__overlap=wanted))
        for doc in rows.only(
            "pk", "number", "summary", "issued_on", "authority", "number_keys"
        ):
            for key in doc.number_keys:
                if key in keys and key not in found:
                    found[key] = DocumentRef(
                        key=key,
                        url=doc.get_absolute_url(),
                        number=doc.number,
                        summary=doc.summary,
                        issued_on=doc.issued_on.isoformat() if doc.issued_on else "",
                        issuer=doc.authority,
                    )
    return found
