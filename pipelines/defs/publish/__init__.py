"""The published warehouse and the report."""
