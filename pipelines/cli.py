"""The `reform` command: the scraping commands of `scrapers.cli`, plus the
orchestration commands that need Dagster."""
from __future__ import annotations

import argparse
import sys

from report import cli as report_cli
from scrapers.cli import build_parser, run


def _run(args: argparse.Namespace) -> int:
    from pipelines.lock import RefreshLocked
    from pipelines.run import run_nightly, summary

    try:
        result = run_nightly(live=args.live, source=args.source, max_pages=args.max_pages, since=args.since,
                             force_build=args.force)
    except RefreshLocked as exc:
        print(f"reform run: {exc}", file=sys.stderr)
        return 75   # EX_TEMPFAIL: try again later
    print(summary(result))
    return 0 if result.success else 1


def register(subparsers: argparse._SubParsersAction) -> None:
    run_parser = subparsers.add_parser("run", help="run the nightly refresh end to end (offline replay by default)")
    run_parser.add_argument("--live", action="store_true", help="crawl the real portals instead of the bundled archive")
    run_parser.add_argument("--source", metavar="ID", help="only this source (its partition)")
    run_parser.add_argument("--since", metavar="YYYY-MM-DD", help="backfill: walk listings back to this date")
    run_parser.add_argument("--max-pages", type=int, metavar="N", help="listing pages per source walk")
    run_parser.add_argument("--force", action="store_true",
                            help="rebuild and republish the warehouse even when nothing new arrived")
    run_parser.set_defaults(func=_run)


def main(argv: list[str] | None = None) -> int:
    return run(build_parser(register, report_cli.register), argv)


if __name__ == "__main__":
    sys.exit(main())
