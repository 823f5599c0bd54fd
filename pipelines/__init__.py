"""Dagster glue: assets, checks, schedules and sensors that call into
`scrapers/`, `dbt_project/` and `expectations/`. Parsing and transformations
live there; SQL here only reads back what a step did, for its metadata."""
