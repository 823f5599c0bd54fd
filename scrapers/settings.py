"""Where the warehouse keeps its files, in one place.

`REFORM_HOME` (default `data/` in the repository) holds the archive, the
working database that the pipeline writes, and the published read-only file
that BI tools open. `REFORM_PUBLICATIONS` names a directory of index
publications to ingest (unset: none). `REFORM_REPLAY_ARCHIVE` names the
archive an offline crawl replays (unset: the seed archive bundled in the
repository); benchmarks point it at a generated corpus. `REFORM_WORKERS` caps
the processes that parse pages and extract facts (default: the CPUs this
process may use). `REFORM_CONTACT_EMAIL` and `REFORM_PROJECT_URL` name the
operator in the User-Agent of live crawls, which refuse to start without them.
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


def nightly_cron() -> str:
    """When the nightly schedule fires (Vietnam time): 02:00 unless
    REFORM_NIGHTLY_CRON says otherwise (the deployment test fires it every minute)."""
    return os.environ.get("REFORM_NIGHTLY_CRON", "").strip() or "0 2 * * *"


def publications_dir() -> Path | None:
    value = os.environ.get("REFORM_PUBLICATIONS")
    return Path(value).resolve() if value else None


# DuckDB 2.x writes a storage format that DuckDB 1.x cannot open; the
# published file is written in the 1.x format by default so every reader opens
# it (DuckDB 1.1 and later, the CLIs and the drivers bundled in BI tools).
# DuckDB 1.0 cannot read the keys DuckDB 2.0 writes even in that format.
DEFAULT_PUBLISHED_STORAGE_VERSION = "v1.1.0"


def published_storage_version() -> str | None:
    """DuckDB storage version of the published file (`REFORM_PUBLISHED_STORAGE`:
    a version such as `v1.1.0`, or `latest` for this DuckDB's own format)."""
    value = os.environ.get("REFORM_PUBLISHED_STORAGE", DEFAULT_PUBLISHED_STORAGE_VERSION).strip()
    return None if value == "latest" else value


class MissingContact(ValueError):
    """A live crawl was asked for without a contact for the sites to reach."""


def user_agent() -> str:
    """The User-Agent of live crawls: the project, where it lives, and the
    operator's email, so a site can reach whoever is crawling it."""
    email = os.environ.get("REFORM_CONTACT_EMAIL", "").strip()
    project = os.environ.get("REFORM_PROJECT_URL", "").strip()
    missing = [name for name, value in (("REFORM_CONTACT_EMAIL", email), ("REFORM_PROJECT_URL", project))
               if not value]
    if missing:
        raise MissingContact(f"set {' and '.join(missing)}: live crawls name the project and a real contact "
                             "in their User-Agent")
    if "@" not in email or " " in email:
        raise MissingContact(f"REFORM_CONTACT_EMAIL={email!r} is not an email address")
    if not project.startswith(("https://", "http://")):
        raise MissingContact(f"REFORM_PROJECT_URL={project!r} is not an http(s) URL")
    return f"reform-warehouse/0.1 (+{project}; {email})"


def crawl_outcomes(home: Path | None = None) -> Path:
    """Each crawl's outcome per source, one JSON line per source and crawl, under
    `home` (default: REFORM_HOME)."""
    return (home or reform_home()) / "crawl_outcomes.jsonl"
