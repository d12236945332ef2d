"""The one exception a reader raises: a plain-words reason that goes in the error report."""


class ReadError(Exception):
    """A file could not be read; str(err) is the message a user sees (no traceback)."""
