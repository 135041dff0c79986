"""Module-level functions for tests to send to worker processes (a worker imports a task's
function by name: it must live in a module, not in a test)."""

from __future__ import annotations

import hashlib


def hashlib_hex(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()
