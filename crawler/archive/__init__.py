"""The SQLite archive: schema (schema.py), search folding (search.py) and writes (store.py)."""

from .schema import SCHEMA_VERSION, ensure_schema
from .search import fold, folded_d_words
from .store import Archive, ArchiveError, ArchiveLock, StoredMedia, attachment_href, image_src, now_iso

__all__ = [
    "Archive", "ArchiveError", "ArchiveLock", "SCHEMA_VERSION", "StoredMedia", "attachment_href",
    "ensure_schema", "fold", "folded_d_words", "image_src", "now_iso",
]
