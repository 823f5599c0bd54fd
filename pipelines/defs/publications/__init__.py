"""Published index tables → raw index scores."""
