"""The source registry, with each source's last crawl outcome → `raw.sources`."""
from __future__ import annotations

import duckdb

from scrapers.raw.schema import SCHEMA, insert_frame, transaction
from scrapers.raw.steps import StepStats
from scrapers.sources.registry import SourceConfig


def load_sources(con: duckdb.DuckDBPyConnection, sources: dict[str, SourceConfig],
                 outcomes: dict[str, dict] | None = None) -> StepStats:
    """The registry as a table, so the warehouse can describe where facts came
    from and how each source did on its last crawl (`outcomes`: by source id,
    from `scrapers.crawl.outcomes.last_outcomes`). Only the outcome's status and
    since when it holds are kept: a night's page counts would make every night
    look new to the warehouse."""
    outcomes = outcomes or {}
    rows = []
    for s in sources.values():
        outcome = outcomes.get(s.id)
        rows.append({"source_id": s.id, "name": s.name, "family": s.family, "province": s.province,
                     "hosts": ", ".join(s.hosts), "unit_2025": s.unit_2025, "status": s.status,
                     "successor": s.successor, "last_outcome": outcome["status"] if outcome else None,
                     "last_outcome_since": outcome["since"] if outcome else None})
    with transaction(con):
        con.execute(f"delete from {SCHEMA}.sources")
        insert_frame(con, "sources", rows)
    return StepStats(new=len(rows))
