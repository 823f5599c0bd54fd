"""WARC in and out of the raw archive, with warcio.

`import_warc` reads WARC files written by any standard crawler (wget
--warc-file, Browsertrix, Common Crawl's news crawl): each `response` record
becomes an archive record attributed to the registered source of its URL, so
the nightly run parses and extracts it like a crawled page. Pages of hosts no
source claims are counted, listed and skipped; records that are not responses
(warcinfo, metadata, revisit …) are skipped. Bodies are stored decoded
(chunked transfer and Content-Encoding undone), as the live transport stores
them. Importing the same file again adds nothing.

`export_warc` writes every real page of the archive (no failed exchange, no
304) as a `response` record, preceded by its `request` record when it was a
POST (the JSON list APIs), so a round trip gives the same raw pages. The
archive's own facts ride in `WARC-Reform-*` header fields; headers that
described the body as it travelled (Content-Encoding, Transfer-Encoding) are
kept under an `X-Reform-Decoded-` prefix, because the stored body is decoded.
"""
from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scrapers.crawl.archive import Archive, record_key
from scrapers.models import FetchedResponse
from scrapers.sources.registry import SourceConfig, source_for_url
from scrapers.urls import canonicalize

SOURCE_FIELD = "WARC-Reform-Source"
FINAL_URL_FIELD = "WARC-Reform-Final-URI"
FETCHED_AT_FIELD = "WARC-Reform-Fetched-At"
RECONSTRUCTED_FIELD = "WARC-Reform-Reconstructed"
DECODED_PREFIX = "X-Reform-Decoded-"
NO_SOURCE = "-"                     # an exchange of no source (robots.txt): kept so on import
TRANSPORT_HEADERS = ("content-encoding", "transfer-encoding")


@dataclass
class ImportReport:
    imported: int = 0                                   # new archive records
    already: int = 0                                    # pages the archive held already
    other_records: int = 0                              # warcinfo, request, metadata, revisit …
    unclaimed: dict[str, list[str]] = field(default_factory=dict)   # host -> URLs no source claims
    broken: list[str] = field(default_factory=list)     # "file: reason" of records that could not be read

    def lines(self) -> list[str]:
        lines = [f"{self.imported} pages imported, {self.already} already archived, "
                 f"{sum(map(len, self.unclaimed.values()))} of unclaimed hosts skipped, "
                 f"{self.other_records} other records skipped"]
        lines += [f"unclaimed host {host}: {len(urls)} page(s), e.g. {urls[0]}" for host, urls in
                  sorted(self.unclaimed.items())]
        lines += [f"unreadable: {reason}" for reason in self.broken]
        return lines


# -- export -----------------------------------------------------------------

def export_warc(archive: Archive, path: Path) -> int:
    """Write the archive's real pages (latest first-seen order) to a WARC file
    (gzip when the name ends in .gz); returns the number of pages written."""
    written = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as raw:
        writer = WARCWriter(raw, gzip=path.name.endswith(".gz"))
        for record in archive.records():
            if record.get("error") or record.get("status") in (0, 304):
                continue
            response = archive.response(record)
            request_id = None
            if response.method != "GET":
                request = _request_record(writer, response)
                writer.write_record(request)
                request_id = request.rec_headers.get_header("WARC-Record-ID")
            writer.write_record(_response_record(writer, response, request_id))
            written += 1
    tmp.replace(path)
    return written


def _warc_date(fetched_at: str) -> str:
    return fetched_at.replace("+00:00", "Z")


def _response_record(writer: WARCWriter, response: FetchedResponse, request_id: str | None):
    headers = [(DECODED_PREFIX + name if name.lower() in TRANSPORT_HEADERS else name, value)
               for name, value in response.headers.items()]
    phrase = HTTPStatus(response.status).phrase if response.status in HTTPStatus._value2member_map_ else "Status"
    fields = {"WARC-Date": _warc_date(response.fetched_at), FETCHED_AT_FIELD: response.fetched_at}
    fields[SOURCE_FIELD] = response.source_id or NO_SOURCE
    if response.final_url != response.url:
        fields[FINAL_URL_FIELD] = response.final_url
    if response.reconstructed:
        fields[RECONSTRUCTED_FIELD] = "true"
    if request_id:
        fields["WARC-Concurrent-To"] = request_id
    return writer.create_warc_record(
        response.url, "response", payload=BytesIO(response.body), length=len(response.body),
        http_headers=StatusAndHeaders(f"{response.status} {phrase}", headers, protocol="HTTP/1.1"),
        warc_headers_dict=fields)


