"""Dash pages, one per module (registered with dash.register_page); shared pieces in _components.py."""
