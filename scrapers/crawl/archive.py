"""The raw archive: every HTTP response kept with its fetch metadata.

Layout of an archive directory:

    manifest.jsonl                    one JSON object per response, append-only
    bodies/<sha[:2]>/<sha256>.gz      response bodies, gzip, content-addressed

A body is written (to a temporary file, then renamed) before its manifest line
is appended and flushed, so a crash leaves at worst an orphan body, never a
manifest line without its body. A torn last manifest line (a crash mid-write)
is skipped on reading and reported, so nothing already archived is lost; so
is any line that is not valid UTF-8 JSON or lacks the fields a record has
(`REQUIRED_FIELDS`): `Archive.bad_lines` names each with its reason, and the
rest of the manifest is read as usual. Re-parsing reads from here; it never re-fetches.

`Archive.batch()` trades per-exchange durability for speed where an exchange
can be had again (replaying an archive, generating one): bodies are written
without an fsync each and manifest lines are held back; every
`BATCH_COMMIT_RECORDS` records (and when the batch ends) the bodies are made
durable with one `os.sync()` and only then are the held lines appended and
fsynced once. The ordering rule above still holds; a crash loses at most the
uncommitted tail, leaving orphan bodies.

Records are keyed by request (`request_key`): the canonical URL for a GET,
`url + "#POST?" + form` for a POST (JSON list APIs answer one URL with
different pages). Exchanges that yielded no usable page (connection errors,
refused bodies) are kept too, with an `error`; `latest_response` skips them
and 304s so that replay and conditional requests see the last real page.
"""
from __future__ import annotations

import gzip
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

from scrapers.durable import fsync_dir
from scrapers.models import FetchedResponse
from scrapers.urls import POST_MARKER

MANIFEST = "manifest.jsonl"
BATCH_COMMIT_RECORDS = 2000
# What every reader of a record relies on; a line without them is skipped as ill-shaped.
REQUIRED_FIELDS = {"url": str, "sha256": str, "status": int}


def encode_form(data: dict | str | None) -> str | None:
    """A POST form as urlencoded text with sorted keys, so one request has one key."""
    if data is None or isinstance(data, str):
        return data
    return urlencode(sorted((str(k), str(v)) for k, v in data.items()))


def request_key(url: str, method: str = "GET", data: dict | str | None = None) -> str:
    """The archive key of a request: the URL for GET, URL + "#POST?" + form for POST."""
    if method.upper() == "GET":
        return url
    return f"{url}{POST_MARKER}{encode_form(data) or ''}"




def _is_full_response(record: dict) -> bool:
    return not record.get("error") and record.get("status") != 304


