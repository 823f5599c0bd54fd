"""One nightly refresh, measured from outside.

`measure_refresh` runs `python -m benchmarks.refresh` in a child process (so
its memory is its own), polls the resident memory of the child's whole process
tree (the pipeline, its parse/extract workers, dbt) from /proc, and returns
the wall time, the peak, and what the child reports: success, per-step
durations, what the load steps did (new articles, articles read) and, when asked, extraction
precision/recall against the planted
facts. The child is the refresh itself: `pipelines.run.run_nightly()` with the
environment it was given (REFORM_HOME, REFORM_REPLAY_ARCHIVE, ...).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
RESULT_MARK = "BENCH-RESULT "
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def measure_refresh(env: dict[str, str], *, max_pages: int | None = None, planted: Path | None = None,
                    log: Path | None = None, poll_seconds: float = 0.1) -> dict:
    """Wall time, peak memory of the process tree and the child's report of one refresh."""
    command = [sys.executable, "-m", "benchmarks.refresh"]
    if max_pages:
        command += ["--max-pages", str(max_pages)]
    log = log or Path(tempfile.mkstemp(prefix="refresh-", suffix=".log")[1])
    started = time.perf_counter()
    peak = 0
    with open(log, "w", encoding="utf-8") as out:
        # Output goes to a file, not a pipe: a pipe nobody reads would stall a chatty child.
        child = subprocess.Popen(command, cwd=REPO_ROOT, env={**os.environ, **env}, stdout=out,
                                 stderr=subprocess.STDOUT)
        while child.poll() is None:
            peak = max(peak, _tree_rss(child.pid))
            time.sleep(poll_seconds)
    wall = time.perf_counter() - started
    with open(log, encoding="utf-8", errors="replace") as fh:
        report = next((json.loads(line[len(RESULT_MARK):]) for line in fh if line.startswith(RESULT_MARK)), None)
    if child.returncode != 0 or report is None:
        raise RuntimeError(f"refresh child failed (exit {child.returncode}); see {log}")
    if planted:
        # Scored here, after the child's memory was measured: loading every fact
        # for the scorer is the benchmark's cost, not the refresh's.
        report["accuracy"] = _accuracy(Path(env["REFORM_HOME"]) / "work" / "warehouse.duckdb", planted)
    return {"wall_s": round(wall, 2), "peak_memory_mb": round(peak / 2**20, 1), **report}


def _accuracy(work_db: Path, planted: Path) -> dict:
    import duckdb

    from benchmarks.accuracy import score_against_planted, warehouse_facts

    with duckdb.connect(str(work_db), read_only=True) as con:
        return score_against_planted(planted, warehouse_facts(con))


def _tree_rss(pid: int) -> int:
    """Memory of a process and all its descendants: the sum of their proportional
    set sizes (PSS, so libraries shared by the pipeline, its workers and dbt
    count once), or of their RSS where the kernel gives no PSS."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            total += _process_memory(current)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return total


def _process_memory(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except PermissionError:
        pass
    with open(f"/proc/{pid}/statm") as fh:
        return int(fh.read().split()[1]) * PAGE_SIZE


def _run(max_pages: int | None) -> dict:
    import dagster as dg

    from pipelines.run import run_nightly

    result = run_nightly(max_pages=max_pages, instance=dg.DagsterInstance.ephemeral())
    steps = {e.step_key: round(e.event_specific_data.duration_ms / 1000, 2)
             for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_SUCCESS}
    # What the load steps did, so a "no-op" run that re-read everything shows it.
    work = {}
    for event in result.all_events:
        if event.event_type == dg.DagsterEventType.ASSET_MATERIALIZATION:
            materialization = event.event_specific_data.materialization
            name = materialization.asset_key.to_user_string()
            if name in ("raw/archive", "raw/articles", "raw/facts"):
                work[name] = {k: v.value for k, v in materialization.metadata.items()
                              if k in ("new_articles", "articles_read", "new_facts")}
    return {"success": result.success, "steps_s": steps, "work": work}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-pages", type=int)
    args = parser.parse_args()
    report = _run(args.max_pages)
    print(RESULT_MARK + json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
