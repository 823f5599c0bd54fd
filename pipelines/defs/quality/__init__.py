"""Great Expectations suites as blocking checks, and the load-error record."""
