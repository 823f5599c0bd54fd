"""Archived pages and parser versions: a page parsed by another parser version
(a new PARSER_VERSION, or a change to its source's entry) is parsed again on
the next run, its article updated, and its facts read again only where its
text changed; a second run does nothing; a warehouse from before versions
were recorded migrates and counts as parsed by an older version."""
from __future__ import annotations

from dataclasses import replace

import pytest

import scrapers.parse.version as parser_version
from scrapers.crawl.archive import Archive
from scrapers.models import FetchedResponse, article_id_for
from scrapers.parse.version import PARSER_VERSION, parse_key
from scrapers.raw.articles import parse_pages
from scrapers.raw.facts import extract_new_facts
from scrapers.raw.pages import load_pages
from scrapers.raw.schema import connect
from scrapers.sources.registry import ArticleSelectors, SourceConfig

SOURCE = SourceConfig(id="baotinh", name="Báo Tỉnh", family="generic", province="26", hosts=("baotinh.example.vn",),
                      article=ArticleSelectors(body=(".noi-dung",)))
# The same source once its entry learns that the sponsored box is no article text.
SOURCE_DROPPING_ADS = replace(SOURCE, article=replace(SOURCE.article, drop=(".quang-cao",)))
FIGURES = "<p>Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 98,5%; toàn tỉnh tiếp nhận 12.345 hồ sơ.</p>"
AD = "<div class='quang-cao'><p>Năm 2024, toàn tỉnh tiếp nhận 4.321 hồ sơ trực tuyến.</p></div>"
WITH_AD = "https://baotinh.example.vn/cai-cach-hanh-chinh-nam-2024-12345.html"
WITHOUT_AD = "https://baotinh.example.vn/ket-qua-giai-quyet-ho-so-67890.html"


def article_page(title: str, body: str) -> bytes:
    return (f"<html><head><meta property='og:type' content='article'><title>{title}</title>"
            "<meta property='article:published_time' content='2025-01-10T08:00:00+07:00'></head>"
            f"<body><h1>{title}</h1><div class='noi-dung'>{body}</div></body></html>").encode()


def archive_pages(home, bodies: dict[str, bytes]) -> Archive:
    archive = Archive(home / "archive")
    for url, body in bodies.items():
        archive.append(FetchedResponse(url=url, final_url=url, status=200, body=body,
                                       headers={"Content-Type": "text/html; charset=utf-8"},
                                       fetched_at="2025-01-11T00:00:00+00:00", source_id="baotinh"))
    return archive


@pytest.fixture
def warehouse(tmp_path):
    """Two archived articles of one source, parsed and read for facts as the
    registry stood: one carries a sponsored box inside its body."""
    archive = archive_pages(tmp_path, {
        WITH_AD: article_page("Cải cách hành chính năm 2024", FIGURES + AD),
        WITHOUT_AD: article_page("Kết quả giải quyết hồ sơ", FIGURES),
    })
    db = tmp_path / "work.duckdb"
    with connect(db) as con:
        load_pages(con, archive)
        first = parse_pages(con, archive, {"baotinh": SOURCE})
        extract_new_facts(con)
    assert first.details["article"] == 2 and first.details["reparsed_for_parser_version"] == 0
    return db, archive


def texts(con) -> dict[str, str]:
    return dict(con.execute("select article_id, text from raw.articles").fetchall())


def extractions(con) -> dict[str, int]:
    return dict(con.execute("select article_id, count(*) from raw.extractions group by article_id").fetchall())


def test_every_parse_records_the_parser_version_and_the_source_entry_it_read():
    assert parse_key(None) == PARSER_VERSION
    assert parse_key(SOURCE).startswith(f"{PARSER_VERSION}+baotinh:")
    assert parse_key(SOURCE_DROPPING_ADS) != parse_key(SOURCE)
    # What parsing never reads (the crawl's pace, the evidence) leaves the version as it was.
    assert parse_key(replace(SOURCE, rate_limit_seconds=5.0, status="verified")) == parse_key(SOURCE)


def test_a_changed_source_entry_reparses_its_pages_and_reextracts_only_changed_texts(warehouse):
    db, archive = warehouse
    with connect(db) as con:
        before_texts = texts(con)
        ad_facts_before = con.execute("select count(*) from raw.facts where value = 4321").fetchall()[0][0]
        stats = parse_pages(con, archive, {"baotinh": SOURCE_DROPPING_ADS})
        extracted = extract_new_facts(con)
        after_texts = texts(con)
        versions = {v for (v,) in con.execute("select distinct parser_version from raw.page_parses").fetchall()}
        n_parses = con.execute("select count(*) from raw.page_parses").fetchall()[0][0]
        ad_facts = con.execute("select count(*) from raw.facts where value = 4321").fetchall()[0][0]
        runs = extractions(con)
    with_ad, without_ad = article_id_for(WITH_AD), article_id_for(WITHOUT_AD)
    assert stats.details["reparsed_for_parser_version"] == 2 and stats.details["reparsed_texts_changed"] == 1
    assert "4.321" in before_texts[with_ad] and "4.321" not in after_texts[with_ad]
    assert after_texts[without_ad] == before_texts[without_ad]
    assert versions == {parse_key(SOURCE_DROPPING_ADS)} and n_parses == 2   # replaced, not added beside
    # Only the article whose text changed is read again; its facts lose the sponsored figure.
    assert extracted.details["articles_read"] == 1
    assert runs == {with_ad: 2, without_ad: 1}
    assert ad_facts_before == 1 and ad_facts == 0
    with connect(db) as con:   # the next night: nothing left to parse or read again
        again = parse_pages(con, archive, {"baotinh": SOURCE_DROPPING_ADS})
        assert sum(again.details[k] for k in ("article", "listing", "error", "skipped")) == 0
        assert again.details["reparsed_for_parser_version"] == 0
        assert extract_new_facts(con).details["articles_read"] == 0
        assert texts(con) == after_texts


def test_a_new_parser_version_reparses_every_page_once(warehouse, monkeypatch):
    db, archive = warehouse
    monkeypatch.setattr(parser_version, "PARSER_VERSION", "parse-next")
    with connect(db) as con:
        stats = parse_pages(con, archive, {"baotinh": SOURCE})
        again = parse_pages(con, archive, {"baotinh": SOURCE})
        versions = [v for (v,) in con.execute("select parser_version from raw.page_parses").fetchall()]
        # The text is the same: the extractor has nothing new to read.
        assert extract_new_facts(con).details["articles_read"] == 0
    assert stats.details["reparsed_for_parser_version"] == 2 and stats.details["reparsed_texts_changed"] == 0
    assert again.details["reparsed_for_parser_version"] == 0 and again.details["article"] == 0
    assert versions == [parse_key(SOURCE)] * 2 and versions[0].startswith("parse-next+")


def test_a_warehouse_from_before_parser_versions_migrates_and_reparses_once(warehouse):
    db, archive = warehouse
    with connect(db) as con:   # page_parses as it was before the column existed
        con.execute("alter table raw.page_parses drop column parser_version")
    with connect(db) as con:
        migrated = con.execute("select count(*), count(parser_version) from raw.page_parses").fetchall()[0]
        stats = parse_pages(con, archive, {"baotinh": SOURCE})
        assert extract_new_facts(con).details["articles_read"] == 0
        again = parse_pages(con, archive, {"baotinh": SOURCE})
    assert migrated == (2, 0)   # the old rows are kept, with no version: an older one
    assert stats.details["reparsed_for_parser_version"] == 2 and stats.details["reparsed_texts_changed"] == 0
    assert again.details["reparsed_for_parser_version"] == 0
