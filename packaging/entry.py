"""Entry point of the bundled app (PyInstaller): the same `main` as the `reflectiespel` command."""

import sys

from reflectiespel.cli import main

if __name__ == "__main__":
    sys.exit(main())
