"""English articles: the language test, the English number convention, and each family's core read from English
sentences written for the tests (with sentences the rules must not fire on). A golden test checks that an English
sentence and its Vietnamese counterpart give the same fact."""
from datetime import date

import pytest

from scrapers.facts.english.index import indices_in as english_indices_in
from scrapers.facts.english.numbers import find_numbers
from scrapers.facts.english.periods import find_periods
from scrapers.facts.extract import extract_facts
from scrapers.facts.language import is_english

PUB = date(2025, 10, 15)


def facts(text, province="24", published=PUB):
    out = extract_facts(text, article_id="t", published=published, province=province)
    for f in out:
        assert text[f.evidence_start:f.evidence_end] == f.evidence
    return {(f.metric, f.value): f for f in out}


# --- the language of an article --------------------------------------------------------------

def test_english_and_vietnamese_are_told_apart():
    assert is_english("In the first half of the year, the centre of the province received 1,200 dossiers and "
                      "resolved 1,150 of them on time, according to the report.")
    assert not is_english("Năm 2024, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 1.200 hồ sơ, giải quyết "
                          "đúng hạn 1.150 hồ sơ.")
    # Vietnamese written without diacritics, or a page of bare figures, stays with the Vietnamese reader
    assert not is_english("Nam 2024, Trung tam Phuc vu hanh chinh cong tinh da tiep nhan 1.200 ho so.")
    assert not is_english("1.200 | 1.150 | 98,5%")
    assert not is_english("")


def test_names_with_diacritics_keep_an_english_text_english():
    assert is_english("The Mường Khương commune centre of the district received 640 dossiers in the first week "
                      "and returned the results of 610 to the people of the commune.")


# --- numbers --------------------------------------------------------------------------------

def test_english_numbers_use_the_comma_for_thousands_and_the_dot_for_decimals():
    values = [(t.value, t.percent) for t in find_numbers("It received 12,480 dossiers, 97.25% on time; 1,234.5 "
                                                         "points; 8 per cent; 64 percent.")]
    assert values == [(12480, False), (97.25, True), (1234.5, False), (8, True), (64, True)]


def test_a_count_written_the_vietnamese_way_in_an_english_text():
    values = [t.value for t in find_numbers("The centre received 32.884 online documents and resolved 1.435 "
                                            "administrative procedures; the score rose 1.435 points.")]
    assert values == [32884, 1435, 1.435]


def test_an_ordinal_out_of_a_field_is_a_place():
    got = facts(LEAD + "In the PAPI 2023, the province's total score was 41.2 points, and its ranking fell from "
                "36th/63 to 44th/63.")
    assert got[("index_rank", 36)].period_start == "2022-01-01" and ("index_rank", 44) in got
    assert not [k for k in got if k[0] == "index_score" and k[1] in (36, 44)]
    text = (LEAD + "In 2015, the province's PAPI reached 36.36 points, an increase of 5 ranks compared to 2014 (from "
            "position 27/63 to position 22/63 provinces). In 2017, its ranking was lower (from 36th/63 to 44th/63).")
    ranks = {(f.value, f.period_start) for f in extract_facts(text, article_id="t", published=PUB, province="40")
             if f.metric == "index_rank"}
    assert ranks == {(27, "2014-01-01"), (22, "2015-01-01"), (36, "2016-01-01"), (44, "2017-01-01")}
    text = (LEAD + "In 2014, it ranked fourth among 63 provinces in the PAR Index, third position in 2015, fourth in "
            "2016 and third in 2017. In 2014, it only ranked 43rd out of 63 in the PCI, but it jumped to 37th "
            "position in 2015, 34th in 2016 and 26th in 2017.")
    ranks = {(f.index, f.value, f.period_start[:4]) for f in extract_facts(text, article_id="t", published=PUB,
                                                                            province="75") if f.metric == "index_rank"}
    assert ranks == {("PAR", 4, "2014"), ("PAR", 3, "2015"), ("PAR", 4, "2016"), ("PAR", 3, "2017"),
                     ("PCI", 43, "2014"), ("PCI", 37, "2015"), ("PCI", 34, "2016"), ("PCI", 26, "2017")}
    got = facts(LEAD + "In 2017, the province's PAPI index reached 35.77 points, higher than in 2016 (35.57 "
                "points), but its ranking was lower.", province="40")
    assert got[("index_score", 35.57)].period_start == "2016-01-01"
    got = facts(LEAD + "In the DTI 2021, the central city topped the ranking, scoring 0.6419 points, 0.1545 higher "
                "than the 2020 ranking released last year.", province="48")
    assert got[("index_score_change", 0.1545)].period_start == "2020-01-01"


def test_a_minus_sign_after_a_parenthesis_and_a_grade_elided_after_and():
    values = [(t.value, t.percent) for t in find_numbers('"Public finance reform" (-0.02%) and 802 level-3 and -4 '
                                                         'online public services; COVID-19')]
    assert values == [(0.02, True), (802, False)]
    got = facts(LEAD + 'In the PAR Index 2024, 2/8 component indexes decreased in points, including: "Public finance '
                'reform" (-0.02%) and "Institutional reform" (-1.60%).', province=None)
    assert got[("index_score_change", -0.02)].component == "Public finance reform"
    assert ("index_score_change", -1.6) in got


def test_ordinals_and_counted_number_words():
    tokens = find_numbers("The city ranked 14th, up three places.")
    assert [t.value for t in tokens] == [14, 3]


def test_a_day_and_month_is_no_ratio():
    assert [t.value for t in find_numbers("on 9/8 it received 2,941/4,888 dossiers")] == [2941]


# --- periods ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("In 2024, the province", "2024-01-01", "2024-12-31"),
    ("as of March 3, 2025, ministries", None, "2025-03-03"),
    ("From August 4–10, the ward", "2025-08-04", "2025-08-10"),
    ("Since August 4, the ward", "2025-08-04", "2025-10-15"),
    ("From the beginning of July 2025 to the present, the ward", "2025-07-01", "2025-10-15"),
    ("in the first nine months of 2024", "2024-01-01", "2024-09-30"),
    ("in September 2025", "2025-09-01", "2025-09-30"),
    ("during 2021-2023", "2021-01-01", "2023-12-31"),
    ("From February 3, 2024 to September 30, 2024, the centre", "2024-02-03", "2024-09-30"),
    ("from March 15 to June 2, 2025, the ward", "2025-03-15", "2025-06-02"),
    ("In the third quarter of 2023, the city", "2023-07-01", "2023-09-30"),
    ("In the second quarter, the city", "2025-04-01", "2025-06-30"),
    ("Also in August, the ward", "2025-08-01", "2025-08-31"),
    ("In November, the ward", "2024-11-01", "2024-11-30"),   # published in October 2025: the November before
    ("As of the end of June 2025, a cumulative total of", "2025-01-01", "2025-06-30"),
    ("the province is currently providing", None, "2025-10-15"),
])
def test_english_periods(phrase, start, end):
    found = find_periods(phrase, PUB)
    assert [(p.period_start, p.period_end) for p in found] == [(start, end)]


def test_a_month_name_that_is_no_period():
    assert find_periods("In May 9 hearings were held, and on March 3 the ward", PUB) == []
    assert find_periods("The Ministry of Home Affairs said it may review the index", PUB) == []


def test_a_comparison_base_is_comparative():
    (base,) = find_periods("Compared with 2022, the province rose", PUB)
    assert base.comparative and base.period_start == "2022-01-01"


# --- dossiers --------------------------------------------------------------------------------

def test_dossier_counts_statuses_and_channels():
    got = facts("In September 2025, the provincial Public Administration Service Center received 4,210 dossiers, "
                "1,930 of which were submitted online. It settled 4,005 dossiers, including 3,100 ahead of "
                "schedule and 870 on time; 85 dossiers were overdue and 120 dossiers are still being processed.")
    assert got[("dossiers_received", 4210)].level == "province"
    assert ("online_dossiers", 1930) in got and ("dossiers_resolved", 4005) in got
    assert ("dossiers_early", 3100) in got and ("dossiers_on_time", 870) in got
    assert ("dossiers_late", 85) in got and ("dossiers_pending", 120) in got
    assert got[("dossiers_received", 4210)].period_start == "2025-09-01"


def test_dossier_rates():
    got = facts("In the third quarter, the district reported that 97.4% of the dossiers were settled on time, and "
                "the rate of online submission of dossiers reached 62 per cent. All of the staff said 100% of "
                "dossiers are digitized at reception.")
    assert ("dossiers_on_time_rate", 97.4) in got
    assert ("digitisation_rate", 100) in got


def test_qualifiers_of_english_counts():
    got = facts("In August 2025, the ward centre received more than 2,400 dossiers and resolved nearly 2,300 of "
                "the dossiers, while the commune centre received at least 900 dossiers.")
    assert got[("dossiers_received", 2400)].qualifier == "over"
    assert got[("dossiers_received", 900)].qualifier == "at_least"


def test_counts_of_people_direct_channels_and_averages_are_no_facts():
    got = facts("In August 2025, the centre of the ward welcomed 3,500 citizens, received 1,800 direct dossiers "
                "and about 60 dossiers a day on average, and it is the 3rd centre of the province to open.")
    assert got == {}


def test_a_commune_centre_sets_the_tier_of_the_figures_after_it():
    got = facts("The Tan Lap commune Public Administration Service Center opened on July 1 with eight staff. "
                "Since July 1, the centre has received 742 dossiers and resolved 700 of the dossiers.")
    assert got[("dossiers_received", 742)].level == "commune"
    assert got[("dossiers_received", 742)].period_start == "2025-07-01"



def test_a_centre_of_a_province_sets_the_province_tier_of_the_figures_after_it():
    got = facts("The Public Administration Center of Da Nang City has been in operation since March 1st, 2024. "
                "As of June 30th, 2024, the Center has received 50,120 applications, of which 30,500 were "
                "submitted online.")
    assert got[("dossiers_received", 50120)].level == "province"
    assert got[("online_dossiers", 30500)].level == "province"



def test_administrative_requests_are_dossiers_and_other_requests_are_not():
    got = facts("In February, the centre received and processed 6,120 requests related to administrative procedures. "
                "The district has received over 11,600 administrative requests. The ministry received 300 requests "
                "for clarification.")
    assert got[("dossiers_received", 6120)].period_start == "2025-02-01"
    assert ("dossiers_received", 11600) in got
    assert not [k for k in got if k[1] == 300]
    got = facts("In February, the centre received 6,120 requests related to administrative procedures. Of the total, "
                "3,257 requests were handled completely. As many as 2,863 documents are being processed.")
    assert ("dossiers_resolved", 3257) in got and ("dossiers_pending", 2863) in got
    got = facts(LEAD + "In March 2025 alone, 541 land records were overdue, and the centre received 4,000 business "
                "registration dossiers.")
    assert ("dossiers_late", 541) in got and ("dossiers_received", 4000) in got
    got = facts(LEAD + "At the public administration centre, more than 2,200 documents were late in the first quarter, "
                "accounting for nearly 10%. The centre processed 32.884 online documents, accounting for 35,6% of "
                "the files resolved.")
    assert ("dossiers_late", 2200) in got and ("dossiers_late_rate", 10) in got
    assert ("online_dossier_rate", 35.6) in got
    got = facts(LEAD + "At the public administration centres, 38,000 applications were submitted on July 2, with 59.7 "
                "per cent filed online and 40.4 per cent in person.")
    assert ("online_dossier_rate", 59.7) in got and not [k for k in got if k[1] == 40.4]
    got = facts(LEAD + "From July 1 to July 23, the public administration centre received 391 applications; of which, "
                "212 were online and 179 were in person. It has a high rate of online applications being processed on "
                "time, reaching 95.7%.")
    assert ("online_dossiers", 212) in got and not [k for k in got if k[1] == 179]
    assert ("dossiers_on_time_rate", 95.7) in got
    got = facts(LEAD + "In the public administration centres at the district level, the rate on time is only 91.74% "
                "out of 42,300 records. The commune digitized 96.59% of results.")
    assert got[("dossiers_on_time_rate", 91.74)].level == "district" and ("digitisation_rate", 96.59) in got
    assert not facts(LEAD + "At the public administration centre, the city has resolved 3,867 cases of early "
                     "retirement and resignation.")


# --- procedures and online services ----------------------------------------------------------

def test_rates_of_online_services_named_before_after_and_as_a_part():
    got = facts(LEAD + "By the end of February 2025, the rate of providing online public services in the city reached "
                "97%, of which 66% were offered at level 4. The city maintains the rate of 100% for full-process "
                "online public services for eligible procedures.")
    assert got[("online_services", 97)].unit == "percent"
    assert ("online_services_full", 66) in got and ("online_services_full", 100) in got
    got = facts(LEAD + "As of August 2025, the province has integrated 100% of its online public services onto the "
                "National Public Service Portal.")
    assert ("online_services_national_portal", 100) in got


def test_procedures_a_province_applies_and_a_digitisation_rate_reached():
    got = facts(LEAD + "Currently, the province applies 1,952 administrative procedures, of which 256 have been "
                "simplified. Agencies handling administrative procedures have implemented document digitisation, "
                "reaching a rate of 86.91%.")
    assert ("procedures_in_effect", 1952) in got and ("procedures_simplified", 256) in got
    assert ("digitisation_rate", 86.91) in got


def test_a_rate_named_by_its_subject_before_it_and_a_margin_over_a_target():
    got = facts(LEAD + "The public administration centres reported their results. In July 2025, Phu Vang commune is "
                "the leading unit in the online application submission rate, "
                "reaching 99.81%. Up to now, the online processing rate has reached 91.28%, exceeding the target "
                "assigned by the province by 1.28%.", province="46")
    assert ("online_dossier_rate", 99.81) in got
    assert not [k for k in got if k[1] == 1.28]


def test_procedures_applied_at_each_level_dossiers_dealt_with_and_people_satisfied():
    got = facts(LEAD + "The province has standardized administrative procedures of all sectors, with 1,689 procedures "
                "applied at three administrative levels, including 1,348 procedures at provincial level, 244 at "
                "district level and 97 at communal level. Its public administrative centre has dealt with 117,000 "
                "dossiers in its first year. Surveys showed that 99.8 percent of locals were satisfied with public "
                "services.", province="75")
    assert [got[("procedures_in_effect", v)].level for v in (1689, 1348, 244, 97)] == \
        [None, "province", "district", "commune"]
    assert ("dossiers_resolved", 117000) in got and ("satisfaction_rate", 99.8) in got
    got = facts(LEAD + "In the survey of public administration services, more than 70 percent of Vietnamese people "
                "felt satisfied. Marriage registration received the highest level of satisfaction with 89.5 percent, "
                "followed by birth certificates at 87.5 percent.", province=None)
    assert {v for m, v in got if m == "satisfaction_rate"} == {70, 89.5, 87.5}
    got = facts(LEAD + "In the first quarter of 2020, more than 80 percent of local residents and organisations said "
                "they were satisfied with the public administration services; 1,349 dossiers were submitted at the "
                "counters.")
    assert ("satisfaction_rate", 80) in got and not [k for k in got if k[1] == 1349]
    got = facts(LEAD + "Since July 1, the Gia Phu Commune Public Administration Service Center has received nearly "
                "900 administrative procedures.", province="14")
    assert got[("dossiers_received", 900)].level == "commune"


def test_shares_paid_online_and_dossiers_paid_for_are_no_online_dossiers():
    got = facts(LEAD + "At the public administration centre, online payment was applied for 13,392 dossiers in July, "
                "reaching 86.76% of the total number of dossiers. In 2024, 89.5% of online payment services were "
                "implemented.", province="17")
    assert ("online_payment_rate", 86.76) in got and ("online_payment_rate", 89.5) in got
    assert not [k for k in got if k[0].startswith("online_dossier")]


def test_a_task_of_reviewing_completed_is_done_and_a_review_proposed_is_not():
    got = facts(LEAD + "The province has completed 100% of the task of reviewing and simplifying 234 administrative "
                "procedures as planned. In 2025, it will review 30 procedures.", province="52")
    assert ("procedures_simplified", 234) in got
    assert not [k for k in got if k[1] == 30]


def test_procedures_that_can_be_done_online_by_grade_and_dossiers_named_tthc():
    got = facts(LEAD + "The People's Committee approved a list of nearly 1,500 administrative procedures. Of the "
                "procedures, approximately 550 can be completed fully online, while 945 can be partially processed "
                "online. From July 1, 2025 to August 23, 2025, the total number of dossiers received is 6.5 million "
                "TTHC dossiers.", province="01")
    assert ("online_services_full", 550) in got and ("online_services_partial", 945) in got
    assert ("dossiers_received", 6500000) in got


def test_internal_procedures_announced_up_to_now():
    got = facts(LEAD + "Up to now, agencies in the province have announced 307 internal administrative procedures "
                "including 68 administrative procedures at provincial level.", province="20",
                published=date(2024, 9, 20))
    assert got[("procedures_published", 307)].period_end == "2024-09-20"
    assert got[("procedures_published", 68)].level == "province"


def test_the_items_of_a_graded_whole_are_of_its_grade():
    got = facts(LEAD + "A total of 1,226 public services of Level 4 are provided online, including 1,002 "
                "province-level services, 151 district-level services and 55 commune-level services. The system "
                "provides 1,913 public services, including 546 full-process online public services and 525 online "
                "public services.")
    assert [(got[("online_services_full", v)].level) for v in (1002, 151, 55)] == ["province", "district", "commune"]
    assert ("online_services", 525) in got
    got = facts(LEAD + "By September 10, 2021, the province has provided 100% of public services eligible for Level 4. "
                "In 2019, it strives to have more than 30 percent of administrative procedure dossiers processed "
                "online at levels 3 and 4.")
    assert ("online_services_full", 100) in got
    assert ("online_services", 30) not in got


def test_procedure_counts_and_plans():
    got = facts("As of June 30, 2025, the ministry had abolished 134 administrative procedures and simplified "
                "402 procedures. In 2026, the ministry plans to abolish 85 administrative procedures and 300 "
                "procedures will be simplified.")
    assert got[("procedures_abolished", 134)].kind == "actual"
    assert got[("procedures_simplified", 402)].kind == "actual"
    assert got[("procedures_abolished", 85)].kind == "target"
    assert got[("procedures_simplified", 300)].kind == "target"


def test_proposals_and_ratios_of_procedures_are_no_facts():
    got = facts("The department of the province proposed to abolish 40 administrative procedures, and the total "
                "to be reduced is 1,200/3,000 procedures in the fields of trade and of transport.")
    assert got == {}


