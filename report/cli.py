"""`reform report [--out DIR]`: build the static site from the published warehouse."""
from __future__ import annotations

import argparse
import sys

from scrapers import settings
from scrapers.arguments import writable_dir


def _report(args: argparse.Namespace) -> int:
    from report.build import build_report

    published = settings.published_db()
    if not published.is_file():
        print(f"reform report: no published warehouse at {published}; run `reform run` first", file=sys.stderr)
        return 1
    result = build_report(published, args.out or settings.reform_home() / "report")
    print(f"{len(result.pages)} pages, {result.n_charts} charts in {result.seconds:.1f} s: "
          f"{result.out_dir / 'index.html'}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="build the static HTML report from the published warehouse",
                                   description=__doc__)
    parser.add_argument("--out", type=writable_dir, metavar="DIR",
                        help="where to write the site (default $REFORM_HOME/report)")
    parser.set_defaults(func=_report)
