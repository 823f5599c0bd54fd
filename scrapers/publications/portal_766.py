"""The 766 index live from the national public-service portal
(dichvucong.gov.vn), a publication source of the nightly job.

The portal's pages draw their province ranking from a JSON gateway
(../shared/reference/national_portal_766.md): one form-encoded POST of
`params=<JSON>` naming the service `report_tinh_766_service` and the view
(year `p_nam`, half-year `p_6thang`, quarter `p_quy`, month `p_thang`).
Each night asks once per view (the year, quarter and month in course) through
the polite client, so every answer is archived like any page; the rows come
from the archive, never straight from the wire. A live night and an offline
replay therefore read the same answers the same way, and every archived
answer stays a snapshot of its period with its fetch time: the history builds
up night after night.

The answer is parsed by the 766 parser (`idx766`): components keep the
portal's field names, because what CLGQ and TTTT measure is undocumented. An
answer ranking at most 34 units after 1 July 2025 is read as the units of
2025 (flagged `unit_2025`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qs

from scrapers.crawl.archive import Archive
from scrapers.crawl.http import FetchError, PoliteClient
from scrapers.publications.base import PublicationError, PublicationLoad
from scrapers.publications.idx766 import parse_766_records
from scrapers.urls import canonicalize

SOURCE_ID = "dichvucong-766"
HOST = "dichvucong.gov.vn"
ENDPOINT = "https://dichvucong.gov.vn/jsp/rest.jsp"
REFERER = "https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html"
SERVICE = "report_tinh_766_service"
RATE_LIMIT_SECONDS = 10.0       # three requests a night; no hurry
UNITS_2025_FROM = "2025-07-01"
UNITS_2025_AT_MOST = 34


@dataclass(frozen=True)
class View:
    """One period the portal ranks: a year, or a half, quarter or month of it."""

    year: int
    half: int = 0
    quarter: int = 0
    month: int = 0

    @property
    def period(self) -> str:
        """year | H1 | Q3 | M07, as raw.index_scores.period."""
        if self.month:
            return f"M{self.month:02d}"
        if self.quarter:
            return f"Q{self.quarter}"
        if self.half:
            return f"H{self.half}"
        return "year"

    @property
    def label(self) -> str:
        return str(self.year) if self.period == "year" else f"{self.year}-{self.period}"

    def form(self) -> dict[str, str]:
        params = {"type": "ref", "service": SERVICE, "p_nam": str(self.year), "p_6thang": self.half,
                  "p_quy": self.quarter, "p_thang": self.month, "p_tinh_id": 0, "p_huyen_id": "0", "p_xa_id": "0",
                  "pageIndex": 1, "pageSize": 1000, "p_loaidonvi": 1, "loaichitieu": 0, "p_default": 0}
        return {"params": json.dumps(params, ensure_ascii=False, separators=(",", ":"))}

    @classmethod
    def from_form(cls, form: str | None) -> View | None:
        """The view an archived request asked for; None if it is not a 766 province view."""
        try:
            params = json.loads(parse_qs(form or "").get("params", [""])[0])
            if params.get("service") != SERVICE or int(params.get("p_tinh_id", 0)) != 0:
                return None
            return cls(int(params["p_nam"]), int(params.get("p_6thang") or 0), int(params.get("p_quy") or 0),
                       int(params.get("p_thang") or 0))
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


def nightly_views(today: date) -> list[View]:
    """The periods in course: the year, its quarter and its month."""
    return [View(today.year), View(today.year, quarter=(today.month - 1) // 3 + 1), View(today.year, month=today.month)]


def fetch_views(client: PoliteClient, views: list[View], endpoint: str | None = None) -> list[str]:
    """One polite POST per view, each answer archived by the client; returns
    the one-line reason of every view that failed (the others still count)."""
    failures = []
    for view in views:
        try:
            client.fetch(endpoint or ENDPOINT, method="POST", data=view.form(), source_id=SOURCE_ID,
                         headers={"X-Requested-With": "XMLHttpRequest", "Referer": REFERER})
        except FetchError as exc:
            failures.append(f"766 {view.label}: {exc.reason}")
    return failures


def snapshot_name(view: View, fetched_at: str) -> str:
    """How a snapshot's rows name their source (raw.index_scores.source_file)."""
    return f"{HOST}/766/{view.label}@{fetched_at}"


def load_snapshots(archive: Archive, endpoint: str | None = None) -> PublicationLoad:
    """Rows of every 766 answer in the archive, one snapshot per answer."""
    load = PublicationLoad()
    endpoint = canonicalize(endpoint or ENDPOINT)
    for record in archive.records():
        if record.get("method") != "POST" or record.get("url") != endpoint:
            continue
        if record.get("error") or record.get("status") != 200:
            continue
        view = View.from_form(record.get("request_data"))
        if view is None:
            continue
        source = snapshot_name(view, record["fetched_at"])
        try:
            records = json.loads(archive.read_body(record["sha256"]).decode("utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            load.errors.append(PublicationError(source, f"unreadable answer: {exc}"))
            continue
        if not isinstance(records, list):
            load.errors.append(PublicationError(
                source, f"expected a JSON array of units, got {type(records).__name__}"))
            continue
        units_2025 = record["fetched_at"] >= UNITS_2025_FROM and len(records) <= UNITS_2025_AT_MOST
        load.extend(parse_766_records(records, view.year, source, period=view.period,
                                      fetched_at=record["fetched_at"], units_2025=units_2025))
    return load
