from __future__ import annotations

import random

import pytest
from django.test import Client

from core.outbox.testing import SmtpSink


@pytest.fixture
def smtp(settings):
    sink = SmtpSink()
    sink.start()
    for key, value in sink.settings().items():
        setattr(settings, key, value)
    yield sink
    sink.stop()


@pytest.fixture
def citizen(db):
    """``citizen("phuong-2")``: a client of that host from its own random IP, so
    rate-limit counters of one test never affect another."""

    def make(slug: str, ip: str | None = None) -> Client:
        octets = [
            random.randint(0, 255),
            random.randint(0, 255),
            random.randint(1, 254),
        ]
        ip = ip or "10." + ".".join(map(str, octets))
        return Client(HTTP_HOST=f"{slug}.localhost", REMOTE_ADDR=ip)

    return make


def form_data(**overrides) -> dict:
    data = {
        "kind": "question",
        "topic": "procedure",
        "asker_type": "person",
        "full_name": "Nguyễn Văn An",
        "address": "Số 12 đường Trần Phú, khóm 3, Phường 2",
        "email": "an@example.org",
        "phone": "0294 3 123 456",
        "public_name": "initials",
        "public_locality": "Phường 2",
        "title": "Thủ tục đăng ký hộ kinh doanh",
        "content": "Xin hỏi hồ sơ đăng ký hộ kinh doanh gồm những giấy tờ gì?",
        "consent": "on",
        "trang_web": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture(autouse=True)
def _private_files(settings, tmp_path):
    """Attachments written by tests go to a temporary directory."""
    settings.PORTAL_PRIVATE_ROOT = tmp_path / "private"
