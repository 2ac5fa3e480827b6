"""Test settings: the same stack, a separate cache prefix, fast password hashing."""

import os

# The plugin that proves the contract lives in the test suite (DESIGN §3).
os.environ.setdefault("PORTAL_EXTRA_PLUGINS", "tests.plugin_sample")

from core.settings.base import *  # noqa: E402, F403

SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
for _alias in CACHES.values():  # noqa: F405
    _alias["KEY_PREFIX"] = f"test{os.getpid()}"
    _alias["LOCATION"] = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/1")
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
WHITENOISE_USE_FINDERS = True
# Tests do not need each commit flushed to disk; this connection option changes
# nothing outside the test run's own sessions.
DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
STATIC_ROOT = None  # served from the apps by whitenoise finders; no collectstatic
