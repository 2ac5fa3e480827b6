import pytest

from core.outbox.testing import SmtpSink


@pytest.fixture
def smtp(settings):
    """A running SMTP server on localhost that Django's backend sends to."""
    sink = SmtpSink()
    sink.start()
    for key, value in sink.settings().items():
        setattr(settings, key, value)
    yield sink
    sink.stop()
