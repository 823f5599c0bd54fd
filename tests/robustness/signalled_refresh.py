"""Test-only: the nightly refresh in this process (`reform run`'s code path,
recorded in the instance under DAGSTER_HOME), held at the point named by
REFORM_TEST_PAUSE_AT so a test can send it SIGTERM or SIGINT there. Prints
PAUSED when it gets there.

  check    inside a Great Expectations check step
  dbt      inside `dbt build`, dbt running as a child process
  blocked  waiting for the `duckdb` pool (the test holds its only slot)
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def pause() -> None:
    print("PAUSED", flush=True)
    time.sleep(600)


def arm(point: str) -> None:
    if point == "check":
        import expectations.cache

        def run_suite_then_pause(*args, **kwargs):
            pause()

        expectations.cache.run_suite_if_changed = run_suite_then_pause
    elif point == "dbt":
        from dagster_dbt.core.dbt_cli_invocation import DbtCliInvocation

        stream = DbtCliInvocation.stream

        def stream_then_pause(self):
            for n, event in enumerate(stream(self)):
                if n == 5:
                    pause()
                yield event

        DbtCliInvocation.stream = stream_then_pause
    elif point != "blocked":
        raise SystemExit(f"REFORM_TEST_PAUSE_AT={point!r}: unknown pause point")


def main() -> int:
    from pipelines.run import run_nightly

    arm(os.environ["REFORM_TEST_PAUSE_AT"])
    return 0 if run_nightly(force_build=True).success else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
