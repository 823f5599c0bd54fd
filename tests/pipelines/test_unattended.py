"""A nightly refresh that never needs a person (issue 13): one writer per
REFORM_HOME, runs killed earlier cleaned up, a full disk named, a bad
manifest line skipped, the published file and the report healed, nothing
looked up on the network."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections import namedtuple
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines import disk, lock
from pipelines.lib.build_stamp import REPORT_STAMP, report_stamp
from pipelines.recovery import fail_dead_runs
from pipelines.run import run_nightly
from scrapers.warehouse.publish import published_stamp

REPO_ROOT = Path(__file__).resolve().parents[2]


def dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)


def step_failures(result) -> dict[str, str]:
    return {e.step_key: e.event_specific_data.error.to_string() for e in result.all_events
            if e.event_type == dg.DagsterEventType.STEP_FAILURE}


# -- finding 9: one writer per REFORM_HOME ---------------------------------------------

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from pipelines.lock import refresh_lock
    with refresh_lock(Path(sys.argv[1])):
        print("held", flush=True)
        time.sleep(120)
""")


def test_a_second_refresh_waits_then_names_the_one_holding_reform_home(tmp_path, monkeypatch):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path)], cwd=REPO_ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(lock.RefreshLocked) as refused, lock.refresh_lock(tmp_path, wait=1.0):
            pass
        assert 1.0 <= time.monotonic() - started < 5
        assert f"another refresh (pid {holder.pid}, started 20" in str(refused.value)
        assert "holds REFORM_HOME" in str(refused.value)
        # The CLI's refresh gives up the same way, before running anything.
        monkeypatch.setenv("REFORM_HOME", str(tmp_path))
        monkeypatch.setenv("REFORM_LOCK_WAIT_SECONDS", "0.5")
        with pytest.raises(lock.RefreshLocked, match=f"pid {holder.pid}"):
            run_nightly(instance=dg.DagsterInstance.ephemeral())
    finally:
        holder.kill()
        holder.wait()
    # Killed, the holder leaves nothing that blocks: the OS released its lock.
    with lock.refresh_lock(tmp_path, wait=0):
        assert lock.holder(tmp_path)["pid"] == os.getpid()
    assert lock.holder(tmp_path) is None


def test_the_lock_nests_within_one_process(tmp_path):
    with lock.refresh_lock(tmp_path, wait=0), lock.refresh_lock(tmp_path, wait=0):
        assert lock.holder(tmp_path)["pid"] == os.getpid()
    assert lock.holder(tmp_path) is None


# -- finding 1: a crash no longer blocks every later run -----------------------------

@pytest.fixture
def persistent_instance(tmp_path):
    """A Dagster instance on disk with the project's dagster.yaml (pools of one)."""
    dagster_home = tmp_path / "dagster"
    dagster_home.mkdir()
    shutil.copy(REPO_ROOT / "dagster.yaml", dagster_home / "dagster.yaml")
    instance = dg.DagsterInstance.from_config(str(dagster_home))
    yield instance
    instance.dispose()


def a_run_killed_holding_the_pool(instance: dg.DagsterInstance) -> str:
    """What a refresh SIGKILLed inside a `duckdb` step leaves: a STARTED run of a
    process that is gone, holding the pool's only slot."""
    from dagster._core.events import DagsterEvent

    run = instance.add_run(dg.DagsterRun(job_name="nightly_refresh", status=dg.DagsterRunStatus.STARTED))
    instance.report_dagster_event(DagsterEvent(event_type_value=dg.DagsterEventType.RUN_START.value,
                                               job_name="nightly_refresh", pid=dead_pid()), run.run_id)
    instance.event_log_storage.initialize_concurrency_limit_to_default("duckdb")     # as the executor does
    claim = instance.event_log_storage.claim_concurrency_slot("duckdb", run.run_id, "raw__pages")
    assert claim.is_claimed
    return run.run_id


