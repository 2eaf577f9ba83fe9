"""The fine-tune wizard's logic, without Qt: the run's config, the trainer command, its progress."""
