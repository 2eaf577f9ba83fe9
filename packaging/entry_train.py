"""The bundle's `lumichats-train` executable on Windows and macOS (the wizard runs it as its own process).

On Linux `lumichats-train` is a link to `lumichats` instead (see entry_gui.py and lumichats.spec).
"""

import sys

from trainer.cli import main

if __name__ == "__main__":
    sys.exit(main())
