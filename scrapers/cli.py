"""The scraping half of the `reform` command.

Each module in `scrapers/commands/` contributes one sub-command through a
`register(subparsers)` function that sets `func` on its parser; the module owns
its options. `pipelines.cli` adds the orchestration commands (`run`, `report`)
on top of this parser, so scrapers stay free of Dagster.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version

from scrapers import commands
from scrapers.arguments import UsageError


class ReformParser(argparse.ArgumentParser):
    """argparse with errors on one line (`reform run: argument --since: ...`), exit status 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message}\n")


def _version() -> str:
    try:
        return version("reform-warehouse")
    except PackageNotFoundError:   # run from a checkout that was never installed
        return "unknown"


def build_parser(*extra_registrars: Callable[[argparse._SubParsersAction], None]) -> argparse.ArgumentParser:
    """The parser with every command of `scrapers/commands/`, plus those the
    callers register (the orchestration commands of `pipelines.cli`)."""
    parser = ReformParser(prog="reform", description="Vietnam public-administration reform warehouse: crawl, "
                          "parse and extract the provinces' reform figures, build and publish the warehouse.")
    parser.add_argument("--version", action="version", version=f"reform {_version()}",
                        help="print the version and exit")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module_info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{module_info.name}").register(subparsers)
    for register in extra_registrars:
        register(subparsers)
    return parser


def run(parser: argparse.ArgumentParser, argv: list[str] | None = None) -> int:
    """Parse and run a command; a UsageError it raises before starting work
    (a bad source id, a malformed registry) is one line on stderr, exit 2."""
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"reform {args.command}: {exc}", file=sys.stderr)
        return 2


def main(argv: list[str] | None = None) -> int:
    return run(build_parser(), argv)
