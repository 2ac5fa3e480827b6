"""Local development (``make run``)."""

from core.settings.base import *  # noqa: F403

DEBUG = False  # the portal is looked at as citizens see it; errors go to the console
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-not-for-production"  # noqa: F405
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = None  # served from the apps by whitenoise finders; no collectstatic
