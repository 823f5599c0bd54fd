"""Where the warehouse keeps its files, in one place.

`REFORM_HOME` (default `data/` in the repository) holds the archive, the
working database that the pipeline writes, and the published read-only file
that BI tools open. `REFORM_PUBLICATIONS` names a directory of index
publications to ingest (unset: none). `REFORM_REPLAY_ARCHIVE` names the
archive an offline crawl replays (unset: the seed archive bundled in the
repository); benchmarks point it at a generated corpus. `REFORM_WORKERS` caps
the processes that parse pages and extract facts (default: the CPUs this
process may use).
"""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED_ARCHIVE = REPO_ROOT / "scrapers" / "crawl" / "seed"
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
# Reference tables (provinces, the 2025 merger, the metric vocabulary) kept as dbt seeds.
SEEDS_DIR = DBT_PROJECT_DIR / "seeds"


def reform_home() -> Path:
    return Path(os.environ.get("REFORM_HOME") or REPO_ROOT / "data").resolve()


def replay_archive() -> Path:
    """The archive an offline (replay) crawl serves pages from."""
    value = os.environ.get("REFORM_REPLAY_ARCHIVE")
    return Path(value).resolve() if value else SEED_ARCHIVE


def workers() -> int:
    """Processes for CPU-bound load steps; 1 keeps everything in this process."""
    value = os.environ.get("REFORM_WORKERS")
    if value:
        if not value.isdigit() or int(value) < 1:
            raise ValueError(f"REFORM_WORKERS={value!r}: expected a whole number of processes, 1 or more")
        return int(value)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def duckdb_memory_limit() -> str:
    """Memory DuckDB may use per database connection (and in dbt): it spills to
    disk beyond it, so a large archive costs time, not the machine's memory."""
    return os.environ.get("REFORM_DUCKDB_MEMORY", "1GB")


def archive_dir(home: Path | None = None) -> Path:
    """The archive of every fetched exchange, under `home` (default: REFORM_HOME)."""
    return (home or reform_home()) / "archive"


def work_db(home: Path | None = None) -> Path:
    """The database the pipeline writes: raw tables and dbt models."""
    return (home or reform_home()) / "work" / "warehouse.duckdb"


def published_db(home: Path | None = None) -> Path:
    """The read-only snapshot for BI, replaced atomically after a good build."""
    return (home or reform_home()) / "reform.duckdb"


def parquet_dir(home: Path | None = None) -> Path:
    return (home or reform_home()) / "parquet"


def live_nightly() -> bool:
    """Whether the nightly schedule crawls the real portals (REFORM_LIVE=1)
    rather than replaying the bundled archive, the default."""
    value = os.environ.get("REFORM_LIVE", "").strip().lower()
    if value in ("", "0", "false", "no"):
        return False
    if value in ("1", "true", "yes"):
        return True
    raise ValueError(f"REFORM_LIVE={value!r}: expected 1 (crawl live) or 0 (replay the bundled archive)")


def publications_dir() -> Path | None:
    value = os.environ.get("REFORM_PUBLICATIONS")
    return Path(value).resolve() if value else None
