"""Index reports: pairs of values, prior-year values, national averages, changes in every wording, regional
figures, components, respective lists. Each phenomenon is tested on sentences written for the tests."""
from datetime import date

import pytest

from scrapers.facts.extract import extract_facts
from scrapers.facts.index import first_index_named, indices_in

PUB = date(2024, 5, 2)


def facts(text, province="40"):
    out = extract_facts(text, article_id="t", published=PUB, province=province)
    for f in out:
        assert text[f.evidence_start:f.evidence_end] == f.evidence
    return {(f.metric, f.value): f for f in out}


def years(fact):
    return fact.period_start[:4], fact.period_end[:4]


def test_a_pair_of_scores_gives_the_year_before_and_the_year():
    got = facts("Năm 2023, điểm số PAPI của tỉnh tăng từ 41,25 lên 42,90.")
    assert years(got[("index_score", 41.25)]) == ("2022", "2022")
    assert years(got[("index_score", 42.9)]) == ("2023", "2023")


def test_a_pair_of_ranks_and_years_in_parentheses():
    got = facts("Chỉ số SIPAS năm 2023 của tỉnh giảm từ 88,40% (2022) xuống 85,10% (2023), thứ hạng đi từ vị trí "
                "thứ 9 xuống 21 trong cả nước.")
    assert years(got[("index_score", 88.4)]) == ("2022", "2022")
    assert years(got[("index_score", 85.1)]) == ("2023", "2023")
    assert years(got[("index_rank", 9)]) == ("2022", "2022")
    assert years(got[("index_rank", 21)]) == ("2023", "2023")


def test_the_value_in_parentheses_after_a_change_is_the_base_years():
    got = facts("Năm 2023, chỉ số PAR INDEX trung bình cả nước đạt 86,50%, tăng 1,20% so với năm 2022 (85,30%).")
    assert got[("index_score", 86.5)].province is None
    assert got[("index_score_change", 1.2)].province is None
    assert years(got[("index_score", 85.3)]) == ("2022", "2022") and got[("index_score", 85.3)].province is None


def test_national_averages_have_no_province():
    got = facts("Điểm PCI trung bình các tỉnh năm 2023 là 64,2 điểm. "
                "Chỉ số SIPAS chung cả nước năm 2023 là 83,1%.")
    assert got[("index_score", 64.2)].province is None and got[("index_score", 64.2)].index == "PCI"
    assert got[("index_score", 83.1)].province is None and got[("index_score", 83.1)].index == "SIPAS"


def test_rank_changes_in_every_wording():
    got = facts("Năm 2023, chỉ số PCI của tỉnh thăng 5 bậc; chỉ số PAPI thụt 3 bậc; chỉ số SIPAS lên một bậc.")
    assert got[("index_rank_change", 5)].index == "PCI"
    assert got[("index_rank_change", -3)].index == "PAPI"
    assert got[("index_rank_change", 1)].index == "SIPAS"


def test_a_score_change_after_a_rank_change():
    got = facts("Năm 2023, chỉ số PCI của tỉnh tăng 12 bậc và 3,45 điểm so với năm 2022.")
    assert ("index_rank_change", 12) in got and ("index_score_change", 3.45) in got


def test_signed_changes_and_the_largest_change_named():
    got = facts("Năm 2023, chỉ số PAR INDEX của các địa phương đều tăng so với năm 2022, tăng cao nhất là "
                "Ninh Bình (+5.12%); Điện Biên có mức tăng thấp nhất là 0,27%.")
    assert got[("index_score_change", 5.12)].province == "37"
    assert got[("index_score_change", 0.27)].province == "11"


def test_regional_ranks_and_averages_are_no_facts():
    got = facts("Chỉ số PAPI năm 2023 của tỉnh thăng 2 bậc trong vùng Tây Nguyên (từ vị trí 4 lên 2). "
                "Chỉ số PCI năm 2023 của tỉnh xếp hạng 5/13 tỉnh. "
                "Giá trị trung bình cao nhất là vùng Đông Nam Bộ với 88,1%.")
    assert got == {}


def test_a_named_component_its_prior_value_and_its_change():
    got = facts("Năm 2023, chỉ số PCI của tỉnh có chỉ số tiếp cận đất đai đạt 6,95 điểm (năm 2022 là 6,40 điểm); "
                "chi phí không chính thức đạt 6,10 điểm (giảm 0,35 điểm).")
    land = got[("index_component_score", 6.95)]
    assert land.component == "tiếp cận đất đai"
    prior = got[("index_component_score", 6.4)]
    assert prior.component == "tiếp cận đất đai" and years(prior) == ("2022", "2022")


def test_a_components_rank_is_not_the_index_rank():
    got = facts("Năm 2023, chỉ số PCI của tỉnh xếp thứ 20; chỉ số tính minh bạch xếp thứ 4.")
    assert ("index_rank", 20) in got and ("index_rank", 4) not in got


def test_names_and_ranks_taken_in_turn():
    got = facts("Năm 2023, về chỉ số DTI, Hà Nội và Đà Nẵng lần lượt xếp thứ 2 và 3.")
    assert got[("index_rank", 2)].province == "01"
    assert got[("index_rank", 3)].province == "48"


def test_a_score_written_without_its_unit():
    got = facts("Năm 2023, tỉnh Bắc Ninh đứng đầu bảng xếp hạng PAPI với 46,12; tỉnh Hà Giang đứng cuối với 38,64.")
    assert got[("index_score", 46.12)].province == "27"
    assert got[("index_score", 38.64)].province == "02"


def test_an_ordered_list_continues_from_the_last_rank():
    got = facts("Năm 2023, Long An dẫn đầu chỉ số PCI; tiếp theo đó là Bình Dương, Đồng Nai và Hải Phòng trong nhóm "
                "10 tỉnh đứng đầu.")
    assert got[("index_rank", 1)].province == "80"
    assert got[("index_rank", 2)].province == "74"
    assert got[("index_rank", 3)].province == "75"
    assert got[("index_rank", 4)].province == "31"


def test_the_runner_up_in_words_is_rank_two():
    got = facts("PCI 2023: Long An đứng đầu, á quân Đồng Nai đạt 71,20 điểm.")
    assert got[("index_rank", 2)].province == "75"


def test_an_index_figure_is_of_the_edition_the_article_reports():
    text = ("Top 3 bảng xếp hạng\n\nTrong năm, Bắc Ninh giữ vị trí thứ 3 với 69,8 điểm. "
            "Đây là kết quả bảng xếp hạng PCI 2022 do VCCI công bố.")
    got = facts(text, province="27")
    rank = got[("index_rank", 3)]
    assert rank.index == "PCI" and rank.kind == "actual" and years(rank) == ("2022", "2022")


def test_a_largest_change_of_no_named_province_is_no_fact():
    got = facts("Năm 2023, chỉ số PAR INDEX của 9 địa phương giảm so với năm 2022, nơi giảm nhiều nhất là 2,10%.")
    assert ("index_score_change", -2.1) not in got


def test_the_next_items_of_a_list_of_components():
    got = facts("Năm 2023, chỉ số PCI của tỉnh có chỉ số gia nhập thị trường đạt 7,10 điểm, tiếp cận đất đai đạt "
                "6,20 điểm, tính minh bạch đạt 6,05 điểm.")
    assert {f.component for f in got.values()} == {"gia nhập thị trường", "tiếp cận đất đai", "tính minh bạch"}
    assert {m for m, _ in got} == {"index_component_score"}


def test_published_component_names_are_components_and_their_ranks_not_the_index_rank():
    got = facts("Năm 2023, chỉ số DTI của tỉnh xếp thứ 15; chính quyền số đạt 0,7120 điểm, xếp thứ 9; "
                "kinh tế số đạt 0,5010 điểm.")
    assert ("index_rank", 15) in got and ("index_rank", 9) not in got
    assert got[("index_component_score", 0.712)].component == "chính quyền số"
    assert got[("index_component_score", 0.501)].component == "kinh tế số"


def test_a_leap_of_places_is_a_rank_change():
    got = facts("PCI 2023: Bến Tre tăng 1,20 điểm, nhảy vọt 9 bậc so với năm 2022.", province="83")
    assert ("index_rank_change", 9) in got and ("index_score_change", 1.2) in got


def test_pillar_ranks_in_abbreviations_or_quotes_are_not_the_index_rank():
    got = facts("Năm 2023, chỉ số DTI của Nghệ An xếp thứ 30/63. Trong đó, CQS xếp thứ 12/63; "
                "hạng mục “Xã hội số” xếp vị trí thứ 41/63.")
    assert set(got) == {("index_rank", 30)}


def test_how_many_provinces_are_ranked_is_no_rank():
    got = facts("Chỉ số PCI đo lường và xếp hạng 63 tỉnh, thành phố; năm 2023 tỉnh xếp thứ 11.")
    assert set(got) == {("index_rank", 11)}


def test_the_un_e_government_ranking_of_countries_is_no_reform_index():
    got = facts("Năm 2024, chỉ số xếp hạng Chính phủ điện tử do Liên hợp quốc đánh giá xếp 70/193 quốc gia, "
                "tăng 10 bậc so với kỳ trước.")
    assert got == {}


def test_prior_values_in_parentheses_frame_nothing_after_them():
    got = facts("Năm 2023, chỉ số PCI của tỉnh có chỉ số gia nhập thị trường đạt 7,10 điểm (năm 2022 là 6,50 điểm); "
                "tiếp cận đất đai đạt 6,20 điểm (năm 2022 là 6,00 điểm); chi phí thời gian đạt 6,90 điểm (giảm 0,20 "
                "điểm).")
    assert years(got[("index_component_score", 6.2)]) == ("2023", "2023")
    assert years(got[("index_component_score", 6.0)]) == ("2022", "2022")
    assert years(got[("index_score_change", -0.2)]) == ("2022", "2023")


def test_a_change_against_an_earlier_year_runs_to_the_edition_reported():
    text = ("PCI 2022: tỉnh tăng mạnh\n\nTheo bảng xếp hạng PCI 2022, tỉnh xếp thứ 20, tăng 14 bậc so với năm 2020.")
    got = extract_facts(text, article_id="t", published=date(2023, 5, 4), province="40")
    change = next(f for f in got if f.metric == "index_rank_change")
    assert (change.period_start, change.period_end) == ("2020-01-01", "2022-12-31")


def test_ministries_and_groups_leading_are_no_provinces_first_place():
    got = facts("Năm 2023, về chỉ số PAR INDEX, ở khối bộ, ngành, Bộ Tư pháp vươn lên dẫn đầu; "
                "có 4 đơn vị dẫn đầu khối cơ quan thuộc Chính phủ.")
    assert ("index_rank", 1) not in got


def test_an_index_figure_with_only_a_comparison_is_of_the_year_after_its_base():
    got = extract_facts("Theo công bố chỉ số cải cách hành chính, tỉnh đạt 85,10%, tăng 2 bậc so với năm 2020.",
                        article_id="t", published=None, province="40")
    score = next(f for f in got if f.metric == "index_score")
    assert (score.period_start, score.period_end) == ("2021-01-01", "2021-12-31")


def test_the_edition_named_in_the_sentence_dates_its_figures():
    got = facts("Theo Bộ Nội vụ, tỉnh dẫn đầu về chỉ số cải cách hành chính (PAR Index 2023) với 92,10/100 điểm.")
    assert years(got[("index_score", 92.1)]) == ("2023", "2023")


def test_component_names_stop_before_their_verb_and_after_nhu():
    got = facts("Năm 2023, chỉ số PCI của tỉnh có một số chỉ số giảm điểm như chi phí thời gian 6,10 điểm (giảm 0,30 "
                "điểm); đào tạo lao động 5,20 (giảm 0,40 điểm). Nhóm chỉ số công khai minh bạch tăng 0,5 điểm so "
                "với tuần 03.")
    assert got[("index_component_score", 6.1)].component == "chi phí thời gian"
    assert got[("index_score_change", -0.3)].component == "chi phí thời gian"
    assert got[("index_component_score", 5.2)].component == "đào tạo lao động"
    assert got[("index_score_change", -0.4)].component == "đào tạo lao động"
    assert got[("index_score_change", 0.5)].component == "công khai minh bạch"
    assert all(v != 3 for _, v in got)


def test_scores_taken_in_turn_after_lan_luot_la():
    got = facts("Năm 2023, chỉ số PAPI của Đà Nẵng và Cần Thơ ở mức lần lượt là 44,1021 và 42,5530 điểm.")
    assert got[("index_score", 44.1021)].province == "48"
    assert got[("index_score", 42.553)].province == "92"


def test_numbered_lines_under_a_ranking_caption_are_ranks():
    text = "Top 3 tỉnh dẫn đầu PCI 2023:\n1. Bình Dương: 70,10 điểm\n2. Đồng Nai: 69,80 điểm\n3. Cần Thơ: 69,20 điểm"
    got = facts(text)
    assert [(got[("index_rank", n)].province, got[("index_rank", n)].evidence) for n in (1, 2, 3)] == \
        [("74", "1. Bình Dương"), ("75", "2. Đồng Nai"), ("92", "3. Cần Thơ")]
    assert got[("index_score", 69.8)].province == "75"


def test_numbered_lines_without_a_caption_are_no_ranks():
    got = facts("Kết quả PCI 2023 của tỉnh:\n1. Gia nhập thị trường tăng điểm\n2. Tỉnh Đồng Nai có 3 sáng kiến")
    assert all(m != "index_rank" for m, _ in got)


def test_the_amount_of_a_change_in_parentheses_after_its_verb():
    got = facts("Chỉ số SIPAS năm 2023 của tỉnh giảm mạnh (6,15%), từ 91,20% xuống 85,05%.")
    assert got[("index_score_change", -6.15)].index == "SIPAS"
    assert ("index_score", 91.2) in got and ("index_score", 85.05) in got


def test_a_score_at_the_level_of_and_the_ends_of_a_span():
    got = facts("Người dân hài lòng với sự phục vụ của cơ quan hành chính trong cả nước năm 2023 (SIPAS 2023) ở mức "
                "83,10%. Mức độ hài lòng ở các tỉnh nằm trong khoảng 76,20% - 91,05%. Trong đó, Bắc Giang nhận được "
                "mức độ hài lòng cao nhất với 91,05%.")
    assert got[("index_score", 83.1)].province is None
    assert ("satisfaction_rate", 76.2) not in got and ("satisfaction_rate", 91.05) not in got
    assert got[("index_score", 91.05)].province == "24" and got[("index_score", 91.05)].index == "SIPAS"


def test_names_listed_right_before_lan_luot_and_the_subject_of_a_first_place():
    got = facts("DTI cấp tỉnh năm 2023, Hải Phòng có năm thứ 2 liên tiếp dẫn đầu, Cần Thơ và Bắc Ninh lần lượt xếp "
                "thứ 2 và 3.")
    assert [got[("index_rank", n)].province for n in (1, 2, 3)] == ["31", "92", "27"]


def test_a_group_a_province_belongs_to_is_not_the_country():
    got = facts("Theo PCI 2023, Yên Bái thuộc nhóm các tỉnh, thành phố có chất lượng điều hành tốt khi xếp thứ "
                "12/63 tỉnh, thành phố.")
    assert got[("index_rank", 12)].province == "15"


def test_ranks_written_as_ordinal_words_go_to_the_name_after_them():
    got = extract_facts("Theo bảng xếp hạng PCI năm 2023, Đồng Nai dẫn đầu, đứng thứ hai là tỉnh Gia Lai, thứ ba là "
                        "Kiên Giang. Thứ tư là tỉnh Phú Yên, còn Sóc Trăng giữ vững vị trí thứ năm.",
                        article_id="t", published=PUB, province=None)
    ranks = {(f.value, f.province) for f in got if f.metric == "index_rank"}
    assert ranks == {(1, "75"), (2, "64"), (3, "91"), (4, "54"), (5, "94")}


def test_ordinal_words_elsewhere_are_no_ranks():
    got = facts("Thứ hai, ngày 6/5/2024, tỉnh công bố PAR INDEX; đây là năm thứ ba liên tiếp tỉnh tăng hạng.")
    assert not [f for f in got.values() if f.metric == "index_rank"]


def test_ministries_scores_and_ranks_are_no_facts_but_the_provinces_after_them_are():
    got = extract_facts("Năm 2023, DTI cấp bộ có cung cấp dịch vụ công là 0,5120, tăng 8,2% so với năm 2022; DTI cấp "
                        "tỉnh trung bình là 0,4870. Trong nhóm 17 bộ, ngành, Bộ Công Thương giữ vị trí dẫn đầu với "
                        "giá trị 0,6612, Bộ Tư pháp xếp thứ 2. Trong khối các tỉnh, Lâm Đồng xếp thứ 12 với 0,5533.",
                        article_id="t", published=PUB, province=None)
    got = {(f.metric, f.value, f.province) for f in got}
    assert got == {("index_score", 0.487, None), ("index_rank", 12, "68"), ("index_score", 0.5533, "68")}


def test_a_first_place_held_by_no_province_is_no_fact():
    got = extract_facts("Năm 2023, nhiều tỉnh miền núi tăng điểm PAPI, nhưng dẫn đầu vẫn là các tỉnh đồng bằng.",
                        article_id="t", published=PUB, province=None)
    assert not [f for f in got if f.metric == "index_rank"]


