"""Incremental crawling: walk each source's listings, fetch the articles not yet known.

A walk (one HTML section, one API list, one feed) reads listing pages in
order and stops at the first page whose links are all known: sites list
newest first, so everything past it was seen by an earlier crawl. With
`since` the walk goes on past known pages (a backfill) and stops instead at
the first page whose articles are all older than `since`, or at the page
limit where dates cannot be seen. Every exchange is archived by the client
(listings, articles, robots.txt, failures); a failing source is recorded in
the report and the next source is crawled.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from scrapers.crawl.archive import Archive, request_key
from scrapers.crawl.discover import ListingRequest, listing_requests
from scrapers.crawl.http import FetchError, NotArchived, PoliteClient, response_text
from scrapers.models import FetchedResponse
from scrapers.parse.article import PageParseError, parse_page
from scrapers.parse.links import ListingError, extract_links, is_not_news, sitemap_entries
from scrapers.sources.registry import ListingConfig, SourceConfig

# Sitemaps read per source (an index counts), and articles taken from them per
# listing page the walk would have read (a listing shows about this many).
MAX_SITEMAPS = 5
ARTICLES_PER_SITEMAP_PAGE = 20
DEFAULT_WORKERS = 32

# Pages per walk when backfilling with `since` and no explicit --max-pages.
BACKFILL_MAX_PAGES = 100


@dataclass(frozen=True)
class CrawlProgress:
    source_id: str
    event: str                      # listing | article | error | stop | done
    url: str | None
    pages_fetched: int
    new_articles: int
    message: str = ""

    def line(self) -> str:
        where = f" {self.url}" if self.url else ""
        note = f" ({self.message})" if self.message else ""
        return f"[{self.source_id}] {self.event}{where}{note} - pages {self.pages_fetched}, new {self.new_articles}"


@dataclass
class SourceReport:
    source_id: str
    pages_fetched: int = 0
    new_urls: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)    # (url, reason)
    failure: str | None = None      # why the source's crawl broke off, if it did
    discovery: str = "listing"      # sitemap | listing: where the articles were found
    parse_failures: int = 0         # new articles whose page did not parse
    fallbacks: int = 0              # new articles with a field found only by the generic fall-backs
    skipped_hosts: dict[str, str] = field(default_factory=dict)   # host -> why its breaker tripped

    def outcome(self) -> dict:
        """The source's outcome as `reform sources` and dim_source show it."""
        if self.failure:
            status = "failed"
        elif self.skipped_hosts:
            status = "host skipped"
        elif self.errors and not self.new_urls and not self.pages_fetched:
            status = "failed"
        else:
            status = "errors" if self.errors else "ok"
        return {"status": status, "pages": self.pages_fetched, "new_articles": len(self.new_urls),
                "errors": len(self.errors), "parse_failures": self.parse_failures, "fallbacks": self.fallbacks,
                "discovery": self.discovery, "failure": self.failure or next(iter(self.skipped_hosts.values()), None)}

    @property
    def failed(self) -> bool:
        """Nothing could be read from this source."""
        return self.failure is not None or (self.pages_fetched == 0 and bool(self.errors))


@dataclass
class CrawlReport:
    sources: dict[str, SourceReport] = field(default_factory=dict)

    @property
    def new_urls(self) -> list[str]:
        return [url for s in self.sources.values() for url in s.new_urls]

    @property
    def errors(self) -> list[tuple[str, str]]:
        return [e for s in self.sources.values() for e in s.errors]

    def summary_lines(self) -> list[str]:
        lines = [f"{s.source_id}: {s.pages_fetched} pages fetched, {len(s.new_urls)} new articles, "
                 f"{len(s.errors)} errors" + (f"; FAILED: {s.failure}" if s.failure else "")
                 + "".join(f"; host {h} skipped: {why}" for h, why in s.skipped_hosts.items())
                 for s in self.sources.values()]
        lines.append(f"total: {sum(s.pages_fetched for s in self.sources.values())} pages, "
                     f"{len(self.new_urls)} new articles, {len(self.errors)} errors")
        return lines


