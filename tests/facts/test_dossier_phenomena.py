"""Dossier reports: carried-over and pending counts, the total to handle, early resolution, breakdowns by tier,
channel-only counts, and the tier of a district's, a commune's or a service centre's report. Each phenomenon is
tested on sentences written for the tests."""
from datetime import date

from scrapers.facts.extract import extract_facts

PUB = date(2024, 7, 10)


def facts(text, province="33"):
    out = extract_facts(text, article_id="t", published=PUB, province=province)
    for f in out:
        assert text[f.evidence_start:f.evidence_end] == f.evidence
    return {(f.metric, f.value): f for f in out}


def test_carried_over_and_still_open_dossiers_are_pending():
    got = facts("Quý II/2024, toàn tỉnh có 3.120 hồ sơ kỳ trước chuyển qua; số hồ sơ từ kỳ trước chuyển sang là "
                "415 bộ; 860 hồ sơ đang trong thời hạn giải quyết; số hồ sơ còn trong hạn là 97 hồ sơ.")
    assert {m for m, _ in got} == {"dossiers_pending"}
    assert {v for _, v in got} == {3120, 415, 860, 97}


def test_the_total_to_handle_is_what_the_period_received():
    got = facts("Năm 2023, tổng số hồ sơ yêu cầu giải quyết thủ tục hành chính của toàn huyện là 42.300 bộ. "
                "Toàn tỉnh có 98.000 hồ sơ của người dân, doanh nghiệp phải giải quyết.")
    assert got[("dossiers_received", 42300)].level == "district"
    assert ("dossiers_received", 98000) in got and ("dossiers_resolved", 42300) not in got


def test_resolved_ahead_of_the_deadline_written_with_thoi_han():
    got = facts("Năm 2023, Sở Tư pháp đã trả trước thời hạn 7.412 hồ sơ, đạt 91,2%.")
    assert ("dossiers_early", 7412) in got and ("dossiers_early_rate", 91.2) in got


def test_a_count_of_one_channel_only_is_no_fact():
    got = facts("Năm 2023, tỉnh tiếp nhận 50.000 hồ sơ, trong đó 12.000 hồ sơ trực tuyến, "
                "38.000 hồ sơ mới tiếp nhận (trực tiếp và bưu chính).")
    assert ("online_dossiers", 12000) in got
    assert all(v != 38000 for _, v in got)


def test_tier_breakdown_with_an_online_part_after_voi():
    got = facts("Quý I/2024, cấp huyện tiếp nhận 5.210 hồ sơ, với 1.830 hồ sơ trực tuyến (đạt tỷ lệ 35,12%); "
                "cấp xã tiếp nhận 9.400 hồ sơ, với 2.100 hồ sơ trực tuyến.")
    assert got[("dossiers_received", 5210)].level == "district"
    assert got[("online_dossiers", 1830)].level == "district"
    assert got[("dossiers_received", 9400)].level == "commune"
    assert got[("online_dossiers", 2100)].level == "commune"


def test_departments_of_the_province_are_the_department_tier():
    got = facts("Quý I/2024, các sở, ban ngành cấp tỉnh tiếp nhận 8.800 hồ sơ, với 2.700 hồ sơ trực tuyến.")
    assert got[("dossiers_received", 8800)].level == "department"
    assert got[("online_dossiers", 2700)].level == "department"


def test_a_service_centre_under_any_of_its_names_is_the_province_tier():
    for name in ("Trung tâm Hành chính công của tỉnh", "Trung tâm Hành chính công và Xúc tiến đầu tư",
                 "Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ HCC tỉnh",
                 "Trung tâm Kiểm soát thủ tục hành chính (TTHC) và Phục vụ hành chính công"):
        got = facts(f"Năm 2023, {name} tiếp nhận 14.250 hồ sơ.")
        assert got[("dossiers_received", 14250)].level == "province", name


def test_communes_named_together_with_the_province_scope_stay_communes():
    got = facts("Năm 2023, 120 xã, phường, thị trấn trên địa bàn tỉnh đã tiếp nhận 300.500 hồ sơ; "
                "đã giải quyết 299.800 hồ sơ, quá hạn 40 hồ sơ.")
    assert {f.level for f in got.values()} == {"commune"}


def test_a_districts_report_is_the_district_tier_and_its_title_too():
    text = ("Huyện giải quyết hơn 30.000 hồ sơ\n\nNăm 2023, UBND Q.3 tiếp nhận 31.250 hồ sơ. "
            "Kết quả, đã giải quyết 30.900 hồ sơ, trong đó 30.850 hồ sơ đúng hạn.")
    got = facts(text, province="79")
    assert {f.level for f in got.values()} == {"district"}
    assert ("dossiers_resolved", 30000) in got


def test_a_title_restated_in_the_body_is_one_fact_with_the_bodys_period():
    text = ("Tỷ lệ giải quyết hồ sơ đúng hạn đạt 98,6%\n\nTừ ngày 1/3/2024 đến 31/5/2024, Trung tâm Phục vụ hành "
            "chính công tỉnh giải quyết 9.000 hồ sơ, trong đó đúng hạn 8.874 hồ sơ (tỷ lệ 98,6%).")
    out = extract_facts(text, article_id="t", published=PUB, province="33")
    rates = [f for f in out if f.metric == "dossiers_on_time_rate"]
    assert len(rates) == 1
    assert (rates[0].period_start, rates[0].period_end, rates[0].level) == ("2024-03-01", "2024-05-31", "province")


def test_a_ratio_of_dossiers_gives_the_part():
    got = facts("Tuần qua, Trung tâm đã giải quyết: 2.310/2.500 hồ sơ.")
    assert ("dossiers_resolved", 2310) in got and all(v != 2500 for _, v in got)


def test_a_count_with_no_noun_after_it_and_its_rate():
    got = facts("Năm 2023, số hồ sơ quá hạn còn 86, chiếm tỷ lệ 0,7%.")
    assert ("dossiers_late", 86) in got and ("dossiers_late_rate", 0.7) in got


def test_a_share_in_parentheses_after_a_late_count():
    got = facts("Năm 2023, có 31 hồ sơ giải quyết trễ hạn (tỷ lệ 0,3%).")
    assert ("dossiers_late_rate", 0.3) in got and ("dossiers_on_time_rate", 0.3) not in got


def test_agencies_listed_with_their_dossiers():
    got = facts("Năm 2023, các cơ quan có nhiều giao dịch là Sở Xây dựng (812 hồ sơ), Sở Tài chính (240 hồ sơ).")
    assert got[("dossiers_received", 812)].level == "department"
    assert ("dossiers_received", 240) in got


def test_received_and_resolved_together_count_as_received():
    got = facts("Năm 2023, số thủ tục hành chính tiếp nhận và giải quyết là 18.400 hồ sơ.")
    assert ("dossiers_received", 18400) in got


def test_an_online_count_after_a_channel_only_count():
    got = facts("Năm 2023, tỉnh có 5.100 hồ sơ tiếp nhận trực tiếp và 88.000 hồ sơ tiếp nhận trực tuyến.")
    assert ("online_dossiers", 88000) in got and all(v != 5100 for _, v in got)


def test_a_span_over_years_is_no_fact():
    got = facts("Từ năm 2016 đến nay, tỷ lệ hồ sơ giải quyết trước và đúng hạn luôn đạt từ 98,5-99,8%.")
    assert got == {}


def test_names_compared_on_the_rate_just_reported():
    got = facts("Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 61,20%, vượt Bắc Giang (55,10%) và Yên Bái (50,05%).")
    assert got[("online_dossier_rate", 55.1)].province == "24"
    assert got[("online_dossier_rate", 50.05)].province == "15"


def test_the_share_after_a_total_is_the_parts():
    got = facts("Năm 2024, tỉnh có 4.200 hồ sơ trực tuyến và tổng số hồ sơ giải quyết là 6.000, chiếm 70%.")
    assert ("online_dossier_rate", 70) in got


