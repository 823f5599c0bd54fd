"""`reform run`: the nightly refresh, in this process, recorded in the Dagster
instance (so the UI shows it), with a summary at the end."""
from __future__ import annotations

import os
import socket
import uuid
from collections import Counter
from pathlib import Path

import dagster as dg
import duckdb
from dagster._core.storage.defs_state.base import set_defs_state_storage

from pipelines.lib.dbt_manifest import ensure_manifest
from pipelines.lock import refresh_lock, release
from pipelines.recovery import HOST_TAG, fail_dead_runs, fail_stopped_run
from pipelines.signals import stop_on_signals
from scrapers import settings
from scrapers.raw.schema import row_count


def run_nightly(*, live: bool = False, source: str | None = None, max_pages: int | None = None,
                since: str | None = None, force_build: bool = False,
                instance: dg.DagsterInstance | None = None) -> dg.ExecuteInProcessResult:
    """The nightly refresh over every source partition, or over one `source`
    only; `force_build` rebuilds and republishes even when nothing changed."""
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


def check_outcomes(result: dg.ExecuteInProcessResult) -> Counter:
    """Checks passed, failed (error severity) and warned in a run."""
    counts: Counter = Counter()
    for event in result.get_asset_check_evaluations():
        if event.passed:
            counts["passed"] += 1
        elif event.severity == dg.AssetCheckSeverity.WARN:
            counts["warned"] += 1
        else:
            counts["failed"] += 1
    return counts


def failed_checks(result: dg.ExecuteInProcessResult) -> list[str]:
    return [f"{e.asset_key.to_user_string()}:{e.check_name}" for e in result.get_asset_check_evaluations()
            if not e.passed and e.severity == dg.AssetCheckSeverity.ERROR]


def mart_row_counts(path: Path) -> dict[str, int]:
    if not path.exists():
        return {}
    with duckdb.connect(str(path), read_only=True) as con:
        tables = [r[0] for r in con.execute("select table_name from duckdb_tables() where schema_name = 'main' "
                                            "and not starts_with(table_name, '_') order by table_name").fetchall()]
        return {t: row_count(con, f'"{t}"') for t in tables}


def summary(result: dg.ExecuteInProcessResult) -> str:
    published = settings.published_db()
    checks = check_outcomes(result)
    lines = [f"Run {result.run_id[:8]}: {'succeeded' if result.success else 'FAILED'}"]
    failed_steps = [e.step_key for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_FAILURE]
    if failed_steps:
        lines.append(f"  failed steps: {', '.join(failed_steps)}")
    lines.append(f"  checks: {checks['passed']} passed, {checks['failed']} failed, {checks['warned']} warnings")
    for name in failed_checks(result):
        lines.append(f"    failed: {name}")
    skipped = {e.step_key for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_SKIPPED}
    if "published__warehouse" in skipped and not failed_steps:
        lines.append("  nothing new since the last publish: the published warehouse is current and was left as it was")
    counts = mart_row_counts(published)
    if counts:
        lines.append("  rows per mart:")
        lines.extend(f"    {name:<28} {n:>8}" for name, n in counts.items())
    lines.append(f"  warehouse (read-only for BI): {published}")
    lines.append(f"  Parquet: {settings.parquet_dir()}")
    lines.append(f"  data quality (GX Data Docs): {settings.reform_home() / 'quality' / 'index.html'}")
    lines.append("  open the Dagster UI with: make ui   (http://127.0.0.1:3000)")
    return "\n".join(lines)
