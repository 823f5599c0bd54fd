"""The raw layer: its DuckDB schema (`schema`) and the steps that fill it, one
module per table family (pages, articles, facts, index scores, sources). Each
step works only on what is new and returns a `StepStats` for the run summary."""
