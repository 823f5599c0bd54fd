"""`reform crawl --live --check`: one listing and one article per source,
fetched politely, and what came of them, for an operator to see at a glance
which sources still deliver. Nothing here is run against the internet in tests.
"""
from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from scrapers.crawl.archive import request_key
from scrapers.crawl.crawler import DEFAULT_WORKERS, host_groups, zone_id
from scrapers.crawl.discover import listing_requests
from scrapers.crawl.http import FetchError, PoliteClient, response_text
from scrapers.parse.article import PageParseError, parse_page
from scrapers.parse.links import ListingError, extract_links, sitemap_entries
from scrapers.sources.registry import SourceConfig


@dataclass
class SourceHealth:
    source_id: str
    unit_2025: str | None
    status: str
    listing: str = "-"          # URL read, or why none could be
    links: int = 0
    article: str = "-"          # URL read, or why not
    found: str = "-"            # how title, date and body were found
    ok: bool = False

    def cells(self) -> list[str]:
        return [self.source_id, self.unit_2025 or "-", self.status, "ok" if self.ok else "FAIL", str(self.links),
                self.listing, self.article, self.found]


HEADER = ["source", "unit", "status", "health", "links", "listing", "article", "found"]


def check_sources(sources: Iterable[SourceConfig], client: PoliteClient,
                  workers: int = DEFAULT_WORKERS) -> list[SourceHealth]:
    """One row per source, in the order given; hosts are checked at once."""
    sources = [s for s in sources if s.live]
    rows = {s.id: SourceHealth(s.id, s.unit_2025, s.status) for s in sources}

    def check_group(group: list[SourceConfig]) -> None:
        for source in group:
            _check(source, client, rows[source.id])

    groups = host_groups(sources)
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(groups)))) as pool:
        for future in [pool.submit(check_group, g) for g in groups]:
            future.result()
    return [rows[s.id] for s in sources]


def _check(source: SourceConfig, client: PoliteClient, row: SourceHealth) -> None:
    try:
        links = _links(source, client, row)
    except (FetchError, ListingError) as exc:
        row.listing = getattr(exc, "reason", str(exc))
        return
    row.links = len(links)
    if not links:
        return
    row.article = links[0]
    try:
        response = client.fetch(links[0], source_id=source.id)
        page = parse_page(response_text(response), response.final_url, source)
    except (FetchError, PageParseError) as exc:
        row.article = getattr(exc, "reason", str(exc))
        return
    row.found = "; ".join(f"{name}: {how}" for name, how in page.found.items())
    row.ok = page.kind == "article"


def _links(source: SourceConfig, client: PoliteClient, row: SourceHealth) -> list[str]:
    """Article links from the sitemaps robots.txt names, else from page 1 of the first listing."""
    if source.discover:
        for sitemap in client.sitemaps(source.listing.urls[0])[:2]:
            children, entries = sitemap_entries(response_text(client.fetch(sitemap, source_id=source.id)), sitemap)
            if not entries and children:
                _, entries = sitemap_entries(response_text(client.fetch(children[0], source_id=source.id)),
                                             children[0])
            links = [u for u, _ in sorted(entries, key=lambda e: e[1] or "", reverse=True)
                     if source.is_article_url(u)]
            if links:
                row.listing = sitemap
                return links
    request = next(listing_requests(source))
    row.listing = request.url
    page = client.fetch(request.url, method=request.method, data=request.data, source_id=source.id)
    text = response_text(page)
    if source.listing.zone_selector and not zone_id(text, source.listing.zone_selector):
        row.listing += " (no zone id: later pages unknown)"
    return extract_links(text, request_key(request.url, request.method, request.data), source)


def table(rows: list[SourceHealth]) -> str:
    """The rows as an aligned text table (long cells cut)."""
    cells = [HEADER] + [[c if len(c) <= 70 else c[:67] + "..." for c in r.cells()] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADER))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells)
