"""The local OpenAI-compatible API server; no Qt here (the window's bridge is workers/server_worker.py)."""