def crawl(
    sources: Iterable[SourceConfig],
    client: PoliteClient,
    archive: Archive,
    *,
    known_urls: set[str],
    since: date | None = None,
    max_pages: int | None = None,
    progress: Callable[[CrawlProgress], None] | None = None,
    workers: int = DEFAULT_WORKERS,
) -> CrawlReport:
    """Crawl each source; `known_urls` (canonical article URLs) is updated with what was fetched.

    Sources sharing a host are walked one after the other by one thread; the
    groups run `workers` at a time. A live crawl skips retired sources."""
    if client.archive is not archive:
        raise ValueError("crawl: the client must archive into the crawl's archive, or exchanges would be lost")
    sources = [s for s in sources if s.live or not client.transport.live]
    report = CrawlReport()
    for source in sources:
        report.sources[source.id] = SourceReport(source.id)
    lock = threading.Lock()

    def walk_group(group: list[SourceConfig]) -> None:
        for source in group:
            source_report = report.sources[source.id]
            walk = _SourceWalk(source, client, archive, known_urls, since, max_pages, source_report, progress, lock)
            try:
                walk.run()
            except Exception as exc:   # one broken source must not stop the others
                source_report.failure = f"{type(exc).__name__}: {exc}"
                walk.emit("error", None, source_report.failure)
            source_report.skipped_hosts = {h: why for h, why in client.tripped_hosts.items() if source.owns(h)}
            walk.emit("done", None)

    groups = host_groups(sources)
    if workers <= 1 or len(groups) <= 1 or not client.transport.live:   # replay has no delay to overlap
        for group in groups:
            walk_group(group)
    else:
        with ThreadPoolExecutor(max_workers=min(workers, len(groups)), thread_name_prefix="crawl") as pool:
            for future in [pool.submit(walk_group, group) for group in groups]:
                future.result()
    return report


def host_groups(sources: list[SourceConfig]) -> list[list[SourceConfig]]:
    """Sources in groups that share no host with another group, registry order kept."""
    groups: list[list[SourceConfig]] = []
    for source in sources:
        touching = [g for g in groups if any(_share_host(source, other) for other in g)]
        groups = [g for g in groups if all(g is not t for t in touching)]
        groups.append([member for g in touching for member in g] + [source])
    return groups


def _share_host(a: SourceConfig, b: SourceConfig) -> bool:
    return any(a.owns(h) for h in b.hosts) or any(b.owns(h) for h in a.hosts)


