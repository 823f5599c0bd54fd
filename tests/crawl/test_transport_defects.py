"""The transport defects of the sources audit, each against the local fault site:
form Content-Type, per-URL deadline, per-host breaker, www. and bare hosts,
selector and pattern together, repeated pagination, sitemaps first, TLS options."""
from __future__ import annotations

import ssl
import subprocess
import threading
import time
from dataclasses import replace
from http.server import ThreadingHTTPServer

import pytest
from local_site import FAST, PAGE_SIZE, LocalSite, SiteServer, _Handler

from scrapers.crawl.crawler import crawl
from scrapers.crawl.http import FORM_CONTENT_TYPE, FetchFailed, FetchRefused, PoliteClient
from scrapers.crawl.transport import LiveTransport
from scrapers.parse.links import extract_links
from scrapers.sources.registry import ListingConfig, SourceConfig, TlsOptions


class DefectHandler(_Handler):
    """The fault site plus a sitemap in robots.txt (when asked), a listing that ignores ?page=,
    and a body that trickles a byte a second, for ever."""

    def _dispatch(self) -> None:
        path = self.path.split("?")[0]
        if path == "/slow-drip":
            self.site.log.append((self.command, self.path, dict(self.headers)))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(3):
                    self.wfile.write(b".")
                    self.wfile.flush()
                    time.sleep(1.0)
            except OSError:
                pass
            return
        if path == "/robots.txt" and self.site.sitemap:
            self.site.log.append((self.command, self.path, dict(self.headers)))
            return self._send(200, f"User-agent: *\nSitemap: {self.site.url('/sitemap-index.xml')}\n".encode(),
                              "text/plain")
        if path == "/sitemap-index.xml":
            self.site.log.append((self.command, self.path, dict(self.headers)))
            children = "".join(f"<sitemap><loc>{self.site.url(p)}</loc><lastmod>{d}</lastmod></sitemap>"
                               for p, d in (("/sitemap-2019.xml", "2019-12-31"), ("/sitemap-news.xml", "2026-11-30")))
            body = f"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{children}"
            return self._send(200, (body + "</sitemapindex>").encode(), "application/xml")
        if path == "/sitemap-news.xml":
            self.site.log.append((self.command, self.path, dict(self.headers)))
            urls = "".join(f"<url><loc>{self.site.url(a.path)}</loc><news:news><news:publication_date>"
                           f"{a.published.isoformat()}</news:publication_date></news:news></url>"
                           for a in self.site.articles)
            body = ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
                    f"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>")
            return self._send(200, body.encode(), "application/xml")
        if path == "/zone-list":       # a VCCorp section: page 1 names its zone, later pages are a timeline
            self.site.log.append((self.command, self.path, dict(self.headers)))
            page = self.site.listing_page(1).replace("<body>", "<body><input type='hidden' id='hdZoneId' value='7'>")
            return self._send(200, page.encode(), "text/html; charset=utf-8")
        if path.startswith("/timelinelist/7/"):
            self.site.log.append((self.command, self.path, dict(self.headers)))
            page = int(path.rsplit("/", 1)[1].split(".")[0])
            return self._send(200, self.site.listing_page(page).encode(), "text/html; charset=utf-8")
        if path == "/ignores-page":
            self.site.log.append((self.command, self.path, dict(self.headers)))
            return self._send(200, self.site.listing_page(1).encode(), "text/html; charset=utf-8")
        return super()._dispatch()


class DefectSite(LocalSite):
    sitemap: bool = False


@pytest.fixture
def defect_site():
    site = DefectSite.with_articles(8)
    server = SiteServer(site)
    server.httpd.RequestHandlerClass = type("Handler", (DefectHandler,), {"site": site})
    with server as served:
        yield served


def _client(site, archive, **settings) -> PoliteClient:
    return PoliteClient(LiveTransport(), allowed_hosts=[site.host], settings=replace(FAST, **settings),
                        archive=archive, sleep=lambda s: None)


def test_form_posts_carry_their_content_type(defect_site, archive):
    report = crawl([defect_site.source("json_api", max_pages=1)], _client(defect_site, archive), archive,
                   known_urls=set())
    assert report.new_urls
    posts = [headers for method, _, headers in defect_site.log if method == "POST"]
    assert posts and all(h["Content-Type"] == FORM_CONTENT_TYPE for h in posts)


