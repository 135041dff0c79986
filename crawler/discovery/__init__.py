"""The spider's side: which URLs a portal has and which of them to request. No Scrapy pipelines,
no archive: URL identity (urls.py), scope and traps (scope.py), what a page links to (links.py),
page bytes to text (decoding.py) and the Wayback Machine's index (wayback.py)."""
