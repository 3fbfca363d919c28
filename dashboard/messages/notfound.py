"""Words of the page for an address that is no page (`notfound.*`)."""

MESSAGES = {
    "notfound.title": {"es": "Página no encontrada", "en": "Page not found"},
    "notfound.text": {
        "es": "La dirección «{path}» no corresponde a ninguna página del observatorio.",
        "en": "The address '{path}' is not a page of the observatory.",
    },
    "notfound.home": {"es": "Ir al inicio", "en": "Go to the home page"},
}
