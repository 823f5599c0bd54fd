"""Fetched bytes → text: charset decoding, HTML → article (title, date, body),
and a listing → its article links. Parsing never imports the crawl."""
