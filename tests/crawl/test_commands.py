"""`reform crawl` (replay of the bundled seed archive) and `reform fetch` (against the local site)."""
from __future__ import annotations

import json

from scrapers.cli import main
from scrapers.crawl.archive import Archive


def test_crawl_replays_the_seed_archive_then_finds_nothing_new(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REFORM_HOME", str(tmp_path))
    assert main(["crawl"]) == 0
    first = capsys.readouterr().out
    assert "total: 10 pages, 5 new articles, 0 errors" in first
    archived = Archive(tmp_path / "archive")
    assert sum(1 for r in archived.records() if r["url"].endswith("/robots.txt")) == 5
    assert main(["crawl"]) == 0
    assert "total: 5 pages, 0 new articles, 0 errors" in capsys.readouterr().out


def test_crawl_of_one_source_into_a_given_archive(tmp_path, capsys):
    assert main(["crawl", "--source", "baodongthap", "--archive", str(tmp_path / "a"), "--max-pages", "1"]) == 0
    out = capsys.readouterr().out
    assert "baodongthap: 2 pages fetched, 1 new articles, 0 errors" in out and "vinhphuc" not in out


def test_crawl_rejects_an_unknown_source(capsys):
    assert main(["crawl", "--source", "no-such-site"]) == 2
    assert "unknown source(s) no-such-site" in capsys.readouterr().err


def test_fetch_prints_the_parsed_article(site, tmp_path, capsys):
    article = site.articles[0]
    assert main(["fetch", site.url(article.path), "--archive", str(tmp_path / "a")]) == 0
    line = json.loads(capsys.readouterr().out)
    assert (line["kind"], line["title"], line["published"], line["status"]) == (
        "article", article.title, "2025-06-30", 200)
    assert Archive(tmp_path / "a").latest_response(site.url(article.path)) is not None


def test_fetch_refused_by_robots_exits_non_zero_with_one_line(site, tmp_path, capsys):
    assert main(["fetch", site.url("/private/admin"), "--archive", str(tmp_path / "a")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "disallowed by" in err and site.hits["/private/admin"] == 0