def test_a_hanging_server_costs_at_most_the_url_deadline(defect_site, archive):
    client = _client(defect_site, archive, url_deadline=0.5, max_attempts=10)
    started = time.monotonic()
    with pytest.raises(FetchFailed, match=r"/hang"):
        client.fetch(defect_site.url("/hang"))
    assert time.monotonic() - started < 0.5 + FAST.limits.read_timeout + 0.2
    assert defect_site.hits["/hang"] < 10            # the deadline, not the attempt cap, stopped it


def test_a_body_dripping_inside_the_read_timeout_is_cut_at_the_url_deadline(defect_site, archive):
    # Each byte comes well inside the read timeout, so only the deadline can end the read.
    client = _client(defect_site, archive, limits=replace(FAST.limits, read_timeout=5.0, deadline=5.0),
                     url_deadline=0.5, max_attempts=5)
    started = time.monotonic()
    with pytest.raises(FetchFailed, match=r"/slow-drip: response not complete after 0.5\d* s deadline"):
        client.fetch(defect_site.url("/slow-drip"))
    assert time.monotonic() - started < 0.9          # cut at 0.5 s, not at the next byte (1 s), nor retried


def test_breaker_skips_a_failing_host_for_the_night_and_says_so(defect_site, archive):
    client = _client(defect_site, archive, breaker_threshold=2, max_attempts=1)
    for _ in range(2):
        with pytest.raises(FetchFailed):
            client.fetch(defect_site.url("/always-500"))
    hits = defect_site.hits["/always-500"]
    with pytest.raises(FetchRefused, match="host skipped for the rest of the run .*2 URLs failed in a row"):
        client.fetch(defect_site.url(defect_site.articles[0].path))
    assert defect_site.hits["/always-500"] == hits and defect_site.hits[defect_site.articles[0].path] == 0
    assert client.host_skipped(defect_site.url("/")) is not None


def test_success_resets_the_breaker_count(defect_site, archive):
    client = _client(defect_site, archive, breaker_threshold=2, max_attempts=1)
    with pytest.raises(FetchFailed):
        client.fetch(defect_site.url("/always-500"))
    client.fetch(defect_site.url(defect_site.articles[0].path))
    with pytest.raises(FetchFailed):
        client.fetch(defect_site.url("/always-500"))
    assert client.tripped_hosts == {}


def test_breaker_trip_is_recorded_in_the_crawl_report(defect_site, archive):
    source = replace(defect_site.source(), listing=ListingConfig(
        kind="html", urls=(defect_site.url("/always-500"), defect_site.url("/always-500?x=2"),
                           defect_site.url("/tin-tuc"))))
    report = crawl([source], _client(defect_site, archive, breaker_threshold=2, max_attempts=1), archive,
                   known_urls=set())
    skipped = report.sources["local"].skipped_hosts
    assert skipped and "2 URLs failed in a row" in next(iter(skipped.values()))
    assert report.sources["local"].outcome()["status"] == "host skipped"
    assert any("skipped" in line for line in report.summary_lines())


def test_www_and_bare_hosts_are_one_source():
    source = SourceConfig(id="x", name="x", family="generic", province=None, hosts=("baox.vn",),
                          listing=ListingConfig(kind="html", urls=("https://baox.vn/",),
                                                link_pattern=r"^https://baox\.vn/[a-z-]+-\d{5,}\.html$"))
    page = ('<a href="https://www.baox.vn/tin-mot-12345.html">1</a><a href="http://baox.vn/tin-hai-23456.html">2</a>'
            '<a href="/tin-ba-34567.html">3</a><a href="https://other.vn/tin-bon-45678.html">4</a>')
    assert extract_links(page, "https://www.baox.vn/", source) == [
        "https://www.baox.vn/tin-mot-12345.html", "http://baox.vn/tin-hai-23456.html",
        "https://www.baox.vn/tin-ba-34567.html"]
    assert source.url_kind("https://www.baox.vn/tin-mot-12345.html") == "article"
    assert source.url_kind("https://www.baox.vn/") == "listing"


