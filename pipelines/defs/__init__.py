"""One folder per stage of the flow; `pipelines.definitions` loads them all:
ingest (registry, crawl, pages), parse (pages → articles), extract (articles →
facts), publications (index tables), warehouse (dbt), quality (checks and the
load-error record), publish (the read-only file and the report), automation
(job, schedule, sensors)."""
