"""Peru education observatory: the importable core (no Dash server needed)."""
