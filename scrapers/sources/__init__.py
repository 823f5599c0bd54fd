"""The source registry: configuration that crawling and parsing both read."""
