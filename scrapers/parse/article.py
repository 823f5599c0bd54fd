"""One HTML page → a `ParsedPage`: an article (title, date, clean body) or a
listing (the article links it names).

Per-source selectors from the registry are tried first, then generic
fall-backs that public Vietnamese crawlers rely on (og:title/h1,
article:published_time, JSON-LD, time[datetime], dd/mm/yyyy in date-ish
boxes; the usual body containers). The parser is selectolax's lexbor
backend: measured at several times the speed of lxml.html on the real pages
(benchmarks/bench_parse.py), and the body walk stays in one tree.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scrapers.parse.html_text import clean_line, nesting_depth, paragraphs
from scrapers.parse.links import links_in_tree
from scrapers.sources.registry import SourceConfig, load_registry, source_for_url
from scrapers.urls import canonicalize

GENERIC_TITLE = ("meta[property='og:title']", "h1")
GENERIC_DATE_META = (
    "meta[property='article:published_time']", "meta[name='pubdate']", "meta[itemprop='datePublished']",
    "meta[name='publishdate']", "meta[name='article:published_time']",
)
GENERIC_DATE_TEXT = (
    "time[datetime]", ".publish-date", ".publishDate", ".detail-time", ".publish-time", ".pdate", ".date",
    ".time", ".post-date", ".ngay-dang", ".assetPublishDate", ".author", "[class*='date']", "[class*='time']",
)
GENERIC_LEAD = (".detail-sapo", ".knc-sapo", ".sapo", "h2.description", "p.description", ".article-sapo",
                ".singular-sapo", ".article__sapo", ".hometext", ".sc-longform-header-sapo", ".lead_post_detail")
GENERIC_BODY = (
    "[itemprop='articleBody']", ".detail-content.afcbc-body", "[data-role='content']", ".fck_detail",
    ".detail-content", ".journal-content-article", ".article-content", ".article__body", ".content-detail",
    ".post-content", ".entry-content", ".singular-content", ".dt-news__content", ".maincontent", "#news-bodyhtml",
    ".bodytext", ".cms-body", "article",
)
# Boxes inside body containers that are never article text.
GENERIC_DROP = (
    "figcaption", ".tplCaption", ".image-caption", ".PhotoCMS_Caption", "table.image", ".breadcrumb",
    ".breadcrumbs", ".tags", ".tag-list", ".box-tag", ".share", ".social", ".share-bar", ".related",
    ".related-news", ".tin-lien-quan", ".other-news", ".relate-news", ".box-related", ".VCSortableInPreviewMode",
    "[data-component-type='tin_xemthem']", "[hidden]",
)
# A paragraph opening one of these starts the trailing boxes: nothing after it is body.
TRAILER_STARTS = re.compile(
    r"^(tin liên quan|các tin khác|tin khác|tin cùng chuyên mục|xem thêm|bài viết liên quan|tin bài liên quan"
    r"|từ khóa|tags?)\s*:?\s*$",
    re.I,
)
# "TT - ", "HBĐT - ", "(Chinhphu.vn) - ": the outlet's mark before the lead.
AGENCY_PREFIX = re.compile(r"^\(?[A-ZĐ][A-Za-zĐđ]{1,9}(?:\.vn)?\)?\s*[-–—]\s+")
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
DMY_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# English editions: "November 12, 2025", "Nov. 12, 2025", "12 November 2025".
MDY_DATE = re.compile(r"\b(" + "|".join(MONTHS) + r")[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b", re.I)
DMY_WORDS_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")[a-z]*\.?,?\s+(\d{4})\b", re.I)
MIN_ARTICLE_CHARS = 200
# Real portal pages nest under 50 deep; browsers' tree builders stop nesting at
# 512. Deeper markup is refused before parsing: its cost grows with the square
# of the depth (100,000 nested <div>s keep the parser busy for half a minute).
MAX_NESTING = 512


class PageParseError(ValueError):
    """A page lacks what an article needs; the message says what and where."""


@dataclass
class ParsedPage:
    url: str | None
    kind: str                          # "article" | "listing"
    title: str | None = None
    published: str | None = None       # ISO date
    body: str | None = None            # NFC plain text, paragraphs separated by blank lines
    links: list[str] = field(default_factory=list)   # listings: absolute canonical article URLs
    # How each field was found: "source <selector>" (the registry's), "generic <selector>",
    # "json-ld datePublished" or "<title>"; a source's fall-back shows as "generic".
    found: dict[str, str] = field(default_factory=dict)

    def as_record(self) -> dict:
        """The fields `reform parse` and `reform fetch` print; links only for listings."""
        record = {"url": self.url, "kind": self.kind, "title": self.title, "published": self.published,
                  "body": self.body}
        if self.kind == "listing":
            record["links"] = self.links
        else:
            record["found"] = self.found
        return record

    @property
    def fallbacks(self) -> list[str]:
        """Fields a source with selectors of its own found only through the generic fall-backs."""
        return [name for name, how in self.found.items() if not how.startswith("source ")]


@lru_cache(maxsize=1)
def _default_registry() -> dict[str, SourceConfig]:
    return load_registry()


def parse_page(html: str, url: str | None = None, source: SourceConfig | None = None) -> ParsedPage:
    """Parse an article or listing page. Raises PageParseError (naming the URL)
    when an article page has no title, date or body, or a listing no links,
    or when its markup nests deeper than MAX_NESTING."""
    if nesting_depth(html, MAX_NESTING) >= MAX_NESTING:
        raise PageParseError(f"{url or '<no url>'}: markup nested {MAX_NESTING} or more elements deep; "
                             "refused unparsed (hostile or broken page)")
    tree = LexborHTMLParser(html)
    url = url or _declared_url(tree)
    if source is None and url:
        source = source_for_url(url, _default_registry())
    if _is_listing(tree, url, source):
        # Links first: reading an article takes boxes out of the tree.
        links = links_in_tree(tree, url, source)
        if _declares_article(tree):
            # A URL the source's pattern misses may still be a real article; it
            # is taken for one only when all of it is there.
            try:
                return _article(tree, url, source)
            except PageParseError:
                pass
        if not links:
            # Neither an article nor a listing: nothing here the pipeline can use.
            raise PageParseError(f"{url or '<no url>'}: no article body and no article links found")
        return ParsedPage(url=url, kind="listing", links=links)
    return _article(tree, url, source)


def _article(tree: LexborHTMLParser, url: str | None, source: SourceConfig | None) -> ParsedPage:
    selectors = source.article if source else None
    found: dict[str, str] = {}
    title = _title(tree, selectors.title if selectors else (), found)
    published = _published(tree, selectors.date if selectors else (), found)
    body = _body(tree, selectors, found)
    missing = [name for name, value in (("title", title), ("date", published), ("body", body)) if not value]
    if missing:
        raise PageParseError(f"{url or '<no url>'}: no {' / no '.join(missing)} found")
    return ParsedPage(url=url, kind="article", title=title, published=published, body=body, found=found)


def _declared_url(tree: LexborHTMLParser) -> str | None:
    """The page's own absolute URL (canonical link or og:url), if it states one."""
    for selector, attr in (("link[rel='canonical']", "href"), ("meta[property='og:url']", "content")):
        node = tree.css_first(selector)
        value = (node.attributes.get(attr) or "").strip() if node else ""
        if value.startswith(("http://", "https://")):
            return canonicalize(value)
    return None


