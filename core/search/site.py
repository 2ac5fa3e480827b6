"""The portal-wide search page gathers results from the pages and from every enabled
plugin that offers a search provider (manifest ``search_provider``): a citizen types
once and finds documents, answers, services and people (DESIGN §3)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.http import HttpRequest
from django.utils.module_loading import import_string

from core.plugins.state import enabled_keys, manifests

PER_SOURCE = 5


@dataclass(frozen=True)
class SiteHit:
    title: str
    url: str
    summary: str = ""
    when: date | None = None


@dataclass
class SiteSection:
    """One plugin's share of the results, with a link to its own full search."""

    key: str
    label: str
    hits: list[SiteHit] = field(default_factory=list)
    more_url: str = ""


def more_url(prefix: str, q: str) -> str:
    return f"/{prefix}?{urlencode({'q': q})}"


def plugin_sections(request: HttpRequest, q: str) -> list[SiteSection]:
    """The non-empty result sections of the enabled plugins, in manifest order."""
    enabled = enabled_keys(getattr(request, "tenant", None))
    sections = []
    for manifest in manifests():
        if manifest.search_provider and manifest.key in enabled:
            section = import_string(manifest.search_provider)(request, q, PER_SOURCE)
            if section.hits:
                sections.append(section)
    return sections
