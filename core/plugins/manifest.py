"""The declarative description of a plugin. Must not import Django: settings read it."""

from __future__ import annotations

from dataclasses import dataclass, field

TENANT_KINDS = ("province", "town", "ward", "commune")
PLACEMENTS = ("tenant", "shared")


@dataclass(frozen=True)
class DeadlineClock:
    """A statutory clock the plugin keeps: the policy key that gives its length."""

    key: str
    label: str
    policy_field: str


@dataclass(frozen=True)
class PluginManifest:
    """Everything the platform needs to know about a plugin, in one frozen object.

    ``app`` is the Django app (dotted path) holding the plugin's tenant tables; a plugin
    with shared data names that second app in ``shared_app``.

    - ``url_prefix``/``urls``: public pages, e.g. ``"van-ban/"``; they exist only for
      tenants where the plugin is enabled (per-tenant URLconf) and shadow the section
      page of the same path, whose intro and child pages the plugin may show.
    - ``categories``: the regulation's information categories (1–13) the plugin
      serves; while it is disabled, section pages of those categories answer 404 and
      leave the menu.
    - ``menu``: extra (path under url_prefix, Vietnamese title) menu entries.
    - ``api_router``/``api_prefix``: a django-ninja Router mounted at
      ``/api/v1/<api_prefix>``.
    - ``search_provider``: dotted path of ``provider(request, q, limit) ->
      core.search.site.SiteSection``; the portal-wide search page shows its hits.
    - ``seed``: dotted path of ``seed(ctx) -> Iterable[str]`` run by the bootstrap
      inside each tenant where the plugin is enabled (idempotent; yields what it
      changed); ``seed_shared`` the same, once, in the public schema.
    """

    key: str
    name: str
    app: str
    placement: str = "tenant"
    shared_app: str | None = None
    kinds: tuple[str, ...] = TENANT_KINDS
    enabled_by_default: bool = True
    url_prefix: str | None = None
    urls: str | None = None
    api_router: str | None = None
    api_prefix: str | None = None
    menu: tuple[tuple[str, str], ...] = ()
    categories: tuple[int, ...] = ()
    seed: str | None = None
    seed_shared: str | None = None
    clocks: tuple[DeadlineClock, ...] = ()
    search: bool = False
    search_provider: str | None = None
    feeds: tuple[str, ...] = ()
    exports: tuple[str, ...] = ()
    compliance: tuple[str, ...] = ()
    description: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def problems(self) -> list[str]:
        """Inconsistencies a system check reports (empty when the manifest is sound)."""
        found = []
        if not self.key or not self.key.replace("_", "").isalnum():
            found.append(f"key {self.key!r} must be a non-empty identifier")
        if self.placement not in PLACEMENTS:
            found.append(f"placement {self.placement!r} must be one of {PLACEMENTS}")
        unknown = [k for k in self.kinds if k not in TENANT_KINDS]
        if unknown:
            found.append(f"kinds {unknown} are not tenant kinds {TENANT_KINDS}")
        if self.url_prefix and (
            self.url_prefix.startswith("/") or not self.url_prefix.endswith("/")
        ):
            found.append(f"url_prefix {self.url_prefix!r} must look like 'slug/'")
        if bool(self.api_router) != bool(self.api_prefix):
            found.append("api_router and api_prefix go together (e.g. 'documents/')")
        if self.url_prefix and not self.urls:
            found.append("url_prefix is set but urls (a URLconf module) is not")
        return found
