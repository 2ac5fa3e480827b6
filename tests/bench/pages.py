"""Benchmark of the public pages: median/p90 server time and query count per page.

Run: ``.venv/bin/python tests/bench/pages.py`` (``make bench``). Uses the development
database (``DATABASE_URL`` or the embedded server), bootstrapping Duyên Hải first if
needed (idempotent). Requests go through Django's full stack in-process (middleware,
tenant routing, templates) with a Host header, like the test client.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings.dev")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")

RUNS = 30
PAGES = [
    ("localhost", "/"),
    ("txdh.localhost", "/"),
    ("txdh.localhost", "/tin-tuc/"),
    ("txdh.localhost", "/van-ban/quy-che-hoat-dong/"),
    ("txdh.localhost", "/van-ban/"),
    ("txdh.localhost", "/van-ban/?q=quyet+dinh"),
    ("phuong-2.localhost", "/"),
    ("phuong-2.localhost", "/dich-vu-cong/?q=ho+tich"),
]


def main() -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate_schemas", interactive=False, verbosity=0)
    call_command("portal", "bootstrap", str(ROOT / "sites" / "duyenhai"))
    print(
        f"\n{'host':20} {'path':32} {'status':>6} {'queries':>7} "
        f"{'median ms':>9} {'p90 ms':>7}"
    )
    for host, path in PAGES:
        client = Client(HTTP_HOST=host)
        client.get(path)  # warm caches
        count = []

        def counter(execute, sql, params, many, context, count=count):
            count.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = client.get(path)
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p90 = times[int(len(times) * 0.9) - 1]
        print(
            f"{host:20} {path:32} {response.status_code:>6} {len(count):>7} "
            f"{statistics.median(times):>9.1f} {p90:>7.1f}"
        )


if __name__ == "__main__":
    main()