def test_quoted_names_in_an_index_report_are_components_also_as_shares():
    got = facts("Năm 2023, chỉ số PAR INDEX của tỉnh đạt 86,1%. Trong 8 lĩnh vực, “Công tác chỉ đạo, điều hành CCHC” "
                "đạt 97,5%; “Cải cách tài chính công” đạt 91,25%.")
    assert got[("index_component_score", 97.5)].component == "Công tác chỉ đạo, điều hành CCHC"
    assert got[("index_component_score", 91.25)].component == "Cải cách tài chính công"
    assert ("index_score", 97.5) not in got


def test_a_components_move_in_rank_is_not_the_indexs():
    got = facts("Năm 2023, DTI của tỉnh tăng 5 bậc; trong đó nhóm chỉ số Hạ tầng số tăng 17 bậc so với năm 2022.")
    assert ("index_rank_change", 5) in got and ("index_rank_change", 17) not in got


def test_papi_dimensions_in_short_forms_are_components():
    got = facts("Năm 2023, PAPI của tỉnh đạt 43,1 điểm; Tham gia của người dân cấp cơ sở đạt 4,8123 điểm, "
                "Công khai, minh bạch trong việc ra quyết định đạt 5,2071 điểm.")
    assert got[("index_component_score", 4.8123)].component.lower().startswith("tham gia của người dân")
    assert got[("index_component_score", 5.2071)].component.lower().startswith("minh bạch trong việc ra quyết")


def test_a_component_named_on_its_own_line_owns_the_paragraph_after_it():
    text = ("Năm 2023, chỉ số PAR INDEX của tỉnh đạt 87,02 điểm, xếp thứ 30/63.\n\n"
            "- Lĩnh vực Cải cách tài chính công\n\n"
            "Đạt 11,2/13 điểm, chỉ số đạt 86,15%, xếp thứ 18/63, tăng 9 bậc so với năm 2022.\n\n"
            "Tỉnh tiếp tục đẩy mạnh cải cách.")
    got = facts(text)
    assert got[("index_component_score", 11.2)].component == "Cải cách tài chính công"
    assert got[("index_component_score", 86.15)].component == "Cải cách tài chính công"
    assert ("index_rank", 18) not in got and ("index_rank_change", 9) not in got
    assert ("index_rank", 30) in got and ("index_score", 87.02) in got


def test_an_index_named_in_a_closed_aside_is_not_the_next_figures():
    got = facts("Năm 2023, PAR INDEX của tỉnh đạt 85,1 điểm (gồm Chỉ số SIPAS đạt 8,4/10 điểm), so với năm 2022 "
                "tăng 2,35 điểm.")
    assert got[("index_score_change", 2.35)].index == "PAR"


def test_a_weekday_before_a_written_date_is_no_rank():
    got = facts("Thứ 3, Ngày 18/06/2024 - Năm 2023, PAR INDEX của tỉnh xếp thứ 12/63.")
    assert [v for m, v in got if m == "index_rank"] == [12]


def test_a_score_introduced_before_the_name_and_a_rank_written_with_so():
    got = facts("Năm 2024, với điểm số 66,12, Bình Định tăng 3 bậc trong PCI, từ vị trí số 31 lên vị trí thứ 28.",
                province=None)
    assert got[("index_score", 66.12)].province == "52"
    assert years(got[("index_rank", 31)]) == ("2023", "2023") and got[("index_rank", 28)].province == "52"


def test_the_field_size_before_a_first_place_does_not_make_it_a_groups():
    got = facts("Trong số 34 tỉnh, thành phố, Lào Cai dẫn đầu DTI 2024 với giá trị 0,7712.", province=None)
    assert got[("index_rank", 1)].province == "10"


def test_names_placed_after_the_last_rank():
    got = extract_facts("Năm 2024, Bắc Ninh dẫn đầu DTI, đứng thứ hai là Vĩnh Phúc. Các tỉnh xếp sau đó lần lượt "
                        "là Hải Dương và Hưng Yên.", article_id="t", published=PUB, province=None)
    assert {(f.value, f.province) for f in got if f.metric == "index_rank"} == {
        (1, "27"), (2, "26"), (3, "30"), (4, "33")}


def test_ranks_written_vi_thu_or_with_the_field_size_only():
    got = facts("Năm 2023, SIPAS của tỉnh đạt 80,12%, xếp vị thứ 41/63; PAR INDEX xếp 19/63 tỉnh, thành phố, cải "
                "thiện 6 bậc so với năm 2022.")
    assert {("index_rank", 41), ("index_rank", 19), ("index_rank_change", 6)} <= set(got)


def test_a_papi_total_out_of_80_is_the_index_score_and_a_gloss_names_the_index():
    got = facts("Năm 2023, Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI), tỉnh đạt 42,17/80 điểm, xếp "
                "vị thứ 30/61 (năm 2022 chỉ số này là 41,90 điểm).")
    assert got[("index_score", 42.17)].index == "PAPI" and years(got[("index_score", 42.17)]) == ("2023", "2023")
    assert years(got[("index_rank", 30)]) == ("2023", "2023")
    assert years(got[("index_score", 41.9)]) == ("2022", "2022")


def test_labelled_lines_of_a_component_list():
    got = facts("Kết quả Bộ chỉ số 766 năm 2024 của tỉnh.\n\nCông khai, minh bạch: Đạt 17,2 điểm, cho thấy nhiều "
                "cố gắng.\n\nTiến độ giải quyết: Đạt 18,4 điểm.")
    assert got[("index_component_score", 17.2)].component == "Công khai, minh bạch"
    assert got[("index_component_score", 18.4)].component == "Tiến độ giải quyết"


def test_component_scores_in_parentheses_after_their_names_and_component_ranks_in_a_breakdown():
    got = facts("Năm 2023, Bến Tre đạt 45,1 điểm PAPI; trong các chỉ số, tỉnh đứng đầu ở kiểm soát tham nhũng (6,72 "
                "điểm), quản trị môi trường (4,11 điểm). Trong các hạng mục thành phần của DTI, về chính quyền số, "
                "Bến Tre xếp thứ 7.", province=None)
    assert got[("index_component_score", 6.72)].component.lower() == "kiểm soát tham nhũng"
    assert got[("index_component_score", 4.11)].component.lower() == "quản trị môi trường"
    assert ("index_rank", 7) not in got


def test_a_gap_to_another_place_or_the_mean_is_no_change():
    got = facts("Năm 2023, PAPI của tỉnh đạt 47,8 điểm, cao hơn 9 điểm so với địa phương có điểm số thấp nhất; PAR "
                "INDEX đạt 88,2%, cao hơn 1,40% so với chỉ số trung bình chung các tỉnh.")
    assert not [k for k in got if k[0] == "index_score_change"]


def test_a_rank_in_another_matter_is_no_index_rank():
    got = facts("Năm 2023, PAR INDEX của tỉnh xếp thứ 9/63; tỉnh cũng đứng thứ 3 toàn quốc về tỷ lệ cấp thẻ Căn cước "
                "công dân, xếp thứ 5 cả nước về chỉ số hài lòng của người dân. Vị trí thứ 7 thuộc về Quảng Nam.")
    assert {v for m, v in got if m == "index_rank"} == {9, 5, 7}


def test_a_national_word_in_another_clause_leaves_the_rank_to_the_province():
    got = facts("Năm 2022, Chỉ số CCHC của tỉnh đạt 86,19%, cao hơn chỉ số trung bình chung các tỉnh, thành phố; xếp "
                "hạng 25/63 tỉnh, thành phố.")
    assert got[("index_rank", 25)].province == "40"


def test_quoted_dimensions_with_their_change_and_score():
    got = facts("Năm 2023, PAPI của tỉnh đạt 42,3 điểm. “Cung ứng dịch vụ công” tăng 0,31 điểm, đạt 7,12 điểm; "
                "“Kiểm soát tham nhũng” giảm 0,26 điểm, đạt 5,34 điểm.")
    assert got[("index_score_change", 0.31)].component == "Cung ứng dịch vụ công"
    assert got[("index_component_score", 7.12)].component == "Cung ứng dịch vụ công"
    assert got[("index_score_change", -0.26)].component == "Kiểm soát tham nhũng"
    assert got[("index_component_score", 5.34)].component == "Kiểm soát tham nhũng"
    assert ("index_score", 7.12) not in got


def test_a_change_compared_without_voi():
    got = facts("Năm 2019, chỉ số SIPAS của tỉnh đạt 84,1%, tăng 2,55% so năm 2018.")
    assert got[("index_score_change", 2.55)].index == "SIPAS"


def test_ddci_ranks_bodies_inside_a_province_and_a_gap_to_a_body_is_no_change():
    got = facts("Năm 2023, DDCI của tỉnh: Sở Tư pháp xếp vị trí thứ 2, Sở Y tế đạt 80,1 điểm, cao hơn 0,28% so với đơn "
                "vị xếp vị trí thứ hai; PAR INDEX của tỉnh xếp vị trí cao thứ 4 cả nước.")
    assert [v for m, v in got if m == "index_rank"] == [4]
    assert not [k for k in got if k[0] == "index_score_change"]


def test_a_first_place_in_the_ddci_is_no_rank_of_the_province():
    got = facts("Kết quả DDCI năm 2022 của tỉnh Hà Nam: Huyện Bình Lục dẫn đầu khối huyện, thành phố.")
    assert not [k for k in got if k[0] == "index_rank"]
    got = facts("Kết quả PCI năm 2022, tỉnh Hà Nam dẫn đầu cả nước.")
    assert [v for m, v in got if m == "index_rank"] == [1]


def test_a_gap_after_a_change_or_before_its_figure_is_no_fact():
    got = facts("Năm 2023, PAR INDEX của tỉnh đạt 88,2% (tăng 1,2% so với năm 2022), cao hơn 1,45% so với chỉ số trung "
                "bình chung các tỉnh. Theo PCI 2023, tỉnh là địa phương có điểm số thấp hơn điểm trung vị là 2,31 "
                "điểm.")
    assert ("index_score_change", 1.2) in got
    assert all(v not in (1.45, 2.31) for _, v in got)


def test_after_the_subjects_value_the_mean_named_with_la_is_the_means():
    got = facts("Năm 2023, tỉnh dẫn đầu PAPI với mức điểm 45,12, cao hơn mức trung bình của cả nước là 42,17.")
    assert got[("index_score", 42.17)].province is None


def test_a_rank_right_after_a_count_ranks_the_count():
    got = facts("Theo Bộ chỉ số 766 năm 2024, tỉnh đạt 88,4 điểm, xếp thứ 11/34 tỉnh. Toàn tỉnh hiện còn 1.240 hồ sơ "
                "quá hạn, đứng thứ 9/34 tỉnh, thành phố. Tỉnh tiếp nhận 20.500 hồ sơ, Bộ chỉ số 766 xếp thứ 12/34.")
    assert {v for m, v in got if m == "index_rank"} == {11, 12}
    assert ("dossiers_late", 1240) in got


def test_a_first_place_in_a_region_a_field_or_another_matter_is_not_the_provinces():
    got = facts("Năm 2023, chỉ số SIPAS của Bạc Liêu đứng đầu ĐBSCL và xếp thứ 12/63. Chỉ số CCHC của Bạc Liêu đạt "
                "85,2%, trong đó, “Cải cách tài chính công” tiếp tục dẫn đầu cả nước. Bạc Liêu đứng đầu bảng xếp hạng "
                "chỉ số thành phần này. Bạc Liêu dẫn đầu về cấp thẻ căn cước.")
    assert {v for m, v in got if m == "index_rank"} == {12}


def test_a_first_place_in_the_index_itself_stays():
    got = facts("Năm 2023, Bạc Liêu dẫn đầu cả nước về Chỉ số hài lòng (SIPAS) với 87,1%.")
    assert got[("index_rank", 1)].province == "95"


def test_a_past_first_place_is_no_rank():
    got = facts("Trong PCI 2023, Long An vượt qua những tỉnh từng nhiều năm giữ vị trí dẫn đầu như Quảng Ninh để xếp "
                "thứ 2/63.")
    assert {v for m, v in got if m == "index_rank"} == {2}


def test_a_weight_on_a_thousand_point_scale_is_no_score():
    got = facts("DTI cấp tỉnh gồm 3 trụ cột: Chính quyền số (400 điểm), Kinh tế số (300 điểm) và Xã hội số (300 "
                "điểm). Năm 2023, DTI của tỉnh đạt 0,5412 điểm.")
    assert set(got) == {("index_score", 0.5412)}


def test_a_place_among_the_regions_is_no_provinces_rank():
    got = facts("Năm 2023, điểm PCI trung bình của vùng Tây Nguyên xếp thứ ba trong các vùng của cả nước; tỉnh xếp "
                "thứ 30/63.")
    assert {v for m, v in got if m == "index_rank"} == {30}


def test_the_amount_of_a_comparison_in_parentheses_after_its_year():
    got = facts("Điểm PCI năm 2023 của tỉnh đạt 66,12, cao hơn năm 2022 không nhiều (0,42 điểm); PAR INDEX đạt 85,5%, "
                "thấp hơn so với năm 2022 một chút (1,5%).")
    assert ("index_score_change", 0.42) in got and ("index_score_change", -1.5) in got
    assert ("index_score", 0.42) not in got


def test_a_value_in_parentheses_after_a_bare_comparison_is_the_years():
    got = facts("Năm 2023, PAR INDEX của tỉnh đạt 85,5%, cao hơn năm 2022 (83,2%).")
    assert ("index_score", 83.2) in got and years(got[("index_score", 83.2)]) == ("2022", "2022")


def test_a_score_written_to_four_decimals_restated_is_one_fact():
    text = ("Năm 2023, DTI của Ninh Bình đạt 0,5123 điểm, xếp thứ 7/63. Về Thanh Hóa, tỉnh xếp thứ 15/63. Tổng điểm "
            "của địa phương này là 0,5123 điểm. Bắc Ninh đạt 0,51 điểm. Thái Bình cũng đạt 0,51 điểm.")
    out = extract_facts(text, article_id="t", published=PUB, province=None)
    scores = sorted(f.value for f in out if f.metric == "index_score")
    assert scores == [0.51, 0.51, 0.5123]


def test_investment_named_as_what_the_reform_brings_does_not_leave_the_index():
    text = ("Năm 2024, tỉnh đạt 80,2 điểm trong Bộ chỉ số phục vụ người dân, doanh nghiệp. Việc xếp thứ 6/34 về cải "
            "cách hành chính giúp tỉnh thu hút đầu tư.\n\nCông khai, minh bạch: Đạt 9,7 điểm.\n\n"
            "Thu hút vốn FDI của tỉnh dẫn đầu cả nước.\n\nTiến độ giải quyết: Đạt 18,4 điểm.")
    got = facts(text)
    assert got[("index_rank", 6)].index == "766"
    assert got[("index_component_score", 9.7)].component == "Công khai, minh bạch"
    assert ("index_component_score", 18.4) not in got and ("index_rank", 1) not in got


def test_a_score_cards_lines_name_their_criterion_after_diem():
    got = facts("Năm 2023, Chỉ số CCHC của tỉnh đạt 86,4 điểm. Trong đó, điểm các tiêu chí được đánh giá: Điểm do Bộ "
                "Nội vụ thẩm định đạt 56,12/61,5 điểm. Điểm đánh giá công khai, minh bạch: 3,1/18 điểm.")
    assert got[("index_component_score", 56.12)].component == "Điểm do Bộ Nội vụ thẩm định"
    assert got[("index_component_score", 3.1)].component == "công khai, minh bạch"
    assert ("index_score", 86.4) in got and ("index_score", 56.12) not in got


def test_a_place_right_after_a_name_in_a_comparison():
    got = facts("Năm 2023, PAR INDEX của Phú Yên xếp thứ 20/63, xếp trên các tỉnh: Bình Định (33/63), Khánh Hòa "
                "(41/63). Tỉnh đứng thứ 2/5 so với các tỉnh lân cận (Ninh Thuận: xếp thứ 25; Bình Thuận: 37; Quảng "
                "Ngãi: 52 điểm).")
    assert got[("index_rank", 33)].province == "52" and got[("index_rank", 41)].province == "56"
    assert got[("index_rank", 37)].province == "60"
    assert ("index_rank", 52) not in got


def test_a_region_named_after_a_closing_parenthesis_scopes_the_next_item():
    got = facts("Năm 2023, PCI của tỉnh đạt 65,1 điểm, xếp thứ 40/63 (giảm 0,5 điểm so với năm 2022 và giảm 12 bậc), "
                "xếp thứ 3 của khu vực Tây Nguyên (tăng 1 bậc trong vùng).")
    assert ("index_rank_change", -12) in got
    assert ("index_rank", 3) not in got and ("index_rank_change", 1) not in got


def test_a_place_held_by_the_province_just_discussed():
    got = facts("Trong PCI 2023, Bình Định tăng 2,1 điểm, nhảy vọt 9 bậc so với năm 2022. Kết quả, địa phương giành vị "
                "trí á quân trong bảng xếp hạng PCI 2023.", province=None)
    assert got[("index_rank", 2)].province == "52"


def test_ranks_of_the_aspects_a_province_is_praised_for_are_no_index_ranks():
    got = facts("Theo PCI 2023, tỉnh xếp thứ 6/63. Doanh nghiệp đánh giá cao tỉnh về những khía cạnh như chi phí không "
                "chính thức (xếp thứ 3/63); tính minh bạch (xếp thứ 5/63).")
    assert {v for m, v in got if m == "index_rank"} == {6}


