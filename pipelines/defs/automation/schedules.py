"""When the warehouse refreshes: nightly, when a new publication file appears,
and what happens when a run fails."""
import hashlib
import json
import os
import urllib.request
from pathlib import Path

import dagster as dg

from pipelines.defs.ingest.partitions import partition_range_tags, sync_source_partitions
from scrapers import settings

nightly_refresh = dg.define_asset_job(
    name="nightly_refresh",
    selection=dg.AssetSelection.all(),
    description="Crawl → raw pages → articles → facts; publications; dbt build; quality checks; publish.",
    # One process: the default multiprocess executor re-imports the code for every step (5–9 s each).
    executor_def=dg.in_process_executor,
)

@dg.schedule(
    name="nightly_refresh_schedule",
    job=nightly_refresh,
    cron_schedule=settings.nightly_cron(),
    execution_timezone="Asia/Ho_Chi_Minh",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every night at 02:00 Vietnam time, over every source in the registry: a replay of the "
                "bundled archive, or a live crawl when REFORM_LIVE=1 is set where the daemon runs.",
)
def nightly_refresh_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    # The registry is the truth about sources: the partitions follow it before each night's run.
    keys = sync_source_partitions(context.instance)
    live = settings.live_nightly()
    return dg.RunRequest(run_key=f"nightly-{context.scheduled_execution_time:%Y-%m-%d}",
                         run_config={"resources": {"crawl_settings": {"config": {"live": live}}}},
                         tags={**partition_range_tags(keys), "reform/crawl": "live" if live else "replay"})


def _publication_files(root: Path) -> dict[str, float]:
    return {str(p.relative_to(root)): p.stat().st_mtime
            for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith(".")}


@dg.sensor(
    name="new_publication_sensor",
    target=dg.AssetSelection.groups("publications").downstream(),
    minimum_interval_seconds=600,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Starts ingestion of the publications and everything downstream when a file under "
                "REFORM_PUBLICATIONS is added or changed.",
)
def new_publication_sensor(context: dg.SensorEvaluationContext):
    root = settings.publications_dir()
    if root is None or not root.is_dir():
        return dg.SkipReason("REFORM_PUBLICATIONS is not set to a directory")
    files = _publication_files(root)
    previous = context.cursor
    context.update_cursor(json.dumps(files))
    if not previous:
        # The first tick (a fresh instance, `make ui`) has nothing to compare
        # with: what is there now is taken as seen, and nothing is launched.
        return dg.SkipReason(f"first look at {root}: {len(files)} publication files recorded as seen")
    seen = json.loads(previous)
    changed = sorted(name for name, mtime in files.items() if seen.get(name) != mtime)
    if not changed:
        return dg.SkipReason("no new or changed publication files")
    # A digest, not hash(): Python's string hashes change with every process,
    # so a run key built from them would never repeat and never dedupe.
    changed_digest = hashlib.sha256(json.dumps([(n, files[n]) for n in changed]).encode()).hexdigest()[:16]
    return dg.RunRequest(run_key=f"publications-{changed_digest}",
                         tags={"reform/changed_files": ", ".join(changed)[:200]})


@dg.run_failure_sensor(
    name="run_failure_notice",
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Writes a clear message for every failed run, and posts it to REFORM_ALERT_WEBHOOK when set.",
)
def run_failure_notice(context: dg.RunFailureSensorContext):
    message = failure_message(context.dagster_run.job_name, context.dagster_run.run_id,
                              context.failure_event.message or "")
    context.log.error(message)
    webhook = os.environ.get("REFORM_ALERT_WEBHOOK")
    if webhook:
        request = urllib.request.Request(webhook, data=json.dumps({"text": message}).encode(),
                                         headers={"Content-Type": "application/json"})
        urllib.request.urlopen(request, timeout=10).close()


def failure_message(job_name: str, run_id: str, reason: str) -> str:
    return (f"reform warehouse: run {run_id[:8]} of {job_name} failed: {reason.strip() or 'no reason given'}. "
            f"The published warehouse ({settings.published_db()}) still holds the last good version.")
