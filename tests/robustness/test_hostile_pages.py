"""Hostile and broken pages through the real path: the polite client over the
local fault site, the archive, then raw pages → articles → facts in DuckDB.
Each page ends as a clean article or a recorded, explained rejection; nothing
raises and nothing outside the allow-list is fetched."""
from __future__ import annotations

import math
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from fault_site import FAST, HostileServer, LocalSite

from scrapers.crawl.archive import Archive
from scrapers.crawl.crawler import crawl
from scrapers.crawl.http import FetchError, PoliteClient
from scrapers.crawl.transport import LiveTransport
from scrapers.raw.articles import parse_pages
from scrapers.raw.facts import extract_new_facts
from scrapers.raw.pages import load_pages
from scrapers.raw.schema import connect
from scrapers.sources.registry import ListingConfig, SourceConfig

SITE = LocalSite.with_articles(3, newest=date(2025, 6, 30))
ARTICLE = SITE.articles[0]
CLEAN = ARTICLE.html()


def with_body(inner: str) -> str:
    """The site's article page with `inner` at the start of its body."""
    start = CLEAN.index("<div class='detail-content'>") + len("<div class='detail-content'>")
    return CLEAN[:start] + inner + CLEAN[start:]


FIGURES = "<p>Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 98,5%; toàn tỉnh tiếp nhận 12.345 hồ sơ.</p>"
# name -> (body bytes, Content-Type, expected outcome in raw.page_parses, words its reason or body must hold)
PAGES: dict[str, tuple[bytes, str, str, str]] = {
    "nested": (with_body("<div>" * 100_000 + FIGURES + "</div>" * 100_000).encode(), "text/html; charset=utf-8",
               "error", "nested"),
    "huge": (with_body(FIGURES + "".join(f"<p>Đoạn {i}: cải cách hành chính tiếp tục.</p>" for i in range(20_000)))
             .encode(), "text/html; charset=utf-8", "article", "Đoạn 19999"),
    "invalid-bytes": (with_body(FIGURES).encode().replace(b"<p>", b"<p>\xff\xfe\xc3", 1), "text/html; charset=utf-8",
                      "article", "98,5%"),
    "nfd-zero-width": (unicodedata.normalize("NFD", with_body(FIGURES.replace("98,5", "98\u200b,5")
                                                              .replace("hồ sơ", "hồ\u200c sơ\u2060"))).encode(),
                       "text/html; charset=utf-8", "article", "đạt 98,5%"),
    "absurd-numbers": (with_body("<p>Tỷ lệ hồ sơ đúng hạn đạt 999.999.999.999% năm 2024, tiếp nhận "
                                 "1" + "0" * 400 + " hồ sơ, xếp thứ 99999999/63 về chỉ số PAR INDEX.</p>" * 3)
                       .encode(), "text/html; charset=utf-8", "article", "999.999.999.999%"),
    "scripts-only": (b"<html><head><script>location='file:///etc/passwd'</script></head><body>"
                     + b"<script>document.write('x')</script>" * 500 + b"</body></html>",
                     "text/html", "error", "no article body"),
    "utf7": ((b"<html><head><meta charset='utf-7'></head><body>+ADw-script+AD4-alert(1)+ADw-/script+AD4-"
              b"</body></html>"), "text/html", "error", "no article body"),
    "binary": (bytes(range(256)) * 400, "text/html", "error", "no article body"),
}
REDIRECTS = ("to-file", "to-foreign", "to-localhost", "to-ftp")
# The crawl tests' fast settings, with room for the 1 MB hostile pages (the 50 MB flood is still cut off).
SETTINGS = replace(FAST, limits=replace(FAST.limits, deadline=10.0, read_timeout=5.0, max_bytes=4 * 1024 * 1024))


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    """Every hostile page fetched, archived, loaded, parsed and read for facts."""
    home = tmp_path_factory.mktemp("hostile")
    archive = Archive(home / "archive")
    pages = {name: spec[:2] for name, spec in PAGES.items()}
    refusals = {}
    with HostileServer(LocalSite.with_articles(3), pages) as site:
        client = PoliteClient(LiveTransport(), allowed_hosts=[site.host], settings=SETTINGS, archive=archive,
                              sleep=lambda s: None)
        for name in PAGES:
            client.fetch(site.url(f"/hostile/{name}"), source_id="local")
        for name in REDIRECTS + ("huge",):
            with pytest.raises(FetchError) as refused:
                client.fetch(site.url(f"/{name}"), source_id="local")
            refusals[name] = refused.value.reason
        requested = [path for _, path, _ in site.log]
        base = site.base
    with connect(home / "work.duckdb") as con:
        load_pages(con, archive)
        parse = parse_pages(con, archive, {})
        extract = extract_new_facts(con)
        parses = {url.removeprefix(base): (outcome, reason, article_id) for url, outcome, reason, article_id in
                  con.execute("select url, outcome, reason, article_id from raw.page_parses").fetchall()}
        articles = dict(con.execute("select article_id, text from raw.articles").fetchall())
        facts = con.execute(
            "select article_id, value, evidence, evidence_start, evidence_end from raw.facts").fetchall()
        errors = con.execute("select subject, reason from raw.load_errors").fetchall()
    return {"parses": parses, "articles": articles, "facts": facts, "errors": errors, "refusals": refusals,
            "requested": requested, "parse": parse, "extract": extract, "archive": archive}


