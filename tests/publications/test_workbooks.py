"""PCI and PAPI workbooks from ../shared/publications against the reference
tables, cell by cell, and broken copies of them."""
import csv
import shutil

import openpyxl
import pytest

from scrapers.publications import load_publications
from scrapers.publications.papi import parse_papi_workbook
from scrapers.publications.pci import load_pci_directory

# The VCCI xlsx files carry an Excel extension openpyxl does not read; harmless.
pytestmark = pytest.mark.filterwarnings("ignore:Unknown extension:UserWarning")

PAPI_DIMENSIONS = {
    "d_participation": "Participation at Local Levels", "d_transparency": "Transparency",
    "d_accountability": "Vertical Accountability", "d_corruption": "Control of Corruption",
    "d_procedures": "Public Administrative Procedures", "d_service": "Public Service Delivery",
}


def _full_reference(shared_dir, name):
    with open(shared_dir / "reference" / name, encoding="utf-8", newline="") as handle:
        return {(int(r["year"]), r["code"]): r for r in csv.DictReader(handle) if r["coverage"] == "full"}


@pytest.fixture(scope="module")
def shared_load(shared_dir):
    return load_publications(shared_dir / "publications")


def _by_key(load, index_name):
    """The official workbooks' rows (secondary transcriptions are tested in test_secondary)."""
    return {(s.year, s.province_code): s for s in load.scores if s.index_name == index_name and s.tier == "official"}


def test_pci_matches_reference_cell_by_cell(shared_dir, shared_load):
    reference = _full_reference(shared_dir, "pci_province_year.csv")
    loaded = _by_key(shared_load, "PCI")
    assert set(loaded) == set(reference)
    for key, ref in reference.items():
        score = loaded[key]
        assert (round(score.score, 2), score.rank, score.rank_of) == (
            float(ref["pci_score"]), int(ref["pci_rank"]), int(ref["rank_of"])), key
        assert score.rank_computed == ref["rank_basis"].startswith("computed"), key
        assert score.scale_max == 100


def test_pci_conflict_keeps_workbook_value(shared_load):
    lam_dong_2010 = _by_key(shared_load, "PCI")[(2010, "68")]
    assert round(lam_dong_2010.score, 2) == 58.26 and lam_dong_2010.rank == 29


def test_pci_components_and_provenance(shared_load):
    hcm_2008 = _by_key(shared_load, "PCI")[(2008, "79")]
    assert hcm_2008.province_name_raw == "TP.Hồ Chí Minh"
    assert set(hcm_2008.components) >= {"Entry Costs", "Legal Institutions", "Unweighted"}
    assert all(0 <= v <= 10 for k, v in hcm_2008.components.items() if k != "Unweighted")
    assert hcm_2008.source_file == "pci/PCI_2008.xls" and "row" in hcm_2008.source_locator
    assert (hcm_2008.source_sheet, hcm_2008.tier) == ("Tổng hợp", "official") and hcm_2008.source_row > 0


def test_abolished_province_is_skipped_with_its_cell_not_dropped(shared_load):
    ha_tay = [s for s in shared_load.skipped if "Hà Tây" in s.reason]
    assert sorted(s.file for s in ha_tay) == [f"pci/PCI_{year}.xls" for year in (2005, 2006, 2007, 2008)]
    assert all(s.sheet and s.locator for s in ha_tay)


def test_shared_publications_load_without_errors(shared_load):
    assert shared_load.errors == []


def test_papi_matches_reference_cell_by_cell(shared_dir, shared_load):
    reference = _full_reference(shared_dir, "papi_province_year.csv")
    loaded = _by_key(shared_load, "PAPI")
    assert set(loaded) == set(reference)
    for key, ref in reference.items():
        score = loaded[key]
        assert (round(score.score, 2), score.rank, score.rank_of, score.scale_max) == (
            float(ref["papi_total"]), int(ref["papi_rank"]), 63, float(ref["scale_max"])), key
        assert score.rank_computed
        for column, dimension in PAPI_DIMENSIONS.items():
            if ref[column] == "nan":
                assert dimension not in score.components, key
            else:
                assert round(score.components[dimension], 3) == float(ref[column]), (key, column)


# --- malformed workbooks: broken copies made in tmp_path ---------------------