def test_names_a_place_word_and_as_many_places_without_lan_luot():
    got = facts("Theo PAPI 2023, Hải Dương xếp thứ 4/63. Thanh Hóa, Điện Biên, Hà Tĩnh giữ vị trí thứ 5, 6, 7. Nghệ An "
                "và Hà Nam lần lượt xếp thứ 8, 9.", province=None)
    assert [(v, got[("index_rank", v)].province) for v in (5, 6, 7, 8, 9)] == \
        [(5, "38"), (6, "11"), (7, "42"), (8, "40"), (9, "35")]


def test_one_name_with_a_place_word_and_a_number_after_it_is_no_list():
    got = facts("Theo PAPI 2023, Thanh Hóa xếp thứ 5, tăng 6 bậc.", province=None)
    assert ("index_rank", 6) not in got and ("index_rank_change", 6) in got


@pytest.mark.parametrize("text, first", [
    ("Chỉ số PGI của tỉnh tăng. Năm 2023, chỉ số PAPI đạt 42 điểm; PCI xếp thứ 5.", "PAPI"),
    ("Bảng xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và SIPAS.", "PCI"),
    ("CHỈ SỐ HÀI LÒNG năm 2022 và chỉ số cải cách hành chính.", "SIPAS"),
    ("Tỉnh tiếp nhận 1.200 hồ sơ, chỉ số giá tiêu dùng tăng.", None),
])
def test_the_first_index_named_is_the_first_code_of_the_indices_in_a_text(text, first):
    assert first_index_named(text) == first == next((code for _, code in indices_in(text) if code), None)


def test_a_second_place_joined_to_a_rank_takes_the_index_it_is_about():
    got = facts("Năm 2023, tỉnh xếp thứ 15 cả nước về chỉ số cải cách hành chính (PAR Index) và thứ 4 cả nước về chỉ "
                "số hài lòng của người dân (SIPAS). Bộ phận một cửa tiếp nhận hồ sơ cả thứ 6 và thứ 7.")
    assert got[("index_rank", 15)].index == "PAR" and got[("index_rank", 4)].index == "SIPAS"
    assert ("index_rank", 7) not in got


def test_a_first_place_whose_holder_is_named_overrides_the_group_before_it():
    got = facts("Với xếp hạng PAR Index 2023 các tỉnh, thành phố thì đứng đầu vẫn là tỉnh Hải Dương (91,2% điểm).",
                province=None)
    assert (got[("index_rank", 1)].index, got[("index_rank", 1)].province) == ("PAR", "30")
    got = facts("Trong PCI 2023, 10 tỉnh tốp đầu do Long An tiếp tục dẫn đầu.", province=None)
    assert got[("index_rank", 1)].province == "80"
    got = facts("Trong PAR Index 2023, nhóm các tỉnh có 2 vị trí dẫn đầu là Hải Dương và Hà Nam.", province=None)
    assert ("index_rank", 1) not in got


def test_the_figure_of_an_unnamed_best_or_worst_place_is_no_fact():
    got = facts("Chỉ số SIPAS 2023 trung bình cả nước là 84,5%, tỉnh cao nhất là 93,1%, tỉnh thấp nhất là 79,2%.")
    assert ("index_score", 84.5) in got and got[("index_score", 84.5)].province is None
    assert not any(value in (93.1, 79.2) for _, value in got)
    got = facts("Tỉnh đạt 88%, cao hơn đơn vị có mức độ hài lòng thấp nhất khu vực đạt 80,21%.")
    assert not any(value == 80.21 for _, value in got)
    # a place named before the superlative holds the figure
    got = facts("Năm 2023, Chỉ số SIPAS của Quảng Ninh là tỉnh cao nhất đạt 93,1%.")
    assert got[("index_score", 93.1)].province == "22"


def test_a_score_restated_as_a_share_of_its_scale_is_the_score_in_percent():
    got = facts("Năm 2023, Chỉ số SIPAS của tỉnh đạt 8,84 điểm, chiếm tỷ lệ 88,4%; xếp thứ 12/63.")
    assert got[("index_score", 8.84)].unit == "score" and got[("index_score", 88.4)].unit == "percent"
    # a share that is not the score over a scale is no restatement
    got = facts("Năm 2023, Chỉ số cải cách hành chính của tỉnh bị trừ 0,05 điểm (tương ứng 0,003%).")
    assert not any(value == 0.003 for _, value in got)


def test_figures_of_the_parts_listed_after_a_lead_are_the_parts():
    got = facts("Năm 2021, Chỉ số cải cách hành chính của tỉnh đạt 85,2%, tăng 8 bậc. Tuy nhiên, một số lĩnh vực lại "
                "giảm điểm như: cải cách tổ chức bộ máy (giảm 0,21 điểm và giảm 9 bậc); hiện đại hóa nền hành chính "
                "(giảm 0,3 điểm; giảm 4 bậc).")
    assert got[("index_score_change", -0.21)].component == "cải cách tổ chức bộ máy"
    assert got[("index_score_change", -0.3)].component == "hiện đại hóa nền hành chính"
    assert ("index_rank_change", 8) in got
    assert ("index_rank_change", -9) not in got and ("index_rank_change", -4) not in got


def test_a_result_before_its_holder_and_places_named_behind_sau_are_ahead_not_holders():
    text = ("Bộ Nội vụ công bố Chỉ số SIPAS năm 2023. Với kết quả 88,6%, tỉnh Bắc Ninh giữ vững vị trí số 3 toàn "
            "quốc, sau Quảng Ninh. Về Chỉ số cải cách hành chính, Bắc Ninh xếp thứ 7 cả nước (tăng 2 bậc) với 89,1% "
            "(sau Hải Phòng, Hà Nội và Quảng Ninh).")
    got = facts(text, province="27")
    assert got[("index_score", 88.6)].province == "27" and got[("index_score", 88.6)].index == "SIPAS"
    assert got[("index_rank", 3)].province == "27"
    assert got[("index_score", 89.1)].province == "27" and got[("index_score", 89.1)].index == "PAR"
    assert not any(f.province in ("22", "31", "01") for f in got.values())


def test_the_first_places_given_in_order_and_the_places_that_moved_most():
    got = facts("Bộ Nội vụ công bố Chỉ số SIPAS năm 2022. Cụ thể, 3 vị trí dẫn đầu Chỉ số SIPAS năm 2022 lần lượt "
                "thuộc về tỉnh Bắc Ninh, tỉnh Nam Định và tỉnh Thái Bình.", province=None)
    assert {(f.value, f.province) for f in got.values() if f.metric == "index_rank"} == \
        {(1, "27"), (2, "36"), (3, "34")}
    got = facts("Năm 2022, 50 địa phương có Chỉ số cải cách hành chính tăng so với năm 2021, tăng cao nhất là Sơn "
                "La (5,12%), tăng thấp nhất là Cà Mau (0,21%).", province=None)
    assert got[("index_score_change", 5.12)].province == "14"
    assert got[("index_score_change", 0.21)].province == "96"
    assert ("index_score", 0.21) not in got


def test_a_count_of_the_index_parts_is_no_score_and_no_change():
    got = facts("Trong 5 Chỉ số thành phần của SIPAS năm 2023, có 04 Chỉ số thành phần có tỷ lệ hài lòng tăng và "
                "01 Chỉ số thành phần giảm so với năm 2022.")
    assert not got


def test_a_score_card_of_the_766_index_named_by_what_it_measures():
    got = facts("Kết quả đánh giá tiến độ giải quyết thủ tục hành chính theo thời gian thực trên môi trường điện tử "
                "của tỉnh tháng 6/2024 đạt 80,5/100 điểm, xếp thứ 12/63 tỉnh. Trong đó, điểm nhóm chỉ số về công "
                "khai, minh bạch đạt 15,2/18 điểm.")
    assert got[("index_score", 80.5)].index == "766" and got[("index_rank", 12)].index == "766"
    assert got[("index_component_score", 15.2)].component


def test_gaps_to_the_mean_ranks_among_districts_and_spaced_scales_are_no_facts():
    got = facts("Năm 2022, Chỉ số cải cách hành chính của tỉnh đạt 84,1/100 điểm (cao hơn trung bình cả nước 0,8 "
                "điểm), xếp hạng 30/63 tỉnh. Điểm đánh giá tác động: 30,5/ 38,5 điểm tối đa.")
    assert ("index_score", 84.1) in got and ("index_rank", 30) in got
    assert not any(value in (0.8, 38.5) for _, value in got)
    got = facts("Năm 2022, Chỉ số cải cách hành chính của huyện đạt 88,2 điểm, xếp thứ 3/18 huyện, thị xã.")
    assert not any(f.metric == "index_rank" for f in got.values())


def test_component_names_lose_the_words_around_them():
    got = facts("Năm 2024, chỉ số SIPAS của tỉnh đạt 85,30%. Trong đó, sự hài lòng về tiếp cận dịch vụ đạt 86,12%, "
                "tăng 1,20% so với năm 2023.")
    assert got[("index_component_score", 86.12)].component == "tiếp cận dịch vụ"
    got = facts("Kết quả đánh giá tiến độ giải quyết thủ tục hành chính theo thời gian thực trên môi trường điện tử "
                "của tỉnh tháng 6/2024 đạt 80,5/100 điểm, xếp thứ 12/63 tỉnh. Đối với nhóm chỉ số về số hóa hồ sơ đạt "
                "15,2/18 điểm.")
    assert got[("index_component_score", 15.2)].component == "số hóa hồ sơ"


def test_a_score_cards_appraisal_line_keeps_its_word_diem():
    got = facts("Năm 2023, Chỉ số cải cách hành chính của tỉnh đạt 86,2 điểm. Điểm thẩm định: 55,1/61,5 điểm tối đa; "
                "điểm đánh giá tác động của CCHC: 31,1/38,5 điểm tối đa; điểm công khai, minh bạch: 8,4/10 điểm.")
    assert got[("index_component_score", 55.1)].component == "Điểm thẩm định"
    assert got[("index_component_score", 31.1)].component == "điểm đánh giá tác động của CCHC"
    assert got[("index_component_score", 8.4)].component == "công khai, minh bạch"


def test_a_place_named_thang_is_no_move_and_a_districts_move_among_districts_is_no_fact():
    got = facts("Chỉ số cải cách hành chính năm 2022 của huyện Thăng Bình đạt 88,42 điểm, xếp thứ 3/18 huyện, thị "
                "xã, thành phố, tăng 4 bậc so với năm 2021.")
    assert ("index_score", 88.42) in got
    assert not any(m in ("index_rank", "index_rank_change") for m, _ in got)
    got = facts("Năm 2022, PAR Index của tỉnh xếp thứ 12/63 tỉnh, thành phố, thăng 4 bậc so với năm 2021.")
    assert got[("index_rank_change", 4)].value == 4 and ("index_rank", 12) in got


def test_moves_written_vuot_thu_hang_and_thang_hang_bac_are_rank_changes():
    got = facts("Năm 2021, tỉnh Lâm Viên vượt 31 thứ hạng về PAPI so với năm 2020. Năm nay, tỉnh thăng hạng 3 bậc "
                "trên bảng xếp hạng PAPI 2022.", province="68")
    assert got[("index_rank_change", 31)].index == "PAPI"
    assert ("index_rank_change", 3) in got and ("index_rank", 3) not in got


def test_a_national_rank_written_bare_ca_nuoc_after_a_regions_first_place():
    got = facts("Chỉ số PCI 2019 của tỉnh dẫn đầu khu vực Bắc Trung Bộ, đứng thứ 21 cả nước.")
    assert got[("index_rank", 21)].index == "PCI"
    got = facts("Chỉ số PCI 2019 của tỉnh đứng thứ 2 khu vực Bắc Trung Bộ.")
    assert ("index_rank", 2) not in got


def test_scores_after_voi_so_diem_and_voi_tong_diem():
    got = facts("Năm 2016, tỉnh giành vị trí thứ 4 trên bảng xếp hạng PCI với số điểm 63,2. Năm 2020, tỉnh dẫn đầu "
                "bảng xếp hạng PAPI 2020 với tổng điểm 47,513.")
    assert got[("index_score", 63.2)].index == "PCI"
    assert got[("index_score", 47.513)].index == "PAPI"


def test_an_ordinal_place_held_thuoc_ve_a_province():
    got = facts("Tỉnh Gia Lai dẫn đầu PAPI 2021 với 47,9 điểm; thứ hai là tỉnh Bình Định với 47,2 điểm; thứ ba thuộc "
                "về tỉnh Phú Yên với 46,8 điểm.", province=None)
    assert got[("index_rank", 3)].province == "54"
    assert got[("index_rank", 2)].province == "52"


def test_the_edition_after_toan_quoc_dates_a_titles_rank():
    got = facts("Tỉnh lần đầu tiên vươn lên vị trí thứ 5 PCI toàn quốc 2016, tháng 3-2017")
    assert years(got[("index_rank", 5)]) == ("2016", "2016")


def test_first_places_in_parts_of_an_index_are_no_index_rank():
    got = facts("Năm 2020, PAPI của tỉnh đạt 45,2 điểm. Tỉnh dẫn đầu cả nước ở 3 tiêu chí: Công khai, minh bạch "
                "(6,4 điểm) và Cung ứng dịch vụ công (7,7 điểm).")
    assert ("index_rank", 1) not in got and ("index_component_score", 6.4) in got
    got = facts("Năm 2020, tỉnh dẫn đầu cả nước về chỉ số PAPI.")
    assert ("index_rank", 1) in got


def test_spans_of_places_scores_and_gaps_between_places_are_no_scores():
    got = facts("Theo DDCI năm 2020, điểm số của 9 huyện chạy từ 6,85 điểm đến 7,92 điểm, chênh lệch của đơn vị "
                "đứng đầu và đơn vị đứng cuối bảng xếp hạng là 1,07 điểm.")
    assert not got
    got = facts("Năm 2023, điểm số PAPI của tỉnh tăng từ 41,25 lên 42,90.")     # a pair, no span
    assert ("index_score", 41.25) in got and ("index_score", 42.9) in got


def test_an_index_score_held_by_a_district_or_a_department_takes_its_tier():
    got = facts("Theo DDCI năm 2022, Sở Tư pháp xếp vị trí thứ 2 (72,15 điểm); khối địa phương dẫn đầu là thị xã "
                "An Nhơn (70,42 điểm).")
    assert got[("index_score", 72.15)].level == "department"
    assert got[("index_score", 70.42)].level == "district"
    got = facts("Năm 2022, Chỉ số cải cách hành chính của huyện Tây Sơn đạt 88,1 điểm.")
    assert got[("index_score", 88.1)].level == "district"
    got = facts("Sở Nội vụ công bố Chỉ số cải cách hành chính năm 2022 của tỉnh đạt 88,1 điểm.")
    assert got[("index_score", 88.1)].level is None



def test_a_department_whose_name_ends_in_its_province_holds_its_score():
    got = facts("Kết quả DDCI năm 2018 của Quảng Ninh: dẫn đầu khối sở, ngành là Cục Hải quan Quảng Ninh với 77,81 "
                "điểm; Sở Tài chính Quảng Ninh đạt 70,2 điểm.", province="22")
    assert got[("index_score", 77.81)].level == "department"
    assert got[("index_score", 70.2)].level == "department"
    # a province named after a body's name and a comma holds its own score
    got = facts("Theo công bố chỉ số cải cách hành chính của Ban Chỉ đạo CCHC của Chính phủ, Tuyên Quang đạt "
                "86,57%, xếp thứ 34/63.", province="08")
    assert got[("index_score", 86.57)].level is None


def test_a_move_that_could_have_been_is_no_move():
    got = facts("Năm 2023, PCI của tỉnh xếp thứ 13, có thể tăng 10 bậc nếu giữ được điểm số; PAR INDEX tăng 4 bậc.")
    assert [v for m, v in got if m == "index_rank_change"] == [4]
    assert set(facts("Năm 2023, PCI của tỉnh đạt 68 điểm, có thể nói là tăng 2,5 điểm.")) == {("index_score", 68)}


def test_a_score_written_with_a_decimal_dot_is_read_on_the_index_scale():
    got = facts("Theo PAPI năm 2021, tỉnh đạt 42.394 điểm; chỉ số Công khai minh bạch đạt 5.053 điểm.")
    assert got[("index_score", 42.394)].index == "PAPI"
    assert got[("index_component_score", 5.053)].component == "Công khai minh bạch"
    # a round thousand is a scale's size, and a dotted count of dossiers stays a count
    assert not facts("Bộ chỉ số DTI năm 2021 có thang điểm 1.000 điểm.")
    assert ("dossiers_received", 42394) in facts("Năm 2021, tỉnh tiếp nhận 42.394 hồ sơ.")


def test_a_rank_move_after_a_components_score_in_its_clause_is_the_components():
    got = facts("Năm 2021, PAPI của tỉnh xếp thứ 28/63, giảm 22 bậc. Cụ thể: chỉ số Công khai minh bạch đạt 5,05 "
                "điểm, xếp thứ 35/63 tỉnh, giảm 11 bậc; chỉ số Quản trị điện tử đạt 2,86 điểm, tăng 10 bậc.")
    assert [v for m, v in got if m == "index_rank_change"] == [-22]
    assert [v for m, v in got if m == "index_component_score"] == [5.05, 2.86]


