"""Every resource of the code location, in one place: where the warehouse
lives, how to crawl, and the dbt project with its CLI resource.

REFORM_HOME is the one setting for where data lives. The warehouse resource
reads it as an EnvVar, and dbt's profile reads the same variable, so the
Python steps and dbt always write the same database.
"""
from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DbtCliResource, DbtProject

from pipelines.lib.dbt_manifest import dbt_executable
from scrapers import settings
from scrapers.crawl.archive import Archive
from scrapers.raw import schema as raw_schema
from scrapers.sources.registry import SourceConfig, load_registry

dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)
# Under `dagster dev` the manifest is re-parsed on load; elsewhere it is built
# ahead of time (`make manifest`, or `reform run`, which parses when stale).
dbt_project.prepare_if_dev()


class WarehouseResource(dg.ConfigurableResource):
    """The working database and the archive under REFORM_HOME. Each step opens
    the database, writes and closes it again: DuckDB allows one writer, and
    dbt needs the file next."""

    reform_home: str

    @property
    def home(self) -> Path:
        return Path(self.reform_home).resolve()

    @property
    def work_db(self) -> Path:
        return settings.work_db(self.home)

    @property
    def archive_dir(self) -> Path:
        return settings.archive_dir(self.home)

    @property
    def published_db(self) -> Path:
        return settings.published_db(self.home)

    @property
    def parquet_dir(self) -> Path:
        return settings.parquet_dir(self.home)

    @property
    def crawl_outcomes(self) -> Path:
        return settings.crawl_outcomes(self.home)

    def connect(self, read_only: bool = False) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        return raw_schema.connect(self.work_db, read_only=read_only)


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


def resources() -> dict[str, dg.ConfigurableResource]:
    return {
        "warehouse": WarehouseResource(reform_home=dg.EnvVar("REFORM_HOME")),
        "crawl_settings": CrawlSettings(),
        "dbt": DbtCliResource(project_dir=dbt_project, profiles_dir=settings.DBT_PROJECT_DIR,
                              dbt_executable=dbt_executable()),
    }
