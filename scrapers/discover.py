"""Listing pages → article URLs, for the three listing kinds of the registry.

`listing_requests` says what to fetch (page 1, 2, … of each section, API
window or feed); `extract_links` reads a fetched listing and returns the
article URLs it names. The fetching side (scrapers.crawl) owns when and how
politely; this module only knows the sites' listing shapes, so adding a site
is a registry entry, not code.

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

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from scrapers.archive import POST_MARKER
from scrapers.registry import SourceConfig
from scrapers.urls import canonicalize, host_of

# Without a registry entry, a link "looks like an article" when its path ends in
# a page named with a long numeric id, or uses a portal's detail-view pattern.
GENERIC_ARTICLE_URL = re.compile(
    r"\d{5,}[^/]*\.html?$|-a\d+\.html?$|/view_content/\d+|View_Detail\.aspx\?ItemID=\d+|/tin-tuc/\d+/\d+/",
    re.I,
)


class ListingError(ValueError):
    """A listing could not be read; the message names the URL."""


@dataclass(frozen=True)
class ListingRequest:
    url: str
    method: str = "GET"
    data: dict[str, str] | None = None


def listing_requests(source: SourceConfig) -> Iterator[ListingRequest]:
    """Every listing request of a source, section by section, page 1 first."""
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
                yield ListingRequest(listing.page_url.format(url=section, page=page))
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


def extract_links(text: str, url: str, source: SourceConfig) -> list[str]:
    """Absolute canonical article URLs named by a listing, in page order, once each.

    `url` is the listing's URL; for a POST API it may be the archive key
    (url + "#POST?" + form), whose form fields fill the URL template."""
    listing = source.listing
    kind = listing.kind if listing else "html"
    if kind == "json_api":
        candidates = _api_links(text, url, source)
    elif kind == "rss":
        candidates = _feed_links(text, url)
    else:
        return links_in_tree(LexborHTMLParser(text), url, source)
    return _keep_articles(candidates, url, source)


def links_in_tree(tree: LexborHTMLParser, url: str | None, source: SourceConfig | None) -> list[str]:
    """Article links of an HTML listing already parsed (parse_page shares its tree)."""
    listing = source.listing if source else None
    if listing and listing.link_selector and not listing.link_pattern:
        anchors = tree.css(listing.link_selector)
    else:
        # With a link pattern every anchor is a candidate, so page order is kept
        # and links outside the usual box (lead story, sidebar lists) count too.
        anchors = tree.css("a[href]")
    hrefs = (a.attributes.get("href") for a in anchors)
    return _keep_articles((h for h in hrefs if h), url, source)


def _keep_articles(hrefs: Iterable[str], base: str | None, source: SourceConfig | None) -> list[str]:
    base = base.split(POST_MARKER)[0] if base else None
    pattern = re.compile(source.listing.link_pattern) if source and source.listing and source.listing.link_pattern \
        else GENERIC_ARTICLE_URL
    seen: dict[str, None] = {}
    for href in hrefs:
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        if base is None and not urlsplit(href).scheme:
            continue
        link = canonicalize(href, base)
        if not link.startswith(("http://", "https://")) or not pattern.search(link):
            continue
        if not _host_allowed(host_of(link), base, source):
            continue
        seen.setdefault(link, None)
    return list(seen)


def _host_allowed(host: str, base: str | None, source: SourceConfig | None) -> bool:
    if source is not None:
        return source.owns(host)
    page_host = host_of(base).removeprefix("www.") if base else ""
    host = host.removeprefix("www.")
    return host == page_host or host.endswith("." + page_host)


def _api_links(text: str, url: str, source: SourceConfig) -> list[str]:
    api = source.listing.api
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ListingError(f"{url}: listing is not JSON: {exc}") from None
    items = doc
    for key in str(api.get("items", "data")).split("."):
        items = items.get(key) if isinstance(items, dict) else None
    if not isinstance(items, list):
        raise ListingError(f"{url}: no item list at {api.get('items', 'data')!r}")
    form = dict(parse_qsl(url.split(POST_MARKER, 1)[1])) if POST_MARKER in url else {}
    lists = api.get("lists") or []
    if api.get("list_field") and api["list_field"] not in form and len(lists) == 1:
        form[api["list_field"]] = str(lists[0])
    links = []
    for n, item in enumerate(items):
        try:
            links.append(str(api["url_template"]).format(**form, **item))
        except KeyError as exc:
            raise ListingError(f"{url}: item {n} lacks field {exc.args[0]!r} for url_template") from None
    return links


def _feed_links(text: str, url: str) -> list[str]:
    try:
        root = etree.fromstring(text.encode("utf-8"), etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError as exc:
        raise ListingError(f"{url}: feed is not XML: {exc}") from None
    if root is None:
        raise ListingError(f"{url}: feed is empty")
    links = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = etree.QName(el).localname
        if name == "link" and el.getparent() is not None and etree.QName(el.getparent()).localname in ("item", "entry"):
            links.append(el.get("href") or (el.text or "").strip())
    return [link for link in links if link]
