"""The report as a browser shows it: headless Chromium with the network off
and file:// URLs; every check reads the DOM after the page ran."""
from pathlib import Path

import pytest
from report_browser import rendered_dom, screenshot
from selectolax.lexbor import LexborHTMLParser

REPO_ROOT = Path(__file__).resolve().parents[2]


def dom(page: Path) -> LexborHTMLParser:
    return LexborHTMLParser(rendered_dom(page))


def marks(svg) -> int:
    """Drawn marks in a Vega SVG: the paths inside its mark groups."""
    return len(svg.css("g[class*='mark-'] path"))


@pytest.fixture(scope="module")
def national(report_dir) -> LexborHTMLParser:
    return dom(report_dir / "index.html")


@pytest.fixture(scope="module")
def latest_rankings(refreshed_home) -> dict[str, list[str]]:
    """Each published index's latest year, as the warehouse holds it: the
    province names in rank order (the report must show exactly these)."""
    import duckdb

    with duckdb.connect(str(refreshed_home / "reform.duckdb"), read_only=True) as con:
        rows = con.execute("""
            with latest as (
                select index_name, max(year) as year from fct_index_scores
                where source_type = 'publication' group by index_name
            )
            select s.index_name, p.province_name
            from fct_index_scores s
            join latest using (index_name, year)
            join dim_province p using (province_code)
            where s.source_type = 'publication' and s.measure = 'total'
            order by s.index_name, s.rank, p.province_name
        """).fetchall()
    rankings: dict[str, list[str]] = {}
    for index_name, province in rows:
        rankings.setdefault(index_name, []).append(province)
    return rankings


def test_national_page_draws_a_ranking_chart_per_index_with_figures(national, latest_rankings):
    charts = {svg.attributes["data-chart"]: svg for svg in national.css("svg[data-chart]")}
    assert len(latest_rankings["PCI"]) == 63 and len(latest_rankings["PAPI"]) >= 60
    for index_name, provinces in (("PCI", len(latest_rankings["PCI"])), ("PAPI", len(latest_rankings["PAPI"])),
                                  ("PAR", 1)):
        svg = charts[f"rank-{index_name}"]
        assert len(svg.css("g.mark-rect path")) == provinces, index_name
    assert marks(charts["on-time"]) > 0 and marks(charts["sources"]) > 0
    sipas = national.css_first("#index-SIPAS")
    assert "Chưa có số liệu" in sipas.text() and sipas.css_first("svg") is None


def test_national_ranking_tables_and_sources(national, latest_rankings):
    pci = national.css_first("table[data-index='PCI']")
    first = pci.css_first("tbody tr").css("td")
    assert first[0].text(strip=True) == "1/63" and first[1].text(strip=True) == latest_rankings["PCI"][0]
    par = national.css_first("table[data-index='PAR']")
    assert [td.text(strip=True) for td in par.css("tbody tr td")][:2] == ["50/63", "Thái Bình"]
    sources = national.css_first("#sources").text()
    assert "Cổng thông tin điện tử tỉnh Vĩnh Phúc" in sources and "PCI_2016.xlsx" in sources


def test_sortable_table_sorts_on_click(report_dir, tmp_path, latest_rankings):
    """A copy of the national page that clicks the PCI score heading twice
    (descending) once loaded: the table's order is the browser's doing."""
    html = (report_dir / "index.html").read_text(encoding="utf-8")
    click = ("<script>var th = document.querySelectorAll(\"table[data-index='PCI'] th\")[2];"
             "th.click(); th.click();</script></body>")
    page = tmp_path / "index.html"
    page.write_text(html.replace("</body>", click), encoding="utf-8")
    rows = dom(page).css("table[data-index='PCI'] tbody tr")
    scores = [float(r.css("td")[2].attributes["data-sort"]) for r in rows]
    assert scores == sorted(scores, reverse=True) and len(scores) == 63
    assert rows[0].css("td")[1].text(strip=True) == latest_rankings["PCI"][0]


def test_vinh_phuc_shows_procedures_with_their_evidence(report_dir):
    page = dom(report_dir / "province" / "26.html")
    assert page.css_first("h1").text().startswith("Tỉnh Vĩnh Phúc")
    row = page.css_first("tr.fact[data-metric='procedures_published']")
    figure = row.css_first("td.figure")
    assert figure.attributes["data-value"] == "1995.0" and figure.text(strip=True) == "1.995"
    assert "1.995" in row.css_first("q.evidence").text()
    link = row.css_first("a.evidence-link").attributes["href"]
    assert link.startswith("https://vinhphuc.gov.vn/") and "#:~:text=" in link
    svg = page.css_first("svg[data-chart='p26-index']")
    assert len(svg.css("g.mark-line path")) >= 2 and len(svg.css("g.mark-symbol path")) >= 12
    assert marks(page.css_first("svg[data-chart='p26-rates']")) >= 2
    notice = page.css_first("p.notice a").attributes["href"]
    assert notice == "2025-25.html"


def test_thai_binh_shows_par_rank_50_of_63_for_2021(report_dir):
    page = dom(report_dir / "province" / "34.html")
    row = page.css_first("table.index-scores tr[data-index='PAR'][data-year='2021']")
    assert row.css_first("td.rank").text(strip=True) == "50/63"
    assert "50/63" in row.css_first("q.evidence").text()


def test_merged_unit_page_lists_its_member_provinces_history(report_dir):
    page = dom(report_dir / "province" / "2025-25.html")
    assert "Phú Thọ" in page.css_first("h1").text()
    members = [s.attributes["data-province"] for s in page.css("section.province-history")]
    assert members == ["17", "25", "26"]
    vinh_phuc = page.css_first("section.province-history[data-province='26']")
    assert vinh_phuc.css_first("tr.fact[data-metric='procedures_published'] td.figure").text(strip=True) == "1.995"
    assert marks(vinh_phuc.css_first("svg[data-chart='p26-index']")) > 0


def test_screenshots_for_review(report_dir):
    shots = report_dir / "_screenshots"
    for name, page in (("national", "index.html"), ("province-26", "province/26.html")):
        png = screenshot(report_dir / page, shots / f"{name}.png")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
