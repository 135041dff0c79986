"""The project's own signals, beside Scrapy's (scrapy.signals), sent with crawler.signals.

site_drained
    Sent with `site` (the archive's site key) when one portal of a crawl has nothing queued and
    nothing in flight in this process, while others may still be crawled. Only the province
    frontier knows it per portal (crawler/frontier/); a single crawl has Scrapy's spider_idle.
    A receiver may schedule more requests for that site (crawler.engine.crawl): the portal's end
    of run — deferred URL spellings, vanished articles re-checked — then comes with the portal,
    not with the last portal of the process.
"""

site_drained = object()
