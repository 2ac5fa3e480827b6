"""Base AppConfig of plugins and the system checks of the plugin registry."""

from __future__ import annotations

from django.apps import AppConfig, apps
from django.conf import settings
from django.core.checks import Error, register


class PluginConfig(AppConfig):
    """AppConfig every plugin app subclasses.

    ``ready()`` only cross-checks: the manifest was already read by the settings; any
    mismatch becomes a system check error rather than an exception at start-up.
    """

    default_auto_field = "django.db.models.BigAutoField"

    @property
    def manifest(self):
        """The manifest naming this app (the settings discovered it)."""
        return next(m for m in settings.PLUGINS if self.name in (m.app, m.shared_app))


def _manifest_apps():
    for manifest in settings.PLUGINS:
        yield manifest, manifest.app
        if manifest.shared_app:
            yield manifest, manifest.shared_app


@register()
def check_plugins(app_configs, **kwargs):
    errors = []
    for manifest in settings.PLUGINS:
        for problem in manifest.problems():
            errors.append(
                Error(
                    f"Plugin {manifest.key!r}: {problem}",
                    hint="Fix the plugin's manifest.py.",
                    id="core.E101",
                )
            )
    for manifest, app_name in _manifest_apps():
        config = next((c for c in apps.get_app_configs() if c.name == app_name), None)
        if config is None:
            errors.append(
                Error(
                    f"Plugin {manifest.key!r} names app {app_name!r}, "
                    "which is not installed",
                    hint="Settings compute INSTALLED_APPS from the manifests; "
                    "check the app path in manifest.py.",
                    id="core.E102",
                )
            )
            continue
        if not isinstance(config, PluginConfig):
            errors.append(
                Error(
                    f"App {app_name!r} of plugin {manifest.key!r} must use an "
                    "AppConfig subclassing core.plugins.config.PluginConfig",
                    hint="Define it in the app's apps.py.",
                    id="core.E103",
                )
            )
        in_shared = app_name in settings.SHARED_APPS
        in_tenant = app_name in settings.TENANT_APPS
        if in_shared and in_tenant:
            errors.append(
                Error(
                    f"App {app_name!r} is in both SHARED_APPS and TENANT_APPS",
                    hint="Shared and tenant data make two apps (DESIGN §3).",
                    id="core.E104",
                )
            )
    return errors
