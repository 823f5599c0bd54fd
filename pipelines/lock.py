"""One refresh at a time per REFORM_HOME.

DuckDB allows one writer, and two refreshes interleaving their steps succeed
or fail by chance. Every run, from the CLI or launched by the daemon, holds
`$REFORM_HOME/.refresh.lock` (an OS file lock: a killed holder releases it
with its last breath) for as long as it runs. Beside it, `.refresh.lock.json`
says who holds it, so a second run that gives up after waiting can name the
holder. A run that finds the lock taken waits up to `REFORM_LOCK_WAIT_SECONDS`
(default 600) and then exits with that name.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_NAME = ".refresh.lock"
DEFAULT_WAIT_SECONDS = 600.0

# Homes this process holds, with how many holders nest inside (the CLI holds
# the lock around the run, and the run's resources take it again).
_held: dict[Path, tuple[FileLock, int]] = {}


class RefreshLocked(RuntimeError):
    """Another refresh holds REFORM_HOME."""


def wait_seconds() -> float:
    return float(os.environ.get("REFORM_LOCK_WAIT_SECONDS", DEFAULT_WAIT_SECONDS))


def lock_path(home: Path) -> Path:
    return Path(home).resolve() / LOCK_NAME


def holder(home: Path) -> dict | None:
    """What the holder wrote about itself (pid, started, run), if anything."""
    try:
        return json.loads(lock_path(home).with_suffix(".lock.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@contextmanager
def refresh_lock(home: Path, wait: float | None = None, run: str | None = None) -> Iterator[None]:
    """Hold the refresh lock of `home` for the block; raise RefreshLocked
    after `wait` seconds (default `wait_seconds()`) if another process holds it."""
    path = lock_path(home)
    if path in _held:
        lock, depth = _held[path]
        _held[path] = (lock, depth + 1)
        try:
            yield
        finally:
            _held[path] = (lock, _held[path][1] - 1)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    # Not thread-local: a stop signal is handled on another thread, which releases it.
    lock = FileLock(path, thread_local=False)
    try:
        lock.acquire(timeout=wait_seconds() if wait is None else wait)
    except Timeout:
        raise RefreshLocked(describe_holder(home)) from None
    info = path.with_suffix(".lock.json")
    info.write_text(json.dumps({"pid": os.getpid(), "run": run,
                                "started": datetime.now(UTC).isoformat(timespec="seconds")}),
                    encoding="utf-8")
    _held[path] = (lock, 1)
    try:
        yield
    finally:
        release(home)


def describe_holder(home: Path) -> str:
    who = holder(home) or {}
    return (f"another refresh (pid {who.get('pid', '?')}, started {who.get('started', '?')}) "
            f"holds REFORM_HOME ({Path(home).resolve()}); try again when it has finished")


def release(home: Path) -> None:
    """Let go of the lock of `home` if this process holds it (also from a signal handler's thread)."""
    path = lock_path(home)
    held = _held.pop(path, None)
    if held is None:
        return
    path.with_suffix(".lock.json").unlink(missing_ok=True)
    held[0].release(force=True)
