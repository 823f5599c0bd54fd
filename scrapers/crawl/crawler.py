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

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from scrapers.crawl.archive import Archive, request_key
from scrapers.crawl.discover import ListingRequest, listing_requests
from scrapers.crawl.http import FetchError, NotArchived, PoliteClient, response_text
from scrapers.models import FetchedResponse
from scrapers.parse.article import PageParseError, parse_page
from scrapers.parse.links import ListingError, extract_links
from scrapers.sources.registry import ListingConfig, SourceConfig

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
) -> CrawlReport:
    """Crawl each source; `known_urls` (canonical article URLs) is updated with what was fetched."""
    if client.archive is not archive:
        raise ValueError("crawl: the client must archive into the crawl's archive, or exchanges would be lost")
    report = CrawlReport()
    for source in sources:
        source_report = report.sources[source.id] = SourceReport(source.id)
        walk = _SourceWalk(source, client, archive, known_urls, since, max_pages, source_report, progress)
        try:
            walk.run()
        except Exception as exc:   # noqa: BLE001 - one broken source must not stop the others
            source_report.failure = f"{type(exc).__name__}: {exc}"
            walk.emit("error", None, source_report.failure)
        walk.emit("done", None)
    return report


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

    def emit(self, event: str, url: str | None, message: str = "") -> None:
        if self.progress is not None:
            self.progress(CrawlProgress(self.source.id, event, url, self.report.pages_fetched,
                                        len(self.report.new_urls), message))

    def run(self) -> None:
        listing = self.source.listing
        if listing is None:
            self.report.failure = "no listing configured"
            return
        limit = self.max_pages or (BACKFILL_MAX_PAGES if self.since else listing.max_pages)
        source = replace(self.source, listing=replace(listing, max_pages=limit))
        walk_stopped = False
        for request in listing_requests(source):
            if _starts_walk(request, listing):
                walk_stopped = False
            if not walk_stopped:
                walk_stopped = self._listing_page(request)

    def _listing_page(self, request: ListingRequest) -> bool:
        """Fetch one listing page and its new articles; True when the walk should stop."""
        key = request_key(request.url, request.method, request.data)
        try:
            page = self.client.fetch(request.url, method=request.method, data=request.data,
                                     source_id=self.source.id, conditional=True)
            links = extract_links(response_text(page), key, self.source)
        except NotArchived:
            # A replayed listing ends where its archive does; that is no fault of the source.
            self.emit("stop", key, "not in the archive being replayed")
            return True
        except (FetchError, ListingError) as exc:
            return self._error(key, getattr(exc, "reason", str(exc)))
        self.report.pages_fetched += 1
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
        return self._published(response) if self.since is not None else None

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