def test_a_threshold_passed_by_a_count_of_bodies_is_no_fact():
    got = facts("Năm 2024, 12 cơ quan và địa phương đạt tỷ lệ hồ sơ trực tuyến trên 60%.")
    assert got == {}


def test_a_total_broken_into_new_and_carried_over_is_the_total_to_handle():
    got = facts("Tháng 3/2024, tổng số hồ sơ giải quyết trên hệ thống là 12.400 hồ sơ, trong đó tiếp nhận mới "
                "11.000 hồ sơ, số còn lại từ kỳ trước chuyển sang.")
    assert ("dossiers_received", 12400) in got and ("dossiers_received", 11000) in got


def test_an_accumulated_count_stays_no_fact_after_va():
    got = facts("Tháng 3/2024, Trung tâm tiếp nhận mới 3.100 hồ sơ, lũy kế đã và đang giải quyết là 4.000 hồ sơ.")
    assert ("dossiers_received", 3100) in got and all(v != 4000 for _, v in got)


def test_a_ratio_to_another_period_is_no_rate():
    got = facts("Số hồ sơ trực tuyến quý I/2024 bằng trên 80% số hồ sơ trực tuyến của cả năm 2023.")
    assert got == {}


def test_papers_replaced_by_data_simplify_procedures():
    got = facts("Năm 2024, tỉnh có 240 thủ tục có thành phần hồ sơ được thay thế bằng dữ liệu.")
    assert ("procedures_simplified", 240) in got


def test_processing_times_before_and_after_are_not_the_days_cut():
    got = facts("Năm 2024, thời gian giải quyết thủ tục cấp phép được cắt giảm từ 20 ngày làm việc xuống còn "
                "12 ngày làm việc.")
    assert all(m != "processing_days_cut" for m, _ in got)


def test_a_running_total_since_the_day_a_centre_opened():
    text = ("Trung tâm Phục vụ hành chính công tỉnh đi vào hoạt động từ 15/3/2023. "
            "Đến hết tháng 5/2024, Trung tâm đã tiếp nhận 41.000 hồ sơ.")
    got = facts(text)
    received = got[("dossiers_received", 41000)]
    assert (received.period_start, received.period_end) == ("2023-03-15", "2024-05-31")


def test_a_named_period_pinned_to_cut_off_dates_keeps_them_when_named_again():
    text = ("Quý II năm 2024 (tính từ ngày 15/3/2024 đến 14/6/2024), tỉnh tiếp nhận 20.000 hồ sơ.\n\n"
            "Trong quý II năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,1%.")
    got = facts(text)
    for key in (("dossiers_received", 20000), ("dossiers_on_time_rate", 98.1)):
        assert (got[key].period_start, got[key].period_end) == ("2024-03-15", "2024-06-14"), key


def test_the_rate_of_another_year_it_is_compared_with():
    got = facts("Năm 2023, có 86,20% người dân, tổ chức hài lòng về sự phục vụ, cao hơn mức 84,10% của năm 2022.")
    prior = got[("satisfaction_rate", 84.1)]
    assert (prior.period_start, prior.period_end) == ("2022-01-01", "2022-12-31")


def test_a_total_split_into_carried_over_and_new_and_the_parts_with_their_year():
    got = facts("Trong quý I/2024, Sở đã xử lý tổng số 2.350 hồ sơ (gồm 1.040 hồ sơ chuyển tiếp năm 2023 và 1.310 "
                "hồ sơ nộp mới năm 2024). Hiện nay, Sở đang thực hiện xử lý 905 hồ sơ, trong đó có 612 hồ sơ năm 2023 "
                "chuyển sang và 293 hồ sơ năm 2024.")
    assert {k: f.metric for k, f in got.items()} == {
        ("dossiers_received", 2350): "dossiers_received", ("dossiers_pending", 1040): "dossiers_pending",
        ("dossiers_received", 1310): "dossiers_received", ("dossiers_pending", 905): "dossiers_pending",
        ("dossiers_pending", 612): "dossiers_pending", ("dossiers_pending", 293): "dossiers_pending"}


def test_a_reform_rate_named_after_the_index_is_that_rate_in_the_list_that_follows():
    got = facts("Theo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766, tỷ lệ thanh toán trực "
                "tuyến nghĩa vụ tài chính trong thực hiện TTHC, dịch vụ công tăng, cụ thể: ở sở, ngành đạt 31,5%; ở "
                "cấp huyện đạt 27,25%.")
    assert set(got) == {("online_payment_rate", 31.5), ("online_payment_rate", 27.25)}


def test_procedures_brought_into_the_service_centre_are_one_stop():
    got = facts("Năm 2024, UBND tỉnh quyết định đưa 412 thủ tục hành chính của các sở, ngành vào thực hiện giải quyết "
                "theo quy trình 4 bước tại Trung tâm Phục vụ hành chính công tỉnh.")
    assert set(got) == {("procedures_one_stop", 412)}


def test_bodies_counts_in_parentheses_share_the_last_procedure_count():
    got = extract_facts("Năm 2024, tỉnh đưa 120 thủ tục hành chính vào thực hiện giải quyết tại Trung tâm Phục vụ "
                        "hành chính công. Số thủ tục hành chính nhiều nhất thuộc Sở Xây dựng (41), Sở Y tế (27).",
                        article_id="t", published=PUB, province="33")
    assert {(f.metric, f.value) for f in got} == {
        ("procedures_one_stop", 120), ("procedures_one_stop", 41), ("procedures_one_stop", 27)}


def test_procedures_a_country_or_province_has_now_are_in_effect():
    got = facts("Đến nay, toàn tỉnh hiện có 1.905 TTHC thuộc thẩm quyền giải quyết của 3 cấp.")
    assert set(got) == {("procedures_in_effect", 1905)}


def test_overdue_and_still_open_is_late_and_an_online_head_names_the_channel():
    got = facts("Quý II/2024, tổng số hồ sơ trực tuyến đã tiếp nhận, giải quyết trên địa bàn tỉnh là 52.118 hồ sơ; số "
                "giải quyết quá hạn đang xử lý 212 hồ sơ.")
    assert set(got) == {("online_dossiers", 52118), ("dossiers_late", 212)}


def test_the_online_head_of_an_earlier_figure_does_not_name_a_later_total():
    got = facts("Năm 2023, số hồ sơ trực tuyến toàn trình là 15.665 và tổng số hồ sơ giải quyết TTHC là 68.746.")
    assert ("dossiers_resolved", 68746) in got


def test_a_line_wrapped_inside_a_sentence_is_one_sentence():
    got = facts("Tỷ lệ hồ sơ nộp, xử lý và trả kết quả trực tuyến\ntrên địa bàn tỉnh năm 2023 chỉ đạt 43,08%, cấp "
                "tỉnh\nđạt 19,73%, cấp huyện đạt 71,84%.\nNăm 2024, tỉnh tiếp nhận 12.000 hồ sơ.")
    assert got[("online_dossier_rate", 43.08)].period_start == "2023-01-01"
    assert got[("online_dossier_rate", 19.73)].level == "province"
    assert ("dossiers_received", 12000) in got


def test_both_spellings_are_read_and_the_evidence_keeps_the_texts():
    text = ("Năm 2023, huyện giải quyết đúng hẹn 19.723 hồ sơ, đạt 99,04%; trễ hẹn 191 hồ sơ; tỉ lệ thanh toán trực "
            "tuyến đạt 75,53%; số hoá đạt 80,2%.")
    got = facts(text)
    assert {("dossiers_on_time", 19723), ("dossiers_on_time_rate", 99.04), ("dossiers_late", 191),
            ("online_payment_rate", 75.53), ("digitisation_rate", 80.2)} <= set(got)
    assert "tỉ lệ" in got[("online_payment_rate", 75.53)].evidence
    assert "hoá" in got[("digitisation_rate", 80.2)].evidence


