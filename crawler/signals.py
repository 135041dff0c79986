"""The project's own signals, beside Scrapy's (scrapy.signals), sent with crawler.signals.

site_drained
    Sent with `site` (the archive's site key) when one portal of a crawl has nothing queued and
    nothing in flight in this process, while others may still be crawled. Only the province
    frontier knows it per portal (crawler/frontier/); a single crawl has Scrapy's spider_idle.
    A receiver may schedule more requests for that site (crawler.engine.crawl): the portal's end
    of run — deferred URL spellings, vanished articles re-checked — then comes with the portal,
    not with the last portal of the process.

frontier_writes_due
    Sent with no arguments before a province process tells the frontier it is done with a
    request (crawler/frontier/middlewares.py): the requests that one led to, which the scheduler
    sends to Redis together, must be there first, so that a process killed in between loses none.
"""

site_drained = object()
frontier_writes_due = object()
