"""Pages per second of parse_page on the real saved pages (one core).

    python benchmarks/bench_parse.py [--rounds N]

Also times the raw parsers (selectolax lexbor, lxml.html) on the same pages, and
trafilatura with metadata when it is installed (it is not a dependency).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import lxml.html
from selectolax.lexbor import LexborHTMLParser

from scrapers.parse.article import parse_page
from scrapers.parse.encoding import decode_html

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "html"


def load_pages() -> list[tuple[str, str | None]]:
    pages = []
    for folder in ("pages", "sotttt-hanoi"):
        root = REFERENCE / folder
        for line in (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry.get("kind", "article") == "article":
                pages.append((decode_html((root / entry["file"]).read_bytes()), entry["url"]))
    return pages


def rate(label: str, pages: list, work, rounds: int) -> None:
    start = time.perf_counter()
    failures = 0
    for _ in range(rounds):
        for html, url in pages:
            try:
                work(html, url)
            except Exception:   # a benchmark counts failures, it does not stop on them
                failures += 1
    elapsed = time.perf_counter() - start
    print(f"{label:34} {rounds * len(pages) / elapsed:8.0f} pages/s   ({failures} failures)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pages = load_pages()
    print(f"{len(pages)} article pages from {REFERENCE}")
    rate("selectolax lexbor (parse only)", pages, lambda h, u: LexborHTMLParser(h), args.rounds)
    rate("lxml.html (parse only)", pages, lambda h, u: lxml.html.fromstring(h.encode("utf-8")), args.rounds)
    rate("parse_page (full extraction)", pages, parse_page, args.rounds)
    try:
        import trafilatura
    except ImportError:
        print("trafilatura not installed: side-by-side skipped")
    else:
        rate("trafilatura.bare_extraction", pages,
             lambda h, u: trafilatura.bare_extraction(h, url=u, with_metadata=True), 1)


if __name__ == "__main__":
    main()
