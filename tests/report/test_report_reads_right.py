"""The report does not mislead: better ranks draw longer bars, provinces go
by their names, on-time figures compare like with like, and an empty
section says why it is empty."""
import duckdb
import pytest
from selectolax.lexbor import LexborHTMLParser

from report.charts import ranking_chart


def page(path) -> LexborHTMLParser:
    return LexborHTMLParser(path.read_text(encoding="utf-8"))


def test_a_better_rank_draws_a_longer_bar():
    rows = [{"province_name": "A", "score": None, "rank": 1, "rank_of": 63},
            {"province_name": "B", "score": None, "rank": 50, "rank_of": 63},
            {"province_name": "C", "score": None, "rank": 63, "rank_of": 63}]
    spec = ranking_chart(rows, "PAR")
    lengths = {r["province_name"]: r[spec["encoding"]["x"]["field"]] for r in spec["datasets"]["rows"]}
    assert lengths["A"] > lengths["B"] > lengths["C"] > 0
    assert "better" in spec["encoding"]["x"]["title"]


def test_source_table_names_provinces(report_dir):
    sources = page(report_dir / "index.html").css_first("#sources")
    cells = [row.css("td")[1].text(strip=True) for row in sources.css("tbody tr")]
    assert "Vĩnh Phúc" in cells and "Thái Bình" in cells
    assert not any(cell.isdigit() for cell in cells)


def test_empty_index_sections_say_why(report_dir):
    national = page(report_dir / "index.html")
    for index_name in ("SIPAS", "766"):
        section = national.css_first(f"#index-{index_name}")
        if section.css_first("svg") is None:
            reason = section.css_first(".empty-reason").text()
            assert f"No {index_name} publication is loaded" in reason and "PCI" in reason


def test_on_time_chart_compares_shares_by_the_deadline(report_dir):
    section = page(report_dir / "index.html").css_first("#on-time")
    rows = {tuple(td.text(strip=True) for td in row.css("td")[:4]) for row in section.css("tbody tr")}
    thai_binh = next(r for r in rows if r[0] == "Thái Bình")
    assert thai_binh[2] == "trên 99%" and "added" in thai_binh[3]
    assert not any(r[2].endswith("14%") for r in rows)   # the on-time share alone is not compared


def test_targets_without_a_comparable_result_say_so(report_dir, refreshed_home):
    with duckdb.connect(str(refreshed_home / "reform.duckdb"), read_only=True) as con:
        compared = con.execute("select count(result_value) from fct_reform_targets "
                               "where province_code = '26'").fetchall()[0][0]
    if compared:
        pytest.skip("Vĩnh Phúc's targets have results to compare in this data")
    vinh_phuc = page(report_dir / "province" / "26.html")
    targets = vinh_phuc.css_first("table.targets")
    assert targets is not None
    reason = vinh_phuc.css_first("p.empty-reason")
    assert reason is not None and "Chưa có kết quả so sánh được" in reason.text()
    assert "Kết quả (result)" not in targets.css_first("thead").text()