def test_dossiers_under_a_jurisdiction_were_received_not_resolved():
    got = facts("Năm 2019, số hồ sơ thuộc phạm vi thẩm quyền giải quyết của UBND huyện có 6.327 hồ sơ; đã xử lý được "
                "6.210 hồ sơ.")
    assert ("dossiers_resolved", 6327) not in got and ("dossiers_resolved", 6210) in got


def test_a_district_or_communes_own_report_gives_its_figures_its_tier():
    district = extract_facts("Năm 2024, bộ phận một cửa TX.Bến Cát đã tiếp nhận 8.120 hồ sơ, giải quyết đúng hạn "
                             "99,1%.", article_id="t", published=PUB, province="74")
    assert {f.level for f in district} == {"district"}
    commune = extract_facts("Sau 1 tháng vận hành, phường Hòa Khánh đã tiếp nhận 1.240 hồ sơ.", article_id="t",
                            published=PUB, province="48")
    assert {f.level for f in commune} == {"commune"}
    province = extract_facts("Năm 2024, UBND tỉnh chỉ đạo các huyện đẩy mạnh cải cách; toàn tỉnh tiếp nhận 120.000 "
                             "hồ sơ.", article_id="t", published=PUB, province="74")
    assert {f.level for f in province} == {None}


def test_still_within_the_time_to_handle_is_pending_and_procedures_in_use_are_in_effect():
    got = facts("Tháng 6/2024, toàn tỉnh có 21.300 hồ sơ đang trong thời hạn xử lý; toàn tỉnh đang thực hiện 1.964 thủ "
                "tục hành chính.")
    assert set(got) == {("dossiers_pending", 21300), ("procedures_in_effect", 1964)}


def test_cases_counted_in_a_dossier_report_are_dossiers():
    got = facts("Quý I/2024, toàn tỉnh giải quyết trễ hạn 12 trường hợp, chủ yếu thuộc lĩnh vực đất đai.")
    assert set(got) == {("dossiers_late", 12)}


def test_a_no_fact_cue_of_the_figure_before_does_not_reach_the_next():
    got = facts("Quý II/2024, có 3.120 hồ sơ đến hạn giải quyết, đã có 3.101 hồ sơ được trả kết quả trước và đúng hạn, "
                "đạt 99,4%.")
    assert set(got) == {("dossiers_on_time", 3101), ("dossiers_on_time_rate", 99.4)}


def test_a_distinctive_count_restated_under_another_date_is_one_fact():
    text = ("Đến ngày 30/6/2024, toàn tỉnh còn 2.417 hồ sơ quá hạn. Ngày 2/7/2024, Sở Nội vụ cho biết tỉnh hiện còn "
            "2.417 hồ sơ quá hạn, chủ yếu ở cấp xã.")
    out = extract_facts(text, article_id="t", published=PUB, province="33")
    assert [f.value for f in out if f.metric == "dossiers_late"] == [2417]


def test_a_round_count_in_two_periods_stays_two_facts():
    text = "Quý I/2024, tỉnh tiếp nhận 3.000 hồ sơ. Quý II/2024, tỉnh tiếp nhận 3.000 hồ sơ."
    out = extract_facts(text, article_id="t", published=PUB, province="33")
    assert [f.value for f in out if f.metric == "dossiers_received"] == [3000, 3000]


def test_a_share_of_a_part_in_a_total_of_its_kind_is_no_rate():
    got = facts("Tháng 6/2024, toàn tỉnh còn 4.200 hồ sơ quá hạn, trong đó, huyện Đông Hải có 1.050 hồ sơ (chiếm 25%). "
                "Thị xã Giá Rai có 630 hồ sơ quá hạn, chiếm 15% tổng số hồ sơ quá hạn toàn tỉnh. "
                "Tỷ lệ trễ hạn của huyện là 3,4%, chủ yếu trên lĩnh vực đất đai (chiếm 91,5%).")
    assert ("dossiers_late", 1050) in got and ("dossiers_late_rate", 3.4) in got
    assert all(v not in (25, 15, 91.5) for _, v in got)


def test_a_share_that_is_not_the_parts_quotient_stays_a_rate():
    got = facts("Quý I/2024, cấp tỉnh tiếp nhận 9.000 hồ sơ, với 3.000 hồ sơ trực tuyến (đạt tỷ lệ 33,33%); cấp huyện "
                "tiếp nhận 5.000 hồ sơ, với 1.200 hồ sơ trực tuyến (đạt tỷ lệ 24%).")
    assert ("online_dossier_rate", 33.33) in got and ("online_dossier_rate", 24) in got


def test_a_pledged_cut_is_a_target():
    text = ("Tổng thời gian đăng ký cắt giảm của các sở là 4.210 ngày. Năm 2023, các sở đã cắt giảm được 1.250 ngày "
            "giải quyết thủ tục hành chính.")
    out = {f.value: f.kind for f in extract_facts(text, article_id="t", published=PUB, province="33")
           if f.metric == "processing_days_cut"}
    assert out == {4210: "target", 1250: "actual"}


def test_dossiers_accepted_late_on_a_portal_are_no_fact():
    got = facts("Tháng 5/2024, tỉnh còn 1.230 hồ sơ chậm được tiếp nhận trên Cổng Dịch vụ công quốc gia; số chậm tiếp "
                "nhận 95 hồ sơ và số giải quyết quá hạn 412 hồ sơ.")
    assert set(got) == {("dossiers_late", 412)}


def test_a_term_of_a_formula_is_no_fact():
    got = facts("Quý I/2024, tỉnh tiếp nhận 500 hồ sơ.\n  • Tỷ lệ đúng hạn = 100% - Tỷ lệ trễ hạn\n")
    assert set(got) == {("dossiers_received", 500)}
    got = facts("Quý I/2024, tỷ lệ hồ sơ đúng hạn đạt 100% - một kết quả tốt.")
    assert set(got) == {("dossiers_on_time_rate", 100)}


def test_an_item_of_a_breakdown_without_words_of_its_own_is_a_part_of_the_item_before():
    got = facts("Năm 2023, UBND huyện và UBND 12 xã tiếp nhận 82.400 hồ sơ thủ tục hành chính; trong đó thủ tục thuộc "
                "phạm vi thẩm quyền giải quyết của UBND huyện có 30.150 hồ sơ, thủ tục thuộc phạm vi thẩm quyền giải "
                "quyết của UBND các xã có tổng số 52.250 hồ sơ; các xã có 41 cán bộ, có 12.000 lượt truy cập.")
    assert ("dossiers_received", 30150) in got and ("dossiers_received", 52250) in got
    assert all(v != 12000 for _, v in got)


def test_the_counts_of_a_rate_in_parentheses_after_it():
    got = facts("Quý I/2024, tỷ lệ hồ sơ trực tuyến của các địa phương đạt 52,4% (3.144.000/6.000.000) trong tổng số "
                "hồ sơ; tỷ lệ đúng hạn đạt 97,1% (4.561/5.650 hồ sơ).")
    assert ("online_dossiers", 3144000) in got and ("dossiers_received", 6000000) in got
    assert ("dossiers_received", 5650) not in got          # 4.561 / 5.650 is 80.7 %, not the rate before


def test_the_share_after_a_count_of_simplified_procedures_is_theirs():
    got = facts("Năm 2024, tỉnh phê duyệt phương án đơn giản hóa 148 thủ tục, đạt tỷ lệ 31,2% theo yêu cầu của Chính "
                "phủ.")
    assert ("procedures_simplified", 148) in got and got[("procedures_simplified", 31.2)].unit == "percent"


