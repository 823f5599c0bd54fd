"""Everything that turns the outside world into rows: fetching, archiving,
HTML → article, text → facts, publications → index scores.

Nothing here imports Dagster; `pipelines/` is the glue that schedules it.
"""
