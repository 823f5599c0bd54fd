"""The parse and extract steps as a run materialises them: a new parser or
extractor version reads the archive again, and the run summary and the step
lines say how much."""
from __future__ import annotations

import io

import dagster as dg

import scrapers.facts.extract as extractor
import scrapers.parse.version as parser_version
from pipelines.defs.extract.assets import raw_facts
from pipelines.defs.parse.assets import raw_articles
from pipelines.progress import step_logger
from pipelines.resources import CrawlSettings, WarehouseResource
from pipelines.summary import summary
from scrapers import settings
from scrapers.crawl.archive import Archive
from scrapers.models import FetchedResponse
from scrapers.raw.pages import load_pages
from scrapers.raw.schema import connect

FIGURES = "<p>Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 98,5%; toàn tỉnh tiếp nhận 12.345 hồ sơ.</p>"
URLS = ("https://tinhmau.example.vn/cai-cach-hanh-chinh-12345.html",
        "https://tinhmau.example.vn/ket-qua-giai-quyet-ho-so-67890.html")


def night(home) -> tuple[dg.ExecuteInProcessResult, str]:
    """Parse and extract as a run does; the summary and the terminal's step lines."""
    out = io.StringIO()
    job = dg.Definitions(
        assets=[raw_articles, raw_facts],
        jobs=[dg.define_asset_job("parse_and_extract")],
        resources={"warehouse": WarehouseResource(reform_home=str(home)), "crawl_settings": CrawlSettings()},
    ).resolve_job_def("parse_and_extract").with_logger_defs({"steps": step_logger(out)})
    result = job.execute_in_process(run_config={"loggers": {"steps": {}}})
    assert result.success
    return result, out.getvalue()


def test_new_parser_and_extractor_versions_are_counted_in_the_summary(tmp_path, monkeypatch):
    monkeypatch.setenv("REFORM_HOME", str(tmp_path))
    archive = Archive(settings.archive_dir(tmp_path))
    for n, url in enumerate(URLS):
        body = (f"<html><head><meta property='og:type' content='article'><title>Bài {n}</title>"
                "<meta property='article:published_time' content='2025-01-10'></head>"
                f"<body><h1>Bài {n}</h1><div class='detail-content'>{FIGURES}</div></body></html>")
        archive.append(FetchedResponse(url=url, final_url=url, status=200, body=body.encode(),
                                       headers={"Content-Type": "text/html; charset=utf-8"},
                                       fetched_at="2025-01-11T00:00:00+00:00"))
    with connect(settings.work_db(tmp_path)) as con:
        load_pages(con, archive)
    first, _ = night(tmp_path)
    assert "re-parsed" not in summary(first) and "re-extracted" not in summary(first)

    monkeypatch.setattr(parser_version, "PARSER_VERSION", "parse-next")
    monkeypatch.setattr(extractor, "EXTRACTOR_VERSION", "facts-next")
    bumped, terminal = night(tmp_path)
    text = summary(bumped)
    assert "re-parsed for a new parser version: 2 pages (0 article texts changed)" in text, text
    assert "re-extracted for a new extractor version: 2 articles" in text, text
    assert "reparsed for parser version 2" in terminal and "reextracted for extractor version 2" in terminal, terminal

    again, terminal = night(tmp_path)
    assert "re-parsed" not in summary(again) and "re-extracted" not in summary(again)
    assert "reparsed" not in terminal and "reextracted" not in terminal, terminal
