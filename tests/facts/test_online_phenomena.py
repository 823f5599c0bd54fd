"""Online services: grades in words, services counted as procedures after a grade or a lead, per-tier lists.
Each phenomenon is tested on sentences written for the tests."""
from datetime import date

from scrapers.facts.extract import extract_facts

PUB = date(2024, 3, 1)


def facts(text, province="77"):
    out = extract_facts(text, article_id="t", published=PUB, province=province)
    for f in out:
        assert text[f.evidence_start:f.evidence_end] == f.evidence
    return {(f.metric, f.value): f for f in out}


def test_grades_written_in_words():
    got = facts("Năm 2023, tỉnh có 140 dịch vụ công trực tuyến mức độ ba và 95 dịch vụ mức độ bốn.")
    assert set(got) == {("online_services_partial", 140), ("online_services_full", 95)}


def test_a_count_after_a_grade_and_a_linking_word():
    got = facts("Năm 2023, tỉnh cung cấp dịch vụ công trực tuyến mức độ 3 là 960 thủ tục và mức độ 4 là 510 thủ tục.")
    assert set(got) == {("online_services_partial", 960), ("online_services_full", 510)}


def test_services_counted_as_procedures_with_their_tiers():
    got = facts("Năm 2023, tỉnh cung ứng dịch vụ công trực tuyến với 1.900 thủ tục gồm 1.500 thủ tục cấp tỉnh, "
                "280 thủ tục cấp huyện và 120 thủ tục cấp xã.")
    assert {m for m, _ in got} == {"online_services"}
    assert got[("online_services", 1900)].level is None
    assert [got[("online_services", v)].level for v in (1500, 280, 120)] == ["province", "district", "commune"]


def test_a_grade_two_in_words_is_no_online_service():
    got = facts("Năm 2023, tỉnh có 300 dịch vụ công trực tuyến mức độ hai.")
    assert got == {}


def test_shares_after_names_take_the_rate_the_sentence_names_after_the_list():
    got = extract_facts("Từ đầu năm đến nay, Cần Thơ (71%) cùng các tỉnh Hậu Giang (68,2%), Sóc Trăng (60,5%) là 3 địa "
                        "phương dẫn đầu về tỷ lệ hồ sơ trực tuyến.", article_id="t", published=PUB, province=None)
    assert {(f.metric, f.value, f.province) for f in got} == {
        ("online_dossier_rate", 71, "92"), ("online_dossier_rate", 68.2, "93"), ("online_dossier_rate", 60.5, "94")}


def test_services_provided_on_the_national_portal_and_the_base_of_their_share():
    got = facts("Đến hết tháng 2/2024, tỉnh đã cung cấp 1.210 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia "
                "(chiếm 68,4% tổng số 1.769 thủ tục hành chính).")
    assert ("online_services_national_portal", 1210) in got and ("procedures_in_effect", 1769) in got


def test_an_average_per_day_is_no_count_of_the_period():
    got = facts("Năm 2023, tỉnh tiếp nhận 410.000 hồ sơ trực tuyến; tính trung bình mỗi ngày, có khoảng 1.600 hồ sơ "
                "trực tuyến.")
    assert ("online_dossiers", 410000) in got and ("online_dossiers", 1600) not in got


def test_a_floor_or_a_duty_sets_a_target():
    got = facts("Trung tâm Hành chính công tỉnh phải tiếp nhận tối thiểu 75% hồ sơ trực tuyến, với ít nhất 30% "
                "toàn trình. Văn bản của Bộ yêu cầu các tỉnh hoàn thành tích hợp 95% dịch vụ công trực tuyến. "
                "Từ tháng 9/2024, 100% hồ sơ đất đai sẽ phải được tiếp nhận trực tuyến.")
    assert got[("online_dossier_rate", 75)].kind == "target"
    assert got[("online_dossier_rate", 30)].kind == "target"
    assert got[("online_dossier_rate", 100)].kind == "target"
    assert all(f.kind == "target" for f in got.values())


def test_the_total_to_handle_and_the_smallest_fall_are_no_duty_or_floor():
    got = facts("Năm 2023, tổng số hồ sơ phải giải quyết là 12.400 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 61,5%. "
                "Tỷ lệ hồ sơ trực tuyến của các huyện đều tăng, huyện tăng ít nhất là 2,1%.")
    assert got[("dossiers_received", 12400)].kind == "actual"
    assert got[("online_dossier_rate", 61.5)].kind == "actual"


