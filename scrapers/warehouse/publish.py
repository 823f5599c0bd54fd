"""Publish the marts for BI: a new read-only DuckDB file and Parquet, swapped
in atomically.

The new file is written beside the old one and renamed over it, so a reader
holding the old file open keeps a complete snapshot, a reader opening the path
gets the old or the new file and never half of one, and a run that fails
before the rename leaves the last good file in place.

One open can still fail. DuckDB (2.0) opens the path three times to open a
database: it reads the headers through the second open and the blocks they
point to through the third (seen with strace). A rename landing between the
two hands it one file's headers and the other's blocks, and that open fails
with a storage error ("Metadata block index 255 exceeds metadata block count
64"); the next open succeeds. The window is microseconds wide against one
swap a night, and no rename of a path can close it: only DuckDB can, by
reading the headers through the handle it keeps.

A run killed outright (SIGKILL, power loss) cannot clean up after itself, so
the next publish does: it removes temporary files left by processes that no
longer exist, and puts back a Parquet directory that a kill caught between
the two renames of `_swap_dir` (moved aside, its successor not yet in place).

The published file is meant to be opened read-only, but a BI tool that opened
it read-write and was killed leaves `reform.duckdb.wal` beside it; DuckDB
would replay that WAL against the next published file and refuse to open it
("WAL does not match database file"), for every reader. The WAL and DuckDB's
spill folder (`reform.duckdb.tmp`) belong to the file being replaced, so they
are removed just before the new file is renamed into place.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from scrapers import settings
from scrapers.durable import fsync_dir
from scrapers.processes import process_alive
from scrapers.warehouse.describe import META_SCHEMA, copy_described, mart_descriptions, write_publish_record

PUBLISHED_SCHEMAS = ("marts",)


@dataclass
class PublishResult:
    path: Path
    parquet_dir: Path
    row_counts: dict[str, int]
    published_at: str


def publish(work_db: Path, published_db: Path, parquet_dir: Path, build_stamp: str = "") -> PublishResult:
    """Copy the marts of `work_db` into a new `published_db` and Parquet files
    and swap them in. `build_stamp` says what the marts were built from (raw
    data and dbt project); the next run compares it to skip an idle rebuild."""
    published_db.parent.mkdir(parents=True, exist_ok=True)
    recover(published_db, parquet_dir)
    tmp = published_db.with_name(f".{published_db.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    published_at = datetime.now(UTC).isoformat(timespec="seconds")
    storage = settings.published_storage_version()
    con = duckdb.connect(str(tmp), config={"storage_compatibility_version": storage} if storage else {})
    try:
        con.execute(f"attach '{work_db}' as work (read_only)")
        tables = con.execute("""
            select table_name from duckdb_tables()
            where database_name = 'work' and schema_name in ({})
            order by table_name
        """.format(", ".join(f"'{s}'" for s in PUBLISHED_SCHEMAS))).fetchall()
        if not tables:
            raise RuntimeError(f"{work_db}: no mart tables to publish (has dbt run?)")
        counts = copy_described(con, "work.marts", [name for (name,) in tables], mart_descriptions())
        write_publish_record(con, published_at, build_stamp)
        con.execute("detach work")
        new_parquet = parquet_dir.with_name(f".{parquet_dir.name}.{os.getpid()}.tmp")
        shutil.rmtree(new_parquet, ignore_errors=True)
        new_parquet.mkdir(parents=True)
        for name in counts:
            con.execute(f"copy main.\"{name}\" to '{new_parquet / (name + '.parquet')}' (format parquet)")
        con.execute("checkpoint")
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    con.close()
    _swap_dir(new_parquet, parquet_dir)
    _remove_leftovers_of(published_db)
    os.replace(tmp, published_db)
    fsync_dir(published_db.parent)
    return PublishResult(published_db, parquet_dir, counts, published_at)


def recover(published_db: Path, parquet_dir: Path) -> None:
    """Undo what a publish killed midway left behind: its temporary files, and
    a Parquet folder moved aside but not yet replaced. Run before every
    publish, and on a night that skips publishing, so nothing lingers."""
    _remove_stale_temporaries(published_db)
    _remove_stale_temporaries(parquet_dir)
    _restore_moved_aside(parquet_dir)


def _remove_stale_temporaries(target: Path) -> None:
    """Delete `.<name>.<pid>.tmp*` files and directories of processes that are gone."""
    for path in target.parent.glob(f".{target.name}.*.tmp*"):
        pid = path.name[len(target.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def _remove_leftovers_of(published_db: Path) -> None:
    """DuckDB's own files beside the published file: its WAL and spill folder."""
    published_db.with_name(published_db.name + ".wal").unlink(missing_ok=True)
    shutil.rmtree(published_db.with_name(published_db.name + ".tmp"), ignore_errors=True)


def _moved_aside(target: Path) -> Path:
    return target.with_name(f".{target.name}.old")


def _restore_moved_aside(target: Path) -> None:
    """A crash between the two renames of `_swap_dir` left the last good
    directory moved aside and none in its place: put it back."""
    old = _moved_aside(target)
    if old.exists() and not target.exists():
        os.replace(old, target)


def published_stamp(published_db: Path) -> tuple[str, str] | None:
    """(published_at, build_stamp) of the published file, or None when there is none to read."""
    if not published_db.exists():
        return None
    try:
        with duckdb.connect(str(published_db), read_only=True) as con:
            return tuple(con.execute(f"select published_at::varchar, build_stamp "
                                     f"from {META_SCHEMA}.published").fetchall()[0])
    except duckdb.Error:
        return None   # an older or foreign file: build and publish anew


def _swap_dir(new: Path, target: Path) -> None:
    """Replace a directory with another (two renames; the old one is removed last)."""
    old = _moved_aside(target)
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


