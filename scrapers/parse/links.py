"""A fetched listing → the article URLs it names, for the three listing kinds
of the registry (HTML pages, JSON list APIs, RSS/Atom feeds).

Parsing owns this, not the crawl: `parse_page` reads links from the same tree
it reads the article from, and the crawl calls `extract_links` on each listing
it fetched.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlsplit

from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from scrapers.sources.registry import SourceConfig, looks_like_article
from scrapers.urls import POST_MARKER, canonicalize, host_of


class ListingError(ValueError):
    """A listing could not be read; the message names the URL."""


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
    # The selector narrows the candidates to the listing's own boxes; the
    # pattern (or the generic article shapes) then decides each one. Without a
    # selector every anchor is a candidate, so links outside the usual box
    # (lead story, sidebar lists) count too.
    anchors = tree.css(listing.link_selector if listing and listing.link_selector else "a[href]")
    hrefs = (a.attributes.get("href") for a in anchors)
    return _keep_articles((h for h in hrefs if h), url, source)


def _keep_articles(hrefs: Iterable[str], base: str | None, source: SourceConfig | None) -> list[str]:
    base = base.split(POST_MARKER)[0] if base else None
    seen: dict[str, None] = {}
    for href in hrefs:
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        if base is None and not urlsplit(href).scheme:
            continue
        link = canonicalize(href, base)
        if not link.startswith(("http://", "https://")):
            continue
        if source is not None:
            if not source.is_article_url(link):
                continue
        elif not (looks_like_article(link) and _same_site(host_of(link), base)):
            continue
        seen.setdefault(link, None)
    return list(seen)


def _same_site(host: str, base: str | None) -> bool:
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


def _xml_root(text: str, url: str, what: str) -> etree._Element:
    """The root of a feed or sitemap, read leniently (entities never resolved)."""
    try:
        root = etree.fromstring(text.encode("utf-8"), etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError as exc:
        raise ListingError(f"{url}: {what} is not XML: {exc}") from None
    if root is None:
        raise ListingError(f"{url}: {what} is empty")
    return root


def _feed_links(text: str, url: str) -> list[str]:
    root = _xml_root(text, url, "feed")
    links = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = etree.QName(el).localname
        if name == "link" and el.getparent() is not None and etree.QName(el.getparent()).localname in ("item", "entry"):
            links.append(el.get("href") or (el.text or "").strip())
    return [link for link in links if link]


def sitemap_entries(text: str, url: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    """A sitemap → (child sitemaps of an index, [(page URL, date)] of a urlset).

    Children come news sitemaps first, then newest first by their lastmod
    (undated ones last, in document order), so a walk that reads only a few
    reads the fresh ones. A page's date is its news sitemap's
    publication_date, else its lastmod (ISO text as given, so newest-first
    sorting works); both kinds may be in one file."""
    root = _xml_root(text, url, "sitemap")
    children: list[tuple[str, str]] = []
    entries: list[tuple[str, str | None]] = []
    for el in root:
        if not isinstance(el.tag, str):
            continue
        kind = etree.QName(el).localname
        fields = {etree.QName(sub).localname: (sub.text or "").strip() for sub in el.iter() if isinstance(sub.tag, str)}
        loc = fields.get("loc")
        if not loc or not loc.startswith(("http://", "https://")):
            continue
        if kind == "sitemap":
            children.append((canonicalize(loc), fields.get("lastmod") or ""))
        elif kind == "url":
            entries.append((canonicalize(loc), fields.get("publication_date") or fields.get("lastmod") or None))
    children.sort(key=lambda child: child[1], reverse=True)     # stable: undated keep their order, last
    return sorted((url for url, _ in children), key=is_not_news), entries


def is_not_news(sitemap_url: str) -> bool:
    """Sort key putting news sitemaps (the last days' articles) first."""
    return "news" not in sitemap_url.lower()