def test_the_highest_and_lowest_scores_of_a_table_are_no_places():
    got = facts("Chỉ số PAPI năm 2021: điểm trung bình cả nước là 42,269 điểm, điểm cao nhất là 48,059 điểm, điểm thấp "
                "nhất là 37,223 điểm.")
    assert set(got) == {("index_score", 42.269)} and got[("index_score", 42.269)].province is None
    got = facts("Chỉ số PAPI năm 2021: tỉnh Bình Định có điểm cao nhất là 48,059 điểm.")
    assert got[("index_score", 48.059)].province == "52"


def test_a_list_item_headed_by_a_parts_name_gives_that_parts_scores():
    text = ("PAPI 2020 của tỉnh đạt 42,96 điểm. Các chỉ số thành phần như sau:\n\n"
            "1. Chỉ số “công khai, minh bạch”: Năm 2019, tỉnh đạt 5,46 điểm; năm 2020, đạt 5,61 điểm, "
            "xếp thứ 20/63.\n\n"
            "2. Chỉ số PAPI: năm 2020, tỉnh đạt 43,1 điểm.")
    got = facts(text)
    assert got[("index_score", 42.96)] and got[("index_score", 43.1)]
    assert {v: f.component for (m, v), f in got.items() if m == "index_component_score"} == \
        {5.46: "công khai, minh bạch", 5.61: "công khai, minh bạch"}
    assert ("index_rank", 20) not in got        # the part's own rank


def test_an_order_cue_continues_from_the_last_rank_written_before_it():
    # the first place is read after the ranked figures, but written before them
    got = facts("Theo Chỉ số DTI năm 2024, Hà Nội dẫn đầu cả nước, thứ 2 là TP Huế, tiếp theo là TP Hải Phòng và "
                "Đà Nẵng.", province=None)
    assert {f.province: v for (m, v), f in got.items() if m == "index_rank"} == {"01": 1, "46": 2, "31": 3, "48": 4}


def test_a_places_score_compared_with_another_years_in_parentheses():
    got = facts("Theo PCI 2020, Quảng Ninh dẫn đầu với 75,09 điểm, cao hơn năm 2019 (73,4); các tỉnh sau đó đều tăng "
                "điểm, cụ thể: Đồng Tháp (72,81 so với 72,1) và Long An (70,37 so với 68,82).", province=None)
    want = {72.81: ("87", "2020"), 72.1: ("87", "2019"), 70.37: ("80", "2020"), 68.82: ("80", "2019"),
            73.4: ("22", "2019")}
    assert {v: (f.province, f.period_start[:4]) for (m, v), f in got.items() if v in want} == want
    # a dated window in parentheses after a period is no value of its own: the figure after keeps the period
    got = facts("Năm 2023 (15/12/2022 - 14/12/2023), chỉ số SIPAS của tỉnh đạt 85,1%.")
    assert years(got[("index_score", 85.1)]) == ("2022", "2023")


def test_bare_scores_joined_to_a_score_go_on_with_its_list():
    got = facts("Theo DDCI năm 2022, ba huyện đứng cuối là Yên Thế, Yên Dũng, Sơn Động với điểm số lần lượt là 52,08; "
                "48,01 và 40,32.")
    assert [v for m, v in got if m == "index_score"] == [52.08, 48.01, 40.32]
    assert got[("index_score", 48.01)].evidence == "48,01"
    # a figure with a unit of its own is no bare item of the list
    got = facts("Năm 2022, PCI của tỉnh đạt 65,5 điểm; 12,5% doanh nghiệp hài lòng.")
    assert ("index_score", 12.5) not in got


def test_papi_accountability_named_without_giai_trinh_is_a_part():
    got = facts("Năm 2021, PAPI của tỉnh đạt 42,39 điểm; Trách nhiệm với người dân đạt 4,41 điểm, xếp thứ 21/63.")
    assert got[("index_component_score", 4.41)].component == "Trách nhiệm với người dân"
    assert ("index_rank", 21) not in got
    assert ("index_score", 4.41) not in got


def test_a_rank_held_by_a_department_an_office_or_a_district_is_no_rank_of_the_province():
    got = facts("Chỉ số cải cách hành chính năm 2022 của tỉnh: Sở Thông tin và Truyền thông dẫn đầu với 95,73 điểm; "
                "thứ hai là Văn phòng UBND tỉnh 95,43 điểm; thứ ba là UBND huyện Lệ Thủy 88,58 điểm.")
    assert not [k for k in got if k[0] == "index_rank"]
    assert {v for m, v in got if m == "index_score"} == {95.73, 95.43, 88.58}
    got = facts("Theo PCI 2022, Quảng Ninh dẫn đầu, thứ hai là Bình Dương, thứ ba là TP Hải Phòng.", province=None)
    assert {f.province: v for (m, v), f in got.items() if m == "index_rank"} == {"22": 1, "74": 2, "31": 3}
    got = facts("Về Chỉ số CCHC năm 2019, Ban Dân tộc tỉnh xếp thứ 20 với 76,29% và huyện Lục Yên xếp thứ 9 với "
                "85,1%; Quảng Ninh xếp thứ 1 và Hải Phòng xếp thứ 2.", province="15")
    assert {v for m, v in got if m == "index_rank"} == {1, 2}


def test_places_at_the_bottom_and_a_bare_vi_tri_after_a_verb():
    got = facts("Năm 2023, PAR INDEX của tỉnh xếp thứ 32. Nhóm rất thấp ở khu vực này gồm các tỉnh: Bạc Liêu đứng "
                "hạng 59, Sóc Trăng áp chót với vị trí 62 và cuối bảng là An Giang với vị trí 63.", province=None)
    assert {f.province: v for (m, v), f in got.items() if m == "index_rank" and v > 50} == \
        {"95": 59, "94": 62, "89": 63}
    got = facts("Theo PCI 2024, Hải Phòng lần đầu tiên giành ngôi vị đầu bảng với 74,84 điểm; Hà Nam đạt vị trí 22.",
                province=None)
    assert {f.province: v for (m, v), f in got.items() if m == "index_rank"} == {"31": 1, "35": 22}
    # a place within a region stays the region's
    got = facts("Năm 2023, PAR INDEX của tỉnh đứng thứ 3 khu vực đồng bằng sông Cửu Long.")
    assert not [k for k in got if k[0] == "index_rank"]


def test_a_change_after_a_sentence_opening_so_voi_and_a_gap_of_nearly_so_much():
    got = facts("Năm 2023, PCI của tỉnh đạt 65,72 điểm. So với năm 2022, chỉ số PCI giảm 0,88 điểm, giảm 21 bậc.")
    assert got[("index_score_change", -0.88)] and got[("index_rank_change", -21)]
    assert not facts("Năm 2015, PCI của các tỉnh: khoảng cách giữa vị trí cao nhất và thấp nhất gần 20 điểm.")


def test_a_rank_of_the_economys_growth_is_no_index_rank():
    got = facts("Năm 2023, PAR INDEX của tỉnh xếp thứ 32. Năm 2023, kinh tế tỉnh tiếp tục tăng trưởng nhanh, đứng thứ "
                "16 cả nước.")
    assert [v for m, v in got if m == "index_rank"] == [32]


def test_any_name_after_chi_so_names_a_part_scored_on_its_own_scale():
    got = facts("Theo đó, Bộ chỉ số phục vụ người dân và doanh nghiệp năm 2024 của tỉnh đạt 80,1 điểm. Cụ thể, chỉ số "
                "Công khai, minh bạch đạt 13.2/18 điểm; chỉ số Số hóa hồ sơ 15.6/22 điểm.")
    assert {v: f.component for (m, v), f in got.items() if m == "index_component_score"} == \
        {13.2: "Công khai, minh bạch", 15.6: "Số hóa hồ sơ"}
    # an index's own name is no part of it (SIPAS on its 10 points is the PAR Index's part)
    got = facts("Năm 2023, chỉ số SIPAS đạt 8,5/10 điểm.")
    assert [f.index for (m, _), f in got.items() if m == "index_component_score"] == ["PAR"]


def test_ranks_in_a_list_of_the_indexs_parts_and_a_weekday_with_its_date_in_words():
    got = facts("Năm 2022, PCI của tỉnh đạt 64,89 điểm, xếp thứ 37/63. Trong đó, một số chỉ số có thứ hạng đáng kể, "
                "như: Chính sách hỗ trợ doanh nghiệp (xếp hạng 10), Cạnh tranh bình đẳng (xếp hạng 20). Năm 2022, "
                "tỉnh có một số chỉ số thành phần đạt cao, như: cải cách thủ tục hành chính xếp thứ 3; tác động của "
                "cải cách hành chính xếp thứ 8.")
    assert [v for m, v in got if m == "index_rank"] == [37]
    got = facts("Thứ 6, ngày 27 tháng 6 năm 2025\nTheo PCI 2022, tỉnh đạt 64,89 điểm, xếp thứ 37/63.")
    assert [v for m, v in got if m == "index_rank"] == [37]


def test_a_bare_decimal_in_parentheses_in_a_ranking_clause_is_the_score():
    got = facts("Năm 2019, Sở Nông nghiệp và Phát triển nông thôn xếp hạng nhất về Chỉ số cải cách hành chính "
                "(91,420); xếp hạng nhì là Sở Nội vụ (91,326).")
    assert {v for m, v in got if m == "index_score"} == {91.42, 91.326}
    got = facts("Năm 2019, chỉ số cải cách hành chính của tỉnh đạt 88,5 điểm (gồm 2 phần).")
    assert {v for m, v in got if m == "index_score"} == {88.5}


def test_a_place_compared_with_is_no_holder_and_a_change_right_after_its_score():
    got = facts("Năm 2019, Quảng Ninh giữ vững ngôi vị dẫn đầu với Chỉ số CCHC đạt 90,09%, cao hơn 5,45% so với đơn vị "
                "đứng ở vị trí thứ hai là thành phố Hà Nội.", province=None)
    assert got[("index_score", 90.09)].province == "22"
    got = facts("Năm 2019, Đồng Tháp duy trì vị trí thứ 3, với Chỉ số CCHC đạt 84,43%, tăng 0,72%.", province=None)
    assert years(got[("index_score_change", 0.72)]) == ("2018", "2019")
    # compared with a year, the province after it holds the score
    got = facts("Với 73,40 điểm trong PCI 2019, tăng 3,04 điểm so với năm 2018, Quảng Ninh giữ ngôi quán quân.",
                province=None)
    assert got[("index_score", 73.4)].province == "22"


def test_places_listed_before_their_holders_and_scores_in_parentheses_after_names():
    got = facts("Năm 2019, vị trí thứ 4 và thứ 5 trên bảng xếp hạng Chỉ số CCHC lần lượt thuộc về thành phố Hải Phòng "
                "(84,35%) và tỉnh Long An (84,33%).", province=None)
    assert {(m, v): f.province for (m, v), f in got.items()} == {
        ("index_rank", 4): "31", ("index_rank", 5): "80", ("index_score", 84.35): "31", ("index_score", 84.33): "80"}
    got = facts("Năm 2023, SIPAS của tỉnh đứng thứ hai trong khu vực Tây Nguyên, xếp sau tỉnh Gia Lai (83,84%), xếp "
                "trước các tỉnh: Đắk Lắk (81,49%).", province="62")
    assert got[("index_score", 83.84)].province == "64" and got[("index_score", 81.49)].province == "66"
    # a change in parentheses after the place that moved most stays a change
    got = facts("Năm 2024, PAR INDEX của các tỉnh tăng, tăng cao nhất là Bình Thuận (6,39%).", province=None)
    assert ("index_score", 6.39) not in got


def test_a_bulleted_list_item_with_a_long_label_gives_a_parts_score_and_keeps_its_rank():
    text = ("Năm 2023, Chỉ số SIPAS của tỉnh đạt 82,10%, xếp thứ 35/63.\nTrong đó Chỉ số hài lòng đối với từng lĩnh "
            "vực cụ thể:\n\n+ Mức độ hài lòng đối với việc chính quyền cung cấp thông tin, giải thích chính sách dễ "
            "tìm, dễ thấy: đạt 80 %, xếp thứ 40/63;\n\n- Điểm thẩm định: Đạt 54,2/61,5 điểm tối đa.")
    got = facts(text)
    assert got[("index_component_score", 80)].component.endswith("dễ tìm, dễ thấy")
    assert [v for m, v in got if m == "index_rank"] == [35]
    assert got[("index_component_score", 54.2)].component == "Điểm thẩm định"


def test_a_year_before_a_province_is_no_count_of_provinces_leading():
    got = facts("Chỉ số SIPAS năm 2019 tỉnh Quảng Ninh lần đầu tiên vươn lên vị trí dẫn đầu với 95,26%.", province=None)
    assert got[("index_rank", 1)].province == "22"
    got = facts("Năm 2019, 5 tỉnh dẫn đầu Chỉ số SIPAS đều đạt trên 90%.", province=None)
    assert ("index_rank", 1) not in got


def test_a_body_ranked_by_xep_hang_thu_nhat_is_no_province_rank():
    got = facts("Theo Chỉ số hài lòng năm 2019 của tỉnh, Sở TT&TT xếp hạng thứ nhất với 98,24%; Sở Nội vụ xếp thứ 2 "
                "với 96,62%. Riêng các cơ quan ngành dọc, Cục Thuế xếp thứ nhất với 95,16%.")
    assert not [k for k in got if k[0] == "index_rank"]


def test_a_breakthrough_of_places_is_a_move_and_a_target_passed_is_no_change():
    got = facts("Năm 2020, chỉ số PAPI của tỉnh bứt phá 12 bậc so với năm 2019, xếp hạng thứ 33/63. Năm 2021, Chỉ số "
                "PAR Index của tỉnh đạt 85 điểm, đồng thời vượt mục tiêu 3,87% so với Nghị quyết số 04.")
    assert ("index_rank_change", 12) in got
    assert not [k for k in got if k[0] == "index_score_change"]


def test_the_place_a_move_started_from_with_its_year():
    got = facts("PAR INDEX năm 2021 của tỉnh tăng 24 bậc. Từ vị trí 63 của năm 2020, PAR INDEX của tỉnh năm 2021 "
                "đứng ở vị trí thứ 39/63.")
    assert years(got[("index_rank", 63)]) == ("2020", "2020") and years(got[("index_rank", 39)]) == ("2021", "2021")


def test_the_best_and_worst_scores_with_their_holders_in_parentheses_after():
    got = facts("Năm 2023, Bộ chỉ số phục vụ người dân, doanh nghiệp của các sở: Điểm số cao nhất là 98,63 điểm "
                "(Sở Công thương) và điểm số thấp nhất là 90,96 điểm (UBND huyện Di Linh).")
    assert got[("index_score", 98.63)].level == "department" and got[("index_score", 90.96)].level == "district"
    got = facts("Năm 2023, Chỉ số PAPI: điểm trung bình là 42,27 điểm, điểm cao nhất là 48,06 điểm.")
    assert ("index_score", 48.06) not in got


def test_the_766_index_named_by_what_it_measures():
    got = facts("UBND tỉnh vừa có báo cáo kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện "
                "thủ tục hành chính quý II/2024. Điểm số cao nhất là 98,63 điểm (Sở Công thương).")
    assert got[("index_score", 98.63)].index == "766"


def test_xep_vi_tri_names_a_place():
    got = facts("Theo PCI 2022, Hà Tĩnh xếp thứ 18; Hà Nội xếp vị trí 20, TP Hồ Chí Minh xếp vị trí 27.", province=None)
    assert {f.province: v for (m, v), f in got.items() if m == "index_rank"} == {"42": 18, "01": 20, "79": 27}


def test_a_regions_place_and_average_are_no_facts():
    got = facts("Chỉ số cải cách hành chính năm 2023: giá trị trung bình cao nhất là vùng Đồng bằng sông Hồng với kết "
                "quả đạt 88,33%; xếp vị trí thứ 2 là vùng Đông Nam Bộ, đạt 87,79%. Xếp vị trí thứ 4 là Bắc Trung Bộ "
                "và Duyên hải miền Trung, đạt 86,82%, cao hơn 2,57% so với năm 2022.", province=None)
    assert not got
    got = facts("Năm 2023, PAR INDEX của Nghệ An xếp thứ 3 khu vực Bắc Trung Bộ và thứ 18 cả nước.", province=None)
    assert [v for m, v in got if m == "index_rank"] == [18]


def test_ke_den_la_continues_an_order():
    got = facts("Kết quả xếp hạng DTI năm 2020, Đà Nẵng dẫn đầu, kế đến là Thừa Thiên - Huế, Bắc Ninh.", province=None)
    assert {f.province: v for (m, v), f in got.items() if m == "index_rank"} == {"48": 1, "46": 2, "27": 3}


def test_tiep_do_la_continues_an_order():
    got = facts("Về Chỉ số SIPAS năm 2023, Hà Nội tiếp tục dẫn đầu với 89,02%. Tiếp đó là Huế, Đà Nẵng, Bắc Ninh.",
                province=None)
    assert {f.province: v for (m, v), f in got.items() if m == "index_rank"} == {"01": 1, "46": 2, "48": 3, "27": 4}


def test_localities_listed_in_order_at_the_top_take_the_first_places():
    got = facts("Ở bảng xếp hạng PAR INDEX 2021, 3 tỉnh lần lượt dẫn đầu bảng là: Hải Phòng, Quảng Ninh và Bắc Giang.",
                province=None)
    assert {f.province: v for (m, v), f in got.items() if m == "index_rank"} == {"31": 1, "22": 2, "24": 3}


