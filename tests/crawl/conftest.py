from __future__ import annotations

import pytest
from local_site import FAST, LocalSite, SiteServer

from scrapers.crawl.archive import Archive
from scrapers.crawl.http import PoliteClient
from scrapers.crawl.transport import LiveTransport


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
