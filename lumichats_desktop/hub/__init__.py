"""The Hugging Face Hub: downloads with progress, cancel and resume, and the token in the keyring (no Qt)."""
