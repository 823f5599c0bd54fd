"""A fault of the extractor on one article is recorded in raw.load_errors, and the other articles' facts load."""
from datetime import date

import pytest

import scrapers.facts.extract as extract_module
from scrapers.facts.extract import ExtractionError, extract_facts
from scrapers.raw.facts import extract_new_facts
from scrapers.raw.schema import connect

GOOD = "Năm 2023, tỉnh tiếp nhận 1.200 hồ sơ, trong đó 1.150 hồ sơ giải quyết đúng hạn."
BAD = "Năm 2023, tỉnh tiếp nhận 900 hồ sơ; dòng này làm hỏng bộ đọc."


@pytest.fixture
def broken_on_bad_text(monkeypatch):
    """The extractor with a fault that only the article BAD triggers."""
    real = extract_module._extract

    def faulty(text, *args, **kwargs):
        if "làm hỏng" in text:
            raise KeyError("no such cue")
        return real(text, *args, **kwargs)
    monkeypatch.setattr(extract_module, "_extract", faulty)


def test_a_fault_is_raised_with_the_article_and_never_read_as_no_facts(broken_on_bad_text):
    with pytest.raises(ExtractionError, match=r"article a-bad: KeyError: 'no such cue'"):
        extract_facts(BAD, article_id="a-bad", published=date(2024, 1, 5), province="26")
    assert extract_facts(GOOD, article_id="a-good", published=date(2024, 1, 5), province="26")


def _add_article(con, article_id, url, text):
    con.execute("insert into raw.articles (article_id, url, province, published, text, text_sha256) "
                "values (?, ?, '26', date '2024-01-05', ?, ?)", [article_id, url, text, article_id + "-sha"])


def test_the_load_step_records_the_fault_and_keeps_the_other_articles(tmp_path, broken_on_bad_text):
    with connect(tmp_path / "work.duckdb") as con:
        _add_article(con, "a-good", "http://127.0.0.1/good", GOOD)
        _add_article(con, "a-bad", "http://127.0.0.1/bad", BAD)
        stats = extract_new_facts(con)
        errors = con.execute("select stage, subject, locator, reason from raw.load_errors").fetchall()
        facts = con.execute("select distinct article_id from raw.facts").fetchall()
        extracted = con.execute("select article_id from raw.extractions").fetchall()
    assert errors == [("extract", "http://127.0.0.1/bad", "a-bad", "article a-bad: KeyError: 'no such cue'")]
    assert stats.failed == 1 and stats.errors == ["http://127.0.0.1/bad: article a-bad: KeyError: 'no such cue'"]
    assert facts == [("a-good",)]
    # the failed article has no extraction record, so the next night reads it again
    assert extracted == [("a-good",)]


def test_a_failed_article_is_read_again_once_the_fault_is_gone(tmp_path, monkeypatch, broken_on_bad_text):
    with connect(tmp_path / "work.duckdb") as con:
        _add_article(con, "a-bad", "http://127.0.0.1/bad", BAD)
        assert extract_new_facts(con).failed == 1
        monkeypatch.undo()
        again = extract_new_facts(con)
        n_facts = con.execute("select count(*) from raw.facts where article_id = 'a-bad'").fetchall()[0][0]
    assert again.failed == 0 and again.details["articles_read"] == 1 and n_facts == 1