class Archive:
    def __init__(self, root: Path | str):
        self.root = Path(root)
        self.manifest_path = self.root / MANIFEST
        self.bad_lines: list[tuple[int, str]] = []   # (line number, reason) of manifest lines skipped
        # key -> (latest record, latest record holding a real page)
        self._latest: dict[str, tuple[dict, dict | None]] | None = None
        self._held: list[str] | None = None   # manifest lines of an open batch, not yet committed

    @contextmanager
    def batch(self) -> Iterator[Archive]:
        """Append with one durability point per `BATCH_COMMIT_RECORDS` records
        instead of one per record (see the module docstring)."""
        if self._held is not None:      # already batching: the outer batch commits
            yield self
            return
        self._held = []
        try:
            yield self
        finally:
            try:
                self._commit()
            finally:
                self._held = None

    def _commit(self) -> None:
        if not self._held:
            return
        os.sync()   # every body written so far is on disk before a line names it
        self._write_lines(self._held)
        self._held = []

    # -- writing ---------------------------------------------------------
    def append(self, response: FetchedResponse) -> dict:
        """Keep one response; returns its manifest record."""
        sha = response.sha256
        body_path = self._body_path(sha)
        if not body_path.exists():
            body_path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=body_path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as raw:
                with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
                    gz.write(response.body)
                raw.flush()
                if self._held is None:
                    os.fsync(raw.fileno())   # the body is on disk before any line points at it
            os.replace(tmp, body_path)
            if self._held is None:
                fsync_dir(body_path.parent)
        record = {
            "key": request_key(response.url, response.method, response.request_data),
            "url": response.url,
            "final_url": response.final_url,
            "status": response.status,
            "headers": response.headers,
            "fetched_at": response.fetched_at,
            "sha256": sha,
            "size": len(response.body),
            "source_id": response.source_id,
            "reconstructed": response.reconstructed,
            "method": response.method,
            "request_data": response.request_data,
            "error": response.error,
        }
        line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
        if self._held is None:
            self._write_lines([line])
        else:
            self._held.append(line)
            if len(self._held) >= BATCH_COMMIT_RECORDS:
                self._commit()
        if self._latest is not None:
            self._remember(record)
        return record

    def _write_lines(self, lines: list[str]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.manifest_path, "a", encoding="utf-8") as fh:
            if self._ends_torn():
                # A crash cut the last line short: end it, so these records are not glued onto it.
                fh.write("\n")
            fh.writelines(lines)
            fh.flush()
            os.fsync(fh.fileno())

    def _ends_torn(self) -> bool:
        try:
            with open(self.manifest_path, "rb") as fh:
                fh.seek(-1, os.SEEK_END)
                return fh.read(1) != b"\n"
        except OSError:   # missing or empty manifest
            return False

    # -- reading ---------------------------------------------------------
    def records(self) -> Iterator[dict]:
        """Every manifest record in the order it was archived (an open batch's
        held ones last); unreadable or ill-shaped lines are skipped and kept in
        `bad_lines`."""
        self.bad_lines = []
        if self.manifest_path.exists():
            with open(self.manifest_path, "rb") as fh:
                for n, raw in enumerate(fh, 1):
                    if not raw.strip():
                        continue
                    record, reason = parse_manifest_line(raw)
                    if reason:
                        self.bad_lines.append((n, reason))
                    else:
                        yield record
        yield from (json.loads(line) for line in list(self._held or ()))

    @property
    def torn_lines(self) -> list[int]:
        """Line numbers of the manifest lines skipped by the last `records()`."""
        return [n for n, _ in self.bad_lines]

    def latest(self, key: str) -> dict | None:
        """The most recent record for a request key (a canonical URL for GET), or None."""
        return self._index().get(key, (None, None))[0]

    def latest_response(self, key: str) -> dict | None:
        """The most recent record that holds a real page: no error, not a 304."""
        return self._index().get(key, (None, None))[1]

    def _index(self) -> dict[str, tuple[dict | None, dict | None]]:
        if self._latest is None:
            self._latest = {}
            for record in self.records():
                self._remember(record)
        return self._latest

    def _remember(self, record: dict) -> None:
        key = record_key(record)
        _, full = self._latest.get(key, (None, None))
        self._latest[key] = (record, record if _is_full_response(record) else full)

    def read_body(self, sha256: str) -> bytes:
        with gzip.open(self._body_path(sha256), "rb") as gz:
            return gz.read()

    def response(self, record: dict) -> FetchedResponse:
        return FetchedResponse(
            url=record["url"],
            final_url=record["final_url"],
            status=record["status"],
            headers=record["headers"],
            body=self.read_body(record["sha256"]),
            fetched_at=record["fetched_at"],
            source_id=record.get("source_id"),
            reconstructed=record.get("reconstructed", False),
            method=record.get("method", "GET"),
            request_data=record.get("request_data"),
            error=record.get("error"),
        )

    @property
    def torn_report(self) -> str | None:
        """One line naming the manifest lines skipped, each with its reason, or None."""
        if not self.bad_lines:
            return None
        return f"{self.manifest_path}: skipped unreadable line(s) " + \
            "; ".join(f"{n} ({reason})" for n, reason in self.bad_lines)

    def load_errors(self) -> list[tuple[str, str, str]]:
        """The skipped lines as (file, "line N", reason) rows for raw.load_errors."""
        return [(str(self.manifest_path), f"line {n}", reason) for n, reason in self.bad_lines]

    def _body_path(self, sha256: str) -> Path:
        return self.root / "bodies" / sha256[:2] / f"{sha256}.gz"


def parse_manifest_line(raw: bytes) -> tuple[dict | None, str | None]:
    """(record, None) for a good manifest line, (None, reason) for a bad one."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 (byte {exc.start})"
    except json.JSONDecodeError as exc:
        return None, f"not JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(record, dict):
        return None, f"not a record (a JSON {type(record).__name__})"
    wrong = [name for name, kind in REQUIRED_FIELDS.items()
             if not isinstance(record.get(name), kind) or isinstance(record.get(name), bool)]
    if wrong:
        return None, f"ill-shaped record: {', '.join(wrong)} missing or of the wrong type"
    return record, None


def record_key(record: dict) -> str:
    """The request key of a manifest record (older records carry only `url`)."""
    return record.get("key") or request_key(record["url"], record.get("method", "GET"), record.get("request_data"))
