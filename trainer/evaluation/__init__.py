"""`lumichats-train eval`: held-out loss on deduplicated data and a behaviour suite with automatic checks."""
