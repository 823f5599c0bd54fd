"""Rules checked on sentences written for the tests (not the corpus's sentences)."""
from datetime import date

from scrapers.facts.extract import extract_facts

PUB = date(2023, 7, 20)


def facts(text, province="26"):
    out = extract_facts(text, article_id="t", published=PUB, province=province)
    for f in out:
        assert text[f.evidence_start:f.evidence_end] == f.evidence
    return {(f.metric, f.value): f for f in out}


def test_dossier_counts_and_rates():
    got = facts("Trong 6 tháng đầu năm 2023, toàn huyện tiếp nhận 12.480 hồ sơ, giải quyết 11.902 hồ sơ, "
                "trong đó đúng hạn 11.870 hồ sơ (đạt 99,73%), trễ hạn 32 hồ sơ.")
    assert set(got) == {("dossiers_received", 12480), ("dossiers_resolved", 11902), ("dossiers_on_time", 11870),
                        ("dossiers_on_time_rate", 99.73), ("dossiers_late", 32)}
    assert got[("dossiers_received", 12480)].period_end == "2023-06-30"


def test_procedure_breakdown_and_qualifiers():
    got = facts("Năm 2022, UBND tỉnh công bố 312 thủ tục hành chính, trong đó công bố mới 40 thủ tục, "
                "sửa đổi, bổ sung 210 thủ tục và bãi bỏ 62 thủ tục.")
    assert {m for m, _ in got} == {"procedures_published", "procedures_new", "procedures_amended",
                                   "procedures_abolished"}


def test_scale_words_are_about_and_tren_is_over():
    got = facts("Trung tâm đã tiếp nhận 12,5 ngàn hồ sơ và giải quyết trên 11.000 hồ sơ.")
    assert got[("dossiers_received", 12500)].qualifier == "about"
    assert got[("dossiers_resolved", 11000)].qualifier == "over"
    assert got[("dossiers_received", 12500)].level == "province"


def test_index_rank_score_and_change_with_named_province():
    got = facts("Năm 2022, Chỉ số PAPI của tỉnh Nghệ An đạt 43,12 điểm, xếp thứ 9/63, tăng 5 bậc so với năm 2021.",
                province="26")
    rank = got[("index_rank", 9)]
    assert (rank.index, rank.rank_of, rank.province) == ("PAPI", 63, "40")
    assert got[("index_score", 43.12)].unit == "score"
    change = got[("index_rank_change", 5)]
    assert (change.period_start, change.period_end) == ("2021-01-01", "2022-12-31")


def test_rank_drop_is_negative():
    got = facts("Về Chỉ số hài lòng (SIPAS) năm 2022, tỉnh xếp thứ 30, giảm 4 bậc so với năm 2021.")
    assert ("index_rank_change", -4) in got and got[("index_rank", 30)].index == "SIPAS"


def test_targets_and_at_least():
    got = facts("Phấn đấu đến năm 2025, tỷ lệ hồ sơ nộp trực tuyến đạt tối thiểu 60%.")
    fact = got[("online_dossier_rate", 60)]
    assert (fact.kind, fact.qualifier) == ("target", "at_least")


def test_online_services_by_grade():
    got = facts("Tỉnh cung cấp 210 dịch vụ công trực tuyến mức độ 3 và 95 dịch vụ công trực tuyến mức độ 4.")
    assert ("online_services_partial", 210) in got and ("online_services_full", 95) in got


def test_noise_is_not_a_fact():
    text = ("Theo Quyết định số 1234/QĐ-UBND ngày 12/5/2023, bài viết có 4,804 lượt xem; liên hệ 0211 3862 123. "
            "Đã tổ chức 15 hội nghị tuyên truyền với 1.200 người tham dự. Chỉ số PGI xếp thứ 3.")
    assert facts(text) == {}


def test_teasers_are_cut_off():
    text = "Tỉnh đã tiếp nhận 500 hồ sơ.\n\nCác tin khác\n\nHuyện A tiếp nhận 900 hồ sơ trong tháng."
    assert set(facts(text)) == {("dossiers_received", 500)}


