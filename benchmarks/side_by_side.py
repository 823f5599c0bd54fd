"""Our HTML → article step (`scrapers.parse.article.parse_page`) beside trafilatura's
`bare_extraction`, on the same pages: speed on the generated corpus and on the
real saved pages, accuracy on the real pages with known answers.

Accuracy follows the golden test of the reference pages
(tests/article/test_reference_pages.py): a page counts for a field when the
title is exactly the visible title, the date is the publication date, the
body starts with the lead's (or the body's) first sentence, and ends with the
last body sentence (a closing byline aside). trafilatura is a benchmark-only
dependency (`pip install -e '.[bench]'`); without it only our side runs.
"""
from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_parse import REFERENCE, load_pages
from scrapers.crawl.archive import Archive
from scrapers.parse.article import parse_page
from scrapers.parse.encoding import decode_html
from scrapers.sources.registry import load_registry

Page = tuple[str, str]          # (html, url)
Extracted = tuple[str | None, str | None, str]   # (title, ISO date, body)


def corpus_article_pages(archive_dir: Path, limit: int) -> list[Page]:
    """Up to `limit` article pages of a generated archive (listings and robots.txt left out)."""
    archive = Archive(archive_dir)
    registry = load_registry()
    pages = []
    for record in archive.records():
        source = registry.get(record.get("source_id") or "")
        pattern = source.listing.link_pattern if source else None
        if not pattern or not re.match(pattern, record["url"]):
            continue
        pages.append((decode_html(archive.read_body(record["sha256"])), record["url"]))
        if len(pages) == limit:
            break
    return pages


def ours(html: str, url: str) -> Extracted:
    page = parse_page(html, url)
    return page.title, page.published, page.body or ""


def trafilatura_extract(html: str, url: str) -> Extracted:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, as_dict=True)
    if not doc:
        return None, None, ""
    return doc.get("title"), doc.get("date"), doc.get("text") or ""


def trafilatura_available() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


def pages_per_second(extract: Callable[[str, str], Extracted], pages: list[Page], min_seconds: float = 1.0) -> dict:
    """Pages/s over whole passes until `min_seconds` have gone by; failures counted, not raised."""
    failures, done, start = 0, 0, time.perf_counter()
    while True:
        for html, url in pages:
            try:
                extract(html, url)
            except Exception:
                failures += 1
            done += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return {"pages": done, "seconds": round(elapsed, 3), "pages_per_s": round(done / elapsed, 1),
                    "failures": failures}


def accuracy(extract: Callable[[str, str], Extracted]) -> dict:
    """Share of the reference pages with known answers where each field is right."""
    root = REFERENCE / "pages"
    manifest = {m["file"]: m for m in _jsonl(root / "manifest.jsonl")}
    checks = {"title": 0, "date": 0, "body_start": 0, "body_end": 0}
    expected = _jsonl(root / "expected.jsonl")
    for want in expected:
        entry = manifest[want["file"]]
        try:
            title, published, body = extract(decode_html((root / entry["file"]).read_bytes()), entry["url"])
        except Exception:
            continue
        body = _nfc(body).strip()
        checks["title"] += _nfc(title or "").strip() == _nfc(want["title"])
        checks["date"] += (published or "")[:10] == want["date"]
        starts = tuple(_nfc(s) for s in (want.get("lead_first_sentence"), want.get("body_first_sentence")) if s)
        checks["body_start"] += bool(starts) and body.startswith(starts)
        ending = body
        byline = _nfc(want.get("byline") or "")
        if byline and ending.endswith(byline):
            ending = ending[: -len(byline)].rstrip()
        checks["body_end"] += ending.endswith(_nfc(want["body_last_sentence"]))
    return {"pages": len(expected), **{k: round(v / len(expected), 3) for k, v in checks.items()}}


def compare(corpus_archive: Path | None, corpus_pages: int = 1000) -> dict:
    """Both extractors side by side; the trafilatura half is absent when it is not installed."""
    contenders = {"ours (parse_page)": ours}
    if trafilatura_available():
        contenders["trafilatura 2.3.1 bare_extraction"] = trafilatura_extract
    reference = load_pages()
    generated = corpus_article_pages(corpus_archive, corpus_pages) if corpus_archive else []
    out = {}
    for name, extract in contenders.items():
        row = {"reference": pages_per_second(extract, reference), "accuracy": accuracy(extract)}
        if generated:
            row["generated"] = pages_per_second(extract, generated)
        out[name] = row
    return out


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
