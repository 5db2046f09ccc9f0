"""translit: align bilingual Arabic–English items, learn and apply scholarly transliteration
tables, and check transliterated names for consistency.

The core modules (documents, normalize, align, schemes, table, names, checks) know nothing of
the command line and can be imported as a library; ``translit_cli.cli`` is a thin layer on top.
"""

__version__ = "0.1.0"
