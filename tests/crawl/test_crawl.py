"""The crawler against the local site: incremental walks, backfill, failures kept apart, replay == live."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from local_site import FAST

from scrapers.crawl.archive import Archive
from scrapers.crawl.crawler import crawl, known_urls_in
from scrapers.crawl.http import PoliteClient, response_text
from scrapers.crawl.transport import LiveTransport, ReplayTransport
from scrapers.parse.article import parse_page


def _client(transport, site, archive) -> PoliteClient:
    return PoliteClient(transport, allowed_hosts=[site.host], settings=FAST, archive=archive, sleep=lambda s: None)


def _article_hits(site) -> set[int]:
    return {int(path.rsplit("-a", 1)[1].split(".")[0]) - 1000 for _, path, _ in site.log if "-a1" in path}


def test_first_crawl_fetches_every_article_and_archives_every_exchange(site, archive):
    progress = []
    report = crawl([site.source()], _client(LiveTransport(), site, archive), archive,
                   known_urls=set(), progress=progress.append)
    local = report.sources["local"]
    assert local.new_urls == [site.url(a.path) for a in site.articles]        # tracking params dropped
    assert local.pages_fetched == 4 + 8 and not local.errors               # listing pages 1-3 + empty page 4
    archived = {r["url"] for r in Archive(archive.root).records()}
    assert {site.url("/robots.txt"), site.url("/tin-tuc"), site.url("/tin-tuc?page=4")} <= archived
    assert set(local.new_urls) <= archived
    assert progress[-1].event == "done" and "[local] article" in progress[1].line() + progress[2].line()


def test_second_crawl_fetches_only_new_articles(site, archive):
    crawl([site.source()], _client(LiveTransport(), site, archive), archive, known_urls=set())
    site.log.clear()
    new = site.add_articles(2)
    known = known_urls_in(Archive(archive.root))
    report = crawl([site.source()], _client(LiveTransport(), site, archive), archive, known_urls=known)
    assert report.new_urls == [site.url(a.path) for a in new]
    assert _article_hits(site) == {a.n for a in new}
    listing_pages = [path for _, path, _ in site.log if path.startswith("/tin-tuc?") or path == "/tin-tuc"]
    assert listing_pages == ["/tin-tuc", "/tin-tuc?page=2"]    # page 2 is all known: stop there
    assert known >= set(report.new_urls)


def test_unchanged_listing_is_answered_304_and_nothing_refetched(site, archive):
    crawl([site.source()], _client(LiveTransport(), site, archive), archive, known_urls=set())
    site.log.clear()
    report = crawl([site.source()], _client(LiveTransport(), site, archive), archive,
                   known_urls=known_urls_in(Archive(archive.root)))
    assert report.new_urls == [] and report.sources["local"].pages_fetched == 1
    assert [r["status"] for r in Archive(archive.root).records() if r["url"] == site.url("/tin-tuc")] == [200, 304]


def test_json_api_listing_is_posted_and_keyed_by_its_form(site, archive):
    report = crawl([site.source("json_api")], _client(LiveTransport(), site, archive), archive, known_urls=set())
    assert report.new_urls == [site.url(f"/View_Detail.aspx?ItemID={a.n}") for a in site.articles]
    keys = [r["key"] for r in Archive(archive.root).records() if r["method"] == "POST"]
    assert keys[0] == site.url("/api/list") + "#POST?do=QUERYDATA&length=3&start=0"
    assert [m for m, p, _ in site.log if p == "/api/list"] == ["POST"] * 4


def test_rss_feed_articles_are_fetched(site, archive):
    report = crawl([site.source("rss")], _client(LiveTransport(), site, archive), archive, known_urls=set())
    assert report.new_urls == [site.url(a.path) for a in site.articles[:6]]


def test_a_failing_source_does_not_stop_the_others(site, archive):
    broken = replace(site.source(source_id="broken"),
                     listing=replace(site.source().listing, urls=(site.url("/always-500"),), page_url=None))
    foreign = replace(site.source(source_id="foreign"),
                      listing=replace(site.source().listing, urls=("http://elsewhere.example/tin",)))
    report = crawl([broken, foreign, site.source()], _client(LiveTransport(), site, archive), archive,
                   known_urls=set())
    assert report.sources["broken"].failed and "HTTP 503" in report.sources["broken"].errors[0][1]
    assert report.sources["foreign"].failed and "allow-list" in report.sources["foreign"].errors[0][1]
    assert len(report.sources["local"].new_urls) == 8
    assert "broken: 0 pages fetched, 0 new articles, 1 errors" in report.summary_lines()


def test_an_article_that_fails_is_reported_and_retried_next_time(site, archive):
    gone = site.articles.pop(3)
    listing_with_gone = site.listing_page

    def listing_page(page):                      # the listing still names the removed article
        html = listing_with_gone(page)
        return html.replace("</ul>", f"<li><a href='{gone.path}'>x</a></li></ul>") if page == 1 else html

    site.listing_page = listing_page
    known: set[str] = set()
    report = crawl([site.source()], _client(LiveTransport(), site, archive), archive, known_urls=known)
    assert report.errors == [(site.url(gone.path), f"{site.url(gone.path)}: HTTP 404")]
    assert site.url(gone.path) not in known


def test_since_backfills_past_known_pages_and_stops_at_older_articles(site, archive):
    crawl([site.source(max_pages=1)], _client(LiveTransport(), site, archive), archive, known_urls=set())
    known = known_urls_in(Archive(archive.root))
    assert len(known & {site.url(a.path) for a in site.articles}) == 3          # page 1 only
    site.log.clear()
    # Articles are 10 days apart from 30/06/2025: page 2 holds 20/06 .. 31/05, page 3 21/05 .. 11/05.
    report = crawl([site.source()], _client(LiveTransport(), site, archive), archive,
                   known_urls=known, since=date(2025, 6, 1))
    assert report.new_urls == [site.url(a.path) for a in site.articles[3:6]]
    listing_pages = [p for _, p, _ in site.log if p.startswith("/tin-tuc?") or p == "/tin-tuc"]
    assert listing_pages == ["/tin-tuc", "/tin-tuc?page=2"]


def test_replay_of_the_archive_gives_the_same_articles_as_the_live_crawl(site, tmp_path, archive):
    live = crawl([site.source()], _client(LiveTransport(), site, archive), archive, known_urls=set())
    replayed_into = Archive(tmp_path / "replayed")
    replay = crawl([site.source()], _client(ReplayTransport(Archive(archive.root)), site, replayed_into),
                   replayed_into, known_urls=set())
    assert replay.new_urls == live.new_urls and not replay.errors

    def parsed(arch: Archive, url: str):
        response = arch.response(arch.latest_response(url))
        return parse_page(response_text(response), url, site.source())

    for url in live.new_urls:
        assert parsed(replayed_into, url) == parsed(Archive(archive.root), url)
    first = parsed(replayed_into, live.new_urls[0])
    assert first.kind == "article" and first.title == site.articles[0].title and first.published == "2025-06-30"


def test_crawl_refuses_a_client_that_archives_elsewhere(site, archive, tmp_path):
    with pytest.raises(ValueError, match="archive"):
        crawl([site.source()], _client(LiveTransport(), site, Archive(tmp_path / "other")), archive, known_urls=set())
