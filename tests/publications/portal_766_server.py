"""A stand-in for the national portal's JSON gateway on 127.0.0.1, answering
as ../shared/reference/national_portal_766.md documents it: POST
/jsp/rest.jsp with a form field `params` (JSON naming the service and the
view), a JSON array of units with TEN, ROW_STT, the six component fields and
TONG_SCORE. Views of 2025 and later rank the 34 units of 2025, earlier ones
the 63 provinces. Every request is logged with its headers and form."""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from scrapers.reference.provinces import _read_seed

COMPONENTS = ("CKMB", "TDGQ", "CLGQ", "TTTT", "MDHL", "MDSH")


def answer(params: dict) -> list[dict]:
    """Units scored from the view, so each view has its own figures."""
    seed = "provinces_34.csv" if int(params["p_nam"]) >= 2025 else "provinces_63.csv"
    units = _read_seed(seed)
    shift = int(params["p_quy"]) + int(params["p_thang"]) / 10
    rows = []
    for n, unit in enumerate(units):
        parts = [round(10 + (n * 7 + i * 3 + shift) % 8, 2) for i in range(len(COMPONENTS))]
        rows.append({"ID": 1000 + n, "TEN": unit["name_full"], **dict(zip(COMPONENTS, parts, strict=True)),
                     "TONG_SCORE": round(sum(parts), 2)})
    rows.sort(key=lambda r: -r["TONG_SCORE"])
    for rank, row in enumerate(rows, start=1):
        row["ROW_STT"] = rank
    return rows


@dataclass
class Portal:
    port: int = 0
    requests: list[dict] = field(default_factory=list)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/jsp/rest.jsp"


class _Handler(BaseHTTPRequestHandler):
    portal: Portal

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._send(404, b"", "text/plain")       # robots.txt: none, everything allowed

    def do_POST(self) -> None:
        form = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
        self.portal.requests.append({"path": self.path, "headers": dict(self.headers), "form": form})
        if self.path != "/jsp/rest.jsp" or not self.headers.get("Content-Type", "").startswith(
                "application/x-www-form-urlencoded"):
            self._send(400, b'{"error": "expected a form"}')
            return
        params = json.loads(parse_qs(form)["params"][0])
        self._send(200, json.dumps(answer(params), ensure_ascii=False).encode("utf-8"))


class PortalServer:
    def __init__(self):
        self.portal = Portal()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (_Handler,), {"portal": self.portal}))
        self.httpd.daemon_threads = True
        self.portal.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def __enter__(self) -> Portal:
        self.thread.start()
        return self.portal

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