def test_not_nfc_input_keeps_offsets():
    text = "Tỉnh đã tiếp nhận 500 hồ sơ."
    import unicodedata
    nfd = unicodedata.normalize("NFD", text)
    out = extract_facts(nfd, article_id="t", published=PUB, province=None)
    assert out and all(nfd[f.evidence_start:f.evidence_end] == f.evidence for f in out)


def test_a_stated_year_frames_the_following_paragraphs():
    text = ("Năm 2022 là năm thứ ba tỉnh triển khai đo lường sự hài lòng của người dân.\n\n"
            "Theo kết quả, tỉnh Nam Định dẫn đầu với 91,2%; đứng thứ 2 là tỉnh Hà Nam đạt 90,1%.\n\n"
            "Trung tâm đã tiếp nhận 4.210 hồ sơ.")
    got = facts(text)
    assert got
    for fact in got.values():
        assert (fact.period_start, fact.period_end) == ("2022-01-01", "2022-12-31"), fact


def test_comparison_base_does_not_become_the_period():
    got = facts("Trong tháng 5/2023, Trung tâm tiếp nhận 2.300 hồ sơ. Số hồ sơ tiếp nhận giảm 80 hồ sơ so với "
                "tháng 4/2023. Sở Y tế tiếp nhận 512 hồ sơ.")
    assert got[("dossiers_received", 512)].period_end == "2023-05-31"


def test_a_cited_documents_date_is_not_the_figures_period():
    got = facts("Kết quả tháng 3/2023 đã được công bố. Tỉnh đạt 71,5/100 điểm theo Bộ chỉ số phục vụ người dân, "
                "xếp hạng 20/63 theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng.")
    assert got[("index_rank", 20)].period_end == "2023-03-31"


def _levels(text, **kw):
    return {value: f.level for (metric, value), f in facts(text, **kw).items()}


def test_tier_of_the_figures_own_noun_phrase_wins():
    got = _levels("Toàn tỉnh có 1.125 thủ tục hành chính đang còn hiệu lực. Trong đó: 820 thủ tục hành chính cấp tỉnh, "
                  "210 thủ tục hành chính cấp huyện và 95 thủ tục hành chính cấp xã.")
    assert got == {1125: None, 820: "province", 210: "district", 95: "commune"}


def test_several_tiers_at_once_name_the_first():
    assert _levels("Tỷ lệ hồ sơ giải quyết đúng hạn tại cấp huyện và cấp xã đạt 97,5%.") == {97.5: "district"}


def test_a_tier_after_a_comma_is_the_next_figures():
    got = _levels("Năm 2023, cấp huyện số hóa 4.000 hồ sơ (đạt 95,5%), cấp xã số hóa 6.000 hồ sơ (đạt 93,2%).")
    assert got == {4000: "district", 95.5: "district", 6000: "commune", 93.2: "commune"}


def test_owners_counted_after_cua_and_co_so_are_not_tiers():
    assert _levels("UBND tỉnh đã công bố 120 thủ tục hành chính thuộc thẩm quyền của 15 sở, ngành.") == {120: None}
    assert _levels("Tỉnh đã đăng tải 300 thủ tục hành chính trên Cơ sở dữ liệu quốc gia.") == {300: None}
    assert _levels("Có 9 sở, ngành tiếp nhận 1.250 hồ sơ trực tuyến.") == {1250: "department"}


def test_bare_trung_tam_refers_back_to_the_provincial_centre():
    assert _levels("Trong tổng số 3.000 hồ sơ đã giải quyết của Trung tâm, có 12 hồ sơ trễ hạn.")[3000] == "province"


def test_a_bodys_own_plan_gives_its_tier_and_stage_to_the_targets():
    text = ("Sở Tư pháp ban hành kế hoạch cải cách hành chính\n\n"
            "Kế hoạch cải cách hành chính của Sở giai đoạn 2021-2025 đặt ra mục tiêu: năm 2022, tỷ lệ hồ sơ được "
            "số hóa đạt 40%; tối thiểu 70% hồ sơ được nộp trực tuyến.")
    got = facts(text)
    online = got[("online_dossier_rate", 70)]
    assert (online.kind, online.level, online.period_start, online.period_end) == \
        ("target", "department", "2021-01-01", "2025-12-31")
    assert got[("digitisation_rate", 40)].period_end == "2022-12-31"


