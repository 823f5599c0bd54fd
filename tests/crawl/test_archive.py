"""The raw archive keeps every exchange, survives a torn manifest and keys POSTs apart."""
from __future__ import annotations

from scrapers.crawl.archive import Archive, request_key
from scrapers.models import FetchedResponse


def _response(url: str, body: bytes, status: int = 200, **extra) -> FetchedResponse:
    return FetchedResponse(url=url, final_url=url, status=status, headers={"content-type": "text/html"},
                           body=body, fetched_at="2026-01-01T00:00:00Z", **extra)


def test_round_trip_keeps_body_and_metadata(tmp_path):
    archive = Archive(tmp_path)
    record = archive.append(_response("https://a.gov.vn/x", "Cải cách".encode()))
    again = Archive(tmp_path)
    assert again.latest("https://a.gov.vn/x")["sha256"] == record["sha256"]
    response = again.response(again.latest("https://a.gov.vn/x"))
    assert response.body.decode() == "Cải cách"
    assert response.headers == {"content-type": "text/html"}


def test_post_requests_are_keyed_by_their_sorted_form(tmp_path):
    archive = Archive(tmp_path)
    api = "https://vinhphuc.gov.vn/api/QUERYDATA"
    archive.append(_response(api, b'{"page": 1}', method="POST", request_data="length=10&start=0"))
    archive.append(_response(api, b'{"page": 2}', method="POST", request_data="length=10&start=10"))
    key = request_key(api, "POST", {"start": 10, "length": 10})
    assert key == api + "#POST?length=10&start=10"
    assert Archive(tmp_path).response(Archive(tmp_path).latest(key)).body == b'{"page": 2}'
    assert Archive(tmp_path).latest(api) is None


def test_errors_and_304s_are_kept_but_not_served_as_the_page(tmp_path):
    archive = Archive(tmp_path)
    url = "https://a.gov.vn/list"
    archive.append(_response(url, b"page one"))
    archive.append(_response(url, b"", status=304))
    archive.append(_response(url, b"", status=0, error="connection reset"))
    reread = Archive(tmp_path)
    assert reread.latest(url)["error"] == "connection reset"
    assert reread.response(reread.latest_response(url)).body == b"page one"
    assert len(list(reread.records())) == 3


def test_torn_last_line_is_skipped_reported_and_not_glued_to_the_next(tmp_path):
    archive = Archive(tmp_path)
    archive.append(_response("https://a.gov.vn/1", b"one"))
    with open(archive.manifest_path, "a", encoding="utf-8") as fh:
        fh.write('{"url": "https://a.gov.vn/torn", "sta')      # a crash mid-line
    Archive(tmp_path).append(_response("https://a.gov.vn/2", b"two"))
    reread = Archive(tmp_path)
    urls = [r["url"] for r in reread.records()]
    assert urls == ["https://a.gov.vn/1", "https://a.gov.vn/2"]
    assert reread.torn_lines == [2]
    assert "line(s) 2" in reread.torn_report


def test_identical_bodies_are_stored_once(tmp_path):
    archive = Archive(tmp_path)
    archive.append(_response("https://a.gov.vn/1", b"same"))
    archive.append(_response("https://a.gov.vn/2", b"same"))
    assert len(list((tmp_path / "bodies").rglob("*.gz"))) == 1
    assert not list((tmp_path / "bodies").rglob("*.tmp"))


def test_a_bad_byte_or_an_ill_shaped_line_is_named_skipped_and_the_rest_read(tmp_path):
    archive = Archive(tmp_path)
    archive.append(_response("https://a.gov.vn/1", b"one"))
    with open(archive.manifest_path, "ab") as fh:
        fh.write(b'{"url": "https://a.gov.vn/\xff", "sha256": "ab", "status": 200}\n')   # not UTF-8
        fh.write(b'{"url": "https://a.gov.vn/3", "status": "200"}\n')                     # valid JSON, wrong shape
        fh.write(b'["a list"]\n')
    archive.append(_response("https://a.gov.vn/2", b"two"))
    reread = Archive(tmp_path)
    assert [r["url"] for r in reread.records()] == ["https://a.gov.vn/1", "https://a.gov.vn/2"]
    assert [n for n, _ in reread.bad_lines] == [2, 3, 4]
    reasons = dict(reread.bad_lines)
    assert reasons[2].startswith("not UTF-8") and "sha256, status" in reasons[3] and "list" in reasons[4]
    assert reread.load_errors()[0] == (str(reread.manifest_path), "line 2", reasons[2])
    assert str(reread.manifest_path) in reread.torn_report and "3 (ill-shaped" in reread.torn_report
