"""Parts of the message catalogue, one module per domain, each with a `MESSAGES` dict."""
