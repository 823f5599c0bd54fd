"""Dagster glue: assets, checks, schedules and sensors that call into
`scrapers/`, `dbt_project/` and `expectations/`. No parsing or SQL lives here."""
