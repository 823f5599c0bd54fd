"""The polite client against the faults of the real web (served on 127.0.0.1)."""
from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from local_site import FAST

from scrapers.crawl.archive import Archive
from scrapers.crawl.http import (
    USER_AGENT,
    FetchFailed,
    FetchRefused,
    PoliteClient,
    response_text,
)
from scrapers.crawl.transport import LiveTransport, ReplayTransport
from scrapers.models import FetchedResponse


def test_user_agent_and_robots_fetched_once_per_host(client, site):
    client.fetch(site.url(site.articles[0].path))
    client.fetch(site.url(site.articles[1].path))
    assert site.hits["/robots.txt"] == 1
    assert all(headers["User-Agent"] == USER_AGENT for _, _, headers in site.log)


def test_robots_disallowed_section_is_refused_without_a_request(client, site):
    with pytest.raises(FetchRefused, match=r"/private/admin: disallowed by .*robots.txt"):
        client.fetch(site.url("/private/admin"))
    assert site.hits["/private/admin"] == 0


def test_crawl_delay_raises_the_registry_rate_limit(client, site):
    client.fetch(site.url(site.articles[0].path))
    assert client.crawl_delay(site.url("/")) == pytest.approx(0.01)   # registry says 0, robots 0.01


class FakeTime:
    """A clock that moves only when the client sleeps."""

    def __init__(self):
        self.now = 0.0
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def test_rate_limit_spaces_requests_to_one_host(site, archive):
    time = FakeTime()
    client = PoliteClient(LiveTransport(), allowed_hosts=[site.host], rate_limits={site.host: 5.0},
                          settings=FAST, archive=archive, sleep=time.sleep, clock=lambda: time.now)
    client.fetch(site.url(site.articles[0].path))      # robots.txt, then the article
    client.fetch(site.url(site.articles[1].path))
    assert time.waits == [5.0, 5.0]


def test_500_then_success_is_retried_and_both_exchanges_kept(client, site, archive):
    response = client.fetch(site.url("/flaky"))
    assert response.status == 200 and "cải cách hành chính" in response_text(response)
    statuses = [r["status"] for r in Archive(archive.root).records() if r["url"].endswith("/flaky")]
    assert statuses == [500, 200]


def test_429_waits_what_retry_after_asks_capped(client, site, sleeps):
    assert client.fetch(site.url("/busy")).status == 200
    assert max(sleeps) == FAST.retry_after_cap       # asked 7 s, capped at 0.02 in tests


def test_retry_after_as_http_date(site, archive, sleeps):
    client = PoliteClient(LiveTransport(), allowed_hosts=[site.host], settings=FAST, archive=archive, sleep=sleeps)
    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 0 < client._retry_wait(1, soon) <= FAST.retry_after_cap
    assert client._retry_wait(2, None) == pytest.approx(FAST.backoff_base * 2)


def test_persistent_5xx_fails_after_capped_attempts(client, site, archive):
    with pytest.raises(FetchFailed, match=r"/always-500: HTTP 503"):
        client.fetch(site.url("/always-500"))
    assert site.hits["/always-500"] == FAST.max_attempts
    assert [r["status"] for r in Archive(archive.root).records() if "always" in r["url"]] == [503] * 3


def test_read_that_hangs_times_out_and_is_recorded(client, site, archive):
    with pytest.raises(FetchFailed, match=r"/hang: .*after 3 attempts"):
        client.fetch(site.url("/hang"))
    errors = [r for r in Archive(archive.root).records() if r["url"].endswith("/hang")]
    assert len(errors) == 3 and all(r["status"] == 0 and r["error"] for r in errors)


def test_trickling_body_hits_the_total_deadline(client, site):
    with pytest.raises(FetchFailed, match=r"/trickle: response not complete after 0.6 s deadline"):
        client.fetch(site.url("/trickle"))


def test_truncated_body_is_not_taken_for_a_page(client, site, archive):
    with pytest.raises(FetchFailed, match=r"/truncated: body broken off"):
        client.fetch(site.url("/truncated"))
    assert Archive(archive.root).latest_response(site.url("/truncated")) is None


@pytest.mark.parametrize("path", ["/huge", "/huge-declared"])
def test_50mb_body_is_abandoned_at_the_size_cap_and_recorded(client, site, archive, path):
    with pytest.raises(FetchRefused, match=rf"{path}: body larger than 1048576 bytes"):
        client.fetch(site.url(path))
    record = Archive(archive.root).latest(site.url(path))
    assert record["error"].startswith(site.url(path)) and record["size"] == 0


