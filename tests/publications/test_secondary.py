"""The secondary publications (../shared/publications/secondary) read cell by
cell against the files themselves, and spot-checked against the reference
tables; broken and ambiguous copies made in tmp_path."""
import csv
import shutil

import pandas as pd
import pytest

from scrapers.publications import load_publications
from scrapers.publications.papi_csv import load_papi_csv_directory
from scrapers.publications.pci_panel import SUB_INDEX_COLUMNS
from scrapers.publications.pci_stata import parse_pci_stata
from scrapers.reference.provinces import abbreviation_candidates, resolve_province

pytestmark = pytest.mark.filterwarnings("ignore:Unknown extension:UserWarning")

PANEL = "secondary/pci/letrinhandn_vietnam_provincial_panel_2012_2019.xlsx"
STATA = "secondary/pci/tnguyentranphuoc_Dataset.dta"
VCCI_2023 = "secondary/pci/ttuan8600_flask_test_pci.xlsx"
PAPI_DIR = "secondary/papi/hnks-gh_ifs-mcdm-automl-xai"
DASHBOARD = "secondary/papi/tunah72_papi-dashboard/agg_province_year.csv"


@pytest.fixture(scope="module")
def shared_load(shared_dir):
    return load_publications(shared_dir / "publications")


def _rows(load, source_file, measure="total"):
    return [s for s in load.scores if s.source_file == source_file and s.measure == measure]


