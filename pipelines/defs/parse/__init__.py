"""Raw pages → articles."""
