"""Ranking tables (CSV, HTML) and the 766 JSON, on files the tests generate."""
import csv

import pytest
from publication_fixtures import portal_766_json, provinces, ranking_csv, ranking_html

from scrapers.cli import main
from scrapers.publications import load_publications
from scrapers.publications.idx766 import parse_766_json
from scrapers.publications.rankings import parse_ranking_csv, parse_ranking_html


def _reference_rows(shared_dir, name):
    with open(shared_dir / "reference" / name, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("reference, index, score_column", [
    ("par_index_partial.csv", "PAR", "par_index_pct"),
    ("sipas_partial.csv", "SIPAS", "sipas_pct"),
])
def test_known_rows_of_partial_references_load_from_a_csv_of_that_shape(shared_dir, tmp_path, reference, index,
                                                                         score_column):
    header, *rows = _reference_rows(shared_dir, reference)
    load = parse_ranking_csv(ranking_csv(tmp_path / reference, header, rows))
    assert load.errors == []
    col = {name: i for i, name in enumerate(header)}
    known = [r for r in rows if r[col[score_column]] or r[col["rank"]]]
    by_key = {(s.year, s.province_code, s.source_locator): s for s in load.scores}
    assert len(load.scores) == len(known)
    assert len(load.skipped) == len(rows) - len(known)      # no score and no rank: listed, not dropped
    for line, row in enumerate(rows, start=2):
        if row not in known:
            continue
        score = by_key[(int(row[col["year"]]), row[col["code"]], f"row {line}")]
        assert score.index_name == index
        assert score.score == (float(row[col[score_column]]) if row[col[score_column]] else None)
        assert score.rank == (int(row[col["rank"]]) if row[col["rank"]] else None)
        assert score.rank_of == (int(row[col["rank_of"]]) if row[col["rank_of"]] else None)
        assert not score.rank_computed and score.scale_max == 100


def test_full_html_table_with_vietnamese_headers_and_no_ranks_is_ranked(tmp_path):
    units = provinces()
    rows = [[i + 1, p["name_full"], f"{90 - i * 0.5:.2f}".replace(".", ",")] for i, p in enumerate(units)]
    rows[1][2] = rows[0][2]                                   # a tie for first place
    page = ranking_html(tmp_path / "ket-qua-2023.html", "Kết quả Chỉ số cải cách hành chính năm 2023 (PAR INDEX)",
                        ["STT", "Tỉnh, thành phố", "Điểm (%)"], rows)
    load = parse_ranking_html(page)
    assert load.errors == [] and len(load.scores) == 63
    first, second, third = load.scores[:3]
    assert (first.index_name, first.year, first.province_code, first.score) == ("PAR", 2023, "01", 90.0)
    assert (first.rank, second.rank, third.rank) == (1, 1, 3)
    assert all(s.rank_computed and s.rank_of == 63 for s in load.scores)
    assert first.source_locator == "table 2 row 3"


def test_english_csv_with_rank_and_denominator_in_one_cell(tmp_path):
    path = ranking_csv(tmp_path / "sipas_2022.csv", ["Province", "Satisfaction (%)", "Rank"],
                       [["Quang Ninh", "88.79", "1/63"], ["Ho Chi Minh City", "85.1", "12/63"]], delimiter=";")
    load = parse_ranking_csv(path)
    assert [(s.index_name, s.year, s.province_code, s.score, s.rank, s.rank_of) for s in load.scores] == [
        ("SIPAS", 2022, "22", 88.79, 1, 63), ("SIPAS", 2022, "79", 85.1, 12, 63)]


def test_ranking_errors_name_file_and_row(tmp_path):
    path = ranking_csv(tmp_path / "par_index_2020.csv", ["Tỉnh", "Chỉ số PAR INDEX", "Xếp hạng"],
                       [["Quảng Ninh", "91,04", "1"], ["Hà Tây", "80", "2"], ["Atlantis", "79", "3"],
                        ["Hải Phòng", "n/a", "4"]])
    load = parse_ranking_csv(path)
    assert [s.province_code for s in load.scores] == ["22"]
    assert sorted(str(e) for e in load.errors) == [
        "par_index_2020.csv, row 4: province 'Atlantis' not recognised",
        "par_index_2020.csv, row 5: 'n/a' is not a number",
    ]
    assert [s.locator for s in load.skipped] == ["row 3"]


def test_csv_without_index_name_is_one_error(tmp_path):
    ranking_csv(tmp_path / "bang-xep-hang-2020.csv", ["Tỉnh", "Điểm"], [["Quảng Ninh", "91"]])
    load = load_publications(tmp_path)
    [error] = load.errors
    assert error.file == "bang-xep-hang-2020.csv" and "no index named" in error.reason and not load.scores


def _unit(name, rank, total, **components):
    return {"ID": rank, "TEN": name, "ROW_STT": rank, "TONG_SCORE": total, **components}


def test_766_json_with_ranks_and_components(tmp_path):
    units = [_unit("Tỉnh Cà Mau", 1, 91.06, CKMB=17.5, TDGQ=19.9, MDHL=18.0),
             _unit("UBND tỉnh Bình Định", 2, 90.54), _unit("Tỉnh Bắc Giang", 3, "89,49")]
    load = parse_766_json(portal_766_json(tmp_path / "766_tonghop.json", units, year=2024))
    assert load.errors == []
    assert [(s.index_name, s.year, s.province_code, s.score, s.rank, s.rank_of) for s in load.scores] == [
        ("766", 2024, "96", 91.06, 1, 3), ("766", 2024, "52", 90.54, 2, 3), ("766", 2024, "24", 89.49, 3, 3)]
    assert load.scores[0].components == {"CKMB": 17.5, "TDGQ": 19.9, "MDHL": 18.0}
    assert load.scores[0].source_locator == "[0]" and not load.scores[0].rank_computed


def test_766_bare_array_takes_year_from_file_name_and_reports_bad_units(tmp_path):
    units = [_unit("Thành phố Hồ Chí Minh", 1, 88.0), _unit("Tỉnh Không Có", 2, 80.0), {"TONG_SCORE": 1}]
    load = parse_766_json(portal_766_json(tmp_path / "dvc-index-2025.json", units))
    assert [(s.year, s.province_code) for s in load.scores] == [(2025, "79")]
    assert sorted(e.locator for e in load.errors) == ["[1].TEN", "[2]"]


def test_766_without_year_is_an_error(tmp_path):
    portal_766_json(tmp_path / "766.json", [_unit("Tỉnh Cà Mau", 1, 91.0)])
    [error] = load_publications(tmp_path).errors
    assert error.file == "766.json" and "no year" in error.reason


def test_command_prints_a_line_per_file_and_fails_on_errors(tmp_path, capsys):
    ranking_csv(tmp_path / "sipas_2021.csv", ["Tỉnh", "Điểm"], [["Quảng Ninh", "88"], ["Atlantis", "80"]])
    portal_766_json(tmp_path / "766_2024.json", [_unit("Tỉnh Cà Mau", 1, 91.06)])
    assert main(["publications", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert "766_2024.json: 766 2024: 1 scores, 1 provinces; 0 error(s), 0 skipped" in out
    assert "sipas_2021.csv: SIPAS 2021: 1 scores, 1 provinces; 1 error(s), 0 skipped" in out
    assert "error: sipas_2021.csv, row 3: province 'Atlantis' not recognised" in err
