"""One crawl per archive: the lock the crawl holds while it writes."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from .errors import ArchiveError


class ArchiveLock:
    """One crawl per archive: an exclusive flock on `<archive>.lock`. The kernel releases it when
    the holder dies (even by kill -9), so a dead crawl's lock is simply taken over. The file is
    removed when the crawl ends cleanly; a crawl that took the lock of a file removed meanwhile
    (it locked a name no longer there) tries again on the new file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(f"{path}.lock")
        self._handle = None

    def acquire(self) -> None:
        for _attempt in range(5):
            handle = self._open_locked()
            try:
                same = os.fstat(handle.fileno()).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                handle.seek(0)
                handle.truncate()
                handle.write(str(os.getpid()))
                handle.flush()
                self._handle = handle
                return
            handle.close()   # the holder removed that file as it released it: lock the new one
        raise ArchiveError(f"cannot lock {self.path}: it keeps being removed")

    def _open_locked(self):
        try:
            handle = open(self.path, "a+")
        except OSError as error:
            raise ArchiveError(f"cannot create lock file {self.path}: {error.strerror}") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise ArchiveError(
                f"another crawl (pid {holder}) is already writing {self.path.with_suffix('')}; "
                "wait for it to finish or use another ARCHIVE_PATH"
            ) from None
        return handle

    def release(self) -> None:
        if self._handle is not None:
            # Removed while still held: whoever opens the name next makes a new file and locks it.
            self.path.unlink(missing_ok=True)
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None
