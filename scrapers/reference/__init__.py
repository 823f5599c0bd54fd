"""Reference data every stage resolves against: provinces (63 and 34) and their
spellings."""
