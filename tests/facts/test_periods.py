from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from scrapers.facts.periods import find_periods, resolve_period

PUB = date(2022, 11, 1)


def _span(text, published=PUB, year=None):
    p = resolve_period(text, published, year)
    return (p.period_start, p.period_end) if p else None


def test_phrases():
    assert _span("Từ 15/7/2021 đến 31/3/2024, tỉnh") == ("2021-07-15", "2024-03-31")
    assert _span("từ ngày 30/12/2020 - 31/7/2021") == ("2020-12-30", "2021-07-31")
    assert _span("năm 2020") == ("2020-01-01", "2020-12-31")
    assert _span("trong quý I/2024") == ("2024-01-01", "2024-03-31")
    assert _span("Quý III năm 2021") == ("2021-07-01", "2021-09-30")
    assert _span("6 tháng đầu năm 2022") == ("2022-01-01", "2022-06-30")
    assert _span("tháng 10-2020") == ("2020-10-01", "2020-10-31")
    assert _span("giai đoạn 2021-2025") == ("2021-01-01", "2025-12-31")
    assert _span("vào cuối năm 2022") == (None, "2022-12-31")


def test_relative_phrases_use_the_publication_date():
    assert _span("từ đầu năm đến nay") == ("2022-01-01", "2022-11-01")
    assert _span("tính đến ngày 25-7") == (None, "2022-07-25")
    assert _span("9 tháng qua") == ("2022-01-01", "2022-09-30")
    assert _span("Đến nay") == (None, "2022-11-01")
    assert _span("Trong năm", date(2021, 1, 5), 2020) == ("2020-01-01", "2020-12-31")


def test_a_span_since_what_began_in_a_year_is_no_frame_of_that_year():
    # not `năm 2005` alone: the index facts after it are not of 2005
    assert _span("kể từ khi bắt đầu tiến hành vào năm 2005 tới nay, đã có 176.496 lượt") == ("2005-01-01", "2022-11-01")
    assert _span("kể từ năm 2016 đến nay") == ("2016-01-01", "2022-11-01")
    assert _span("khi bắt đầu tiến hành vào năm 2005, có 1.000 lượt") == ("2005-01-01", "2005-12-31")


def test_comparisons_are_marked():
    p = resolve_period("tăng 4 bậc so với năm 2020", PUB, 2021)
    assert p.comparative and (p.period_start, p.period_end) == ("2020-01-01", "2021-12-31")


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2093, 12, 31)),  # years are written 19xx or 20xx
       st.integers(min_value=0, max_value=2000))
def test_ranges_resolve_in_order(start, days):
    end = start + timedelta(days=days)
    text = f"Từ {start.day}/{start.month}/{start.year} đến {end.day}/{end.month}/{end.year}"
    p = resolve_period(text, None)
    assert (p.period_start, p.period_end) == (start.isoformat(), end.isoformat())


@given(st.text(max_size=200), st.one_of(st.none(), st.dates()))
def test_never_raises(text, published):
    for p in find_periods(text, published):
        assert text[p.start:p.end].strip() == p.text


def test_hien_inside_a_compound_is_not_now():
    # `thực hiện` (carry out), `thể hiện` (show) contain `hiện` but say nothing about time
    assert find_periods("Các xã thực hiện tốt việc tiếp nhận hồ sơ, thể hiện rõ tinh thần phục vụ.", PUB) == []
    assert _span("Hiện, toàn tỉnh có 1.200 thủ tục") == (None, "2022-11-01")
    assert _span("Huyện hiện đang cung cấp 300 dịch vụ") == (None, "2022-11-01")


def test_any_period_after_so_voi_is_a_comparison_base():
    for text in ("giảm 150 hồ sơ so với tháng 8-2021", "tăng 3% so với cuối quý II/2022",
                 "tăng so với 6 tháng đầu năm 2021"):
        assert [p.comparative for p in find_periods(text, PUB)] == [True], text


def test_a_month_just_past_is_the_latest_such_month():
    got = find_periods("Trong tháng 10 vừa qua, Trung tâm tiếp nhận 900 hồ sơ.", date(2019, 11, 25))
    assert [(p.period_start, p.period_end) for p in got] == [("2019-10-01", "2019-10-31")]
    got = find_periods("Tháng 12 vừa qua, tỉnh tiếp nhận 900 hồ sơ.", date(2020, 1, 8))
    assert [(p.period_start, p.period_end) for p in got] == [("2019-12-01", "2019-12-31")]


def test_comparisons_written_without_voi_or_with_a_word_between():
    for text in ("tăng 3 bậc so năm 2019", "tăng 3 bậc so với 2019", "tăng 3 bậc so với xếp hạng năm 2019"):
        got = find_periods(text, date(2021, 5, 1))
        assert [(p.period_start, p.comparative) for p in got] == [("2019-01-01", True)], text