def test_a_run_whose_process_is_gone_is_marked_failed_and_its_pool_slot_freed(persistent_instance):
    killed = a_run_killed_holding_the_pool(persistent_instance)
    alive = persistent_instance.add_run(dg.DagsterRun(job_name="nightly_refresh",
                                                      status=dg.DagsterRunStatus.STARTED))
    from dagster._core.events import DagsterEvent
    persistent_instance.report_dagster_event(DagsterEvent(event_type_value=dg.DagsterEventType.RUN_START.value,
                                                          job_name="nightly_refresh", pid=os.getppid()),
                                             alive.run_id)
    assert fail_dead_runs(persistent_instance, log=lambda _: None) == [killed]
    assert persistent_instance.get_run_by_id(killed).status == dg.DagsterRunStatus.FAILURE
    assert persistent_instance.get_run_by_id(alive.run_id).status == dg.DagsterRunStatus.STARTED
    assert killed not in persistent_instance.event_log_storage.get_concurrency_run_ids()


def test_the_run_after_a_killed_one_completes_instead_of_waiting_on_the_pool(home, persistent_instance):
    """Before: "Step blocked by limit for pool duckdb", for ever."""
    killed = a_run_killed_holding_the_pool(persistent_instance)
    result = run_nightly(instance=persistent_instance)
    assert result.success
    assert persistent_instance.get_run_by_id(killed).status == dg.DagsterRunStatus.FAILURE


def test_the_daemon_learns_a_dead_run_worker_from_the_launcher(persistent_instance):
    from dagster._core.launcher import WorkerStatus

    killed = a_run_killed_holding_the_pool(persistent_instance)
    launcher = persistent_instance.run_launcher
    assert launcher.supports_check_run_worker_health
    health = launcher.check_run_worker_health(persistent_instance.get_run_by_id(killed))
    assert health.status == WorkerStatus.FAILED


# -- finding 7: a full disk is named ----------------------------------------------------

Usage = namedtuple("Usage", "total used free")


def test_a_full_disk_names_the_path_and_the_bytes_needed(home, monkeypatch):
    monkeypatch.setattr(disk.shutil, "disk_usage", lambda path: Usage(10**9, 10**9 - 4096, 4096))
    result = run_nightly(force_build=True, instance=dg.DagsterInstance.ephemeral())
    assert not result.success
    message = step_failures(result)["warehouse_models"]
    assert "disk full: dbt build needs" in message and str(home / "work" / "warehouse.duckdb") in message
    assert "has 4,096" in message


def test_publishing_checks_room_for_the_new_file_and_its_parquet(tmp_path, monkeypatch):
    published, parquet = tmp_path / "reform.duckdb", tmp_path / "parquet"
    published.write_bytes(b"x" * 1000)
    parquet.mkdir()
    (parquet / "t.parquet").write_bytes(b"x" * 500)
    monkeypatch.setenv("REFORM_MIN_FREE_BYTES", "0")
    monkeypatch.setattr(disk.shutil, "disk_usage", lambda path: Usage(10**6, 10**6 - 1499, 1499))
    with pytest.raises(disk.DiskFull, match=f"publish needs 1,500 bytes free at {published}"):
        disk.ensure_room_to_publish(tmp_path / "work.duckdb", published, parquet)
    monkeypatch.setattr(disk.shutil, "disk_usage", lambda path: Usage(10**6, 0, 1500))
    disk.ensure_room_to_publish(tmp_path / "work.duckdb", published, parquet)


# -- finding 5: one bad byte in the archive manifest ------------------------------------

