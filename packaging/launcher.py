"""Entry point of the bundled executables: the same as the `salescoach` command."""

import sys

from salescoach.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
