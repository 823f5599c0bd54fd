"""Rules from the held-out review (facts-1.5), checked on sentences written for the tests in the styles of
several provinces' portals and newspapers."""
from datetime import date

from scrapers.facts.extract import extract_facts

PUB = date(2019, 5, 10)


def facts(text, province="83", published=PUB):
    out = extract_facts(text, article_id="t", published=published, province=province)
    for f in out:
        assert text[f.evidence_start:f.evidence_end] == f.evidence
    return out


def by_value(out):
    return {f.value: f for f in out}


def test_list_items_in_parentheses_count_what_the_lead_names():
    out = facts("Năm 2018, có 4 đơn vị cung cấp dịch vụ công trực tuyến mức độ 3: Sở Tư pháp (12 TTHC), "
                "Sở Y tế (05 TTHC), huyện Chợ Lách (05 TTHC), huyện Ba Tri (7 TTHC).")
    assert sorted((f.metric, f.value, f.level) for f in out) == [
        ("online_services_partial", 5.0, "department"), ("online_services_partial", 5.0, "district"),
        ("online_services_partial", 7.0, "district"), ("online_services_partial", 12.0, "department")]


def test_a_breakdown_sentence_repeats_a_planned_count():
    out = facts("Trong năm 2019, tỉnh sẽ triển khai 60 dịch vụ công trực tuyến mức độ 4 tại 3 sở. "
                "Cụ thể, Sở Xây dựng (25 TTHC), Sở Công Thương (20 TTHC), Sở Giao thông vận tải (15 TTHC).")
    assert {(f.metric, f.value, f.kind) for f in out} == {
        ("online_services_full", v, "target") for v in (60.0, 25.0, 20.0, 15.0)}


def test_deploying_procedures_in_an_online_services_text_counts_services():
    out = facts("Hội nghị bàn việc cung cấp dịch vụ công trực tuyến. Năm 2019, tỉnh sẽ triển khai 11 thủ tục cấp huyện "
                "và 19 thủ tục cấp xã.")
    got = {(f.metric, f.value, f.level, f.kind) for f in out}
    assert got == {("online_services", 11.0, "district", "target"), ("online_services", 19.0, "commune", "target")}


def test_part_of_a_service_total_after_trong_do():
    got = by_value(facts("Hiện tỉnh cung cấp 1.124 dịch vụ công trực tuyến mức độ 3, trong đó 214 dịch vụ khối sở, "
                         "ngành."))
    assert got[214].metric == "online_services_partial" and got[214].level == "department"


def test_services_deployed_out_of_a_plan_count_but_their_share_of_the_plan_does_not():
    out = facts("Tính đến nay, tỉnh đã triển khai 81/96 dịch vụ công trực tuyến, đạt 84,4% kế hoạch.")
    assert [(f.metric, f.value, f.unit) for f in out] == [("online_services", 81.0, "count")]
    # a ratio of reviewed procedures or of services with dossiers is still no fact
    assert facts("Sở đã rà soát 46/147 thủ tục hành chính, đạt hơn 31% tổng số.") == []


def test_procedures_made_public_as_a_ratio_and_as_a_share():
    got = {(f.metric, f.value, f.unit) for f in facts(
        "Hiện nay 44/44 thủ tục hành chính của Sở đều được công bố công khai trên Cổng thông tin điện tử; "
        "100% các thủ tục hành chính của huyện được đăng tải công khai.")}
    assert got == {("procedures_in_effect", 44.0, "count"), ("procedures_in_effect", 100.0, "percent")}


def test_ranges_of_shares_read_as_at_least_the_lower_bound():
    out = facts("Phấn đấu đến năm 2025 cung cấp 70 – 80% dịch vụ công trực tuyến mức độ 4.")
    assert [(f.metric, f.value, f.qualifier, f.kind) for f in out] == \
        [("online_services_full", 70.0, "at_least", "target")]


def test_share_of_dossiers_and_procedures_after_so_luong():
    got = {(f.metric, f.value) for f in facts(
        "Đến năm 2020, phấn đấu 100% số lượng hồ sơ được giải quyết đúng hạn và 30% số lượng TTHC được tinh gọn, "
        "đơn giản hóa.")}
    assert got == {("dossiers_on_time_rate", 100.0), ("procedures_simplified", 30.0)}