def _is_listing(tree: LexborHTMLParser, url: str | None, source: SourceConfig | None) -> bool:
    """A URL the source takes for an article is one, any other URL of a known
    source is read as a listing first. Without a source, the page's structure
    decides: an article declares og:type article or has a body container with
    enough text."""
    if source is not None and url:
        return not source.is_article_url(url)
    if _declares_article(tree):
        return False
    selectors = source.article.body if source else ()
    container = _first(tree, selectors + GENERIC_BODY)
    return container is None or len(container.text(strip=True)) < MIN_ARTICLE_CHARS


def _declares_article(tree: LexborHTMLParser) -> bool:
    og_type = tree.css_first("meta[property='og:type']")
    return og_type is not None and (og_type.attributes.get("content") or "").strip().lower() == "article"


def _first(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> LexborNode | None:
    return _first_with(tree, selectors)[0]


def _first_with(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> tuple[LexborNode | None, str | None]:
    """The first node any selector finds, and that selector."""
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None:
            return node, selector
    return None, None


def _how(selector: str, own: tuple[str, ...]) -> str:
    return f"{'source' if selector in own else 'generic'} {selector}"


def _node_value(node: LexborNode) -> str:
    if node.tag == "meta":
        return clean_line(node.attributes.get("content") or "")
    return clean_line(node.text(separator=" "))


def _title(tree: LexborHTMLParser, selectors: tuple[str, ...], found: dict[str, str]) -> str | None:
    for selector in selectors + GENERIC_TITLE:
        for node in tree.css(selector):
            if text := _node_value(node):
                found["title"] = _how(selector, selectors)
                return text
    title = tree.css_first("title")
    text = clean_line(title.text()) or None if title else None
    if text:
        found["title"] = "generic <title>"
    return text


def _published(tree: LexborHTMLParser, selectors: tuple[str, ...], found: dict[str, str]) -> str | None:
    for selector in selectors:
        for node in tree.css(selector):
            if day := iso_date(node.attributes.get("datetime") or node.attributes.get("content") or node.text()):
                found["date"] = _how(selector, selectors)
                return day
    for selector in GENERIC_DATE_META:
        node = tree.css_first(selector)
        if node is not None and (day := iso_date(node.attributes.get("content") or "")):
            found["date"] = _how(selector, ())
            return day
    if day := _json_ld_date(tree):
        found["date"] = "generic json-ld datePublished"
        return day
    for selector in GENERIC_DATE_TEXT:
        for node in tree.css(selector):
            if day := iso_date(node.attributes.get("datetime") or node.text()):
                found["date"] = _how(selector, ())
                return day
    return None


def _json_ld_date(tree: LexborHTMLParser) -> str | None:
    for script in tree.css("script[type='application/ld+json']"):
        try:
            doc = json.loads(script.text())
        except ValueError:
            continue
        for item in doc if isinstance(doc, list) else [doc]:
            if isinstance(item, dict) and (found := iso_date(str(item.get("datePublished") or ""))):
                return found
    return None


def iso_date(text: str | None) -> str | None:
    """The first real calendar date in `text` (ISO, Vietnamese d/m/yyyy or English
    "November 12, 2025") as YYYY-MM-DD."""
    if not text:
        return None
    for match in ISO_DATE.finditer(text):
        if found := _valid(int(match[1]), int(match[2]), int(match[3])):
            return found
    for match in DMY_DATE.finditer(text):
        if found := _valid(int(match[3]), int(match[2]), int(match[1])):
            return found
    for match in MDY_DATE.finditer(text):
        if found := _valid(int(match[3]), MONTHS.index(match[1].lower()[:3]) + 1, int(match[2])):
            return found
    for match in DMY_WORDS_DATE.finditer(text):
        if found := _valid(int(match[3]), MONTHS.index(match[2].lower()[:3]) + 1, int(match[1])):
            return found
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat() if 1990 <= year <= 2100 else None
    except ValueError:
        return None


def _body(tree: LexborHTMLParser, selectors, found: dict[str, str]) -> str | None:
    """Lead + body paragraphs, with dropped boxes, repeats and trailers removed."""
    drops = (selectors.drop if selectors else ()) + GENERIC_DROP
    lead_node = _first(tree, (selectors.lead if selectors else ()) + GENERIC_LEAD)
    own_body = selectors.body if selectors else ()
    container, selector = _first_with(tree, own_body + GENERIC_BODY)
    if container is None:
        return None
    found["body"] = _how(selector, own_body)
    lead_apart = lead_node is not None and not _contains(container, lead_node)
    for root in (container, lead_node) if lead_apart else (container,):
        for selector in drops:
            for node in root.css(selector):
                node.decompose()
    _drop_centred_captions(container)
    lead = paragraphs(lead_node) if lead_apart else []
    if lead:
        lead[0] = AGENCY_PREFIX.sub("", lead[0])
    kept: list[str] = []
    seen: set[str] = set()
    for line in lead + paragraphs(container):
        if TRAILER_STARTS.match(line):
            break
        if line not in seen:
            seen.add(line)
            kept.append(line)
    return "\n\n".join(kept) or None


def _drop_centred_captions(container: LexborNode) -> None:
    """Portals without <figcaption> caption photos with a centred, all-italic
    paragraph under the image; those are not article text."""
    for para in container.css("p[align='center'], p[style*='center']"):
        text = clean_line(para.text())
        if text and clean_line(" ".join(e.text() for e in para.css("em, i"))) == text:
            para.decompose()


def _contains(outer: LexborNode, inner: LexborNode) -> bool:
    node = inner
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False
