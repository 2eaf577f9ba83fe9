"""The bundle's `lumichats-train` executable (the wizard starts it as a separate process)."""

import sys

from trainer.cli import main

if __name__ == "__main__":
    sys.exit(main())
