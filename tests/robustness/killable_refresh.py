"""Test-only: the nightly refresh in this process, killed with SIGKILL at the
point named by REFORM_TEST_KILL_AT, together with its whole process group
(the dbt child included), as a power cut or the OOM killer would.

Run from the repository root: `python tests/robustness/killable_refresh.py`.
REFORM_TEST_SINCE passes `since` (a backfill), REFORM_TEST_FORCE=1 `force_build`.
With DAGSTER_HOME set the run is recorded in that instance (pools and all), as
`reform run` records it; otherwise in an ephemeral one.
Exit 0 when the run succeeded.
"""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def die() -> None:
    os.killpg(os.getpgrp(), signal.SIGKILL)


def kill_on_call(owner, name: str, *, nth: int = 1, when=lambda *a, **k: True, after: bool = True) -> None:
    """Kill the process on the `nth` call of owner.name that matches `when`,
    just before the call or just after it returns."""
    original = getattr(owner, name)
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        if not when(*args, **kwargs):
            return original(*args, **kwargs)
        calls += 1
        if calls == nth and not after:
            die()
        result = original(*args, **kwargs)
        if calls == nth:
            die()
        return result

    setattr(owner, name, wrapper)


def tear_manifest_line(archive, lines: list[str]) -> None:
    """Write half of the first manifest line, durably, then die: a torn line."""
    with open(archive.manifest_path, "a", encoding="utf-8") as fh:
        fh.write(lines[0][: len(lines[0]) // 2])
        fh.flush()
        os.fsync(fh.fileno())
    die()


def arm(point: str) -> None:
    from scrapers import settings
    from scrapers.crawl.archive import Archive
    from scrapers.raw import articles as raw_articles
    from scrapers.raw import facts as raw_facts

    if point == "crawl":                      # mid-crawl: archive records held in an open batch
        kill_on_call(Archive, "append", nth=5)
    elif point == "torn-manifest":            # mid-crawl, while the manifest is being appended
        Archive._write_lines = tear_manifest_line
    elif point == "parse":                    # mid-load, inside the parse step's transaction
        kill_on_call(raw_articles, "insert_frame", when=lambda con, table, *a, **k: table == "page_parses")
    elif point == "extract":                  # inside the extract step's transaction
        kill_on_call(raw_facts, "insert_frame", when=lambda con, table, *a, **k: table == "facts")
    elif point == "dbt":                      # mid-dbt: models being built by the dbt child process
        from dagster_dbt.core.dbt_cli_invocation import DbtCliInvocation

        stream = DbtCliInvocation.stream

        def stream_then_die(self):
            for n, event in enumerate(stream(self)):
                if n == 10:
                    die()
                yield event

        DbtCliInvocation.stream = stream_then_die
    elif point == "publish":                  # the new file written, not yet renamed over the old one
        kill_on_call(os, "replace", after=False,
                     when=lambda src, dst, *a, **k: Path(dst) == settings.published_db())
    elif point == "publish-parquet":          # the old Parquet moved aside, the new one not yet in place
        kill_on_call(os, "replace", when=lambda src, dst, *a, **k: Path(src) == settings.parquet_dir())
    elif point:
        raise SystemExit(f"REFORM_TEST_KILL_AT={point!r}: unknown kill point")


def main() -> int:
    import dagster as dg

    from pipelines.run import run_nightly

    arm(os.environ.get("REFORM_TEST_KILL_AT", ""))
    # A kill in publishing needs a run that publishes, even over an unchanged warehouse.
    result = run_nightly(since=os.environ.get("REFORM_TEST_SINCE") or None,
                         force_build=os.environ.get("REFORM_TEST_FORCE") == "1",
                         instance=dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME")
                         else dg.DagsterInstance.ephemeral())
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
