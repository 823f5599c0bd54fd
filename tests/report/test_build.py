"""build_report on a small copy of the published warehouse: the files it
writes, their encoding, the CLI and the Dagster asset wiring."""
import re
import unicodedata

import pipelines.cli
from pipelines.definitions import defs
from report import build_report
from report.formatting import evidence_link, figure, vi_number


def test_numbers_read_the_vietnamese_way():
    assert vi_number(1995) == "1.995"
    assert vi_number(98.17) == "98,17"
    assert vi_number(100.0) == "100"
    assert vi_number(None) == "–"
    assert figure(85.0, "percent", "over") == "trên 85%"
    assert figure(4998, "days") == "4.998 ngày"


def test_evidence_link_points_at_the_sentence():
    url = evidence_link("https://example.vn/a.html#top", "đạt 98,17%")
    assert url == "https://example.vn/a.html#:~:text=%C4%91%E1%BA%A1t%2098%2C17%25"
    assert evidence_link("https://example.vn/a.html", None) == "https://example.vn/a.html"
    assert evidence_link(None, "x") is None


def test_build_writes_national_province_and_unit_pages(small_home, tmp_path):
    out = tmp_path / "site"
    result = build_report(small_home / "reform.duckdb", out)
    names = {p.relative_to(out).as_posix() for p in result.pages}
    assert {"index.html", "province/index.html", "province/26.html", "province/34.html",
            "province/2025-25.html", "province/2025-33.html"} <= names
    assert all(p.is_file() for p in result.pages)
    assert result.n_charts >= 6
    for page in result.pages:
        html = page.read_text(encoding="utf-8")
        assert '<meta charset="utf-8">' in html, page
        assert unicodedata.is_normalized("NFC", html), page
        # Nothing is fetched from elsewhere: no remote scripts, styles or images.
        assert 'src="http' not in html and "<link" not in html, page
    assert not list(out.parent.glob(".site.*"))     # no staging or moved-aside folder left


def test_a_rebuild_replaces_the_previous_site(small_home, tmp_path):
    out = tmp_path / "site"
    (out / "province").mkdir(parents=True)
    (out / "province" / "stale.html").write_text("old", encoding="utf-8")
    build_report(small_home / "reform.duckdb", out)
    assert not (out / "province" / "stale.html").exists()


def test_reform_report_command(small_home, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REFORM_HOME", str(small_home))
    assert pipelines.cli.main(["report", "--out", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "province" / "26.html").is_file()
    assert "pages" in capsys.readouterr().out
    assert pipelines.cli.main(["report"]) == 0
    assert (small_home / "report" / "index.html").is_file()


def test_reform_report_without_a_warehouse_fails_clearly(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REFORM_HOME", str(tmp_path))
    assert pipelines.cli.main(["report"]) == 1
    assert "reform.duckdb" in capsys.readouterr().err


def test_report_site_asset_follows_the_published_warehouse():
    graph = defs().resolve_asset_graph()
    node = graph.get(__import__("dagster").AssetKey(["published", "report"]))
    assert node.group_name == "publish"
    assert {k.to_user_string() for k in node.parent_keys} == {"published/warehouse"}


def test_national_rankings_show_the_latest_year_of_each_index(refreshed_home, tmp_path):
    out = tmp_path / "site"
    build_report(refreshed_home / "reform.duckdb", out)
    html = (out / "index.html").read_text(encoding="utf-8")
    sections = {name: html.split(f'id="index-{name}"')[1].split("</section>")[0] for name in ("PCI", "PAPI")}
    assert "— 2022</h3>" in sections["PCI"] and "— 2024</h3>" in sections["PAPI"]
    # One row per province: PAPI's six-dimension total is not a second ranking.
    assert sections["PCI"].count("<tr>") == 1 + 63
    assert sections["PAPI"].count("<tr>") == 1 + 61


def test_unit_page_reads_the_members_index_history_2005_to_2024(small_home, tmp_path):
    out = tmp_path / "site"
    build_report(small_home / "reform.duckdb", out)
    html = (out / "province" / "2025-25.html").read_text(encoding="utf-8")
    table = html.split('class="sortable unit-index-history"')[1].split("</table>")[0]
    rows = re.findall(r'data-index="(\w+)" data-year="(\d+)"', table)
    assert {int(y) for i, y in rows if i == "PCI"} == set(range(2005, 2023))
    assert {int(y) for i, y in rows if i == "PAPI"} == set(range(2011, 2025))
    assert all(name in table for name in ("Vĩnh Phúc", "Phú Thọ", "Hoà Bình"))
    vinh_phuc = (out / "province" / "26.html").read_text(encoding="utf-8")
    years = re.findall(r'data-index="PAPI" data-year="(\d+)"', vinh_phuc)
    assert "2023" in years and "2024" not in years      # blank at source in 2024: absent, not zero