def test_a_counted_head_right_before_a_figure_ending_its_clause():
    got = facts("Tháng 3/2024, Trung tâm tiếp nhận 2.410 hồ sơ, trong đó có 1.980 hồ sơ đã trả kết quả, tổng số hồ sơ "
                "giải quyết đúng và trước hạn 1.902. Tổng số cán bộ 45.")
    assert ("dossiers_on_time", 1902) in got and all(v != 45 for _, v in got)


def test_the_volume_of_dossiers_a_place_had_is_what_it_received():
    got = facts("Quý II/2024, Hải Phòng là địa phương có số lượng hồ sơ cao nhất với 84.210 hồ sơ, trong khi Bắc Kạn "
                "có số lượng hồ sơ quá hạn nhiều nhất với 312 hồ sơ.", province=None)
    assert got[("dossiers_received", 84210)].province == "31"
    assert got[("dossiers_late", 312)].province == "06"


def test_ministries_counted_are_no_sets_of_dossiers():
    got = facts("Năm 2023, Thủ tướng phê duyệt phương án đơn giản hóa 139 thủ tục hành chính của 5 bộ, ngành, còn 3 bộ "
                "(Công Thương, Tài chính, Tư pháp) đang hoàn thiện. Số hồ sơ từ kỳ trước chuyển sang là 415 bộ.")
    assert ("procedures_simplified", 139) in got and ("dossiers_pending", 415) in got
    assert all(v not in (3, 5) for _, v in got)


def test_a_share_of_pending_dossiers_is_no_rate_of_the_status_named_before():
    got = facts("Huyện đã giải quyết 1.520 hồ sơ, trong đó 1.400 hồ sơ trả trước hạn, đạt 92%; còn 120 hồ sơ đang "
                "giải quyết trong hạn, chiếm 7,9%.")
    assert ("dossiers_pending", 120) in got and ("dossiers_early_rate", 92) in got
    assert not any(value == 7.9 for _, value in got)
    # after a total, the share is still the part's named before it
    got = facts("Có 860 hồ sơ nộp trực tuyến và tổng số hồ sơ tiếp nhận là 1.000, chiếm 86%.")
    assert ("online_dossier_rate", 86) in got


def test_a_parts_share_of_the_late_dossiers_is_no_late_rate():
    got = facts("Năm 2023, riêng 4 huyện có 40 hồ sơ trễ hạn, chiếm tỷ lệ 9,38% trong tổng số hồ sơ trễ hạn của cả "
                "tỉnh.")
    assert ("dossiers_late", 40) in got and ("dossiers_late_rate", 9.38) not in got
    got = facts("Năm 2023, toàn tỉnh có 64 hồ sơ trễ hạn, chiếm tỷ lệ 0,35%.")
    assert ("dossiers_late_rate", 0.35) in got


def test_soon_before_the_time_limit_is_ahead_of_it():
    # `sớm hạn` is written for `trước hạn`: with `đúng` it is the on-time status, alone it is no status
    got = facts("Quý II/2024, huyện giải quyết 2.400 hồ sơ, trong đó 2.310 hồ sơ đúng và sớm hạn, đạt 96,25%; "
                "tỉnh có 5.600 hồ sơ sớm và đúng hạn.")
    assert got[("dossiers_on_time", 2310)] and got[("dossiers_on_time_rate", 96.25)]
    assert ("dossiers_on_time", 5600) in got
    assert {m for m, _ in facts("Quý II/2024, huyện tiếp nhận 2.400 hồ sơ sớm.")} == {"dossiers_received"}


def test_the_topic_a_sentence_opens_with_is_the_channel_of_its_counts():
    got = facts("Về hồ sơ trực tuyến, trong quý II/2024, UBND huyện tiếp nhận 581 hồ sơ, đạt 28,91%; UBND cấp xã tiếp "
                "nhận 1.406 hồ sơ, đạt 21,68%.")
    assert {m for m, _ in got} == {"online_dossiers", "online_dossier_rate"}
    assert got[("online_dossiers", 1406)].level == "commune"
    got = facts("Về cải cách thủ tục hành chính, trong quý II/2024, UBND huyện tiếp nhận 581 hồ sơ.")
    assert set(got) == {("dossiers_received", 581)}


def test_dossiers_paid_online_are_no_online_dossiers():
    got = facts("Trong quý II/2024, toàn huyện có 50 hồ sơ thanh toán trực tuyến với tổng số tiền gần 2,6 triệu đồng; "
                "huyện tiếp nhận 900 hồ sơ trực tuyến.")
    assert set(got) == {("online_dossiers", 900)}


def test_a_share_followed_by_the_status_of_the_dossiers_counted():
    got = facts("Quý II/2024, Sở Tư pháp đã giải quyết 1.753 hồ sơ, 100% giải quyết trước hạn.")
    assert got[("dossiers_early_rate", 100)].level == "department"
    got = facts("Quý II/2024, 100% giải quyết trước hạn là yêu cầu của tỉnh đối với các sở.")
    assert not got


def test_a_tiers_count_in_parentheses_after_a_count_is_its_part():
    got = facts("Năm 2023, số hồ sơ mới tiếp nhận trực tuyến là 2.988 hồ sơ (cấp tỉnh tiếp nhận 689 hồ sơ, cấp huyện "
                "tiếp nhận 1.008 hồ sơ; cấp xã tiếp nhận 1.291 hồ sơ); số hồ sơ kỳ trước chuyển qua là 5.508 hồ sơ "
                "(cấp tỉnh tiếp nhận 1.230 hồ sơ, cấp huyện tiếp nhận 2.599 hồ sơ).")
    assert {v: (m, f.level) for (m, v), f in got.items() if v in (689, 1008, 1291, 1230, 2599)} == {
        689: ("online_dossiers", "province"), 1008: ("online_dossiers", "district"),
        1291: ("online_dossiers", "commune"), 1230: ("dossiers_pending", "province"),
        2599: ("dossiers_pending", "district")}
    # the parts of a count that is no fact (the direct channel) are none either
    got = facts("Năm 2023, số mới tiếp nhận trực tiếp là 864.891 hồ sơ (cấp tỉnh tiếp nhận 75.914 hồ sơ, cấp huyện "
                "tiếp nhận 116.042 hồ sơ).")
    assert not got


def test_dossiers_resolved_soon_before_the_limit_are_early_and_returned_ones_are_none():
    got = facts("Quý II/2024, có 13.794 hồ sơ được giải quyết sớm hạn, 134 hồ sơ giải quyết đúng hạn và 651 hồ sơ giải "
                "quyết trễ hạn; số hồ sơ trả lại là 170 hồ sơ.")
    assert {m for m, v in got if v == 13794} == {"dossiers_early"}
    assert got[("dossiers_on_time", 134)] and got[("dossiers_late", 651)]
    assert not [k for k in got if k[1] == 170]


def test_a_share_restating_a_ratio_after_a_named_rate_is_that_rate():
    got = facts("Quý II/2024, Trung tâm có tỷ lệ số hóa thành phần hồ sơ khi tiếp nhận là 1.939/1.940 hồ sơ, đạt "
                "99,95%.")
    assert got[("digitisation_rate", 99.95)].unit == "percent"
    # without a rate named, a share restating a ratio of services is a plan's share, no fact; nor is the share of
    # points on a scale a satisfaction rate
    got = facts("Quý II/2024, tỉnh đã triển khai 81/96 dịch vụ công trực tuyến, đạt 84,4%.")
    assert not [k for k in got if k[1] == 84.4]
    got = facts("Quý II/2024, nhóm chỉ số mức độ hài lòng của tỉnh là 17,94/18 điểm, đạt tỷ lệ 99,66%.")
    assert ("satisfaction_rate", 99.66) not in got


def test_on_time_and_early_joined_by_a_comma_is_on_time():
    got = facts("Quý II/2024, kết quả giải quyết và trả hồ sơ đúng hạn, trước hạn đạt 99,48%; tỉnh có 120 hồ sơ trước "
                "hạn, 30 hồ sơ đúng hạn.")
    assert ("dossiers_on_time_rate", 99.48) in got
    assert ("dossiers_early", 120) in got and ("dossiers_on_time", 30) in got


