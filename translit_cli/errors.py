"""Errors the user can act on.  The CLI prints ``str(error)`` as one line and exits 2."""


class TranslitError(Exception):
    """Bad input, a bad table or a bad option value: the user's to fix, never a bug."""


class InputError(TranslitError):
    """A file or stream that cannot be read as text."""


class TableError(TranslitError):
    """A house table or a scheme mapping that cannot be parsed."""
