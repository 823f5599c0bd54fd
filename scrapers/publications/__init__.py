"""Published index tables (PCI, PAPI, PAR Index, SIPAS, Bộ chỉ số 766) read
into `IndexScore` rows: one parser per publication family, and `directory` to walk
a directory of them."""
from scrapers.publications.base import PublicationError, PublicationLoad
from scrapers.publications.directory import load_publications

__all__ = ["PublicationError", "PublicationLoad", "load_publications"]
