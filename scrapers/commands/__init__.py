"""Sub-commands of `reform`, one module each, discovered by `scrapers.cli`."""