def test_a_share_integrated_with_the_national_portal_named_after_it():
    got = facts("Năm 2023, tỉnh đã tích hợp 45% các dịch vụ công trực tuyến mức độ 3, 4 với Cổng Dịch vụ công quốc "
                "gia. Tỉnh đã tích hợp 60% hồ sơ lên hệ thống.")
    assert ("online_services_national_portal", 45) in got
    assert ("online_services_national_portal", 60) not in got


def test_a_share_whose_base_after_it_is_the_dossiers_received():
    got = facts("Năm 2024, tỷ lệ người dân thực hiện các dịch vụ công trực tuyến đạt 62% so với tổng hồ sơ tiếp nhận; "
                "tỷ lệ hồ sơ giải quyết đúng hạn đạt 98% so với tổng hồ sơ.")
    assert ("online_dossier_rate", 62) in got and ("online_dossier_rate", 98) not in got


def test_bare_figures_in_parentheses_continue_a_list_of_counts():
    text = ("Toàn tỉnh có 1.650 dịch vụ công trực tuyến. Các sở khác gồm: Sở Khoa học và Công nghệ (191 DVCTT), "
            "Sở Xây dựng (160), Sở Y tế (140).\nSở Tài chính (88), Thanh tra tỉnh (5).")
    got = extract_facts(text, article_id="t", published=date(2025, 11, 6), province="40")
    listed = {f.value: f.metric for f in got}
    assert all(listed[v] == "online_services" for v in (191, 160, 140, 88, 5))
    # a bare figure in parentheses with no list of counts before it is no count
    assert not extract_facts("Hội nghị có các đại biểu của Sở Nội vụ (12), Sở Tư pháp (8).", article_id="t",
                             published=date(2025, 11, 6), province="40")


def test_services_counted_under_a_sentence_topic_take_its_grade_and_tier_items_its_count():
    text = ("Về dịch vụ công trực tuyến mức độ 3, toàn tỉnh đã đưa vào vận hành 650 dịch vụ công cấp tỉnh, "
            "900 dịch vụ công cấp huyện. Còn đối với dịch vụ công mức độ 4, tỉnh có 1.020 dịch vụ công, "
            "trong đó cấp tỉnh 70, cấp huyện 950.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=date(2020, 12, 7),
                                                         province="42")}
    assert ("online_services_partial", 650) in got and ("online_services_partial", 900) in got
    assert ("online_services_full", 1020) in got
    assert got[("online_services_full", 70)].level == "province"
    assert got[("online_services_full", 950)].level == "district"
    # a topic that names no online service grades nothing
    got = extract_facts("Về dịch vụ công, tỉnh đã cung cấp 300 dịch vụ công trên Cổng dịch vụ công trực tuyến.",
                        article_id="t", published=date(2020, 12, 7), province="42")
    assert [f.metric for f in got] == ["online_services"]


def test_a_rise_by_more_than_a_share_is_no_rate():
    got = extract_facts("Tỷ lệ hồ sơ trực tuyến đạt 29,1%, tăng hơn 9,1% so với năm 2019.", article_id="t",
                        published=date(2020, 12, 7), province="42")
    assert [(f.metric, f.value) for f in got] == [("online_dossier_rate", 29.1)]


def test_a_share_of_dossiers_handled_on_the_portal_is_no_share_of_services():
    got = extract_facts("Trong tháng 7, tỷ lệ xử lý hồ sơ trên Cổng Dịch vụ công Quốc gia đạt trên 90%; tỷ lệ thủ "
                        "tục hành chính cung cấp dịch vụ công trực tuyến toàn trình đạt 60%.", article_id="t",
                        published=date(2024, 8, 26), province="06")
    assert [(f.metric, f.value) for f in got] == [("online_services_full", 60)]


def test_procedures_provided_as_the_online_services_named_before_them():
    got = facts("Tính đến cuối tháng 12/2023, toàn tỉnh có 1.192 thủ tục hành chính đủ điều kiện cung cấp dịch vụ công "
                "trực tuyến toàn trình, trong đó đã cung cấp 1.134 thủ tục, đạt tỷ lệ 95,13%.")
    assert got[("online_services_full", 1134)].unit == "count"
    assert got[("online_services_full", 95.13)].unit == "percent"
    assert not [k for k in got if k[1] == 1192]
    got = facts("Tính đến cuối tháng 12/2023, Sở đã cung cấp 120 thủ tục hành chính tại Bộ phận một cửa.")
    assert not [k for k in got if k[0].startswith("online")]


