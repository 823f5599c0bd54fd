"""Checks for the arguments of `reform` commands, run before any work starts:
a bad date, number, path or source id stops the command at once with one line
that names it (exit status 2), not a traceback minutes later."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from scrapers.sources.registry import RegistryError, SourceConfig, load_registry


class UsageError(Exception):
    """An argument or input file the command cannot work with; the message names it."""


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: expected YYYY-MM-DD") from None


def positive_int(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number, 1 or more")
    return int(text)


def count(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number, 0 or more")
    return int(text)


def http_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(f"{text!r}: expected an http:// or https:// URL")
    return text


def writable_dir(text: str) -> Path:
    """A directory that exists or can be made: not a file, nor under one."""
    path = Path(text)
    for part in (path, *path.parents):
        if part.exists():
            if not part.is_dir():
                raise argparse.ArgumentTypeError(f"{text}: {part} is a file, not a directory")
            break
    return path


def existing_dir(text: str) -> Path:
    path = Path(text)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{text}: no such directory")
    return path


def one_line(exc: BaseException) -> str:
    """An error message on one line (YAML and DuckDB messages span several)."""
    return " ".join(str(exc).split())


def registry() -> dict[str, SourceConfig]:
    """The source registry, or a UsageError naming the file and entry at fault."""
    try:
        return load_registry()
    except RegistryError as exc:
        raise UsageError(one_line(exc)) from None


def known_sources(ids: list[str], sources: dict[str, SourceConfig]) -> None:
    unknown = [s for s in ids if s not in sources]
    if unknown:
        raise UsageError(f"unknown source(s) {', '.join(unknown)}; known: {', '.join(sorted(sources))}")


def fail(prog: str, message: str) -> int:
    print(f"{prog}: {message}", file=sys.stderr)
    return 2
