"""`reform sources` (table, --json, match), crawl outcomes, the health check
(against the local site) and registry errors that name file, source and field."""
from __future__ import annotations

import json
import textwrap
from dataclasses import replace

import pytest
from local_site import FAST

from scrapers.cli import main
from scrapers.crawl.archive import Archive
from scrapers.crawl.health import check_sources, table
from scrapers.crawl.http import PoliteClient
from scrapers.crawl.transport import LiveTransport
from scrapers.sources import registry as registry_module
from scrapers.sources.registry import RegistryError, load_registry


def test_sources_json_covers_every_2025_unit(capsys):
    assert main(["sources", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == len(load_registry())
    assert all({"id", "unit_2025", "status"} <= set(r) for r in records)
    live_units = {r["unit_2025"] for r in records if r["status"] != "retired" and r["unit_2025"]}
    assert len(live_units) == 34


def test_sources_table_shows_the_last_crawl_outcome(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REFORM_HOME", str(tmp_path))
    assert main(["sources"]) == 0
    assert "baodongthap" in capsys.readouterr().out
    assert main(["crawl", "--source", "baodongthap", "--max-pages", "1"]) == 0
    capsys.readouterr()
    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("baodongthap "))
    assert "unverified" in row and "ok 2p/1n" in row and "34 of the 34 units" in out


def test_sources_match_prints_url_source_and_kind(capsys):
    urls = ["https://www.baodanang.vn/bo-doi-xuat-ngu-khoi-nghiep-voi-den-trang-tri-tram-canh-3140715.html",
            "https://tuoitre.vn/thoi-su.htm", "https://example.com/a-12345.html",
            "http://tuoitre.vn/ca-phe-tam-chuyen-20260106083000963.htm"]
    assert main(["sources", "match", *urls]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert lines == [[urls[0], "baodanang", "article"], [urls[1], "tuoitre", "listing"],
                     [urls[2], "-", "none"], [urls[3], "tuoitre", "article"]]


def _registry_file(tmp_path, body: str):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n" + textwrap.indent(textwrap.dedent(body), "  "), encoding="utf-8")
    return path


GOOD = """\
- id: baox
  name: Báo X
  family: generic
  province: "40"
  unit_2025: "40"
  status: unverified
  hosts: [baox.vn]
  listing: {kind: html, urls: ["https://baox.vn/"]}
"""


@pytest.mark.parametrize("change, field, problem", [
    (("status: unverified", "status: maybe"), "status", "not one of"),
    (("unit_2025: \"40\"", "unit_2025: \"38\""), "unit_2025", "part of unit 40"),
    (("hosts: [baox.vn]", "hosts: [baox.vn]\n  colour: red"), "colour", "unknown field"),
    (("{kind: html,", "{kind: html, link_pattern: '(', "), "listing.link_pattern", "bad regular expression"),
    (("listing: {", "article: {title: ['h1[']}\n  listing: {"), "article.title", "bad CSS selector"),
    (("  status: unverified\n", ""), "status", "missing"),
    (("{kind: html,", "{kind: json_api, api: {url_template: x, pagesize: 2},"), "listing.api.pagesize",
     "unknown field"),
])
def test_malformed_entries_name_file_source_and_field(tmp_path, change, field, problem):
    path = _registry_file(tmp_path, GOOD.replace(*change))
    with pytest.raises(RegistryError, match=rf"{path}: source 'baox': field '{field}': .*{problem}"):
        load_registry(path)
    assert load_registry(_registry_file(tmp_path, GOOD))["baox"].unit_2025 == "40"


def test_a_bad_registry_fails_the_sources_command_and_the_dagster_definitions(tmp_path, monkeypatch, capsys):
    path = _registry_file(tmp_path, GOOD.replace("status: unverified", "status: maybe"))
    monkeypatch.setattr(registry_module, "DEFAULT_REGISTRY", path)
    assert main(["sources"]) == 2
    assert f"{path}: source 'baox': field 'status'" in capsys.readouterr().err
    from pipelines.definitions import defs
    with pytest.raises(RegistryError, match="field 'status'"):
        defs()


def test_live_crawl_without_a_contact_refuses_to_start(monkeypatch, capsys):
    monkeypatch.delenv("REFORM_CONTACT_EMAIL")
    assert main(["crawl", "--live", "--source", "vnexpress"]) == 2
    assert "REFORM_CONTACT_EMAIL" in capsys.readouterr().err


def test_live_requests_name_the_contact(site, tmp_path, capsys):
    assert main(["fetch", site.url(site.articles[0].path), "--archive", str(tmp_path / "a")]) == 0
    agents = {headers["User-Agent"] for _, _, headers in site.log}
    assert agents == {"reform-warehouse/0.1 (+https://example.org/reform; crawler@example.org)"}


def test_health_check_reads_one_listing_and_one_article(site, tmp_path):
    client = PoliteClient(LiveTransport(), allowed_hosts=[site.host], settings=FAST,
                          archive=Archive(tmp_path / "a"), sleep=lambda s: None)
    broken = replace(site.source(source_id="broken"), listing=replace(site.source().listing,
                                                                      urls=(site.url("/always-500"),)))
    rows = check_sources([site.source(), broken], client)
    assert [(r.source_id, r.ok) for r in rows] == [("local", True), ("broken", False)]
    assert rows[0].links == 3 and "title: source h1.detail-title" in rows[0].found
    assert "HTTP 503" in rows[1].listing
    assert "FAIL" in table(rows) and table(rows).splitlines()[0].startswith("source")


def test_a_retired_source_is_not_crawled_live(capsys):
    assert main(["crawl", "--live", "--source", "baothaibinh"]) == 2
    assert "baothaibinh (now baohungyen)" in capsys.readouterr().err


def test_an_outcome_holds_since_the_first_crawl_that_ended_so(tmp_path):
    from scrapers.crawl.crawler import CrawlReport, SourceReport
    from scrapers.crawl.outcomes import last_outcomes, record_outcomes

    path = tmp_path / "outcomes.jsonl"

    def night(errors: int) -> dict:
        report = CrawlReport({"x": SourceReport("x", pages_fetched=3, errors=[("u", "boom")] * errors)})
        record_outcomes(report, path, mode="live")
        return last_outcomes(path)["x"]

    first = night(0)
    assert (first["status"], first["since"]) == ("ok", first["at"])
    assert night(0)["since"] == first["since"]             # an idle night changes nothing the warehouse keeps
    worse = night(1)
    assert worse["status"] == "errors" and worse["since"] == worse["at"]
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('{"source_id": "x", "torn')                # a crash mid-write
    assert last_outcomes(path)["x"]["status"] == "errors"
