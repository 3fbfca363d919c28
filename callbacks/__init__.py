"""Thin callbacks: read inputs, ask the store and a builder, return. Importing this package registers them."""
from callbacks import parity, shell, trends  # noqa: F401
