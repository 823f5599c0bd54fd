"""What every raw-layer step shares: its summary record and the chunked,
pooled map that parsing and extraction run on.

Parsing and extraction are CPU-bound pure functions of a page or an article, so
they run in chunks over a process pool (`settings.workers()` processes) while
the calling process, the only one that may hold the DuckDB file, reads the next
chunk's inputs and writes each finished chunk. Only a few chunks are in flight
at a time, so memory stays flat however many pages are pending.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from scrapers import settings

Progress = Callable[[str], None]


@dataclass
class StepStats:
    """What one step did, for logs and the run summary."""

    new: int = 0
    unchanged: int = 0
    failed: int = 0
    details: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


CHUNK_SIZE = 500
POOL_MIN_CHUNKS = 4          # below this a pool's start-up (~0.5 s) costs more than it saves
# Imported once in the fork server, so each worker starts with them loaded.
WORKER_PRELOAD = ["pandas", "scrapers.parse.article", "scrapers.parse.encoding", "scrapers.facts.extract"]


def chunked(items: list, size: int = CHUNK_SIZE) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def map_chunks(work: Callable, inputs: Iterable, n_chunks: int) -> Iterator:
    """`work(chunk)` for each input chunk, results in input order.

    With few chunks or one worker it runs here (a pool costs more than it
    saves). Otherwise the chunks go to a forkserver pool (forking this
    process, which may hold DuckDB and Dagster threads, is not safe), at most
    two per worker in flight, so inputs are produced only as they are needed."""
    workers = min(settings.workers(), n_chunks)
    if workers < 2 or n_chunks < POOL_MIN_CHUNKS:
        yield from map(work, inputs)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_PRELOAD)
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        in_flight: list[Future] = []
        for chunk in inputs:
            in_flight.append(pool.submit(work, chunk))
            if len(in_flight) >= 2 * workers:
                yield in_flight.pop(0).result()
        for future in in_flight:
            yield future.result()
