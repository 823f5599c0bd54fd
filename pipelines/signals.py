"""SIGTERM and SIGINT stop a `reform run` within seconds, at any step.

Dagster's in-process execution swaps the Python signal handlers around its
steps and only looks at a captured interrupt between steps, so a signal
during a long step, an asset check or a step blocked on a pool went unheard.
Here the signal is heard below Python's handlers: `signal.set_wakeup_fd`
writes every signal's number to a pipe whichever handler Dagster has
installed, and a watcher thread reads it. On SIGTERM or SIGINT the watcher
marks the run failed (freeing its pool slots), stops the processes the run
started (dbt, the parse and extract workers), lets go of the refresh lock
and exits with 128 + the signal's number. Whatever the run was writing is
crash-safe by design (the archive, DuckDB's WAL, the atomic publish): the
next run picks up from there.
"""
from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from scrapers.processes import process_alive

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
CHILD_GRACE_SECONDS = 3.0


def child_processes(pid: int) -> list[int]:
    """Every descendant of `pid`, children first (from /proc; empty off Linux)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, queue = [], list(parents.get(pid, []))
    while queue:
        child = queue.pop(0)
        found.append(child)
        queue.extend(parents.get(child, []))
    return found


def stop_children(grace: float = CHILD_GRACE_SECONDS) -> None:
    """SIGTERM every descendant of this process, then SIGKILL those still there after `grace` seconds."""
    children = child_processes(os.getpid())
    for pid in children:
        _send(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.1)
    for pid in child_processes(os.getpid()) + children:
        _send(pid, signal.SIGKILL)


def _send(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signum)


def _alive(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)     # a child that exited is reaped, not left a zombie that seems alive
    return process_alive(pid)


@contextmanager
def stop_on_signals(on_stop: Callable[[str], None]) -> Iterator[None]:
    """Within the block, SIGTERM or SIGINT calls `on_stop(signal name)` on a
    watcher thread, stops this process's children, calls `on_stop` again
    (it must be idempotent) and exits the process.
    A no-op off the main thread (signals reach only the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    previous_fd = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    # A Python-level handler must be installed for the wakeup fd to be written;
    # Dagster installs its own while the run executes, this one covers the rest.
    previous = {s: signal.signal(s, lambda *_: None) for s in STOP_SIGNALS}
    done = threading.Event()

    def watch() -> None:
        # Signals already written are handled before `done` is looked at: the
        # block's end joins this thread, so a run that Dagster's own handler
        # has just ended still waits here for the stop to finish.
        while True:
            readable, _, _ = select.select([read_end], [], [], 0.1)
            if not readable:
                if done.is_set():
                    return
                continue
            for signum in os.read(read_end, 64):
                if signum in STOP_SIGNALS:
                    name = signal.Signals(signum).name
                    print(f"reform run: {name} received: stopping the run", file=sys.stderr, flush=True)
                    try:
                        on_stop(name)
                    finally:
                        stop_children()
                        # The run's own thread went on meanwhile (a step blocked on
                        # a pool queues for it again): once more, just before the exit.
                        on_stop(name)
                        os._exit(128 + signum)

    watcher = threading.Thread(target=watch, name="reform-stop-signals", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()
        signal.set_wakeup_fd(previous_fd)
        for s, handler in previous.items():
            signal.signal(s, handler)
        os.close(write_end)
        os.close(read_end)