def test_a_place_tai_khu_vuc_is_a_regions():
    got = facts("Nghệ An xếp thứ nhất tại khu vực Bắc Trung bộ về Chỉ số PAPI năm 2022.", province="40")
    assert not got


def test_a_span_of_places_over_the_years_is_no_rank():
    got = facts("Nhiều năm liền, PAPI của tỉnh chỉ dao động ở vị trí thứ 15 đến 22/63 tỉnh, thành phố.")
    assert not [k for k in got if k[0] == "index_rank"]


def test_a_change_given_after_the_year_it_is_compared_with():
    got = facts("Theo kết quả PCI năm 2023, tỉnh đạt 65,10 điểm, cao hơn năm trước 0,95 điểm.")
    assert ("index_score", 65.1) in got and ("index_score_change", 0.95) in got
    assert ("index_score", 0.95) not in got


def test_a_part_named_with_a_colon_in_parentheses_and_its_own_rank():
    got = facts("Trong 8 nội dung của PAPI năm 2023, tỉnh có 1/8 chỉ số đạt điểm cao nhất (Kiểm soát tham nhũng "
                "trong khu vực công: 6,8512 điểm, xếp hạng 12/61).")
    assert got[("index_component_score", 6.8512)].component
    assert ("index_score", 6.8512) not in got and not [k for k in got if k[0] == "index_rank"]


def test_a_numbered_list_of_parts_under_a_caption():
    got = facts("Chỉ số PAPI năm 2022 của tỉnh đạt 42,50 điểm.\nKết quả điểm ở 8 chỉ số nội dung như sau:\n"
                "1. Tham gia của người dân cấp cơ sở đạt 5,10 điểm (tỉnh đạt cao nhất 6,02 điểm thuộc về Hà Tĩnh); năm "
                "2021 đạt 4,87 điểm.\n2. Cung ứng dịch vụ: 7,05 điểm (tỉnh đạt cao nhất 7,90 điểm thuộc về Đà Nẵng).")
    parts = {v: f for (m, v), f in got.items() if m == "index_component_score"}
    assert set(parts) == {5.1, 6.02, 4.87, 7.05, 7.9}
    assert {parts[v].component for v in (5.1, 6.02, 4.87)} == {"Tham gia của người dân cấp cơ sở"}
    assert parts[6.02].province == "42" and parts[5.1].province == "40" and parts[7.9].province == "48"
    assert ("index_score", 42.5) in got and ("index_score", 5.1) not in got


def test_the_766_index_named_by_the_quality_of_service_and_a_totals_parts():
    got = facts("Tỉnh xếp thứ 9/34 tỉnh, thành phố về chất lượng phục vụ giải quyết thủ tục hành chính công. Tính "
                "đến ngày 30/9/2025, tỉnh đạt tổng điểm 80,12, trong đó: chỉ số công khai, minh bạch là 16,20 điểm, "
                "tiến độ giải quyết đạt 18,40 điểm và số hóa hồ sơ đạt 12,30 điểm.")
    assert got[("index_rank", 9)].index == "766" and got[("index_score", 80.12)].index == "766"
    assert {f.component for (m, v), f in got.items() if m == "index_component_score"} == \
        {"công khai, minh bạch", "tiến độ giải quyết", "số hóa hồ sơ"}


def test_a_gap_to_the_mean_written_after_the_figure_is_no_change():
    got = facts("Năm 2022, Chỉ số CCHC của tỉnh đạt 86,10%, cao hơn 1,2% chỉ số trung bình chung của các tỉnh.")
    assert ("index_score", 86.1) in got and not [k for k in got if k[0].endswith("_change")]


def test_parts_ranked_after_trong_do_and_in_parentheses_are_no_province_ranks():
    got = facts("Năm 2022, Chỉ số CCHC của tỉnh xếp hạng 30/63. Các lĩnh vực có chuyển biến, 2/7 lĩnh vực có chỉ "
                "số tăng, trong đó cải cách tài chính công xếp hạng 8/63 tỉnh, thành phố; cải cách thể chế từ vị trí "
                "thứ 50 năm 2021 vươn lên 12/63 tỉnh, thành năm 2022.")
    assert [v for m, v in got if m == "index_rank"] == [30]
    got = facts("Theo PAPI 2023, nhóm trung bình cao gồm: (1) Chỉ số quản trị môi trường (17/63), (2) Chỉ số trách "
                "nhiệm giải trình với người dân (hạng 32/63).")
    assert not got
    got = facts("Năm 2023, PAPI của tỉnh có Chỉ số kiểm soát trong khu vực công tăng 0,48 điểm và tăng 25 bậc.")
    assert ("index_rank_change", 25) not in got


def test_a_parts_list_in_parentheses_after_a_closed_item():
    got = facts("Năm 2022, một số lĩnh vực của Chỉ số CCHC chưa đạt yêu cầu như: Cải cách thủ tục hành chính (xếp "
                "50/63, giảm 5,10%), xây dựng chính quyền điện tử, chính quyền số (chỉ số đạt 75,2%, giảm 10.5%).")
    assert got[("index_component_score", 75.2)].component == "xây dựng chính quyền điện tử, chính quyền số"
    assert ("index_score", 75.2) not in got


def test_the_dti_named_by_its_ranking_and_a_move_after_a_part_named_before_the_index():
    got = facts("Theo kết quả xếp hạng chuyển đổi số cấp bộ, cấp tỉnh năm 2021, tỉnh xếp thứ 18 trong tổng số 63 "
                "tỉnh, thành phố cả nước.")
    assert got[("index_rank", 18)].index == "DTI"
    got = facts("Tỉnh đạt điểm cao nhất về chỉ số thành phần „Tác động của cải cách hành chính đến các chỉ tiêu kinh "
                "tế - xã hội”, góp phần vào chỉ số PCI năm 2021 tăng 4 bậc so với năm 2020.")
    assert got[("index_rank_change", 4)].kind == "actual"


def test_a_score_after_a_regional_place_is_the_provinces():
    got = facts("Theo PCI 2021, tỉnh đứng thứ 20/63 tỉnh, thành phố và đứng thứ 4/11 tỉnh khu vực đồng bằng sông Hồng "
                "với 65,10 điểm.")
    assert ("index_score", 65.1) in got and [v for m, v in got if m == "index_rank"] == [20]


def test_the_best_and_worst_scores_after_a_name_and_a_dash():
    got = facts("Theo Chỉ số PAPI năm 2019, tỉnh đạt điểm tổng hợp 42,8 (tỉnh đạt điểm cao nhất là Bến Tre - 46,74; "
                "thấp nhất là Bình Định – 40,84).")
    assert ("index_score", 42.8) in got
    assert got[("index_score", 46.74)].province == "83" and got[("index_score", 40.84)].province == "52"


def test_a_place_in_the_dti_named_after_it():
    got = facts("Tỉnh được đánh giá xếp thứ 12/63 tỉnh, thành phố trong cả nước về chuyển đổi số năm 2022 (tăng 3 "
                "bậc so với năm 2021).")
    assert got[("index_rank", 12)].index == "DTI" and ("index_rank_change", 3) in got


def test_the_766_index_scored_on_the_national_portal_and_its_parts_after_cu_the():
    got = facts("Theo số liệu được trích xuất trên Cổng DVC quốc gia, tính đến ngày 20/4, tỉnh đạt 80.5 điểm, tăng 1.2 "
                "điểm; giữ vị trí 20/63 tỉnh, thành. Các chỉ số thành phần khác duy trì ổn định, cụ thể: Công khai, "
                "minh bạch đạt 14.2/18 điểm; Tiến độ giải quyết 18.9/20 điểm.")
    assert got[("index_score", 80.5)].index == "766" and got[("index_rank", 20)].index == "766"
    assert got[("index_component_score", 14.2)].component == "Công khai, minh bạch"
    assert got[("index_component_score", 18.9)].component == "Tiến độ giải quyết"


def test_what_an_index_rose_to_and_a_score_change_after_an_improved_rank():
    got = facts("Năm 2023, Chỉ số CCHC của tỉnh đạt 85,20 điểm. Sang năm 2024, chỉ số này tăng lên 87,90/100 điểm.")
    assert ("index_score", 87.9) in got and ("index_score_change", 87.9) not in got
    got = facts("Theo PCI 2022, tỉnh xếp thứ 20, cải thiện 15 bậc và 4,12 điểm so với PCI 2021.")
    assert ("index_score_change", 4.12) in got and ("index_score", 4.12) not in got


def test_a_provinces_ranking_of_its_districts_by_the_766_index():
    got = facts("Tỉnh Nghệ An xếp thứ 14/63 tỉnh, thành phố theo Bộ chỉ số phục vụ người dân và doanh nghiệp. Xếp hạng "
                "thứ 2 là UBND huyện Anh Sơn đạt 89,12 điểm (tháng 9 xếp hạng thứ 6). Trong tháng 10, có 2 đơn vị bị "
                "giảm 4 bậc xếp hạng so với tháng 9, lần lượt xếp hạng thứ 7 và thứ 9 là UBND huyện Con Cuông "
                "(86,07 điểm) và UBND huyện Tân Kỳ (85,11 điểm).")
    assert got[("index_rank", 14)].rank_of == 63
    assert not [k for k in got if k[0] == "index_rank" and k[1] in (2, 6, 7, 9)]
    assert not [k for k in got if k[0] == "index_rank_change"]


def test_a_move_of_the_province_is_still_read():
    got = facts("Theo Bộ chỉ số phục vụ người dân và doanh nghiệp, tháng 10 tỉnh Nghệ An xếp thứ 14/63, tăng 4 bậc "
                "so với tháng 9.")
    assert ("index_rank_change", 4) in got


def test_a_score_opening_its_clause_is_held_by_the_name_after_it():
    got = facts("Theo Bảng xếp hạng chỉ số PCI năm 2024 của các địa phương trên cả nước, với 73,95 điểm tỉnh Quảng "
                "Ninh vươn lên dẫn đầu. Phú Thọ (hạng 24/63 với 66,30 điểm), Sơn La (hạng 49/63 với 63,22 điểm).",
                province="01")
    assert got[("index_score", 73.95)].province == "22"
    assert got[("index_score", 66.3)].province == "25" and got[("index_score", 63.22)].province == "14"


def test_gaps_between_places_are_no_scores():
    got = facts("Năm nay, điểm PCI tại tỉnh trung vị của cả nước đạt 59,10 điểm. Khoảng cách giữa nhóm đầu bảng và "
                "nhóm cuối đã thu hẹp đáng kể, hiện chỉ còn 16 điểm, thấp hơn mức 18 điểm năm 2015. Điểm số của đơn "
                "vị dẫn đầu ở mức 71,40 điểm, cao hơn tới 46,18 điểm so với đơn vị đứng cuối.")
    assert ("index_score", 59.1) in got and ("index_score", 71.4) in got
    assert not [k for k in got if k[1] in (16, 18, 46.18)]


def test_a_table_of_the_766_index_by_group_written_as_text():
    text = ("Kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 3/2024\n\n"
            "Tổng hợp các nhóm chỉ số của tỉnh đạt 75,12 điểm, trong đó:\n\n"
            "TT Nhóm chỉ số Điểm tối đa Điểm trung bình chung cả nước Điểm đạt được Ghi chú (điểm so với cùng kỳ: "
            "tăng +; giảm -)\n"
            "1 Công khai, minh bạch 18 11,4 12,3 -0,8\n"
            "2 Số hóa hồ sơ 22 14,1 15,6 +1,9\n"
            "Tổng cộng 100 72,4 75,1 +3,2\n\n"
            "2 đơn vị có 15 hồ sơ quá hạn.")
    got = facts(text, province="54")
    part = got[("index_component_score", 12.3)]
    assert part.index == "766" and part.component == "Công khai, minh bạch" and part.province == "54"
    assert got[("index_component_score", 11.4)].province is None           # the country's mean
    assert got[("index_score_change", -0.8)].component == "Công khai, minh bạch"
    assert got[("index_score_change", 1.9)].component == "Số hóa hồ sơ"
    assert got[("index_score", 75.1)].component is None and got[("index_score", 72.4)].province is None
    assert ("index_score_change", 3.2) in got
    assert not [k for k in got if k[1] in (18, 22, 100)]                    # the scale's maxima


def test_rows_without_a_table_header_are_read_as_sentences():
    got = facts("Theo Bộ chỉ số phục vụ người dân và doanh nghiệp, tỉnh đạt 75,12 điểm.\n\n"
                "1 Công khai, minh bạch 18 11,4 12,3 -0,8")
    assert ("index_score", 75.12) in got
    assert not [k for k in got if k[0] == "index_score_change"]


def test_the_ranking_table_a_rank_is_in_names_its_index():
    got = facts("Kết quả, năm 2022, Quảng Ninh xếp thứ 3 trong bảng Chỉ số cải cách hành chính (PAR INDEX) và lần "
                "thứ 2 liên tiếp xếp thứ 1 trong bảng Chỉ số hài lòng của người dân.", province="22")
    assert got[("index_rank", 3)].index == "PAR"
    assert got[("index_rank", 1)].index == "SIPAS"


def test_scores_written_with_decimal_dots_and_the_unnamed_best_places_change():
    got = facts("Theo đó, Chỉ số PAPI năm 2022 được khảo sát tại 63 tỉnh, thành phố; điểm trung bình cả nước là "
                "42.1966 điểm (giảm 0.0412 điểm so với năm 2021), điểm cao nhất là 47.91 điểm (giảm 0.185 điểm so với "
                "năm 2021). Đối với tỉnh Ninh Thuận, Chỉ số PAPI năm 2022 đạt 45.8817 điểm (tăng 2.0911 điểm).",
                province="58")
    assert got[("index_score", 42.1966)].province is None
    assert ("index_score_change", -0.0412) in got
    assert got[("index_score", 45.8817)].province == "58" and ("index_score_change", 2.0911) in got
    assert not [k for k in got if abs(k[1]) in (47.91, 0.185)]


def test_top_places_in_order_after_theo_thu_tu_and_names_before_lan_luot_la():
    got = facts("PCI được tính dựa trên 10 chỉ số thành phần. 5 tỉnh, thành có PCI dẫn đầu bảng xếp hạng theo thứ tự "
                "là: Quảng Ninh, Đồng Tháp, Long An, Bình Dương và Đà Nẵng.", province="22")
    assert {(f.value, f.province) for f in got.values() if f.metric == "index_rank"} >= \
        {(1, "22"), (2, "87"), (3, "80"), (4, "74"), (5, "48")}
    text = ("Quảng Ninh, Bắc Giang, Hải Phòng và Đồng Tháp lần lượt là các địa phương có chất lượng điều hành kinh tế "
            "được đánh giá cao nhất trong Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2022.")
    ranks = {(f.value, f.province, f.index) for f in extract_facts(text, article_id="t", published=PUB, province="22")
             if f.metric == "index_rank"}
    assert ranks == {(1, "22", "PCI"), (2, "24", "PCI"), (3, "31", "PCI"), (4, "87", "PCI")}


def test_a_ministries_ranking_goes_on_in_the_next_sentence_and_a_regional_frame():
    got = facts("Theo Bộ chỉ số phục vụ người dân và doanh nghiệp năm 2024, tỉnh Cà Mau dẫn đầu cả nước với 88,12 "
                "điểm. Còn đối với đánh giá các bộ, ngành, Bộ Công thương đứng đầu với 83,15 điểm. Vị trí thứ ba là "
                "Bảo hiểm xã hội Việt Nam với 80,31 điểm. Nếu tính theo khu vực miền núi phía Bắc thì tỉnh Lạng Sơn "
                "đã vươn lên xếp thứ 2, còn cả nước tỉnh xếp hạng 16/63.", province="96")
    assert ("index_score", 88.12) in got and ("index_rank", 16) in got
    assert not [k for k in got if k[1] in (83.15, 80.31, 3, 2)]


def test_a_class_threshold_is_no_score():
    got = facts("Năm 2023, Chỉ số cải cách hành chính của tỉnh đạt 89,15 điểm, xếp thứ 12/63. Theo quy định, cơ quan "
                "đạt 90 điểm trở lên được phân loại xuất sắc; từ 80 điểm đến dưới 90 điểm được phân loại tốt.")
    assert ("index_score", 89.15) in got
    assert ("index_score", 90) not in got and ("index_component_score", 90) not in got


def test_a_part_abbreviated_cstp_its_national_mean_in_parentheses_and_its_change():
    got = facts("Năm 2023, PCI của tỉnh đạt 64,12 điểm. Trong đó, điểm số CSTP Tính minh bạch của tỉnh đạt 6,21 điểm "
                "(điểm số trung bình của cả nước 6,48 điểm), giảm 0,31 điểm so với điểm số năm 2022.")
    assert got[("index_component_score", 6.21)].component == "Tính minh bạch"
    mean = got[("index_component_score", 6.48)]
    assert mean.component == "Tính minh bạch" and mean.province is None
    change = got[("index_score_change", -0.31)]
    assert change.component == "Tính minh bạch" and change.province == "40"


def test_the_numbered_indicators_under_a_part_are_no_figures():
    got = facts("Năm 2023, PCI của tỉnh đạt 64,12 điểm. Trong 12 chỉ tiêu cấu thành CSTP Tiếp cận đất đai của tỉnh, "
                "so với năm 2022, có:\n- 05 chỉ tiêu tăng điểm: (1) Tỷ lệ doanh nghiệp gặp khó khăn về mặt bằng (từ "
                "18% giảm còn 12%); (2) Thời hạn giải quyết hồ sơ đất đai dài hơn so với thời hạn được niêm yết hoặc "
                "văn bản quy định (từ 100% giảm còn 62%); (3) Rủi ro bị thu hồi đất (từ 1,72 giảm còn 1,60).")
    assert set(got) == {("index_score", 64.12)}


