from __future__ import annotations

import pytest

from local_site import LocalSite, SiteServer
from scrapers.archive import Archive
from scrapers.http import ClientSettings, PoliteClient
from scrapers.transport import Limits, LiveTransport

# Tiny waits so fault tests run in milliseconds; the policies are the same.
FAST = ClientSettings(
    limits=Limits(connect_timeout=1.0, read_timeout=0.3, deadline=0.6, max_bytes=1024 * 1024),
    max_attempts=3, backoff_base=0.001, backoff_cap=0.01, retry_after_cap=0.02, default_rate_limit=0.0,
)


@pytest.fixture
def site():
    with SiteServer(LocalSite.with_articles(8)) as served:
        yield served


@pytest.fixture
def archive(tmp_path) -> Archive:
    return Archive(tmp_path / "archive")


class SleepLog(list):
    """Records requested waits and waits only a token amount."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> SleepLog:
    return SleepLog()


@pytest.fixture
def client(site, archive, sleeps) -> PoliteClient:
    return PoliteClient(LiveTransport(), allowed_hosts=[site.host], settings=FAST, archive=archive, sleep=sleeps)
