"""The raw archive: every HTTP response kept with its fetch metadata.

Layout of an archive directory:

    manifest.jsonl                    one JSON object per response, append-only
    bodies/<sha[:2]>/<sha256>.gz      response bodies, gzip, content-addressed

A body is written (to a temporary file, then renamed) before its manifest line
is appended and flushed, so a crash leaves at worst an orphan body, never a
manifest line without its body. A torn last manifest line (a crash mid-write)
is skipped on reading and reported, so nothing already archived is lost.
Re-parsing reads from here; it never re-fetches.
"""
from __future__ import annotations

import gzip
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from scrapers.models import FetchedResponse

MANIFEST = "manifest.jsonl"


class Archive:
    def __init__(self, root: Path | str):
        self.root = Path(root)
        self.manifest_path = self.root / MANIFEST
        self.torn_lines: list[int] = []   # manifest line numbers that could not be read
        self._latest: dict[str, dict] | None = None

    # -- writing ---------------------------------------------------------
    def append(self, response: FetchedResponse) -> dict:
        """Keep one response; returns its manifest record."""
        sha = response.sha256
        body_path = self._body_path(sha)
        if not body_path.exists():
            body_path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=body_path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
                gz.write(response.body)
            os.replace(tmp, body_path)
        record = {
            "url": response.url,
            "final_url": response.final_url,
            "status": response.status,
            "headers": response.headers,
            "fetched_at": response.fetched_at,
            "sha256": sha,
            "size": len(response.body),
            "source_id": response.source_id,
            "reconstructed": response.reconstructed,
        }
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.manifest_path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        if self._latest is not None:
            self._latest[record["url"]] = record
        return record

    # -- reading ---------------------------------------------------------
    def records(self) -> Iterator[dict]:
        """Every manifest record in the order it was archived."""
        if not self.manifest_path.exists():
            return
        self.torn_lines = []
        with open(self.manifest_path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    self.torn_lines.append(n)

    def latest(self, url: str) -> dict | None:
        """The most recent record for a canonical URL, or None."""
        if self._latest is None:
            self._latest = {}
            for record in self.records():
                self._latest[record["url"]] = record
        return self._latest.get(url)

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
        )

    def _body_path(self, sha256: str) -> Path:
        return self.root / "bodies" / sha256[:2] / f"{sha256}.gz"
