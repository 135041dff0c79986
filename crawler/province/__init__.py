"""A province crawl: a registry of portals, several crawl processes, one frontier (crawler/frontier/)."""
