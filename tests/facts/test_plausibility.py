"""Figures no report can state never leave the extractor."""
from datetime import date

import pytest

from scrapers.facts.extract import extract_facts


def facts_of(text: str):
    return extract_facts(text, article_id="t", published=date(2024, 6, 1), province="26")


@pytest.mark.parametrize("sentence", [
    "Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 999.999.999.999%.",
    "Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 250%.",
    "Năm 2023, chỉ số cải cách hành chính của tỉnh xếp thứ 99999999/63.",
    "Năm 2023, chỉ số cải cách hành chính của tỉnh xếp thứ 70/63.",
    "Năm 2023, toàn tỉnh tiếp nhận 999.999.999.999.999 hồ sơ.",
    "Năm 2023, toàn tỉnh cung cấp 0,75 dịch vụ công trực tuyến.",
])
def test_impossible_figures_are_dropped(sentence):
    assert facts_of(sentence) == []


@pytest.mark.parametrize("sentence, metric, value", [
    ("Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%.", "dossiers_on_time_rate", 99.5),
    ("Năm 2023, chỉ số cải cách hành chính của tỉnh xếp thứ 63/63.", "index_rank", 63),
    ("Năm 2023, toàn tỉnh tiếp nhận 1.250.000 hồ sơ.", "dossiers_received", 1250000),
])
def test_figures_at_the_edge_stay(sentence, metric, value):
    assert (metric, value) in [(f.metric, f.value) for f in facts_of(sentence)]


def test_a_dropped_figure_is_recorded_with_its_article_place_and_reason(tmp_path):
    from scrapers.raw.facts import extract_new_facts
    from scrapers.raw.schema import connect

    text = "Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 250%; toàn tỉnh tiếp nhận 1.250 hồ sơ."
    with connect(tmp_path / "work.duckdb") as con:
        con.execute("insert into raw.articles (article_id, url, province, published, text, text_sha256) "
                    "values ('a1', 'http://127.0.0.1/a1', '26', date '2024-06-01', ?, 'sha')", [text])
        stats = extract_new_facts(con)
        extract_new_facts(con)   # a re-run records nothing twice
        recorded = con.execute("select stage, subject, locator, reason from raw.load_errors").fetchall()
        metrics = [m for (m,) in con.execute("select metric from raw.facts").fetchall()]
    assert stats.details["figures_dropped_as_implausible"] == 1
    [(stage, subject, locator, reason)] = recorded
    assert (stage, subject) == ("extract", "http://127.0.0.1/a1")
    start = text.index("250")
    assert locator.startswith("article a1, characters ") and int(locator.split()[-1].split("-")[0]) <= start
    assert "implausible" in reason and "250 % is over 100 %" in reason and "250%" in reason
    assert metrics == ["dossiers_received"]
