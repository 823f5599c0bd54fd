"""raw_articles and raw_pages: spoiled rows fail exactly their expectation."""
from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest
from gx_rows import TEXT, add_article, add_page, failed, quarantined_by_row

from expectations.runner import run_suite
from expectations.suites import validation_day


def test_a_good_article_passes(con):
    add_article(con)
    add_article(con, article_id="a2", url="https://vinhphuc.gov.vn/tin/2", published=validation_day().isoformat())
    result = run_suite(con, "raw_articles")
    assert failed(result) == {} and result.success and result.n_rows == 2


SPOILED_ARTICLES = {
    "body_empty": ({"body": ""}, "body_not_blank"),
    "title_blank": ({"title": " \n "}, "title_not_blank"),
    "title_missing": ({"title": None}, "title_present"),
    "text_nfd": ({"text": unicodedata.normalize("NFD", TEXT)}, "text_is_nfc"),
    "body_nfd": ({"body": unicodedata.normalize("NFD", "Hồ sơ")}, "text_is_nfc"),
    "published_1999": ({"published": "1999-12-31"}, "published_plausible"),
    "published_tomorrow": ({"published": (validation_day() + timedelta(days=1)).isoformat()}, "published_plausible"),
}


def test_each_spoiled_article_is_quarantined_for_exactly_its_expectation(con):
    add_article(con)
    for article_id, (spoil, _) in SPOILED_ARTICLES.items():
        add_article(con, article_id=article_id, url=f"https://vinhphuc.gov.vn/{article_id}", **spoil)
    result = run_suite(con, "raw_articles")
    # Bad rows, not a bad build: quarantined, and the suite does not block.
    assert result.success and result.has_warnings
    assert quarantined_by_row(con) == {
        article_id: {(name, "quarantine")} for article_id, (_, name) in SPOILED_ARTICLES.items()}


def test_an_undated_article_only_warns(con):
    add_article(con, published=None)
    result = run_suite(con, "raw_articles")
    assert failed(result) == {"published_known": "warn"}
    assert result.success and result.has_warnings


def test_good_pages_pass(con):
    add_page(con)
    add_page(con, url="http://vinhphuc.gov.vn/tin/2", status=0)  # no response: kept with status 0
    add_page(con, url="https://vinhphuc.gov.vn/tin/3", status=404)
    assert failed(run_suite(con, "raw_pages")) == {}


@pytest.mark.parametrize(("spoil", "expectation", "severity"), [
    ({"sha256": "AB" * 32}, "sha256_hex", "quarantine"),
    ({"sha256": "ab" * 31}, "sha256_hex", "quarantine"),
    ({"url": "ftp://vinhphuc.gov.vn/tin/1"}, "url_http", "quarantine"),
    ({"url": "vinhphuc.gov.vn/tin/1"}, "url_http", "quarantine"),
    ({"status": 999}, "status_known", "warn"),
])
def test_a_spoiled_page_fails_its_expectation(con, spoil, expectation, severity):
    page = add_page(con, **spoil)
    result = run_suite(con, "raw_pages")
    assert failed(result) == {expectation: severity}
    assert result.success and result.has_warnings    # a bad page is held back, never blocks
    outcome = next(o for o in result.outcomes if o.expectation == expectation)
    assert outcome.sample == [f"{page['page_key']} {page['sha256']}"]
