"""`reform crawl`: fetch what the sources published since the last crawl.

Without `--live` the crawl replays the bundled seed archive (`scrapers/crawl/seed/`),
so a fresh checkout runs end to end offline; `--live` asks the real sites,
politely, with REFORM_CONTACT_EMAIL and REFORM_PROJECT_URL in its User-Agent.
Either way every exchange lands in the target archive (`$REFORM_HOME/archive`
unless `--archive`) and each source's outcome in $REFORM_HOME/crawl_outcomes.jsonl
(`reform sources` shows the last one).

`--live --check` fetches one listing (or sitemap) and one article per live
source and prints a health table: for an operator with internet, never run
by the tests.
"""
from __future__ import annotations

import argparse
import sys

from scrapers import settings
from scrapers.arguments import iso_date, known_sources, positive_int, writable_dir
from scrapers.arguments import registry as load_sources
from scrapers.crawl.archive import Archive
from scrapers.crawl.crawler import DEFAULT_WORKERS, CrawlProgress, crawl, known_urls_in
from scrapers.crawl.health import check_sources, table
from scrapers.crawl.http import ClientSettings, PoliteClient
from scrapers.crawl.outcomes import record_outcomes
from scrapers.crawl.transport import LiveTransport, ReplayTransport


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("crawl",
                                   help="crawl the registered sources (replays the seed archive unless --live)",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--live", action="store_true", help="fetch from the real sites instead of the seed archive")
    parser.add_argument("--source", action="append", metavar="ID", help="crawl only this source (repeatable)")
    parser.add_argument("--max-pages", type=positive_int, metavar="N",
                        help="listing pages per walk (default: the registry's)")
    parser.add_argument("--since", type=iso_date, metavar="DATE",
                        help="backfill: walk on until articles are older than DATE (YYYY-MM-DD)")
    parser.add_argument("--archive", type=writable_dir, metavar="DIR",
                        help="archive to write (default $REFORM_HOME/archive)")
    parser.add_argument("--workers", type=positive_int, default=DEFAULT_WORKERS, metavar="N",
                        help=f"hosts crawled at once (default {DEFAULT_WORKERS}); each host still one at a time")
    parser.add_argument("--check", action="store_true",
                        help="with --live: fetch one listing and one article per source and print a health table")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    registry = load_sources()
    known_sources(args.source or [], registry)
    if args.check and not args.live:
        print("reform crawl: --check asks the real sites; use it with --live", file=sys.stderr)
        return 2
    client_settings = ClientSettings()
    if args.live:
        try:
            client_settings = ClientSettings(user_agent=settings.user_agent())
        except settings.MissingContact as exc:
            print(f"reform crawl: {exc}", file=sys.stderr)
            return 2
    seed = Archive(settings.replay_archive())
    if args.source:
        sources = [registry[s] for s in args.source]
        retired = [s for s in sources if not s.live]
        if args.live and retired:
            print("reform crawl: retired source(s) are kept for their archived pages and not crawled live: "
                  + ", ".join(f"{s.id} (now {s.successor})" for s in retired), file=sys.stderr)
            return 2
    elif args.live:
        sources = [s for s in registry.values() if s.live]
    else:   # a replay can only walk the sources the seed archive holds pages of
        seeded = {r.get("source_id") for r in seed.records()}
        sources = [s for s in registry.values() if s.id in seeded]
    archive = Archive(args.archive or settings.archive_dir())
    transport = LiveTransport(tls={h: s.tls for s in sources if s.tls for h in s.hosts}) if args.live \
        else ReplayTransport(seed)
    client = PoliteClient.for_sources(transport, sources, archive=archive, settings=client_settings)
    if args.check:
        rows = check_sources(sources, client, workers=args.workers)
        print(table(rows))
        print(f"{sum(r.ok for r in rows)} of {len(rows)} sources delivered an article")
        return 0 if all(r.ok for r in rows) else 1
    mode = "live" if args.live else f"replay of {settings.replay_archive()}"
    print(f"crawling {len(sources)} source(s), {mode}, into {archive.root}")

    def show(progress: CrawlProgress) -> None:
        if progress.event != "done":
            print(progress.line(), flush=True)

    report = crawl(sources, client, archive, known_urls=known_urls_in(archive), since=args.since,
                   max_pages=args.max_pages, progress=show, workers=args.workers if args.live else 1)
    record_outcomes(report, settings.crawl_outcomes(), mode="live" if args.live else "replay")
    for line in report.summary_lines():
        print(line)
    if archive.torn_report:
        print(f"warning: {archive.torn_report}", file=sys.stderr)
    for origin, reason in client.robots_failures.items():
        print(f"warning: robots.txt of {origin} unavailable, host skipped: {reason}", file=sys.stderr)
    return 1 if any(s.failed for s in report.sources.values()) else 0
