"""WARC and WACZ, the formats of the web-archiving field: `python -m crawler.warc export` writes the
archive's captures out (export.py), `python -m crawler.warc import` reads a WARC from any tool in
(ingest.py). See docs/archive.md."""
