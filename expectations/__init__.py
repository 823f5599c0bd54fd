"""Great Expectations suites for the warehouse and the runner the Dagster asset
checks call: `from expectations.runner import run_suite, SUITE_NAMES`."""