def test_shares_of_late_and_still_open_dossiers():
    got = facts("Quý II/2024, hồ sơ ở các sở giải quyết đúng và trước hạn đạt 99,36%, số hồ sơ chậm 0,63%; số hồ sơ "
                "tồn đọng 0,17%. Số hồ sơ giải quyết và trả kết quả đúng, trước hạn là 77,98%; số hồ sơ đang trong "
                "thời gian giải quyết theo quy định là 21,73%.")
    assert set(got) == {("dossiers_on_time_rate", 99.36), ("dossiers_late_rate", 0.63),
                        ("dossiers_on_time_rate", 77.98)}
    # dossiers accepted late are no late dossiers
    got = facts("Quý II/2024, có 1.401 hồ sơ chậm được tiếp nhận trên Cổng dịch vụ công.")
    assert not got


def test_dossiers_recorded_on_the_system_were_received():
    got = facts("Từ ngày 1/7 đến 30/9, tổng số hồ sơ ghi nhận trên Hệ thống thông tin giải quyết TTHC của tỉnh là "
                "52.310 hồ sơ.")
    assert ("dossiers_received", 52310) in got and ("dossiers_resolved", 52310) not in got


def test_a_share_resolved_online_on_time_is_of_time():
    got = facts("Trong tháng 5/2024, có 96,4% hồ sơ được giải quyết trực tuyến đúng và trước hạn.")
    assert ("dossiers_on_time_rate", 96.4) in got and ("online_dossier_rate", 96.4) not in got


def test_the_share_ending_a_span_is_no_fact():
    got = facts("Năm 2024, nhiều thủ tục được cắt giảm tới 30 đến 40 % thời gian giải quyết.")
    assert not got
    got = facts("Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn tăng từ 85 đến 90%.")
    assert ("dossiers_on_time_rate", 90) in got


def test_an_outlets_byline_names_no_city():
    # `TPO` (Tiền Phong Online) opens the lead; `TP Mỹ Tho` would make it a city's (a district's) report
    got = facts("TPO - Sau ba tháng vận hành bộ máy mới, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%.")
    assert got[("dossiers_on_time_rate", 97.2)].level is None
    got = facts("TP Mỹ Tho - Sau ba tháng vận hành bộ máy mới, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%.")
    assert got[("dossiers_on_time_rate", 97.2)].level == "district"


def test_what_people_came_to_settle_was_received():
    got = facts("Quý I/2024, các lĩnh vực người dân, doanh nghiệp đến giải quyết thủ tục nhiều như: Sở Tư pháp (820 "
                "hồ sơ), Sở Xây dựng (615 hồ sơ).")
    assert {m for m, _ in got} == {"dossiers_received"}


def test_the_ends_of_a_span_of_shares_are_no_facts():
    got = facts("Năm 2023, có 320 thủ tục hành chính được cắt giảm thời gian giải quyết (tỷ lệ cắt giảm từ 10% đến "
                "60%).")
    assert ("procedures_simplified", 320) in got and not [k for k in got if k[1] in (10, 60)]
    got = facts("Năm 2023, tỷ lệ hồ sơ trực tuyến tăng từ 45% đến 60%.")
    assert ("online_dossier_rate", 60) in got


def test_a_change_of_a_rate_after_the_year_compared_is_no_rate():
    got = facts("Tỷ lệ hồ sơ được giải quyết trước và đúng hạn năm 2023 cao hơn năm 2022 là 1,95%.")
    assert not got


def test_a_total_taking_in_channels_and_dossiers_carried_from_the_report_before():
    got = facts("Tổng số hồ sơ yêu cầu giải quyết trong quý, gồm hồ sơ giải quyết theo cơ chế một cửa, cơ chế một cửa "
                "liên thông, theo dịch vụ công trực tuyến là 120.400 hồ sơ, trong đó, số hồ sơ mới tiếp nhận là "
                "116.300, số hồ sơ từ kỳ báo cáo trước chuyển qua là 4.100.")
    assert got[("dossiers_received", 120400)] and got[("dossiers_pending", 4100)]
    assert not [k for k in got if k[0] == "online_dossiers"]


def test_dossiers_returned_by_the_post_office():
    got = facts("Trong quý II/2024, Bưu cục phục vụ tại Trung tâm đã thực hiện chuyển trả 860 hồ sơ.")
    assert ("postal_dossiers", 860) in got


def test_procedures_a_service_centre_handles_are_one_stop():
    got = facts("Năm 2023, số thủ tục hành chính được công bố thực hiện tại Trung tâm Phục vụ hành chính công tỉnh là "
                "1.512 thủ tục.")
    assert ("procedures_one_stop", 1512) in got
    got = facts("Tại Trung tâm Phục vụ hành chính công tỉnh hiện có 1.240 thủ tục hành chính được cập nhật để tiếp "
                "nhận hồ sơ.")
    assert ("procedures_one_stop", 1240) in got


def test_dossiers_still_being_resolved_and_received_then_resolved():
    got = facts("Trong quý II/2024, số hồ sơ đang được giải quyết là: 2.410 hồ sơ; đã có 8.120 hồ sơ đã được tiếp "
                "nhận và đã giải quyết.")
    assert ("dossiers_pending", 2410) in got and ("dossiers_received", 8120) in got


def test_dossiers_accepted_late_and_shares_of_causes_are_no_facts():
    got = facts("Trong tháng 9/2024, toàn tỉnh có 640 hồ sơ quá hạn tiếp nhận. Theo Văn phòng UBND tỉnh, 58% số hồ sơ "
                "bị đánh giá quá hạn là do dữ liệu đồng bộ chậm, 42% còn lại do cán bộ tiếp nhận chậm.")
    assert not got


def test_a_pages_count_of_comments_is_no_figure():
    got = facts("Tỉnh tích hợp 1.390 dịch vụ công mức 3, mức 4 vào Cổng dịch vụ công quốc gia.\n(0) Bình luận")
    assert [v for _, v in got] == [1390]


def test_a_breakdown_in_the_next_sentence_takes_the_last_dossier_count():
    got = facts("Trong ngày đầu hoạt động, Trung tâm đã tiếp nhận hơn 300 hồ sơ của người dân. Trong đó, nhiều nhất là "
                "Sở Tư pháp (142 hồ sơ), đến Sở Xây dựng (96 hồ sơ).")
    assert {m for m, _ in got} == {"dossiers_received"} and ("dossiers_received", 142) in got


def test_a_share_of_dossiers_handed_in_in_person_is_no_fact():
    got = facts("Ngày 2/7/2025, toàn tỉnh có 21.000 hồ sơ, trong đó hồ sơ trực tuyến chiếm 61,2%, hồ sơ trực tiếp "
                "chiếm 38,8%.")
    assert ("online_dossier_rate", 61.2) in got and not [k for k in got if k[1] == 38.8]


def test_procedures_made_public_on_the_portal_are_in_force_but_not_a_share_made_public_in_full():
    got = facts("Đến nay, số lượng thủ tục được công khai trên Cổng thông tin điện tử của tỉnh là 1.650 TTHC; trong "
                "đó, cấp tỉnh là 1.320 TTHC.")
    assert {v for (m, v) in got if m == "procedures_in_effect"} == {1650, 1320}
    got = facts("Năm 2024, tỷ lệ thủ tục hành chính được công khai đầy đủ các nội dung quy định đạt 100%.")
    assert ("procedures_in_effect", 100) not in got


