"""Thin callbacks: each page's spec wires its controls to its view; importing this package registers them."""
from callbacks import coaching, cohort, data, maps, parity, programme, shell, trends  # noqa: F401
