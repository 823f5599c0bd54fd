"""Run the killable refresh in a child process and read back what it left."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb

from scrapers.crawl.archive import Archive

REPO_ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("killable_refresh.py")


def refresh(home: Path, publications: Path, *, kill_at: str = "", since: str = "",
            extra_env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    env.update(REFORM_HOME=str(home), REFORM_PUBLICATIONS=str(publications), REFORM_WORKERS="1",
               REFORM_TEST_KILL_AT=kill_at, REFORM_TEST_SINCE=since, DO_NOT_TRACK="1", **(extra_env or {}))
    # Its own session, so the kill takes the dbt child too and never this test process.
    return subprocess.run([sys.executable, str(CHILD)], cwd=REPO_ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout, start_new_session=True)


@dataclass(frozen=True)
class Snapshot:
    marts: dict[str, int]
    fact_ids: frozenset[str]
    article_ids: frozenset[str]
    page_keys: frozenset[tuple[str, str]]
    published_at: str | None


def snapshot(home: Path) -> Snapshot:
    published = home / "reform.duckdb"
    marts, stamp = {}, None
    if published.exists():
        with duckdb.connect(str(published), read_only=True) as con:
            tables = [r[0] for r in con.execute("select table_name from duckdb_tables() "
                                                "where schema_name = 'main'").fetchall()]
            marts = {t: con.execute(f'select count(*) from "{t}"').fetchall()[0][0] for t in tables}
            stamp = con.execute("select published_at::varchar from meta.published").fetchall()[0][0]
    with duckdb.connect(str(home / "work" / "warehouse.duckdb"), read_only=True) as con:
        facts = [r[0] for r in con.execute("select fact_id from raw.facts").fetchall()]
        assert len(facts) == len(set(facts)), "duplicated facts"
        articles = frozenset(r[0] for r in con.execute("select article_id from raw.articles").fetchall())
        pages = frozenset(con.execute("select page_key, sha256 from raw.pages").fetchall())
    return Snapshot(marts, frozenset(facts), articles, pages, stamp)


def archive_problems(home: Path) -> tuple[list[int], list[str]]:
    """(torn manifest lines, records whose body cannot be read back in full)."""
    archive = Archive(home / "archive")
    unreadable = []
    for record in archive.records():
        try:
            if len(archive.read_body(record["sha256"])) != record["size"]:
                unreadable.append(record["url"])
        except (OSError, EOFError):
            unreadable.append(record["url"])
    return archive.torn_lines, unreadable