def test_new_dossiers_the_total_with_carried_over_ones_and_a_bare_part_of_it():
    got = facts("Tính từ 1/7 đến 20/9, hệ thống thủ tục hành chính tỉnh ghi nhận gần 108.000 hồ sơ mới, tính cả hồ sơ "
                "chuyển tiếp là 113.500 hồ sơ, trong đó hơn 86.200 đã được giải quyết. Văn phòng tiếp nhận mới hơn "
                "141.000 hồ sơ (tính cả hồ sơ chuyển tiếp là 150.200).")
    assert ("dossiers_received", 108000) in got and ("dossiers_received", 113500) in got
    assert ("dossiers_resolved", 86200) in got
    assert ("dossiers_received", 150200) in got and ("dossiers_pending", 150200) not in got


def test_procedures_a_one_stop_centre_takes_as_a_part_of_all():
    got = facts("Đến nay, toàn tỉnh đã có 360 trong số 1.230 thủ tục hành chính thuộc thẩm quyền giải quyết của các "
                "sở, ban, ngành được thực hiện tại Trung tâm Hành chính công. Sở đã rà soát 46/147 thủ tục hành chính.")
    assert ("procedures_one_stop", 360) in got
    assert not [k for k in got if k[1] in (1230, 46, 147)]


def test_parts_by_status_after_slashes_in_a_report_written_as_a_list():
    got = facts("+ Đã giải quyết: 18 270 hồ sơ.\n+ Đã giải quyết: 18270 hồ sơ (đúng hạn 17260/trễ hạn 1010)\n"
                "+ Đang giải quyết: 875 hồ sơ (trong hạn 670/quá hạn 205)\n"
                "+ Hồ sơ đã giải quyết 13260 hồ sơ (đúng hạn 11810 hồ sơ/trễ hạn 1450 hồ sơ). Theo Quyết định số "
                "176/QĐ-UBND, tỉnh đạt 90,1% hồ sơ đúng hạn.")
    assert ("dossiers_on_time", 17260) in got and ("dossiers_late", 1010) in got
    assert ("dossiers_pending", 670) in got and ("dossiers_late", 205) in got
    assert ("dossiers_on_time", 11810) in got and ("dossiers_late", 1450) in got
    assert not [k for k in got if k[1] == 176]


def test_existing_procedures_are_no_statement_of_procedures_in_force():
    got = facts("Năm 2025, tỉnh cắt giảm và đơn giản hóa ít nhất 12% thủ tục hành chính hiện có. Hiện nay tỉnh có "
                "1.810 thủ tục hành chính.")
    assert ("procedures_in_effect", 1810) in got
    assert ("procedures_in_effect", 12) not in got


def test_an_action_after_va_is_the_next_counts():
    got = facts("Trung tâm đã giải quyết khoảng 8.150 hồ sơ và đang giải quyết 320 hồ sơ; 1.234 hồ sơ đúng và trước "
                "hạn.")
    assert ("dossiers_resolved", 8150) in got and ("dossiers_pending", 320) in got
    assert ("dossiers_on_time", 1234) in got


def test_an_average_per_day_or_per_year_is_no_count():
    got = facts("Trung bình 01 ngày, Trung tâm tiếp nhận khoảng 180 hồ sơ. Bình quân mỗi năm, Sở Tài nguyên và Môi "
                "trường và các chi nhánh văn phòng đăng ký đất đai tiếp nhận hơn 90.000 hồ sơ. Trong tháng 6, Trung "
                "tâm tiếp nhận 4.120 hồ sơ.")
    assert set(got) == {("dossiers_received", 4120)}


def test_dossiers_a_post_office_takes_in_and_carries_back_are_postal():
    got = facts("6 tháng đầu năm 2024, Bưu điện tỉnh đã tiếp nhận hơn 2.300 hồ sơ và chuyển trả 15.600 kết quả giải "
                "quyết thủ tục hành chính đến tận nhà người dân.")
    assert set(got) == {("postal_dossiers", 2300), ("postal_dossiers", 15600)}


def test_results_returned_count_the_dossiers_resolved():
    got = facts("Trong tháng 5/2024, Trung tâm đã trả 1.250 kết quả giải quyết thủ tục hành chính cho người dân.")
    assert set(got) == {("dossiers_resolved", 1250)}


def test_a_pages_count_of_readers_is_no_fact():
    got = facts("Lượt xem: 1547\nKết quả giải quyết hồ sơ thủ tục hành chính tháng 6/2024\nTrong tháng, Trung tâm "
                "tiếp nhận 812 hồ sơ.")
    assert set(got) == {("dossiers_received", 812)}


def test_a_share_that_was_returned_early_and_on_time():
    got = facts("6 tháng đầu năm 2024, Trung tâm đã tiếp nhận 43.120 hồ sơ với trên 96% đã được trả trước hẹn và đúng "
                "hẹn.")
    assert ("dossiers_on_time_rate", 96) in got and ("dossiers_received", 43120) in got


def test_a_status_after_a_rate_is_the_rates_not_the_counts():
    got = facts("Từ 1/7 đến hết năm 2024, Trung tâm đã tiếp nhận xử lý hơn 46.600 hồ sơ hành chính với tỷ lệ giải "
                "quyết trước hạn và đúng hạn đạt 100%.")
    assert got[("dossiers_received", 46600)].period_start == "2024-07-01"
    assert ("dossiers_on_time_rate", 100) in got and ("dossiers_on_time", 46600) not in got


def test_dossiers_still_being_handled_are_pending_and_received_and_resolved_is_received():
    got = facts("Trong quý II/2024, có 850 hồ sơ trễ hạn; hiện toàn tỉnh đang tiếp tục xử lý hơn 12.400 hồ sơ. UBND "
                "thị xã đã tiếp nhận, giải quyết theo cơ chế một cửa, một cửa liên thông 5.120 hồ sơ.")
    assert ("dossiers_pending", 12400) in got and ("dossiers_received", 5120) in got


def test_electronic_dossiers_are_online_and_dossiers_exchanged_between_systems_are_no_count():
    got = facts("Tổng số hồ sơ điện tử năm 2023 là 1.617.249 hồ sơ. Trong năm 2023, Cổng dịch vụ công của Bộ đã "
                "trao đổi 1.164.552 bộ hồ sơ điện tử với Cổng dịch vụ công quốc gia.")
    assert set(got) == {("online_dossiers", 1617249)}


def test_dossiers_waiting_withdrawn_or_being_handled_within_their_time_and_a_postal_breakdown():
    got = facts("Trong tháng 9 năm 2021, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 6.189 hồ sơ. Các đơn vị "
                "đã giải quyết xong 6.540 hồ sơ trước và đúng hạn; chờ bổ sung 783 hồ sơ; tổ chức, cá nhân xin rút 213 "
                "hồ sơ; đang giải quyết 3.098 hồ sơ trong hạn và 01 hồ sơ quá hạn. Bưu điện tỉnh đã chuyển trả kết "
                "quả qua dịch vụ bưu chính công ích 2.239 hồ sơ (trong đó: Tiếp nhận 1.076 hồ sơ; trả kết quả cho "
                "công dân 1.163 hồ sơ).")
    assert {v: m for m, v in got} == {6189: "dossiers_received", 6540: "dossiers_on_time", 3098: "dossiers_pending",
                                      1: "dossiers_late", 2239: "postal_dossiers", 1076: "postal_dossiers",
                                      1163: "postal_dossiers"}


def test_a_decimal_broken_by_a_line_but_not_a_year_ending_a_sentence():
    got = facts("Trong quý III/2025, tỉnh tiếp nhận 224.318 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 88.\n99%.")
    assert ("online_dossier_rate", 88.99) in got
    got = facts("Tỉnh cung cấp 1.421 dịch vụ công trực tuyến mức độ 4 trong năm 2021.\n76% thủ tục hành chính được "
                "cung cấp trực tuyến mức độ 4.")
    assert ("online_services_full", 76) in got


def test_a_span_of_rates_after_about_is_no_fact():
    got = facts("Năm 2023, tỷ lệ hồ sơ trễ hạn giảm xuống còn khoảng 0,8 - 2%; tỷ lệ hồ sơ đúng hạn đạt 99%.")
    assert set(got) == {("dossiers_on_time_rate", 99)}


