"""Discovery of plugin manifests. Django-free: settings call it before apps load."""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Iterable
from functools import lru_cache

from core.plugins.manifest import PluginManifest

PLUGIN_PACKAGE = "plugins"


def _manifest_from(module_path: str) -> PluginManifest:
    module = importlib.import_module(module_path)
    manifest = getattr(module, "MANIFEST", None)
    if not isinstance(manifest, PluginManifest):
        raise RuntimeError(
            f"{module_path} must define MANIFEST = PluginManifest(...); "
            "see core/plugins/manifest.py"
        )
    return manifest


def extra_plugin_packages() -> list[str]:
    """Packages named in PORTAL_EXTRA_PLUGINS (comma-separated), e.g. a test plugin."""
    raw = os.environ.get("PORTAL_EXTRA_PLUGINS", "")
    return [p.strip() for p in raw.split(",") if p.strip()]


@lru_cache(maxsize=8)
def discover(extra: tuple[str, ...] = ()) -> tuple[PluginManifest, ...]:
    """Every plugin under ``plugins/`` plus ``extra`` packages, sorted by key."""
    packages: list[str] = []
    base = importlib.import_module(PLUGIN_PACKAGE)
    for info in pkgutil.iter_modules(base.__path__):
        if info.ispkg:
            packages.append(f"{PLUGIN_PACKAGE}.{info.name}")
    packages.extend(extra)
    manifests = []
    for package in packages:
        try:
            manifests.append(_manifest_from(f"{package}.manifest"))
        except ModuleNotFoundError as exc:
            if exc.name != f"{package}.manifest":
                raise
    only = {
        k.strip() for k in os.environ.get("PORTAL_PLUGINS", "").split(",") if k.strip()
    }
    if only:  # development aid: load just these plugins (plus extra packages)
        manifests = [m for m in manifests if m.key in only or m.app in extra]
    keys = [m.key for m in manifests]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise RuntimeError(f"Two plugins declare the same key: {sorted(duplicates)}")
    return tuple(sorted(manifests, key=lambda m: m.key))


def app_lists(manifests: Iterable[PluginManifest]) -> tuple[list[str], list[str]]:
    """(shared apps, tenant apps) the plugins contribute."""
    shared: list[str] = []
    tenant: list[str] = []
    for manifest in manifests:
        if manifest.placement == "shared":
            shared.append(manifest.app)
        else:
            tenant.append(manifest.app)
        if manifest.shared_app:
            shared.append(manifest.shared_app)
    return shared, tenant
