"""The people provider seam (DESIGN §3).

The directory plugin knows the officials; the organisation chart and the leaders'
schedule show them. Plugins never import each other, so they meet here: a provider
registers under its plugin key and the readers ask :func:`officials` / :func:`units`,
which consult only providers whose plugin is enabled for the current tenant. With no
provider (plugin disabled or absent) readers get empty lists and show
"Chưa có thông tin".

The same seam carries the agency's transaction details (:func:`agency_contact`): the
directory's published agency record, when there is one, is what the page footer shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from core.plugins.state import is_enabled


@dataclass(frozen=True)
class Official:
    """A person as other plugins see them: plain values, no model instance."""

    key: str
    full_name: str
    position: str = ""
    unit: str = ""
    phone: str = ""
    email: str = ""
    url: str = ""
    photo_url: str = ""
    is_leader: bool = False
    is_sample: bool = False
    source: str = ""
    order: int = 0


@dataclass(frozen=True)
class OrgUnit:
    """A unit of the organisation with its officials (leaders first)."""

    key: str
    name: str
    url: str = ""
    is_sample: bool = False
    officials: tuple[Official, ...] = field(default_factory=tuple)


class PeopleProvider(Protocol):
    def officials(self, leaders_only: bool = False) -> list[Official]: ...

    def units(self) -> list[OrgUnit]: ...

    def agency_contact(self) -> dict | None: ...


_providers: dict[str, Callable[[], PeopleProvider]] = {}


def register(plugin_key: str, factory: Callable[[], PeopleProvider]) -> None:
    """Register a provider factory; called from the providing app's ``ready()``."""
    _providers[plugin_key] = factory


def _active(tenant=None) -> list[PeopleProvider]:
    """Providers enabled for ``tenant`` (default: the active one).

    Seeds run under ``schema_context`` (a FakeTenant): they pass the real tenant.
    """
    return [f() for key, f in _providers.items() if is_enabled(key, tenant)]


def officials(leaders_only: bool = False, tenant=None) -> list[Official]:
    """Published officials of the current tenant from every enabled provider."""
    return [o for p in _active(tenant) for o in p.officials(leaders_only=leaders_only)]


def find(key: str, tenant=None) -> Official | None:
    return next((o for o in officials(tenant=tenant) if o.key == key), None)


def units(tenant=None) -> list[OrgUnit]:
    """Published units with their officials, for the organisation chart."""
    return [u for p in _active(tenant) for u in p.units()]


def agency_contact(default: dict | None = None, tenant=None) -> dict:
    """The footer's transaction details: a provider's agency record, else ``default``.

    ``default`` is ``Tenant.contact`` from the site definition; keys a provider leaves
    out (e.g. ``governing_agency``) are kept from it.
    """
    base = dict(default or {})
    for provider in _active(tenant):
        contact = provider.agency_contact()
        if contact is not None:
            return {**base, **contact}
    return base
