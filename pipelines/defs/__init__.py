"""One module per stage of the flow; `pipelines.definitions` loads them all."""
