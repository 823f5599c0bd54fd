"""Clean up after runs that died without saying so.

A run killed outright (SIGKILL, the OOM killer, a full disk) stays `STARTED`
in the Dagster instance, and the `duckdb` pool slot it held stays claimed: the
next run would wait on "Step blocked by limit for pool duckdb" forever, and
the daemon's queue (one run at a time) would stall behind it. Before every
run, and in the daemon's run monitoring (`ReformRunLauncher`), runs whose
process is gone are marked failed and every pool slot held by a finished run
is freed.
"""
from __future__ import annotations

import os
import socket

import dagster as dg
from dagster._core.launcher import CheckRunHealthResult, DefaultRunLauncher, WorkerStatus
from dagster._core.storage.dagster_run import FINISHED_STATUSES

from scrapers.processes import process_alive

IN_PROGRESS = [dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.CANCELING]
HOST_TAG = "reform/host"


def run_process(instance: dg.DagsterInstance, run_id: str) -> int | None:
    """The process id that started executing the run (its RUN_START event's)."""
    records = instance.get_records_for_run(run_id, of_type=dg.DagsterEventType.RUN_START, limit=1).records
    if not records or records[0].event_log_entry.dagster_event is None:
        return None
    return records[0].event_log_entry.dagster_event.pid


def run_process_gone(instance: dg.DagsterInstance, run: dg.DagsterRun) -> bool:
    """Whether an in-progress run's process is known to be dead (on this host)."""
    if run.tags.get(HOST_TAG, socket.gethostname()) != socket.gethostname():
        return False
    pid = run_process(instance, run.run_id)
    return pid is not None and pid != os.getpid() and not process_alive(pid)


def fail_dead_runs(instance: dg.DagsterInstance, log=print) -> list[str]:
    """Mark failed the in-progress runs whose process is gone, then free the
    pool slots of every finished run. Returns the run ids marked failed."""
    failed = []
    for run in instance.get_runs(filters=dg.RunsFilter(statuses=IN_PROGRESS)):
        if run_process_gone(instance, run):
            instance.report_run_failed(run, f"the process of run {run.run_id[:8]} is gone (killed or crashed); "
                                            "marked failed so the next run can go ahead")
            failed.append(run.run_id)
            log(f"run {run.run_id[:8]} of {run.job_name}: its process is gone; marked failed")
    storage = instance.event_log_storage
    if storage.supports_global_concurrency_limits:
        for run_id in storage.get_concurrency_run_ids():
            run = instance.get_run_by_id(run_id)
            if run is None or run.status in FINISHED_STATUSES:
                storage.free_concurrency_slots_for_run(run_id)
                log(f"pool slots of run {run_id[:8]} freed")
    return failed


def fail_stopped_run(instance: dg.DagsterInstance, run_id: str, reason: str) -> None:
    """Mark a run stopped by a signal failed, and free its pool slots."""
    run = instance.get_run_by_id(run_id)
    if run is not None and not run.is_finished:
        instance.report_run_failed(run, reason)
    if instance.event_log_storage.supports_global_concurrency_limits:
        instance.event_log_storage.free_concurrency_slots_for_run(run_id)


class ReformRunLauncher(DefaultRunLauncher):
    """The default launcher, with the health check run monitoring needs: the
    daemon asks it whether a run's worker still lives, and a dead one's run is
    marked failed (and, with `free_slots_after_run_end_seconds`, its slots freed)."""

    @property
    def supports_check_run_worker_health(self) -> bool:
        return True

    def check_run_worker_health(self, run: dg.DagsterRun) -> CheckRunHealthResult:
        if run.status not in IN_PROGRESS:
            return CheckRunHealthResult(WorkerStatus.UNKNOWN)
        if run_process_gone(self._instance, run):
            return CheckRunHealthResult(WorkerStatus.FAILED, f"the run worker of {run.run_id[:8]} is gone")
        return CheckRunHealthResult(WorkerStatus.RUNNING)