def test_an_approximate_publication_date_runs_to_the_reported_period():
    text = ("Ngay từ đầu năm, tỉnh đã tập trung kiểm soát thủ tục hành chính. UBND tỉnh đã bãi bỏ 45 thủ tục "
            "hành chính.\n\n9 tháng đầu năm 2021, Trung tâm tiếp nhận 5.000 hồ sơ.")
    out = extract_facts(text, article_id="t", published=date(2021, 1, 1), province="26")
    abolished = next(f for f in out if f.metric == "procedures_abolished")
    assert (abolished.period_start, abolished.period_end) == ("2021-01-01", "2021-09-30")


def test_title_figures_take_the_articles_reporting_period():
    text = ("Trung tâm giải quyết 9.100 hồ sơ\n\nTrong tháng 5/2023, Trung tâm đã giải quyết 9.100 hồ sơ, "
            "tiếp nhận 9.400 hồ sơ.")
    got = facts(text)
    assert (got[("dossiers_resolved", 9100)].period_start, got[("dossiers_resolved", 9100)].period_end) == \
        ("2023-05-01", "2023-05-31")


def test_a_change_without_its_base_is_against_the_year_before():
    text = "Năm 2022, Chỉ số PCI của tỉnh đạt 66,2 điểm. Trong đó:\nTính minh bạch: tăng 0,85 điểm"
    change = next(f for f in extract_facts(text, article_id="t", published=PUB, province="26")
                  if f.metric == "index_score_change")
    assert (change.period_start, change.period_end) == ("2021-01-01", "2022-12-31")


def test_a_stock_carried_from_a_reporting_year_is_stated_at_its_end():
    text = ("Năm 2022, tỉnh tiếp nhận 80.000 hồ sơ.\n\nCổng dịch vụ công của tỉnh cung cấp 412 dịch vụ công "
            "trực tuyến toàn trình.")
    full = facts(text)[("online_services_full", 412)]
    assert (full.period_start, full.period_end) == (None, "2022-12-31")


def test_a_targets_horizon_does_not_become_the_period_of_later_results():
    text = ("Trong quý I/2023, Trung tâm tiếp nhận 3.000 hồ sơ. Phấn đấu đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%. "
            "Trung tâm đã giải quyết 2.950 hồ sơ.")
    assert facts(text)[("dossiers_resolved", 2950)].period_end == "2023-03-31"


def test_grades_written_without_do_and_both_grades_together():
    got = facts("Đến nay, thành phố có 12,5% dịch vụ công trực tuyến đạt mức 2; 41 dịch vụ công trực tuyến mức 4 và "
                "320 dịch vụ công trực tuyến mức 3, mức 4.")
    assert set(got) == {("online_services_full", 41), ("online_services", 320)}


def test_economic_results_and_other_indices_are_not_index_facts():
    text = ("Năm 2022, Chỉ số PAR INDEX của tỉnh xếp thứ 5. Thu hút FDI dẫn đầu khu vực, đạt 2,1 tỷ USD, "
            "tăng 35% so với năm 2021. Chỉ số CCHC năm 2021 đứng thứ 9, Chỉ số ICT INDEX năm 2022 đứng thứ 4.")
    got = facts(text)
    assert set(got) == {("index_rank", 5), ("index_rank", 9)}


def test_points_on_a_criterions_own_scale_are_component_scores():
    got = facts("Chỉ số CCHC năm 2022 của tỉnh đạt 88,1 điểm; tiêu chí thành phần cải cách tài chính công đạt "
                "4,5/6 điểm, trong khi điểm tối đa cho tiêu chí này là 6 điểm.")
    assert got[("index_score", 88.1)].unit == "score"
    part = got[("index_component_score", 4.5)]
    assert part.component == "cải cách tài chính công"
    assert ("index_score", 6) not in got and ("index_component_score", 6) not in got


