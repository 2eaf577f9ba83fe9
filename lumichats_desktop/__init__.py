"""LumiChats Desktop: a private chat app for the LumiChats model, running on your own computer."""

__version__ = "0.1.0"
