"""The page parser's version: what `raw.page_parses` records with every parse,
so that a fixed parser or a new selector reaches the pages already archived.

A page's parse key is `PARSER_VERSION` plus a digest of the parts of its
source's registry entry that parsing reads. The raw parse step parses again
every page whose stored key differs from the one it would record now; the
article's text hash then changes only where the new parse reads other text,
and only those articles are read again for facts.
"""
from __future__ import annotations

import hashlib
import json

from scrapers.sources.registry import SourceConfig

# Bump on any change in code to what a page parses into: its kind (article,
# listing or error), title, date, body or the reason it is refused. That is
# scrapers/parse/ (selectors, fall-backs, cleaning, decoding), the generic
# article URL shapes in scrapers/sources/registry.py, and the page checks in
# scrapers/raw/articles.py. Changes to a source's entry in sources.yaml need
# no bump: `parse_key` folds them in for that source's pages alone.
PARSER_VERSION = "parse-2"


def parse_key(source: SourceConfig | None) -> str:
    """The parser version a page of `source` is parsed with now: `PARSER_VERSION`
    alone for a page of no known source, else with a digest of the source's
    parse-relevant entry (its id and province, which the article row carries;
    its hosts and link pattern, which decide article versus listing; its link
    selector, which finds a listing's links; its article selectors)."""
    if source is None:
        return PARSER_VERSION
    listing = source.listing
    relevant = {
        "id": source.id,
        "province": source.province,
        "hosts": sorted(source.hosts),
        "link_pattern": listing.link_pattern if listing else None,
        "link_selector": listing.link_selector if listing else None,
        "article": {name: list(selectors) for name, selectors in source.article.all().items()},
    }
    digest = hashlib.sha256(json.dumps(relevant, sort_keys=True).encode("utf-8")).hexdigest()[:12]
    return f"{PARSER_VERSION}+{source.id}:{digest}"
