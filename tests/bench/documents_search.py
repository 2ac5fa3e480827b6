"""Benchmark of the document registry search at 100,000 documents in one tenant.

Run: ``.venv/bin/python tests/bench/documents_search.py`` (``make bench``).
Not a timed test: it prints the median and p90 of a fixed query list. The database
(``<DATABASE_URL name>_bench``, or ``BENCH_DATABASE_URL``) is created, bootstrapped
and filled on the first run and reused afterwards.

Synthetic rows are built from the words of the real corpus' summaries (so token
frequencies look like real Vietnamese titles); a few rare phrases are planted at
known rates so that selective queries have a known number of matches.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

N_DOCS = int(os.environ.get("BENCH_DOCS", "100000"))
TENANT = "phuong-1"
RUNS = 15
# (query, kind): kind is what the query is meant to be; the printout shows counts.
QUERIES = [
    ("3249/QĐ-UBND", "selective"),
    ("3249 qd ubnd", "selective"),
    ("quyet dinh 3249", "selective"),
    ("duyen hai", "selective"),
    ("Duyên Hải", "selective"),
    ("phong chay chua chay", "mid"),
    ("đê biển", "mid"),
    ("quyet dinh", "broad"),
    ("quyết định ban hành", "broad"),
    ("ke hoach", "broad"),
    ("nguoi co cong", "broad"),
]
PLANTED = [  # phrase, share of rows
    ("thị xã Duyên Hải", 0.004),
    ("phòng cháy và chữa cháy", 0.006),
    ("đê biển", 0.003),
]


def _bench_url() -> str:
    if os.environ.get("BENCH_DATABASE_URL"):
        return os.environ["BENCH_DATABASE_URL"]
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal")
    parts = urlparse(base)
    name = (parts.path.lstrip("/") or "portal") + "_bench"
    return urlunparse(parts._replace(path="/" + name))


def _ensure_database(url: str) -> None:
    import psycopg2

    parts = urlparse(url)
    admin = urlunparse(parts._replace(path="/postgres"))
    conn = psycopg2.connect(admin)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [parts.path[1:]])
        if cur.fetchone() is None:
            cur.execute(f'CREATE DATABASE "{parts.path[1:]}"')
    conn.close()


def setup() -> None:
    url = _bench_url()
    _ensure_database(url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("PORTAL_PLUGINS", "documents")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute("SELECT to_regclass('public.tenants_tenant')")
        fresh = cur.fetchone()[0] is None
    if fresh:
        print("first run: migrating and bootstrapping the bench database …", flush=True)
        call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    from tenants.models import Tenant

    if not Tenant.objects.filter(slug=TENANT).exists():
        from tenants.provisioning.bootstrap import bootstrap

        bootstrap(ROOT / "sites" / "duyenhai", environment="local")
        connection.set_schema_to_public()


def _vocabulary() -> tuple[list[list[str]], list[str]]:
    import json

    from core.text.vietnamese import nfc

    summaries, words = [], []
    path = ROOT / "sites" / "duyenhai" / "data" / "documents" / "documents.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        summary = nfc(row.get("summary") or "").lower().split()
        if summary:
            summaries.append(summary)
        words += nfc(row.get("text") or "")[:3000].split()
    return summaries, words


def fill() -> None:
    from django.db import connection
    from django_tenants.utils import tenant_context

    from plugins.documents.models import Document
    from plugins.documents_shared.common import DocumentType
    from tenants.models import Tenant

    tenant = Tenant.objects.get(slug=TENANT)
    with tenant_context(tenant):
        have = Document.objects.count()
        if have >= N_DOCS:
            return
        rng = random.Random(20261203 + have)
        summaries, words = _vocabulary()
        types = [
            ("quyet-dinh", "QĐ-UBND", 0.35),
            ("cong-van", "UBND-VP", 0.25),
            ("ke-hoach", "KH-UBND", 0.15),
            ("thong-bao", "TB-UBND", 0.1),
            ("bao-cao", "BC-UBND", 0.1),
            ("chi-thi", "CT-UBND", 0.05),
        ]
        weights = [t[2] for t in types]
        print(f"filling {N_DOCS - have} documents into {TENANT} …", flush=True)
        started = time.monotonic()
        batch: list = []
        for i in range(have, N_DOCS):
            key, suffix, _w = rng.choices(types, weights)[0]
            a, b = rng.sample(summaries, 2)
            summary = " ".join(a[: rng.randint(4, 12)] + b[: rng.randint(2, 8)])
            for phrase, share in PLANTED:
                if rng.random() < share:
                    summary += " " + phrase
            start = rng.randrange(0, max(1, len(words) - 200))
            body = " ".join(words[start : start + rng.randint(80, 200)])
            issued = date(2010, 1, 1) + timedelta(days=rng.randrange(0, 365 * 16))
            doc = Document(
                doc_type=key,
                number=f"{10000 + i}/{suffix}",
                number_acknowledged=True,
                authority="Ủy ban nhân dân Phường 1",
                summary=summary.capitalize(),
                full_text=body,
                issued_on=issued,
                sector=rng.choice(["Đất đai", "Xây dựng", "Y tế", "Giáo dục", ""]),
            )
            doc.fill_search_fields()
            batch.append(doc)
            if len(batch) == 2000:
                Document.objects.bulk_create(batch)
                batch = []
                done = i + 1 - have
                rate = done / (time.monotonic() - started)
                print(f"\r  {i + 1}/{N_DOCS} ({rate:.0f}/s)", end="", flush=True)
        if batch:
            Document.objects.bulk_create(batch)
        print()
        with connection.cursor() as cur:
            # flushes the GIN pending lists, as autovacuum does in production
            cur.execute(f'VACUUM ANALYZE "{Document._meta.db_table}"')
        assert DocumentType  # keep the import: the types above are its values


def measure() -> None:
    from django_tenants.utils import tenant_context

    from plugins.documents.models import Document
    from plugins.documents.search import search
    from tenants.models import Tenant

    tenant = Tenant.objects.get(slug=TENANT)
    rows = []
    with tenant_context(tenant):
        if not Document.objects.filter(number="3249/QĐ-UBND").exists():
            Document(  # one known target for the number queries (bench data only)
                doc_type="quyet-dinh",
                number="3249/QĐ-UBND",
                authority="Ủy ban nhân dân Phường 1",
                summary="Dữ liệu đo hiệu năng: quyết định có số 3249",
                issued_on=date(2021, 10, 4),
            ).save()
        total = Document.objects.count()
        for q, kind in QUERIES:
            search(q)  # warm the cache
            times = []
            for _ in range(RUNS):
                t0 = time.perf_counter()
                result = search(q)
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            rows.append(
                (
                    q,
                    kind,
                    result.total,
                    result.capped,
                    statistics.median(times),
                    times[int(len(times) * 0.9) - 1],
                )
            )
    print(
        f"\nDocument search, tenant {TENANT}: {total} own documents + shared ones;"
        f" first page (20) + capped count; {RUNS} runs each"
    )
    print(
        f"{'query':28} {'kind':9} {'matches':>9} {'median ms':>10} "
        f"{'p90 ms':>8}  target"
    )
    for q, kind, n, capped, med, p90 in rows:
        target = 200 if capped or n > 1000 else 50
        ok = "ok" if med <= target else "SLOW"
        shown = f"{n}{'+' if capped else ''}"
        print(f"{q:28} {kind:9} {shown:>9} {med:10.1f} {p90:8.1f}  ≤{target} {ok}")


if __name__ == "__main__":
    setup()
    fill()
    measure()
