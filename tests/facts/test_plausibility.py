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
