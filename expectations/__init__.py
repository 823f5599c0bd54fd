"""Great Expectations suites for the raw tables, as code (`suites`), the queries
they read (`datasets`), the runner (`runner.run_suite`) and the cache the
Dagster checks call (`cache.run_suite_if_changed`). The marts are guarded by
dbt's tests instead."""