def test_a_rank_moved_from_is_the_rank_of_the_year_before():
    got = facts("Năm 2022, tỉnh cải thiện vị trí xếp hạng chỉ số cải cách hành chính từ vị trí thứ 12 lên "
                "vị trí thứ 8.")
    assert set(got) == {("index_rank", 8), ("index_rank", 12)}
    assert got[("index_rank", 8)].period_start == "2022-01-01"
    assert got[("index_rank", 12)].period_start == "2021-01-01"


def test_a_period_well_after_publication_makes_a_target():
    got = facts("Đến năm 2025, các cơ quan của tỉnh cung cấp dịch vụ công trực tuyến mức độ 4 đạt tỷ lệ 80%.")
    assert got[("online_services_full", 80)].kind == "target"      # published 2023-07-20


def test_the_total_of_a_part_takes_the_verb_not_the_channel():
    got = facts("Năm 2022, Sở đã giải quyết 2.150 hồ sơ qua mạng trong tổng số 4.310 hồ sơ.")
    assert set(got) == {("online_dossiers", 2150), ("dossiers_resolved", 4310)}


def test_raising_the_number_gives_the_new_total():
    got = facts("Sở có thêm 03 thủ tục hành chính mới, nâng tổng số thủ tục hành chính thuộc thẩm quyền giải quyết "
                "của Sở lên 52 thủ tục.")
    assert got[("procedures_in_effect", 52)].level == "department"


def test_urban_districts_are_the_district_tier_and_day_ranges_take_the_year():
    got = facts("Trong 10 ngày (từ ngày 10/8 đến 19/8), tỷ lệ hồ sơ nộp trực tuyến của các quận đạt 61%.")
    rate = got[("online_dossier_rate", 61)]
    assert (rate.level, rate.period_start, rate.period_end) == ("district", "2023-08-10", "2023-08-19")


def test_a_national_plural_is_not_matched_inside_the_name_of_the_provinces():
    got = facts("Theo báo cáo về các tỉnh, thành phố trực thuộc Trung ương, Nghệ An đứng thứ 11 về chỉ số CCHC.")
    assert got[("index_rank", 11)].province == "40"


def test_grade_lists_and_raised_service_totals():
    got = facts("Đến nay, thành phố cung cấp 75 dịch vụ công trực tuyến mức độ 3, 4. Sở cung cấp thêm 02 dịch vụ công "
                "trực tuyến mức độ 3, nâng số dịch vụ công trực tuyến mức độ 3 lên 11 thủ tục.")
    assert ("online_services", 75) in got and ("online_services_partial", 11) in got
    assert facts("Sở đã giải quyết 900 hồ sơ qua mạng trong tổng số gần 2.100 hồ sơ.")[("dossiers_resolved", 2100)]


def test_procedure_kind_named_after_the_noun():
    got = facts("Theo Quyết định, 05 thủ tục hành chính được sửa đổi, bổ sung và 03 thủ tục hành chính mới ban hành.")
    assert set(got) == {("procedures_amended", 5), ("procedures_new", 3)}


