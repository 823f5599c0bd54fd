"""What to fetch to discover articles: page 1, 2, … of each HTML section, API
window or feed of a source.

`listing_requests` is the crawl's side of discovery; reading a fetched listing
for its article links is parsing (`scrapers.parse.links.extract_links`). This
module only knows the sites' listing shapes, so adding a site is a registry
entry, not code.

`ListingConfig.api` keys for `kind: json_api` (documented again in sources.yaml):
    method        POST (default) or GET
    form          constant form fields sent with every request
    list_field    form field naming the list/category (e.g. UrlList)
    lists         values of list_field, one listing walk per value
    start_field   form field with the 0-based offset of the first item
    length_field  form field with the page size
    page_size     items per request
    items         dotted path to the item array in the JSON answer (e.g. data)
    url_template  article URL, str.format()ed with the item's fields and the request's form fields
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from scrapers.parse.links import ListingError
from scrapers.sources.registry import SourceConfig


@dataclass(frozen=True)
class ListingRequest:
    url: str
    method: str = "GET"
    data: dict[str, str] | None = None


def listing_requests(source: SourceConfig) -> Iterator[ListingRequest]:
    """Every listing request of a source, section by section, page 1 first. A
    timeline page keeps its `{zone}` for the crawl to fill from page 1."""
    listing = source.listing
    if listing is None:
        return
    if listing.kind == "rss":
        yield from (ListingRequest(url) for url in listing.urls)
    elif listing.kind == "json_api":
        yield from _api_requests(source)
    elif listing.kind == "html":
        for section in listing.urls:
            yield ListingRequest(section)
            if listing.page_url is None:
                continue
            for page in range(listing.first_page + 1, listing.first_page + listing.max_pages):
                yield ListingRequest(listing.page_url.format(url=section, page=page, zone="{zone}"))
    else:
        raise ListingError(f"source {source.id}: unknown listing kind {listing.kind!r}")


def _api_requests(source: SourceConfig) -> Iterator[ListingRequest]:
    listing = source.listing
    api = listing.api
    method = str(api.get("method", "POST")).upper()
    size = int(api.get("page_size", 20))
    lists = api.get("lists") or [None]
    for endpoint in listing.urls:
        for list_value in lists:
            for page in range(listing.max_pages):
                form = {str(k): str(v) for k, v in (api.get("form") or {}).items()}
                if list_value is not None:
                    form[api["list_field"]] = str(list_value)
                form[api.get("start_field", "start")] = str(page * size)
                form[api.get("length_field", "length")] = str(size)
                yield ListingRequest(endpoint, method=method, data=dict(sorted(form.items())))
