"""The bundle's `lumichats` executable: the same command line as the installed one."""

import sys

from lumichats_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
