"""Every resource of the code location, in one place: where the warehouse
lives, how to crawl, and the dbt project with its CLI resource.

REFORM_HOME is the one setting for where data lives. The warehouse resource
reads it as an EnvVar, and dbt's profile reads the same variable, so the
Python steps and dbt always write the same database.
"""
from __future__ import annotations

import importlib.metadata
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import cached_property
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DbtCliResource, DbtProject
from packaging import version

from pipelines.lib.dbt_manifest import dbt_executable
from pipelines.lock import refresh_lock
from pipelines.recovery import fail_dead_runs
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

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator[WarehouseResource]:
        """For the whole run, this run alone writes REFORM_HOME (pipelines.lock),
        and runs that died before it no longer hold their pool slots, whether
        it was started by `reform run`, the UI or the daemon."""
        run_id = context.dagster_run.run_id if context.dagster_run else None
        with refresh_lock(self.home, run=run_id):
            if context.instance is not None:
                fail_dead_runs(context.instance, log=context.log.warning if context.log else print)
            yield self


class DbtResource(DbtCliResource):
    """dbt's CLI as dagster-dbt drives it, less one network call: dagster-dbt
    learns dbt's version by running `dbt --version`, which asks PyPI for the
    latest release on every run, offline ones included. The executable is the
    dbt installed beside this Python (`dbt_executable`), so its version is the
    installed dbt-core's."""

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))


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
        "dbt": DbtResource(project_dir=dbt_project, profiles_dir=settings.DBT_PROJECT_DIR,
                              dbt_executable=dbt_executable()),
    }
