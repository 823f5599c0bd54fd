"""The source registry: one YAML entry per site, read into `SourceConfig`.

Adding a source is a config change (`scrapers/sources/sources.yaml`) plus the
evidence it rests on (saved real pages, real URLs seen in public material);
code changes only for a new site family. Every field is checked when the file
is read: an unknown or malformed field fails with the file, the source id and
the field, so `reform sources` and the Dagster definitions refuse a bad
registry before any run starts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml
from selectolax.lexbor import LexborHTMLParser

from scrapers.reference.provinces import UnresolvedProvince, successor_2025

DEFAULT_REGISTRY = Path(__file__).with_name("sources.yaml")
STATUSES = ("verified", "unverified", "retired")
LISTING_KINDS = ("html", "json_api", "rss")
EVIDENCE_KINDS = ("article", "listing")

# A URL "looks like an article" when its last path segment is a slug ending in
# an id: digits; `post`, `postid`, `a`, `d`… and digits; a hex id with a digit;
# or a mixed-case alphanumeric id; with any short extension but a file's
# (.html, .htm, .aspx, .ldo, .bbg, .amp …); or an id segment before or as the
# last segment (older CMSs: /{id}/{slug}.html, /{slug}/{id}.vgp); or it uses a
# portal's detail view.
# Every shape here was seen in real article URLs of Vietnamese outlets (the
# evidence in sources.yaml and ../shared/reference/portal_html.md).
_SLUG = r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+"
_FILES = r"jpe?g|png|gif|webp|svg|ico|pdf|docx?|xlsx?|pptx?|zip|rar|mp[34]|css|js|xml|rss|json|txt"
_EXTENSION = rf"(?:\.(?!(?:{_FILES})$)[a-z]{{2,5}})?"
GENERIC_ARTICLE_URL = re.compile(
    rf"/{_SLUG}-(?:(?:post|postid|a|d|p|ar|event|tin)\d{{3,}}|\d{{5,}}){_EXTENSION}/?$"
    rf"|/{_SLUG}-(?=[0-9a-f]*\d)[0-9a-f]{{5,}}/?$"
    rf"|/{_SLUG}-(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{{6,12}}\.html?$"
    rf"|/\d{{5,}}(?:-[^/]*)?\.html?$|/\d{{5,}}{_EXTENSION}$|/\d{{5,}}/{_SLUG}\.html?$"
    r"|/view_content/\d+|View_Detail\.aspx\?ItemID=\d+|/tin-tuc/\d+/\d+/"
    r"|/node/\d+$|[?&](?:ItemID|id|newsid|NewsID)=\d+",
)

# Topic, event and tag pages end in ids too, but list articles.
NOT_ARTICLE_PATH = re.compile(r"/(?:topic|event|tag|tags|chu-de|tim-kiem|search)/|-tag\d+", re.I)


def looks_like_article(url: str) -> bool:
    """Whether a URL has one of the article shapes of Vietnamese outlets (no source needed)."""
    return GENERIC_ARTICLE_URL.search(url) is not None and NOT_ARTICLE_PATH.search(url) is None


class RegistryError(ValueError):
    """A registry file or entry is malformed; the message names the file, source and field."""


@dataclass(frozen=True)
class ListingConfig:
    kind: str                                  # "html", "json_api" or "rss"
    urls: tuple[str, ...]                      # first listing pages, API endpoints or feeds
    page_url: str | None = None                # template for later pages, with {page} (and {url} or {zone})
    first_page: int = 1
    max_pages: int = 5
    link_selector: str | None = None           # CSS selecting candidate anchors on a listing page
    link_pattern: str | None = None            # regex an article URL must match
    api: dict[str, Any] = field(default_factory=dict)  # json_api: method, form, items path, fields
    zone_selector: str | None = None           # html: element whose `value` fills {zone} in page_url


@dataclass(frozen=True)
class ArticleSelectors:
    title: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()                 # boxes removed from the body (related news, captions…)
    lead: tuple[str, ...] = ()                 # sapo / standfirst, kept as the body's first paragraph

    def all(self) -> dict[str, tuple[str, ...]]:
        return {"title": self.title, "date": self.date, "lead": self.lead, "body": self.body, "drop": self.drop}


@dataclass(frozen=True)
class TlsOptions:
    """How to talk TLS to a server that needs it spelled out."""

    ciphers: str | None = None                 # OpenSSL cipher string, e.g. DEFAULT@SECLEVEL=1 for legacy servers
    verify: bool = True                        # False only for a portal whose certificate chain is broken


@dataclass(frozen=True)
class EvidencePage:
    """A real page of the site, saved by someone else, under the shared folder."""

    path: str                                  # relative to ../shared, e.g. reference/html/pages/13.html
    url: str                                   # the URL it was captured from
    kind: str                                  # article | listing
    captured: str                              # when (as precisely as the capture says)
    page2: str | None = None                   # listing: the page-2 URL the saved page links to


@dataclass(frozen=True)
class EvidenceUrl:
    """A real URL of the site seen in public material."""

    url: str
    kind: str                                  # article | listing
    seen: str                                  # where: "code id N", a repository path, a page
    when: str                                  # when it was seen (or the date it carries)


@dataclass(frozen=True)
class Evidence:
    pages: tuple[EvidencePage, ...] = ()
    urls: tuple[EvidenceUrl, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class SourceConfig:
    id: str
    name: str
    family: str                                # CMS / markup family, e.g. "vccorp", "sharepoint_json", "generic"
    province: str | None                       # GSO code (pre-2025 list) the source reports on; None = national
    hosts: tuple[str, ...]
    listing: ListingConfig | None = None
    article: ArticleSelectors = ArticleSelectors()
    rate_limit_seconds: float = 1.0
    unit_2025: str | None = None               # code of the unit in force since 1 July 2025; None = national
    status: str = "unverified"                 # verified | unverified | retired
    successor: str | None = None               # retired: the source that took over
    tls: TlsOptions | None = None
    discover: bool = True                      # read robots.txt Sitemap lines and news sitemaps first
    evidence: Evidence = Evidence()

    def owns(self, host: str) -> bool:
        host = host.lower().removeprefix("www.")
        return any(host == h or host.endswith("." + h) for h in self.hosts)

    @property
    def live(self) -> bool:
        """Whether a live crawl visits the source (retired ones only serve their archived pages)."""
        return self.status != "retired"

    def is_article_url(self, url: str) -> bool:
        """Whether the URL names one of the source's articles: it has one of the
        generic article shapes, or its link pattern takes it. A pattern adds
        the shapes of its site the generic ones miss; it never narrows them,
        because sites change their URL schemes (the 2025 mergers moved many)
        and a pattern written for one scheme would drop the next.

        The pattern sees the URL as `normal_url` spells it: https, the bare
        host for `www.`, `m.` and `amp.` mirrors, and no query unless the
        pattern asks for one."""
        if not self.owns(urlsplit(url).hostname or ""):
            return False
        if looks_like_article(url):
            return True
        pattern = self.listing.link_pattern if self.listing and self.listing.link_pattern else None
        if pattern is None:
            return False
        target = normal_url(url)
        if "?" not in pattern:
            target = target.split("?", 1)[0]
        return re.search(pattern, target) is not None

    def url_kind(self, url: str) -> str:
        """`article`, `listing` (a configured listing, feed or one of their pages) or `none`."""
        if self.is_article_url(url):
            return "article"
        if self.listing and any(p.fullmatch(normal_url(url)) for p in _listing_shapes(self.listing)):
            return "listing"
        return "none"


MIRROR_PREFIXES = ("www.", "m.", "amp.")


def normal_url(url: str) -> str:
    """The URL as patterns are written: https, the host without `www.`, `m.` or `amp.`."""
    parts = urlsplit(url.strip())
    host = (parts.netloc or "").lower()
    for prefix in MIRROR_PREFIXES:
        host = host.removeprefix(prefix)
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host,
                       parts.path or "/", parts.query, ""))


def _listing_shapes(listing: ListingConfig) -> list[re.Pattern]:
    """Regexes of the listing URLs a source walks: its sections or feeds and their later pages."""
    shapes = [re.escape(normal_url(u)) for u in listing.urls]
    if listing.page_url:
        for section in listing.urls:
            template = re.escape(normal_url(listing.page_url.replace("{url}", section)))
            for placeholder in ("{page}", "{zone}"):
                template = template.replace(re.escape(placeholder), r"\d+")
            shapes.append(template)
    return [re.compile(shape) for shape in shapes]


# -- reading ------------------------------------------------------------------

ENTRY_FIELDS = {"id", "name", "family", "province", "unit_2025", "hosts", "status", "successor", "tls",
                "discover", "listing", "article", "rate_limit_seconds", "evidence"}
REQUIRED_FIELDS = ("id", "name", "family", "hosts", "status")
LISTING_FIELDS = {"kind", "urls", "page_url", "first_page", "max_pages", "link_selector", "link_pattern", "api",
                  "zone_selector"}
API_FIELDS = {"method", "form", "list_field", "lists", "start_field", "length_field", "page_size", "items",
              "url_template"}
ARTICLE_FIELDS = {"title", "date", "body", "drop", "lead"}
TLS_FIELDS = {"ciphers", "verify"}
EVIDENCE_FIELDS = {"pages", "urls", "notes"}
EVIDENCE_PAGE_FIELDS = {"path", "url", "kind", "captured", "page2"}
EVIDENCE_URL_FIELDS = {"url", "kind", "seen", "when"}


class _Entry:
    """Reads one entry's fields, naming the file, source id and field in every error."""

    def __init__(self, path: Path, index: int, entry: Any):
        self.path = path
        self.id = entry.get("id") if isinstance(entry, dict) else None
        self.where = f"{path}: source {self.id!r}" if self.id else f"{path}: sources[{index}]"
        if not isinstance(entry, dict):
            raise RegistryError(f"{self.where}: expected a mapping, got {type(entry).__name__}")
        self.entry = entry

    def fail(self, field_name: str, problem: str) -> RegistryError:
        return RegistryError(f"{self.where}: field {field_name!r}: {problem}")

    def known(self, mapping: Any, allowed: set[str], prefix: str) -> dict:
        if not isinstance(mapping, dict):
            raise self.fail(prefix, f"expected a mapping, got {type(mapping).__name__}")
        for name in mapping:
            if name not in allowed:
                raise self.fail(f"{prefix}.{name}" if prefix else str(name),
                                f"unknown field (known: {', '.join(sorted(allowed))})")
        return mapping

    def text(self, mapping: dict, name: str, prefix: str = "", required: bool = False) -> str | None:
        value = mapping.get(name)
        label = f"{prefix}.{name}" if prefix else name
        if value is None:
            if required:
                raise self.fail(label, "missing")
            return None
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise self.fail(label, f"expected text, got {type(value).__name__}")
        return str(value)

    def texts(self, mapping: dict, name: str, prefix: str) -> tuple[str, ...]:
        value = mapping.get(name)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{prefix}.{name}" if prefix else name, "expected text or a list of texts")
        return tuple(value)

    def number(self, mapping: dict, name: str, default: float, prefix: str, kind=float):
        value = mapping.get(name, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and value != int(value)):
            raise self.fail(f"{prefix}.{name}" if prefix else name, f"expected a number, got {value!r}")
        return kind(value)

    def selectors(self, mapping: dict, name: str, prefix: str) -> tuple[str, ...]:
        found = self.texts(mapping, name, prefix)
        for selector in found:
            try:
                _PROBE.css(selector)
            except Exception as exc:   # selectolax raises several types for bad CSS
                raise self.fail(f"{prefix}.{name}", f"bad CSS selector {selector!r}: {exc}") from None
        return found

    def pattern(self, mapping: dict, name: str, prefix: str) -> str | None:
        value = self.text(mapping, name, prefix)
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise self.fail(f"{prefix}.{name}", f"bad regular expression: {exc}") from None
        return value


