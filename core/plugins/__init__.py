"""The plugin contract (DESIGN §3).

``manifest`` is Django-free (settings import it to compute the app lists);
``registry`` discovers manifests; ``config`` holds the AppConfig base class and the
system checks; ``state`` answers "is this plugin enabled for the current tenant".
"""

from core.plugins.manifest import PluginManifest  # noqa: F401
