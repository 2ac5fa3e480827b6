"""gunicorn for production: sync workers, one thread each (DESIGN §4)."""

import multiprocessing
import os

bind = os.environ.get("PORTAL_BIND", "127.0.0.1:8000")
worker_class = "sync"
threads = 1
workers = int(os.environ.get("PORTAL_WORKERS", multiprocessing.cpu_count() * 2 + 1))
timeout = 60
# Long search queries in the URL (the app caps q at 200 characters itself).
limit_request_line = 8190
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
forwarded_allow_ips = os.environ.get("PORTAL_FORWARDED_ALLOW_IPS", "127.0.0.1")
