"""Everything that turns the outside world into rows, by stage:

- `sources/`: the source registry (`sources.yaml`), read by crawling and parsing;
- `crawl/`: the polite client, live and replay transports, the archive, listing
  requests, and the bundled seed archive with the generator that builds it;
- `parse/`: HTML → article, listing pages → article links, text decoding;
- `facts/`: article text → facts (FACTS.md);
- `publications/`: published index tables → index scores;
- `reference/`: provinces (every spelling → GSO code, the 2025 merger);
- `raw/`: the raw DuckDB schema and the steps that fill it, one per table family;
- `warehouse/`: publishing the built marts to readers.

Imports run one way: crawl → parse → sources, never back. Nothing here imports
Dagster; `pipelines/` is the glue that schedules it.
"""
