"""Resources shared by the stages: where the warehouse lives and how to crawl."""
from __future__ import annotations

import os
from contextlib import AbstractContextManager

import dagster as dg
import duckdb

from scrapers import raw_store, settings
from scrapers.archive import Archive
from scrapers.registry import SourceConfig, load_registry


class WarehouseResource(dg.ConfigurableResource):
    """The working database under REFORM_HOME. Each step opens it, writes and
    closes it again: DuckDB allows one writer, and dbt needs the file next."""

    def connect(self, read_only: bool = False) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        return raw_store.connect(settings.work_db(), read_only=read_only)

    def export_env_for_dbt(self) -> None:
        """dbt's profile reads the database path from the environment."""
        os.environ["REFORM_WORK_DB"] = str(settings.work_db())
        os.environ.setdefault("DO_NOT_TRACK", "1")


class CrawlSettings(dg.ConfigurableResource):
    """How the crawl runs. Off-line by default: pages are replayed from the
    archive bundled in the repository; `live` fetches the real portals."""

    live: bool = False
    max_pages: int | None = None
    sources: list[str] = []          # empty: every source in the registry

    def registry(self) -> dict[str, SourceConfig]:
        return load_registry()

    def selected_sources(self) -> list[SourceConfig]:
        registry = self.registry()
        unknown = sorted(set(self.sources) - set(registry))
        if unknown:
            raise dg.Failure(f"unknown source ids {unknown}; known: {sorted(registry)}")
        if self.sources:
            return [registry[s] for s in self.sources]
        if self.live:
            return list(registry.values())
        # Replay serves only what the replayed archive holds: the seed sites by default.
        seeded = {r.get("source_id") for r in Archive(settings.replay_archive()).records()}
        return [s for s in registry.values() if s.id in seeded]