_PROBE = LexborHTMLParser("<html></html>")


def _source_from_entry(reader: _Entry) -> SourceConfig:
    entry = reader.known(reader.entry, ENTRY_FIELDS, "")
    for name in REQUIRED_FIELDS:
        if entry.get(name) in (None, "", []):
            raise reader.fail(name, "missing")
    status = reader.text(entry, "status")
    if status not in STATUSES:
        raise reader.fail("status", f"{status!r} is not one of {', '.join(STATUSES)}")
    province = reader.text(entry, "province")
    province = None if province is None else province.zfill(2)
    unit = reader.text(entry, "unit_2025")
    unit = None if unit is None else unit.zfill(2)
    if province is not None:
        try:
            expected = successor_2025(province)
        except UnresolvedProvince:
            raise reader.fail("province", f"{province!r} is not a GSO province code (pre-2025 list)") from None
        if unit != expected:
            raise reader.fail("unit_2025", f"{unit!r}, but province {province} is part of unit {expected} since "
                                           "1 July 2025")
    elif unit is not None:
        raise reader.fail("unit_2025", "set on a national source (province: null)")
    hosts = reader.texts(entry, "hosts", "")
    return SourceConfig(
        id=str(entry["id"]),
        name=reader.text(entry, "name"),
        family=reader.text(entry, "family"),
        province=province,
        hosts=tuple(h.lower().removeprefix("www.") for h in hosts),
        listing=_listing(reader, entry.get("listing")),
        article=_article(reader, entry.get("article")),
        rate_limit_seconds=reader.number(entry, "rate_limit_seconds", 1.0, ""),
        unit_2025=unit,
        status=status,
        successor=reader.text(entry, "successor"),
        tls=_tls(reader, entry.get("tls")),
        discover=_flag(reader, entry, "discover", True),
        evidence=_evidence(reader, entry.get("evidence")),
    )


