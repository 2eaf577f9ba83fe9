"""Model loading, chat formatting, context budget and streaming generation. Imports no Qt."""
