"""One frontier for many crawl processes, on Redis (scrapy-redis), for a province crawl.

Every process runs the same `scrapy crawl portal` over the same registry and writes its own part
archive (crawler/archive/merge.py folds the parts into the province archive). What they share lives
in Redis under one frontier name (docs/operations.md):

- the requests still to fetch, one priority queue per portal host (crawler/frontier/queue.py);
- the fingerprints of every request asked for (scrapy-redis's dupefilter);
- a lease per portal host: only its holder fetches from that portal, so Scrapy's per-host limits
  (CONCURRENT_REQUESTS_PER_DOMAIN, DOWNLOAD_DELAY, AutoThrottle) hold across processes;
- the requests a holder took and has not finished (`inflight`): a process killed with kill -9 leaves
  them there, and whoever takes the portal's lease after it puts them back in the queue;
- each portal's progress (crawler/frontier/progress.py).
"""
