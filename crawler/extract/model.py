"""The cleaned article: what `extract_article` returns and the archive stores (docs/conventions.md §2)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .body import Attachment, ImageRef


@dataclass
class Article:
    url: str                                  # canonical URL (rel=canonical when the page gives one)
    title: str
    body_text: str
    body_html: str
    kind: str = "article"                     # 'article' | 'page'
    node_id: int | None = None
    published: str | None = None             # ISO 8601 +07:00, or YYYY-MM-DD
    updated: str | None = None
    author: str | None = None
    category: str | None = None               # the primary category
    categories: list[str] = field(default_factory=list)  # every category, the primary first
    summary: str | None = None
    tags: list[str] = field(default_factory=list)
    images: list[ImageRef] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    profile: str = "generic"
    site_name: str | None = None
    disagreements: list[str] = field(default_factory=list)  # what the page shows vs what it declares
    doubts: list[str] = field(default_factory=list)          # what reading the page had to assume
    date_order: str | None = None   # day and month order its own date showed beyond doubt (DateReader.seen)

    @property
    def word_count(self) -> int:
        return len(self.body_text.split())

    @property
    def content_hash(self) -> str:
        """Identity of the content: changes when title, body or image list change, nothing else."""
        digest = hashlib.sha256()
        for part in (self.title, self.body_text, *(image.url for image in self.images)):
            digest.update(part.encode())
            digest.update(b"\x00")
        return digest.hexdigest()