def test_every_fact_carries_the_whole_sentence_of_its_evidence():
    """A reader sees `đạt 98,5%` in its sentence; offsets index the caller's text, also when it was not NFC."""
    import unicodedata
    text = unicodedata.normalize("NFD", "Cải cách hành chính tỉnh\n\nNăm 2023, toàn tỉnh tiếp nhận 12.400 hồ sơ. "
                                        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.")
    facts = extract_facts(text, article_id="t", published=date(2024, 1, 15), province="26")
    assert len(facts) == 2
    for f in facts:
        assert text[f.sentence_start:f.sentence_end] == f.evidence_sentence
        assert f.sentence_start <= f.evidence_start and f.evidence_end <= f.sentence_end
    sentences = {unicodedata.normalize("NFC", f.evidence_sentence) for f in facts}
    assert sentences == {"Năm 2023, toàn tỉnh tiếp nhận 12.400 hồ sơ.", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%."}


def test_a_target_met_makes_no_target_of_the_next_clauses_figure():
    text = ("Năm 2023, số xã đạt chuẩn nông thôn mới đạt và vượt chỉ tiêu năm 2023; Chỉ số CCHC của tỉnh tăng 5 bậc so "
            "với năm 2022. Tỷ lệ hồ sơ trực tuyến đạt 81%, vượt chỉ tiêu 75%.")
    got = {(f.metric, f.value): f.kind for f in extract_facts(text, article_id="t", published=date(2024, 3, 1),
                                                              province="83")}
    assert got[("index_rank_change", 5)] == "actual"
    assert got[("online_dossier_rate", 81)] == "actual" and got[("online_dossier_rate", 75)] == "target"


def test_a_planned_cut_of_procedures_is_a_target_and_a_proposal_no_fact():
    got = facts("Dự kiến trong năm 2025, tỉnh sẽ bãi bỏ 35 thủ tục hành chính và đơn giản hóa 120 thủ tục.")
    assert got[("procedures_abolished", 35)].kind == "target"
    assert got[("procedures_simplified", 120)].kind == "target"
    assert not facts("Sở Tư pháp đề xuất bãi bỏ 12 thủ tục hành chính thuộc lĩnh vực hộ tịch.")


def test_a_publication_known_only_by_its_year_resolves_periods_from_its_first_day_and_ends_on_its_last(tmp_path):
    from scrapers.facts.corpus import load_meta
    meta = tmp_path / "meta.jsonl"
    meta.write_text('{"article": "a", "published": null, "published_approx": "2018", "province": "49"}\n'
                    '{"article": "b", "published": null, "published_approx": "2022-11", "province": "49"}\n'
                    '{"article": "c", "published": "2024-04-02", "province": "49"}\n', encoding="utf-8")
    metas = load_meta(meta)
    assert (metas["a"].published, metas["a"].published_by) == (date(2018, 1, 1), date(2018, 12, 31))
    assert (metas["b"].published, metas["b"].published_by) == (date(2022, 11, 1), date(2022, 11, 30))
    assert metas["c"].published_by is None
    text = "Trong quý II.2018, từ cấp tỉnh đến cấp xã có 85.043 hồ sơ TTHC yêu cầu giải quyết."
    kinds = [f.kind for f in extract_facts(text, article_id="a", published=date(2018, 1, 1), province="49",
                                           published_by=date(2018, 12, 31))]
    assert kinds == ["actual"]
    kinds = [f.kind for f in extract_facts(text, article_id="a", published=date(2018, 1, 1), province="49")]
    assert kinds == ["target"]


def test_procedures_left_after_a_cut_are_in_force():
    got = facts("Dù đã cắt giảm nhưng đến nay ngành thuế vẫn còn 432 thủ tục. Năm 2018, Sở đã cắt giảm từ 115 giảm "
                "còn 28 thủ tục; còn 5 thủ tục chưa được cung cấp trực tuyến.")
    assert got[("procedures_in_effect", 432)] and got[("procedures_in_effect", 28)]
    assert ("procedures_simplified", 432) not in got and ("procedures_in_effect", 5) not in got


def test_simplified_written_without_its_suffix():
    got = facts("Giai đoạn 2016-2020, toàn ngành đã đơn giản 80,1% thủ tục hành chính; thủ tục đơn giản 20 ngày.")
    assert ("procedures_simplified", 80.1) in got


def test_procedures_inventoried_and_listed_and_integrated_on_the_national_portal():
    got = facts("Năm 2011, Chính phủ đã thống kê, công khai 6.000 TTHC và tích hợp 1.400 TTHC lên Cổng dịch vụ công "
                "quốc gia. Năm 2025, các bộ đã thống kê, công bố tổng số 6.358 TTHC; Sở đã công bố 12 TTHC.")
    assert {("procedures_in_effect", 6000), ("online_services_national_portal", 1400),
            ("procedures_in_effect", 6358), ("procedures_published", 12)} <= set(got)