def test_a_rate_after_a_count_names_its_own_channel():
    got = facts("Năm 2023, cấp huyện tiếp nhận hơn 16.000 hồ sơ, giải quyết gần 15.200 hồ sơ, tỷ lệ hồ sơ trực tuyến "
                "đạt 15,9%.")
    assert {(m, v) for m, v in got} == {("dossiers_received", 16000), ("dossiers_resolved", 15200),
                                        ("online_dossier_rate", 15.9)}


def test_requests_and_dossiers_counted_as_times_are_dossiers_but_visits_are_not():
    got = facts("Năm 2020, Sở tiếp nhận trên 1.600 lượt yêu cầu giải quyết thủ tục hành chính, trong đó có 535 lượt "
                "yêu cầu qua hình thức trực tuyến (chiếm 31,5%); cổng thông tin có 12.000 lượt truy cập.")
    assert {(m, v) for m, v in got} == {("dossiers_received", 1600), ("online_dossiers", 535),
                                        ("online_dossier_rate", 31.5)}


def test_a_share_of_procedures_cut_with_a_floor_and_shares_of_costs_and_regulations():
    got = facts("Mục tiêu năm 2024: bảo đảm cắt giảm ít nhất 20% TTHC, 20% chi phí tuân thủ TTHC và 20% số quy định. "
                "Phấn đấu phê duyệt phương án đơn giản hóa đối với ít nhất 50% TTHC nội bộ.")
    assert {(m, v): f.kind for (m, v), f in got.items()} == {("procedures_simplified", 20): "target",
                                                             ("procedures_simplified", 50): "target"}


def test_a_rate_whose_aside_names_pending_dossiers_and_a_task_with_a_deadline():
    got = facts("Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn (bao gồm hồ sơ đã giải quyết và đang giải quyết) đạt "
                "99,88%.")
    assert got[("dossiers_on_time_rate", 99.88)].kind == "actual"
    got = facts("- Phê duyệt phương án đơn giản hóa, bảo đảm cắt giảm ít nhất 20% TTHC; hoàn thành trước ngày 01 tháng "
                "11 năm 2024.")
    assert got[("procedures_simplified", 20)].kind == "target"


def test_citizens_petitions_are_no_dossiers():
    got = facts("Trong tháng 4/2023, bộ phận tiếp công dân đã tiếp nhận đơn để xử lý với 04 trường hợp; bộ phận một "
                "cửa tiếp nhận 120 hồ sơ.")
    assert set(got) == {("dossiers_received", 120)}


def test_received_comma_resolved_still_within_time_and_late_words():
    got = facts("Năm 2023, Trung tâm Phục vụ hành chính công của huyện đã tiếp nhận, giải quyết 1.196 hồ sơ; trong kì "
                "đã giải quyết xong cho 1.136 hồ sơ, 60 hồ sơ đang trong thời gian xử lí. Mục tiêu là giảm tỷ lệ chậm "
                "muộn xuống dưới 2%.")
    assert set(got) == {("dossiers_received", 1196), ("dossiers_resolved", 1136), ("dossiers_pending", 60),
                        ("dossiers_late_rate", 2)}
    assert got[("dossiers_late_rate", 2)].kind == "target" and got[("dossiers_late_rate", 2)].qualifier == "under"


def test_a_late_share_of_those_counted_before():
    got = facts("Năm 2023, Chi nhánh đã tiếp nhận 1.728 hồ sơ, trong đó 867 hồ sơ được giải quyết, với 23,18% trong số "
                "đó quá hạn.")
    assert got[("dossiers_late_rate", 23.18)].kind == "actual"
    assert ("dossiers_resolved", 867) in got and ("dossiers_received", 1728) in got


def test_the_whole_of_an_on_time_ratio_is_the_dossiers_resolved():
    got = facts("Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 91% (309/338), tỷ lệ hồ sơ trực tuyến đạt 50% "
                "(500/1.000).")
    assert {("dossiers_on_time", 309), ("dossiers_resolved", 338), ("online_dossiers", 500),
            ("dossiers_received", 1000)} <= set(got)


def test_early_then_on_time_with_a_comma_is_on_time():
    got = facts("Năm 2020, Sở tiếp nhận 258 hồ sơ; 100% hồ sơ đều được giải quyết và trả hồ sơ trước hạn, đúng thời "
                "hạn.")
    assert set(got) == {("dossiers_received", 258), ("dossiers_on_time_rate", 100)}


def test_the_total_handled_by_the_one_stop_shop_is_received():
    got = facts("Năm 2016, tổng hồ sơ giải quyết theo cơ chế một cửa cấp huyện là 1.806 hồ sơ, trong đó trả đúng hạn "
                "là 1.746 hồ sơ. Tổng số hồ sơ giải quyết đúng hạn là 1.700 hồ sơ.")
    assert ("dossiers_received", 1806) in got and ("dossiers_resolved", 1806) not in got
    assert ("dossiers_on_time", 1746) in got and ("dossiers_on_time", 1700) in got


def test_electronic_transactions_the_national_portal_and_dossiers_returned_for_papers():
    got = facts("Năm 2023, toàn ngành đã tiếp nhận và giải quyết hơn 85 triệu hồ sơ giao dịch điện tử; trên 55 "
                "nghìn hồ sơ được thực hiện qua Cổng DVCQG; Chi nhánh đã trả lại UBND cấp xã để bổ sung hơn 3.850 "
                "hồ sơ.")
    assert set(got) == {("online_dossiers", 85e6), ("online_dossiers", 55000)}


def test_years_labelling_items_in_an_aside_frame_nothing_after():
    got = facts("Quý I/2019, Bộ đã thực hiện xử lý tổng số 1.610 hồ sơ (gồm 1.246 hồ sơ chuyển tiếp năm 2018 và 364 hồ "
                "sơ nộp mới năm 2019). Thực hiện xử lý và trả kết quả cho 456 hồ sơ, đạt 28,3% (gồm 378 hồ sơ năm 2018 "
                "và 78 hồ sơ năm 2019).")
    resolved = got[("dossiers_resolved", 456)]
    assert (resolved.period_start, resolved.period_end, resolved.kind) == ("2019-01-01", "2019-03-31", "actual")


def test_late_dossiers_after_their_bodies_sat_on_and_their_shares():
    got = facts("Trong 9 tháng đầu năm, có tổng cộng 812 hồ sơ của các sở, ngành trên địa bàn tỉnh trễ hạn so với quy "
                "định (chiếm 1,2% hồ sơ giải quyết).")
    assert got[("dossiers_late", 812)].unit == "count"
    assert ("dossiers_late_rate", 1.2) in got
    assert ("dossiers_late", 2500) in facts('Chủ tịch tỉnh yêu cầu xin lỗi người dân vì "ngâm" hơn 2.500 hồ sơ')
    got = facts("Năm 2023, tỉnh có 1.210/1.512.400 hồ sơ quá hạn (chiếm 0,08%).")
    assert ("dossiers_late", 1210) in got and ("dossiers_late_rate", 0.08) in got
    # a share that is not the ratio's is no restatement of it
    assert ("dossiers_late_rate", 0.5) not in facts("Năm 2023, tỉnh có 1.210/1.512.400 hồ sơ quá hạn (chiếm 0,5%).")
    # dossiers of a body with no status after it stay without one
    assert ("dossiers_late", 900) not in facts("Có 900 hồ sơ của các sở, ngành được tiếp nhận trong quý.")