@pytest.mark.slow                         # a whole night of its own (~45 s on a 2-core machine): `make test-all`
def test_a_bad_manifest_line_is_recorded_and_the_night_goes_on_without_retrying(home):
    manifest = home / "archive" / "manifest.jsonl"
    with open(manifest, "ab") as fh:
        fh.write(b'{"url": "https://baothaibinh.com.vn/\xff\xfe", "status": 200}\n')
        fh.write(b'{"url": "https://baothaibinh.com.vn/x", "status": 200}\n')
    bad_line = len(manifest.read_bytes().splitlines()) - 1
    started = time.monotonic()
    result = run_nightly(instance=dg.DagsterInstance.ephemeral())
    assert result.success
    retries = [e for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_UP_FOR_RETRY]
    assert retries == [] and time.monotonic() - started < 120
    with duckdb.connect(str(home / "work" / "warehouse.duckdb"), read_only=True) as con:
        errors = con.execute("select subject, locator, reason from raw.load_errors where stage = 'archive' "
                             "order by locator").fetchall()
    assert (str(manifest), f"line {bad_line}") in [e[:2] for e in errors]
    assert (str(manifest), f"line {bad_line + 1}") in [e[:2] for e in errors]
    assert any(reason.startswith("not UTF-8") for _, _, reason in errors)


# -- findings 3 and 4: the published file and the report heal ---------------------------

def test_a_stale_wal_and_an_interrupted_report_are_healed_by_the_next_night(home):
    published = home / "reform.duckdb"
    # A BI tool opened the published file read-write, wrote, and was killed: its WAL stays.
    bi_tool = textwrap.dedent(f"""
        import duckdb, os, signal
        con = duckdb.connect({str(published)!r})
        con.execute("pragma disable_checkpoint_on_shutdown")
        con.execute("create table my_scratch as select 1 as x")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    subprocess.run([sys.executable, "-c", bi_tool])
    assert published.with_name("reform.duckdb.wal").exists()
    # And the last night was stopped after its publish, before its report was stamped.
    (home / "report" / REPORT_STAMP).unlink()
    result = run_nightly(instance=dg.DagsterInstance.ephemeral())
    assert result.success
    published_at, _ = published_stamp(published)      # readable again
    assert not published.with_name("reform.duckdb.wal").exists()
    assert report_stamp(home / "report") == published_at
    assert not list(home.glob(".report.*"))
    # The next idle night finds both current and skips.
    again = run_nightly(instance=dg.DagsterInstance.ephemeral())
    skipped = {e.step_key for e in again.all_events if e.event_type == dg.DagsterEventType.STEP_SKIPPED}
    assert {"published__warehouse", "published__report"} <= skipped


def test_each_report_build_stages_in_a_folder_of_its_own(refreshed_home, tmp_path):
    from report import build_report

    out = tmp_path / "site"
    stale = tmp_path / f".site.{dead_pid()}.building"       # left by a build that was killed
    stale.mkdir()
    result = build_report(refreshed_home / "reform.duckdb", out)
    assert (out / "index.html").is_file() and result.pages
    assert not stale.exists() and not list(tmp_path.glob(".site.*"))


# -- finding 8: no `dbt --version` lookup ------------------------------------------------

def test_dbt_version_is_known_without_running_dbt(monkeypatch):
    import dagster_dbt.core.resource as dbt_resource

    from pipelines.resources import resources

    def no_subprocess(*args, **kwargs):
        raise AssertionError(f"ran {args[0]}: `dbt --version` asks PyPI for the latest release")

    monkeypatch.setattr(dbt_resource, "check_output", no_subprocess)
    assert resources()["dbt"]._cli_version.major == 1


# -- finding 6, in process: the stop handler marks the run failed -----------------------

def test_a_stopped_run_is_marked_failed_and_its_pool_slot_freed(persistent_instance):
    from pipelines.recovery import fail_stopped_run

    killed = a_run_killed_holding_the_pool(persistent_instance)
    fail_stopped_run(persistent_instance, killed, "stopped by SIGTERM")
    assert persistent_instance.get_run_by_id(killed).status == dg.DagsterRunStatus.FAILURE
    assert killed not in persistent_instance.event_log_storage.get_concurrency_run_ids()
