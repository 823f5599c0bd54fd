"""Whether tonight's build would repeat the published one.

One helper decides it for every step that may skip: the dbt build skips when
the raw tables and the dbt project are what the published warehouse was built
from and the report was built from that published file (the checks, publish
and report after it then skip with it). A report left behind by an
interrupted run (its stamp is not the published file's) makes the night
build, publish and report again rather than stay stale for good.
"""
from __future__ import annotations

from pathlib import Path

from pipelines.lib.dbt_manifest import project_fingerprint
from scrapers import settings
from scrapers.raw.schema import content_digest, raw_fingerprint
from scrapers.warehouse.publish import published_stamp, recover


def current_build_stamp(warehouse) -> str:
    """What a build now would be made from: the raw tables dbt reads, the rows
    the checks hold back from them, and the dbt project's files."""
    with warehouse.connect(read_only=True) as con:
        raw = raw_fingerprint(con)
        quarantine = _quarantine_digest(con)
    return f"{raw};quarantine={quarantine};dbt_project={project_fingerprint(settings.DBT_PROJECT_DIR)}"


def _quarantine_digest(con) -> str:
    held = con.execute("select count(*) from information_schema.tables "
                       "where table_schema = 'quality' and table_name = 'quarantine'").fetchall()[0][0]
    if not held:
        return "none"
    return content_digest(con, "(select table_name, row_key, severity from quality.quarantine "
                               "where severity <> 'warn')")


def published_build_is_current(warehouse) -> str | None:
    """When the published warehouse (and its Parquet copy) was built from what a
    build now would read: the time it was published; otherwise None."""
    recover(warehouse.published_db, warehouse.parquet_dir)
    published = published_stamp(warehouse.published_db)
    if published is None or not warehouse.parquet_dir.is_dir():
        return None
    if report_stamp(report_dir(warehouse)) != published[0]:
        return None
    return published[0] if published[1] == current_build_stamp(warehouse) else None


REPORT_STAMP = ".published_at"


def report_dir(warehouse) -> Path:
    return warehouse.home / "report"


def report_stamp(out_dir: Path) -> str | None:
    """When the published file the report was built from was published."""
    try:
        return (out_dir / REPORT_STAMP).read_text(encoding="utf-8").strip()
    except OSError:
        return None


def stamp_report(out_dir: Path, published_at: str) -> None:
    (out_dir / REPORT_STAMP).write_text(published_at, encoding="utf-8")
