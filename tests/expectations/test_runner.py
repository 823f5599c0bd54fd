"""The runner: quarantine written once and kept current, Data Docs, summaries."""
from __future__ import annotations

import json
import re
import time

import pytest
from gx_rows import add_article, add_fact, add_page

from expectations.runner import SUITE_NAMES, run_suite


def quarantine(con) -> list[tuple]:
    return con.execute("select suite, expectation, severity, table_name, row_key, row_json, recorded_at "
                       "from quality.quarantine order by expectation, row_key").fetchall()


def test_failing_rows_are_quarantined_once(con):
    add_article(con)
    add_fact(con, value=120.0, province="99")
    add_fact(con, fact_id="f2")
    first = run_suite(con, "raw_facts")
    rows = quarantine(con)
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("percent_in_range", "quarantine", "raw.facts", "f1"),
        ("province_known", "quarantine", "raw.facts", "f1"),
    ]
    row = json.loads(rows[0][5])
    assert row["value"] == 120.0 and row["metric"] == "dossiers_on_time_rate"
    assert row["period_end"].startswith("2024-06-30")
    assert first.quarantined == 2 and "2 rows quarantined" in first.summary()

    run_suite(con, "raw_facts")
    assert quarantine(con) == rows  # same rows, same first-recorded time

    con.execute("update raw.facts set province = '26' where fact_id = 'f1'")
    run_suite(con, "raw_facts")
    assert [(r[1], r[4]) for r in quarantine(con)] == [("percent_in_range", "f1")]


def test_quarantine_of_one_suite_leaves_the_others(con):
    add_article(con, published=None)
    add_page(con, status=999)
    run_suite(con, "raw_articles")
    run_suite(con, "raw_pages")
    assert {(r[0], r[1], r[2]) for r in quarantine(con)} == {
        ("raw_articles", "published_known", "warn"), ("raw_pages", "status_known", "warn")}
    con.execute("update raw.pages set status = 200")
    run_suite(con, "raw_pages")
    assert [(r[0], r[1]) for r in quarantine(con)] == [("raw_articles", "published_known")]


def test_no_quarantine_when_not_asked(con):
    add_article(con, body="")
    result = run_suite(con, "raw_articles", quarantine=False)
    assert result.has_warnings and result.quarantined == 0
    quality_tables = "select count(*) from information_schema.tables where table_schema = 'quality'"
    assert con.execute(quality_tables).fetchone() == (0,)


def test_long_texts_are_cut_in_quarantine(con):
    add_article(con, title="x" * 5000, published="1990-01-01")
    run_suite(con, "raw_articles")
    row = json.loads(quarantine(con)[0][5])
    assert len(row["title"]) == 501 and row["article_id"] == "a1"


def test_only_the_start_of_a_body_is_validated_and_a_blank_one_still_fails(con):
    add_article(con, body="   \n  Nội dung " + "x" * 5000)
    add_article(con, article_id="a2", url="https://vinhphuc.gov.vn/tin/2", body=" \n\t ")
    result = run_suite(con, "raw_articles")
    failed = {o.expectation: o.sample for o in result.outcomes if not o.success}
    assert list(failed) == ["body_not_blank"] and failed["body_not_blank"] == ["a2"]


def test_summary_names_failures_and_severity(con):
    add_article(con, published="1990-01-01")
    summary = run_suite(con, "raw_articles").summary()
    assert summary.startswith("raw_articles: passed with warnings; 1 rows, 8/9 expectations met")
    assert "published_plausible [quarantine] ×1" in summary and "1 rows quarantined" in summary


def test_too_large_a_share_quarantined_means_a_broken_step_and_blocks(con):
    """One bad page is held back; a parser that loses every date is not a bad page."""
    from expectations.quarantine import MIN_ROWS_FOR_SHARE

    n = MIN_ROWS_FOR_SHARE * 2
    for i in range(n):
        add_article(con, article_id=f"a{i}", url=f"https://vinhphuc.gov.vn/tin/{i}",
                    published="1990-01-01" if i < MIN_ROWS_FOR_SHARE else "2024-06-11")
    result = run_suite(con, "raw_articles")
    assert not result.success
    share = next(o for o in result.outcomes if o.expectation == "quarantined_share")
    assert share.severity == "error" and share.unexpected_count == MIN_ROWS_FOR_SHARE
    assert f"{MIN_ROWS_FOR_SHARE} of {n} rows of raw.articles quarantined" in share.sample[0]


def test_a_few_bad_rows_in_a_small_table_do_not_block(con):
    add_article(con, published="2099-01-01")
    for i in range(3):
        add_article(con, article_id=f"ok{i}", url=f"https://vinhphuc.gov.vn/ok/{i}")
    result = run_suite(con, "raw_articles")
    assert result.success and result.quarantined == 1


def test_data_docs_list_every_suite_and_only_the_latest_run(con, tmp_path):
    tmp_path = tmp_path / "quality docs"  # a space: the index is returned as a path, not a URL
    add_article(con, published=None)
    add_fact(con)
    started = time.perf_counter()
    for _ in range(2):
        for name in ("raw_articles", "raw_facts"):
            result = run_suite(con, name, docs_dir=tmp_path)
    elapsed = time.perf_counter() - started
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert result.docs_index == tmp_path / "index.html"
    assert "raw.articles" in index and "raw.facts" in index
    assert len(list((tmp_path / "validations").rglob("*.html"))) == 2
    assert elapsed < 8, f"Data Docs took {elapsed:.1f} s for 4 runs"


def test_unknown_suite_is_named(con):
    with pytest.raises(ValueError, match="raw_nothing.*raw_articles"):
        run_suite(con, "raw_nothing")


def test_suite_names():
    assert SUITE_NAMES == ("raw_articles", "raw_pages", "raw_facts", "raw_index_scores")


def test_data_docs_index_works_offline(con, tmp_path):
    """The index needs no network: no script and no stylesheet from elsewhere,
    and its content (suites, failures, rows) is in the HTML itself."""
    add_article(con, published="1990-01-01")
    run_suite(con, "raw_articles", docs_dir=tmp_path)
    run_suite(con, "raw_facts", docs_dir=tmp_path)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<script" not in index and "<link" not in index and "http://" not in index and "https://" not in index
    assert "raw.articles" in index and "raw.facts" in index
    assert "published_plausible" in index and "failed" in index
    detail = re.search(r"href='(validations/[^']+\.html)'", index)
    assert detail and (tmp_path / detail.group(1)).is_file()
