"""The source registry: one YAML entry per site, read into `SourceConfig`.

Adding a source is a config change (`scrapers/sources/sources.yaml`) plus a saved
example page in the tests; code changes only for a new site family.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_REGISTRY = Path(__file__).with_name("sources.yaml")


class RegistryError(ValueError):
    """A registry file or entry is malformed; the message names which."""


@dataclass(frozen=True)
class ListingConfig:
    kind: str                                  # "html", "json_api" or "rss"
    urls: tuple[str, ...]                      # first listing pages, API endpoints or feeds
    page_url: str | None = None                # template for later pages, with {page}
    first_page: int = 1
    max_pages: int = 5
    link_selector: str | None = None           # CSS selecting article anchors on a listing page
    link_pattern: str | None = None            # regex an article URL must match
    api: dict[str, Any] = field(default_factory=dict)  # json_api: method, form, items path, fields


@dataclass(frozen=True)
class ArticleSelectors:
    title: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()                 # boxes removed from the body (related news, captions…)
    lead: tuple[str, ...] = ()                 # sapo / standfirst, kept as the body's first paragraph


@dataclass(frozen=True)
class SourceConfig:
    id: str
    name: str
    family: str                                # CMS / markup family, e.g. "vccorp", "sharepoint_json"
    province: str | None                       # GSO code the source reports on; None = national
    hosts: tuple[str, ...]
    listing: ListingConfig | None = None
    article: ArticleSelectors = ArticleSelectors()
    rate_limit_seconds: float = 1.0

    def owns(self, host: str) -> bool:
        host = host.lower().removeprefix("www.")
        return any(host == h or host.endswith("." + h) for h in self.hosts)


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _source_from_entry(entry: dict[str, Any], where: str) -> SourceConfig:
    try:
        listing = entry.get("listing")
        article = entry.get("article") or {}
        province = entry.get("province")
        return SourceConfig(
            id=str(entry["id"]),
            name=str(entry["name"]),
            family=str(entry["family"]),
            province=None if province is None else str(province).zfill(2),
            hosts=tuple(h.lower().removeprefix("www.") for h in _tuple(entry["hosts"])),
            listing=None if listing is None else ListingConfig(
                kind=str(listing["kind"]),
                urls=_tuple(listing["urls"]),
                page_url=listing.get("page_url"),
                first_page=int(listing.get("first_page", 1)),
                max_pages=int(listing.get("max_pages", 5)),
                link_selector=listing.get("link_selector"),
                link_pattern=listing.get("link_pattern"),
                api=dict(listing.get("api") or {}),
            ),
            article=ArticleSelectors(
                title=_tuple(article.get("title")),
                date=_tuple(article.get("date")),
                body=_tuple(article.get("body")),
                drop=_tuple(article.get("drop")),
                lead=_tuple(article.get("lead")),
            ),
            rate_limit_seconds=float(entry.get("rate_limit_seconds", 1.0)),
        )
    except KeyError as exc:
        raise RegistryError(f"{where}: missing field {exc.args[0]!r}") from None
    except (TypeError, ValueError) as exc:
        raise RegistryError(f"{where}: {exc}") from None


def load_registry(path: Path | str = DEFAULT_REGISTRY) -> dict[str, SourceConfig]:
    """Read a registry file; errors name the file and the entry at fault."""
    path = Path(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RegistryError(f"{path}: cannot read registry: {exc}") from None
    entries = (doc or {}).get("sources")
    if not isinstance(entries, list):
        raise RegistryError(f"{path}: expected a top-level 'sources:' list")
    sources: dict[str, SourceConfig] = {}
    for n, entry in enumerate(entries):
        where = f"{path}: sources[{n}]" + (f" ({entry.get('id')})" if isinstance(entry, dict) else "")
        if not isinstance(entry, dict):
            raise RegistryError(f"{where}: expected a mapping")
        source = _source_from_entry(entry, where)
        if source.id in sources:
            raise RegistryError(f"{where}: duplicate source id {source.id!r}")
        sources[source.id] = source
    return sources


def source_for_url(url: str, sources: dict[str, SourceConfig]) -> SourceConfig | None:
    """The registered source whose hosts include the URL's host, if any."""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    # The most specific host wins (sokhdt.vinhphuc.gov.vn before vinhphuc.gov.vn).
    matches = [s for s in sources.values() if s.owns(host)]
    return max(matches, key=lambda s: max(len(h) for h in s.hosts if host == h or host.endswith("." + h)), default=None)