def test_an_enumerator_in_parentheses_is_no_figure():
    got = facts("Kết quả PCI năm 2023 của tỉnh giảm so với năm 2022, cụ thể: (1) Chi phí thời gian giảm 0,52 điểm; (2) "
                "Tính minh bạch giảm 0,2 điểm.")
    assert {value for _, value in got} == {-0.52, -0.2}


def test_a_place_among_a_regions_provinces_is_no_national_rank():
    got = facts("Năm 2023, PCI của tỉnh đạt 63,76 điểm, xếp thứ 5 trong 6 tỉnh Bắc Trung Bộ. Năm 2022, PAPI của tỉnh "
                "xếp thứ 3 trong các tỉnh Bắc Trung Bộ.")
    assert set(got) == {("index_score", 63.76)}
    got = facts("Năm 2023, PCI của tỉnh xếp thứ 12 trong 63 tỉnh, thành phố.")
    assert ("index_rank", 12) in got


def test_names_after_a_figure_in_a_remark_or_the_next_item_hold_nothing():
    got = facts("Năm 2022, Hà Tĩnh xếp thứ 8/61 tỉnh, thành phố (có 2 tỉnh Bắc Ninh, Bắc Giang không đưa vào đánh "
                "giá). Quảng Ninh là địa phương dẫn đầu với 47,88 điểm và Cao Bằng là địa phương xếp cuối với 38,80 "
                "điểm. Điểm PAPI thấp nhất là 38,80 (Cao Bằng).", province="42")
    assert got[("index_rank", 8)].province == "42"
    assert got[("index_score", 47.88)].province == "22"
    assert got[("index_score", 38.8)].province == "04"


def test_a_score_it_fell_to_is_the_new_value():
    got = facts("Năm 2023, chỉ số SIPAS của tỉnh giảm còn 82,50%, thấp hơn năm 2022.")
    assert ("index_score", 82.5) in got and ("index_score_change", -82.5) not in got


def test_a_provinces_ranking_of_its_own_districts():
    got = facts("UBND tỉnh vừa công bố Chỉ số cải cách hành chính năm 2023 của UBND các huyện, thị xã, thành phố trong "
                "tỉnh. Theo đó, UBND TP. Pleiku tiếp tục là đơn vị dẫn đầu toàn tỉnh với 94,21 điểm; huyện Chư Sê đạt "
                "91,05 điểm, xếp thứ 2; huyện Đak Pơ đạt 72,4 điểm, xếp thứ 17.")
    assert {(m, v) for m, v in got} == {("index_score", 94.21), ("index_score", 91.05), ("index_score", 72.4)}
    assert {f.level for f in got.values()} == {"district"}


def test_a_districts_place_after_its_score_is_no_provinces_rank():
    got = facts("Năm 2023, huyện Chư Sê đạt 91,05 điểm, xếp thứ 2; huyện Đak Pơ đạt 72,4 điểm, xếp thứ 17.")
    assert not [k for k in got if k[0] == "index_rank"]


def test_a_ranking_tables_rows_under_its_heading():
    filler = "\n".join(f"Dòng {n} của trang được viết dài hơn năm mươi ký tự, để thử một bảng." for n in range(5))
    text = ("BÁO CÁO XẾP HẠNG mức độ chuyển đổi số năm 2023\n\nXẾP HẠNG\nDTI\nCÁC TỈNH, THÀNH PHỐ\n"
            "CHÍNH QUYỀN SỐ\n1 TP. Đà Nẵng\n2 Quảng Ninh\n3 Thừa Thiên - Huế\n\n" + filler)
    got = facts(text, province=None)
    assert got[("index_rank", 1)].province == "48" and got[("index_rank", 1)].index == "DTI"
    assert got[("index_rank", 3)].province == "46"
    assert len(got) == 3


def test_a_table_of_a_provinces_own_bodies_gives_each_bodys_share_at_its_tier():
    text = ("UBND tỉnh công bố Chỉ số cải cách hành chính năm 2023 đối với các sở, ban, ngành và UBND các huyện. Cụ "
            "thể như sau:\nSTT TÊN CƠ QUAN Điểm tối đa Điểm thẩm định Tỷ lệ đạt Xếp loại\nI Các sở, ban, ngành tỉnh\n"
            "1 Thanh tra tỉnh 71.5 68.10 95.24% Tốt\n2 Sở Lao động - Thương binh và Xã hội 100 86.20 86.20% Khá\n"
            "II UBND các huyện, thị xã, thành phố\n1 UBND huyện Gò Dầu 100 87.60 87.60% Khá")
    got = facts(text)
    assert {(m, v) for m, v in got} == {("index_score", 95.24), ("index_score", 86.2), ("index_score", 87.6)}
    assert got[("index_score", 95.24)].level == "department"
    assert got[("index_score", 86.2)].level == "department"
    assert got[("index_score", 87.6)].level == "district"
    assert all(f.unit == "percent" for f in got.values())


def test_a_part_named_with_the_authorities_accountability():
    got = facts("Năm 2023, PAPI của tỉnh đạt 43,5 điểm. Trách nhiệm giải trình của chính quyền với người dân (5,15 "
                "điểm) tăng 0,17 điểm.")
    assert got[("index_component_score", 5.15)].component


def test_names_before_a_ranking_they_head_in_order():
    got = facts("Báo cáo PCI 2023 cho thấy, Quảng Ninh, Bắc Giang, Hải Phòng lần lượt là các địa phương có chất lượng "
                "điều hành kinh tế được đánh giá cao trong bảng xếp hạng.", province=None)
    assert got[("index_rank", 1)].province == "22" and got[("index_rank", 3)].province == "31"


def test_names_followed_by_their_ordinal_after_a_first_place():
    got = facts("Theo PAR Index 2023, Đà Nẵng xếp hạng thứ nhất, Thừa Thiên Huế thứ hai và Bắc Ninh thứ ba.",
                province=None)
    assert got[("index_rank", 2)].province == "46" and got[("index_rank", 3)].province == "27"
    got = facts("Năm 2023, PAR Index của tỉnh đạt 85,2%. Trung tâm làm việc vào thứ hai và thứ tư hằng tuần.")
    assert not [k for k in got if k[0] == "index_rank"]


def test_parts_listed_after_nhu_with_bare_scores_in_parentheses():
    got = facts("Năm 2021, PCI của tỉnh đạt 68,1 điểm, trong đó các chỉ số thành phần được tính điểm cao như Chi phí "
                "thời gian (8,14); Tính năng động của chính quyền tỉnh (7,62); Chi phí không chính thức (7,42).")
    assert got[("index_component_score", 8.14)].component == "Chi phí thời gian"
    assert got[("index_component_score", 7.42)].component == "Chi phí không chính thức"
    got = facts("Năm 2022, PCI của tỉnh đạt 64,2 điểm. Tỉnh có một số chỉ số giảm điểm như Chi phí không chính thức "
                "7,49 điểm (giảm 0,42 điểm), Thiết chế pháp lý 7,87 điểm (giảm 0,16 điểm).")
    assert got[("index_score_change", -0.16)].component == "Thiết chế pháp lý"


def test_a_band_of_scores_written_with_a_dash_is_no_score():
    got = facts("Kết quả PAPI 2023 của tỉnh đạt 44,1 điểm, trên thang điểm từ 10 – 80 điểm. Nhóm đạt điểm Cao "
                "(7,8579 - 8,3148 điểm) gồm 16 tỉnh.")
    assert set(got) == {("index_score", 44.1)}


def test_a_first_place_among_districts_is_no_provinces():
    got = facts("Kết quả Chỉ số cải cách hành chính năm 2023 của UBND các huyện, thành phố, trong đó UBND thành phố "
                "Tuyên Quang dẫn đầu.")
    assert ("index_rank", 1) not in got
    got = facts("Năm 2024, tỉnh đạt 88,1 điểm Chỉ số 766. Trong khi đó, ở cấp huyện, Nam Giang tiếp tục dẫn đầu.")
    assert ("index_rank", 1) not in got


def test_a_sentence_opening_on_a_region_ranks_within_it():
    got = facts("Theo PCI 2022, tỉnh đạt 66,1 điểm. Trong khu vực Bắc Trung Bộ, Hà Tĩnh tiếp tục xếp thứ 2; Nghệ An "
                "xếp thứ 3 với 66,6 điểm (xếp thứ 23/63 tỉnh/thành).", province=None)
    assert ("index_rank", 2) not in got and ("index_rank", 3) not in got
    assert got[("index_rank", 23)].province == "40"


def test_the_par_indexs_fields_are_its_parts():
    got = facts("Năm 2023, Chỉ số cải cách hành chính của tỉnh đạt 85,1%.\n- Chỉ số Công tác chỉ đạo điều hành Cải "
                "cách hành chính đạt 8,94 điểm, xếp thứ 30/63 tỉnh, thành phố;")
    assert got[("index_component_score", 8.94)].component.startswith("Công tác chỉ đạo điều hành")
    assert ("index_score", 8.94) not in got and ("index_rank", 30) not in got


def test_a_provinces_change_opening_a_parenthesis_after_its_name():
    got = facts("Theo PAR Index 2015, có 3 tỉnh có kết quả tăng cao trên 10 điểm, gồm Gia Lai (tăng 10,32 điểm); "
                "Vĩnh Long (tăng 12,10 điểm) và Bắc Kạn (tăng 14,38 điểm).", province=None)
    assert got[("index_score_change", 10.32)].province == "64"
    assert got[("index_score_change", 14.38)].province == "06"


def test_a_first_place_as_the_first_position_and_the_places_after_it():
    got = facts("Theo PAR Index 2015, Đà Nẵng xếp vị trí đầu tiên với chỉ số 93,31. Sau đó là Hải Phòng, Đồng Nai.",
                province=None)
    assert got[("index_rank", 1)].province == "48"
    assert got[("index_rank", 2)].province == "31" and got[("index_rank", 3)].province == "75"


def test_a_pair_of_places_written_with_bac():
    got = facts("So với kết quả chỉ số PCI năm 2020, năm 2021 tỉnh Kon Tum giảm 5 bậc, từ bậc 56 xuống 61.",
                province="62")
    assert got[("index_rank", 56)].period_start == "2020-01-01"
    assert got[("index_rank", 61)].period_start == "2021-01-01"
    got = facts("Năm 2022, PAPI của tỉnh đạt 44,3 điểm; chỉ số quản trị điện tử tăng 0,34 điểm, 14 bậc, từ bậc 30 lên "
                "16.")
    assert not [k for k in got if k[0] == "index_rank"]


def test_a_year_in_parentheses_after_a_score_dates_its_item_not_the_next():
    got = facts("Chỉ số PCI của tỉnh tăng từ vị trí thứ 15 với 60,65 điểm (năm 2016) lên vị trí thứ 4 với 66,70 "
                "điểm (năm 2017).", province="80")
    assert got[("index_rank", 15)].period_start == got[("index_score", 60.65)].period_start == "2016-01-01"
    assert got[("index_rank", 4)].period_start == got[("index_score", 66.7)].period_start == "2017-01-01"
    # a parenthesis holding a value of its own dates nothing before it
    got = facts("Chỉ số PCI 2024 của tỉnh đứng vị trí thứ 29 với 67,89 điểm (năm 2023 đứng thứ 27).", province="79")
    assert got[("index_rank", 29)].period_start == "2024-01-01"


def test_a_first_place_within_the_province_or_a_block_of_its_bodies_is_no_rank_of_the_province():
    got = facts("TP. Tân An dẫn đầu tỉnh Long An về Chỉ số cải cách hành chính năm 2023.", province="80")
    assert not [k for k in got if k[0] == "index_rank"]
    got = facts("Theo bảng xếp hạng Chỉ số CCHC năm 2023, Sở Tư pháp có điểm cao nhất 95,14%, đứng đầu bảng xếp hạng "
                "khối các sở, ban, ngành tỉnh.", province="80")
    assert not [k for k in got if k[0] == "index_rank"]
    got = facts("Theo PCI 2023, tỉnh Long An dẫn đầu cả nước với 70,1 điểm.", province="80")
    assert got[("index_rank", 1)].province == "80"


def test_a_first_place_held_by_a_city_of_the_province_is_no_rank_of_the_province():
    got = facts("Thành phố Tân An tiếp tục dẫn đầu về Chỉ số cải cách hành chính năm 2023.", province="80")
    assert not [k for k in got if k[0] == "index_rank"]
    got = facts("TP. Tân An tiếp tục dẫn đầu về Chỉ số cải cách hành chính\nNăm 2023, tỉnh công bố Chỉ số CCHC.",
                province="80")
    assert not [k for k in got if k[0] == "index_rank"]
    got = facts("TP. Hồ Chí Minh tiếp tục dẫn đầu về Chỉ số cải cách hành chính năm 2023.", province="80")
    assert got[("index_rank", 1)].province == "79"


def test_a_body_ranked_after_a_year_or_under_the_district_tier_is_no_rank_of_the_province():
    got = facts("Về Chỉ số SIPAS đối với UBND cấp huyện, năm 2023 UBND huyện Cần Giuộc xếp vị trí thứ nhất với "
                "87,76% hài lòng.", province="80")
    assert not [k for k in got if k[0] == "index_rank"]
    got = facts("Năm 2023, Long An xếp vị trí thứ nhất cả nước về Chỉ số SIPAS.", province="80")
    assert got[("index_rank", 1)].province == "80"


def test_a_rank_after_a_parts_change_is_the_parts():
    got = facts("Năm 2022, DTI của tỉnh đạt 0,5934, xếp thứ 27/63. Trong đó: Chính quyền số đạt 0,6787, tăng 93,03% "
                "so với năm 2021, xếp thứ 24/63 tỉnh, thành phố.", province="58")
    assert got[("index_component_score", 0.6787)].component == "Chính quyền số"
    assert ("index_rank", 27) in got
    assert ("index_rank", 24) not in got


def test_items_of_a_list_that_name_indices_of_their_own_are_those_indices():
    got = facts("Một số chỉ số phản ánh môi trường đầu tư của tỉnh có sự cải thiện, như: Chỉ số năng lực cạnh tranh "
                "cấp tỉnh xếp thứ 23/63 tỉnh, thành, tăng 7 bậc so với năm 2021; Chỉ số cải cách hành chính xếp thứ "
                "16; Chỉ số quản trị hành chính công xếp thứ 17.")
    assert {f.index: v for (m, v), f in got.items() if m == "index_rank"} == {"PCI": 23, "PAR": 16, "PAPI": 17}
    got = facts("Năm 2023, PCI của tỉnh tăng điểm ở một số chỉ số thành phần, như: Chi phí thời gian xếp thứ 10; "
                "Tính minh bạch xếp thứ 12.")
    assert not [k for k in got if k[0] == "index_rank"]


def test_an_article_about_one_part_of_an_index_gives_that_parts_scores_until_it_turns_to_other_matters():
    got = facts("Quản trị điện tử là 1 trong 8 trục nội dung của Chỉ số PAPI, được đưa vào đánh giá từ năm 2018.\n"
                "Các tiêu chí cấu thành giúp cung cấp thông tin về cổng thông tin điện tử.\n"
                "Kết quả đánh giá 3 năm liên tiếp, tỉnh đều thuộc nhóm đạt điểm số cao. Cụ thể, năm 2018, tỉnh đạt "
                "3,76 điểm, xếp thứ 4/63 tỉnh, thành; năm 2020 đạt 3,46 điểm, xếp thứ 2/63 tỉnh thành.\n"
                "Kết quả này là do tỉnh đã đầu tư hạ tầng viễn thông.\n"
                "Đến nay, mạng di động có hơn 1.600 điểm thu phát sóng, tăng 50% so với năm 2015.")
    assert {(m, v): f.component for (m, v), f in got.items()} == \
        {("index_component_score", 3.76): "Quản trị điện tử", ("index_component_score", 3.46): "Quản trị điện tử"}


def test_a_parts_change_moves_and_ranks_written_after_its_name_are_the_parts():
    got = facts("Năm 2022, chỉ số PCI của tỉnh đạt 72,8 điểm. Trong đó chỉ số tăng cao là tính năng động và tiên phong "
                "của chính quyền tỉnh tăng 59 bậc đứng thứ 3. Thiết chế pháp lý và an ninh trật tự tăng 39 bậc đứng "
                "thứ 1. Chi phí không chính thức tăng 0,28 điểm xếp hạng 5/63 tỉnh, TP tăng 8 bậc.")
    assert {k for k in got if k[0] != "index_score"} == {("index_score_change", 0.28)}
    assert got[("index_score_change", 0.28)].component == "Chi phí không chính thức"


def test_a_figure_on_the_line_after_its_verb_is_read_with_it():
    got = facts("Năm 2020, chỉ số PCI tỉnh đạt 66,74 điểm; có 4 chỉ số thành phần tăng điểm so với năm 2019 là: Gia "
                "nhập thị trường, tăng\n0,16 điểm; Tính minh bạch, giảm 1,68\nđiểm.")
    assert got[("index_score_change", 0.16)].component == "Gia nhập thị trường"
    assert got[("index_score_change", -1.68)].component == "Tính minh bạch"


