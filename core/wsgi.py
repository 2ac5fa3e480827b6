"""WSGI entry point for gunicorn (sync workers: one thread per process, DESIGN §4)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings.dev")
application = get_wsgi_application()
