"""Thin callbacks: read inputs, ask the store and a builder, return. Importing this package registers them."""
from callbacks import coaching, cohort, data, maps, parity, programme, shell, trends  # noqa: F401
