import math
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.facts.extract import extract_facts

WORDS = ["đạt", "tiếp nhận", "hồ sơ", "thủ tục", "xếp thứ", "Chỉ số PCI", "năm 2023", "%", "trên", ",", ";", ".",
         "\n", "1.995", "90,88", "3/63", "điểm", "tăng", "bậc", "mức độ 4", "Trong đó:", "dẫn đầu", "Sở", "cấp xã"]


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)),
       st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1))), st.one_of(st.none(), st.just("01")))
def test_never_raises_and_evidence_is_exact(text, published, province):
    for f in extract_facts(text, article_id="x", published=published, province=province):
        assert math.isfinite(f.value)
        assert text[f.evidence_start:f.evidence_end] == f.evidence
