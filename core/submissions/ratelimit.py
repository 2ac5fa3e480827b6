"""Flood control without third-party services: counters in Redis (DESIGN §4).

Counters use the cache, whose keys are tenant-aware (``django_tenants.cache``), so
one ward's counters never touch another's; never per-process memory, so every
worker process sees the same count. The cache fails open: when Redis is down the
form still accepts submissions (a lost question is worse than a flood).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

logger = logging.getLogger("portal.ratelimit")

# (scope, max hits, window in seconds). A board setting, not from the regulation.
DEFAULT_LIMITS: tuple[tuple[str, int, int], ...] = (
    ("ip", 5, 60),
    ("ip", 30, 24 * 3600),
    ("email", 5, 3600),
)


@dataclass(frozen=True)
class Limited:
    """A refusal: how long to wait (seconds) before trying again."""

    retry_after: int


def client_ip(request: HttpRequest) -> str:
    """The client address; behind a proxy, the header the proxy sets (setting)."""
    header = getattr(settings, "PORTAL_CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _key(action: str, scope: str, value: str, window: int) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:24]
    return f"rl:{action}:{scope}:{window}:{digest}"


def hit(
    action: str,
    identities: dict[str, str],
    limits: tuple[tuple[str, int, int], ...] | None = None,
) -> Limited | None:
    """Count one attempt of ``action`` by these identities (scope → value).

    Returns ``Limited`` when any limit is exceeded (the attempt is still counted,
    so hammering does not reset the window).
    """
    limits = limits or getattr(settings, "PORTAL_SUBMISSION_LIMITS", DEFAULT_LIMITS)
    refused: Limited | None = None
    for scope, maximum, window in limits:
        value = identities.get(scope)
        if not value:
            continue
        key = _key(action, scope, value, window)
        try:
            cache.add(key, 0, timeout=window)
            count = cache.incr(key)
        except Exception:  # Redis down or key evicted: fail open
            logger.warning("rate limit counter %s unavailable", key)
            continue
        if count is not None and count > maximum:
            wait = window
            try:
                ttl = cache.ttl(key)
                wait = int(ttl) if ttl and ttl > 0 else window
            except Exception:
                pass
            if refused is None or wait > refused.retry_after:
                refused = Limited(retry_after=wait)
    return refused


def describe_wait(seconds: int) -> str:
    """Vietnamese 'in N minutes/hours' for the refusal message."""
    if seconds < 60:
        return f"{seconds} giây"
    if seconds < 3600:
        return f"{(seconds + 59) // 60} phút"
    return f"{(seconds + 3599) // 3600} giờ"
