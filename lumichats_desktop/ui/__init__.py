"""Qt widgets only: they show state and send the user's intent to workers; no model or SQL here."""