@pytest.mark.parametrize("name", PAGES)
def test_each_hostile_page_is_an_article_or_an_explained_rejection(outcome, name):
    _, _, expected, words = PAGES[name]
    kind, reason, article_id = outcome["parses"][f"/hostile/{name}"]
    assert kind == expected, reason
    if kind == "article":
        text = outcome["articles"][article_id]
        assert words in text
        assert text == unicodedata.normalize("NFC", text)
        assert not any(ch in text for ch in "\u200b\u200c\u2060\ufeff")
    else:
        assert words in reason and "/hostile/" in reason
        assert any(subject.endswith(f"/hostile/{name}") for subject, _ in outcome["errors"])


def test_facts_from_hostile_pages_are_finite_and_their_evidence_exact(outcome):
    assert outcome["facts"], "the clean figures of the hostile pages were read"
    for article_id, value, evidence, start, end in outcome["facts"]:
        assert math.isfinite(value)
        assert outcome["articles"][article_id][start:end] == evidence


def test_figures_hidden_by_zero_width_characters_are_read(outcome):
    article_id = outcome["parses"]["/hostile/nfd-zero-width"][2]
    assert 98.5 in [value for aid, value, *_ in outcome["facts"] if aid == article_id]


@pytest.mark.parametrize("name, words", [("to-file", "scheme 'file'"), ("to-foreign", "evil.example"),
                                         ("to-localhost", "localhost"), ("to-ftp", "scheme 'ftp'"),
                                         ("huge", "larger than")])
def test_redirects_out_of_the_allow_list_and_floods_are_refused_with_a_reason(outcome, name, words):
    assert words in outcome["refusals"][name] and name in outcome["refusals"][name]
    assert not any(path.startswith("/private") for path in outcome["requested"])
    kind, reason, _ = outcome["parses"][f"/{name}"]
    assert kind == "skipped" and reason


def test_every_archived_body_reads_back(outcome):
    archive = outcome["archive"]
    records = list(archive.records())
    assert records and not archive.torn_lines
    for record in records:
        assert len(archive.read_body(record["sha256"])) == record["size"]


def listing_source(site) -> SourceConfig:
    return SourceConfig(id="local", name="Cổng thử nghiệm", family="test", province="26", hosts=(site.host,),
                        listing=ListingConfig(kind="html", urls=(site.url("/hostile/links"),), max_pages=1,
                                              link_pattern=r"tin-tuc|passwd|admin|phish"),
                        rate_limit_seconds=0.0)


def test_links_to_files_loopback_names_and_other_hosts_are_never_fetched(tmp_path):
    pages: dict[str, tuple[bytes, str]] = {}      # filled once the port is known; the handler reads it live
    with HostileServer(LocalSite.with_articles(3), pages) as site:
        links = ["file:///etc/passwd", f"http://localhost:{site.port}/private/admin", "http://evil.example/phish",
                 "javascript:fetch('/private/admin')", f"ftp://{site.host}:{site.port}/tin-tuc/x",
                 "data:text/html,<b>tin-tuc</b>", site.url(ARTICLE.path)]
        listing = "<html><body>" + "".join(f"<a href=\"{href}\">tin</a>" for href in links) + "</body></html>"
        pages["links"] = (listing.encode(), "text/html; charset=utf-8")
        archive = Archive(tmp_path / "archive")
        client = PoliteClient(LiveTransport(), allowed_hosts=[site.host], settings=SETTINGS, archive=archive,
                              sleep=lambda s: None)
        report = crawl([listing_source(site)], client, archive, known_urls=set())
        requested = {path.split("?")[0] for _, path, _ in site.log}
    assert report.new_urls == [site.url(ARTICLE.path)]
    assert requested == {"/robots.txt", "/hostile/links", ARTICLE.path}
