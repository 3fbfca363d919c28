"""Words shared by every page."""

MESSAGES = {
    "app.title": {"es": "Observatorio de la educación en el Perú", "en": "Peru education observatory"},
}
