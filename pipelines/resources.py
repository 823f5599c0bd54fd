"""Resources shared by the stages: where the warehouse lives and how to crawl."""
from __future__ import annotations

import os
from collections.abc import Sequence
from contextlib import AbstractContextManager

import dagster as dg
import duckdb

from scrapers import settings
from scrapers.crawl.archive import Archive
from scrapers.raw import schema as raw_schema
from scrapers.sources.registry import SourceConfig, load_registry


class WarehouseResource(dg.ConfigurableResource):
    """The working database under REFORM_HOME. Each step opens it, writes and
    closes it again: DuckDB allows one writer, and dbt needs the file next."""

    def connect(self, read_only: bool = False) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        return raw_schema.connect(settings.work_db(), read_only=read_only)

    def export_env_for_dbt(self) -> None:
        """dbt's profile reads the database path from the environment."""
        os.environ["REFORM_WORK_DB"] = str(settings.work_db())
        os.environ.setdefault("DO_NOT_TRACK", "1")


class CrawlSettings(dg.ConfigurableResource):
    """How the crawl runs. Off-line by default: pages are replayed from the
    archive bundled in the repository; `live` fetches the real portals."""

    live: bool = False
    max_pages: int | None = None     # listing pages per walk
    since: str | None = None         # ISO date: backfill, walking listings back to this date

    def registry(self) -> dict[str, SourceConfig]:
        return load_registry()

    def sources_for(self, source_ids: Sequence[str]) -> list[SourceConfig]:
        """The registry entries of the run's source partitions. A replay serves
        only what the replayed archive holds (the seed sites by default), so
        other sources are left out of it rather than walked into 404s."""
        registry = self.registry()
        unknown = sorted(set(source_ids) - set(registry))
        if unknown:
            raise dg.Failure(f"sources {unknown} are not in the registry ({sorted(registry)}); "
                             "the source partitions are synced from scrapers/sources/sources.yaml each night")
        if self.live:
            return [registry[s] for s in source_ids]
        archived = {r.get("source_id") for r in Archive(settings.replay_archive()).records()}
        return [registry[s] for s in source_ids if s in archived]
