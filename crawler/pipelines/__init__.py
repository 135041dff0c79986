"""Item pipelines, one job each: clean (HTML → article), media (images and documents through
Scrapy's media pipeline), archive (one transaction per article into SQLite)."""
