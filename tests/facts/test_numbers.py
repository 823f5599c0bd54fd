from hypothesis import given
from hypothesis import strategies as st

from scrapers.facts.numbers import find_numbers, parse_number


def test_vietnamese_formats():
    cases = {"1.995": 1995, "175.920": 175920, "90,88%": 90.88, "45,5054": 45.5054, "65.2": 65.2,
             "10,18 ngàn": 10180, "3,5 triệu": 3_500_000, "2 nghìn": 2000, "03": 3, "100%": 100,
             "hai": 2, "tám": 8, "mười": 10, "mười lăm": 15, "hai mươi mốt": 21, "một trăm linh năm": 105}
    for text, value in cases.items():
        assert parse_number(text) == value, text


def test_rejects_non_numbers():
    for text in ("", "abc", "1..2", ".5", "lăm"):
        assert parse_number(text) is None, text


def test_find_numbers_keeps_denominators_and_skips_dates():
    toks = find_numbers("đạt 65.2/100 điểm, xếp thứ 3/63, ngày 29/8 và 27/3/2023, 10,18 ngàn HS")
    assert [(t.value, t.denominator) for t in toks] == [(65.2, 100), (3, 63), (10180, None)]
    assert toks[-1].scaled


@given(st.integers(min_value=0, max_value=10**12))
def test_thousands_dots_round_trip(n):
    written = f"{n:,}".replace(",", ".")
    assert parse_number(written) == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_decimal_comma_round_trip(whole, frac):
    written = f"{whole},{frac:02d}"
    assert abs(parse_number(written) - (whole + frac / 100)) < 1e-6


def test_a_decimal_broken_by_a_stray_space_before_its_unit():
    got = [(t.value, t.percent) for t in find_numbers("đạt 71, 25 điểm, giảm (4, 05%)")]
    assert got == [(71.25, False), (4.05, True)]
    assert [t.value for t in find_numbers("có 3, 12 và 15 hồ sơ")] == [3, 12, 15]


def test_the_lower_case_twins_are_the_patterns_in_lower_case():
    """`find_numbers` reads lower-cased sentences with case-sensitive twins: each must be its pattern lower-cased."""
    import re

    from scrapers.facts import numbers
    twins = ((numbers._COUNTED_NOUN, numbers._COUNTED_NOUN_LOWER), (numbers._WORDS_BEFORE, numbers._WORDS_BEFORE_LOWER),
             (numbers._ORDINAL, numbers._ORDINAL_LOWER))
    for pattern, twin in twins:
        assert pattern.flags & re.IGNORECASE and not twin.flags & re.IGNORECASE
        assert twin.pattern == pattern.pattern.lower().replace("(?p<", "(?P<")


def test_number_words_and_ordinals_in_capitals():
    sentence = "Năm nay tỉnh cắt giảm HAI THỦ TỤC và ĐỨNG thứ BA cả nước"
    assert [(t.value, sentence[t.start:t.end]) for t in find_numbers(sentence)] == [(2.0, "HAI"), (3.0, "BA")]


def test_a_ratio_of_millions_keeps_its_whole():
    assert find_numbers("(8.589.847/17.388.356)")[0].denominator == 17388356


def test_points_out_of_twelve_written_with_a_decimal_are_no_date():
    assert find_numbers("đạt 8,0/12 điểm")[0].denominator == 12
    assert find_numbers("ngày 8/12")[0:1] == []


def test_a_part_of_a_whole_written_in_words_is_a_ratio():
    (tok,) = [t for t in find_numbers("số hóa cho 10.512 trên tổng số 39.870 hồ sơ") if t.value == 10512]
    assert tok.denominator == 39870
    (rank,) = find_numbers("xếp thứ 7 trên 63 tỉnh, thành phố")
    assert rank.value == 7 and rank.denominator == 63
    values = [(t.value, t.denominator) for t in find_numbers("cắt giảm 2.028 trên tổng số 7.806 điều kiện kinh doanh")]
    assert values == [(2028, None), (7806, None)]      # a whole the reform figures do not count stays two figures


def test_a_part_in_words_with_trong_so_is_a_ratio_too():
    (tok,) = [t for t in find_numbers("đã có 360 trong số 1.230 thủ tục hành chính") if t.value == 360]
    assert tok.denominator == 1230
