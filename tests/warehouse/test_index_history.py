"""The index history in the published warehouse after a nightly refresh of
the shared publications: which row is served, that it matches its file, and
what the secondary tier adds."""
import duckdb
import pytest

from scrapers.publications import load_publications

pytestmark = pytest.mark.filterwarnings("ignore:Unknown extension:UserWarning")


@pytest.fixture(scope="module")
def warehouse(refreshed_home):
    con = duckdb.connect(str(refreshed_home / "reform.duckdb"), read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def files(shared_dir):
    return load_publications(shared_dir / "publications")


def _served(warehouse, index_name, measure="total"):
    return {(year, code): (score, tier, ref, row) for year, code, score, tier, ref, row in warehouse.execute("""
        select year, province_code, score, tier, source_ref, source_row from fct_index_scores
        where source_type = 'publication' and index_name = ? and measure = ?""", [index_name, measure]).fetchall()}


def test_pci_totals_2005_to_2022_with_63_provinces_from_2017(warehouse):
    served = _served(warehouse, "PCI")
    years = sorted({year for year, _ in served})
    assert years == list(range(2005, 2023))
    assert all(len([k for k in served if k[0] == year]) == 63 for year in range(2017, 2023))
    assert {served[k][1] for k in served if k[0] <= 2016} == {"official"}
    assert {served[k][1] for k in served if k[0] >= 2017} == {"secondary"}
    # 2017–2021: the panel (more decimals, sub-indices) before the Stata totals; 2022 only in the Stata file.
    assert {served[k][2] for k in served if 2017 <= k[0] <= 2021} == {
        "secondary/pci/letrinhandn_vietnam_provincial_panel_2012_2019.xlsx"}
    assert {served[k][2] for k in served if k[0] == 2022} == {"secondary/pci/tnguyentranphuoc_Dataset.dta"}


@pytest.mark.parametrize("index_name", ["PCI", "PAPI"])
def test_every_province_year_the_files_hold_is_served_cell_by_cell(warehouse, files, index_name):
    served = _served(warehouse, index_name)
    by_place = {(s.source_file, s.year, s.province_code): s for s in files.scores
                if s.index_name == index_name and s.measure == "total"}
    held = {(s.year, s.province_code) for s in files.scores if s.index_name == index_name and s.measure == "total"
            and s.score is not None and s.tier != "cross-check"}
    assert set(served) == held
    for (year, code), (score, _tier, ref, row) in served.items():
        source = by_place[(ref, year, code)]
        assert score == source.score and row == source.source_row, (year, code)


def test_papi_2011_to_2024_on_the_year_scale_and_six_dimensions(warehouse):
    rows = warehouse.execute("""
        select measure, year, min(scale_max), max(scale_max), count(*) from fct_index_scores
        where index_name = 'PAPI' and source_type = 'publication' group by all order by 1, 2""").fetchall()
    totals = {year: (low, high, n) for measure, year, low, high, n in rows if measure == "total"}
    six = {year: (low, high, n) for measure, year, low, high, n in rows if measure == "total_6dim"}
    assert sorted(totals) == sorted(six) == list(range(2011, 2025))
    assert all(totals[y][:2] == (60, 60) for y in range(2011, 2018))
    assert all(totals[y][:2] == (80, 80) for y in range(2018, 2025))
    assert all(six[y][:2] == (60, 60) for y in six)
    assert totals[2021][2] == 60 and totals[2016][2] == 63


def test_components_for_pci_2012_2021_and_2023_and_papi_dimensions(warehouse):
    pci = dict(warehouse.execute("""
        select year, count(distinct component) from fct_index_components
        where index_name = 'PCI' and tier = 'secondary' group by year""").fetchall())
    assert sorted(pci) == [*range(2012, 2022), 2023]
    assert all(pci[year] == 10 for year in [*range(2013, 2022), 2023]) and pci[2012] == 9
    labels = dict(warehouse.execute("""
        select component, any_value(component_label) from fct_index_components
        where index_name = 'PCI' and year = 2023 group by component""").fetchall())
    assert labels["Legal Institutions"] == "Thiết chế pháp lý & An ninh trật tự"
    papi = dict(warehouse.execute("""
        select year, count(distinct component) filter (where component_label is not null) from fct_index_components
        where index_name = 'PAPI' and tier = 'secondary' group by year""").fetchall())
    assert all(papi[year] == (6 if year <= 2017 else 8) for year in range(2011, 2025))


def test_pci_2023_sub_indices_carry_their_doubts(warehouse):
    """PCI 2023 has no total (no served score row); its flags travel with its components."""
    assert warehouse.execute(
        "select count(*) from fct_index_scores where index_name = 'PCI' and year = 2023").fetchall()[0][0] == 0
    flags = dict(warehouse.execute("""
        select province_code, any_value(flags) from fct_index_components
        where index_name = 'PCI' and year = 2023 group by province_code""").fetchall())
    assert len(flags) == 63 and all("year_inferred" in f for f in flags.values())
    assert {code for code, f in flags.items() if "doubtful_row" in f} == {"38", "19"}


def test_no_publication_disagrees_beyond_rounding(warehouse):
    """Every overlap of the shared files agrees within 0.01 (official and
    secondary PCI 2012–2016 and PAPI 2011–2016, the two PCI transcriptions
    2016–2021, the PAPI files and the dashboard 2011–2024): the conflicts
    table lists none. A disagreement is listed: see the dbt unit test
    `disagreeing_transcription_is_a_conflict`."""
    assert warehouse.execute(
        "select count(*) from fct_index_conflicts where conflict_type = 'publication'").fetchall()[0][0] == 0