def test_satisfaction_of_people_written_after_the_share():
    out = facts("Sở phấn đấu gần 99% người dân, doanh nghiệp hài lòng khi giải quyết thủ tục hành chính.")
    assert [(f.metric, f.value, f.qualifier, f.kind) for f in out] == [("satisfaction_rate", 99.0, "about", "target")]


def test_satisfaction_is_the_head_even_when_services_follow():
    out = facts("Năm 2018, mức độ hài lòng của cá nhân đối với dịch vụ công trong lĩnh vực y tế đạt trên 80%.")
    assert [(f.metric, f.qualifier) for f in out] == [("satisfaction_rate", "over")]


def test_award_criteria_are_thresholds_not_results():
    assert facts("Tặng bằng khen cho 02 tập thể đạt một trong các tiêu chí: 100% công dân hài lòng; "
                 "rút ngắn 30% thời gian giải quyết thủ tục hành chính.") == []


def test_future_and_purpose_make_targets():
    out = facts("Để chuẩn bị cho việc triển khai 375 dịch vụ công trực tuyến, Sở sẽ khảo sát tại 6 sở. "
                "Trong quý III, Sở sẽ đưa vào vận hành 02 dịch vụ công trực tuyến mức độ 4.")
    assert {(f.value, f.kind) for f in out} == {(375.0, "target"), (2.0, "target")}


def test_a_ministrys_procedures_are_national():
    out = facts("Bộ Tư pháp ban hành Quyết định công bố 06 TTHC mới, sửa đổi 04 thủ tục hành chính thuộc phạm vi "
                "chức năng quản lý của Bộ Tư pháp.", province="01")
    assert {(f.metric, f.value, f.province) for f in out} == {("procedures_new", 6.0, None),
                                                              ("procedures_amended", 4.0, None)}


def test_equal_counts_of_list_items_are_two_facts():
    out = facts("Năm 2018, có 3 đơn vị cung cấp dịch vụ công trực tuyến mức độ 4: Sở Tài chính (02 TTHC), "
                "Sở Du lịch (02 TTHC), Sở Nội vụ (01 TTHC).")
    assert sorted(f.value for f in out) == [1.0, 2.0, 2.0]


def test_a_ministrys_procedures_restated_later_stay_national_once():
    out = facts("Bộ Nội vụ ban hành Quyết định sửa đổi, bổ sung 12 thủ tục hành chính thuộc phạm vi chức năng quản lý "
                "của Bộ Nội vụ. Theo Quyết định có 12 thủ tục được sửa đổi, bổ sung; 03 thủ tục hành chính mới thuộc "
                "thẩm quyền giải quyết của Sở Nội vụ.", province="01")
    assert {(f.metric, f.value, f.province) for f in out} == {("procedures_amended", 12.0, None),
                                                              ("procedures_new", 3.0, "01")}


def test_procedures_a_one_stop_body_takes_in_are_one_stop_procedures():
    got = facts("Năm 2018, Trung tâm hành chính công thực hiện tiếp nhận và trả kết quả với 1.245 thủ tục hành chính "
                "thuộc thẩm quyền giải quyết của 15 sở, ban, ngành tỉnh.")
    assert [(f.metric, f.value, f.level) for f in got] == [("procedures_one_stop", 1245, "province")]
    got = facts("Năm 2018, Sở Tư pháp công bố 1.245 thủ tục hành chính thuộc thẩm quyền giải quyết của 15 sở.")
    assert "procedures_one_stop" not in {f.metric for f in got}


def test_procedures_a_province_has_now_are_in_effect():
    got = facts("Theo đó, hiện nay Hà Tĩnh có 1.819 thủ tục hành chính liên quan trực tiếp đến người dân và doanh "
                "nghiệp.", province="42")
    assert [(f.metric, f.value) for f in got] == [("procedures_in_effect", 1819)]
    got = facts("Theo đó, việc thực hiện nay đã có 1.819 thủ tục hành chính được đơn giản hóa.", province="42")
    assert "procedures_in_effect" not in {f.metric for f in got}


def test_the_total_of_procedures_a_province_has_and_its_tiers_after_colons():
    got = facts("Đến nay, tổng số thủ tục hành chính trên địa bàn toàn tỉnh có 1.975 thủ tục hành chính (trong đó: cấp "
                "tỉnh: 1.577, cấp huyện: 280; cấp xã: 118).", province="62")
    assert {(f.metric, f.value, f.level) for f in got} == {
        ("procedures_in_effect", 1975, None), ("procedures_in_effect", 1577, "province"),
        ("procedures_in_effect", 280, "district"), ("procedures_in_effect", 118, "commune")}