def _request_record(writer: WARCWriter, response: FetchedResponse):
    parts = urlsplit(response.url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    body = (response.request_data or "").encode("utf-8")
    headers = [("Host", parts.netloc), ("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"),
               ("Content-Length", str(len(body)))]
    return writer.create_warc_record(
        response.url, "request", payload=BytesIO(body), length=len(body),
        http_headers=StatusAndHeaders(f"{response.method} {target} HTTP/1.1", headers, is_http_request=True),
        warc_headers_dict={"WARC-Date": _warc_date(response.fetched_at)})


# -- import -----------------------------------------------------------------

def import_warc(paths: Iterable[Path], archive: Archive, registry: dict[str, SourceConfig]) -> ImportReport:
    """Add the response records of WARC files to the archive (see the module docstring)."""
    report = ImportReport()
    with archive.batch():
        for path in paths:
            try:
                for response in _responses(Path(path), report):
                    _keep(response, archive, registry, report)
            except (OSError, ArchiveLoadFailed, EOFError, gzip.BadGzipFile) as exc:
                report.broken.append(f"{path}: {' '.join(str(exc).split())[:200]}")
    return report


def _responses(path: Path, report: ImportReport) -> Iterator[FetchedResponse]:
    requests: dict[str, tuple[str, str | None]] = {}     # request record id -> (method, form)
    with ExitStack() as stack:
        stream = stack.enter_context(open(path, "rb"))
        for record in ArchiveIterator(stream):
            if record.format != "warc":
                raise ArchiveLoadFailed(f"not a WARC record at offset {stream.tell()} ({record.format} or garbage)")
            kind = record.rec_type
            fields = record.rec_headers
            if kind == "request" and record.http_headers is not None:
                method = (record.http_headers.protocol or "GET").split(" ")[0].upper()
                body = record.content_stream().read()
                requests[fields.get_header("WARC-Record-ID")] = (method, body.decode("utf-8", "replace") or None)
                report.other_records += 1
                continue
            if kind != "response" or record.http_headers is None:
                report.other_records += 1
                continue
            url = fields.get_header("WARC-Target-URI") or ""
            if not url.startswith(("http://", "https://")):
                report.other_records += 1
                continue
            status = int((record.http_headers.get_statuscode() or "0")[:3] or 0)
            headers = {}
            for name, value in record.http_headers.headers:
                if name.startswith(DECODED_PREFIX):
                    name = name[len(DECODED_PREFIX):]
                headers[name] = value
            decoded = any(n.startswith(DECODED_PREFIX) for n, _ in record.http_headers.headers)
            body = (record.raw_stream if decoded else record.content_stream()).read()
            method, form = requests.get(fields.get_header("WARC-Concurrent-To") or "", ("GET", None))
            url = canonicalize(url)
            yield FetchedResponse(
                url=url, final_url=fields.get_header(FINAL_URL_FIELD) or url, status=status, headers=headers,
                body=body, fetched_at=fields.get_header(FETCHED_AT_FIELD) or fields.get_header("WARC-Date") or "",
                source_id=fields.get_header(SOURCE_FIELD), method=method,
                request_data=form if method != "GET" else None,
                reconstructed=fields.get_header(RECONSTRUCTED_FIELD) == "true")


def _keep(response: FetchedResponse, archive: Archive, registry: dict[str, SourceConfig],
          report: ImportReport) -> None:
    host = (urlsplit(response.url).hostname or "").lower()
    named = registry.get(response.source_id or "")
    source = named if named is not None and named.owns(host) else source_for_url(response.url, registry)
    if source is None:
        report.unclaimed.setdefault(host, []).append(response.url)
        return
    # Our own exports say which exchanges belonged to no source (robots.txt); others are attributed.
    source_id = None if response.source_id == NO_SOURCE else source.id
    response = FetchedResponse(**{**response.__dict__, "source_id": source_id})
    key = record_key({"url": response.url, "method": response.method, "request_data": response.request_data})
    latest = archive.latest(key)
    if latest is not None and latest["sha256"] == response.sha256 and latest["fetched_at"] == response.fetched_at:
        report.already += 1
        return
    archive.append(response)
    report.imported += 1