def test_a_figure_a_plan_pledges_to_ensure_is_a_target():
    got = facts("Sở đang xây dựng Cổng dịch vụ công của tỉnh, bảo đảm cung cấp khoảng 300 dịch vụ công trực tuyến mức "
                "độ 3 và khoảng 50 dịch vụ công trực tuyến mức độ 4.")
    assert {f.kind for f in got.values()} == {"target"} and len(got) == 2
    got = facts("Năm 2023, tỉnh đã đảm bảo 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực "
                "tuyến toàn trình.")
    assert {f.kind for f in got.values()} == {"actual"}


def test_services_counted_after_their_grade():
    got = facts("Năm 2023, tỉnh có 772 dịch vụ công trực tuyến (mức độ 3 có 296 dịch vụ, mức độ 4 có 476 dịch vụ).")
    assert got[("online_services_partial", 296)] and got[("online_services_full", 476)]
    assert ("online_services", 772) in got


def test_procedures_provided_online_take_the_grade_after_an_abbreviation():
    got = facts("Năm 2023, các thủ tục hành chính của tỉnh được cung cấp trên Hệ thống, bao gồm: 1.618 TTHC cung cấp "
                "Dịch vụ công trực tuyến (DVCTT) toàn trình và 143 TTHC cung cấp DVCTT một phần.")
    assert ("online_services_full", 1618) in got and ("online_services_partial", 143) in got


def test_services_that_give_information_only_are_no_online_services():
    got = facts("Hiện nay, tỉnh cung cấp 1.200 dịch vụ công, trong đó có 600 dịch vụ công trực tuyến toàn trình và "
                "150 dịch vụ cung cấp thông tin trực tuyến.")
    assert ("online_services_full", 600) in got and not [k for k in got if k[1] == 150]


def test_services_the_national_portal_itself_provides():
    got = facts("Tính đến ngày 20/6/2021, Cổng dịch vụ công quốc gia đã cung cấp 2.815 dịch vụ công trực tuyến mức độ "
                "3, 4; tỉnh đã cung cấp 1.120 dịch vụ công trực tuyến mức độ 3.")
    assert ("online_services_national_portal", 2815) in got
    assert ("online_services_partial", 1120) in got


def test_a_plans_horizon_frames_no_result():
    got = facts("Tỉnh đang triển khai Đề án xây dựng chính quyền số giai đoạn 2021 - 2025, tầm nhìn đến năm 2030.\n\n"
                "Tỉnh đã cung cấp 1.020 dịch vụ công trực tuyến toàn trình, đạt tỉ lệ cung cấp dịch vụ công trực "
                "tuyến 75,5%.")
    assert got[("online_services_full", 1020)].kind == "actual"
    assert got[("online_services", 75.5)].kind == "actual"
    assert got[("online_services_full", 1020)].period_end != "2030-12-31"


def test_a_departments_set_of_procedures_and_its_online_services_by_grade():
    got = facts("Bộ thủ tục hành chính của Sở gồm 72 thủ tục đường bộ, 25 thủ tục đường thủy nội địa. Sở đã triển khai "
                "dịch vụ công trực tuyến mức độ 3, 4 với 24 thủ tục, trong đó cấp độ 4 là 16 thủ tục. Hiện Bộ Tài "
                "chính đang quản lý 950 thủ tục hành chính.")
    assert ("procedures_in_effect", 72) in got and ("procedures_in_effect", 25) in got
    assert ("online_services", 24) in got and ("online_services_full", 16) in got
    assert ("procedures_in_effect", 950) in got
    assert not [k for k in got if k[1] in (3, 4)]


def test_procedures_named_by_their_online_grade_and_a_grade_after_an_abbreviation():
    got = facts("Thành phố đang cung cấp 1.630 dịch vụ công trực tuyến, gồm 1.284 thủ tục toàn trình và 346 thủ tục "
                "một phần. Hiện tỉnh đang cung cấp 1.425 dịch vụ công (DVC) mức độ 4. Tổng số dịch vụ công trực tuyến "
                "của tỉnh có 770 dịch vụ (mức độ 3 có 290 dịch vụ, mức độ 4 có 480 dịch vụ).")
    assert ("online_services_full", 1284) in got and ("online_services_partial", 346) in got
    assert ("online_services_full", 1425) in got
    assert ("online_services", 770) in got


