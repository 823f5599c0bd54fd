"""The source registry → `raw.sources`."""
from __future__ import annotations

import duckdb

from scrapers.raw.schema import SCHEMA, insert_frame, transaction
from scrapers.raw.steps import StepStats
from scrapers.sources.registry import SourceConfig


def load_sources(con: duckdb.DuckDBPyConnection, sources: dict[str, SourceConfig]) -> StepStats:
    """The registry as a table, so the warehouse can describe where facts came from."""
    rows = [{"source_id": s.id, "name": s.name, "family": s.family, "province": s.province,
             "hosts": ", ".join(s.hosts)} for s in sources.values()]
    with transaction(con):
        con.execute(f"delete from {SCHEMA}.sources")
        insert_frame(con, "sources", rows)
    return StepStats(new=len(rows))
