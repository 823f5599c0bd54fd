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
from collections.abc import Callable

from scrapers import commands


def build_parser(*extra_registrars: Callable[[argparse._SubParsersAction], None]) -> argparse.ArgumentParser:
    """The parser with every command of `scrapers/commands/`, plus those the
    callers register (the orchestration commands of `pipelines.cli`)."""
    parser = argparse.ArgumentParser(prog="reform", description="Vietnam public-administration reform warehouse")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module_info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{module_info.name}").register(subparsers)
    for register in extra_registrars:
        register(subparsers)
    return parser


def run(parser: argparse.ArgumentParser, argv: list[str] | None = None) -> int:
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


def main(argv: list[str] | None = None) -> int:
    return run(build_parser(), argv)