def _flag(reader: _Entry, mapping: dict, name: str, default: bool, prefix: str = "") -> bool:
    value = mapping.get(name, default)
    if not isinstance(value, bool):
        raise reader.fail(f"{prefix}.{name}" if prefix else name, f"expected true or false, got {value!r}")
    return value


def _listing(reader: _Entry, listing: Any) -> ListingConfig | None:
    if listing is None:
        return None
    listing = reader.known(listing, LISTING_FIELDS, "listing")
    kind = reader.text(listing, "kind", "listing", required=True)
    if kind not in LISTING_KINDS:
        raise reader.fail("listing.kind", f"{kind!r} is not one of {', '.join(LISTING_KINDS)}")
    urls = reader.texts(listing, "urls", "listing")
    if not urls:
        raise reader.fail("listing.urls", "missing")
    api = reader.known(listing.get("api") or {}, API_FIELDS, "listing.api")
    if kind == "json_api" and "url_template" not in api:
        raise reader.fail("listing.api.url_template", "missing (json_api listings build article URLs with it)")
    link_selector = reader.selectors(listing, "link_selector", "listing")
    zone_selector = reader.selectors(listing, "zone_selector", "listing")
    return ListingConfig(
        kind=kind,
        urls=urls,
        page_url=reader.text(listing, "page_url", "listing"),
        first_page=reader.number(listing, "first_page", 1, "listing", int),
        max_pages=reader.number(listing, "max_pages", 5, "listing", int),
        link_selector=", ".join(link_selector) or None,
        link_pattern=reader.pattern(listing, "link_pattern", "listing"),
        api=dict(api),
        zone_selector=", ".join(zone_selector) or None,
    )


