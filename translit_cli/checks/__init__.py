"""Rules of ``translit check``: one module per rule family."""