def test_a_catalogue_of_online_services_and_its_parts_by_tier():
    got = facts("UBND tỉnh vừa ban hành Quyết định công bố danh mục dịch vụ công trực tuyến mức độ 4 của các cơ quan "
                "Nhà nước tỉnh đối với 1.240 thủ tục hành chính ở 3 cấp hành chính.\n"
                "Đối với cấp tỉnh có 1.080 TTHC thuộc 18 lĩnh vực. Cấp huyện có 116 TTHC thuộc 7 nhóm lĩnh vực.\n"
                "Cấp xã có 44 TTHC thuộc 4 nhóm lĩnh vực.")
    for value in (1240, 1080, 116, 44):
        assert ("online_services_full", value) in got
    assert not [k for k in got if k[0] == "procedures_published"]


def test_bare_counts_after_a_grade_in_a_sentence_that_counted_services():
    got = facts("Tính đến tháng 2, tổng số dịch vụ công trực tuyến thực hiện trên địa bàn là 810 dịch vụ; trong đó, "
                "mức độ 3 là 690, mức độ 4 là 120. Năm 2019 nhóm mức độ 4 là 57 điểm.")
    assert ("online_services_partial", 690) in got and ("online_services_full", 120) in got
    assert not [k for k in got if k[1] == 57]


def test_services_of_grades_three_and_four_together_are_all_online_services():
    got = facts("Đến nay, toàn tỉnh có 1.480 dịch vụ công trực tuyến mức độ 3 và 4.")
    assert set(got) == {("online_services", 1480)}
    got = facts("Toàn tỉnh có 1.480 danh mục TTHC dịch vụ công trực tuyến (DVCTT) mức độ 3 và 4 được cung cấp.")
    assert set(got) == {("online_services", 1480)}
    got = facts("Toàn tỉnh có 1.480 dịch vụ công trực tuyến mức độ 3 và 320 dịch vụ mức độ 4.")
    assert got[("online_services_partial", 1480)] and got[("online_services_full", 320)]


def test_the_grade_named_last_and_both_grades_in_words():
    got = facts("Tính đến ngày 20/6/2023, tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 cả nước đạt 60,72% (tỷ lệ dịch vụ "
                "công trực tuyến mức độ 3 là 32,3%, mức độ 4 là 37,4%).")
    assert ("online_services_partial", 32.3) in got and ("online_services_full", 37.4) in got
    got = facts("Năm 2023, tỷ lệ TTHC cung cấp trực tuyến một phần và toàn trình trên cổng dịch vụ công đạt 72%.")
    assert ("online_services", 72) in got


def test_items_written_with_their_grade_alone_after_a_services_count():
    got = facts("Năm 2021, danh mục dịch vụ công trực tuyến bao gồm: Cấp huyện: 135 dịch vụ công trực tuyến (05 mức độ "
                "3; 130 mức độ 4).")
    assert got[("online_services_partial", 5)].level == "district"
    assert got[("online_services_full", 130)].level == "district"
    # a bare figure with a grade after it, when no services were counted before it, is no fact
    assert not facts("Năm 2021, có 30 mức độ 4.")


def test_a_grade_written_cap_do():
    got = facts("Cụ thể, tỉnh đã hoàn thành cung cấp 100% TTHC cấp độ 4 trên cổng dịch vụ công tỉnh.")
    assert got[("online_services_full", 100)].unit == "percent"


def test_shares_of_transactions_people_and_the_economy_are_no_services():
    got = facts("Tỉnh phấn đấu đến năm 2025 với 100% dịch vụ công trực tuyến mức độ 3, mức 4 được tích hợp lên Cổng "
                "Dịch vụ công quốc gia; 100% giao dịch trên Cổng Dịch vụ công quốc gia được xác thực điện tử; 50% số "
                "lượng người dân và doanh nghiệp tham gia hệ thống Chính quyền điện tử được xác thực; kinh tế số "
                "chiếm 20% GRDP của tỉnh.")
    assert {(m, v) for m, v in got} == {("online_services_national_portal", 100)}