def test_dossiers_processed_online_on_the_electronic_environment_and_on_time_or_earlier():
    got = facts("Kế hoạch đặt ra các chỉ tiêu: ít nhất 90% hồ sơ được tiếp nhận và xử lý hoàn toàn trên môi trường "
                "điện tử; 100% hồ sơ xử lý đúng hoặc sớm hơn thời hạn.")
    assert got[("online_dossier_rate", 90)].kind == "target"
    assert got[("dossiers_on_time_rate", 100)].kind == "target"
    got = facts("Trong tháng 8, xã tiếp nhận 4.100 hồ sơ trực tuyến; trên 3.900 hồ sơ đã được xử lý, trả kết quả.")
    assert ("dossiers_resolved", 3900) in got and ("online_dossiers", 3900) not in got


def test_received_to_be_resolved_and_shares_that_name_their_own_status():
    got = facts("Trong quý III, Bộ phận một cửa huyện giải quyết gần 8.200 hồ sơ, đạt tỷ lệ hơn 96% hồ sơ đúng hạn; "
                "các xã đã tiếp nhận giải quyết tổng cộng 25.400 hồ sơ, đạt 100% tỷ lệ đúng hạn.")
    assert ("dossiers_received", 25400) in got and ("dossiers_resolved", 25400) not in got
    assert ("dossiers_on_time_rate", 96) in got and ("dossiers_on_time_rate", 100) in got


def test_the_channel_after_the_noun_and_a_margin_over_a_plan():
    got = facts("Năm 2022, thành phố tiếp nhận 2.140 hồ sơ trực tuyến và giải quyết đúng hạn.")
    assert ("online_dossiers", 2140) in got and ("dossiers_on_time", 2140) not in got
    got = facts("Năm 2022, tỷ lệ hồ sơ giải quyết trực tuyến đạt 72,4%, vượt 22,4% so với chỉ tiêu kế hoạch.")
    assert ("online_dossier_rate", 72.4) in got and ("online_dossier_rate", 22.4) not in got


def test_a_list_of_bodies_ratios_goes_on_across_semicolons():
    got = facts("Số hồ sơ được tiếp nhận qua dịch vụ công trực tuyến là 7.512 hồ sơ, tỷ lệ 41,2%. Các đơn vị có số hồ "
                "sơ tiếp nhận trực tuyến nhiều gồm: Sở Xây dựng (1.911/2.050, tỷ lệ 93,2%); Sở Y tế (52/61, tỷ lệ "
                "85,2%); Công an tỉnh (77/95, tỷ lệ 81,1%).")
    assert got[("online_dossiers", 52)].metric == "online_dossiers"
    assert ("online_dossier_rate", 85.2) in got and ("online_dossier_rate", 81.1) in got
    assert ("online_dossiers", 77) in got
    assert ("dossiers_received", 61) not in got and ("dossiers_received", 95) not in got


def test_a_provinces_set_of_procedures_as_a_total_is_in_force():
    got = facts("Tổng số TTHC được công bố là 1.812 TTHC. Trong đó: 1.310 TTHC cấp tỉnh; 240 TTHC cấp huyện.")
    assert got[("procedures_in_effect", 1812)].metric == "procedures_in_effect"
    assert got[("procedures_in_effect", 240)].level == "district"
    got = facts("Hiện nay, cả 3 cấp chính quyền đang có tổng số 1.204 thủ tục hành chính.")
    assert ("procedures_in_effect", 1204) in got
    got = facts("Đến nay, tỉnh đã chuẩn hóa bộ TTHC của địa phương là 1.733 thủ tục hành chính.")
    assert ("procedures_in_effect", 1733) in got
    got = facts("Với tổng số 1.702 TTHC hiện nay, cấp tỉnh 1.301, cấp huyện 280, cấp xã 121.")
    assert ("procedures_in_effect", 1702) in got and got[("procedures_in_effect", 121)].level == "commune"
    got = facts("Tổng số TTHC được công bố trong năm 2023 là 132 TTHC.")   # what a period announced
    assert ("procedures_published", 132) in got


def test_a_ratio_of_procedures_simplified_and_its_share():
    got = facts("Năm 2024, có 465/1.790 thủ tục hành chính (TTHC) được thực hiện cắt giảm 30% thời gian giải quyết, "
                "đạt 26,0% TTHC đã công bố, tăng thêm 105 TTHC so với năm 2023.")
    assert got[("procedures_simplified", 465)].unit == "count"
    assert got[("procedures_simplified", 26.0)].unit == "percent"
    assert ("procedures_published", 105) not in got and ("procedures_simplified", 105) not in got   # a change
    got = facts("Năm 2024, Sở đã rà soát 46/147 thủ tục hành chính để cắt giảm thời gian giải quyết.")
    assert not got                                                     # reviewed, not simplified


def test_requests_for_a_paper_through_the_identity_app_are_online_dossiers():
    got = facts("Đến nay, Sở Tư pháp đã tiếp nhận trên 12.300 yêu cầu cấp phiếu lý lịch tư pháp qua ứng dụng VNeID.")
    assert got[("online_dossiers", 12300)].qualifier == "over"


def test_a_ratio_of_procedures_after_a_head_naming_the_cut():
    got = facts("Sở đã chuẩn hóa 142/142 thủ tục hành chính theo ISO; tổng số thủ tục được cắt giảm thời gian giải "
                "quyết là 31/142 thủ tục.")
    assert ("procedures_simplified", 31) in got


def test_dossiers_resolved_on_time_and_early_opening_a_sentence_are_on_time():
    got = facts("Năm 2023, quận đã tiếp nhận 52.100 hồ sơ. Hồ sơ giải quyết đúng và trước hạn là 51.870 hồ sơ, đạt tỷ "
                "lệ 99,56%.")
    assert ("dossiers_on_time", 51870) in got and ("dossiers_on_time_rate", 99.56) in got
    assert ("dossiers_early", 51870) not in got


def test_a_wards_tier_and_a_districts_in_one_sentence():
    got = facts("Năm 2023, tổng hồ sơ phải giải quyết cấp quận là 2.410 hồ sơ, tỷ lệ nộp trực tuyến đạt 98%; tổng hồ "
                "sơ phải giải quyết cấp phường là 5.320 hồ sơ, tỷ lệ nộp trực tuyến đạt 97%.")
    assert got[("dossiers_received", 2410)].level == "district"
    assert got[("dossiers_received", 5320)].level == "commune" and got[("online_dossier_rate", 97)].level == "commune"


def test_a_status_named_right_before_a_share_of_dossiers():
    got = facts("Năm 2023, UBND huyện tiếp tục sử dụng phần mềm một cửa điện tử. Tiếp nhận và trả kết quả đúng hạn "
                "100% hồ sơ hành chính.")
    assert ("dossiers_on_time_rate", 100) in got


def test_units_listed_by_the_rate_the_text_reports():
    got = facts("Năm 2023, cấp xã có 1.512/3.020 hồ sơ nộp trực tuyến, đạt tỷ lệ 50,1%. Các đơn vị có tỷ lệ đạt cao "
                "là: Tân Phú đạt 71,2%; Phú Lâm 66%. Riêng 2 xã đạt thấp là: Tà Lài chỉ đạt 20,5%, Núi Tượng 24%.")
    for share in (71.2, 66, 20.5, 24):
        assert ("online_dossier_rate", share) in got
    # with no rate read before, a list by rate names none
    assert not facts("Các đơn vị có tỷ lệ đạt cao là: Tân Phú đạt 71,2%; Phú Lâm 66%.")


def test_a_share_of_the_time_a_procedure_takes_is_no_share_of_procedures():
    got = facts("Năm 2024, tỉnh đã cắt giảm thời gian giải quyết đối với 1.204 thủ tục hành chính, với mức giảm bình "
                "quân 48,3% thời gian giải quyết.")
    assert ("procedures_simplified", 1204) in got and not [k for k in got if k[1] == 48.3]


def test_results_brought_home_are_sent_by_post():
    got = facts("Năm 2023, đã có 212 hồ sơ được trả kết quả tại nhà cho công dân.")
    assert ("postal_dossiers", 212) in got and ("dossiers_resolved", 212) not in got
