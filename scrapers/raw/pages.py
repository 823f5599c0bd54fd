"""The archive → `raw.pages`: one row per archived (request, content)."""
from __future__ import annotations

import duckdb
import pandas as pd

from scrapers.crawl.archive import Archive, record_key
from scrapers.crawl.http import header
from scrapers.raw.schema import SCHEMA, record_errors, row_count, transaction
from scrapers.raw.steps import StepStats


def load_pages(con: duckdb.DuckDBPyConnection, archive: Archive) -> StepStats:
    """Every archived exchange as one row per (request, content); a re-fetch of
    the same content only moves `last_fetched_at`."""
    records = [
        {
            "page_key": record_key(r),
            "sha256": r["sha256"],
            "url": r["url"],
            "method": r.get("method", "GET"),
            "final_url": r.get("final_url"),
            "source_id": r.get("source_id"),
            "status": r.get("status"),
            "error": r.get("error"),
            "content_type": header(r.get("headers") or {}, "content-type"),
            "size": r.get("size"),
            "reconstructed": bool(r.get("reconstructed")),
            "fetched_at": r.get("fetched_at"),
        }
        for r in archive.records()
    ]
    stats = StepStats()
    if archive.torn_report:
        # Named, kept in raw.load_errors and skipped: one bad line never stops the night.
        stats.errors.append(archive.torn_report)
        record_errors(con, "archive", archive.load_errors())
    if not records:
        return stats
    frame = pd.DataFrame(records)
    frame["fetched_at"] = pd.to_datetime(frame["fetched_at"], utc=True).dt.tz_localize(None)
    before = row_count(con, f"{SCHEMA}.pages")
    con.register("_fetches", frame)
    try:
        with transaction(con):
            con.execute(f"""
                insert into {SCHEMA}.pages
                select page_key, sha256, any_value(url), any_value(method), any_value(final_url),
                       any_value(source_id), any_value(status), any_value(error), any_value(content_type),
                       any_value(size), bool_and(reconstructed), min(fetched_at), max(fetched_at)
                from _fetches group by page_key, sha256
                on conflict (page_key, sha256) do update set
                    last_fetched_at = greatest({SCHEMA}.pages.last_fetched_at, excluded.last_fetched_at)
            """)
    finally:
        con.unregister("_fetches")
    after = row_count(con, f"{SCHEMA}.pages")
    stats.new = after - before
    stats.unchanged = before
    return stats

