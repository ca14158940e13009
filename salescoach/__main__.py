"""`python -m salescoach`: same as the `salescoach` command."""

import sys

from salescoach.cli.main import main

sys.exit(main())
