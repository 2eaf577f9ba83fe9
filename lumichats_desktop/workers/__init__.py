"""Bridges between Qt and the Qt-free layers: the inference thread and the database owner."""
