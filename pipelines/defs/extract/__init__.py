"""Articles → facts."""
