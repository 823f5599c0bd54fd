"""`reform sources`: the registry, with each source's 2025 unit, evidence status
and last crawl outcome.

    reform sources                 a table: id, 2025 unit, status, hosts, last crawl outcome
    reform sources --json          one JSON object per source (id, unit_2025, status, …)
    reform sources match URL...    one line per URL, tab-separated: URL, source id (or -), article|listing|none

A malformed registry fails here, naming the file, the source and the field.
"""
from __future__ import annotations

import argparse
import json

from scrapers import settings
from scrapers.arguments import registry as load_sources
from scrapers.crawl.outcomes import last_outcomes, outcome_line
from scrapers.sources.registry import SourceConfig, source_for_url
from scrapers.urls import canonicalize


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sources", help="list the registered sources, or say which one claims a URL",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="one JSON object per source")
    actions = parser.add_subparsers(dest="action", metavar="match",
                                    help="match: which source claims each URL (without it: list the sources)")
    match = actions.add_parser("match", help="which source claims each URL, and as what")
    match.add_argument("urls", nargs="+", metavar="URL", help="page URLs to look up")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    registry = load_sources()
    if args.action == "match":
        for url in args.urls:
            print("\t".join(match_url(url, registry)))
        return 0
    outcomes = last_outcomes(settings.crawl_outcomes())
    if args.json:
        for source in registry.values():
            print(json.dumps(source_record(source, outcomes.get(source.id)), ensure_ascii=False))
        return 0
    rows = [["id", "unit_2025", "status", "hosts", "last crawl"]]
    rows += [[s.id, s.unit_2025 or "national", s.status + (f" → {s.successor}" if s.successor else ""),
              ", ".join(s.hosts), outcome_line(outcomes.get(s.id))] for s in registry.values()]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    live = [s for s in registry.values() if s.live]
    units = {s.unit_2025 for s in live if s.unit_2025}
    print(f"{len(registry)} sources ({len(live)} live, {len(registry) - len(live)} retired); "
          f"{len(units)} of the 34 units of 2025 covered")
    return 0


def match_url(url: str, registry: dict[str, SourceConfig]) -> tuple[str, str, str]:
    """(the URL as given, the claiming source's id or -, article | listing | none)."""
    try:
        canonical = canonicalize(url)
    except ValueError:
        return url, "-", "none"
    source = source_for_url(canonical, registry)
    return url, source.id if source else "-", source.url_kind(canonical) if source else "none"


def source_record(source: SourceConfig, outcome: dict | None) -> dict:
    return {
        "id": source.id, "name": source.name, "unit_2025": source.unit_2025, "province": source.province,
        "status": source.status, "successor": source.successor, "family": source.family,
        "hosts": list(source.hosts), "listing": source.listing.kind if source.listing else None,
        "evidence": {"saved_pages": len(source.evidence.pages), "urls": len(source.evidence.urls)},
        "last_crawl": outcome,
    }