@pytest.fixture
def pci_copy(shared_dir, tmp_path):
    directory = tmp_path / "pci"
    directory.mkdir()
    for name in ("layout.csv", "PCI_2015.xlsx", "PCI_2016.xlsx"):
        shutil.copy(shared_dir / "publications" / "pci" / name, directory / name)
    return directory


def _edit(path, change):
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)


def test_text_in_score_column_names_file_sheet_and_cell(pci_copy):
    _edit(pci_copy / "PCI_2016.xlsx", lambda book: book.worksheets[0].__setitem__("W5", "n/a"))
    load = load_pci_directory(pci_copy)
    [error] = load.errors
    assert (error.file, error.sheet, error.locator) == ("PCI_2016.xlsx", "Summary_VN", "W5")
    assert "'n/a' is not a number" in str(error)
    assert len([s for s in load.scores if s.year == 2016]) == 62
    assert len([s for s in load.scores if s.year == 2015]) == 63


def test_shifted_header_rejects_the_workbook_only(pci_copy):
    _edit(pci_copy / "PCI_2016.xlsx", lambda book: book.worksheets[0].insert_rows(1))
    load = load_pci_directory(pci_copy)
    [error] = load.errors
    assert (error.file, error.sheet, error.locator) == ("PCI_2016.xlsx", "Summary_VN", "B1")
    assert "province header" in error.reason
    assert {s.year for s in load.scores} == {2015}


def test_missing_sheet_is_an_error_naming_the_sheet(pci_copy):
    def keep_one_sheet_and_point_layout_past_it(book):
        for sheet in book.worksheets[1:]:
            book.remove(sheet)
    _edit(pci_copy / "PCI_2016.xlsx", keep_one_sheet_and_point_layout_past_it)
    layout = (pci_copy / "layout.csv").read_text(encoding="utf-8")
    (pci_copy / "layout.csv").write_text(layout.replace("2016,xlsx,1,", "2016,xlsx,2,"), encoding="utf-8")
    load = load_pci_directory(pci_copy)
    [error] = load.errors
    assert (error.file, error.sheet) == ("PCI_2016.xlsx", "2") and "1 sheet" in error.reason
    assert {s.year for s in load.scores} == {2015}


def test_unknown_province_is_an_error_with_its_cell(pci_copy):
    _edit(pci_copy / "PCI_2016.xlsx", lambda book: book.worksheets[0].__setitem__("V3", "Hà Tĩnh Mới"))
    load = load_pci_directory(pci_copy)
    assert any(e.locator == "V3" and "'Hà Tĩnh Mới' not recognised" in e.reason for e in load.errors)
    assert len([s for s in load.scores if s.year == 2016]) == 62


def test_papi_sheet_without_a_dimension_column_is_one_error(shared_dir, tmp_path):
    path = tmp_path / "PAPI_2011-2016.xlsx"
    shutil.copy(shared_dir / "publications" / "papi" / "PAPI_2011-2016.xlsx", path)

    def drop_transparency_2013(book):
        book["2013_PAPI"]["I1"] = "Openness"
        book["2013_PAPI"]["I2"] = "Cởi mở"
    _edit(path, drop_transparency_2013)
    load = parse_papi_workbook(path)
    # (openpyxl drops cached formula values on save, so 2014's two empty
    # provinces also lose their 0 total in the copy: errors of their own.)
    [error] = [e for e in load.errors if e.sheet == "2013_PAPI"]
    assert "Transparency" in error.reason and error.locator == "rows 1-2"
    assert {s.year for s in load.scores} == {2011, 2012, 2014, 2015, 2016}


def test_unreadable_file_is_an_error_and_others_load(pci_copy):
    (pci_copy / "PCI_2016.xlsx").write_bytes(b"not a workbook")
    load = load_pci_directory(pci_copy)
    [error] = load.errors
    assert error.file == "PCI_2016.xlsx" and "unreadable" in error.reason
    assert {s.year for s in load.scores} == {2015}


def test_papi_total_of_empty_dimensions_is_flagged(shared_load):
    flagged = {(s.year, s.province_code) for s in shared_load.scores
               if s.index_name == "PAPI" and "total_without_dimensions" in s.flags}
    assert flagged == {(2014, "24"), (2014, "87")}
