"""`reform run`: the nightly refresh, in this process, recorded in the Dagster
instance (so the UI shows it); its summary is `pipelines.summary`."""
from __future__ import annotations

import os
import socket
import uuid
from typing import IO

import dagster as dg
from dagster._core.storage.defs_state.base import set_defs_state_storage

from pipelines.lib.dbt_manifest import ensure_manifest
from pipelines.lock import refresh_lock, release
from pipelines.progress import step_logger
from pipelines.recovery import HOST_TAG, fail_dead_runs, fail_stopped_run
from pipelines.signals import stop_on_signals
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

    if instance is None:
        instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    # The definitions read state through the current instance's storage, which
    # an earlier, closed instance may still be registered as in this process.
    with set_defs_state_storage(instance.defs_state_storage):
        job = defs().resolve_job_def("nightly_refresh")
    run_config = {"resources": {"crawl_settings": {"config": {
        "live": live, "max_pages": max_pages, "since": since}}}}
    if step_lines is not None:
        job = job.with_logger_defs({"console": dg.colored_console_logger, "steps": step_logger(step_lines)})
        run_config["loggers"] = {"console": {"config": {"log_level": "DEBUG"}}, "steps": {}}
    keys = sync_source_partitions(instance)
    if source:
        if source not in keys:
            raise SystemExit(f"reform run: unknown source id {source!r}; known: {', '.join(keys)}")
        tags = {"dagster/partition": source}
    else:
        tags = partition_range_tags(keys)
    if force_build:
        tags["reform/force_build"] = "true"
    tags[HOST_TAG] = socket.gethostname()
    run_id = str(uuid.uuid4())
    home = settings.reform_home()

    def stop(signal_name: str) -> None:
        fail_stopped_run(instance, run_id, f"stopped by {signal_name}")
        release(home)

    # One refresh per REFORM_HOME (its resources take the same lock, for runs
    # the daemon launches); runs killed before this one are cleaned up first.
    with refresh_lock(home, run=run_id), stop_on_signals(stop):
        fail_dead_runs(instance)
        return job.execute_in_process(run_config=run_config, instance=instance, tags=tags, raise_on_error=False,
                                      run_id=run_id)