def _reference(shared_dir, name):
    with open(shared_dir / "reference" / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_loading_the_shared_publications_records_no_errors(shared_load):
    assert shared_load.errors == []
    assert not [s for s in shared_load.skipped if "no parser" in s.reason]


def test_pci_panel_matches_the_file_cell_by_cell(shared_dir, shared_load):
    frame = pd.read_excel(shared_dir / "publications" / PANEL)
    loaded = {(s.year, s.source_row): s for s in _rows(shared_load, PANEL)}
    assert len(loaded) == len(frame) == 630
    for index, row in frame.iterrows():
        score = loaded[(int(row["YEAR"]), index + 2)]
        assert score.province_code == resolve_province(row["Province"]) and score.score == row["PCI"]
        expected = {name: row[column] for column, name in SUB_INDEX_COLUMNS.items() if not pd.isna(row[column])}
        assert score.components == expected
        assert score.tier == "secondary" and score.source_sheet == "Sheet1" and score.scale_max == 100
    per_year = {y: len([s for s in loaded.values() if s.year == y]) for y in range(2012, 2022)}
    assert per_year == dict.fromkeys(range(2012, 2022), 63)
    assert all(len(s.components) == (9 if s.year == 2012 else 10) for s in loaded.values())


def test_pci_panel_hanoi_2016_equals_the_official_workbook(shared_load):
    official = next(s for s in shared_load.scores if s.tier == "official" and s.index_name == "PCI"
                    and (s.year, s.province_code) == (2016, "01"))
    panel = next(s for s in _rows(shared_load, PANEL) if (s.year, s.province_code) == (2016, "01"))
    assert panel.score == pytest.approx(official.score, abs=1e-9)
    for name, value in panel.components.items():
        assert value == pytest.approx(official.components[name], abs=1e-9), name


def test_pci_stata_matches_the_file_and_the_reference(shared_dir, shared_load):
    frame = pd.read_stata(shared_dir / "publications" / STATA, columns=["name", "id", "year", "pci"])
    loaded = {s.source_row: s for s in _rows(shared_load, STATA)}
    assert len(loaded) == len(frame) == 441
    for index, row in frame.iterrows():
        assert loaded[index + 1].score == round(float(row["pci"]), 2) and loaded[index + 1].year == row["year"]
    by_key = {(s.year, s.province_code): s.score for s in loaded.values()}
    assert {y for y, _ in by_key} == set(range(2016, 2023))
    assert all(len([k for k in by_key if k[0] == y]) == 63 for y in range(2016, 2023))
    checked = 0
    for ref in _reference(shared_dir, "pci_province_year.csv"):
        if 2017 <= int(ref["year"]) <= 2022 and ref["pci_score"]:
            # News articles round to one or two decimals.
            decimals = len(ref["pci_score"].partition(".")[2])
            assert by_key[(int(ref["year"]), ref["code"])] == pytest.approx(
                float(ref["pci_score"]), abs=0.5 * 10 ** -decimals + 0.006), ref
            checked += 1
    assert checked >= 80


def test_ambiguous_abbreviation_resolved_by_id_order(shared_load):
    assert abbreviation_candidates("HGIANG") == ("02", "93")
    assert abbreviation_candidates("HAUGIANG") == ("93",) and abbreviation_candidates("BĐINH") == ("52",)
    ha_giang = [s for s in _rows(shared_load, STATA) if s.province_name_raw == "HGIANG"]
    assert {s.province_code for s in ha_giang} == {"02"} and len(ha_giang) == 7


def test_stata_mapping_that_contradicts_2016_is_an_error(shared_dir):
    load = parse_pci_stata(shared_dir / "publications" / STATA, {"02": 57.82, "93": 55.40})
    assert {e.locator for e in load.errors} == {"obs 78", "obs 414"}
    assert all("not that province's official" in e.reason for e in load.errors)
    assert not [s for s in load.scores if s.province_code in {"02", "93"}]
    assert len(load.scores) == 441 - 14


def test_pci_2023_sub_indices_flagged(shared_load):
    rows = _rows(shared_load, VCCI_2023)
    assert len(rows) == 63 and {s.year for s in rows} == {2023}
    assert all(s.score is None and s.rank is None and len(s.components) == 10 for s in rows)
    assert all("year_inferred" in s.flags for s in rows)
    assert {s.province_code for s in rows if "doubtful_row" in s.flags} == {"38", "19"}
    hanoi = next(s for s in rows if s.province_code == "01")
    assert hanoi.components["Entry Costs"] == pytest.approx(6.8409247398376465)
    assert hanoi.component_labels["Policy Bias"] == "Cạnh tranh bình đẳng"


def test_papi_csv_matches_the_files_cell_by_cell(shared_dir, shared_load):
    directory = shared_dir / "publications" / PAPI_DIR
    with open(directory / "codebook" / "codebook_subcriteria.csv", encoding="utf-8") as handle:
        names = {r["Variable_Code"]: r["Variable_Name"] for r in csv.DictReader(handle)}
    compared = 0
    for year in range(2011, 2025):
        source_file = f"{PAPI_DIR}/{year}.csv"
        loaded = {s.source_row: s for s in _rows(shared_load, source_file)}
        with open(directory / f"{year}.csv", encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                cells = {names[c]: float(v) for c, v in row.items() if c != "Province" and v}
                if not cells:
                    assert line not in loaded, (year, row["Province"])
                    continue
                score = loaded[line]
                assert {k: v for k, v in score.components.items() if k in cells} == cells
                compared += len(cells)
                expected_scale = 60.0 if year <= 2017 else 80.0
                assert score.scale_max == expected_scale and score.rank_computed and score.tier == "secondary"
    assert compared > 20000


def test_papi_dimensions_sum_to_the_official_workbook(shared_dir, shared_load):
    reference = [r for r in _reference(shared_dir, "papi_province_year.csv") if r["coverage"] == "full"]
    loaded = {(s.year, s.province_code): s for s in shared_load.scores
              if s.source_file.startswith(PAPI_DIR) and s.measure == "total"}
    checked = 0
    for ref in reference:
        if ref["d_participation"] == "nan":
            assert (int(ref["year"]), ref["code"]) not in loaded
            continue
        score = loaded[(int(ref["year"]), ref["code"])]
        assert round(score.score, 2) == pytest.approx(float(ref["papi_total"]), abs=0.011)
        assert round(score.components["Participation at Local Levels"], 3) == pytest.approx(
            float(ref["d_participation"]), abs=0.0011)
        checked += 1
    assert checked == 376


def test_papi_totals_on_the_year_scale_and_six_dimensions(shared_load):
    totals = {(s.year, s.province_code): s for s in shared_load.scores
              if s.source_file.startswith(PAPI_DIR) and s.measure == "total" and s.score is not None}
    six = {(s.year, s.province_code): s for s in shared_load.scores
           if s.source_file.startswith(PAPI_DIR) and s.measure == "total_6dim"}
    hanoi_2020 = totals[(2020, "01")]
    assert hanoi_2020.score == pytest.approx(sum(v for k, v in hanoi_2020.components.items()
                                                 if k in hanoi_2020.component_labels))
    assert len(hanoi_2020.component_labels) == 8 and hanoi_2020.scale_max == 80
    assert six[(2020, "01")].scale_max == 60 and six[(2020, "01")].score < hanoi_2020.score
    assert all(s.scale_max == 60 for s in six.values())
    assert {y: len([k for k in totals if k[0] == y]) for y in (2014, 2018, 2021, 2022, 2023, 2024)} == {
        2014: 61, 2018: 61, 2021: 60, 2022: 61, 2023: 61, 2024: 61}
    ranks = sorted(s.rank for k, s in totals.items() if k[0] == 2021)
    assert ranks[0] == 1 and ranks[-1] <= 60 and all(s.rank_of == 60 for k, s in totals.items() if k[0] == 2021)


def test_papi_blank_province_years_are_absent_with_a_reason(shared_load):
    scores = [s for s in shared_load.scores if s.source_file.startswith(PAPI_DIR)]
    assert not [s for s in scores if s.score == 0]
    for year, code in ((2014, "24"), (2021, "22"), (2023, "74"), (2024, "82")):
        assert not [s for s in scores if (s.year, s.province_code) == (year, code)]
    reasons = [s.reason for s in shared_load.skipped if s.file.startswith(PAPI_DIR)]
    assert "Bắc Giang (P15) 2014: blank at source, no score" in reasons
    assert any(r.startswith("Quảng Ninh (P14) 2018: no total, dimension(s) blank at source: Transparency")
               for r in reasons)
    partial = [s for s in scores if (s.year, s.province_code) == (2018, "22")]
    assert [(s.score, s.flags) for s in partial] == [(None, ("partial",))]
    assert "Transparency" not in partial[0].components and "Public Service Delivery" in partial[0].components


def test_papi_2019_quang_ninh_is_the_files_value_not_the_reference_typo(shared_load):
    quang_ninh = next(s for s in shared_load.scores if s.source_file == f"{PAPI_DIR}/2019.csv"
                      and s.province_code == "22" and s.measure == "total")
    assert round(quang_ninh.score, 2) == 46.66


def test_papi_news_values_2021_to_2024_match(shared_dir, shared_load):
    totals = {(s.year, s.province_code): s.score for s in shared_load.scores
              if s.source_file.startswith(PAPI_DIR) and s.measure == "total" and s.score is not None}
    checked = 0
    for ref in _reference(shared_dir, "papi_province_year.csv"):
        if int(ref["year"]) >= 2021 and ref["papi_total"] not in ("", "nan"):
            assert totals[(int(ref["year"]), ref["code"])] == pytest.approx(float(ref["papi_total"]), abs=0.011), ref
            checked += 1
    assert checked > 0


def test_dashboard_is_a_cross_check_that_agrees(shared_load):
    dashboard = {(s.year, s.province_code, s.measure): s for s in shared_load.scores if s.source_file == DASHBOARD}
    assert {s.tier for s in dashboard.values()} == {"cross-check"}
    main = {(s.year, s.province_code, s.measure): s.score for s in shared_load.scores
            if s.source_file.startswith(PAPI_DIR) and s.score is not None}
    assert set(main) == {k for k, s in dashboard.items() if s.score is not None}
    assert max(abs(dashboard[k].score - v) for k, v in main.items()) < 0.001


def test_same_file_name_in_two_folders_keeps_both(shared_dir, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copytree(shared_dir / "publications" / PAPI_DIR, tmp_path / folder / "papi")
    load = load_publications(tmp_path)
    assert load.errors == []
    files = {s.source_file for s in load.scores}
    assert {"a/papi/2024.csv", "b/papi/2024.csv"} <= files


def test_papi_csv_with_text_in_a_cell_names_file_and_row(shared_dir, tmp_path):
    directory = tmp_path / "papi"
    shutil.copytree(shared_dir / "publications" / PAPI_DIR, directory)
    lines = (directory / "2020.csv").read_text(encoding="utf-8").splitlines()
    cells = lines[5].split(",")
    cells[3] = "n/a"
    lines[5] = ",".join(cells)
    (directory / "2020.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    load = load_papi_csv_directory(directory)
    [error] = load.errors
    assert (error.file, error.locator) == ("2020.csv", "row 6") and "'n/a' is not a number" in error.reason
    assert len([s for s in load.scores if s.year == 2020 and s.measure == "total"]) == 62
