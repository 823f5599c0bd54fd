"""Free space, checked before the steps that write most.

A full disk used to surface as "sqlite3.OperationalError: disk I/O error"
from Dagster's own storage, after half a build. Before `dbt build` and before
the publish, the free space of the filesystem they write is compared with
what they will write (an estimate from the files they rewrite, plus a margin
for Dagster's logs and DuckDB's WAL), and a short disk stops the step with a
message naming the path and the bytes needed.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import dagster as dg

# Room beyond the estimate: Dagster's event log, DuckDB's WAL and temp files.
# REFORM_MIN_FREE_BYTES overrides it.
DEFAULT_MARGIN_BYTES = 64 * 1024 * 1024


class DiskFull(dg.Failure):
    """Not enough free space for the next step: the step fails with this one
    line, and is not retried (the disk is as full a minute later)."""

    def __init__(self, message: str):
        super().__init__(description=message, allow_retries=False)


def margin_bytes() -> int:
    return int(os.environ.get("REFORM_MIN_FREE_BYTES", DEFAULT_MARGIN_BYTES))


def size_of(path: Path) -> int:
    """Bytes of a file, or of every file under a directory; 0 when missing."""
    if path.is_file():
        return path.stat().st_size
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return 0


def ensure_free_space(path: Path, needed: int, step: str) -> None:
    """Raise DiskFull when the filesystem holding `path` has less than
    `needed` bytes plus the margin free."""
    existing = Path(path)
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    needed += margin_bytes()
    free = shutil.disk_usage(existing).free
    if free < needed:
        raise DiskFull(f"disk full: {step} needs {needed:,} bytes free at {path}, "
                       f"and the disk holding it has {free:,}; free some space and run again")


def ensure_room_to_build(work_db: Path) -> None:
    """dbt rebuilds its models inside the working database: room for as much again."""
    ensure_free_space(work_db, size_of(work_db), "dbt build")


def ensure_room_to_publish(work_db: Path, published_db: Path, parquet_dir: Path) -> None:
    """The publish writes a new file beside the old one and a new Parquet folder
    beside the old: room for both as large as the present ones (or, on the
    first publish, as large as the working database)."""
    present = size_of(published_db) + size_of(parquet_dir)
    ensure_free_space(published_db, present or size_of(work_db), "publish")
