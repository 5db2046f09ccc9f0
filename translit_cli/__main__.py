"""``python -m translit_cli`` runs the same CLI as the ``translit`` command."""

from .cli import main

if __name__ == "__main__":
    main()
