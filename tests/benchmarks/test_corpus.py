"""The generated benchmark corpus replays through the normal crawl, parses
with the registry's selectors, and extraction recovers the facts it planted."""
from __future__ import annotations

import json

import duckdb

from benchmarks.accuracy import score_against_planted, warehouse_facts
from benchmarks.corpus import SOURCES, write_corpus
from scrapers.crawl.archive import Archive
from scrapers.crawl.crawler import crawl
from scrapers.crawl.http import PoliteClient
from scrapers.crawl.transport import ReplayTransport
from scrapers.raw.articles import parse_pages
from scrapers.raw.facts import extract_new_facts
from scrapers.raw.pages import load_pages
from scrapers.raw.schema import DDL
from scrapers.sources.registry import load_registry

N = 20


def test_generated_pages_crawl_parse_and_yield_the_planted_facts(tmp_path, shared_dir):
    corpus = write_corpus(tmp_path / "corpus", N, seed=3, links_per_listing=3)
    assert corpus.articles == N and corpus.facts >= 2 * N
    registry = load_registry()
    sources = [registry[s] for s in SOURCES]

    # The listings lead the ordinary replay crawl to every article.
    archive = Archive(tmp_path / "home" / "archive")
    client = PoliteClient(ReplayTransport(Archive(corpus.archive_dir)),
                          allowed_hosts=[h for s in sources for h in s.hosts], archive=archive)
    with archive.batch():
        report = crawl(sources, client, archive, known_urls=set(), max_pages=corpus.max_pages)
    assert not report.errors
    assert len(report.new_urls) == N

    con = duckdb.connect()
    con.execute(DDL)
    load_pages(con, archive)
    parsed = parse_pages(con, archive, registry)
    assert parsed.details["article"] == N and parsed.failed == 0
    # Teasers in the related-news box and figure captions stay out of the body.
    bodies = [r[0] for r in con.execute("select body from raw.articles").fetchall()]
    assert not any("Các tin khác" in b or "Quang cảnh hội nghị" in b for b in bodies)

    extract_new_facts(con)
    result = score_against_planted(corpus.facts_path, warehouse_facts(con))
    assert result["gold"] == corpus.facts
    assert result["recall"] >= 0.95 and result["precision"] >= 0.95, result
    assert result["attributes"]["period_start"]["agree"] >= 0.95


def test_generation_is_deterministic_and_spreads_over_sources(tmp_path):
    first = write_corpus(tmp_path / "a", N, seed=5)
    second = write_corpus(tmp_path / "b", N, seed=5)
    assert first.facts_path.read_bytes() == second.facts_path.read_bytes()
    assert (first.archive_dir / "manifest.jsonl").read_bytes() == (second.archive_dir / "manifest.jsonl").read_bytes()
    facts = [json.loads(line) for line in first.facts_path.read_text(encoding="utf-8").splitlines()]
    assert {f["province"] for f in facts} == {"34", "17", "87", "26"}   # Thái Bình, Hòa Bình, Đồng Tháp, Vĩnh Phúc
    assert {f["level"] for f in facts} >= {"province", "district", "commune", None}
