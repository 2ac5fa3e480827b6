"""Where the database is: ``DATABASE_URL`` when set, else the embedded PostgreSQL.

The embedded server (the ``pgserver`` package, PostgreSQL 16, Unix socket only) keeps
its data under ``var/pgdata`` and is started on first use by whichever command needs
it; it keeps running after that command exits so that ``make run`` and repeated
commands do not pay the start-up again (``make db-stop`` stops it).
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

# pgserver's platformdirs warns about XDG_RUNTIME_DIR on every call; nothing to act on.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")

BASE_DIR = Path(__file__).resolve().parent.parent
EMBEDDED_DATA_DIR = BASE_DIR / "var" / "pgdata"
DEFAULT_DB_NAME = "portal"


def parse_url(url: str) -> dict:
    """Turn a postgres:// URL (host may be a socket directory) into Django settings."""
    parts = urlparse(url)
    if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
        raise ValueError(
            f"DATABASE_URL must be a postgres:// URL, got scheme {parts.scheme!r}"
        )
    query = parse_qs(parts.query)
    host = unquote(parts.hostname or "") or query.get("host", [""])[0]
    return {
        "NAME": unquote(parts.path.lstrip("/")) or DEFAULT_DB_NAME,
        "USER": unquote(parts.username or "postgres"),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": host,
        "PORT": str(parts.port or ""),
    }


def embedded_url(dbname: str = DEFAULT_DB_NAME) -> str:
    """Start (or reuse) the embedded server and return a URL for ``dbname``."""
    import pgserver  # imported lazily: production never needs it

    EMBEDDED_DATA_DIR.parent.mkdir(parents=True, exist_ok=True)
    fresh = not (EMBEDDED_DATA_DIR / "PG_VERSION").exists()
    server = pgserver.get_server(EMBEDDED_DATA_DIR, cleanup_mode=None)
    if fresh:
        # A development/test cluster: trade crash durability for speed (production
        # always uses DATABASE_URL). A crash may lose the last commits, never corrupt.
        server.psql("ALTER SYSTEM SET synchronous_commit = off;")
        server.psql("ALTER SYSTEM SET fsync = off;")
        server.psql("ALTER SYSTEM SET full_page_writes = off;")
        server.psql("SELECT pg_reload_conf();")
    exists = server.psql(
        f"SELECT 1 FROM pg_database WHERE datname = '{dbname}';"
    ).strip()
    if "1 row" not in exists:
        server.psql(f'CREATE DATABASE "{dbname}";')
    return server.get_uri(dbname)


def stop_embedded() -> bool:
    """Stop the embedded server if it runs; return whether it did."""
    if not (EMBEDDED_DATA_DIR / "postmaster.pid").exists():
        return False
    import pgserver

    server = pgserver.get_server(EMBEDDED_DATA_DIR, cleanup_mode="stop")
    server.cleanup()
    return True


def database_url() -> str:
    """The URL in use: ``DATABASE_URL``, else the embedded server (started lazily)."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return url
    url = embedded_url()
    # Child processes (django-tenants' subprocess executor, workers) reuse it.
    os.environ["DATABASE_URL"] = url
    os.environ["PORTAL_EMBEDDED_DB"] = "1"
    return url


def database_config(conn_max_age: int = 0) -> dict:
    """The ``DATABASES['default']`` entry for django-tenants' backend."""
    config = parse_url(database_url())
    config.update(
        {
            "ENGINE": "django_tenants.postgresql_backend",
            "CONN_MAX_AGE": conn_max_age,
            "ATOMIC_REQUESTS": False,
            "TEST": {"NAME": f"test_{config['NAME']}"},
        }
    )
    return config