@dataclass
class _SourceWalk:
    source: SourceConfig
    client: PoliteClient
    archive: Archive
    known_urls: set[str]
    since: date | None
    max_pages: int | None
    report: SourceReport
    progress: Callable[[CrawlProgress], None] | None
    lock: threading.Lock = field(default_factory=threading.Lock)
    _previous_links: list[str] | None = None
    _zone: str | None = None

    def emit(self, event: str, url: str | None, message: str = "") -> None:
        if self.progress is not None:
            with self.lock:
                self.progress(CrawlProgress(self.source.id, event, url, self.report.pages_fetched,
                                            len(self.report.new_urls), message))

    def run(self) -> None:
        listing = self.source.listing
        if listing is None:
            self.report.failure = "no listing configured"
            return
        limit = self.max_pages or (BACKFILL_MAX_PAGES if self.since else listing.max_pages)
        if self.source.discover and self.client.transport.live and self._from_sitemaps(limit):
            return
        source = replace(self.source, listing=replace(listing, max_pages=limit))
        walk_stopped = False
        for request in listing_requests(source):
            if _starts_walk(request, listing):
                walk_stopped = False
                self._previous_links = None
                self._zone = None
            if not walk_stopped:
                walk_stopped = self._listing_page(request)

    def _from_sitemaps(self, limit: int) -> bool:
        """Articles named by the site's sitemaps (robots.txt Sitemap lines),
        newest first; True when they named any (the listing walk is then skipped)."""
        start = self.source.listing.urls[0]
        try:
            queue = self.client.sitemaps(start)
        except FetchError:
            return False
        dated: dict[str, str] = {}
        read = 0
        wanted = limit * ARTICLES_PER_SITEMAP_PAGE
        while queue and read < MAX_SITEMAPS and len(dated) < wanted:
            url = queue.pop(0)
            read += 1
            try:
                page = self.client.fetch(url, source_id=self.source.id, conditional=True)
                children, entries = sitemap_entries(response_text(page), url)
            except (FetchError, ListingError) as exc:
                self._error(url, getattr(exc, "reason", str(exc)))
                continue
            self.report.pages_fetched += 1
            # An index's children (newest first) before its siblings; news sitemaps before all.
            queue = sorted(children + queue, key=is_not_news)
            for link, when in entries:
                if self.source.is_article_url(link):
                    dated.setdefault(link, when or "")
        if not dated:
            return False
        self.report.discovery = "sitemap"
        newest = sorted(dated, key=lambda u: dated[u], reverse=True)
        if self.since is not None:      # a backfill takes what is dated since then (undated too)
            newest = [u for u in newest if not dated[u] or dated[u][:10] >= self.since.isoformat()]
        new = [u for u in newest if u not in self.known_urls][:wanted]
        self.emit("listing", "sitemaps", f"{len(dated)} articles, {len(new)} new")
        for link in new:
            self._article(link)
        return True

    def _listing_page(self, request: ListingRequest) -> bool:
        """Fetch one listing page and its new articles; True when the walk should stop."""
        if "{zone}" in request.url:
            if self._zone is None:
                return self._error(request.url, "pagination error: page 1 named no zone id "
                                                f"({self.source.listing.zone_selector}); later pages unknown")
            request = replace(request, url=request.url.replace("{zone}", self._zone))
        key = request_key(request.url, request.method, request.data)
        try:
            page = self.client.fetch(request.url, method=request.method, data=request.data,
                                     source_id=self.source.id, conditional=True)
            text = response_text(page)
            links = extract_links(text, key, self.source)
        except NotArchived:
            # A replayed listing ends where its archive does; that is no fault of the source.
            self.emit("stop", key, "not in the archive being replayed")
            return True
        except (FetchError, ListingError) as exc:
            return self._error(key, getattr(exc, "reason", str(exc)))
        self.report.pages_fetched += 1
        if self._previous_links is None and self.source.listing.zone_selector:
            self._zone = zone_id(text, self.source.listing.zone_selector)
        if links and self._previous_links is not None and set(links) == set(self._previous_links):
            # The site ignored the page parameter: going on would only repeat page 1.
            return self._error(key, "pagination error: this page repeats the links of the page before it")
        self._previous_links = links
        new = [link for link in links if link not in self.known_urls]
        self.emit("listing", key, f"{len(links)} links, {len(new)} new")
        if not links:
            self.emit("stop", key, "listing ends")
            return True
        if not new and self.since is None:
            self.emit("stop", key, "every link already known")
            return True
        dates = [self._article(link) for link in new]
        if self.since is not None:
            dates += [self._archived_date(link) for link in links if link not in new]
            visible = [d for d in dates if d]
            if visible and max(visible) < self.since.isoformat():
                self.emit("stop", key, f"articles older than {self.since}")
                return True
        return False

    def _article(self, url: str) -> str | None:
        """Fetch a new article; its publication date (ISO) when `since` needs it."""
        try:
            response = self.client.fetch(url, source_id=self.source.id)
        except FetchError as exc:
            self._error(url, exc.reason)
            return None
        self.report.pages_fetched += 1
        self.report.new_urls.append(url)
        self.known_urls.add(url)
        self.emit("article", url)
        try:
            parsed = parse_page(response_text(response), response.final_url, self.source)
        except PageParseError as exc:
            self.report.parse_failures += 1
            self.emit("error", url, f"parse: {exc}")
            return None
        self.report.fallbacks += bool(self.source.article.all() and any(parsed.fallbacks))
        return parsed.published

    def _archived_date(self, url: str) -> str | None:
        record = self.archive.latest_response(url)
        return self._published(self.archive.response(record)) if record else None

    def _published(self, response: FetchedResponse) -> str | None:
        try:
            return parse_page(response_text(response), response.final_url, self.source).published
        except PageParseError:
            return None

    def _error(self, url: str, reason: str) -> bool:
        self.report.errors.append((url, reason))
        self.emit("error", url, reason)
        return True


def zone_id(text: str, selector: str) -> str | None:
    """The zone id a timeline-paginated section names on its first page."""
    node = LexborHTMLParser(text).css_first(selector)
    value = (node.attributes.get("value") or node.attributes.get("data-zone") or node.text() or "").strip() \
        if node else ""
    return value if value.isdigit() else None


def _starts_walk(request: ListingRequest, listing: ListingConfig) -> bool:
    """Whether a listing request is the first page of a walk (a section, an API list, a feed)."""
    if listing.kind == "json_api":
        return str((request.data or {}).get(listing.api.get("start_field", "start"))) == "0"
    if listing.kind == "html":
        return request.url in listing.urls
    return True


def known_urls_in(archive: Archive) -> set[str]:
    """URLs the archive already holds a page for: what an incremental crawl may skip."""
    return {r["url"] for r in archive.records()
            if r.get("method", "GET") == "GET" and r["status"] == 200 and not r.get("error")}