def test_mislabelled_windows_1258_page_decodes_to_vietnamese(client, site):
    text = response_text(client.fetch(site.url("/mislabelled-1258")))
    assert site.articles[0].title in text


def test_mislabelled_cp1252_page_decodes(client, site):
    assert "Café crème brûlée – “déjà vu”" in response_text(client.fetch(site.url("/mislabelled-1252")))


def test_nfd_text_comes_out_nfc(client, site):
    text = response_text(client.fetch(site.url("/nfd")))
    assert unicodedata.is_normalized("NFC", text) and site.articles[0].title in text


@pytest.mark.parametrize("path, reason", [
    ("/to-foreign", r"redirect refused: .*'evil.example' is not on the allow-list"),
    ("/to-file", r"redirect to file:///etc/passwd \(scheme 'file'\) refused"),
    ("/to-ftp", r"scheme 'ftp'\) refused"),
    ("/to-localhost", r"'localhost' is not on the allow-list"),
])
def test_hostile_redirects_are_refused(client, site, path, reason):
    with pytest.raises(FetchRefused, match=reason):
        client.fetch(site.url(path))
    assert site.hits["/private/admin"] == 0


def test_same_host_redirect_is_followed_and_archived_under_the_asked_url(client, site, archive):
    response = client.fetch(site.url("/moved"))
    assert response.url == site.url("/moved") and response.final_url == site.url(site.articles[0].path)
    assert Archive(archive.root).latest_response(site.url("/moved"))["final_url"] == response.final_url


def test_https_downgrade_and_scheme_change_are_refused(tmp_path):
    seeded = Archive(tmp_path / "seed")
    seeded.append(FetchedResponse(url="https://a.gov.vn/x", final_url="https://a.gov.vn/x", status=301,
                                  headers={"Location": "http://a.gov.vn/x"}, body=b"",
                                  fetched_at="2025-01-01T00:00:00Z"))
    client = PoliteClient(ReplayTransport(seeded), allowed_hosts=["a.gov.vn"], settings=FAST)
    with pytest.raises(FetchRefused, match=r"changes scheme https->http"):
        client.fetch("https://a.gov.vn/x")


def test_allowed_name_resolving_inside_the_network_is_refused(site):
    client = PoliteClient(LiveTransport(), allowed_hosts=["portal.gov.vn"], settings=FAST,
                          resolve=lambda host: ["10.0.0.7"])
    with pytest.raises(FetchRefused, match=r"resolves to internal address 10.0.0.7"):
        client.fetch("http://portal.gov.vn/tin-tuc")


def test_host_not_on_allow_list_is_refused(client):
    with pytest.raises(FetchRefused, match=r"http://example.org/: host 'example.org' is not on the allow-list"):
        client.fetch("http://example.org/")


def test_conditional_listing_request_reuses_archived_page_on_304(client, site, archive):
    first = client.fetch(site.url("/tin-tuc"), conditional=True)
    second = client.fetch(site.url("/tin-tuc"), conditional=True)
    assert second.body == first.body
    sent = [headers for method, path, headers in site.log if path == "/tin-tuc"]
    assert "If-None-Match" not in sent[0] and sent[1]["If-None-Match"] == first.headers["etag"]
    assert [r["status"] for r in Archive(archive.root).records() if r["url"] == site.url("/tin-tuc")] == [200, 304]


def test_robots_5xx_means_disallow_and_is_recorded(tmp_path):
    seeded = Archive(tmp_path / "seed")
    seeded.append(FetchedResponse(url="https://b.gov.vn/robots.txt", final_url="https://b.gov.vn/robots.txt",
                                  status=503, headers={}, body=b"", fetched_at="2025-01-01T00:00:00Z"))
    client = PoliteClient(ReplayTransport(seeded), allowed_hosts=["b.gov.vn"], settings=FAST, sleep=lambda s: None)
    with pytest.raises(FetchRefused, match=r"robots.txt of https://b.gov.vn unavailable"):
        client.fetch("https://b.gov.vn/tin-tuc/1")
    assert "HTTP 503" in client.robots_failures["https://b.gov.vn"]


def test_replay_of_unknown_url_fails_as_not_archived(tmp_path):
    client = PoliteClient(ReplayTransport(Archive(tmp_path)), allowed_hosts=["c.gov.vn"], settings=FAST)
    with pytest.raises(FetchFailed, match=r"https://c.gov.vn/a: not in the archive"):
        client.fetch("https://c.gov.vn/a")
