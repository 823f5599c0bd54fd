"""Vietnamese reform-statistics extractor: text -> `scrapers.models.Fact` (see ../shared/FACTS.md)."""
