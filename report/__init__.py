"""The static report: a national page and a page per province, built from the
published warehouse (see `report.build.build_report`).

`report.build` is imported on first use: it pulls in altair, which would
otherwise slow every `reform` command (and its argument errors) by half a second.
"""
__all__ = ["ReportResult", "build_report"]


def __getattr__(name: str):
    if name in __all__:
        from report import build

        return getattr(build, name)
    raise AttributeError(f"module 'report' has no attribute {name!r}")
