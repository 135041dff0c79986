"""The SQLite archive: schema (schema.py), search folding (search.py), writes (store.py) and the
crawl's lock (lock.py)."""

from .errors import ArchiveError
from .lock import ArchiveLock
from .schema import SCHEMA_VERSION, ensure_schema
from .search import fold, folded_d_words
from .store import Archive, attachment_href, image_src, now_iso

__all__ = [
    "Archive", "ArchiveError", "ArchiveLock", "SCHEMA_VERSION", "attachment_href", "ensure_schema", "fold",
    "folded_d_words", "image_src", "now_iso",
]