def test_online_services_by_grade_and_on_the_national_portal():
    got = facts("In 2024, the province provided 96 online public services at level 3 and 412 online public "
                "services at level 4, and it integrated 380 online public services on the National Public "
                "Service Portal.")
    assert ("online_services_partial", 96) in got and ("online_services_full", 412) in got
    assert ("online_services_national_portal", 380) in got


def test_a_plan_sets_targets():
    got = facts("Plan to improve online public services of the province\n"
                "By 2026, the satisfaction rate of people and businesses with online public services will reach "
                "at least 90%, and the province is to provide 650 online public services in full.")
    sat = got[("satisfaction_rate", 90)]
    assert sat.kind == "target" and sat.qualifier == "at_least" and sat.period_end == "2026-12-31"
    assert got[("online_services_full", 650)].kind == "target"


# --- indices -----------------------------------------------------------------------------------

def test_index_rank_score_and_changes():
    got = facts("The VCCI announced the 2023 Provincial Competitiveness Index (PCI) on the day. Compared to "
                "2022, Bac Ninh climbed three spots in the PCI rankings, landing at 8th place with a score of "
                "69.41 points. In 2022, Bac Ninh ranked 11th.", province="27")
    assert got[("index_rank_change", 3)].period_start == "2022-01-01"
    rank = got[("index_rank", 8)]
    assert rank.index == "PCI" and rank.province == "27" and rank.period_start == "2023-01-01"
    assert got[("index_score", 69.41)].period_end == "2023-12-31"
    assert got[("index_rank", 11)].period_start == "2022-01-01"


def test_a_ranked_list_with_scores_in_parentheses():
    got = facts("In the PCI 2023 report, the leading provinces of the rankings included Quang Ninh (71.1 "
                "points), Hai Phong (70.5 points) and Thua Thien-Hue (68.9 points).", province=None)
    assert got[("index_score", 71.1)].province == "22"
    assert got[("index_score", 70.5)].province == "31"
    assert got[("index_score", 68.9)].province == "46"


def test_first_places_and_a_component_pair():
    got = facts("According to the PCI 2023 report, Quang Ninh rose to the top position of the rankings with a "
                "score of 71.1 points, while in the “land access” index the score of the province fell from 6.8 "
                "to 6.1 points.", province=None)
    assert got[("index_rank", 1)].province == "22"
    assert got[("index_component_score", 6.8)].period_start == "2022-01-01"
    assert got[("index_component_score", 6.1)].component == "land access"


def test_ministries_meetings_and_counts_of_provinces_are_no_index_facts():
    got = facts("In the PAR Index 2023 of the ministries, the Ministry of Finance topped the list with 90.5 "
                "percent. The 4th meeting of the committee reviewed the index of all 63 provinces, and 12 "
                "provinces had scores of over 85 percent.", province=None)
    assert got == {}


# --- the same fact in both languages ------------------------------------------------------------

@pytest.mark.parametrize(("english", "vietnamese"), [
    ("In 2024, the commune Public Administration Service Center received 2,350 dossiers in the field of land "
     "and of civil status.",
     "Năm 2024, Trung tâm phục vụ hành chính công xã Tân Lập tiếp nhận 2.350 hồ sơ."),
    ("In 2024, the province ranked 12th in the PAR Index, and it is the first time the province has done so.",
     "Năm 2024, tỉnh xếp thứ 12 về Chỉ số cải cách hành chính."),
])
def test_an_english_sentence_and_its_vietnamese_counterpart_give_the_same_fact(english, vietnamese):
    (en_fact,) = facts(english).values()
    (vi_fact,) = facts(vietnamese).values()
    keys = ("metric", "value", "unit", "qualifier", "kind", "index", "level", "province", "period_start",
            "period_end")
    assert {k: getattr(en_fact, k) for k in keys} == {k: getattr(vi_fact, k) for k in keys}


def test_ranks_in_a_region_or_in_another_matter_are_no_index_ranks():
    got = facts("In the PCI 2023 report, Long An ranked 3rd in the Mekong Delta region, and it ranked 2nd "
                "nationwide in export growth, while the province ranked 9 out of 63 provinces.", province="80")
    assert set(got) == {("index_rank", 9)}
    assert got[("index_rank", 9)].rank_of == 63


def test_a_rate_of_something_other_than_dossiers_is_no_fact():
    got = facts("In 2024, the rate of on-time disbursement of public investment in the province reached 95% and "
                "the growth rate of the economy was 7.2 percent, according to the office of the province.")
    assert got == {}


def test_an_article_on_another_matter_gives_no_dossier_facts():
    got = facts("In 2024, the provincial court received 1,250 cases and resolved 1,190 cases, and the hospital of "
                "the province processed 30,000 records of patients.")
    assert got == {}


def test_a_plan_elsewhere_in_the_sentence_makes_no_target():
    got = facts("In 2024, the centre of the district, which will be upgraded next year, received 8,400 dossiers "
                "of the people and of businesses.")
    assert got[("dossiers_received", 8400)].kind == "actual"


def test_a_year_or_a_first_time_after_a_rank_keeps_it_the_index_rank():
    got = facts("In the PAR Index report of the ministry, Da Nang ranked 5th in 2021 for the first time, and Hai "
                "Phong rose to the top position for the first time.", province=None)
    assert got[("index_rank", 5)].province == "48" and got[("index_rank", 5)].period_start == "2021-01-01"
    assert got[("index_rank", 1)].province == "31"


def test_a_ranking_report_in_the_style_of_an_english_news_site():
    got = facts("Hanoi tops the public administration reform index for the third year\n"
                "Hanoi has led the country's Public Administration Reform (PAR) Index for the third year with 91.2 "
                "percent, the ministry announced on Friday. The capital was followed by Hai Phong, while HCMC came "
                "in fifth. The national average was 85.6 percent. In the SIPAS index, Hanoi ranked second with "
                "87.3 percent of people satisfied.", province=None, published=date(2024, 5, 3))
    assert got[("index_rank", 1)].province == "01" and got[("index_rank", 1)].index == "PAR"
    assert got[("index_score", 91.2)].period_start == "2023-01-01"   # announced in the spring after its year
    assert got[("index_rank", 5)].province == "79"
    assert got[("index_score", 85.6)].province is None
    assert got[("index_rank", 2)].index == "SIPAS"


def test_a_portal_report_of_procedures_and_online_services():
    got = facts("In the first nine months of 2024, the provincial People's Committee issued 25 decisions announcing "
                "312 administrative procedures, including 45 new procedures, 210 amended procedures and 57 "
                "abolished procedures. The province has 1,845 administrative procedures, of which 1,230 are "
                "provided as full-process online public services. Digitization of dossiers reached 92%.")
    assert ("procedure_decisions", 25) in got and ("procedures_published", 312) in got
    assert ("procedures_new", 45) in got and ("procedures_amended", 210) in got
    assert ("procedures_abolished", 57) in got
    assert ("online_services_full", 1230) in got and ("digitisation_rate", 92) in got


def test_economic_figures_give_no_facts():
    got = facts("The province ranked 9th in the PCI 2023 rankings of the VCCI. "
                "In the first ten months of 2024, the province attracted 1.5 billion USD of FDI, up 12 percent, "
                "and its 4,200 projects ranked 3rd nationwide in FDI attraction; the rate of growth of the economy "
                "was 6.5 percent and more than 60,000 workers attended 120 job fairs of the province.")
    assert set(got) == {("index_rank", 9)}


def test_a_plan_with_have_after_its_verb_is_still_a_plan():
    got = facts("Da Nang aims to have 100 percent of eligible administrative procedures provided as full-process "
                "online public services by 2025, according to the plan of the city.", province="48")
    assert got[("online_services_full", 100)].kind == "target"
    assert got[("online_services_full", 100)].unit == "percent"


def test_more_index_wordings():
    got = facts("In the PCI 2023 rankings, Quang Ninh retained its top position with a score of 73.02, up 2.5 "
                "points. Long An climbed five places to 6th, and Bac Ninh went from 15th to 12th in the index of "
                "the provinces.", province=None)
    assert got[("index_rank", 1)].province == "22"
    assert got[("index_score", 73.02)].province == "22"
    assert got[("index_score_change", 2.5)].province == "22"
    assert ("index_rank_change", 5) in got and got[("index_rank", 6)].province == "80"
    assert got[("index_rank", 15)].period_start == "2022-01-01"
    assert got[("index_rank", 12)].period_start == "2023-01-01"
    assert ("index_score", 15) not in got


def test_more_dossier_wordings():
    got = facts("In the first half of 2025, the district received 9,400 new dossiers, including 6,100 online "
                "dossiers and 35 overdue dossiers. Online dossiers accounted for 64.9% of the total, and 800 "
                "full-process online public services were provided at level-4 to the people of the district.")
    assert got[("dossiers_received", 9400)].period_end == "2025-06-30"
    assert ("online_dossiers", 6100) in got and ("dossiers_late", 35) in got
    assert ("online_dossier_rate", 64.9) in got
    assert ("online_services_full", 800) in got


def test_a_first_place_in_another_matter_is_no_index_rank():
    got = facts("In the PCI 2023 rankings the city ranked 9th, and Hanoi ranked first nationwide in the number of "
                "online dossiers, while the satisfaction of people with public services reached 86.7%.",
                province=None)
    assert ("index_rank", 1) not in got
    assert got[("index_rank", 9)].province is None     # `the city`, not Hanoi of the next phrase
    assert got[("index_rank", 9)].period == "2023"
    assert ("satisfaction_rate", 86.7) in got and ("index_score", 86.7) not in got


def test_a_year_end_report_of_a_provincial_portal():
    got = facts("In 2023, a total of 84,300 records were received, of which 51,200 were received online (60.7%). "
                "The rate of records resolved before and on time reached 99.2%, while 312 records were overdue "
                "(accounting for 0.4%). 4,100 dossiers were returned via public postal services. The province has "
                "provided 1,420 online public services, of which 980 are full-process, and 1,650 procedures are "
                "implemented at the one-stop shop. The total number of records received at the commune level was "
                "40,120, with an on-time rate of 98.1%.", published=date(2024, 3, 20))
    assert ("dossiers_received", 84300) in got and ("online_dossiers", 51200) in got
    assert ("dossiers_on_time_rate", 99.2) in got
    assert ("dossiers_late", 312) in got and ("dossiers_late_rate", 0.4) in got
    assert ("postal_dossiers", 4100) in got
    assert ("online_services", 1420) in got and ("online_services_full", 980) in got
    assert ("procedures_one_stop", 1650) in got
    assert got[("dossiers_received", 40120)].level == "commune"
    assert got[("dossiers_on_time_rate", 98.1)].level == "commune"


def test_an_index_report_of_a_province():
    got = facts("Quang Tri's PAR Index 2023 reached 88.5%, ranking 10th out of 63 provinces and cities. In the "
                "PAPI 2023, Quang Tri scored 43.2 points, while its DTI ranked 25th, down 4 places. The province "
                "aims to be among the top 10 in the PAR Index by 2025.", province="45", published=date(2024, 3, 20))
    assert got[("index_score", 88.5)].index == "PAR" and got[("index_rank", 10)].rank_of == 63
    assert got[("index_score", 43.2)].index == "PAPI"
    assert got[("index_rank", 25)].index == "DTI" and ("index_rank_change", -4) in got
    assert len(got) == 5


def test_figures_of_a_province_that_are_no_reform_statistics():
    got = facts("The province has 9 districts, 125 communes and 17 departments, and the centre of the province has "
                "30 service counters and 45 staff. Over 1,000 delegates attended the conference on March 15, 2024. "
                "It takes 3 days to process a birth certificate, and the fee is 50,000 VND. The ward ranked first "
                "in the football tournament of the city.", province="45", published=date(2024, 3, 20))
    assert got == {}


def test_shares_after_a_count_and_services_on_the_national_portal():
    got = facts("In 2023, Hanoi received over 2.6 million dossiers, with 99.7% resolved on time, and the National "
                "Public Service Portal has integrated 4,400 online public services of the ministries and of the "
                "provinces.", province=None, published=date(2024, 1, 9))
    assert got[("dossiers_received", 2.6e6)].qualifier == "over"
    assert ("dossiers_on_time_rate", 99.7) in got
    assert ("online_services_national_portal", 4400) in got


def test_names_after_followed_by_take_the_next_ranks():
    got = facts("In the 2024 PAPI report, Ha Giang ranks first among all 63 provinces with 45.1 points, followed by "
                "Lao Cai (44.9 points), the central province of Quang Tri and Long An.", province=None,
                published=date(2025, 4, 20))
    assert got[("index_rank", 1)].province == "02" and got[("index_rank", 1)].rank_of == 63
    assert [(got[("index_rank", n)].province, got[("index_rank", n)].index) for n in (2, 3, 4)] == \
        [("10", "PAPI"), ("45", "PAPI"), ("80", "PAPI")]
    assert got[("index_rank", 4)].period_start == "2024-01-01"


def test_a_list_after_followed_by_runs_past_decimal_points_and_into_the_next_sentence():
    got = facts("The results of the SIPAS 2024 were announced in Hanoi. Quang Tri kept its top position in the index "
                "with 90.5 percent, followed by Ha Tinh with 90.2 percent. It was followed in turn by Nghe An.",
                province=None, published=date(2025, 4, 20))
    assert got[("index_rank", 2)].province == "42"
    assert ("index_rank", 3) not in got   # `followed in turn by` is no cue of ours: nothing is guessed
    got = facts("The results of the SIPAS 2024 were announced in Hanoi. Quang Tri kept its top position in the "
                "index. It was followed by Ha Tinh and Nghe An.",
                province=None, published=date(2025, 4, 20))
    assert (got[("index_rank", 2)].province, got[("index_rank", 3)].province) == ("42", "40")


def test_followed_by_without_a_rank_before_it_gives_no_rank():
    got = facts("Ha Giang hosted the launch of the 2024 PAPI report, followed by a press conference in Lao Cai.",
                province=None, published=date(2025, 4, 20))
    assert not any(metric == "index_rank" for metric, _ in got)


def test_later_items_of_a_list_of_scores_drop_their_with():
    got = facts("The results of the index were announced in Hanoi. "
                "In the PAR Index 2024, Ninh Binh ranked first with a score of 92.4 percent, followed by Nam Dinh "
                "with 91.8 percent, "
                "Ha Nam 91.5 percent and Thai Binh 91.1 percent.", province=None, published=date(2025, 4, 20))
    assert [got[("index_score", v)].province for v in (92.4, 91.8, 91.5, 91.1)] == ["37", "36", "35", "34"]
    # a name before a share in a sentence with no score listed before it is no index score
    got = facts("In the PAR Index 2024 year, the centres of the province did well: Ha Nam 95.5 percent of dossiers "
                "were resolved on time, and the administrative procedures were all public.", province=None,
                published=date(2025, 4, 20))
    assert not any(metric.startswith("index_score") for metric, _ in got)


def test_a_pair_of_scores_without_a_verb_of_change_is_a_band():
    got = facts("In the PAPI 2024 report, Quang Tri is one of the 16 provinces in the top group, whose scores run "
                "from 44.1 points to 45.2 points, and the weakest group of the provinces has a score of 38.5 points "
                "to 39.9 points.", province=None, published=date(2025, 4, 20))
    assert not any(metric == "index_score" for metric, _ in got)
    got = facts("In the PAPI 2024 report, Quang Tri's total score rose from 44.1 points to 45.2 points and the "
                "province moved into the top group of the index.", province="45", published=date(2025, 4, 20))
    assert got[("index_score", 44.1)].period_start == "2023-01-01"
    assert got[("index_score", 45.2)].period_start == "2024-01-01"


def test_a_province_referred_back_to_holds_its_score_and_first_place():
    got = facts("The results of the satisfaction index were announced in the capital. For the SIPAS 2024, the "
                "locality scored a rate of 90.1 percent, maintaining the top position for the third year.",
                province="45", published=date(2025, 4, 20))
    assert got[("index_score", 90.1)].province == "45" and got[("index_score", 90.1)].index == "SIPAS"
    assert got[("index_rank", 1)].province == "45"
    # no index named in the sentence: a rate of the locality is no index score
    got = facts("The results of the survey were announced in the capital. In the survey, the locality scored a "
                "rate of 90.1 percent, and the people of the province were pleased.", province="45",
                published=date(2025, 4, 20))
    assert got == {}


def test_a_bare_count_with_what_was_done_to_it_breaks_down_the_count_before():
    got = facts("In March 2025, the centre received 2,140 dossiers of administrative procedures. Of these, 2,050 "
                "dossiers were resolved, with 2,041 being returned on time or early, and only 9 returned late.",
                province="45", published=date(2025, 4, 20))
    assert ("dossiers_resolved", 2050) in got and ("dossiers_late", 9) in got
    assert got[("dossiers_on_time", 2041)].period_end == "2025-03-31"
    got = facts("In March 2025, the centre received 2,140 dossiers of administrative procedures, with 300 being "
                "visitors from other provinces and 12 staff to help them.", province="45", published=date(2025, 4, 20))
    assert set(got) == {("dossiers_received", 2140)}


def test_the_tier_of_a_centre_is_the_tier_word_in_its_name_and_departments_are_a_tier():
    got = facts("The Provincial Public Administration Center reported on its work in March 2025. It worked with "
                "the Center's staff and relevant departments and agencies on the one-stop software. During the "
                "month, the Center received 3,210 dossiers of administrative procedures. Professional agencies "
                "digitized 1,400 dossiers in the month.", province="45", published=date(2025, 4, 20))
    assert got[("dossiers_received", 3210)].level == "province"
    assert got[("digitised_dossiers", 1400)].level == "department"


def test_a_sentence_wrapped_across_lines_is_read_whole():
    text = ("The Provincial Public Administration Center reported its results for the month.\n"
            "As of the end of June\n"
            "2025, a cumulative total of 9,120 dossiers had been received at the Center, and from January 1,\n"
            "2025 the centre returned 8,900 dossiers on time.\n"
            "Governance and citizens\n"
            "Citizens of the province rated the centre well in the survey of the year.")
    got = facts(text, province="45", published=date(2025, 7, 10))
    received = got[("dossiers_received", 9120)]
    assert (received.period_start, received.period_end) == ("2025-01-01", "2025-06-30")
    assert received.level == "province"


