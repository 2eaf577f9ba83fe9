"""`python -m lumichats_desktop`."""

import sys

from lumichats_desktop.cli import main

sys.exit(main())