def test_a_running_total_to_a_months_end():
    got = find_periods("Đến hết tháng 4/2018, Trung tâm đã tiếp nhận 28.000 hồ sơ.", date(2018, 5, 22))
    assert [(p.period_start, p.period_end) for p in got] == [(None, "2018-04-30")]


def test_a_range_of_whole_years():
    got = find_periods("Qua 3 năm từ 2019 đến 2021, huyện chỉ có 2 hồ sơ trễ hạn.", date(2022, 2, 1))
    assert [(p.period_start, p.period_end) for p in got] == [("2019-01-01", "2021-12-31")]


def test_one_month_past_is_the_month_before_publication_not_january():
    assert _span("trong 1 tháng qua") == ("2022-10-01", "2022-10-31")


def test_a_date_with_a_stray_space_after_its_separator():
    assert _span("từ ngày 5-12-2020 đến 15- 11-2021") == ("2020-12-05", "2021-11-15")


def test_a_day_written_in_words_and_a_running_total_to_a_month():
    assert _span("ngày 28 tháng 7 năm 2025") == ("2025-07-28", "2025-07-28")
    assert _span("đến tháng 8/2021") == (None, "2021-08-31")


def test_spans_from_a_day_to_a_dated_day_a_years_end_or_now():
    assert _span("từ 1/7 đến 31/12/2025, Trung tâm") == ("2025-07-01", "2025-12-31")
    assert _span("(từ ngày 27.4 - 3.5.2018)") == ("2018-04-27", "2018-05-03")
    assert _span("Từ 1/7 đến hết năm 2025, Trung tâm") == ("2025-07-01", "2025-12-31")
    assert _span("từ ngày 01/7/2024 đến hết năm 2025") == ("2024-07-01", "2025-12-31")
    assert _span("từ 15/3 đến nay, Trung tâm") == ("2022-03-15", "2022-11-01")
    assert _span("kể từ ngày 15/12 đến nay", published=date(2023, 3, 1)) == ("2022-12-15", "2023-03-01")


def test_a_running_total_from_a_dated_day_or_a_day_in_words_to_now():
    assert _span("Từ ngày 01/7/2022 đến nay, Trung tâm") == ("2022-07-01", "2022-11-01")
    assert _span("kể từ ngày 1 tháng 7 năm 2022 đến nay") == ("2022-07-01", "2022-11-01")
    assert _span("Từ ngày 01 tháng 10 năm 2022, Trung tâm") == ("2022-10-01", "2022-11-01")
    assert _span("ngày 28 tháng 7 năm 2022, Trung tâm") == ("2022-07-28", "2022-07-28")


def test_a_quarter_and_its_year_joined_by_a_dot():
    assert _span("trong quý III.2020, tổng số hồ sơ") == ("2020-07-01", "2020-09-30")
    assert _span("quý 3.2021") == ("2021-07-01", "2021-09-30")


def test_the_year_a_campaign_is_launched_for_frames_no_result_and_targets_met_frame_no_plan():
    from scrapers.facts.extract import extract_facts as extract
    text = ("Kết quả trên được quận thông tin tại hội nghị tổng kết phong trào thi đua năm 2022 và phát động phong "
            "trào thi đua năm 2023, tổ chức vào ngày 23-2.\nTỉ lệ hồ sơ giải quyết đúng hạn đạt 99,9%.")
    got = extract(text, article_id="t", published=date(2023, 2, 23), province="79")
    assert [(f.kind, f.period_start, f.period_end) for f in got] == [("actual", "2022-01-01", "2022-12-31")]
    text = ("Năm 2022, thành phố hoàn thành 10/10 chỉ tiêu và 61/64 nhiệm vụ cải cách hành chính; 99,3% hồ sơ "
            "giải quyết đúng hạn.")
    got = extract(text, article_id="t", published=date(2023, 3, 1), province="79")
    assert [f.kind for f in got] == ["actual"]


def test_the_year_whose_tasks_a_review_sets_out_frames_no_result():
    from scrapers.facts.extract import extract_facts as extract
    text = ("Sáng nay 29/2, UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023, triển khai "
            "nhiệm vụ năm 2024.\nCấp tỉnh có tổng số hồ sơ đã tiếp nhận: hơn 90 nghìn hồ sơ.")
    got = extract(text, article_id="t", published=date(2024, 2, 29), province="49")
    assert [(f.kind, f.period_start, f.period_end) for f in got] == [("actual", "2023-01-01", "2023-12-31")]


def test_days_of_one_month_the_first_without_its_month():
    assert _span("Tính từ ngày 3 - 16/8/2025, thành phố đã tiếp nhận") == ("2025-08-03", "2025-08-16")
    assert _span("từ ngày 2 đến 9/9/2021, tỉnh") == ("2021-09-02", "2021-09-09")
    assert _span("Từ 1-15/10, tỉnh", year=2021) == ("2021-10-01", "2021-10-15")
    assert _span("Quyết định số 1-15/8 của tỉnh") is None
