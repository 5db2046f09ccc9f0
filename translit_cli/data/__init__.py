"""Data shipped with translit (lexicon of vocalized words and names)."""