def test_the_share_an_index_named_right_before_reaches_is_its_result():
    got = facts("Năm 2020, Chỉ số PAR Index của tỉnh đạt 85,31/100 điểm, xếp thứ 16/63; Chỉ số SIPAS đạt tỷ lệ 89,13%, "
                "xếp thứ 11/63 tỉnh, thành phố.")
    assert got[("index_score", 89.13)].index == "SIPAS"
    got = facts("Năm 2020, Chỉ số SIPAS của tỉnh xếp thứ 11/63; số hồ sơ giải quyết đạt tỷ lệ 89,13%.")
    assert ("index_score", 89.13) not in got


def test_the_dti_named_by_its_assessment_of_ministries_and_provinces():
    got = facts("Trong báo cáo kết quả đánh giá chuyển đổi số cấp bộ, cấp tỉnh năm 2020 của Bộ Thông tin và Truyền "
                "thông, tỉnh xếp hạng 12/63 tỉnh, thành phố, trong đó trụ cột Chính quyền số cao thứ 3/63 tỉnh.")
    assert {(m, v): f.index for (m, v), f in got.items()} == {("index_rank", 12): "DTI"}


def test_parts_counted_by_their_rise_or_fall_are_no_change():
    got = facts("Năm 2020, PCI của tỉnh đạt 66,1 điểm. Trong 10 chỉ số thành phần, tỉnh có 5 chỉ số tăng điểm và 5 "
                "chỉ số giảm điểm so với năm 2019.")
    assert set(got) == {("index_score", 66.1)}


def test_a_score_on_the_scale_of_a_part_of_the_766_index_next_to_its_words():
    got = facts("Năm 2024, thành phố đã giải quyết hơn 2,4 triệu hồ sơ với mức độ hài lòng được chấm điểm 17,94/18 "
                "điểm, đạt 99,66%.")
    assert {(m, v): (f.index, f.component) for (m, v), f in got.items() if m.startswith("index")} == {
        ("index_component_score", 17.94): ("766", "mức độ hài lòng"),
        ("index_component_score", 99.66): ("766", "mức độ hài lòng")}
    got = facts("Năm 2024, tỉnh đạt 8,6/10 điểm về thanh toán trực tuyến; 15/18 học sinh đạt giải.")
    assert got[("index_component_score", 8.6)].component == "thanh toán trực tuyến"
    assert not [k for k in got if k[1] == 15]


def test_the_dti_sub_indices_ranks_and_moves_are_no_ranks_of_the_dti():
    got = facts("Năm 2024, DTI của tỉnh xếp thứ 12/63. Theo phân tích các nhóm chỉ số: Nhận thức số xếp "
                "hạng 1/63 (tăng 31 bậc), nhân lực số xếp hạng 6/63 (tăng 25 bậc); hoạt động chính quyền số "
                "23/63 (giảm 16 bậc). Tỉnh xếp thứ 9 trong đảm bảo An toàn thông tin mạng, đứng thứ 15 trong "
                "xếp hạng thể chế số.")
    assert set(got) == {("index_rank", 12)}


def test_parts_of_the_766_index_on_their_scales_under_a_lead_of_indicators():
    got = facts("Năm 2024, tổng điểm Bộ chỉ số 766 của tỉnh đạt 89,37 điểm. Một số chỉ tiêu đạt cao như: Tỷ lệ "
                "hồ sơ nộp trực tuyến đạt 8,1/12 điểm; thanh toán trực tuyến đạt 9,6/10 điểm; số hóa hồ sơ đạt "
                "19,7/22 điểm.")
    assert {v: (f.kind, f.component) for (m, v), f in got.items() if m == "index_component_score"} == {
        8.1: ("actual", "dịch vụ công trực tuyến"), 9.6: ("actual", "thanh toán trực tuyến"),
        19.7: ("actual", "số hóa hồ sơ")}


def test_a_move_after_a_place_among_a_provinces_districts_with_a_change_between():
    got = facts("Năm 2023, chỉ số cải cách hành chính của huyện là 69,37%, đứng thứ 8/10 huyện, thị xã, thành phố trên "
                "địa bàn tỉnh (tăng 5,79%, tăng 02 bậc so với năm 2022).")
    assert not [k for k in got if k[0] in ("index_rank", "index_rank_change")]


def test_the_next_group_of_places_is_in_no_order():
    got = facts("Năm 2019, Quảng Ninh tiếp tục dẫn đầu cả nước về Chỉ số PAR INDEX. Nhóm các địa phương tiếp theo "
                "là Hải Phòng, Cà Mau, Hưng Yên.", province=None)
    assert {f.province: v for (m, v), f in got.items() if m == "index_rank"} == {"22": 1}
    got = facts("Năm 2019, Quảng Ninh tiếp tục dẫn đầu cả nước về Chỉ số PAR INDEX, tiếp theo là Hải Phòng, Cà Mau.",
                province=None)
    assert {f.province: v for (m, v), f in got.items() if m == "index_rank"} == {"22": 1, "31": 2, "96": 3}


def test_the_index_as_a_share_of_its_maximum_in_a_provinces_ranking_of_its_bodies():
    got = facts("Kết quả Chỉ số CCHC năm 2019 của các sở, ngành: sở Nội vụ đạt 93,95 điểm, tỷ lệ chỉ số đạt 95,27%. "
                "Huyện Đức Linh (tỷ lệ chỉ số 89,33%) xếp sau.")
    assert {(m, v): f.unit for (m, v), f in got.items()} == {
        ("index_score", 93.95): "score", ("index_score", 95.27): "percent", ("index_score", 89.33): "percent"}


def test_the_pars_points_of_appraisal_on_their_own_scale_and_the_share_that_restates_them():
    got = facts("Năm 2019, Chỉ số CCHC của các sở, ngành: điểm thẩm định bình quân 57,46/70 điểm, đạt 82,09%; hoạt "
                "động chính quyền số 23/63.")
    assert {(m, v): (f.unit, f.component) for (m, v), f in got.items()} == {
        ("index_component_score", 57.46): ("score", "điểm thẩm định"),
        ("index_component_score", 82.09): ("percent", "điểm thẩm định")}


def test_a_plans_floor_for_an_index_and_the_dtis_abbreviation():
    got = facts("Mục tiêu năm 2024: Chỉ số SIPAS năm 2024 đạt từ 85% trở lên; Chỉ số PAR INDEX năm 2024 đạt từ 87% trở "
                "lên.\nNăm 2020, Nhóm I có chỉ số CCHC đạt từ 90% trở lên gồm 12 đơn vị.")
    assert got[("index_score", 85)].index == "SIPAS" and got[("index_score", 85)].kind == "target"
    assert got[("index_score", 87)].index == "PAR" and ("index_score", 90) not in got
    got = facts("Đà Nẵng dẫn đầu về chỉ số CĐS năm 2021.", province="48")
    assert got[("index_rank", 1)].index == "DTI"


def test_the_dtis_value_a_pillars_place_and_the_leading_group():
    got = facts("Năm 2020, chỉ số đánh giá chuyển đổi số của tỉnh Hải Dương đạt giá trị 0,3504, xếp thứ 14 trong cả "
                "nước.\nỞ trụ cột Chính quyền số, Hải Dương xếp thứ 3 toàn quốc.\nNhững tháng đầu năm 2025, tỉnh đã "
                "nằm trong tốp dẫn đầu cả nước về các chỉ số đánh giá chuyển đổi số.", province="30")
    assert got[("index_score", 0.3504)].index == "DTI" and got[("index_rank", 14)].index == "DTI"
    assert ("index_rank", 3) not in got and ("index_rank", 1) not in got


def test_the_points_an_index_scheme_gives_its_parts_are_its_scale_not_scores():
    got = facts("Chỉ số CCHC năm 2023 của tỉnh đạt 86,2%. Bộ chỉ số gồm 8 lĩnh vực; tổng điểm đánh giá là 100 điểm, "
                "trong đó 70 điểm đánh giá kết quả thực hiện, 30 điểm đánh giá qua điều tra xã hội học.")
    assert set(got) == {("index_score", 86.2)}
    got = facts("Chỉ số CCHC năm 2023 của tỉnh đạt 86,2%. Tổng điểm đánh giá là 100 điểm, trong đó, 68 điểm đánh giá "
                "kết quả, 32 điểm đánh giá tác động.")           # (a comma after `trong đó`)
    assert set(got) == {("index_score", 86.2)}
    # a result names its part before its points
    got = facts("Chỉ số CCHC năm 2023 của tỉnh: tổng điểm đạt 85,5 điểm, trong đó điểm thẩm định đạt 57,5 điểm.")
    assert ("index_score", 85.5) in got


def test_satisfaction_in_points_is_the_par_index_part_and_its_share_is_sipas():
    got = facts("Chỉ số CCHC năm 2022 của tỉnh đạt 86,4 điểm. Điểm Chỉ số hài lòng của người dân (SIPAS) đạt "
                "7,95/10 điểm.")
    part = got[("index_component_score", 7.95)]
    assert part.index == "PAR" and "hài lòng" in part.component
    # after the PAR Index's other parts, in points without their scale; its share is SIPAS's own
    got = facts("Chỉ số CCHC năm 2022 của tỉnh đạt 86,4 điểm. Điểm thẩm định đạt 55,10/61,5 điểm. Chỉ số hài lòng "
                "của người dân đối với sự phục vụ của cơ quan hành chính đạt 8,84 điểm, chiếm tỷ lệ 88,40%; xếp thứ "
                "7/63 tỉnh.")
    assert got[("index_component_score", 8.84)].index == "PAR"
    assert got[("index_score", 88.4)].index == "SIPAS"
    assert got[("index_rank", 7)].index == "SIPAS"
    # SIPAS as a share is SIPAS's own
    assert facts("Chỉ số SIPAS năm 2022 của tỉnh đạt 86,15%.")[("index_score", 86.15)].index == "SIPAS"


def test_names_after_the_one_just_ranked_go_on_from_its_place():
    got = facts("Năm 2021, Quảng Ninh là địa phương đứng đầu trong bảng xếp hạng 10 đơn vị tỉnh thành dẫn đầu chỉ số "
                "DTI. Sau Quảng Ninh là Đà Nẵng, TP.HCM, Bắc Ninh và Hà Nội.", province=None)
    ranks = {f.province: f.value for (m, _), f in got.items() if m == "index_rank"}
    assert ranks == {"22": 1, "48": 2, "79": 3, "27": 4, "01": 5}
    # after a name whose place is not the last one known, and before a group, no order
    got = facts("Năm 2021, Quảng Ninh dẫn đầu chỉ số DTI. Sau Hà Giang là Đà Nẵng và Bắc Ninh.", province=None)
    assert [f.province for (m, _), f in got.items() if m == "index_rank"] == ["22"]
    got = facts("Năm 2021, Quảng Ninh dẫn đầu chỉ số PAPI. Xếp sau Quảng Ninh là một số địa phương có điểm gần nhau, "
                "gồm Đà Nẵng và Bắc Ninh.", province=None)
    assert [f.province for (m, _), f in got.items() if m == "index_rank"] == ["22"]


def test_parts_listed_after_the_index_in_a_sentence_of_their_own_and_after_nhat_la():
    got = facts("Năm 2019, Chỉ số CCHC của tỉnh xếp thứ 35/63. Trong đó, chỉ số công tác chỉ đạo điều hành đứng thứ "
                "40; cải cách thủ tục hành chính đứng thứ 28; chất lượng đội ngũ cán bộ, công chức đứng thứ 47.")
    assert [v for (m, v) in got if m == "index_rank"] == [35]
    got = facts("PCI năm 2022 của tỉnh đạt 63,4 điểm. Các chỉ số có điểm giảm nhiều nhất là Tính minh bạch (giảm 0,85 "
                "điểm), Đào tạo lao động (giảm 0,4 điểm).")
    changes = {f.component: v for (m, v), f in got.items() if m == "index_score_change"}
    assert changes == {"Tính minh bạch": -0.85, "Đào tạo lao động": -0.4}


def test_a_place_within_the_province_is_no_rank():
    got = facts("Huyện Khánh Sơn: Xếp thứ 3 toàn tỉnh về Chỉ số cải cách hành chính năm 2022.")
    assert not [k for k in got if k[0] == "index_rank"]


def test_sipas_named_by_what_it_measures():
    got = facts("Năm 2022, Chỉ số CCHC của tỉnh xếp thứ 20/63. Tỉnh xếp thứ 5/63 về mức độ hài lòng đối với sự phục "
                "vụ của cơ quan hành chính năm 2022.")
    assert got[("index_rank", 5)].index == "SIPAS" and got[("index_rank", 20)].index == "PAR"
    # a province's own survey of satisfaction is no index
    got = facts("Năm 2022, tỷ lệ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính đạt 98,5%.")
    assert ("satisfaction_rate", 98.5) in got


def test_the_766_index_named_by_its_parts_in_their_order():
    got = facts("Bộ chỉ số gồm 6 nhóm. Trong đó: Chỉ số công khai minh bạch đạt 16,2 điểm; tiến độ, kết quả giải quyết "
                "hồ sơ đạt 19,1 điểm; dịch vụ công trực tuyến đạt 17,5 điểm; số hóa hồ sơ đạt 20,1 điểm.")
    assert {f.index for (m, _), f in got.items() if m == "index_component_score"} == {"766"}
    # PAPI's transparency without the 766's other parts names no 766
    assert indices_in("Nội dung công khai, minh bạch đạt 5,6 điểm; kiểm soát tham nhũng đạt 6,1 điểm.") == []


def test_a_rank_that_jumps():
    got = facts("Năm 2023, tỉnh nhảy 27 bậc trên bảng xếp hạng PCI.")
    assert got[("index_rank_change", 27)].index == "PCI"


def test_the_next_group_opened_by_bao_gom_last_years_place_and_places_then_names():
    got = facts("Năm 2019, Đà Nẵng lùi xuống vị trí thứ 4 trong bảng xếp hạng PCI 2019 từ vị trí thứ 2 của năm ngoái. "
                "Bốn tỉnh tiếp theo trong nhóm 8 tỉnh đứng đầu PCI 2019 bao gồm Bình Dương (66,1 điểm), Hà Nội "
                "(65,4 điểm), Vĩnh Long (65,2 điểm) và Bắc Ninh (65,0 điểm).", province=None)
    ranks = {(f.province, v, f.period_start[:4]) for (m, v), f in got.items() if m == "index_rank"}
    assert ranks == {("48", 4, "2019"), ("48", 2, "2018"), ("74", 5, "2019"), ("01", 6, "2019"), ("86", 7, "2019"),
                     ("27", 8, "2019")}
    got = facts("Lần lượt đứng ở vị trí thứ 3 và thứ 4 trong bảng xếp hạng PCI 2019 là Long An (68,1 điểm) và Bến "
                "Tre (67,7 điểm).", province=None)
    assert {f.province: v for (m, v), f in got.items() if m == "index_rank"} == {"80": 3, "83": 4}


def test_a_quoted_part_then_its_value_and_a_parts_first_place():
    got = facts("Năm 2023, Chỉ số CCHC của tỉnh đạt 90,1%. Tỉnh dẫn đầu cả nước về chỉ số thành phần “Cải cách tài "
                "chính công”, đạt 93,5%, cao hơn 1,2% so với năm 2022.")
    assert got[("index_component_score", 93.5)].component == "Cải cách tài chính công"
    assert got[("index_score_change", 1.2)].component == "Cải cách tài chính công"
    assert not [k for k in got if k[0] == "index_rank"]
    got = facts("Năm 2023, Chỉ số CCHC của tỉnh đạt 90,1%. Tỉnh tiếp tục dẫn đầu cả nước về chỉ số cải cách tài "
                "chính công.")
    assert not [k for k in got if k[0] == "index_rank"]


def test_an_index_named_right_after_a_place():
    got = facts("Năm 2022, tỉnh xếp thứ 4 cả nước về Chỉ số PAPI, xếp thứ 7 Chỉ số SIPAS, thứ 12 Chỉ số PAR INDEX.")
    assert {v: f.index for (m, v), f in got.items() if m == "index_rank"} == {4: "PAPI", 7: "SIPAS", 12: "PAR"}


def test_a_score_in_parentheses_after_a_place_is_its_holders():
    got = facts("Năm 2023, chỉ số SIPAS cả nước được công bố. Hải Phòng đứng thứ 1/63 (đạt 88,90%), Đà Nẵng đứng thứ "
                "22/63 (83,38%).", province=None)
    assert got[("index_score", 88.9)].province == "31" and got[("index_score", 83.38)].province == "48"


def test_a_parts_values_labelled_by_year_in_parentheses():
    got = facts("Năm 2023, chỉ số PAPI của tỉnh đạt 42,1 điểm. Các nội dung cải thiện là: Công khai, minh bạch (năm "
                "2022: 4,83; năm 2023: 5,31); và Quản trị điện tử (năm 2022: 2,89; năm 2023: 3,42).")
    parts = {(f.component, v, f.period_start[:4]) for (m, v), f in got.items() if m == "index_component_score"}
    assert parts == {("Công khai, minh bạch", 4.83, "2022"), ("Công khai, minh bạch", 5.31, "2023"),
                     ("Quản trị điện tử", 2.89, "2022"), ("Quản trị điện tử", 3.42, "2023")}