def test_work_done_so_far_in_the_running_year_is_a_result():
    text = ("Ngày 15/01/2019, UBND tỉnh ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2019. Theo đó, các sở, "
            "ngành đã rà soát 180 thủ tục; ban hành 9 quyết định công bố: công bố mới 96 thủ tục, bãi bỏ 31 thủ tục.")
    got = by_value(facts(text))
    assert got[96].metric == "procedures_new" and got[96].kind == "actual"
    assert got[31].metric == "procedures_abolished" and got[31].kind == "actual"


def test_a_later_year_between_the_work_done_and_the_figure_keeps_the_plan():
    text = ("Năm 2018, tỉnh đã rà soát và bãi bỏ 01 thủ tục, năm 2019 các sở tiếp tục rà soát, đề xuất bãi bỏ 07 thủ "
            "tục (02 thủ tục thuộc thẩm quyền quản lý của Sở Nội vụ và 05 thủ tục thuộc thẩm quyền quản lý của Sở Xây "
            "dựng).")
    got = by_value(facts(text, published=date(2019, 3, 1)))
    assert got[1].kind == "actual" and got[5].kind == "target"


def test_a_stage_under_way_reports_its_results_so_far():
    text = "Giai đoạn 2016-2020, Chủ tịch UBND tỉnh ban hành 210 quyết định công bố thủ tục hành chính."
    got = by_value(facts(text, published=date(2019, 5, 10)))
    assert got[210].kind == "actual"
    got = by_value(facts("Giai đoạn 2019-2023, tỉnh phấn đấu cắt giảm 150 thủ tục hành chính.",
                         published=date(2019, 5, 10)))
    assert got[150].kind == "target"


def test_days_cut_written_as_a_ratio_and_the_share_of_time_cut():
    got = by_value(facts("Năm 2018, tỉnh cắt giảm thời hạn giải quyết 120 thủ tục, tổng thời gian cắt giảm: 650/2.110 "
                         "ngày, tỷ lệ cắt giảm: 30,81%."))
    assert got[650].metric == "processing_days_cut"
    assert 30.81 not in got


def test_procedures_a_centre_resolves_written_as_a_ratio():
    got = by_value(facts("Đến nay Trung tâm Hành chính công tỉnh giải quyết 1.287/1.503 thủ tục hành chính của 21 cơ "
                         "quan, đơn vị cấp tỉnh."))
    assert got[1287].metric == "procedures_one_stop"


def test_procedures_handled_under_the_one_stop_mechanism_written_as_a_ratio():
    got = by_value(facts("Năm 2018, UBND huyện công bố danh mục 290/295 thủ tục hành chính thực hiện tiếp nhận, giải "
                         "quyết và trả kết quả theo cơ chế một cửa, một cửa liên thông."))
    assert got[290].metric == "procedures_one_stop"


def test_a_plan_named_as_the_purpose_of_a_deed_done_makes_no_target():
    got = by_value(facts("Năm 2018, hướng đến mục tiêu cải thiện môi trường kinh doanh, Sở đã bãi bỏ 12 thủ tục hành "
                         "chính và đơn giản hóa 20 thủ tục khác."))
    assert got[12].kind == "actual" and got[20].kind == "actual"
    got = by_value(facts("Thực hiện mục tiêu cấp căn cước công dân gắn chíp, tính đến ngày 15.11.2018, với sự nỗ lực "
                         "của lực lượng Công an, tỉnh đã tiếp nhận 402.511 hồ sơ cấp căn cước."))
    assert got[402511].kind == "actual"
    # a plan set stays one
    assert by_value(facts("Năm 2019, tỉnh phấn đấu bãi bỏ 15 thủ tục hành chính."))[15].kind == "target"


def test_the_procedures_a_body_has_now_in_any_order_are_in_effect():
    assert by_value(facts("Hiện nay, có 42 thủ tục hành chính giải quyết tại cấp xã."))[42].metric == \
        "procedures_in_effect"
    assert by_value(facts("Hiện nay, số TTHC của tỉnh là 1.754 TTHC."))[1754].metric == "procedures_in_effect"
