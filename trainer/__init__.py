"""Re-run the LumiChats fine-tune locally.

Importing this package is cheap (no torch); `trainer.common` holds the few Gemma-3 facts that the chat
engine shares with the trainer (turn format, model catalogue, app directories).
"""