def test_a_part_out_of_a_whole_of_dossiers_counts_the_part():
    got = facts("In May 2025, the departments of the province digitized 812 out of 1,020 incoming dossiers and 640 "
                "out of 700 administrative procedure outcomes, and the wards resolved 950 out of 1,000 dossiers.",
                province="45", published=date(2025, 6, 10))
    assert got[("digitised_dossiers", 812)].level == "department"
    assert ("digitised_dossiers", 640) in got and ("dossiers_resolved", 950) in got
    assert not any(value in (1020, 700, 1000) for _, value in got)
    # a part out of a whole of something else is no dossier count
    got = facts("In May 2025, the province trained 812 out of 1,020 officials of the centres in the handling of "
                "administrative procedures.", province="45", published=date(2025, 6, 10))
    assert got == {}


def test_participles_before_the_noun_and_spaced_hyphens_of_translated_reports():
    got = facts("In the first quarter of 2025, the province issued 12 decisions announcing the list of "
                "administrative procedures, including 35 newly announced procedures and 90 modified and "
                "supplemented procedures; it brought 1,210 administrative procedures into settlement at the one "
                "-stop shop and is providing 1,400 online public services, including 820 full -service services.",
                province="45", published=date(2025, 4, 20))
    assert ("procedures_new", 35) in got and ("procedures_amended", 90) in got
    assert ("procedures_one_stop", 1210) in got and ("online_services_full", 820) in got
    assert ("online_services", 820) not in got
    # a modified timetable counts no procedures
    got = facts("In the first quarter of 2025, the province modified 3 timetables of the centres for the "
                "handling of administrative procedures.", province="45", published=date(2025, 4, 20))
    assert got == {}


def test_procedures_received_are_their_dossiers():
    got = facts("In the first quarter of 2025, the whole province received 21,400 administrative procedures, of "
                "which 15,200 documents were submitted online, accounting for more than 71%, and the province "
                "simplified 40 administrative procedures.", province="45", published=date(2025, 4, 20))
    assert ("dossiers_received", 21400) in got and ("online_dossiers", 15200) in got
    assert got[("online_dossier_rate", 71)].qualifier == "over"
    assert ("procedures_simplified", 40) in got
    # `for more than` is no `or`: a share of a group of procedures is no share of the count before
    got = facts("In the first quarter of 2025, the province brought 1,210 administrative procedures into settlement "
                "at the one-stop shop, of which the provincial level accounts for more than 75%.", province="45",
                published=date(2025, 4, 20))
    assert set(got) == {("procedures_one_stop", 1210)}


def test_a_share_after_a_share_of_dossiers_is_named_by_the_status_after_it():
    got = facts("In 2024, the centre received 10,200 dossiers of administrative procedures; the rate of dossiers "
                "resolved on time and early is 98.9%, and 1.1% late.", province="45", published=date(2025, 1, 20))
    assert ("dossiers_on_time_rate", 98.9) in got and ("dossiers_late_rate", 1.1) in got
    got = facts("In 2024, the satisfaction rate of the people with the administrative procedures of the centre is "
                "95.5%, and 2.5% late in the year.", province="45", published=date(2025, 1, 20))
    assert ("dossiers_late_rate", 2.5) not in got


def test_procedures_at_an_online_grade_are_online_services_of_that_grade():
    got = facts("In 2024, the Provincial Public Service Portal of the province has listed 310 administrative "
                "procedures at level 3 and 280 administrative procedures at level 4, and 45 procedures at level 2 "
                "in the portal.", province="45",
                published=date(2025, 1, 20))
    assert ("online_services_partial", 310) in got and ("online_services_full", 280) in got
    assert not any(value == 45 for _, value in got)
    got = facts("In 2024, the province simplified 31 administrative procedures of the centres of the province "
                "and the level of service of the centre rose.", province="45", published=date(2025, 1, 20))
    assert set(got) == {("procedures_simplified", 31)}


def test_a_plan_named_after_a_result_verb_is_reported_work_and_its_year_frames_the_figures():
    got = facts("In 2024, the centre has developed and implemented the plan to improve the business environment "
                "of the province. The centre received 12,400 dossiers of administrative procedures.", province="45",
                published=date(2025, 1, 20))
    received = got[("dossiers_received", 12400)]
    assert (received.kind, received.period_start, received.period_end) == ("actual", "2024-01-01", "2024-12-31")
    got = facts("In 2025, the centre plans to improve the business environment of the province and to receive "
                "15,000 dossiers of administrative procedures.", province="45", published=date(2025, 1, 20))
    assert got[("dossiers_received", 15000)].kind == "target"


def test_others_after_a_count_counts_the_same_things():
    got = facts("In 2024, a new decision of the province amended 40 administrative procedures in the fields of "
                "land and of transport, while removing 25 others.", province="45", published=date(2025, 1, 20))
    assert ("procedures_amended", 40) in got and ("procedures_abolished", 25) in got
    got = facts("In 2024, the centre of the province received 8,000 dossiers, and 25 others came to the centre "
                "to ask about the procedures.", province="45", published=date(2025, 1, 20))
    assert set(got) == {("dossiers_received", 8000)}


def test_a_count_after_amounted_to_counts_the_head_before_it():
    got = facts("In 2024, the number of dossiers returned by postal services amounted to 1,340 and the number of "
                "staff of the centre came to 45.", province="45", published=date(2025, 1, 20))
    assert set(got) == {("postal_dossiers", 1340)}


def test_dossiers_counted_by_their_online_payment_are_no_online_dossiers():
    got = facts("In 2024, the centre of the province received 9,000 dossiers, including 4,100 online dossiers, and "
                "a total of 2,300 dossiers completed online fee payment transactions.", province="45",
                published=date(2025, 1, 20))
    assert set(got) == {("dossiers_received", 9000), ("online_dossiers", 4100)}


def test_a_first_place_in_several_indices_named_after_it():
    def ranks(text):
        return {(f.index, f.province) for f in extract_facts(text, article_id="t", published=date(2025, 4, 20),
                                                             province=None) if f.metric == "index_rank"}
    assert ranks("Earlier, Quang Tri also topped the 2024 Provincial Competitiveness Index (PCI) announced on April "
                 "10, and the 2024 PAPI unveiled by the UNDP on April 15.") == {("PCI", "45"), ("PAPI", "45")}
    assert ranks("In the rankings of the year, Quang Tri topped the 2024 PCI, while Hanoi led the 2024 PAPI of the "
                 "UNDP and its partners.") == {("PCI", "45")}   # `led the 2024 PAPI` is no cue of ours
    # an index named right after the place, though another was named earlier in the sentence
    assert ranks("The committee announced the PAR Index and the SIPAS in 2024. — HÀ NỘI — The province of Quang Tri "
                 "maintained first position on the Public Administration Reform Index (PAR Index).") == \
        {("PAR", "45")}


def test_currently_is_the_day_of_publication_unless_a_running_frame_says_now():
    got = facts("In the first quarter of 2025, the province received 21,400 dossiers of administrative procedures. "
                "The province is currently providing 1,320 online public services.", province="45",
                published=date(2025, 4, 12))
    services = got[("online_services", 1320)]
    assert (services.period_start, services.period_end) == (None, "2025-04-12")
    got = facts("From July 1 until now, the centre of the ward has received 5,100 dossiers, and 120 dossiers are "
                "currently being processed within the deadline.", province="45", published=date(2025, 9, 30))
    assert got[("dossiers_pending", 120)].period_start == "2025-07-01"


def test_properly_and_before_the_deadline_is_on_time():
    got = facts("In the first quarter of 2025, the province received 9,000 dossiers of administrative procedures, "
                "with the proper settlement rate and before the deadline up to 97.2%, and the rate of dossiers "
                "settled before the deadline alone was 40.5%.", province="45", published=date(2025, 4, 12))
    assert ("dossiers_on_time_rate", 97.2) in got
    assert ("dossiers_early_rate", 40.5) in got


def test_a_change_of_a_count_or_a_rate_is_no_count_and_no_rate():
    got = facts("In 2024, the provincial Public Administration Service Center received 12,400 dossiers, an increase "
                "of 1,200 records compared to 2023, and the rate of online dossiers was 48.5%, up 2.1% from 2023.")
    assert ("dossiers_received", 12400) in got and ("online_dossier_rate", 48.5) in got
    assert not any(value in (1200, 2.1) for _, value in got)


def test_a_count_followed_by_its_status_breaks_down_the_count_before():
    got = facts("In March, the center of the province received 4,000 dossiers in the one-stop shop. Among these, "
                "3,900 dossiers were settled; 3,880 were on time or ahead of schedule, and only 20 were delayed.")
    assert ("dossiers_on_time", 3880) in got and ("dossiers_late", 20) in got
    # a count with no count before it to break down is no fact
    assert not facts("In March, the center of the province worked to serve the people, and only 20 were delayed.")


def test_documents_are_dossiers_when_what_is_done_to_dossiers_is_said_of_them():
    got = facts("In the first 6 months of the year, the Public Administration Service Center received 38,210 documents "
                "of 17 departments, including 1,204 documents solved behind schedule and 37,006 new documents. In "
                "30,118 solved documents, there were 12,402 documents solved before schedule (accounting for 41.18 "
                "percent).")
    assert got[("dossiers_received", 38210)] and got[("dossiers_received", 37006)]
    assert ("dossiers_late", 1204) in got and ("dossiers_resolved", 30118) in got
    assert got[("dossiers_early_rate", 41.18)]
    got = facts("The provincial People's Committee issued 15 documents guiding administrative procedure reform.")
    assert not got


def test_on_and_ahead_of_due_date_and_a_parts_share_of_the_overdue_files():
    got = facts("In 2024, the Public Administration Service Center handled 98 percent of documents on and ahead of "
                "due date.")
    assert ("dossiers_on_time_rate", 98) in got
    got = facts("In 2024, districts resolved 210 overdue files of administrative procedures, accounting for 61.2% of "
                "the total number of overdue files resolved in the province.")
    assert ("dossiers_late", 210) in got and ("dossiers_late_rate", 61.2) not in got


def test_a_centre_named_by_its_province_is_the_province_tier_and_bodies_counted_after_a_figure_are_not():
    got = facts("In the first 6 months of the year, Tay Ninh Public Administration Service Center received 12,400 "
                "dossiers of 19 departments and branches.")
    assert got[("dossiers_received", 12400)].level == "province"
    got = facts("In the first 6 months of the year, the Hoa Binh Ward Public Administration Service Center received "
                "3,120 dossiers of administrative procedures.")
    assert got[("dossiers_received", 3120)].level == "commune"


def test_what_a_review_found_is_a_result_and_what_is_to_be_reviewed_is_not():
    got = facts("Through review, the province currently has 1,790 administrative procedures in 2025, and the one-stop "
                "shop of the province has been upgraded.")
    assert ("procedures_in_effect", 1790) in got
    got = facts("In 2025, the province plans to review 1,790 administrative procedures for the one-stop shop.")
    assert not any(value == 1790 for _, value in got)


def test_a_tier_after_and_begins_the_next_item_not_the_figures_phrase():
    got = facts("As of December 31, 2024, the rate of dossiers processed on time by district-level People's Committees "
                "was 98.9 percent and by communal People's Committees was 99.74 percent.")
    assert got[("dossiers_on_time_rate", 98.9)].level == "district"
    assert got[("dossiers_on_time_rate", 99.74)].level == "commune"
    got = facts("In the third quarter, the province reported that 97.4% of the dossiers of communes were settled on "
                "time and the rest were overdue.")
    assert got[("dossiers_on_time_rate", 97.4)].level == "commune"


def test_a_sentence_wrapped_over_lines_reads_as_one_line():
    # text copied from a page wrapped at 80 columns: the line break inside a sentence stands for a space
    text = ("As of December 31, 2024, the rate of dossiers processed on time by\ndistrict-level People's Committees "
            "was 98.9 percent and by communal People's Committees\nwas 99.74 percent.")
    got = facts(text)
    assert got[("dossiers_on_time_rate", 98.9)].level == "district"
    assert got[("dossiers_on_time_rate", 99.74)].level == "commune"
    got = facts("Năm 2024, toàn tỉnh đã tiếp nhận 12.000 hồ sơ trực\ntuyến, đạt 45%.")
    assert got[("online_dossiers", 12000)] and got[("online_dossier_rate", 45)]


def test_a_list_of_parts_after_a_lead_naming_them_gives_their_scores():
    got = facts("In the PAPI 2024, the province scored 44.5 points. Among 8 sub-indexes, the province has three of the "
                "highest scores, including: Control of corruption in the public sector with 7.48 points; Publicity "
                "and transparency with 5.84 points; and Accountability to the public with 4.47 points.")
    assert got[("index_score", 44.5)].component is None
    assert {v: f.component for (m, v), f in got.items() if m == "index_component_score"} == {
        7.48: "Control of corruption in the public sector", 5.84: "Publicity and transparency",
        4.47: "Accountability to the public"}
    got = facts("In the PAPI 2024, among the provinces with the highest scores were the following ones: Quang Ninh "
                "with 48.2 points; and Ha Tinh with 47.9 points.", province=None)
    assert not [k for k in got if k[0] == "index_component_score"]


def test_items_of_a_list_after_a_lead_take_the_leads_metric():
    got = facts("In the first half of 2025, some units with a high rate of early processing of public administration "
                "documents are: Department of Agriculture (97.9%); Doan Hung District People's Committee (97.7%); "
                "Department of Home Affairs (97.5%). Some units have received a large number of public administration "
                "documents: Viet Tri City People's Committee (34,679 documents); Thanh Ba District People's Committee "
                "(30,822 documents).")
    assert {v for m, v in got if m == "dossiers_early_rate"} == {97.9, 97.7, 97.5}
    assert got[("dossiers_early_rate", 97.9)].level == "department"      # not the next item's `District`
    assert {v for m, v in got if m == "dossiers_received"} == {34679, 30822}
    got = facts("In the first half of 2025, the province issued several documents: the Department of Justice (34 "
                "documents) and the Department of Home Affairs (12 documents).")
    assert not got


def test_a_rank_out_of_the_field_a_change_against_a_year_and_a_dimension_named_by_its_kind():
    got = facts("The province's PAR Index in 2024 reached 88.2%, 2.81 points higher than in 2023, ranked 36 out of 63, "
                "up 16 places compared to 2023.")
    assert got[("index_score_change", 2.81)].unit == "score"
    assert got[("index_rank", 36)].rank_of == 63
    assert ("index_score", 2.81) not in got
    got = facts("In the PAPI 2024, the province scored 44.5 points in the index of the country and ranked 20th in "
                "the rankings. Dimension of Transparency was 5.61 over 10-point scale.")
    assert got[("index_component_score", 5.61)].component == "Transparency"
    # against another place it is a gap, no change
    got = facts("In the PAR Index 2024, the province reached 88.2%, 2.81 points higher than Hanoi.")
    assert not [k for k in got if k[0] == "index_score_change"]


def test_a_text_wrapped_at_a_width_joins_its_lines_whatever_the_case_of_the_next():
    text = ("As of December 31, 2024, the rate of administrative procedures processed on\n"
            "time by provincial agencies reached 99.14 percent, while that by district-level\n"
            "People's Committees was 98.9 percent and by communal People's Committees was\n"
            "99.74 percent. The province also simplified the procedures of the one-stop\n"
            "offices at district level and of the provincial centre for public services, and\n"
            "the working group pointed to a number of shortcomings in the work of the year.\n\n"
            "1. The province will keep on reforming.")
    got = facts(text)
    assert got[("dossiers_on_time_rate", 98.9)].level == "district"
    assert got[("dossiers_on_time_rate", 99.74)].level == "commune"
    # a news page's paragraphs are long lines: a short title line is not joined to the paragraph after it
    page = ("Tỉnh đạt tỷ lệ đúng hạn 98%\n" + "Năm 2024, toàn tỉnh tiếp nhận 12.000 hồ sơ, giải quyết đúng hạn 11.800 "
            "hồ sơ, đạt tỷ lệ 98,33%; các sở, ban, ngành, UBND các huyện và các xã đã thực hiện tốt việc tiếp nhận, "
            "giải quyết hồ sơ thủ tục hành chính cho người dân và doanh nghiệp trên địa bàn tỉnh.")
    got = facts(page)
    assert got[("dossiers_on_time_rate", 98)].evidence_sentence == "Tỉnh đạt tỷ lệ đúng hạn 98%"


def test_requests_processed_are_dossiers():
    got = facts("In the year of 2024, 96.7 percent of the requests to the agency were processed online, according to "
                "the report of the provincial State Treasury on administrative reform.")
    assert ("online_dossier_rate", 96.7) in got
    got = facts("In the year of 2024, 96.7 percent of the requests of the people to the agency were about land, "
                "according to the report of the provincial State Treasury on administrative reform.")
    assert not got


def test_a_share_of_services_made_available_online_and_a_level_of_satisfaction():
    got = facts("In the year of 2024, 100 percent of administrative services were made available online at Level 4, "
                "and the provincial State Treasury enjoyed 99.4 percent in the level of satisfaction about its "
                "services.")
    assert got[("online_services_full", 100)].unit == "percent"
    assert ("satisfaction_rate", 99.4) in got
    got = facts("In the year of 2024, 100 percent of administrative services were reviewed by the working group of "
                "the province, and 40 percent in the level of the budget was spent.")
    assert not got


def test_the_dti_pillars_ranks_are_theirs_and_their_values_are_part_scores():
    got = facts("According to the rankings of the DTI 2020, Bac Ninh province ranked third in the country with a value "
                "of 0.4096, in which, digital government ranked eighth with a value of 0.4449; Digital economy "
                "ranked second with a value of 0.3668.")
    assert [v for m, v in got if m == "index_rank"] == [3]
    assert got[("index_score", 0.4096)].component is None
    assert {v: f.component for (m, v), f in got.items() if m == "index_component_score"} == \
        {0.4449: "digital government", 0.3668: "Digital economy"}


def test_items_naming_only_their_tier_state_what_the_first_item_states():
    got = facts("In 2023, the total number of administrative procedure records received at the provincial level was "
                "90,010 records, at the district level 136,350 records, and at the commune level 187,299 records. The "
                "rate of timely settlement of records at the provincial level was 99.8%, at the district level 82.92%, "
                "and at the commune level 97.5%. The total number of records received and processed online at the "
                "provincial level accounted for 80.6%, at the district level 32.3%, and at the commune level 66.1%.")
    assert {v: f.level for (m, v), f in got.items() if m == "dossiers_received"} == \
        {90010: "province", 136350: "district", 187299: "commune"}
    assert {v: f.level for (m, v), f in got.items() if m == "dossiers_on_time_rate"} == \
        {99.8: "province", 82.92: "district", 97.5: "commune"}
    assert {v for m, v in got if m == "online_dossier_rate"} == {80.6, 32.3, 66.1}
    # a level that is a label (online public services at level 3) stays a label
    got = facts("In 2023, the province provided 1,200 online public services at level 3 to the people and the "
                "businesses of the province for administrative procedure dossiers.")
    assert ("online_dossiers", 3) not in got and ("online_services", 3) not in got


