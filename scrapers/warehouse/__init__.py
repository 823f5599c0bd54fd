"""Publishing the built marts to readers: a fresh DuckDB file and Parquet
copies, swapped in atomically."""
