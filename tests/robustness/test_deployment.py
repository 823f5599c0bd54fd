"""A real deployment: dagster-daemon on Postgres storage runs the nightly
schedule; its run worker is SIGKILLed mid-way; run monitoring marks that run
failed and frees its pool slot, so the next run, queued behind it, completes.
Needs Postgres (scripts/postgres.sh installs Debian's package when missing)
and a few minutes, hence slow."""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import dagster as dg
import pytest
from refresh_state import REPO_ROOT

from pipelines.recovery import run_process
from pipelines.signals import child_processes
from scrapers.processes import process_alive

pytestmark = pytest.mark.slow

POSTGRES_SCRIPT = REPO_ROOT / "scripts" / "postgres.sh"
WORKSPACE = REPO_ROOT / "deploy" / "workspace.yaml"
INSTANCE_SETTINGS = REPO_ROOT / "deploy" / "dagster.postgres.yaml"
BIN = Path(sys.executable).parent


def wait_for(what: str, check: Callable[[], object], timeout: float, poll: float = 1.0):
    """check()'s first truthy answer, or a failure naming what never happened."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = check()
        if answer:
            return answer
        time.sleep(poll)
    pytest.fail(f"{what}: not within {timeout:.0f} s")


@pytest.fixture
def postgres() -> Iterator[dict[str, str]]:
    # Under /tmp itself: pytest's tmp_path is closed to the postgres user the server runs as.
    folder = Path(tempfile.mkdtemp(prefix="reform-postgres-"))
    started = subprocess.run(["bash", str(POSTGRES_SCRIPT), "start", str(folder)],
                             capture_output=True, text=True, timeout=900)
    if started.returncode != 0:
        if not list(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")):
            pytest.skip(f"scripts/postgres.sh could not install PostgreSQL: {started.stderr.strip()[-500:]}")
        pytest.fail(f"scripts/postgres.sh start failed: {started.stderr[-2000:]}")
    settings = dict(line.split("=", 1) for line in started.stdout.split())
    try:
        yield settings
    finally:
        subprocess.run(["bash", str(POSTGRES_SCRIPT), "stop", str(folder)], timeout=120, check=False)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def deployment(postgres, shared_dir, tmp_path, monkeypatch) -> Iterator[tuple[dg.DagsterInstance, dict[str, str]]]:
    """dagster-daemon on Postgres storage, the nightly schedule firing every minute."""
    dagster_home = tmp_path / "dagster"
    dagster_home.mkdir()
    (dagster_home / "dagster.yaml").write_text(INSTANCE_SETTINGS.read_text())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAGSTER_", "REFORM_"))}
    env.update(postgres, DAGSTER_HOME=str(dagster_home), REFORM_HOME=str(tmp_path / "home"),
               REFORM_PUBLICATIONS=str(shared_dir / "publications"), REFORM_WORKERS="1",
               REFORM_NIGHTLY_CRON="* * * * *", DO_NOT_TRACK="1", PATH=f"{BIN}:{os.environ['PATH']}")
    for name, value in {**postgres, "DAGSTER_HOME": str(dagster_home)}.items():
        monkeypatch.setenv(name, value)
    log = (tmp_path / "daemon.log").open("w")
    # Its own session, so the cleanup takes the code server and run workers with it.
    daemon = subprocess.Popen([str(BIN / "dagster-daemon"), "run", "-w", str(WORKSPACE)], cwd=REPO_ROOT, env=env,
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    instance = dg.DagsterInstance.from_config(str(dagster_home))
    try:
        yield instance, env
    finally:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if daemon.poll() is None:
                os.killpg(daemon.pid, sig)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    daemon.wait(timeout=30)
        if _group_alive(daemon.pid):   # a run worker or code server left behind by the daemon
            os.killpg(daemon.pid, signal.SIGKILL)
        instance.dispose()
        log.close()


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def steps_done(instance: dg.DagsterInstance, run_id: str) -> int:
    return len(instance.get_records_for_run(run_id, of_type=dg.DagsterEventType.STEP_SUCCESS).records)


def test_a_killed_scheduled_run_is_failed_by_the_daemon_and_the_next_run_completes(deployment, tmp_path):
    instance, env = deployment
    assert type(instance.run_storage).__name__ == "PostgresRunStorage"

    def scheduled_run():
        runs = instance.get_runs(filters=dg.RunsFilter(job_name="nightly_refresh",
                                                       tags={"dagster/schedule_name": "nightly_refresh_schedule"}))
        return runs[-1] if runs else None

    killed = wait_for("the schedule launched no run", scheduled_run, timeout=150, poll=2)
    # Mid-way: once the worker has finished a step and is working on the next.
    wait_for(f"run {killed.run_id[:8]} finished no step",
             lambda: steps_done(instance, killed.run_id) >= 1, timeout=300)
    worker = run_process(instance, killed.run_id)
    assert worker is not None and process_alive(worker)
    for pid in [worker, *child_processes(worker)]:
        os.kill(pid, signal.SIGKILL)
    assert not instance.get_run_by_id(killed.run_id).is_finished

    # The next night's run, queued now (the same partitions and settings as the schedule's):
    # one run at a time, so it waits for the dead one to be cleaned up.
    partitions = {k: v for k, v in killed.tags.items() if k.startswith("dagster/asset_partition_range")}
    config = tmp_path / "run_config.json"
    config.write_text(json.dumps(killed.run_config))
    launched = subprocess.run([str(BIN / "dagster"), "job", "launch", "-w", str(WORKSPACE), "-j", "nightly_refresh",
                               "--tags", json.dumps(partitions), "-c", str(config)],
                              cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert launched.returncode == 0, launched.stderr[-2000:]

    failed = wait_for(f"run monitoring did not mark run {killed.run_id[:8]} failed",
                      lambda: (r := instance.get_run_by_id(killed.run_id)).is_finished and r, timeout=120)
    assert failed.status == dg.DagsterRunStatus.FAILURE

    def next_run():
        runs = [r for r in instance.get_runs(filters=dg.RunsFilter(job_name="nightly_refresh"))
                if r.run_id != killed.run_id and "dagster/parent_run_id" not in r.tags
                and "dagster/schedule_name" not in r.tags]
        return runs[0] if runs else None

    following = wait_for("the launched run is not recorded", next_run, timeout=30)
    done = wait_for(f"run {following.run_id[:8]} did not finish",
                    lambda: (r := instance.get_run_by_id(following.run_id)).is_finished and r, timeout=600, poll=3)
    assert done.status == dg.DagsterRunStatus.SUCCESS, (tmp_path / "daemon.log").read_text()[-3000:]
    assert killed.run_id not in instance.event_log_storage.get_concurrency_run_ids()
    assert (Path(env["REFORM_HOME"]) / "reform.duckdb").exists()