def test_an_order_cue_after_a_named_index_continues_that_indexs_ranks():
    text = ("In 2020, Quang Ninh maintained first position on the PAR Index for the fourth consecutive year. In the "
            "SIPAS, Hai Phong topped the rankings. Regarding the PAR Index, Quang Ninh was followed by Hai Phong and "
            "Binh Duong. In the DTI of the country, Da Nang leads this ranking. Following Da Nang is Ho Chi Minh City.")
    got = extract_facts(text, article_id="t", published=PUB, province=None)
    ranks = {(f.index, f.province): f.value for f in got if f.metric == "index_rank"}
    assert ranks[("PAR", "22")] == 1 and ranks[("PAR", "31")] == 2 and ranks[("PAR", "74")] == 3
    assert ranks[("DTI", "48")] == 1 and ranks[("DTI", "79")] == 2


def test_a_share_of_procedures_provided_as_online_services_is_a_share_of_services():
    got = facts("In the first two quarters of 2024, the number of end-to-end online dossiers accounted for 42 percent, "
                "while the number of administrative procedures provided under end-to-end online public services "
                "nationwide accounted for 55.5 percent.", province=None)
    assert got[("online_services_full", 55.5)].unit == "percent"
    assert ("online_dossier_rate", 42) in got and ("online_dossier_rate", 55.5) not in got


def test_signed_changes_in_parentheses_and_changes_said_after_the_score():
    got = facts("The PCI of the province improved in 2018. Specifically, the province reached 64.50 points, the "
                "highest score since 2011 (+0.14 points), ranking 15th out of 63 provinces and cities (+2 grades). "
                "Among the component indexes, the province has increasing indexes including Cost of time (+0.47); "
                "Dynamicity (+0.18).")
    assert ("index_score_change", 0.14) in got and ("index_rank_change", 2) in got
    assert got[("index_score_change", 0.47)].component == "Cost of time"
    assert got[("index_score_change", 0.18)].component == "Dynamicity"
    got = facts("In 2024, Dien Bien's SIPAS reached 82.96%, ranking 40th out of 63 provinces and cities - an "
                "increase of 2.86 percentage points and 9 places from 2023. The PAR Index reached a record high of "
                "88.23/100, up 0.21 points compared to last year.")
    assert ("index_score_change", 2.86) in got and ("index_rank_change", 9) in got
    assert ("index_score", 88.23) in got and ("index_score_change", 0.21) in got
    # a figure in parentheses without a sign stays what it was
    got = facts("In 2024, the PAR Index of the province reached 88.23 percent (the highest in the region of the "
                "country) and ranked 12th out of 63 provinces.")
    assert not [k for k in got if k[0].endswith("_change")]


def test_the_766_index_named_by_what_it_measures_and_its_parts_in_which():
    got = facts("Under the set of criteria for serving people and businesses in handling administrative procedures, "
                "the province ranked 9th out of 34 provinces and cities, in which the Publicity Index reached 17.05 "
                "points; the Satisfaction Index reached 18.10 points.")
    assert got[("index_rank", 9)].index == "766"
    assert {(f.index, f.component) for (m, v), f in got.items() if m == "index_component_score"} == \
        {("766", "Publicity"), ("766", "Satisfaction")}
    # outside a list of parts, the satisfaction index is SIPAS
    assert [code for _, code in english_indices_in("In 2024, the Satisfaction Index reached 84.5 percent.")] == \
        ["SIPAS"]
    for named in ("Vietnam’s public service index for citizen and business satisfaction",
                  "the nation’s public service performance rankings"):
        assert [code for _, code in english_indices_in(f"Ca Mau led {named} in 2024.")] == ["766"], named
    text = (LEAD + "Hoa Binh ranked first among the 63 localities in processing administrative requests online in "
            "July by recording 83.08 out of the 100 points. The ranking was based on the ratings in the National "
            "Public Service Portal. Specifically, the locality scored 15.7 out of the total of 18 points in "
            "openness and transparency criteria.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=date(2024, 8, 5),
                                                          province="17")}
    assert got[("index_score", 83.08)].index == "766" and got[("index_rank", 1)].index == "766"
    assert got[("index_component_score", 15.7)].index == "766"
    assert not [k for k in got if k[1] in (100, 18)]
    assert got[("index_score", 83.08)].period_start != "2023-01-01"   # a monthly index: no edition of the year before
    got = facts(LEAD + "The province currently ranks first among all 34 cities and provinces on a national index "
                "measuring service quality in handling administrative procedures in real time on the electronic "
                "platform.", province="27")
    assert got[("index_rank", 1)].index == "766"


def test_online_public_services_abbreviated_ops_by_level():
    got = facts("In the province, the Online Public Service Portal now provides 1,420 OPS, including 310 OPS at "
                "level 3 and 880 OPS at level 4. The portal publicizes 1,190 OPS at level 3 and 4.")
    assert got[("online_services", 1420)] and got[("online_services_partial", 310)]
    assert got[("online_services_full", 880)] and got[("online_services", 1190)]


def test_procedures_whose_processing_time_was_reduced_are_simplified():
    got = facts("In the year, the Department of Justice implemented a reduction of processing time for 4 areas and 38 "
                "administrative procedures. At the provincial level, 25 administrative procedures were reduced.")
    assert ("procedures_simplified", 38) in got and ("procedures_simplified", 25) in got


def test_a_move_written_as_a_noun_and_a_pillars_rank_after_the_figure():
    got = facts("In 2023, the province ranked 20th out of 63 provinces in the DTI, an increase of 12 positions from "
                "2022. It ranks 11/63 in digital economy.")
    assert ("index_rank_change", 12) in got and ("index_rank", 20) in got
    assert ("index_rank", 11) not in got


def test_correct_and_early_settlement_is_on_time():
    got = facts("In the third quarter, the rate of correct and early settlement of dossiers reached 98.6%.")
    assert ("dossiers_on_time_rate", 98.6) in got


def test_places_worded_secured_retained_and_ordinals_in_parentheses():
    got = facts("In the PCI 2022, Bac Ninh province secured the second place for the first time, after improving by "
                "12 ranks and scoring 3.10 points higher than in PCI 2021. Hai Phong retained its third position, "
                "slipping by one rank. Other provinces in the top 10 include Da Nang (6th) and Long An (7th), an "
                "improvement of 2 ranks.", province=None)
    ranks = {f.province: v for (m, v), f in got.items() if m == "index_rank"}
    assert ranks == {"27": 2, "31": 3, "48": 6, "80": 7}
    assert ("index_rank_change", 12) in got and ("index_score_change", 3.1) in got
    assert ("index_rank_change", -1) in got and ("index_rank_change", 2) in got


def test_fields_of_the_par_index_named_before_their_shares():
    got = facts("In the 8 component indicators of the PAR INDEX 2024, the province scored over 90% in 3 indicators: "
                "administrative procedure reform reached 97.50%; and the public finance reform index reached 91.2%.")
    assert got[("index_component_score", 97.5)].component == "administrative procedure reform"
    assert got[("index_component_score", 91.2)].component == "public finance reform"


def test_papi_dimensions_named_alone_and_ranks_written_2nd_63():
    got = facts("In the 2024 PAPI, the province achieved 45.10/80 points, ranked 3rd/63 provinces and cities, and "
                "ranked 4/13 provinces in the Mekong Delta. Notably, publicity and transparency increased by 0.21 "
                "points, and public service provision decreased by 0.05 points.")
    assert ("index_rank", 3) in got and ("index_rank", 4) not in got
    assert got[("index_score_change", 0.21)].component == "publicity and transparency"
    assert got[("index_score_change", -0.05)].component == "public service provision"


def test_procedures_published_on_a_portal_are_in_force_with_their_breakdown():
    got = facts("The province currently has over 1,900 administrative procedures published on the province's "
                "electronic portal, including nearly 1,500 provincial-level procedures and over 400 commune-level "
                "procedures. Of these, nearly 700 procedures are fully available online, and over 1,000 are "
                "partially available online.")
    assert {v for (m, v) in got if m == "procedures_in_effect"} == {1900, 1500, 400}
    assert ("online_services_full", 700) in got and ("online_services_partial", 1000) in got
    got = facts("The Provincial People's Committee has announced 2,050 administrative procedures on the National "
                "Administrative Procedure Database, of which 1,700 administrative procedures are under the "
                "jurisdiction of the provincial level.")
    assert {v for (m, v) in got if m == "procedures_in_effect"} == {2050, 1700}


def test_a_numbered_list_of_component_scores_with_colons():
    got = facts("In the PCI 2018, the province fell one level compared to 2017. The specific component scores are as "
                "follows: (1) Access to land: 6.10 points; (2) Transparency: 6.35 points. Quang Ninh continues to "
                "hold the leading position.", province="15")
    assert ("index_rank_change", -1) in got
    assert got[("index_component_score", 6.1)].component == "Access to land"
    assert got[("index_component_score", 6.35)].component == "Transparency"
    assert got[("index_rank", 1)].province == "22"


def test_a_vietnamese_decimal_comma_in_english_and_places_up():
    got = facts("In 2023, the province's PAR INDEX was 87,45% and it is 3 places up compared to the 2022 ranking of "
                "the provinces in the country.")
    assert ("index_score", 87.45) in got and ("index_rank_change", 3) in got
    assert ("index_score", 45) not in got


def test_a_parts_moves_named_the_x_index_and_points_after_the_provinces_places():
    got = facts("In the PCI 2024, the province ranked 20th out of 63 provinces, up five places and 1.20 points "
                "compared to 2023. The equal competition index rose 30 places and 1.10 points, while the market entry "
                "index fell 12 places to 25th but increased by 0.15 points.")
    assert ("index_rank_change", 5) in got and ("index_score_change", 1.2) in got
    assert got[("index_score_change", 1.1)].component == "equal competition"
    assert got[("index_score_change", 0.15)].component == "market entry"
    assert not [k for k in got if k[1] in (30, 12, 25)]



def test_a_rate_of_dossiers_named_by_its_subject_or_by_the_rate_after_it():
    got = facts("The province has reformed administrative procedures for the people and the businesses. In 2024, "
                "records resolved on time and before the deadline reached 97.5%. Applications at the commune "
                "level achieved a 98.25% on-time processing rate. In 2024 the growth reached 12%.")
    assert ("dossiers_on_time_rate", 97.5) in got
    assert got[("dossiers_on_time_rate", 98.25)].level == "commune"
    assert not [k for k in got if k[1] == 12]


def test_services_after_a_rate_of_dossiers_are_not_its_share():
    got = facts("The province has reformed administrative procedures for the people and the businesses. In 2024, "
                "the rate of records resolved on time reached 97.5%, and online public services reached 80%.")
    assert ("dossiers_on_time_rate", 97.5) in got
    assert not [k for k in got if k[1] == 80]


def test_parts_scored_in_parentheses_and_decimal_commas_before_four_digits():
    got = facts("In the PAPI 2023, the province achieved 43.1207 points and ranked 12/63 provinces. In which, there "
                "were 3 content axes with the highest scores: participation at the grassroots level (5.4121 points); "
                "accountability to the people (4,2736); e-governance (3,5190 points). One content axis with average "
                "scores was \"public administrative procedures\" (7.2104 points).", province="24")
    assert got[("index_score", 43.1207)].component is None
    assert got[("index_component_score", 5.4121)].component == "participation at the grassroots level"
    assert got[("index_component_score", 4.2736)].component == "accountability to the people"
    assert got[("index_component_score", 3.519)].component == "e-governance"
    assert got[("index_component_score", 7.2104)].component == "public administrative procedures"
    assert not [k for k in got if k[0] == "index_score" and k[1] < 10]


def test_parts_listed_after_indexes_of_components_and_a_part_restated_with_its_score():
    text = ("In the PCI 2020, the province scored 70.37 points. The highest score that the province achieved is the "
            "time cost with 9.06 points. In 2020, the province has 3 indexes of components that increase, including "
            "market entry costs (7.64 points), time costs (9.06 points), labor training (6.33 points).")
    out = extract_facts(text, article_id="t", published=PUB, province="24")
    got = {(f.metric, f.value): f for f in out}
    assert got[("index_component_score", 7.64)].component == "market entry costs"
    assert got[("index_component_score", 6.33)].component == "labor training"
    assert [f.metric for f in out if f.value == 9.06] == ["index_component_score"]   # one part, stated twice
    assert not [f for f in out if f.metric == "index_score" and f.value < 10]


def test_the_rest_of_a_top_list_and_scores_in_parentheses_after_names():
    text = ("In the PCI 2024, Hai Phong came first with 74.84 points and Quang Ninh came in second. Rounding out the "
            "top five were Long An, Bac Giang, and Ba Ria - Vung Tau. Other provinces with high PCI rankings include "
            "Thua Thien Hue (70.43) and Dong Thap (69.90).")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=PUB, province="31")}
    assert [got[("index_rank", n)].province for n in (3, 4, 5)] == ["80", "24", "77"]
    assert got[("index_score", 70.43)].province == "46" and got[("index_score", 69.9)].province == "87"
    text = (LEAD + "Leading the PCI 2024 ranking is Hai Phong city with 74.84 points. The next positions belong to "
            "Quang Ninh (73.20 points), Long An (72.64 points), and Bac Giang (71.24 points). In the PCI 2023, Da "
            "Nang slipped down to second with 70.1 points.")
    got = {(f.metric, f.value, f.period_start[:4]): f
           for f in extract_facts(text, article_id="t", published=PUB, province=None)}
    assert [got[("index_rank", n, "2024")].province for n in (1, 2, 3, 4)] == ["31", "22", "80", "24"]
    assert got[("index_rank", 1, "2024")].evidence == "Leading the PCI 2024 ranking is Hai Phong"
    assert got[("index_rank", 2, "2023")].province == "48"
    got = facts(LEAD + "In the PCI 2016, Hai Phong dropped two places to sixth, while Bac Ninh jumped two places to "
                "24.", province=None)
    assert got[("index_rank", 6)].province == "31" and got[("index_rank", 24)].province == "27"
    for text, code in (("The Ministry of Justice and Hai Phong city were placed first in the 2021 PAR Index.", "31"),
                       ("Hai Phong has reached the top of the 2024 PCI rankings for the first time.", "31"),
                       ("In the SIPAS 2018, Quang Ninh continued to lead the index with 89.06 percent.", "22"),
                       ("In the PCI 2017, Quang Ninh Province was crowned the top performer for the first time.", "22"),
                       ("According to the PCI 2016, Da Nang is the most competitive city in Vietnam.", "48")):
        got = facts(LEAD + text, province=None)
        assert got[("index_rank", 1)].province == code, text
    text = (LEAD + "In the PAR Index 2015, Da Nang came first with 92.7%. Followed closely behind Da Nang were Hai "
            "Phong City with 92.59% and Dong Nai Province with 92.53%.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=PUB, province="48")}
    assert got[("index_rank", 2)].province == "31" and got[("index_rank", 3)].province == "75"


def test_a_change_of_the_province_referred_back_to_and_the_value_of_last_years_edition():
    text = ("The provincial authorities have announced the results of the year and the work that remains to be done. "
            "In the PCI 2023, Quang Ninh ranked first with 71.25 points. Compared to last year, the province's total "
            "score decreased by 1.7 points, from 72.95 last year.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=date(2024, 5, 10),
                                                          province="24")}
    assert got[("index_score_change", -1.7)].province == "22"
    assert got[("index_score", 72.95)].province == "22"
    assert got[("index_score", 72.95)].period_start == "2022-01-01"
    got = facts(LEAD + "Regarding the PAPI Index, Hoa Binh scored 43.55 points in 2023. This score represented a "
                "significant jump of 2.52 points compared to 2022.", province="17")
    assert got[("index_score_change", 2.52)].province == "17"


