"""A quiet `reform run`: one line per step on the terminal, everything else
(Dagster's events, dbt's output, library warnings) in a log file per run.

`RunLog` sends the process's stdout and stderr (the file descriptors, so dbt
and C libraries are caught too) to `$REFORM_HOME/logs/run-<time>.log`, echoed
to the terminal as well with `verbose` (through a pipe and a thread that copies
it), and hands out a stream that still writes to the terminal. `step_logger` is a Dagster logger that writes one line
to that stream when a step ends: its name, what it produced, and its time.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Self

import dagster as dg
from dagster._core.log_manager import LOG_RECORD_METADATA_ATTR

from scrapers import settings

# Materialisation metadata worth a place on a step's line, in this order.
COUNTED = ("new_pages", "pages", "new_articles", "articles", "parse_failures", "reparsed_for_parser_version",
           "facts", "new_facts", "reextracted_for_extractor_version", "rows_loaded", "rows", "errors", "load_errors",
           "pages_built", "charts")
# Of those, the ones a line names only when they are not 0 (most nights they are).
SHOWN_WHEN_NOT_ZERO = ("reparsed_for_parser_version", "reextracted_for_extractor_version")


def logs_dir(home: Path | None = None) -> Path:
    return (home or settings.reform_home()) / "logs"


class RunLog:
    """Redirect file descriptors 1 and 2 to a new log file for the life of the
    `with` block; `terminal` writes to the terminal that was there before."""

    def __init__(self, verbose: bool = False, home: Path | None = None):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        self.path = logs_dir(home) / f"run-{stamp}-{os.getpid()}.log"
        self.verbose = verbose
        self.terminal: IO[str] = sys.stdout

    def __enter__(self) -> Self:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.path, "ab")   # closed in __exit__
        sys.stdout.flush()
        sys.stderr.flush()
        self._saved = {fd: os.dup(fd) for fd in (1, 2)}
        self.terminal = os.fdopen(os.dup(self._saved[1]), "w", buffering=1, encoding="utf-8")
        self._pump = None
        if self.verbose:   # a pipe, copied to both the log and the terminal
            read_end, write_end = os.pipe()
            self._pump = threading.Thread(target=self._copy, args=(read_end,), daemon=True)
            self._pump.start()
        else:   # the file itself: worker processes that outlive the run write there too, and nothing waits on them
            write_end = os.dup(self._log.fileno())
        for fd in (1, 2):
            os.dup2(write_end, fd)
        os.close(write_end)
        # Python's own streams too, wherever they pointed (a test runner's capture).
        self._streams = sys.stdout, sys.stderr
        sys.stdout = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8", errors="replace")
        sys.stderr = os.fdopen(os.dup(2), "w", buffering=1, encoding="utf-8", errors="replace")
        return self

    def _copy(self, read_end: int) -> None:
        with os.fdopen(read_end, "rb", buffering=0) as pipe:
            while chunk := pipe.read(65536):
                self._log.write(chunk)
                self._log.flush()
                if self.verbose:
                    os.write(self._saved[1], chunk)

    def __exit__(self, *exc) -> None:
        for stream in (sys.stdout, sys.stderr):
            stream.close()
        sys.stdout, sys.stderr = self._streams
        for fd in (1, 2):
            os.dup2(self._saved[fd], fd)   # the pipe's last writers go: the pump reads to its end
        if self._pump is not None:
            self._pump.join(timeout=10)
        for fd in self._saved.values():
            os.close(fd)
        self._log.close()
        self.terminal.flush()


class _StepLines(logging.Handler):
    """Collects each step's materialisations and checks from Dagster's events
    and writes one line when the step ends."""

    def __init__(self, out: IO[str]):
        super().__init__(logging.DEBUG)
        self.out = out
        self.counts: dict[str, dict[str, int]] = defaultdict(dict)
        self.checks: dict[str, list] = defaultdict(list)   # AssetCheckEvaluation per step
        self.assets: dict[str, int] = defaultdict(int)

    def emit(self, record: logging.LogRecord) -> None:
        event = getattr(record, LOG_RECORD_METADATA_ATTR, {}).get("dagster_event")
        if event is None or not event.step_key:
            return
        step, kind = event.step_key, event.event_type
        if kind == dg.DagsterEventType.ASSET_MATERIALIZATION:
            self.assets[step] += 1
            for key, value in event.event_specific_data.materialization.metadata.items():
                if key in SHOWN_WHEN_NOT_ZERO and not value.value:
                    continue
                if key in COUNTED and isinstance(value.value, int) and not isinstance(value.value, bool):
                    self.counts[step][key] = self.counts[step].get(key, 0) + value.value
        elif kind == dg.DagsterEventType.ASSET_CHECK_EVALUATION:
            self.checks[step].append(event.event_specific_data)
        elif kind == dg.DagsterEventType.STEP_SUCCESS:
            self._line("ok", step, event.event_specific_data.duration_ms / 1000)
        elif kind == dg.DagsterEventType.STEP_FAILURE:
            self._line("FAILED", step, None)
        elif kind == dg.DagsterEventType.STEP_SKIPPED:
            self._line("skipped", step, None)

    def _line(self, state: str, step: str, seconds: float | None) -> None:
        parts = [f"{k.replace('_', ' ')} {v}" for k, v in sorted(self.counts[step].items(),
                                                                 key=lambda kv: COUNTED.index(kv[0]))]
        if not self.counts[step] and self.assets[step] > 1:
            parts.append(f"{self.assets[step]} models")
        checks = self.checks[step]
        if checks:
            warned = sum(not c.passed and c.severity == dg.AssetCheckSeverity.WARN for c in checks)
            failed = sum(not c.passed for c in checks) - warned
            parts.append(f"{len(checks) - warned - failed}/{len(checks)} checks passed"
                         + (f", {warned} warned" if warned else "") + (f", {failed} failed" if failed else ""))
        timing = f"{seconds:6.1f} s" if seconds is not None else " " * 8
        if checks and not self.assets[step]:   # a step of checks only: name them, not the step key
            name = "check " + ", ".join(sorted({c.check_name for c in checks}))
        else:
            name = step.replace("__", "/")
        self.out.write(f"  {state:<7} {name:<48} {timing}  {', '.join(parts)}".rstrip() + "\n")
        self.out.flush()


def step_logger(out: IO[str]) -> dg.LoggerDefinition:
    """A Dagster logger that writes a line per finished step to `out`."""

    @dg.logger(description="One line per finished step, for the terminal of `reform run`.")
    def steps(_init_context) -> logging.Logger:
        # A logger of its own, not registered with logging: it lives as long as the run.
        logger = logging.Logger("reform.steps", logging.DEBUG)
        logger.addHandler(_StepLines(out))
        return logger

    return steps
