"""`reform run`: the nightly refresh, in this process, recorded in the Dagster
instance (so the UI shows it); its summary is `pipelines.summary`."""
from __future__ import annotations

import os
from typing import IO

import dagster as dg

from pipelines.lib.dbt_manifest import ensure_manifest
from pipelines.progress import step_logger
from scrapers import settings


def run_nightly(*, live: bool = False, source: str | None = None, max_pages: int | None = None,
                since: str | None = None, force_build: bool = False,
                instance: dg.DagsterInstance | None = None,
                step_lines: IO[str] | None = None) -> dg.ExecuteInProcessResult:
    """The nightly refresh over every source partition, or over one `source`
    only; `force_build` rebuilds and republishes even when nothing changed.
    With `step_lines`, a line per finished step is written there."""
    # The resources read REFORM_HOME as an EnvVar and dbt's profile reads it
    # too: its default is resolved once here, so both see the same folder.
    os.environ.setdefault("REFORM_HOME", str(settings.reform_home()))
    # Built ahead of the definitions, which read it (`dagster dev` re-parses itself).
    ensure_manifest()
    from pipelines.definitions import defs
    from pipelines.defs.ingest.partitions import partition_range_tags, sync_source_partitions

    job = defs().resolve_job_def("nightly_refresh")
    run_config = {"resources": {"crawl_settings": {"config": {
        "live": live, "max_pages": max_pages, "since": since}}}}
    if step_lines is not None:
        job = job.with_logger_defs({"console": dg.colored_console_logger, "steps": step_logger(step_lines)})
        run_config["loggers"] = {"console": {"config": {"log_level": "DEBUG"}}, "steps": {}}
    if instance is None:
        instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    keys = sync_source_partitions(instance)
    if source:
        if source not in keys:
            raise SystemExit(f"reform run: unknown source id {source!r}; known: {', '.join(keys)}")
        tags = {"dagster/partition": source}
    else:
        tags = partition_range_tags(keys)
    if force_build:
        tags["reform/force_build"] = "true"
    return job.execute_in_process(run_config=run_config, instance=instance, tags=tags, raise_on_error=False)
