"""The dbt project as assets."""
