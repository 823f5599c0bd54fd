"""Fetching: the one polite client, live and replay transports, the archive of
every exchange, the listing requests of each source, and the bundled seed
archive (`seed/`) with the generator that builds it (`seed_pages`)."""
