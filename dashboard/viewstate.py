"""The view in the URL: each page's query parameters, parsed leniently and written back compactly.

Anything a user can set lives in the query string, so copying the address
reproduces the view. Unknown or malformed parameters never crash a page: they
fall back to the default and leave a notice for the page to show.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import ClassVar, Self
from urllib.parse import urlencode

from dashboard.i18n import LANGUAGES

COMMON = ("lang", "present", "data")
DATA_SOURCES = ("demo",)  # besides '', the data in service: ?data=demo asks for the synthetic demo


@dataclass(frozen=True)
class Notice:
    """A parameter of the address that could not be used, and the value used instead."""

    param: str
    given: str
    used: str = ""
    unknown: bool = False  # the page has no such parameter


@dataclass(frozen=True)
class Param:
    """One query parameter: its default and how to read a raw string (None = not acceptable)."""

    name: str
    default: object
    read: Callable[[str], object | None]
    write: Callable[[object], str] = str


def choice(options: Sequence[str]) -> Callable[[str], str | None]:
    return lambda raw: raw if raw in options else None


def flag(raw: str) -> bool | None:
    return {"1": True, "0": False, "true": True, "false": False}.get(raw.lower())


def write_flag(value: object) -> str:
    return "1" if value else "0"


def int_in(first: int, last: int) -> Callable[[str], int | None]:
    def read(raw: str) -> int | None:
        return int(raw) if raw.isdigit() and first <= int(raw) <= last else None

    return read


def year_range(first: int, last: int) -> Callable[[str], tuple[int, int] | None]:
    """'2000-2015' -> (2000, 2015), clipped to the data's years; reversed or non-numeric -> None."""

    def read(raw: str) -> tuple[int, int] | None:
        parts = raw.replace("–", "-").split("-")
        if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
            return None
        start, end = (int(p) for p in parts)
        if start > end or end < first or start > last:
            return None
        return max(start, first), min(end, last)

    return read


def write_range(value: object) -> str:
    start, end = value  # type: ignore[misc]
    return f"{start}-{end}"


def code_list(options: Sequence[str], most: int = 25) -> Callable[[str], tuple[str, ...] | None]:
    """'01,15' -> ('01', '15'); any unknown code makes the whole list unusable (so the notice is clear)."""

    def read(raw: str) -> tuple[str, ...] | None:
        codes = tuple(dict.fromkeys(c.strip() for c in raw.split(",") if c.strip()))
        if not codes or len(codes) > most or any(c not in options for c in codes):
            return None
        return codes

    return read


def write_list(value: object) -> str:
    return ",".join(value)  # type: ignore[arg-type]


def int_list(options: Sequence[int]) -> Callable[[str], tuple[int, ...] | None]:
    def read(raw: str) -> tuple[int, ...] | None:
        parts = [p.strip() for p in raw.split(",") if p.strip()]
        if not parts or not all(p.isdigit() and int(p) in options for p in parts):
            return None
        return tuple(sorted({int(p) for p in parts}))

    return read


def write_ints(value: object) -> str:
    return ",".join(str(v) for v in value)  # type: ignore[union-attr]


def common_params() -> tuple[Param, ...]:
    return (
        Param("lang", "es", choice(LANGUAGES)),
        Param("present", False, flag, write_flag),
    )


def data_param() -> Param:
    """Which data a view reads: '' (the data in service) or 'demo'; common to every page like lang and present."""
    return Param("data", "", choice(DATA_SOURCES))


def parse(query: Mapping[str, object], params: Sequence[Param]) -> tuple[dict[str, object], list[Notice]]:
    """Read the page's parameters from a query mapping; bad or unknown ones become notices."""
    known = {p.name: p for p in (*common_params(), *params)}
    state: dict[str, object] = {name: p.default for name, p in known.items()}
    notices: list[Notice] = []
    for name, raw in query.items():
        raw = raw[-1] if isinstance(raw, list) else raw
        raw = "" if raw is None else str(raw).strip()
        param = known.get(name)
        if param is None:
            notices.append(Notice(name, raw[:60], unknown=True))
            continue
        value = param.read(raw) if raw else None
        if value is None:
            notices.append(Notice(name, raw[:60], param.write(param.default) if param.default is not None else ""))
        else:
            state[name] = value
    return state, notices


def encode(state: Mapping[str, object], params: Sequence[Param]) -> str:
    """The query string of a view ('?a=1&b=2'), leaving out parameters at their default; '' when all are."""
    pairs = []
    for param in (*common_params(), *params):
        value = state.get(param.name, param.default)
        if value is None or value == param.default or value in ((), ""):
            continue
        pairs.append((param.name, param.write(value)))
    return "?" + urlencode(pairs, safe=",-") if pairs else ""


@dataclass(frozen=True)
class PageState:
    """A page's view: what its address holds, typed. Each page adds its own fields and their `PARAMS`.

    The fields are the parameters' names, so the address is read into a state and written back from it
    in one place for every page; a state is frozen, so views and caches can rely on it not changing.
    """

    lang: str = "es"
    present: bool = False
    data: str = ""  # '' = the data in service, 'demo' = the synthetic demo

    PARAMS: ClassVar[tuple[Param, ...]] = ()

    @classmethod
    def params(cls) -> tuple[Param, ...]:
        return (data_param(), *cls.PARAMS)

    @classmethod
    def from_query(cls, query: Mapping[str, object]) -> tuple[Self, list[Notice]]:
        """The state an address asks for, and a notice for every parameter that had to be set aside."""
        values, notices = parse(query, cls.params())
        return cls(**values), notices

    @staticmethod
    def shared(context: Mapping[str, object]) -> dict[str, object]:
        """The common fields kept in a page's context store (the page's controls hold the rest)."""
        return {"lang": context["lang"], "present": context["present"], "data": context.get("data", "")}

    @classmethod
    def from_context(cls, context: Mapping[str, object]) -> Self:
        """The page's default view in the context's language, mode and data."""
        return cls(**cls.shared(context))

    def values(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def query(self) -> str:
        """The query string that reproduces this view ('' when every parameter is at its default)."""
        return encode(self.values(), self.params())

    def common_query(self) -> str:
        """The parameters every page shares (language, presentation, data), for links to other pages."""
        return encode({name: getattr(self, name) for name in COMMON}, (data_param(),))

    def but(self, **changes: object) -> Self:
        """A copy of the view with some fields changed."""
        return replace(self, **changes)
