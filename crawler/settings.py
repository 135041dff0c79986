"""Scrapy settings for the commune portal archive. Polite by default: these portals run on small
servers (docs/conventions.md §1). Tests and benchmarks on 127.0.0.1 lift the limits with -s."""

BOT_NAME = "commune_archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

# -- the archive ------------------------------------------------------------------------------
ARCHIVE_PATH = "archive.db"
DEFAULT_START_URL = "https://vinhte.chaudoc.angiang.gov.vn/"
FULL_SWEEP_EVERY = 7            # every Nth run of a site walks every listing page to the end
REVALIDATE_SHARE = 0.02         # share of known articles re-checked (conditional GET) per normal run

# -- politeness -------------------------------------------------------------------------------
USER_AGENT = "commune-archive/0.1 (+https://github.com/commune-archive; archiving public commune portals)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# A page gives one item and its links. Scrapy starts CONCURRENT_ITEMS asyncio tasks for every
# callback's output whatever its size: at the default 100, a tenth of a province crawl's CPU went
# to making them (py-spy, bench/province.py). Four keep the links flowing while the page's item
# waits in the pipelines for its images.
CONCURRENT_ITEMS = 4
DOWNLOADER = "crawler.downloader.PoliteDownloader"   # keeps that limit under the asyncio reactor
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024      # attachments; pages and images have their own caps
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
DEPTH_LIMIT = 0                           # long pagers are legitimate; traps are caught by scope.py and pager checks
COOKIES_ENABLED = False                   # no sessions: avoids session-id URL variants

# -- close-time monitors (crawler/monitors.py, Spidermon; docs/operations.md) ------------------
# A monitor that fails is a WARNING line, an entry of crawl_runs.monitors and exit status 3.
SPIDERMON_ENABLED = True        # False: no monitor runs, and the exit status is never 3
SPIDERMON_SPIDER_CLOSE_MONITORS = ["crawler.monitors.CloseMonitors"]
MONITOR_EMPTY_PORTAL_ENABLED = True      # every portal reached and gave at least one article
MONITOR_ERROR_RATE_ENABLED = True
MONITOR_MAX_ERROR_RATE = 0.05            # errors / responses above this fails the run
MONITOR_DROP_ENABLED = True
MONITOR_MIN_RATIO_TO_LAST_RUN = 0.5      # a portal's articles against its last full sweep (not in incremental runs)

# -- media ------------------------------------------------------------------------------------
IMAGES_MAX_BYTES = 20 * 1024 * 1024
IMAGES_MAX_PIXELS = 80_000_000           # decompression-bomb guard
ATTACHMENTS_MAX_BYTES = 50 * 1024 * 1024
MEDIA_ALLOW_REDIRECTS = True

# -- pipeline order: one item flows spider → clean → media → archive ---------------------------
ITEM_PIPELINES = {
    "crawler.pipelines.clean.CleanPipeline": 100,
    "crawler.pipelines.media.MediaPipeline": 200,
    "crawler.pipelines.archive.ArchivePipeline": 300,
}
# Extensions are built, and so connect their spider_closed handlers, in the order of these numbers,
# and Scrapy calls a signal's handlers in that order: Scrapy's CoreStats (0) sets finish_reason,
# then Spidermon (500) runs the close-time monitors, then ArchiveSession records the run, their
# outcome included, and closes the archive (crawler/monitors.py).
EXTENSIONS = {
    "crawler.recorder.ResponseRecorder": 10,  # every response received, as served (captures)
    "crawler.memory.FreezeStartup": 20,       # start-up's objects out of the garbage collector's way
    "crawler.frontier.progress.PortalProgress": 30,   # a province crawl's portal progress (frontier only)
    "spidermon.contrib.scrapy.extensions.Spidermon": 500,
    "crawler.extensions.ArchiveSession": 1000,  # opens, locks and closes the archive; crawl state; crawl_runs
}
GC_FREEZE_AT_START = True       # crawler/memory.py; False leaves Python's garbage collector as it is
CAPTURE_RESPONSES = True        # keep every response (docs/archive.md: captures); False keeps none
# Also fetch the images (resized derivatives, logo, banners) and stylesheets an article page loads,
# each once, so that its capture replays as it looked (WACZ in pywb). Off by default: politeness
# first, these are requests the archive's own rows do not need (docs/archive.md).
CAPTURE_PAGE_REQUISITES = False
DOWNLOADER_MIDDLEWARES = {
    "crawler.frontier.middlewares.FrontierDownloaderMiddleware": 50,   # only with the frontier scheduler
    "crawler.middlewares.UrlVariantMiddleware": 540,
    "crawler.middlewares.ConditionalRequestMiddleware": 560,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,
}
SPIDER_MIDDLEWARES = {
    "crawler.frontier.middlewares.FrontierSpiderMiddleware": 1000,   # only with the frontier scheduler
}

# -- a province crawl: several processes over one frontier in Redis (docs/operations.md) -------
# crawler/province/ sets SCHEDULER = "crawler.frontier.scheduler.FrontierScheduler" and these.
FRONTIER_REDIS_URL = None       # redis://127.0.0.1:6379/0
FRONTIER_NAME = None            # one name a crawl of a registry; the same name resumes it
FRONTIER_WORKER = None          # this process's name (default: host name and pid)
FRONTIER_LEASE_SECONDS = 30     # a portal whose holder stopped renewing goes to another process
FRONTIER_MAX_PORTALS = 64       # portals one process crawls at once (and its fair share at most)
STATE_ARCHIVE_PATH = None       # crawl state read from this archive (the province's) instead of ARCHIVE_PATH

LOG_FORMATTER = "crawler.extensions.ItemLogFormatter"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False   # a scheduled job opens no ports
REMOTE_CONTROL_ENABLED = False
LOGSTATS_INTERVAL = 60.0        # the progress line
STATS_DUMP = False              # Scrapy's stats go to crawl_runs.stats, not ~80 lines of the log
LOG_VERSIONS = []               # nor the versions of lxml, Twisted… (`scrapy version -v` has them)

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
WAYBACK_BASE_URL = "https://web.archive.org"
WAYBACK_FOLLOW_LINKS = False    # captures come from the CDX index; links in replays are not followed
