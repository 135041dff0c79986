"""The archive's one error type."""


class ArchiveError(Exception):
    """The archive cannot be opened, written or locked. The message is one line for the user."""