def test_a_ratio_of_online_services_over_all_services_and_the_share_it_gives():
    got = facts("Hiện nay, số lượng dịch vụ công trực tuyến toàn trình trên tổng số lượng dịch vụ công là 731/1777 thủ "
                "tục hành chính, đạt 41%.")
    assert got[("online_services_full", 731)].unit == "count"
    assert got[("online_services_full", 41)].unit == "percent"
    got = facts("Thành phố đã giải quyết 4.561/5.650 hồ sơ, đạt 80,7%.")
    assert not [k for k in got if k[0].startswith("online")]


def test_a_share_of_dossiers_after_the_verb_digitise():
    got = facts("Tỉnh đã số hóa 100% hồ sơ giải quyết thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả.")
    assert got[("digitisation_rate", 100)].unit == "percent"
    got = facts("Tỉnh đẩy mạnh số hóa, 100% thủ tục hành chính được công khai.")
    assert ("digitisation_rate", 100) not in got


def test_a_share_of_procedures_provided_online_and_of_results_digitised():
    got = facts("Năm 2020, Bộ đã hoàn thành cung cấp dịch vụ công trực tuyến mức độ 4 đối với 100% thủ tục hành chính.")
    assert got[("online_services_full", 100)].unit == "percent"
    got = facts("Năm 2024, tỉnh đã số hóa 100% kết quả giải quyết thủ tục hành chính cấp tỉnh.")
    assert got[("digitisation_rate", 100)].unit == "percent"


def test_results_after_each_indicators_quota_broken_down_by_tier():
    text = ("Kết quả thực hiện chỉ tiêu dịch vụ công trực tuyến trong tháng 10/2023\n"
            "Kết quả thực hiện một số chỉ tiêu liên quan dịch vụ công trực tuyến của các địa phương trong tháng "
            "10/2023, cụ thể như sau:\n"
            "- Đối với chỉ tiêu “Hồ sơ trực tuyến” được quy định 50%: kết quả chung của cả tỉnh đạt 50,2%. Trong đó: "
            "cấp tỉnh đạt 63,8%, cấp huyện chỉ đạt 33,3% và cấp xã đạt 52%.\n"
            "- Đối với chỉ tiêu “Thanh toán trực tuyến” được quy định 35%: kết quả chung của cả tỉnh đạt 71,2%.\n"
            "- Đối với chỉ tiêu “Khai thác Cơ sở dữ liệu quốc gia về dân cư để giải quyết thủ tục hành chính” được "
            "quy định 100%: kết quả chung của cả tỉnh đạt 91,4%. Trong đó: cấp tỉnh đạt 94,7%.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=date(2023, 11, 1),
                                                          province="52")}
    assert set(got) == {("online_dossier_rate", v) for v in (50, 50.2, 63.8, 33.3, 52)} | {
        ("online_payment_rate", 35), ("online_payment_rate", 71.2)}
    assert got[("online_dossier_rate", 50)].kind == "target" and got[("online_dossier_rate", 50.2)].kind == "actual"
    assert got[("online_dossier_rate", 33.3)].level == "district"
    assert got[("online_payment_rate", 71.2)].period_start == "2023-10-01"


def test_procedures_put_online_at_a_grade():
    got = {(f.metric, f.value): f for f in extract_facts(
        "Năm 2019, Sở có 38 TTHC triển khai mức độ 3, trong đó 24 TTHC thuộc thẩm quyền giải quyết của Sở.",
        article_id="t", published=date(2020, 3, 1), province="34")}
    assert set(got) == {("online_services_partial", 38), ("online_services_partial", 24)}


def test_paid_online_satisfied_among_those_asked_and_results_digitised():
    got = {(f.metric, f.value): f for f in extract_facts(
        "Năm 2023, 97,7% hồ sơ có thu phí, lệ phí được thanh toán trực tuyến. Năm 2022, với 85,5% trong số gần 5.000 "
        "người dân được hỏi bày tỏ sự hài lòng về sự phục vụ. Tính đến nay, toàn tỉnh đã số hoá được 879 kết quả TTHC.",
        article_id="t", published=date(2023, 11, 1), province="27")}
    assert set(got) == {("online_payment_rate", 97.7), ("satisfaction_rate", 85.5), ("digitised_dossiers", 879)}


