"""What checking every archived page's parser version costs a night with
nothing to parse: the parse step's scan of raw.pages against raw.page_parses
(`scrapers.raw.articles._pending_pages`) on N pages already parsed with
today's version, beside the scan before versions (an anti-join on the keys).

    python benchmarks/bench_parse_versions.py [--pages 100000] [--without-source 0.001]

`--without-source` is the share of pages fetched for no registered source:
their source is found by URL, page by page, in Python.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pandas as pd

from scrapers.parse.version import parse_key
from scrapers.raw.articles import _pending_pages, page_source
from scrapers.raw.schema import SCHEMA, connect
from scrapers.sources.registry import load_registry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--without-source", type=float, default=0.001, metavar="SHARE")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    registry = load_registry()
    ids = list(registry)
    every = max(1, round(1 / args.without_source)) if args.without_source else 0
    pages = []
    for i in range(args.pages):
        source = registry[ids[i % len(ids)]]
        url = f"https://{source.hosts[0]}/cai-cach-hanh-chinh-{i}-12345.html"
        source_id = None if every and i % every == 0 else source.id
        pages.append({"page_key": url, "sha256": f"{i:064x}", "url": url, "method": "GET", "status": 200,
                      "source_id": source_id, "last_fetched_at": pd.Timestamp.now(), "outcome": "article",
                      "parser_version": parse_key(page_source(source_id, url, registry))})
    frame = pd.DataFrame(pages)
    with tempfile.TemporaryDirectory() as folder, connect(Path(folder) / "bench.duckdb") as con:
        con.register("_pages", frame)
        con.execute(f"insert into {SCHEMA}.pages (page_key, sha256, url, method, status, source_id, last_fetched_at) "
                    "select page_key, sha256, url, method, status, source_id, last_fetched_at from _pages")
        con.execute(f"insert into {SCHEMA}.page_parses (page_key, sha256, url, outcome, parser_version) "
                    "select page_key, sha256, url, outcome, parser_version from _pages")
        for _ in range(args.rounds):
            start = time.perf_counter()
            pending, _ = _pending_pages(con, registry)
            versioned = time.perf_counter() - start
            start = time.perf_counter()
            con.execute(f"select count(*) from {SCHEMA}.pages p anti join {SCHEMA}.page_parses q "
                        "using (page_key, sha256)").fetchall()
            keys_only = time.perf_counter() - start
            assert not pending, f"{len(pending)} pages pending on a night with nothing new"
            print(f"{args.pages} pages, {len(registry)} sources, {args.without_source:.1%} without one: "
                  f"version scan {versioned:.3f} s, key-only scan {keys_only:.3f} s")


if __name__ == "__main__":
    main()