def test_link_selector_and_pattern_combine():
    source = SourceConfig(id="x", name="x", family="generic", province=None, hosts=("baox.vn",),
                          listing=ListingConfig(kind="html", urls=("https://baox.vn/",), link_selector="a.title",
                                                link_pattern=r"-\d{5,}\.html$"))
    page = ('<a class="title" href="/tin-mot-12345.html">in box, article</a>'
            '<a class="title" href="/chuyen-muc.html">in box, section</a>'
            '<a href="/tin-hai-23456.html">article outside the box</a>')
    assert extract_links(page, "https://baox.vn/", source) == ["https://baox.vn/tin-mot-12345.html"]


def test_a_page_repeating_the_page_before_is_a_pagination_error(defect_site, archive):
    source = replace(defect_site.source(), listing=replace(
        defect_site.source().listing, urls=(defect_site.url("/ignores-page"),)))
    report = crawl([source], _client(defect_site, archive), archive, known_urls=set())
    local = report.sources["local"]
    assert [reason for _, reason in local.errors] == ["pagination error: this page repeats the links of the page "
                                                      "before it"]
    assert local.errors[0][0] == defect_site.url("/ignores-page?page=2")
    assert len(local.new_urls) == PAGE_SIZE


def test_timeline_pages_take_the_zone_page_one_names(defect_site, archive):
    listing = ListingConfig(kind="html", urls=(defect_site.url("/zone-list"),), zone_selector="#hdZoneId",
                            page_url=defect_site.url("/timelinelist/{zone}/{page}.htm"),
                            link_pattern=r"/tin-tuc/[^/]+-a\d+\.html$")
    report = crawl([replace(defect_site.source(), listing=listing)], _client(defect_site, archive), archive,
                   known_urls=set())
    assert report.new_urls == [defect_site.url(a.path) for a in defect_site.articles] and not report.errors
    assert "/timelinelist/7/2.htm" in [p for _, p, _ in defect_site.log]
    without_zone = replace(listing, urls=(defect_site.url("/tin-tuc"),))
    report = crawl([replace(defect_site.source(), listing=without_zone)], _client(defect_site, archive), archive,
                   known_urls=set())
    assert [reason for _, reason in report.errors][0].startswith("pagination error: page 1 named no zone id")


def test_sitemaps_named_in_robots_come_before_the_listing(defect_site, archive):
    defect_site.sitemap = True
    report = crawl([defect_site.source()], _client(defect_site, archive), archive, known_urls=set())
    local = report.sources["local"]
    assert local.discovery == "sitemap"
    assert local.new_urls == [defect_site.url(a.path) for a in defect_site.articles]   # newest first
    sitemaps = [p for _, p, _ in defect_site.log if p.startswith("/sitemap")]
    assert sitemaps[:2] == ["/sitemap-index.xml", "/sitemap-news.xml"]          # the index, then news first
    assert not [p for _, p, _ in defect_site.log if p.startswith("/tin-tuc?") or p == "/tin-tuc"]


def test_each_parsed_article_says_how_its_fields_were_found(defect_site, archive):
    report = crawl([defect_site.source()], _client(defect_site, archive), archive, known_urls=set())
    local = report.sources["local"]
    assert local.parse_failures == 0 and local.fallbacks == 0       # the source's own selectors found all


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    done = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                           "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"], capture_output=True)
    if done.returncode:
        pytest.skip(f"openssl could not make a certificate: {done.stderr.decode()[:200]}")
    return key, cert


def test_tls_options_of_the_registry_reach_the_connection(self_signed, archive):
    key, cert = self_signed
    site = LocalSite.with_articles(2)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (_Handler,), {"site": site}))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    site.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        url = f"https://127.0.0.1:{site.port}{site.articles[0].path}"
        strict = PoliteClient(LiveTransport(), allowed_hosts=["127.0.0.1"], settings=FAST, sleep=lambda s: None)
        with pytest.raises(FetchRefused, match="robots.txt .* unavailable .*(?i:certificate)"):
            strict.fetch(url)
        lenient = PoliteClient(
            LiveTransport(tls={"127.0.0.1": TlsOptions(ciphers="DEFAULT@SECLEVEL=1", verify=False)}),
            allowed_hosts=["127.0.0.1"], settings=FAST, sleep=lambda s: None)
        assert lenient.fetch(url).status == 200
    finally:
        httpd.shutdown()
        httpd.server_close()
