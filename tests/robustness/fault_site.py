"""The crawl tests' local fault site (tests/crawl/local_site.py), reused here
with hostile pages added, and the fast client settings those tests use."""
from __future__ import annotations

import sys
from pathlib import Path

CRAWL_TESTS = Path(__file__).resolve().parents[1] / "crawl"
if str(CRAWL_TESTS) not in sys.path:
    sys.path.insert(0, str(CRAWL_TESTS))

from local_site import FAST, LocalSite, SiteServer, _Handler  # noqa: E402,F401 - FAST is re-exported


class HostileHandler(_Handler):
    """The fault site's handler, plus `/hostile/<name>` pages from `HostileServer.pages`."""

    pages: dict[str, tuple[bytes, str]] = {}

    def _dispatch(self) -> None:
        name = self.path.removeprefix("/hostile/")
        if name != self.path and name in self.pages:
            self.site.log.append((self.command, self.path, dict(self.headers)))
            body, content_type = self.pages[name]
            return self._send(200, body, content_type)
        return super()._dispatch()


class HostileServer(SiteServer):
    """A LocalSite whose handler also serves the given hostile pages."""

    def __init__(self, site: LocalSite, pages: dict[str, tuple[bytes, str]]):
        super().__init__(site)
        self.httpd.RequestHandlerClass = type("Handler", (HostileHandler,), {"site": site, "pages": pages})
