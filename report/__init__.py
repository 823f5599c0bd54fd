"""The static report: a national page and a page per province, built from the
published warehouse (see `report.build.build_report`)."""
from report.build import ReportResult, build_report

__all__ = ["ReportResult", "build_report"]
