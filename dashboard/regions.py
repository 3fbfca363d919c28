"""Peru's 25 regions: INEI department codes (ubigeo), names, ISO 3166-2 codes, Lima crosswalk."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    code: str  # INEI department ubigeo, two digits, leading zero kept
    name: str  # official Spanish name
    iso: str  # ISO 3166-2:PE
    natural_region: str  # costa, sierra, selva: the usual planning grouping


REGIONS: tuple[Region, ...] = (
    Region("01", "Amazonas", "PE-AMA", "selva"),
    Region("02", "Áncash", "PE-ANC", "sierra"),
    Region("03", "Apurímac", "PE-APU", "sierra"),
    Region("04", "Arequipa", "PE-ARE", "costa"),
    Region("05", "Ayacucho", "PE-AYA", "sierra"),
    Region("06", "Cajamarca", "PE-CAJ", "sierra"),
    Region("07", "Callao", "PE-CAL", "costa"),
    Region("08", "Cusco", "PE-CUS", "sierra"),
    Region("09", "Huancavelica", "PE-HUV", "sierra"),
    Region("10", "Huánuco", "PE-HUC", "sierra"),
    Region("11", "Ica", "PE-ICA", "costa"),
    Region("12", "Junín", "PE-JUN", "sierra"),
    Region("13", "La Libertad", "PE-LAL", "costa"),
    Region("14", "Lambayeque", "PE-LAM", "costa"),
    Region("15", "Lima", "PE-LIM", "costa"),
    Region("16", "Loreto", "PE-LOR", "selva"),
    Region("17", "Madre de Dios", "PE-MDD", "selva"),
    Region("18", "Moquegua", "PE-MOQ", "costa"),
    Region("19", "Pasco", "PE-PAS", "sierra"),
    Region("20", "Piura", "PE-PIU", "costa"),
    Region("21", "Puno", "PE-PUN", "sierra"),
    Region("22", "San Martín", "PE-SAM", "selva"),
    Region("23", "Tacna", "PE-TAC", "costa"),
    Region("24", "Tumbes", "PE-TUM", "costa"),
    Region("25", "Ucayali", "PE-UCA", "selva"),
)

REGION_CODES: tuple[str, ...] = tuple(r.code for r in REGIONS)
REGION_NAMES: dict[str, str] = {r.code: r.name for r in REGIONS}
BY_CODE: dict[str, Region] = {r.code: r for r in REGIONS}

# Sources name Lima in several ways; INEI's department 15 holds all of them.
# (Lima Metropolitana has its own ISO code, PE-LMA, and its own education directorate.)
_LIMA_ALIASES = ("lima", "lima metropolitana", "lima provincias", "lima region", "region lima", "lima provincia")


def _plain(text: str) -> str:
    """Lower-case, accent-free, single-spaced: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


_BY_PLAIN_NAME = {_plain(r.name): r.code for r in REGIONS} | {alias: "15" for alias in _LIMA_ALIASES}
_BY_ISO = {r.iso: r.code for r in REGIONS} | {"PE-LMA": "15"}


def region_code_for_name(name: str) -> str | None:
    """The INEI code of a region named in any common spelling (accents, case, Lima variants); None if unknown."""
    return _BY_PLAIN_NAME.get(_plain(name))


def region_code_for_iso(iso: str) -> str | None:
    """The INEI code of an ISO 3166-2:PE code (PE-LMA, Lima Metropolitana, falls in Lima, 15)."""
    return _BY_ISO.get(iso.strip().upper())


def region_name(code: str) -> str:
    """The Spanish name of a region code, or the code itself if it is not one of the 25."""
    return REGION_NAMES.get(code, code)
