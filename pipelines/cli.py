"""The `reform` command: the scraping commands of `scrapers.cli`, plus the
orchestration commands that need Dagster."""
from __future__ import annotations

import argparse
import sys

from report import cli as report_cli
from scrapers import settings
from scrapers.arguments import (
    UsageError,
    iso_date,
    known_sources,
    positive_int,
    registry,
)
from scrapers.cli import build_parser, run

RUN_DESCRIPTION = """\
The nightly refresh end to end, in this process: crawl (a replay of the
bundled archive unless --live), load pages, parse articles, extract facts,
load the index publications, check them, build the dbt models, publish the
warehouse and build the report.

The terminal shows one line per step and a summary; the full log (Dagster's
events, dbt's output) goes to $REFORM_HOME/logs/run-<time>.log, whose path
the summary prints. Exit status 0 when the run succeeded, 1 when a step or
a blocking check failed, 2 when an argument is wrong."""


def _check_run_arguments(args: argparse.Namespace) -> None:
    """Everything `reform run` is given, checked before Dagster is imported."""
    if args.source:
        known_sources([args.source], registry())
    else:
        registry()
    publications = settings.publications_dir()
    if publications is not None and not publications.is_dir():
        raise UsageError(f"REFORM_PUBLICATIONS={publications}: no such directory")


def _run(args: argparse.Namespace) -> int:
    _check_run_arguments(args)
    from pipelines.lock import RefreshLocked
    from pipelines.progress import RunLog
    from pipelines.run import run_nightly
    from pipelines.summary import summary

    with RunLog(verbose=args.verbose) as log:
        print(f"reform run: full log in {log.path}", file=log.terminal, flush=True)
        try:
            result = run_nightly(live=args.live, source=args.source, max_pages=args.max_pages,
                                 since=args.since.isoformat() if args.since else None, force_build=args.force,
                                 step_lines=log.terminal)
        except RefreshLocked as exc:
            print(f"reform run: {exc}", file=sys.stderr)
            return 75   # EX_TEMPFAIL: try again later
        text = summary(result, log_path=log.path)
        print(text, file=log.terminal, flush=True)
    return 0 if result.success else 1


def register(subparsers: argparse._SubParsersAction) -> None:
    run_parser = subparsers.add_parser("run", help="run the nightly refresh end to end (offline replay by default)",
                                       description=RUN_DESCRIPTION,
                                       formatter_class=argparse.RawDescriptionHelpFormatter)
    run_parser.add_argument("--live", action="store_true", help="crawl the real portals instead of the bundled archive")
    run_parser.add_argument("--source", metavar="ID",
                            help="only this source (its partition); ids are in scrapers/sources/sources.yaml")
    run_parser.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD",
                            help="backfill: walk listings back to this date")
    run_parser.add_argument("--max-pages", type=positive_int, metavar="N", help="listing pages per source walk")
    run_parser.add_argument("--force", action="store_true",
                            help="rebuild and republish the warehouse even when nothing new arrived")
    run_parser.add_argument("--verbose", action="store_true",
                            help="stream the full log (Dagster's events, dbt's output) to the terminal too")
    run_parser.set_defaults(func=_run)


def main(argv: list[str] | None = None) -> int:
    return run(build_parser(register, report_cli.register), argv)


if __name__ == "__main__":
    sys.exit(main())