def test_a_respective_list_of_three_with_a_comma_before_and():
    text = (LEAD + "In the PAR Index 2021, Dong Nai, Tien Giang and Ha Nam scored 85.1 percent, 84.2 percent, and "
            "83.5 percent, respectively.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=PUB, province="31")}
    assert [got[("index_score", v)].province for v in (85.1, 84.2, 83.5)] == ["75", "82", "35"]
    got = facts(LEAD + "In the SIPAS 2018, Da Nang and the northern province of Hai Phong was placed fourth and fifth, "
                "respectively.", province=None)
    assert got[("index_rank", 5)].province == "31"


def test_the_sipas_parts_a_national_report_lists():
    text = (LEAD + "In the SIPAS 2023, the nation's average satisfaction level was 82.66 per cent. The level of "
            "satisfaction with access to services was 83 per cent, administrative procedures 83.02 per cent, civil "
            "servants’ performance 83.12 per cent, service outcomes 83.03 per cent, and complaint settlement 82.27 "
            "per cent.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=PUB, province=None)}
    parts = {v: f.component for (m, v), f in got.items() if m == "index_component_score"}
    assert parts == {83: "access to services", 83.02: "administrative procedures", 83.12: "civil servants’ performance",
                     83.03: "service outcomes", 82.27: "complaint settlement"}
    assert not [k for k in got if k[0] == "satisfaction_rate"]
    got = facts(LEAD + "In the SIPAS 2024, satisfaction with policy-making and execution hit 83.84 percent.",
                province=None)
    assert got[("index_component_score", 83.84)].component == "policy-making and execution"
    text = (LEAD + "In the SIPAS 2023, the nation's average satisfaction level was 82.66 per cent, compared to the "
            "80.08 per cent in the previous year. Quang Ninh topped the SIPAS rankings with 90.61 per cent while Bac "
            "Kan, another in the northeast, was at the bottom with only 75.03 per cent.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=PUB, province=None)}
    assert got[("index_score", 80.08)].province is None and got[("index_score", 80.08)].period_start == "2022-01-01"
    assert got[("index_score", 75.03)].province == "06"



def test_the_average_index_result_is_the_countrys_and_a_provinces_bodies_average_is_not():
    got = facts(LEAD + "In particular, the average SIPAS Index results in 2024 are 83.94%, an increase of 1.28% "
                "compared to 2023.", province="31")
    assert got[("index_score", 83.94)].province is None
    assert got[("index_score_change", 1.28)].province is None
    got = facts(LEAD + "In 2024, the PCI of the city has dropped 2 places, stopping at 29/63 provinces and cities. "
                "Firms found a lack of clean land (HCMC 19%; the national average 25%).", province="79")
    assert got[("index_rank", 29)].rank_of == 63
    assert not [k for k in got if k[0] == "index_score"]   # a PCI is no share: its survey's shares are no scores
    got = facts(LEAD + "In the PAR Index 2024 of the province, the average score for provincial-level agencies was "
                "73.2/100 points.", province="14")
    assert got[("index_score", 73.2)].province == "14"


def test_names_ranked_after_a_province_take_the_places_after_its_own():
    text = (LEAD + "Quang Tri topped the SIPAS 2024 for the second time. Meanwhile, Hai Phong, Bac Giang and Hai Duong "
            "ranked after Quang Tri in terms of the SIPAS. Da Nang ranked after Hanoi in the PCI.")
    ranks = {(f.value, f.province) for f in extract_facts(text, article_id="t", published=PUB, province=None)
             if f.metric == "index_rank" and f.index == "SIPAS"}
    assert ranks == {(1, "45"), (2, "31"), (3, "24"), (4, "30")}
    text = (LEAD + "According to the 2024 DTI released on October 21, Hanoi, Hue, Hai Phong and Thanh Hoa ranked "
            "first through fourth respectively.")
    ranks = {(f.value, f.province) for f in extract_facts(text, article_id="t", published=PUB, province=None)
             if f.metric == "index_rank"}
    assert ranks == {(1, "01"), (2, "46"), (3, "31"), (4, "38")}
    got = facts(LEAD + "Vietnam's 2024 DTI score reached 0.7955, thanks to the country's jump in the global "
                "e-government ranking, where Vietnam climbed 15 positions to reach 71st out of 193 countries.",
                province=None)
    assert not [k for k in got if k[0].startswith("index_rank")]


def test_a_part_named_as_the_index_in_it_and_a_part_that_is_its_score():
    text = (LEAD + "In the PCI 2020, the province scored 61.2 points. Particularly, the index in land access only "
            "increased 0.61 point over 2019 but rose 30 places to 29th position. The index on market entry fell 0.48 "
            "points but was still at 7.50 points. In the PAPI 2020, the component index scores are: E-governance is "
            "3.85 points; Transparency is 5.54 points.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=PUB, province="15")}
    assert got[("index_score_change", 0.61)].component == "land access"
    assert got[("index_score_change", -0.48)].component == "market entry"
    assert got[("index_component_score", 7.5)].component == "market entry"
    assert got[("index_component_score", 3.85)].component.lower() == "e-governance"
    assert not [k for k in got if k[0].startswith("index_rank")]
    got = facts(LEAD + "In the PAPI 2015, the city scored under the average in vertical accountability (4.97 points). "
                "The city also got low scores in terms of transparency (5.41 points).", province="79")
    assert got[("index_component_score", 4.97)].component == "vertical accountability"
    assert got[("index_component_score", 5.41)].component == "transparency"
    text = (LEAD + "In the PCI 2014, the province was once ranked 6th out of 63 provinces but then dropped to a lower "
            "position of 39/63, and it reached the rank of 24/63 provinces. For example, information transparency "
            "dropped from the position of 25/63 provinces down to the position of 62/63 provinces.")
    ranks = {f.value for f in extract_facts(text, article_id="t", published=PUB, province="77")
             if f.metric == "index_rank"}
    assert ranks == {6, 39, 24}


def test_departments_named_after_the_economy_and_a_span_of_places():
    text = (LEAD + "According to the DDCI 2023, in the department bloc, the Department of Planning and Investment "
            "continues taking the first position with 89.29 points. Ranked 4th to 10th are the following units: "
            "Department of Education and Training (88.52 points); Department of Culture, Sports and Tourism (88.33 "
            "points).")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=PUB, province="24")}
    assert [got[("index_score", v)].level for v in (89.29, 88.52, 88.33)] == ["department"] * 3
    assert not [k for k in got if k[0] == "index_rank"]
    got = facts(LEAD + "In the SIPAS 2023, the district had a satisfaction index of 73.52%, ranking 10th out of 18 "
                "districts and cities.", province="49")
    assert not [k for k in got if k[0] == "index_rank"]


def test_a_change_increasing_and_the_last_place_of_a_respective_list_with_its_place_word():
    got = facts(LEAD + "In the DDCI 2021 of the province, the median score of departments reached 68.49 points "
                "(increasing 3.62 points compared to 2020). In the PAR Index 2017, Ha Noi and southern Dong Nai "
                "province came in second and third place, respectively. In the PAPI 2023, the province scored 7.574 "
                "points in control of corruption in public sector (7.574 points).", province="20")
    assert ("index_score_change", 3.62) in got and ("index_score", 3.62) not in got
    assert got[("index_rank", 3)].province == "75"
    assert got[("index_component_score", 7.574)].component.startswith("control of corruption")


def test_scales_thresholds_gaps_and_weights_are_no_scores():
    got = facts(LEAD + "In the PAPI 2017, the indicators were each ranked on a scale from 0.25 to 2.5 points. In the "
                "PCI 2024, Hanoi scored 69.1 points, the third consecutive year exceeding the mark of 60 points, with "
                "the score difference with the second-ranked locality now only 0.03 points. Da Nang was 0.58 points "
                "behind first place winner Quang Ninh.", province="01")
    assert {v for m, v in got if m == "index_score"} == {69.1}


def test_moves_with_increasing_a_place_at_the_second_position_and_following_by():
    text = ("In 2023, the province ranked 12th in the PAPI, increasing by 4 places compared to 2020. Hue led the "
            "country with 46.02 points; following by Thai Nguyen province with 45.71 points. In the PCI 2023, Long "
            "An moved up eight spots to arrive at the second position.")
    ranks = {(f.metric, f.value, f.index, f.province)
             for f in extract_facts(text, article_id="t", published=PUB, province="24")
             if f.metric.startswith("index_rank")}
    assert ("index_rank_change", 4, "PAPI", "24") in ranks
    assert ("index_rank", 2, "PAPI", "19") in ranks      # Thai Nguyen, after `following by`
    assert ("index_rank", 2, "PCI", "80") in ranks       # Long An, `at the second position`


def test_the_parts_of_the_766_index_listed_after_of_which():
    got = facts("The Index for serving people and businesses in performing administrative procedures is calculated "
                "from 5 indexes. By the end of June 2025, the province achieved 80.12 points, of which: the "
                "transparency index reached 16.02 points, the satisfaction index reached 17.44 points and the "
                "digitalization index reached 12.3 points.", province="10")
    assert got[("index_score", 80.12)].index == "766"
    assert got[("index_component_score", 16.02)].component == "transparency"
    assert got[("index_component_score", 17.44)].index == "766"
    assert got[("index_component_score", 17.44)].component == "satisfaction"
    assert ("index_score", 17.44) not in got


def test_a_part_named_before_its_kind_and_scores_in_parentheses_after_names():
    got = facts("According to the 2023 PCI report, the province scored 70.15 points, with its Informal Charge "
                "subindex score of 7.61 points. Can Tho topped all other localities in the PAPI 2016 with a score of "
                "39.44, closely followed by Ha Tinh (39.21) and Da Nang (38.47).", province="80")
    assert got[("index_component_score", 7.61)].component == "Informal Charge"
    assert ("index_score", 7.61) not in got
    assert got[("index_score", 39.21)].province == "42" and got[("index_score", 38.47)].province == "48"


def test_online_services_by_grade_with_shares_and_information_only_services():
    got = facts("The province reviewed its administrative procedures on the national public service portal, with 700 "
                "full online public services (38.5%); 420 partial online public services (23.1%); and 690 services "
                "providing information online (38.4%). The rate of file digitalization reached 61.5%, and the rate "
                "of on-duty records of provincial agencies reached 91.2%. The Public Administration Service Centers "
                "are providing about 2,100 administrative procedures.", province="89")
    assert ("online_services_full", 700) in got and got[("online_services_full", 38.5)].unit == "percent"
    assert ("online_services_partial", 420) in got and ("online_services_partial", 23.1) in got
    assert not [k for k in got if k[1] in (690, 38.4)]
    assert ("digitisation_rate", 61.5) in got and ("dossiers_on_time_rate", 91.2) in got
    assert ("procedures_one_stop", 2100) in got


def test_places_written_as_numbers_and_to_rank_third():
    text = ("In the PCI 2019, Vinh Long made a strong rise from number nine to number four, Long An made a jump to "
            "fifth position from number 16 a year earlier, while Ho Chi Minh City fell out of the top ten to number "
            "13. In the DTI 2021, Da Nang climbed two spots to rank third. Under Decision Number 12, the province has "
            "number 7 of its plans done.")
    ranks = {(f.value, f.province) for f in extract_facts(text, article_id="t", published=PUB, province="24")
             if f.metric == "index_rank"}
    assert {(9, "86"), (4, "86"), (5, "80"), (16, "80"), (13, "79"), (3, "48")} <= ranks
    assert not [r for r in ranks if r[0] in (12, 7)]


def test_a_citys_own_bodies_ranked_by_its_par_index():
    text = ("Hanoi announced the 2024 Public Administration Reform (PAR) Index of its departments and districts. The "
            "2024 PAR Index of departments and department-level agencies averaged at 87.9%, up 2.1% against the "
            "previous year. With 93.5%, the Department of Justice ranked first, followed by the Department of "
            "Finance (93.12%). Ba Dinh district came first with 96.1%. For commune-level People's Committees, all "
            "localities achieved scores above 80%, and 15 districts have transferred 100% of administrative "
            "procedures to the post office.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=PUB, province="01")}
    assert got[("index_score", 87.9)].level == "department"
    assert got[("index_score_change", 2.1)].level == "department"
    assert got[("index_score", 93.5)].level == "department" and got[("index_score", 93.12)].level == "department"
    assert got[("index_score", 96.1)].level == "district"
    assert not [k for k in got if k[0] == "index_score" and k[1] in (80, 100)]


def test_parts_scored_by_points_in_them_and_a_score_fewer_than_a_year():
    got = facts("In the PAPI 2021, Hai Duong got 4.71 points in people's participation at local levels; 5.38 points "
                "in transparency and 3.52 points in e-governance. The score of Hai Duong's PAPI in 2021 was 0.21 "
                "points fewer than that in 2020. The province scored 43.94 points in total.", province="30")
    assert got[("index_component_score", 4.71)].component == "people's participation at local levels"
    assert got[("index_component_score", 5.38)].component == "transparency"
    assert got[("index_component_score", 3.52)].component == "e-governance"
    assert ("index_score_change", -0.21) in got
    assert got[("index_score", 43.94)].component is None


def test_the_766_index_named_by_its_groups_of_criteria():
    got = facts("On August 11, 2025, the province rose to the top position with a total score of 84.21 points, "
                "achieving high scores in most of the component criteria: Transparency (15.12 points); Resolution "
                "progress (19.03 points); and Document digitization (16.4 points). The progress criterion achieved "
                "19.03 points.", province="19")
    assert got[("index_score", 84.21)].index == "766" and got[("index_rank", 1)].index == "766"
    assert got[("index_component_score", 15.12)].component == "Transparency"
    assert got[("index_component_score", 16.4)].component == "Document digitization"
    assert ("index_score", 19.03) not in got


def test_respective_lists_of_places_and_scores_and_places_a_year_apart():
    text = ("In the PCI 2016, Hanoi and Hai Phong ranked 13th and 22nd respectively, while Da Nang and Quang Ninh "
            "scored 70.4 and 67.9 points respectively. Ho Chi Minh City fell from 5th last year to 7th.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=PUB, province="49")}
    assert got[("index_rank", 13)].province == "01" and got[("index_rank", 22)].province == "31"
    assert got[("index_score", 70.4)].province == "48" and got[("index_score", 67.9)].province == "22"
    assert ("index_rank", 5) in got and got[("index_rank", 7)].province == "79"


def test_rates_of_a_report_told_year_by_year_and_margins_over_a_target():
    got = facts("According to the National Public Service Portal, the level of satisfaction with the public "
                "administrative services of the province has increased: in 2022 it reached 82.1%, in 2023 it reached "
                "92.4%. A total of 80,120 applications have been processed, of which 80,001 were completed on or "
                "before the deadline, achieving a rate of 99.85%. The online payment implementation rate reached "
                "58.3% (exceeding 13.3% of the target assigned by the Government), and the rate of digitized records "
                "surpassed 90%.", province="92")
    assert ("satisfaction_rate", 82.1) in got and ("satisfaction_rate", 92.4) in got
    assert ("dossiers_on_time_rate", 99.85) in got
    assert ("online_payment_rate", 58.3) in got
    assert not [k for k in got if k[1] == 13.3]


def test_parts_named_in_title_case_and_a_share_reaching_the_rate_of():
    got = facts("Quang Ninh Province jumped two steps to take the lead in the PAPI 2020 rankings with 48.802 points "
                "and ranked first in three criteria of Transparency in Local Decision-making (6.512 points), "
                "Control of Corruption in the Public Sector (8.301 points) and Public Service Delivery (7.702 "
                "points). In 2020 "
                "the district handled 116,700 dossiers ahead of and on time, reaching the rate of 99.95%.",
                province="22")
    assert got[("index_component_score", 6.512)].component == "Transparency in Local Decision-making"
    assert got[("index_component_score", 8.301)].component == "Control of Corruption in the Public Sector"
    assert got[("index_component_score", 7.702)].component == "Public Service Delivery"
    assert ("dossiers_on_time_rate", 99.95) in got


def test_papi_scores_written_with_a_vietnamese_decimal_comma():
    got = facts("Thua Thien-Hue Province leads the table of PAPI 2021 results of the provinces and cities with 48,112 "
                "points, followed by Binh Duong Province with 47,261 points. The province received 12,345 dossiers.",
                province="46")
    assert ("index_score", 48.112) in got and ("index_score", 47.261) in got
    assert ("dossiers_received", 12345) in got


def test_procedures_in_force_by_tier_and_a_share_published_on_the_national_database():
    got = facts("The total number of administrative procedures at the three provincial, district and commune levels is "
                "2,020 administrative procedures, of which the provincial level is 1,570 administrative procedures; "
                "district level is 310 administrative procedures and commune level is 140 administrative procedures. "
                "The province has publicly announced 100% of administrative procedures and published them on the "
                "national database with nearly 1,880 procedures. Among them, there are nearly 1,390 provincial-level "
                "administrative procedures; 236 at the district level. The total number of administrative "
                "procedures providing online services reached 1,150.", province="74")
    for value in (2020, 1570, 310, 140, 1390, 236):
        assert ("procedures_in_effect", value) in got
    assert got[("procedures_in_effect", 100)].unit == "percent"
    assert got[("procedures_in_effect", 236)].level == "district"
    assert ("online_services", 1150) in got


def test_first_places_after_an_apposition_the_lead_and_the_runner_up():
    text = ("Da Nang, the poster city of central Vietnam, has once again topped the Public Administration Reform "
            "Index 2016. In the PAPI 2020, Quang Ninh Province jumped two steps to take the lead in the PAPI 2020 "
            "rankings. The Mekong Delta province of Dong Thap was the runner-up with 46.961 points. Thai Nguyen "
            "ranked third and took the lead in Participation at Local Levels (6.216 points).")
    ranks = {(f.value, f.index, f.province) for f in extract_facts(text, article_id="t", published=PUB, province="48")
             if f.metric == "index_rank"}
    assert {(1, "PAR", "48"), (1, "PAPI", "22"), (2, "PAPI", "87")} <= ranks
    assert (1, "PAPI", "19") not in ranks


def test_a_dti_report_pillars_averages_and_values_changed_from():
    text = ("The national DTI in 2024 reached 0.7961, up 8.4% from 0.7344 in 2023. At the provincial level, the DTI "
            "averaged 0.6975, a 2.5% year-on-year increase. All three key pillars showed improvement, with digital "
            "government scoring 0.7591, up 4.6%; digital economy at 0.7711, up 13.1%. Ho Chi Minh City led the 2024 "
            "ranking among the 63 provinces and cities, and Ha Noi came into the first place among the 34 provinces.")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=PUB, province="48")}
    assert got[("index_score", 0.7344)].period_start == "2023-01-01"
    assert got[("index_score", 0.6975)].province is None and ("index_score_change", 2.5) in got
    assert got[("index_component_score", 0.7591)].component == "digital government"
    assert got[("index_score_change", 13.1)].component == "digital economy"
    ranks = {(f.value, f.province) for f in extract_facts(text, article_id="t", published=PUB, province="48")
             if f.metric == "index_rank"}
    assert {(1, "79"), (1, "01")} <= ranks


def test_the_nations_average_satisfaction_in_a_sipas_report_is_its_score():
    got = facts("According to the Satisfaction Index of Public Administration Services (SIPAS) 2024 announced by the "
                "Ministry of Home Affairs, the nation's average satisfaction level in 2024 was 83.12%. The level of "
                "satisfaction with access to services was 84%.", province=None)
    assert got[("index_score", 83.12)].index == "SIPAS" and got[("index_score", 83.12)].province is None
    assert ("index_score", 84) not in got


def test_ranked_top_then_followed_by_names_with_their_scores_in_parentheses():
    text = ("The northern province of Quang Ninh was ranked top in the 2020 PAPI report, with an aggregate score of "
            "48.903. Quang Ninh Province was followed by the Mekong Delta's Dong Thap Province (46.982) and northern "
            "Thai Nguyen Province (46.455).")
    got = {(f.metric, f.value): f for f in extract_facts(text, article_id="t", published=PUB, province="22")}
    assert got[("index_rank", 1)].province == "22"
    assert got[("index_rank", 2)].province == "87" and got[("index_rank", 3)].province == "19"
    assert got[("index_score", 46.982)].province == "87" and got[("index_score", 46.455)].province == "19"


def test_a_ratio_or_a_proportion_names_a_rate_but_not_of_services_having_records():
    got = facts("From January 1 to May 31, 2021, the departments received and processed 101,300 administrative "
                "procedure documents. The ratio of on-time process was 98.4%. The province ranked highest in the "
                "percentage of online public services having records, with rates of 100% and 97.5%.", province="74")
    assert ("dossiers_on_time_rate", 98.4) in got
    assert not [k for k in got if k[1] in (100, 97.5)]


def test_online_services_of_two_grades_and_their_items_by_tier():
    got = facts("At present, the province provides 810 level-3 and -4 online public services, of which 760 procedures "
                "are at the provincial level, 31 procedures at the district level, and the remaining at the communal "
                "level. Of which 2,094 administrative procedures are online public services, 99 administrative "
                "procedures are public services that have not yet had online records.", province="24")
    assert ("online_services", 810) in got
    assert got[("online_services", 760)].level == "province" and got[("online_services", 31)].level == "district"
    assert ("online_services", 99) not in got


def test_names_respectively_ranked_a_fall_down_by_and_procedures_provided_online():
    text = ("According to this year's PCI results, Quang Ninh, Bac Giang and Dong Thap are respectively ranked as "
            "the localities with high-quality economic management. In the PAPI 2024, Ha Giang scored 43.7 points, "
            "down by 0.6 points. Ha Giang has 1,950 administrative procedures, of which 1,870 procedures are "
            "provided online.")
    facts_ = extract_facts(text, article_id="t", published=PUB, province="02")
    ranks = {(f.value, f.province, f.index) for f in facts_ if f.metric == "index_rank"}
    assert ranks >= {(1, "22", "PCI"), (2, "24", "PCI"), (3, "87", "PCI")}
    got = {(f.metric, f.value) for f in facts_}
    assert ("index_score_change", -0.6) in got and ("index_score", 0.6) not in got
    assert ("online_services", 1870) in got


def test_a_provinces_own_digital_transformation_assessment_of_its_agencies():
    got = facts("In 2024, Son La province implemented a scoring system based on the Digital Transformation Assessment "
                "Index for state agencies. The average score for provincial-level agencies was 73.5/100 points, with "
                "the Department of Information and Communications ranking first at 91.2/100 points. The rate of "
                "online public services generating online applications reached nearly 85%.", province="14")
    assert got[("index_score", 91.2)].index == "DTI" and got[("index_score", 91.2)].level == "department"
    assert ("index_score", 73.5) in got
    assert not [k for k in got if k[1] == 85]


def test_a_score_surged_to_a_jump_of_points_and_a_move_named_after_its_places():
    got = facts("In the PAR Index 2023, the province's PAR Index surged to 86.81%, up 0.41% from 2022, a significant "
                "jump of 2.47 points and a 21-place climb in the national ranking, while its SIPAS showed a 3-rank "
                "drop.", province="23")
    assert ("index_score", 86.81) in got and ("index_score_change", 0.41) in got
    assert ("index_score_change", 2.47) in got
    assert ("index_rank_change", 21) in got and ("index_rank_change", -3) in got


def test_a_part_named_as_an_index_scored_on_its_own_scale():
    got = facts("Bac Ninh leads the country in the index for serving people and businesses in performing "
                "administrative procedures, with 91.2 points. The Transparency Index remained stable at 15.8/18 "
                "points. The progress index reached 19.4/20 points.", province="27")
    assert got[("index_component_score", 15.8)].component == "Transparency"
    assert got[("index_component_score", 19.4)].index == "766"
    assert ("index_score", 15.8) not in got


def test_parts_of_procedures_by_what_was_done_and_effective_procedures_by_tier():
    got = facts("Among the 980 administrative procedures announced, 481 were newly issued, and 499 were abolished. To "
                "date, the total number of effective administrative procedures is 1,850, including 1,450 at the "
                "provincial level and 280 at the district level.", province="19")
    assert ("procedures_new", 481) in got and ("procedures_abolished", 499) in got
    assert ("procedures_in_effect", 1850) in got
    assert got[("procedures_in_effect", 280)].level == "district"


def test_a_part_whose_kind_comes_before_its_quoted_name():
    got = facts("In 2023, the PAR Index of the province reached 88.12 points, ranking 9th out of 63 provinces. "
                "The component index \"Civil Service Reform\" achieved 14.23/15 points.")
    assert got[("index_component_score", 14.23)].component == "Civil Service Reform"
    assert got[("index_score", 88.12)].component is None


def test_the_766_index_named_by_its_set_and_its_groups_listed_after_commas():
    got = facts("As of October 17, 2025, the province ranked third out of 34 provinces and cities in implementing "
                "Index Set No. 766. Among the index groups, three maintained near-maximum scores, including online "
                "payment (9.5/10 points), transparency and disclosure (16.2/18 points), and satisfaction level "
                "(17.8/18 points).")
    assert got[("index_rank", 3)].index == "766"
    assert got[("index_component_score", 16.2)].component == "transparency and disclosure"
    assert got[("index_component_score", 17.8)].component == "satisfaction level"


LEAD = "The provincial authorities have announced the results of the year and the work that remains to be done. "


def test_a_place_written_no_and_a_regions_no_is_not_the_countrys():
    got = facts(LEAD + "In 2019, the province ranked No. 13 (down seven places) in the PCI rankings.",
                published=date(2020, 5, 6))
    assert ("index_rank", 13) in got and ("index_rank_change", -7) in got
    got = facts(LEAD + "In the PCI 2019, the province scored 63.2 points, ranking No. 9 out among Mekong Delta "
                "provinces.",
                published=date(2020, 5, 6))
    assert ("index_rank", 9) not in got


def test_a_documents_date_is_no_period():
    got = facts(LEAD + "Under the Decision dated March 2, 2025, the province announced 120 administrative procedures.")
    assert got[("procedures_published", 120)].period_start != "2025-03-02"


def test_parts_labelled_with_a_colon_their_national_medians_and_their_own_places():
    text = ("In 2019, the province ranked 13th in the PCI rankings. The indices that increased over 2018 include:\n\n"
            "Access to land: 7.62 points (up 0.51 points). Seven out of 10 component indicators advanced to make it "
            "ranked No. 6 out of 63 provinces and cities (6 places higher). The national median was 6.94 points.\n\n"
            "Law and order: 6.14 points (up 0.36 points), ranked No. 48 (6 places higher). The national median was "
            "6.53 points.")
    got = facts(text, published=date(2020, 5, 6))
    assert got[("index_component_score", 7.62)].component == "Access to land"
    median = got[("index_component_score", 6.94)]
    assert median.component == "Access to land" and median.province is None
    assert got[("index_component_score", 6.53)].component == "Law and order"
    assert not [k for k in got if k[0].startswith("index_rank") and k[1] in (6, 48)]


def test_a_national_index_that_rose_and_the_average_it_reached():
    got = facts("The Satisfaction Index of Public Administrative Services (SIPAS) in 2024 increased by 1.28% as "
                "compared to the previous year, reaching an average of 83.94%.", province=None,
                published=date(2025, 4, 7))
    assert ("index_score_change", 1.28) in got
    assert got[("index_score", 83.94)].province is None


def test_a_change_written_without_by_and_a_score_gained():
    got = facts("In the PCI 2023 rankings, the province ranked 18/63 provinces and cities, increased 24 places, "
                "reaching 68.06 points, increased 3.67 points compared to 2022.", published=date(2024, 5, 13))
    assert ("index_score_change", 3.67) in got and ("index_score", 3.67) not in got
    got = facts(LEAD + "For the PAPI, in 2018, the province gained 45.74 points.", published=date(2019, 4, 2))
    assert ("index_score", 45.74) in got


def test_a_change_named_after_its_points():
    got = facts(LEAD + "In the 766 index, the province scored 85.75 points. This marks a 14.5-point increase "
                "compared to July.")
    assert ("index_score_change", 14.5) in got and ("index_score", 14.5) not in got


def test_places_listed_respectively_with_their_unit_and_asides_of_another_year():
    got = facts(LEAD + "In the PCI 2019, Binh Duong (6th in 2018) and Ho Chi Minh City (10th in 2018) have actually "
                "dropped to the 13th and 14th spots, respectively.", province=None, published=date(2020, 5, 6))
    assert got[("index_rank", 13)].province == "74" and got[("index_rank", 14)].province == "79"
    assert got[("index_rank", 13)].period_start == "2019-01-01"
    got = facts(LEAD + "The PAPI 2018 report ranks Hanoi and HCMC in 55th and 59th place, respectively, in terms of "
                "controlling corruption in the public sector.", province=None, published=date(2019, 4, 3))
    assert ("index_rank", 55) not in got


def test_a_span_across_provinces_and_a_regions_aggregate_are_no_facts():
    got = facts(LEAD + "The SIPAS 2024 reached an average of 83.94%, with results across provinces ranging from 78.16% "
                "to 90.59%.", province=None, published=date(2025, 4, 7))
    assert set(got) == {("index_score", 83.94)}
    got = facts(LEAD + "In the 2015-2019 period, the regional PCI increased by 10 percent, equivalent to 5.95 points, "
                "from 59 points in 2015 to 64.99 points last year.", province=None, published=date(2020, 6, 16))
    assert not got


def test_an_english_dossier_report_with_its_parts_statuses_and_shares():
    got = facts(LEAD + "At the centre, 18,450 records were received and processed last month (15,200 newly received "
                "records, 3,250 records transferred from the previous period). Of them, 14,000 files were resolved on "
                "time or before deadline (95.10%); 720 files were resolved after deadline (4.9%). The number of "
                "records received via online public services is: 4,100 records, a rate of 22.2%.")
    assert got[("dossiers_received", 15200)] and got[("dossiers_pending", 3250)]
    assert ("dossiers_on_time_rate", 95.1) in got and ("dossiers_late", 720) in got
    assert ("dossiers_late_rate", 4.9) in got
    assert ("online_dossiers", 4100) in got and ("online_dossier_rate", 22.2) in got


def test_a_rank_in_words_after_ranking_changes_in_percentage_points_and_a_gap_to_the_mean():
    got = facts(LEAD + "In the PAR INDEX 2024, Hanoi scored 92.57%, ranking third out of 63 provinces and cities. This "
                "represents an increase of 1.32 percentage points compared to 2023 and 2.99 percentage points compared "
                "to 2022. It was also 4.38 percentage points higher than the average score of the provinces.",
                province="01", published=date(2025, 5, 1))
    assert ("index_rank", 3) in got
    assert got[("index_score_change", 1.32)].unit == "percent"
    assert got[("index_score_change", 2.99)].period_start == "2022-01-01"
    assert not [k for k in got if k[1] == 4.38]


def test_a_place_among_a_few_cities_or_a_districts_place_is_no_national_rank():
    got = facts(LEAD + "In the PAPI 2024, Hanoi met its target, ranking second among the six centrally governed "
                "cities.", province="01", published=date(2025, 5, 1))
    assert ("index_rank", 2) not in got


def test_the_766_index_named_by_its_real_time_services_or_the_portals_service_quality():
    got = facts(LEAD + "In the index for evaluating real-time e-government services via the National Public Service "
                "Portal, the province ranked 1st out of 63 provinces and cities, with a composite score of 82.5/100.")
    assert got[("index_rank", 1)].index == "766" and got[("index_score", 82.5)].index == "766"
    got = facts(LEAD + "Currently, on the National Public Service Portal, the service quality of the province is "
                "ranked 9/34.")
    assert got[("index_rank", 9)].index == "766"


def test_parts_scored_on_their_own_scales_are_named_by_their_phrases():
    got = facts(LEAD + "In the PAR Index 2023, the province ranked 35th out of the 63 provinces and cities. In "
                "particular, its appraisal score reached 57.04/61.50 points, and leadership and management impact "
                "assessment score 18.34/22 points. The total score of the PAR index of the province is 86.89/100 "
                "points.",
                published=date(2024, 4, 20))
    assert got[("index_component_score", 57.04)].component == "appraisal score"
    assert got[("index_component_score", 18.34)].component == "leadership and management impact assessment score"
    assert ("index_score", 86.89) in got


def test_a_list_of_parts_that_moved_gives_their_changes_not_the_provinces_places():
    got = facts(LEAD + "In the PCI 2024, the province scored 66.1 points. Specific indicators that decreased include: "
                "Informal costs dropped 0.24 points and ranked 47 places lower; Fair competition decreased 0.14 points "
                "and dropped 8 ranks.", published=date(2025, 5, 1))
    assert got[("index_score_change", -0.24)].component == "Informal costs"
    assert got[("index_score_change", -0.14)].component == "Fair competition"
    assert ("index_rank_change", -8) not in got


def test_a_part_as_its_clauses_subject_gives_its_change_and_new_score_not_the_provinces_places():
    got = facts(LEAD + "In the PCI 2024, the province scored 66.1 points. One index – time costs – rose nine places "
                "from 45th to 36th, although its score declined slightly by 0.2 points, to 7.37. Transparency rose "
                "0.22 points to 6.17, although it fell 15 places.", published=date(2025, 5, 1))
    assert got[("index_score_change", -0.2)].component == "time costs"
    assert got[("index_component_score", 7.37)].component == "time costs"
    assert got[("index_score_change", 0.22)].component == "Transparency"
    assert got[("index_component_score", 6.17)].component == "Transparency"
    assert not [k for k in got if k[0].startswith("index_rank")]


def test_a_score_opening_its_sentence_and_the_average_of_the_provinces():
    text = ("In the PAR Index 2016, Da Nang ranks first. With 62.55 percent, the Mekong Delta province of Hau Giang "
            "was at the last place. Meanwhile, the average index of 63 provinces and cities is 74.64 percent. With "
            "89.95%, the Ministry of Justice shared the top position with Quang Ninh province.")
    got = facts(LEAD + text, province=None, published=date(2017, 5, 31))
    assert got[("index_score", 62.55)].province == "93"
    assert got[("index_score", 74.64)].province is None
    assert ("index_score", 89.95) not in got or got[("index_score", 89.95)].province is None


def test_a_rate_of_procedures_or_services_by_their_full_grade():
    got = facts(LEAD + "In 2023, the rate of eligible full-cycle administrative procedures reached only 48 percent. "
                "The rate of records processed online was 40%.")
    assert ("online_services_full", 48) in got and ("online_dossier_rate", 40) in got


def test_the_place_of_the_year_a_move_is_compared_with():
    text = ("In the PCI 2022, the province scored 66.60 points, ranked 23rd out of 63 provinces and cities, an "
            "improvement of 7 ranks compared to 2021 (30th out of 63).")
    got = facts(LEAD + text, published=date(2023, 5, 1))
    assert got[("index_rank", 30)].period_start == "2021-01-01"
    assert got[("index_rank", 23)].period_start == "2022-01-01"


def test_a_place_named_by_its_ordinal_before_its_holder():
    text = ("In the PCI 2023, Quang Ninh topped the rankings with 73.95 on a 100-point scale; second place is Bac "
            "Giang province with a score of 72.67.")
    got = facts(LEAD + text, province=None, published=date(2024, 5, 1))
    assert got[("index_rank", 2)].province == "24"


def test_the_administration_improvement_index_a_share_its_subject_reaches_and_a_place_it_stands_at():
    got = facts(LEAD + "In 2019, the PCI ranking decreased by 4 steps and stands currently at 40 out of 63 cities and "
                "provinces. Meanwhile, the administration improvement index reached 81.84 points, and the satisfaction "
                "index of people and organisations on the administrative agencies reached 89.18 per cent.",
                published=date(2020, 5, 6))
    assert got[("index_rank", 40)].index == "PCI"
    assert got[("index_score", 81.84)].index == "PAR"
    assert got[("index_score", 89.18)].index == "SIPAS"
    got = facts(LEAD + "In 2023, Thang Binh had a satisfaction index of 73.52%, and the satisfaction index of 63 "
                "provinces is in the range of 82.79% - 94.07% with a median value of 87.02%.",
                published=date(2024, 5, 6))
    assert ("index_score", 73.52) not in got and ("index_score", 87.02) not in got


def test_a_decimal_broken_by_a_line_a_place_in_a_dossier_report_and_procedures_submitted_online():
    got = facts(LEAD + "In administrative reform, from July 1 to the end of August 2025, the province received 224,318 "
                "TTHC, of which 199.626 "
                "TTHC were submitted online, reaching 88.\n99%, ranking 8th nationwide.", published=date(2025, 9, 1))
    assert set(got) == {("dossiers_received", 224318), ("online_dossiers", 199626), ("online_dossier_rate", 88.99)}
    got = facts(LEAD + "By 2020, the One-Stop Service of the province has received over 34.1 thousand administrative "
                "records of all kinds.", published=date(2021, 1, 6))
    assert ("dossiers_received", 34100) in got


def test_ahead_of_schedule_or_on_time_timely_settled_and_files_per_month():
    got = facts(LEAD + "In the administrative reform, from July 1, 2025, the commune received 6,260 applications; "
                "100% of applications were processed ahead of schedule or on time; the district has timely settled 34 "
                "records; the commune handles about 300 - 400 administrative procedure files per month.",
                published=date(2025, 9, 1))
    assert set(got) == {("dossiers_received", 6260), ("dossiers_on_time_rate", 100), ("dossiers_on_time", 34)}


def test_things_named_after_files_and_reused_digitised_data_are_no_facts():
    got = facts(LEAD + "In the administrative reform, the Center received 1,200 records; it arranged 17 file receiving "
                "counters and 1 file lookup machine. The rate of exploitation and reuse of digitized data information "
                "reached 92.62%.", published=date(2025, 7, 10))
    assert set(got) == {("dossiers_received", 1200)}


def test_records_carried_by_the_post_office_and_procedures_counted_by_their_online_grade():
    got = facts(LEAD + "In the administrative reform of 2023, districts collaborated with the Provincial Post Office "
                "to receive nearly 70,000 records; the Center received 12,000 records. The province has 1,978 "
                "administrative procedures, of which 331 are fully online, 1,182 are partially online and 465 "
                "procedures are not supported online.", published=date(2024, 1, 10))
    assert {m: v for m, v in got if m != "procedures_in_effect"} == {
        "postal_dossiers": 70000, "dossiers_received": 12000, "online_services_full": 331,
        "online_services_partial": 1182}


def test_administrative_inquiries_handled_in_time_and_addressed_online():
    got = facts(LEAD + "In administrative reform, during 2011-2020, the unit received and processed 11,531 "
                "administrative inquiries, 93.7 percent of which were handled in time or even earlier than "
                "scheduled. More than 90 percent of the administrative inquiries have been addressed online.",
                published=date(2021, 3, 1))
    assert set(got) == {("dossiers_received", 11531), ("dossiers_on_time_rate", 93.7), ("online_dossier_rate", 90)}
    assert got[("dossiers_on_time_rate", 93.7)].period_start == "2011-01-01"


def test_a_land_registration_branch_its_change_and_its_daily_average():
    text = ("Chau Duc land registration branch works at full stretch\n\nOn average, each day it receives more than "
            "300 records, mainly procedures for transfer and mortgage. From August 15 to September 15 alone, the "
            "branch received 4,563 applications, an increase of nearly 600 applications compared to the same "
            "period in 2024.")
    got = facts(text, province="77", published=date(2025, 9, 20))
    assert set(got) == {("dossiers_received", 4563)}


def test_fully_online_services_submissions_and_the_first_eight_months():
    got = facts(LEAD + "In administrative reform, the province now offers 1,020 fully online public services, along "
                "with 628 partial online services. In the first eight months of 2024, over 92% of submissions were "
                "made online.",
                published=date(2024, 9, 10))
    assert set(got) == {("online_services_full", 1020), ("online_services_partial", 628), ("online_dossier_rate", 92)}
    assert got[("online_dossier_rate", 92)].period_end == "2024-08-31"


def test_a_part_of_its_whole_and_the_share_in_parentheses_after_it():
    got = facts(LEAD + "In administrative reform, from July 1 to August 18, 2025, the ward has resolved 3660/3695 "
                "records, with 5,666 out of 6,230 applications processed ahead of schedule (90.94%) and 191 out of "
                "6,260 applications processed on time (9.06%).", published=date(2025, 8, 25))
    assert {("dossiers_resolved", 3660), ("dossiers_early_rate", 90.94), ("dossiers_on_time_rate", 9.06)} <= set(got)
    assert ("dossiers_resolved", 3695) not in got


def test_land_procedure_records_since_the_beginning_of_the_year():
    got = facts(LEAD + "In administrative reform, the province has received over 17,600 land administrative procedure "
                "records since the beginning of the year, of which over 14,500 records have been resolved.",
                published=date(2025, 5, 20))
    assert set(got) == {("dossiers_received", 17600), ("dossiers_resolved", 14500)}
    assert (got[("dossiers_received", 17600)].period_start, got[("dossiers_received", 17600)].period_end) == \
        ("2025-01-01", "2025-05-20")


def test_a_ratio_in_parentheses_restating_the_rate_before_it():
    got = facts(LEAD + "In administrative reform, from July 1, 2025, Huong An ward led in the rate of timely "
                "application settlement at 91% (309/338 applications), while Phu Vang commune had the highest rate "
                "of online applications with 99.59% (491/493 applications).", published=date(2025, 8, 1))
    assert {("dossiers_on_time_rate", 91), ("dossiers_on_time", 309), ("dossiers_resolved", 338),
            ("online_dossier_rate", 99.59), ("online_dossiers", 491), ("dossiers_received", 493)} == set(got)


def test_documents_submitted_online_and_an_average_a_year():
    got = facts(LEAD + "In administrative reform, more than 6,100 administrative documents have been submitted online "
                "via the provincial Public Service Portal since the beginning of this year. On average, over 200,000 "
                "administrative documents are received and processed on the system every year.",
                published=date(2021, 6, 1))
    assert set(got) == {("online_dossiers", 6100)}


def test_services_by_category_and_electronic_records():
    got = facts(LEAD + "In administrative reform, so far, 52 per cent of administrative services have been carried "
                "out online in category 3, and 45 per cent in category 4. In 2023, the rate of electronic "
                "administrative procedure settlement records reached 82.31%. The conversion of paper records to "
                "electronic records at ministries reached 81.39%.", published=date(2024, 3, 1))
    assert {("online_services_partial", 52), ("online_services_full", 45), ("online_dossier_rate", 82.31)} <= set(got)
    assert ("online_dossier_rate", 81.39) not in got


def test_documents_of_procedures_other_documents_worked_on_and_on_time_or_ahead():
    got = facts(LEAD + "In administrative reform, in 2024, 3,311,866 documents of administrative procedures have been "
                "resolved, while 51,957 other documents are being worked on by competent agencies. Nearly 518,700 "
                "applications were processed, with 95.5% completed on time or ahead of schedule.",
                published=date(2025, 3, 1))
    assert {("dossiers_resolved", 3311866), ("dossiers_pending", 51957), ("dossiers_resolved", 518700),
            ("dossiers_on_time_rate", 95.5)} == set(got)


def test_satisfaction_from_one_share_to_another():
    got = facts(LEAD + "In administrative reform, since 2019 the people’s satisfaction has increased from 73% to over "
                "80%.", published=date(2021, 5, 1))
    assert {("satisfaction_rate", 73), ("satisfaction_rate", 80)} == set(got)
    assert got[("satisfaction_rate", 80)].qualifier == "over"


def test_staying_atop_haiphong_and_a_city_scored_in_parentheses():
    got = facts("In the 2020 SIPAS, Quang Ninh continued to stay atop at 95.76%, followed by Haiphong (93.57%). "
                "According to the latest PCI report, Ho Chi Minh City (65.2) ranked eighth.",
                published=date(2021, 5, 1))
    assert got[("index_score", 95.76)].province == "22" and got[("index_rank", 1)].province == "22"
    assert got[("index_score", 93.57)].province == "31" and got[("index_rank", 2)].province == "31"
    assert got[("index_score", 65.2)].province == "79" and got[("index_score", 65.2)].index == "PCI"


def test_parts_of_wholes_of_procedures_and_their_shares():
    got = facts(LEAD + "In 2020, Vietnam reduced and simplified 4,818 out of 5,421 procedures, equivalent to 37.31%. "
                "The plan targets simplification of 2,051 out of 4,888 administrative procedures, 42 percent of the "
                "total, and streamlining of 2,263 out of 6,974 business conditions, or 32 percent. The Department of "
                "Health has 21 out of 24 administrative procedures with processing time cut by 30-50%. The town has "
                "received and resolved 13,925 out of 13,930 administrative procedures.", published=date(2021, 5, 1))
    simplified = {("procedures_simplified", v) for v in (4818, 37.31, 2051, 42, 21)}
    assert simplified | {("dossiers_resolved", 13925)} == set(got)


def test_a_sentence_opening_on_the_count_before_breaks_it_down():
    got = facts(LEAD + "In administrative reform, in 2019, 3,311,866 documents of administrative procedures have been "
                "resolved. Of the figure, 3,307,408 have been handled on time, reaching 99.86%.",
                published=date(2019, 7, 25))
    assert {("dossiers_resolved", 3311866), ("dossiers_on_time", 3307408), ("dossiers_on_time_rate", 99.86)} == \
        set(got)


def test_a_share_higher_than_a_year_before_is_a_change():
    got = facts("According to the Council, the PAR Index 2019 results of departments show that the average score "
                "reached 75.54%, which is a good level and 4% higher than in 2018.", published=date(2020, 5, 1))
    assert got[("index_score_change", 4)].period_start == "2018-01-01" and ("index_score", 4) not in got


def test_a_settlement_rate_with_its_status_after_the_share():
    got = facts(LEAD + "In administrative reform, in September, the centres received 12,000 applications, with a "
                "settlement rate that exceeded 99.9% on or ahead of schedule.", published=date(2025, 10, 1))
    assert got[("dossiers_on_time_rate", 99.9)].qualifier == "over"


def test_procedures_listed_by_tier_after_their_count_and_announced_in_an_earlier_decision():
    got = facts(LEAD + "The Ministry announced a list of 3 internal administrative procedures newly issued. There "
                "are 2 central-level administrative procedures. Along with that, there is 1 provincial-level "
                "administrative procedure. The Ministry also abolished 2 administrative procedures that were "
                "announced in Decision No. 319/QD-BNV. These are 1 central-level administrative procedure "
                "(classifying provinces) and 1 provincial-level administrative procedure (classifying communes).",
                published=date(2025, 6, 1))
    assert {("procedures_new", 3), ("procedures_new", 2), ("procedures_new", 1), ("procedures_abolished", 2),
            ("procedures_abolished", 1)} == set(got)


def test_valid_procedures_and_shares_of_administrative_procedure_dossiers():
    got = facts(LEAD + "In administrative reform, in 2024, 1,867 valid administrative procedures have been applied in "
                "the province, and 97.9% of administrative procedure dossiers were handled on time and ahead of "
                "schedule; 100% of valid administrative procedure results are digitized.", published=date(2024, 10, 1))
    assert {("procedures_in_effect", 1867), ("dossiers_on_time_rate", 97.9)} <= set(got)
    assert ("procedures_in_effect", 100) not in got


def test_the_countrys_move_in_any_wording_and_a_score_written_as_a_rate():
    got = facts(LEAD + "In the DTI 2024, Hanoi ranked first. In 2024, Vietnam increased 12 places in the world "
                "e-government ranking.", province=None)
    assert not [k for k in got if k[0] == "index_rank_change"]
    got = facts(LEAD + "In the SIPAS 2022, Lang Son scored a rate of 86.25%, the highest in the country.",
                province=None)
    assert got[("index_score", 86.25)].province == "20"
    # the rate of something else stays its own
    got = facts(LEAD + "In the SIPAS 2022, the rate of online dossiers of Lang Son reached 86.25%.", province=None)
    assert ("index_score", 86.25) not in got


def test_the_national_dti_its_change_and_the_value_it_changed_from():
    got = facts(LEAD + "According to the announcement of the Ministry of Science and Technology, the national DTI in "
                "2023 reached 0.7326, an increase of 6.1% compared to 2022 (0.6905).", province=None,
                published=date(2024, 5, 1))
    assert got[("index_score", 0.7326)].province is None
    assert got[("index_score", 0.6905)].period_start[:4] == "2022"
    assert ("index_score_change", 6.1) in got
    # a ministry that holds the figure is still no province
    got = facts(LEAD + "In the PAR Index 2023, the Ministry of Justice reached 91.2 percent.", province=None)
    assert ("index_score", 91.2) not in got


def test_the_766_index_by_its_aim_and_a_move_named_before_its_places():
    got = facts(LEAD + "As of August 29, 2025, the province ranked 6th out of 34 provinces and cities nationwide in "
                "the index measuring service delivery for citizens and businesses. In addition, the province's 2024 "
                "PAR INDEX ranked 11th out of 63 provinces and cities, marking an improvement of 9 places.")
    assert got[("index_rank", 6)].index == "766" and got[("index_rank", 11)].index == "PAR"
    assert got[("index_rank_change", 9)].index == "PAR"


def test_a_timely_and_early_rate_after_a_count_and_the_second_of_two_levels():
    got = facts(LEAD + "In 2025, the public administrative service center received more than 6,400 administrative "
                "records with a timely and early resolution rate of over 98%. The rate of level 3 and 4 online "
                "applications increased by more than 2 times.")
    assert ("dossiers_received", 6400) in got and ("dossiers_on_time", 6400) not in got
    assert got[("dossiers_on_time_rate", 98)].qualifier == "over"
    assert not [k for k in got if k[1] == 4]


def test_digitisation_named_by_the_act_and_satisfaction_before_its_verb():
    got = facts(LEAD + "In 2025, the commune received 2,100 administrative records. The digitization of 100% of "
                "applications helps transparency. The satisfaction level of the people reaching over 96% is a clear "
                "change.")
    assert ("digitisation_rate", 100) in got and got[("satisfaction_rate", 96)].qualifier == "over"


def test_plans_written_as_determined_to_and_to_go_online_and_profiles():
    got = facts(LEAD + "The city has determined to handle as much as 70% of administrative procedures online in 2026. "
                "Notably, the city targets to solve on time as much as 96% of profiles relating to administrative "
                "procedures.", province="01", published=date(2026, 1, 5))
    assert got[("online_services", 70)].kind == "target"
    assert got[("dossiers_on_time_rate", 96)].kind == "target"
    got = facts(LEAD + "70% of administrative procedures in Hanoi to go online in 2026.", province="01",
                published=date(2026, 1, 5))
    assert got[("online_services", 70)].kind == "target"


def test_procedures_parts_by_online_grade_and_a_climb_with_praise():
    got = facts(LEAD + "The province has 1,950 administrative procedures, of which 820 are fully online public "
                "services and 1,010 are partially online.", province="38")
    assert ("online_services_full", 820) in got and ("online_services_partial", 1010) in got
    got = facts(LEAD + "In the SIPAS 2024, the city climbed a remarkable 8 spots to 13th place.", province="01")
    assert got[("index_rank_change", 8)].index == "SIPAS"


def test_a_rank_that_soars_or_plunges_and_points_added():
    got = facts(LEAD + "Dak Nong's PCI 2022 soared 12 places, while Kon Tum's PCI 2022 plunged 9 places.",
                province=None)
    assert got[("index_rank_change", 12)].province == "67" and ("index_rank_change", -9) in got
    got = facts(LEAD + "In the PCI 2018, Binh Duong rose two places after it added 1.41 points.", province="74")
    assert ("index_score_change", 1.41) in got and ("index_score", 1.41) not in got


def test_a_known_part_in_quotes_before_its_score():
    got = facts(LEAD + "In the PAPI 2020, Ha Noi scored the most points in “Public Administrative Procedures” with "
                "7.25 points.", province="01")
    assert got[("index_component_score", 7.25)].component == "Public Administrative Procedures"
    assert ("index_score", 7.25) not in got


def test_the_nth_best_performer_in_the_country():
    got = facts(LEAD + "In the PCI 2019, Binh Duong was the seventh best performer in the country.", province="74")
    assert got[("index_rank", 7)].index == "PCI"
    # the best in a region is no national place
    got = facts(LEAD + "In the PCI 2019, Binh Duong was the second best performer in the Southeast region.",
                province="74")
    assert ("index_rank", 2) not in got


def test_a_papi_dimension_named_around_its_points():
    text = ("In the 2023 PAPI, the province ranked 20th. On participation at grassroots level, the province posted "
            "4.91 points, a high average score. For transparency in local decision-making and vertical "
            "accountability, it secured 5.23 and 4.36 points respectively. Low scores included 6.12 points for "
            "control of corruption in the public sector and 6.85 points for public administrative procedures. "
            "Regarding public service delivery, the province reached 7.62 points.")
    got = facts(text)
    parts = {value: got[("index_component_score", value)].component for value in (4.91, 5.23, 4.36, 6.12, 6.85,
                                                                                    7.62)}
    assert parts == {4.91: "participation at grassroots level", 5.23: "transparency in local decision-making",
                     4.36: "vertical accountability", 6.12: "control of corruption in the public sector",
                     6.85: "public administrative procedures", 7.62: "public service delivery"}
    assert not [k for k in got if k[0] == "index_score"]


def test_points_for_a_place_name_no_part():
    got = facts("In the 2023 PAPI, the province scored 43.1 points for the second year in a row.")
    assert got[("index_score", 43.1)].component is None


def test_a_schemes_points_are_no_scores():
    got = facts("The PAR Index 2024 of the province reached 88.41 points. The index covers eight areas; the total "
                "assessment score is 100 points, with 68 points allocated to evaluating the outcomes of reform, while "
                "32 points assess the impact of reform through surveys.")
    assert ("index_score", 88.41) in got
    assert not [k for k in got if k[1] in (100, 68, 32)]


def test_a_place_given_to_it_by_the_index():
    got = facts("The PAR Index for the province in 2024 placed it 21st out of 63 provinces and cities, with a "
                "score of 88.71 out of 100 points.")
    rank = got[("index_rank", 21)]
    assert rank.index == "PAR" and rank.rank_of == 63


def test_a_purpose_and_an_aim_set_targets_and_or_more_is_at_least():
    got = facts("This year, the province has promoted online public services in order to ensure that the rate of "
                "administrative procedures handled online reaches 45 percent. State agencies are aiming for at least "
                "a 92 percent satisfaction rating from clients.")
    assert got[("online_dossier_rate", 45)].kind == "target"
    assert got[("satisfaction_rate", 92)].kind == "target"
    got = facts("In 2024, 70 percent of administrative procedures were paid online, in which the percentage of "
                "online payment transactions reached 35 percent or more.")
    assert got[("online_payment_rate", 35)].qualifier == "at_least"


def test_a_communes_own_department_is_of_the_commune():
    got = facts(LEAD + "In 2024, the commune's one-stop department received 812 applications, with 93.5% resolved "
                "ahead of schedule.")
    assert got[("dossiers_received", 812)].level == "commune"
    assert got[("dossiers_early_rate", 93.5)].level == "commune"


def test_the_field_of_a_place_after_its_noun():
    got = facts(LEAD + "In the PAR Index 2023, the province slid to the 19th position out of 63 provinces and cities, "
                "while in 2022 it secured the 11th place among 63 provinces.")
    assert got[("index_rank", 19)].rank_of == 63 and got[("index_rank", 11)].rank_of == 63


def test_a_part_that_received_its_points():
    got = facts(LEAD + "In the PAPI 2024, the province's e-governance received 4.12 out of 10 points.")
    assert got[("index_component_score", 4.12)].component == "e-governance"


def test_a_rate_named_after_its_figure_and_the_next_figures_own():
    got = facts(LEAD + "In 2024, the province recorded a 47% rate for fully online public services and 38.5% for "
                "partially online services.")
    assert got[("online_services_full", 47)].unit == "percent"
    assert got[("online_services_partial", 38.5)].unit == "percent"


def test_procedures_delivered_online_and_integrated_on_the_national_portal():
    got = facts(LEAD + "By the end of October 2023, the province had 812 administrative procedures delivered online, "
                "synchronized with and integrated into the National Public Service Portal.")
    assert got[("online_services_national_portal", 812)].unit == "count"
    got = facts(LEAD + "By the end of October 2023, the province had 812 administrative procedures delivered online.")
    assert got[("online_services", 812)].unit == "count"


def test_a_place_at_the_top_of_the_list_written_with_to():
    got = facts(LEAD + "In the PAR Index 2014, Quang Ninh continues to top the list for the third year.", province="22")
    assert got[("index_rank", 1)].index == "PAR"


def test_a_grade_named_before_its_count_and_early_written_prior_to():
    text = (LEAD + "Administrative reform: the province has 470 online services at level 3 and 4 (of which level 3 is "
            "391 services and level 4 is 79 services). Of 12,400 applications received, 12,100 were completed "
            "prior to the deadline.")
    got = facts(text)
    assert ("online_services_partial", 391) in got and ("online_services_full", 79) in got
    assert ("dossiers_early", 12100) in got


def test_parts_of_the_766_index_on_their_own_scales_named_after():
    text = (LEAD + "The ward's public service performance index ranked among the highest in the province, scoring 17 "
            "out of 18 for transparency, 7.52 out of 12 for online public services and 19 out of 20 for processing "
            "timeliness.")
    got = facts(text)
    parts = {v: got[("index_component_score", v)].component for v in (17, 7.52, 19)}
    assert parts == {17: "transparency", 7.52: "online public services", 19: "processing timeliness"}
    assert got[("index_component_score", 17)].index == "766"


def test_a_sentence_breaking_down_a_count_by_tier():
    text = (LEAD + "Administrative reform: the total number of administrative procedures under the province's "
            "authority is 2,105 procedures. Of which, the provincial level is 1,702; the commune level is 403).")
    got = facts(text)
    assert ("procedures_in_effect", 1702) in got and got[("procedures_in_effect", 403)].level == "commune"


def test_shares_of_procedures_integrated_on_the_portal_and_provided_online_throughout():
    text = (LEAD + "Administrative reform: by 2026 the city strives for 100% of administrative procedures to be "
            "provided online throughout. Of which, at least 85% of administrative procedures are integrated and "
            "provided on the National Public Service Portal. Only 3% of procedures are still undergoing testing "
            "before being integrated into the National Public Service Portal.")
    got = facts(text)
    assert ("online_services_full", 100) in got
    assert got[("online_services_national_portal", 85)].qualifier == "at_least"
    assert not [k for k in got if k[1] == 3]


def test_a_papi_score_of_ten_or_less_is_a_dimensions():
    text = (LEAD + "Ben Tre was the best performer in controlling corruption last year, the 2023 PAPI showed. The "
            "province got 8.21 points on a 10-point scale in the PAPI 2023. Quang Nam's public service delivery "
            "index was the highest with 6.9 points. The province's PAPI score was 44.1 points.")
    got = facts(text, province="83")
    assert got[("index_component_score", 8.21)].component == "controlling corruption"
    assert got[("index_component_score", 6.9)].component == "public service delivery"
    assert got[("index_score", 44.1)].component is None


def test_ranked_highest_and_ranked_the_first_are_first_places_a_list_follows():
    got = facts(LEAD + "In the PAPI 2022 among 63 provinces and cities, Ben Tre is ranked highest with a score of "
                "45.1 points, followed by Dong Thap (44.9 points), Quang Ninh (44.7 points).", province=None)
    assert got[("index_rank", 1)].province == "83" and got[("index_rank", 2)].province == "87"
    assert got[("index_rank", 3)].province == "22"
    got = facts(LEAD + "In the PAR Index 2021, Quang Ninh province ranked the first with 91.2 points, followed by "
                "Hanoi.", province=None)
    assert got[("index_rank", 1)].province == "22" and got[("index_rank", 2)].province == "01"


def test_a_parts_move_named_as_the_index_of_the_part():
    got = facts(LEAD + "In the PCI 2022, the province rose 5 places. Among the sub-indices dropping down, the index of "
                "land access fell 9 levels. The index of informal charges reduced the most, down 14 levels.")
    assert ("index_rank_change", 5) in got
    assert not [k for k in got if k[1] in (-9, -14, 9, 14)]


def test_continues_to_lead_is_a_first_place_a_list_follows():
    got = facts(LEAD + "In the 2024 national PCI rankings, Hai Phong continues to lead, followed by Bac Ninh province.",
                province=None)
    assert got[("index_rank", 1)].province == "31" and got[("index_rank", 2)].province == "27"


def test_the_second_of_63_and_a_place_nationwide_take_the_index_named_after_them():
    got = facts(LEAD + "Can Tho remains the second of 63 provinces/cities in the PAR Index for two years; 7th "
                "nationwide in the provincial competitiveness index in 2023, rising 4 positions against 2022.",
                province="92")
    assert got[("index_rank", 2)].index == "PAR" and got[("index_rank", 2)].rank_of == 63
    assert got[("index_rank", 7)].index == "PCI"
    got = facts(LEAD + "This is the second of 63 provinces to finish the task. Can Tho ranked 5th in the PAR Index.",
                province="92")
    assert ("index_rank", 2) not in got and ("index_rank", 5) in got


def test_a_place_in_an_ict_index_is_no_reform_index_place():
    got = facts(LEAD + "Can Tho ranked 4th in the PAR Index and ranked second nationally in index of IT application "
                "readiness.", province="92")
    assert ("index_rank", 4) in got and ("index_rank", 2) not in got


def test_a_score_move_written_by_adding_points():
    got = facts(LEAD + "In 2016, the province ranked 6th in the PCI rankings, up 2 places over 2015 by adding 3.21 "
                "points.", province="74")
    assert got[("index_score_change", 3.21)].index == "PCI" and ("index_score", 3.21) not in got


def test_online_services_graded_by_stage():
    got = facts(LEAD + "The city now has 1,250 online public services, including 1,020 online public services at stage "
                "3 and 230 at stage 4.", province="92")
    assert ("online_services", 1250) in got
    assert ("online_services_partial", 1020) in got and ("online_services_full", 230) in got


def test_these_include_breaks_down_the_count_before():
    got = facts(LEAD + "The city has 1,250 online public services at stages 3 and 4. These include 1,020 online public "
                "services at stage 3 and 230 at stage 4, while the number of documents processed online reached 2 "
                "million.", province="92")
    assert ("online_services_partial", 1020) in got and ("online_services_full", 230) in got


def test_an_average_value_is_the_countrys():
    got = facts(LEAD + "The SIPAS 2024 increased by 1.28% compared to 2023, reaching an average value of 83.94%.",
                province=None)
    assert got[("index_score", 83.94)].province is None and got[("index_score", 83.94)].index == "SIPAS"


def test_a_share_of_administrative_dossiers_processed_online():
    got = facts(LEAD + "By the end of August 2022, about 40% of administrative dossiers are processed online.",
                province=None)
    assert ("online_dossier_rate", 40) in got


def test_units_listed_with_their_records_take_the_count_before():
    got = facts(LEAD + "The Provincial Land Registration Office has received 18,400 land records. Next is Cam Lo "
                "commune with 1,210 records, Dong Ha ward with 990 records.", province="45")
    assert ("dossiers_received", 1210) in got and ("dossiers_received", 990) in got


def test_procedures_of_fields_or_of_bodies_are_a_set_in_force_or_a_centres():
    got = facts(LEAD + "The provincial police are receiving and handling 187 administrative procedures in 17 fields, "
                "with the rate of processing through online public services reaching 98.5%.", province="45")
    assert ("procedures_in_effect", 187) in got and ("online_dossier_rate", 98.5) in got
    got = facts(LEAD + "The Center is the focal point for receiving and returning results of 1,310 administrative "
                "procedures, under the management authority of 19 departments.", province="45")
    assert ("procedures_one_stop", 1310) in got and ("dossiers_received", 1310) not in got


def test_dossiers_still_worked_on_or_awaiting_results_are_pending():
    got = facts(LEAD + "In the quarter, the district received 2,903 dossiers, of which 1,658 were handled, and it is "
                "working on 1,245 others. The commune center received 901 applications, of which 745 have been "
                "resolved and 156 are awaiting results.", province="45")
    assert ("dossiers_pending", 1245) in got and ("dossiers_pending", 156) in got
    assert ("dossiers_resolved", 1245) not in got and ("dossiers_resolved", 156) not in got


def test_is_second_and_was_in_third_are_places_a_list_goes_on_from():
    got = facts(LEAD + "With a score of 71.8, Long An is second in the 2022 PCI rankings, followed by Binh Duong "
                "(70.1), Da Nang (69.9). This is the 6th year in a row Quang Ninh has topped the PCI.", province=None)
    assert got[("index_score", 71.8)].province == "80" and got[("index_rank", 2)].province == "80"
    assert got[("index_rank", 3)].province == "74" and got[("index_rank", 4)].province == "48"
    assert ("index_rank", 6) not in got
    got = facts(LEAD + "In the PCI 2021, Hai Phong stood in second place. Bac Ninh was in third with a score of 70.5, "
                "followed by Da Nang (70.4 points).", province=None)
    assert got[("index_rank", 3)].province == "27" and got[("index_rank", 4)].province == "48"


def test_a_place_after_a_share_of_respondents_is_the_indicators():
    got = facts(LEAD + "In the PCI 2024, the province scored 64.2 points, down 2 places and ranked 38/63. Among weak "
                "sub-indices, the rate of businesses believing that local leaders act on their commitments is only "
                "58%, down 9 places and ranked 60/63.", province="64")
    assert ("index_rank", 38) in got and ("index_rank_change", -2) in got
    assert ("index_rank", 60) not in got and ("index_rank_change", -9) not in got


def test_first_places_and_places_worded_without_a_figure():
    got = facts(LEAD + "In the PAPI 2023 rankings, Ben Tre claimed the top spot among 63 localities with 45.1 points.",
                province=None)
    assert got[("index_rank", 1)].province == "83"
    got = facts(LEAD + "The central city of Da Nang dominates the Provincial Competitiveness Index (PCI) for the "
                "seventh time. This is the first time Hai Phong surpassed Dong Thap to secure the second spot. Fourth "
                "position belonged to Long An with a score of 70.2.", province=None)
    assert got[("index_rank", 1)].province == "48" and got[("index_rank", 2)].province == "31"
    assert got[("index_rank", 4)].province == "80"


def test_followed_closely_by_goes_on_with_the_list():
    got = facts(LEAD + "Quang Ninh tops the PCI 2017. According to the report, Quang Ninh was followed closely by Da "
                "Nang (70.1 points) and Dong Thap (68.8 points).", province=None)
    assert got[("index_rank", 2)].province == "48" and got[("index_rank", 3)].province == "87"


def test_a_scales_maximum_and_a_gap_between_places_are_no_scores():
    got = facts(LEAD + "In the PAPI 2017, the maximum possible score of 60 points on the scale of 10 to 60 was not "
                "reached. The gap between the highest and the lowest provincial scores – over 33 points – is large. "
                "Ben Tre scored 45.1 points.", province=None)
    assert ("index_score", 45.1) in got
    assert ("index_score", 60) not in got and ("index_score", 33) not in got


def test_an_average_count_per_service_is_no_total():
    got = facts(LEAD + "The province provided 912 online public services with an average of 1,200 records generated by "
                "each public service.", province="24")
    assert ("online_services", 912) in got and ("online_dossiers", 1200) not in got


def test_the_size_of_a_point_scale_is_no_score():
    got = facts(LEAD + "Da Nang tops the PCI 2017. The city gained the top score of 70.7 on a 100 point scale.",
                province=None)
    assert ("index_score", 70.7) in got and ("index_score", 100) not in got


def test_a_place_after_a_long_phrase_of_respondents_is_the_indicators():
    got = facts(LEAD + "In the PCI 2024, the province scored 64.2 points. Among weak sub-indices, the rate of "
                "businesses believing that local leaders have taken action to implement their commitments to improve "
                "the business environment is only 60%, down 7 places and ranked 59/63.", province="64")
    assert ("index_rank", 59) not in got and ("index_rank_change", -7) not in got


def test_dossiers_submitted_to_the_national_portal_are_online_ones():
    got = facts(LEAD + "Nearly 5,100 documents submitted to national portal. Nearly 5,100 documents have been "
                "submitted online to the national public service portal since December 9.", province=None)
    assert ("online_dossiers", 5100) in got and ("dossiers_received", 5100) not in got


def test_a_place_in_digital_transformation_in_the_country_is_the_dtis():
    got = facts(LEAD + "In 2022, Can Tho City was ranked 9th in digital transformation in the country.", province="92")
    assert got[("index_rank", 9)].index == "DTI"


def test_others_after_a_plans_verb_and_a_yearly_average_of_dossiers():
    got = facts(LEAD + "In 2025, the government aims to abolish 412 APs and simplify 2,301 others.", province=None)
    assert got[("procedures_simplified", 2301)].kind == "target"
    got = facts(LEAD + "On average, each year, the commune-level government in the province receives more than 420,000 "
                "administrative procedures, focusing on justice.", province="20")
    assert not [k for k in got if k[1] == 420000]


def test_a_ratio_of_procedures_after_a_head_naming_the_cut_and_tiers_that_handle():
    got = facts(LEAD + "The total number of administrative procedures to be cut and simplified is 2,871/4,888 "
                "administrative procedures related to business activities.", province=None)
    assert ("procedures_simplified", 2871) in got
    got = facts(LEAD + "The total number of administrative procedures after decentralization is: Provincial level "
                "handles 1,161 administrative procedures; Commune level handles 413 administrative procedures.",
                province=None)
    assert ("procedures_in_effect", 1161) in got and got[("procedures_in_effect", 413)].level == "commune"


def test_the_766_index_named_by_what_it_measures_and_its_satisfaction_part():
    got = facts(LEAD + "Lao Cai keeps its top position in terms of leadership, management and service quality for "
                "people and businesses. The satisfaction index of people and businesses reached 16.9/18 points.",
                province="10")
    assert got[("index_component_score", 16.9)].index == "766"
    got = facts(LEAD + "Lao Cai has emerged as the national leader in the index measuring services provided to "
                "citizens and businesses.", province="10")
    assert got[("index_rank", 1)].index == "766"
    # the SIPAS's own name, of people and organisations, stays the SIPAS's
    got = facts(LEAD + "In 2024, the satisfaction index of people and organisations of Lao Cai reached 84.5 percent.",
                province="10")
    assert got[("index_score", 84.5)].index == "SIPAS"


def test_a_full_score_on_a_parts_scale_is_no_date():
    got = facts(LEAD + "In the 766 index this week, Lao Cai scored 91.5 points. The online payment index reached 10/10 "
                "points.", province="10")
    assert got[("index_component_score", 10)].index == "766"
    assert find_numbers("The meeting on 10/10 approved it.") == []


def test_the_whole_province_is_the_province_a_change_refers_to():
    got = facts(LEAD + "Lao Cai ranked first in the 766 index this week. In the four weeks, the total score of the "
                "whole province increased by 2.56 points.", province="10")
    assert got[("index_score_change", 2.56)].province == "10"


def test_a_place_written_as_its_number_before_the_word_for_it():
    got = facts(LEAD + "In the PAR Index 2024, Lao Cai kept its No. 3 position.", province="10")
    assert got[("index_rank", 3)].index == "PAR"
    got = facts(LEAD + "Under Decision No. 766 position papers on the PAR Index were sent to the provinces.",
                province="10")
    assert not [k for k in got if k[1] == 766]


def test_a_gap_less_than_another_place_is_no_score():
    got = facts(LEAD + "In the PAR Index 2024, Lao Cai scored 87.12 points, 0.05 points less than the top-placed "
                "Quang Ninh province.", province="10")
    assert ("index_score", 87.12) in got and not [k for k in got if k[1] == 0.05]


def test_procedures_delivered_in_a_fully_online_format():
    got = facts(LEAD + "At present, 980 administrative procedures are now delivered in a fully online format.",
                province="10")
    assert ("online_services_full", 980) in got


def test_a_ratio_of_procedures_that_have_been_reduced_and_its_share():
    got = facts(LEAD + "Currently, 712/1,806 administrative procedures (reaching 39.4%) have been reduced throughout "
                "the province.", province="10")
    assert ("procedures_simplified", 712) in got and ("procedures_simplified", 39.4) in got
    # a ratio still to be cut is no count done
    got = facts(LEAD + "In 2025, 712/1,806 administrative procedures are to be reduced.", province="10")
    assert ("procedures_simplified", 712) not in got


def test_procedures_graded_online_before_their_noun_and_records_digitizing():
    got = facts(LEAD + "The department publicized 96 administrative procedures (41 partly online procedures and 30 "
                "fully online procedures) and digitizing 100% of administrative records.", province="82")
    assert ("online_services_partial", 41) in got and ("online_services_full", 30) in got
    assert ("digitisation_rate", 100) in got


def test_dossiers_via_the_post_and_resolved_beyond_the_deadline():
    got = facts(LEAD + "From July 1 to September 30, 2025, the communes received 41,200 records. Of which, 1,105 "
                "dossiers were received via the Public Post Service (2.7%); the number of records resolved beyond the "
                "deadline is 312 records (0.8%).", province="01")
    assert ("postal_dossiers", 1105) in got and ("dossiers_received", 1105) not in got
    assert ("dossiers_late", 312) in got and ("dossiers_late_rate", 0.8) in got


def test_online_public_service_records_after_a_copula_and_their_share_making_up():
    got = facts(LEAD + "In the week, the departments received 1,830 applications. Among these, 904 were online public "
                "service records, making up 49.4% of the total.", province="74")
    assert ("online_dossiers", 904) in got and ("online_dossier_rate", 49.4) in got
    assert not [k for k in got if k[0].startswith("online_services")]


def test_files_still_to_digitise_are_not_digitised():
    got = facts(LEAD + "In the week, 1,210 administrative procedure files needed digitization, with 1,150 files "
                "successfully digitized (95.0%) and 60 files remaining undigitized (5.0%).", province="74")
    assert ("digitised_dossiers", 1150) in got and ("digitisation_rate", 95.0) in got
    assert not [k for k in got if k[1] in (1210, 60, 5.0)]


def test_requests_received_in_millions_and_those_on_time():
    got = facts(LEAD + "On administrative procedures, in the third quarter the authorities had received over 1.2 "
                "million requests, of which 1.18 million were processed on time, or 98.3% of the total.", province="01")
    assert ("dossiers_received", 1200000) in got and ("dossiers_on_time", 1180000) in got
    assert ("dossiers_on_time_rate", 98.3) in got


def test_services_on_the_national_portal_and_the_766_index_by_its_full_name():
    got = facts(LEAD + "The province provides 1,874 online public services on the national public service portal. The "
                "locality ranks second out of 34 cities and provinces in the index of direction, operations, and "
                "assessment of service quality.", province="19")
    assert ("online_services_national_portal", 1874) in got
    assert got[("index_rank", 2)].index == "766" and got[("index_rank", 2)].rank_of == 34


def test_a_share_of_a_holder_referred_back_to_by_it():
    got = facts(LEAD + "SIPAS 2019 results in Lao Cai province reached 86.12%, ranked 20/63. In 2018, it reached "
                "83.4%, ranked 31/63.", province="10")
    assert got[("index_score", 83.4)].period_start == "2018-01-01" and got[("index_score", 83.4)].index == "SIPAS"
    got = facts(LEAD + "SIPAS 2019 results in Lao Cai province reached 86.12%. In 2018, it reached 83.4% of online "
                "dossiers.", province="10")
    assert ("index_score", 83.4) not in got


def test_a_share_obtained_a_change_of_more_points_and_a_part_getting_a_score():
    got = facts(LEAD + "Lao Cai obtained 86.4% of points of the Satisfaction Index of Public Administrative Services "
                "(SIPAS) in 2023, ranking 9th out of 63 provinces and cities, gaining 2.15 more points as compared to "
                "2022. In the PAR Index 2023, its “public finance reform” index led the country, getting 95.7.",
                province="10")
    assert got[("index_score", 86.4)].index == "SIPAS" and got[("index_score_change", 2.15)].index == "SIPAS"
    assert got[("index_component_score", 95.7)].component == "public finance reform"


def test_a_share_a_verb_of_digitising_is_done_to():
    got = facts(LEAD + "At the commune level, postal staff receive documents, digitize 100% of input administrative "
                "procedures and return results.", province="49")
    assert ("digitisation_rate", 100) in got
