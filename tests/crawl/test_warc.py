"""WARC in and out: the round trip keeps the raw pages, a standard crawler's
WARC goes through the same parse path, unclaimed hosts are listed and skipped."""
from __future__ import annotations

import gzip
import json
from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scrapers.cli import main
from scrapers.crawl.archive import Archive
from scrapers.crawl.warc import export_warc, import_warc
from scrapers.models import FetchedResponse
from scrapers.raw import articles as articles_step
from scrapers.raw import pages as pages_step
from scrapers.raw.schema import connect
from scrapers.sources.registry import load_registry

FIELDS = ("key", "url", "final_url", "status", "headers", "sha256", "size", "fetched_at", "source_id", "method",
          "request_data", "reconstructed")


def _pages(archive: Archive) -> list[dict]:
    return sorted(({f: r.get(f) for f in FIELDS} for r in archive.records()
                   if not r.get("error") and r["status"] != 304), key=lambda r: (r["key"], r["fetched_at"]))


def test_import_of_an_export_gives_the_same_raw_pages(tmp_path, capsys):
    first = tmp_path / "first"
    assert main(["crawl", "--archive", str(first)]) == 0          # the seed: GETs, robots.txt and a POST API
    archive = Archive(first)
    archive.append(FetchedResponse(   # a followed redirect, a decoded gzip body, a failure (not a page)
        url="https://baohungyen.vn/old-12345.html", final_url="https://baohungyen.vn/new-12345.html", status=200,
        headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
        body="<html><p>Hưng Yên</p></html>".encode(), fetched_at="2026-11-30T01:02:03Z", source_id="baohungyen"))
    archive.append(FetchedResponse(url="https://baohungyen.vn/x-23456.html", final_url="https://baohungyen.vn/x-23456.html",
                                   status=0, headers={}, body=b"", fetched_at="2026-11-30T01:02:04Z",
                                   source_id="baohungyen", error="timed out"))
    warc = tmp_path / "out.warc.gz"
    assert main(["export", "--warc", str(warc), "--archive", str(first)]) == 0
    assert "16 pages written" in capsys.readouterr().out
    second = Archive(tmp_path / "second")
    report = import_warc([warc], second, load_registry())
    assert (report.imported, report.unclaimed, report.broken) == (16, {}, [])
    assert _pages(second) == _pages(Archive(first))
    assert any(r["method"] == "POST" for r in _pages(second))
    again = import_warc([warc], second, load_registry())          # idempotent
    assert (again.imported, again.already) == (0, 16)


def _standard_warc(path):
    """A WARC as wget writes it: warcinfo, then request and response per page, gzip-encoded bodies."""
    page = ("<html><head><meta charset='utf-8'><title>Cải cách hành chính</title>"
            "<meta property='article:published_time' content='2026-03-02T08:00:00+07:00'></head><body>"
            "<h1>Hưng Yên: 98,5% hồ sơ đúng hạn</h1><div class='detail-content'>"
            + "<p>Năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 98,5%, "
              "toàn tỉnh tiếp nhận 12.345 hồ sơ.</p>" * 3
            + "</div></body></html>").encode()
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "Wget/1.21.4"}))
        for url, body in (("https://baohungyen.vn/cai-cach-hanh-chinh-nam-2025-3179575.html", page),
                          ("https://www.example.com/news/other-12345.html", b"<html>elsewhere</html>")):
            request = writer.create_warc_record(url, "request", payload=BytesIO(b""), length=0,
                                                http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")],
                                                                              is_http_request=True))
            writer.write_record(request)
            packed = gzip.compress(body)
            headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
                       ("Content-Length", str(len(packed)))]
            writer.write_record(writer.create_warc_record(
                url, "response", payload=BytesIO(packed), length=len(packed),
                http_headers=StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1"),
                warc_headers_dict={"WARC-Date": "2026-03-02T03:00:00Z",
                                   "WARC-Concurrent-To": request.rec_headers.get_header("WARC-Record-ID")}))
    return page


def test_a_standard_warc_is_attributed_parsed_and_unclaimed_hosts_skipped(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REFORM_HOME", str(tmp_path / "home"))
    warc = tmp_path / "wget.warc.gz"
    page = _standard_warc(warc)
    assert main(["import", str(warc)]) == 0
    out = capsys.readouterr().out
    assert "1 pages imported" in out and "unclaimed host www.example.com: 1 page(s)" in out
    skipped = [json.loads(line) for line in (tmp_path / "home" / "import_skipped.jsonl").read_text().splitlines()]
    assert [s["url"] for s in skipped] == ["https://www.example.com/news/other-12345.html"]
    archive = Archive(tmp_path / "home" / "archive")
    [record] = list(archive.records())
    assert record["source_id"] == "baohungyen" and archive.read_body(record["sha256"]) == page   # decoded
    with connect(tmp_path / "db.duckdb") as con:                  # the nightly's own parse step
        pages_step.load_pages(con, archive)
        articles_step.parse_pages(con, archive, load_registry())
        [(source, title, published)] = con.execute("select source_id, title, published from raw.articles").fetchall()
        [found] = con.execute("select found from raw.page_parses where outcome = 'article'").fetchall()[0]
    assert (source, title, str(published)) == ("baohungyen", "Hưng Yên: 98,5% hồ sơ đúng hạn", "2026-03-02")
    assert json.loads(found) == {"title": "generic h1", "date": "generic meta[property='article:published_time']",
                                 "body": "generic .detail-content"}


def test_an_unreadable_file_is_reported_not_fatal(tmp_path, capsys):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"not a warc at all")
    assert main(["import", str(bad), "--archive", str(tmp_path / "a")]) == 1
    assert "unreadable: " in capsys.readouterr().out
    assert main(["import", str(tmp_path / "missing.warc")]) == 2


def test_export_skips_failures_and_not_modified(tmp_path):
    archive = Archive(tmp_path / "a")
    for status, error in ((200, None), (304, None), (0, "refused")):
        archive.append(FetchedResponse(url=f"https://vnexpress.net/a-{status}123456.html",
                                       final_url=f"https://vnexpress.net/a-{status}123456.html", status=status,
                                       headers={}, body=b"<html></html>" if status == 200 else b"",
                                       fetched_at="2026-11-30T00:00:00Z", source_id="vnexpress", error=error))
    assert export_warc(archive, tmp_path / "x.warc") == 1
