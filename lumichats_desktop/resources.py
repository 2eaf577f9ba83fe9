"""Where the app's bundled files are (shared with the trainer, which must not import the app)."""

from trainer.common.resources import resource_dir

__all__ = ["resource_dir"]