def _article(reader: _Entry, article: Any) -> ArticleSelectors:
    if article is None:
        return ArticleSelectors()
    article = reader.known(article, ARTICLE_FIELDS, "article")
    return ArticleSelectors(**{name: reader.selectors(article, name, "article") for name in ARTICLE_FIELDS})


def _tls(reader: _Entry, tls: Any) -> TlsOptions | None:
    if tls is None:
        return None
    tls = reader.known(tls, TLS_FIELDS, "tls")
    return TlsOptions(ciphers=reader.text(tls, "ciphers", "tls"), verify=_flag(reader, tls, "verify", True, "tls"))


def _evidence(reader: _Entry, evidence: Any) -> Evidence:
    if evidence is None:
        return Evidence()
    evidence = reader.known(evidence, EVIDENCE_FIELDS, "evidence")
    pages, urls = [], []
    for n, page in enumerate(evidence.get("pages") or []):
        prefix = f"evidence.pages[{n}]"
        page = reader.known(page, EVIDENCE_PAGE_FIELDS, prefix)
        values = {name: reader.text(page, name, prefix, required=name != "page2") for name in EVIDENCE_PAGE_FIELDS}
        if values["kind"] not in EVIDENCE_KINDS:
            raise reader.fail(f"{prefix}.kind", f"{values['kind']!r} is not one of {', '.join(EVIDENCE_KINDS)}")
        pages.append(EvidencePage(**values))
    for n, seen in enumerate(evidence.get("urls") or []):
        prefix = f"evidence.urls[{n}]"
        seen = reader.known(seen, EVIDENCE_URL_FIELDS, prefix)
        values = {name: reader.text(seen, name, prefix, required=True) for name in EVIDENCE_URL_FIELDS}
        if values["kind"] not in EVIDENCE_KINDS:
            raise reader.fail(f"{prefix}.kind", f"{values['kind']!r} is not one of {', '.join(EVIDENCE_KINDS)}")
        urls.append(EvidenceUrl(**values))
    return Evidence(pages=tuple(pages), urls=tuple(urls), notes=reader.text(evidence, "notes", "evidence") or "")


