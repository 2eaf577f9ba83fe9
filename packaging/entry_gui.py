"""The bundle's `lumichats` executable: the same command line as the installed one.

On Linux `lumichats-train` beside it is a symbolic link to this executable (one copy of the Python archive
instead of two: 71 MB less to download); started under that name, it is the trainer's command line.
"""

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.argv[0]).name.startswith("lumichats-train"):
        from trainer.cli import main as train

        return train()
    from lumichats_desktop.cli import main as app

    return app()


if __name__ == "__main__":
    sys.exit(main())
