"""Notices about the state of the service itself, for administrators (shown on the data page)."""
from __future__ import annotations

MESSAGES = {
    "service.pointer_restored": {
        "es": "El registro de los datos en servicio estaba dañado o faltaba; se usa su última copia buena "
              "({since}). Revise el disco del servidor.",
        "en": "The record of the data in service was damaged or missing; its last good copy ({since}) is used. "
              "Check the server's disk.",
    },
    "service.pointer_lost": {
        "es": "El registro de los datos en servicio y su copia están dañados; se sirve la versión cargada más "
              "reciente que se pudo leer ({version}). Revise el disco del servidor.",
        "en": "The record of the data in service and its copy are damaged; the most recent uploaded version that "
              "could be read ({version}) is served. Check the server's disk.",
    },
    "service.version_fallback": {
        "es": "La versión de datos en servicio ({wanted}) falta o no se puede leer; se sirve la versión anterior "
              "({served}). Cargue los datos de nuevo o restablezca los datos predeterminados.",
        "en": "The data version in service ({wanted}) is missing or unreadable; the previous version ({served}) is "
              "served. Upload the data again or reset to the default data.",
    },
    "service.upload_interrupted": {
        "es": "Una carga de datos se interrumpió antes de terminar ({when}); no se cambió nada y sus archivos "
              "parciales se borraron.",
        "en": "A data upload was interrupted before it finished ({when}); nothing was changed and its partial "
              "files were deleted.",
    },
    "service.too_large": {
        "es": "El envío pesa {size} MB, más de lo que el servidor acepta ({limit} MB); no se cambió nada.",
        "en": "The request is {size} MB, more than the server accepts ({limit} MB); nothing was changed.",
    },
}