def load_registry(path: Path | str | None = None) -> dict[str, SourceConfig]:
    """Read a registry file (default: the bundled sources.yaml); errors name the
    file, the source and the field at fault."""
    path = Path(path or DEFAULT_REGISTRY)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RegistryError(f"{path}: cannot read registry: {' '.join(str(exc).split())}") from None
    entries = doc.get("sources") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise RegistryError(f"{path}: expected a top-level 'sources:' list")
    sources: dict[str, SourceConfig] = {}
    for n, entry in enumerate(entries):
        reader = _Entry(path, n, entry)
        source = _source_from_entry(reader)
        if source.id in sources:
            raise reader.fail("id", f"duplicate source id {source.id!r}")
        sources[source.id] = source
    for source in sources.values():
        if source.successor is not None and source.successor not in sources:
            raise RegistryError(f"{path}: source {source.id!r}: field 'successor': no source {source.successor!r}")
        if source.successor is not None and source.status != "retired":
            raise RegistryError(f"{path}: source {source.id!r}: field 'successor': set on a {source.status} source")
    return sources


def source_for_url(url: str, sources: dict[str, SourceConfig]) -> SourceConfig | None:
    """The registered source whose hosts include the URL's host, if any. The most
    specific host wins (sokhdt.vinhphuc.gov.vn before vinhphuc.gov.vn); among
    sources of one host, a live one whose article pattern takes the URL first,
    then any live one, then a retired one (kept for its archived pages)."""
    host = (urlsplit(url).hostname or "").lower()
    matches = [s for s in sources.values() if s.owns(host)]
    if not matches:
        return None

    def rank(source: SourceConfig) -> tuple:
        specificity = max(len(h) for h in source.hosts if host.removeprefix("www.") == h
                          or host.removeprefix("www.").endswith("." + h))
        return specificity, source.live and source.is_article_url(url), source.live, source.is_article_url(url)

    return max(matches, key=rank)