def test_procedures_by_grade_below_three_are_no_services():
    got = {(f.metric, f.value) for f in extract_facts(
        "Năm 2020, huyện có 47 TTHC giải quyết ở mức độ 3 và 258 TTHC giải quyết ở mức độ 2; đã có 1 TTHC giải quyết "
        "ở cấp độ 4.", article_id="t", published=date(2021, 4, 1), province="68")}
    assert got == {("online_services_partial", 47), ("online_services_full", 1)}


def test_shares_of_what_is_not_eligible_are_no_facts():
    got = {(f.metric, f.value) for f in extract_facts(
        "Năm 2021, tỷ lệ dịch vụ công trực tuyến mức độ 4 đạt 57,76%; tỷ lệ các dịch vụ công chưa đủ điều kiện lên "
        "mức 4 trên tổng số dịch vụ công đạt 42,24%.", article_id="t", published=date(2022, 1, 10), province="54")}
    assert got == {("online_services_full", 57.76)}
    got = {(f.metric, f.value) for f in extract_facts(
        "The provincial authorities have announced the results of the year in administrative reform. In 2025, "
        "100% of administrative procedures are not eligible for the construction of a full online public service "
        "must be reviewed, and 100% of online public services are provided at level 4.", article_id="t",
        published=date(2025, 7, 17), province="82")}
    assert got == {("online_services_full", 100)}


def test_shares_of_procedures_offered_online_are_services_whatever_their_dossiers():
    text = ("Năm 2023, 76% thủ tục hành chính được triển khai cung cấp dịch vụ công trực tuyến, 48,2% thủ tục hành "
            "chính có phát sinh hồ sơ được cung cấp dịch vụ công trực tuyến toàn trình, 35% hồ sơ được thực hiện "
            "trực tuyến toàn trình.")
    got = {(f.metric, f.value) for f in extract_facts(text, article_id="t", published=date(2024, 2, 1),
                                                        province=None)}
    assert got == {("online_services", 76), ("online_services_full", 48.2), ("online_dossier_rate", 35)}


def test_the_share_of_online_services_that_received_dossiers_is_no_fact():
    text = ("Tính đến tháng 9, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ của tỉnh đạt 62,4%; tỷ lệ hồ sơ được "
            "xử lý trực tuyến đạt 48,1%.")
    got = {(f.metric, f.value) for f in extract_facts(text, article_id="t", published=date(2024, 10, 2),
                                                        province="30")}
    assert got == {("online_dossier_rate", 48.1)}


def test_procedures_graded_after_their_abbreviation_in_parentheses():
    got = {(f.metric, f.value) for f in extract_facts(
        "Năm 2022, UBND huyện triển khai 38 thủ tục hành chính (TTHC) mức độ 3, 120 TTHC mức độ 4.", article_id="t",
        published=date(2022, 12, 20), province="74")}
    assert got == {("online_services_partial", 38), ("online_services_full", 120)}


def test_results_issued_electronically_and_data_digitised_are_no_facts():
    text = ("Năm 2024, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 92,1%; tỷ lệ hồ sơ cấp kết quả điện tử đạt 95%; "
            "dữ liệu số hóa của toàn tỉnh đạt 58,2%.")
    got = {(f.metric, f.value) for f in extract_facts(text, article_id="t", published=date(2025, 3, 1),
                                                        province="38")}
    assert got == {("digitisation_rate", 92.1)}


def test_a_share_of_procedures_processed_online_is_the_online_share_of_dossiers():
    got = facts("Năm 2024, hơn 97% thủ tục hành chính về cấp giấy phép lái xe được xử lý trực tuyến qua dịch vụ công "
                "mức độ 4. Tỉnh đã cung cấp 100% thủ tục hành chính đủ điều kiện dưới hình thức dịch vụ công trực "
                "tuyến toàn trình.")
    assert got[("online_dossier_rate", 97)].qualifier == "over"
    assert ("online_services_full", 97) not in got


def test_a_share_of_people_using_online_services_is_no_services_share():
    got = facts("Đến năm 2025, nâng tỷ lệ người dân trưởng thành sử dụng DVCTT lên 65%; 100% thủ tục hành chính đủ "
                "điều kiện được cung cấp dưới dạng DVCTT toàn trình.")
    assert ("online_services_full", 100) in got
    assert not [k for k in got if k[1] == 65]