def test_the_dti_parts_places_in_every_wording_and_a_captions_place():
    got = facts("Năm 2022, chỉ số DTI của tỉnh xếp hạng 50/63. Cụ thể: Nhận thức số (hạng 40/63), thể chế số (hạng "
                "61/63), hạ tầng số (hạng 33/63). Giá trị DTI về Chính quyền số đạt 0,7089 và xếp hạng 42/63 tỉnh, "
                "thành phố. Trong đó, chỉ số Nhận thức số của Lào Cai đứng đầu; hai chỉ số An toàn thông tin mạng và "
                "Hoạt động kinh tế số cùng xếp thứ 9.", province="10")
    assert [v for (m, v) in got if m == "index_rank"] == [50]
    got = facts("Năm 2024, chỉ số DTI của tỉnh xếp thứ 4. Ông Nguyễn Văn A (thứ 2 từ trái qua) trao giải.")
    assert [v for (m, v) in got if m == "index_rank"] == [4]


def test_a_table_of_an_index_and_its_parts_by_year_written_as_text():
    text = ("Hồ sơ chỉ số PAPI của tỉnh\n\n"
            "Năm 2021 2020 2019\n"
            "Tham gia của người dân ở cấp cơ sở 5.12 4,98 N/A\n"
            "Công khai, minh bạch 5.40 5.21 5.02\n"
            "PAPI 43.10 42.75 41.90\n"
            "Xếp hạng 12 20 31\n\n"
            "Tỉnh đã giải quyết 15 hồ sơ quá hạn.")
    got = facts(text, province="54")
    part = got[("index_component_score", 5.12)]
    assert part.index == "PAPI" and part.component == "Tham gia của người dân ở cấp cơ sở" and part.province == "54"
    assert years(part) == ("2021", "2021") and years(got[("index_component_score", 4.98)]) == ("2020", "2020")
    assert years(got[("index_component_score", 5.02)]) == ("2019", "2019")
    assert got[("index_score", 41.9)].component is None and years(got[("index_score", 41.9)]) == ("2019", "2019")
    rank = got[("index_rank", 20)]
    assert rank.index == "PAPI" and years(rank) == ("2020", "2020") and rank.province == "54"
    assert not [k for k in got if k[1] in (2019, 2020, 2021)]              # the header's years are no figures
    assert len([k for k in got if k[0].startswith("index")]) == 11          # the N/A cell is none
    assert got[("dossiers_late", 15)].metric == "dossiers_late"             # the table ends at the blank line


def test_a_line_of_years_without_rows_under_it_is_no_table():
    got = facts("Kết quả chỉ số PAPI qua các năm\n\nNăm 2021 2020\n\nNăm 2021, tỉnh đạt 43,10 điểm PAPI.")
    assert years(got[("index_score", 43.1)]) == ("2021", "2021")
    assert not [k for k in got if k[1] in (2020, 2021)]


def test_a_pair_of_bare_places_moves_against_its_numbers():
    got = facts("Chỉ số PCI của tỉnh tăng từ 48 (năm 2022) lên 29 vào năm 2023.")
    assert years(got[("index_rank", 48)]) == ("2022", "2022") and years(got[("index_rank", 29)]) == ("2023", "2023")
    got = facts("Năm 2023, chỉ số PAPI của tỉnh giảm từ 12 xuống 30.")
    assert ("index_rank", 12) in got and ("index_rank", 30) in got
    got = facts("Năm 2023, điểm PAPI của tỉnh tăng từ 41 lên 43.")      # numbers that rise as they are said to
    assert ("index_score", 41) in got and ("index_score", 43) in got


def test_the_year_after_the_value_a_pair_goes_to_is_its_year():
    got = facts("Chỉ số PAPI của tỉnh tăng từ 41,2 (năm 2022) lên 43,5 vào năm 2023.")
    assert years(got[("index_score", 41.2)]) == ("2022", "2022")
    assert years(got[("index_score", 43.5)]) == ("2023", "2023")


def test_a_table_of_an_index_by_year_down_its_rows_with_cells_between_bars():
    text = ("Bảng 1: Kết quả xếp hạng PCI của tỉnh giai đoạn 2019 - 2021\n"
            "Năm | Điểm số | Xếp hạng so với cả nước | Nhóm điều hành | Xếp hạng so với khu vực |\n"
            "2019 | 63,15 | 41 | Khá | 9/13 |\n"
            "2020 | 64,02 | - | Khá | 8/13 |\n"
            "2021 | 65,87 | 30 | Khá | 6/13 |\n"
            "Nguồn: VCCI\n"
            "Năm 2021, tỉnh có 12 thủ tục được công bố.")
    got = facts(text, province="96")
    assert years(got[("index_score", 63.15)]) == ("2019", "2019") and got[("index_score", 63.15)].index == "PCI"
    assert years(got[("index_rank", 30)]) == ("2021", "2021") and got[("index_rank", 30)].province == "96"
    assert len([k for k in got if k[0].startswith("index")]) == 5     # no rank in 2020, no region's places
    assert not [k for k in got if k[1] in (2019, 2020, 2021, 9, 8, 6)]


def test_a_tables_rows_are_of_the_province_its_caption_names():
    text = ("Chỉ số PCI qua các năm\n"
            "Bảng 2: Kết quả PCI của tỉnh Bạc Liêu\n"
            "Năm | Điểm số | Xếp hạng |\n"
            "2020 | 60,11 | 50 |\n")
    got = facts(text, province=None)
    assert got[("index_score", 60.11)].province == "95" and got[("index_rank", 50)].province == "95"


def test_a_rank_that_fell_by_places_is_a_move():
    got = facts("Năm 2023, PCI của tỉnh đạt 64,1 điểm, giảm thứ hạng 12 bậc so với năm 2022.")
    assert got[("index_rank_change", -12)].index == "PCI"
    assert ("index_rank", 12) not in got


def test_a_prior_value_after_a_change_is_of_the_year_it_names():
    got = facts("Tỉnh lên kế hoạch nâng cao chỉ số PCI năm 2024\n"
                "Theo kết quả PCI 2023, tỉnh đạt 62,23 điểm, giảm 1,21 điểm (năm 2022 là 63,44 điểm).")
    assert years(got[("index_score", 63.44)]) == ("2022", "2022")


def test_a_parts_floor_is_its_target_at_least():
    got = facts("Năm 2024, tỉnh phấn đấu Chỉ số PAPI đạt từ 44,2 điểm trở lên; trong đó: (1) Kiểm soát tham nhũng "
                "trong khu vực công đạt từ 6,95 điểm trở lên; (2) Quản trị điện tử đạt từ 3,1 điểm trở lên.")
    part = got[("index_component_score", 6.95)]
    assert part.component.lower() == "kiểm soát tham nhũng trong khu vực công" and part.qualifier == "at_least"
    assert part.kind == "target" and got[("index_component_score", 3.1)].component.lower() == "quản trị điện tử"
    assert got[("index_score", 44.2)].qualifier == "at_least"
    got = facts("Năm 2024, chỉ số PAPI của tỉnh đặt mục tiêu: (1) Công khai minh bạch đạt 5,5 điểm; (2) Quản trị "
                "điện tử đạt 3,2 điểm.")
    assert got[("index_component_score", 5.5)].component == "Công khai minh bạch"


def test_an_outlet_of_no_province_reports_the_province_its_title_names():
    got = facts("Lai Châu: Chỉ số PCI năm 2023 của tỉnh tăng 12 bậc\n"
                "Theo công bố của VCCI, PCI năm 2023 của tỉnh đạt 64,12 điểm, xếp thứ 40/63.", province=None)
    assert got[("index_score", 64.12)].province == "12" and got[("index_rank", 40)].province == "12"
    got = facts("Hải Phòng dẫn đầu cả nước về Chỉ số hài lòng năm 2024\n"
                "Kết quả cho thấy: Chỉ số hài lòng trung bình đạt 82,5%.", province=None)
    assert got[("index_score", 82.5)].province is None                    # the country's mean
    got = facts("Hải Phòng và Quảng Ninh dẫn đầu PCI 2023\nPCI năm 2023 của tỉnh đạt 64,12 điểm.", province=None)
    assert got[("index_score", 64.12)].province is None                   # a title of two provinces names no subject


def test_an_index_named_among_the_parts_holds_its_own_place():
    got = facts("Về các chỉ số thành phần năm 2024, như: Chỉ số SIPAS của tỉnh xếp thứ 29/63 tỉnh, thành (giảm 4 bậc).")
    assert got[("index_rank", 29)].index == "SIPAS"
    got = facts("Trong các chỉ số thành phần, chỉ số gia nhập thị trường xếp thứ 12/63.")
    assert ("index_rank", 12) not in got                                  # the part's own place


def test_a_place_out_of_the_country_after_a_ranking_of_the_provinces_bodies():
    got = facts("Kết quả Chỉ số CCHC năm 2022 của các sở, ban, ngành: Sở Tư pháp đứng đầu với 92,1%.\n"
                "Năm 2022, chỉ số PAR Index của tỉnh xếp thứ 24/63 tỉnh, thành phố.")
    assert got[("index_rank", 24)].index == "PAR"


def test_a_quoted_title_of_first_place_and_the_index_right_after_it():
    got = facts('Năm 2024, VCCI công bố Chỉ số PCI và Chỉ số Xanh cấp tỉnh (PGI) năm 2023, với ngôi "quán quân" PCI '
                'tiếp tục thuộc về tỉnh Quảng Ninh.', province=None)
    first = got[("index_rank", 1)]
    assert first.index == "PCI" and first.province == "22"
    got = facts("Năm 2023, lĩnh vực “Cải cách thể chế” tiếp tục dẫn đầu chỉ số PAR INDEX của tỉnh.")
    assert ("index_rank", 1) not in got                                   # a field's first place


def test_the_sipas_parts_after_its_own_share():
    got = facts("Năm 2023, Chỉ số SIPAS của tỉnh là 84,10%; trong đó, mức độ hài lòng đối với việc xây dựng, tổ "
                "chức thực hiện chính sách là 83,2%, mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công là "
                "84,9%.")
    assert got[("index_score", 84.1)].component is None
    part = got[("index_component_score", 84.9)]
    assert part.index == "SIPAS" and part.component == "mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công"
    assert got[("index_component_score", 83.2)].component.endswith("tổ chức thực hiện chính sách")


def test_a_place_right_after_a_rate_is_the_rates():
    got = facts("Công an tỉnh triển khai nhiệm vụ cải thiện Chỉ số cải cách hành chính. Năm 2023, tỷ lệ hồ sơ trực "
                "tuyến của Công an tỉnh đạt 91,25%, đứng thứ 6/63 Công an các tỉnh, thành phố.")
    assert ("online_dossier_rate", 91.25) in got
    assert not [k for k in got if k[0] == "index_rank"]


def test_a_wards_place_among_a_districts_wards_and_the_ranking_that_names_the_par_index():
    got = facts("UBND quận công bố Chỉ số cải cách hành chính và chỉ số hài lòng của UBND các phường năm 2023. Theo "
                "đó, Phường Đông Hải được xếp thứ 4 trong số 12 phường về kết quả xếp hạng thực hiện các nhiệm vụ cải "
                "cách hành chính năm 2023 với tổng số điểm là 81,57/100 điểm.")
    assert ("index_rank", 4) not in got
    assert got[("index_score", 81.57)].index == "PAR"


def test_a_ranking_of_provinces_down_its_rows_with_parts_score_place_and_class():
    text = ("Bảng chỉ số PAPI\n\n"
            "Tỉnh Công khai, minh bạch Kiểm soát tham nhũng Điểm số PAPI Xếp hạng Xếp loại\n"
            "Bến Tre 5.61 7.02 45.10 1 Cao nhất\n"
            "TT-Huế 5.52 6.98 44.87 2 Cao nhất\n"
            "BRVT 5.20 6.45 43.01 3 Trung bình cao\n\n"
            "Tỉnh đã giải quyết 15 hồ sơ quá hạn.")
    got = facts(text, province="24")
    part = got[("index_component_score", 5.52)]
    assert part.index == "PAPI" and part.component == "Công khai, minh bạch" and part.province == "46"
    assert got[("index_component_score", 6.45)].component == "Kiểm soát tham nhũng"
    assert got[("index_score", 45.1)].province == "83" and got[("index_rank", 3)].province == "77"
    assert len([k for k in got if k[0].startswith("index")]) == 12
    assert ("dossiers_late", 15) in got                                      # the table ends at the blank line


def test_a_top_ten_under_a_caption_with_its_year():
    got = facts("TOP 5 BẢNG XẾP HẠNG PCI NĂM 2022\n\nTỉnh, Thành phố Điểm PCI Hạng Nhóm xếp hạng\n"
                "Quảng Ninh 72.95 1 Rất tốt\nBắc Giang 72.80 2 Tốt\n", province=None)
    assert got[("index_rank", 2)].province == "24" and years(got[("index_score", 72.8)]) == ("2022", "2022")


def test_a_table_by_year_with_a_score_and_a_place_a_year():
    text = ("Chỉ số thành phần PCI của tỉnh\n\n"
            "CHỈ SỐ THÀNH PHẦN 2020 2021 2022\n"
            "  Điểm số Thứ hạng Điểm số Thứ hạng Điểm số Thứ hạng\n"
            "Gia nhập thị trường 7,72 35 7.98 1 7.16 1\n"
            "Cạnh tranh bình đẳng 6.96 10\n"
            "Tính năng động 7,33 6 7,74 3 7.49 1\n")
    got = facts(text, province="22")
    assert years(got[("index_component_score", 7.98)]) == ("2021", "2021")
    assert got[("index_component_score", 7.49)].component == "Tính năng động"
    assert not [k for k in got if k[0] == "index_rank"]                      # a part's place is no fact
    assert ("index_component_score", 6.96) not in got                        # a row that cannot be aligned


def test_two_places_joined_then_their_holders_in_order():
    got = facts("Quảng Ninh dẫn đầu PAPI 2024. Xếp thứ 2 và thứ 3 về chỉ số PAPI 2024 là Bến Tre (46,35 điểm) và Đồng "
                "Tháp (46,13 điểm).")
    assert got[("index_rank", 2)].province == "83" and got[("index_rank", 3)].province == "87"


def test_an_indicator_of_the_766_index_on_procedures_published_on_time():
    got = facts("Tổng số điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 52,30/100 điểm. 1. Điểm đánh "
                "giá nhóm chỉ số về công khai, minh bạch: 10,4/18 điểm, trong đó:\n\n- Tỷ lệ TTHC công bố đúng hạn: "
                "81,25%.")
    part = got[("index_component_score", 81.25)]
    assert part.index == "766" and part.component == "Tỷ lệ TTHC công bố đúng hạn"
    assert ("dossiers_on_time_rate", 81.25) not in got


def test_the_dti_pillars_listed_with_their_places_are_no_index_places():
    got = facts("Năm 2022, chỉ số DTI của tỉnh xếp thứ 31/63. Trong đó, xếp hạng theo từng Chỉ số chính lần lượt là: "
                "Nhận thức số - xếp thứ 29; Thể chế số - 41; Hạ tầng số - 12.")
    assert ("index_rank", 31) in got
    assert not [k for k in got if k[0] == "index_rank" and k[1] in (29, 41, 12)]


def test_parts_named_right_before_their_values_with_their_changes():
    got = facts("Chỉ số DTI năm 2024 của tỉnh đạt 0,6012 điểm. Cả ba trụ cột đều tăng: Chính quyền số 0,6582 (tăng "
                "3,7%), Kinh tế số 0,5723 (tăng 11,3%), Xã hội số 0,5692.")
    assert got[("index_component_score", 0.6582)].component == "Chính quyền số"
    assert got[("index_component_score", 0.5692)].component == "Xã hội số"
    assert got[("index_score_change", 11.3)].component == "Kinh tế số"


def test_a_gap_to_the_leader_a_shared_floor_and_a_share_of_a_maximum_are_no_scores():
    got = facts("Bộ chỉ số phục vụ người dân, doanh nghiệp tuần này: tỉnh đạt 90,12 điểm. Quảng Ninh đạt 89,98 điểm "
                "(kém 0,14 điểm). Nhóm dịch vụ công trực tuyến giảm 0,05 điểm, mới đạt 68,3% điểm tối đa. Ba đơn vị "
                "dẫn đầu đều đạt trên 93 điểm.")
    assert ("index_score", 90.12) in got and got[("index_score", 89.98)].province == "22"
    assert not [k for k in got if k[1] in (0.14, 68.3, 93)]


def test_the_leaders_of_a_provinces_groups_of_bodies_hold_their_scores():
    got = facts("UBND tỉnh công bố Chỉ số CCHC năm 2023 của các cơ quan, đơn vị. Về chỉ số CCHC, kết quả tốt. Dẫn đầu "
                "khối sở là Sở Tư pháp với 95,12%. Cục Thuế tỉnh dẫn đầu khối cơ quan ngành dọc với chỉ số 93,4%. UBND "
                "thành phố Tân An đứng đầu khối UBND cấp huyện, đạt chỉ số 90,8%.", province="80")
    assert got[("index_score", 95.12)].level == "department" and got[("index_score", 93.4)].level == "department"
    assert got[("index_score", 90.8)].level == "district"
    assert not [k for k in got if k[0] == "index_rank"]


def test_more_bodies_in_a_class_is_no_change_of_a_score():
    got = facts("Kết quả xếp hạng cải cách hành chính năm 2023: Tăng 4 đơn vị xếp hạng Tốt", province="80")
    assert not got
