"""Load test of a running observatory: simulated users browse pages and change filters through Dash's HTTP API.

    python scripts/loadtest.py --url http://127.0.0.1:8050 --users 50 --duration 60            # 5 s between actions
    python scripts/loadtest.py --users 50 --duration 60 --think 1                               # stress
    python scripts/loadtest.py --users 50 --duration 60 --upload DIR --token TOKEN   # upload DIR midway
    python scripts/loadtest.py --url http://127.0.0.1:8050 http://127.0.0.1:8051 ...  # two instances, round robin

Each user behaves like a browser tab: it GETs a page, then `/_dash-layout` and
`/_dash-dependencies`, asks the pages callback for the page's layout, fires the
callbacks the renderer would fire on load, and then changes one filter at a time,
firing every callback that depends on it (and the ones chained after those). The
payloads are built from `/_dash-dependencies` and the component tree, so the test
follows the callbacks as they change; only the scenarios below (which inputs a user
varies, with which values) are written by hand.

Every figure a page callback returns carries `layout.meta.data_version` (the data's
fingerprint). The test checks that no response carries two versions, that every
version seen is the one in service at the start or the uploaded one, and that no
request started after the upload answered with the old data.

Given several --url, the servers are instances of one site (as on several hosts sharing
Redis and the state directory): every request goes to the next one in turn, as a load
balancer without sticky sessions would send them, so one tab's callbacks land on both.
The upload goes to the first; the report says how many answers each instance gave with
the uploaded version (scripts/scaleout.py runs this whole setup on loopback).

It only talks to a server on this machine (127.0.0.1, localhost, ::1) and stops after
--duration seconds or --max-requests requests, whichever comes first.
"""
from __future__ import annotations

import argparse
import base64
import itertools
import json
import random
import re
import statistics
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import requests

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
MAX_DURATION = 900
MAX_USERS = 500
WILDCARDS = ("MATCH", "ALL", "ALLSMALLER")
VERSION_PATTERN = re.compile(rb'"data_version"\s*:\s*"([^"]*)"')
PAGES_CALLBACK_INPUT = ("_pages_location", "pathname")

# What a user varies on each page: (component id, property, values). Values are a list to pick from, or:
#   "options"    one enabled value of the component's `options`
#   "options:N"  a list of 1..N enabled option values (multi-select dropdowns)
#   "range"      a [from, to] pair within the component's min and max (range sliders)
#   "toggle"     the opposite of the current boolean
# A page with no entry is only visited. To add a page, add a line here.
SCENARIOS: dict[str, list[tuple[str, str, object]]] = {
    "/": [],
    "/data": [],
    "/trends": [
        ("trends-indicator", "value", "options"),
        ("trends-compare", "value", "options"),
        ("trends-regions", "value", "options:4"),
        ("trends-area", "value", "options"),
        ("trends-sex", "value", "options"),
        ("trends-management", "value", "options"),
        ("trends-years", "value", "range"),
        ("trends-since-on", "value", "toggle"),
    ],
    "/parity": [
        ("parity-indicator", "value", "options"),
        ("parity-adjusted", "value", "options"),
        ("parity-area", "value", "options"),
        ("parity-management", "value", "options"),
        ("parity-years", "value", "range"),
    ],
    "/maps": [
        ("maps-indicator", "value", "options"),
        ("maps-view", "value", "options"),
        ("maps-sex", "value", "options"),
        ("maps-area", "value", "options"),
    ],
    "/cohort": [
        ("cohort-year", "value", "options"),
        ("cohort-region", "value", "options"),
        ("cohort-area", "value", "options"),
        ("cohort-sex", "value", "options"),
        ("cohort-cap", "value", "options"),
    ],
    "/programme": [
        ("programme-currency", "value", "options"),
        ("programme-ratio", "value", "options"),
        ("programme-survey", "value", "options"),
        ("programme-indicator", "value", "options"),
    ],
    "/coaching": [
        ("coaching-subject", "value", "options"),
        ("coaching-measure", "value", "options"),
        ("coaching-region", "value", "options"),
        ("coaching-quintiles", "value", "options:3"),
        ("coaching-school-type", "value", "options"),
        ("coaching-language", "value", "options"),
    ],
}


# ---------------------------------------------------------------- the app's callbacks, from /_dash-dependencies


def id_key(component_id: object) -> str:
    """The id as Dash writes it in responses and changedPropIds (dict ids as sorted, compact JSON)."""
    if isinstance(component_id, dict):
        return json.dumps(component_id, sort_keys=True, separators=(",", ":"))
    return str(component_id)


def parse_id(text: str) -> object:
    return json.loads(text) if text.startswith("{") else text


def parse_output(output: str) -> list[tuple[object, str]]:
    """'a.children' or '..a.children...b.figure..' -> [(id, property), ...]."""
    parts = output[2:-2].split("...") if output.startswith("..") else [output]
    return [(parse_id(part.rsplit(".", 1)[0]), part.rsplit(".", 1)[1]) for part in parts]


@dataclass(frozen=True)
class Callback:
    """One server callback as the renderer sees it."""

    output: str
    outputs: tuple[tuple[object, str], ...]
    inputs: tuple[tuple[object, str], ...]
    state: tuple[tuple[object, str], ...]
    prevent_initial_call: bool
    multi: bool

    @property
    def name(self) -> str:
        first_id, first_prop = self.outputs[0]
        more = f" (+{len(self.outputs) - 1})" if len(self.outputs) > 1 else ""
        shown = first_id if isinstance(first_id, str) else "{" + ",".join(
            f"{k}:{'*' if isinstance(v, list) else v}" for k, v in sorted(first_id.items())) + "}"
        return f"{shown}.{first_prop}{more}"

    @property
    def is_pages(self) -> bool:
        return any(i == PAGES_CALLBACK_INPUT for i in self.inputs)


def server_callbacks(dependencies: list[dict]) -> list[Callback]:
    """The callbacks that run on the server (clientside ones run in the browser and are skipped)."""
    callbacks = []
    for dep in dependencies:
        if dep.get("clientside_function"):
            continue
        callbacks.append(Callback(
            output=dep["output"],
            outputs=tuple(parse_output(dep["output"])),
            inputs=tuple((parse_id(i["id"]), i["property"]) for i in dep["inputs"]),
            state=tuple((parse_id(s["id"]), s["property"]) for s in dep.get("state", [])),
            prevent_initial_call=bool(dep.get("prevent_initial_call")),
            multi=dep["output"].startswith(".."),
        ))
    return callbacks


def matches(pattern: object, concrete: object, binding: dict | None = None) -> bool:
    """Whether a concrete component id fits a (possibly wildcard) id, and agrees with a MATCH binding."""
    if not isinstance(pattern, dict):
        return pattern == concrete
    if not isinstance(concrete, dict) or set(pattern) != set(concrete):
        return False
    for key, value in pattern.items():
        if isinstance(value, list) and value and value[0] in WILDCARDS:
            if value[0] == "MATCH" and binding is not None and key in binding and binding[key] != concrete[key]:
                return False
        elif value != concrete[key]:
            return False
    return True


def has_wildcard(component_id: object, kind: str | None = None) -> bool:
    return isinstance(component_id, dict) and any(
        isinstance(v, list) and v and (v[0] == kind if kind else v[0] in WILDCARDS) for v in component_id.values())


# ---------------------------------------------------------------- measurements


@dataclass
class Results:
    """Every request's timing and outcome, and every data version seen (thread-safe through the GIL's list.append)."""

    samples: list[tuple[str, float, float, bool, bool]] = field(default_factory=list)  # name, start, ms, ok, cached
    resent: list[str] = field(default_factory=list)  # requests resent after the server closed an idle connection
    errors: list[str] = field(default_factory=list)
    versions: list[tuple[float, frozenset, str]] = field(default_factory=list)  # (start, versions in response, server)
    answers: list[tuple[str, bool]] = field(default_factory=list)  # (server, ok) of every request
    requests_made: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self) -> int:
        with self.lock:
            self.requests_made += 1
            return self.requests_made


class Stop(Exception):
    """The run's time or request budget is spent."""


class RoundRobin:
    """The servers of one site, each request sent to the next in turn (a load balancer without sticky sessions)."""

    def __init__(self, bases: list[str]):
        self.bases = bases
        self._turns = itertools.cycle(bases)
        self._lock = threading.Lock()

    def next(self) -> str:
        with self._lock:
            return next(self._turns)


class Tab:
    """One simulated browser tab: the props of the components it shows, and the app's callbacks."""

    def __init__(self, servers: RoundRobin, callbacks: list[Callback], results: Results, deadline: float,
                 max_requests: int, rng: random.Random, timeout: float):
        self.servers = servers
        self.callbacks = callbacks
        self.results = results
        self.deadline = deadline
        self.max_requests = max_requests
        self.rng = rng
        self.timeout = timeout
        self.http = requests.Session()
        self.props: dict[str, dict] = {}
        self.ids: dict[str, object] = {}
        self.shell: set[str] = set()  # components of the app's own layout, which page changes keep
        self.last_body = b""

    # ------------------------------------------------------------ HTTP with measurement

    def _request(self, name: str, method: str, path: str, **kwargs) -> requests.Response | None:
        if time.monotonic() > self.deadline or self.results.count() > self.max_requests:
            raise Stop
        start = time.monotonic()
        base = self.servers.next()
        try:
            try:
                response = self.http.request(method, base + path, timeout=self.timeout, **kwargs)
            except requests.ConnectionError:
                # The server closed an idle keep-alive connection as this request went out on it; browsers
                # resend such a request on a new connection, and so does the test (each resend is counted).
                self.results.resent.append(name)
                response = self.http.request(method, base + path, timeout=self.timeout, **kwargs)
        except requests.RequestException as exc:
            self._record(name, start, False, f"{name}: {type(exc).__name__}: {exc}")
            self.results.answers.append((base, False))
            return None
        ok = response.status_code in (200, 204)
        self.results.answers.append((base, ok))
        self._record(name, start, ok, None if ok else f"{name}: HTTP {response.status_code} {response.text[:200]!r}",
                     cached=response.headers.get("X-Callback-Cache") == "hit")
        if ok and response.content:
            found = frozenset(v.decode() for v in VERSION_PATTERN.findall(response.content))
            if found:
                self.results.versions.append((start, found, base))
        self.last_body = response.content
        return response if ok else None

    def _record(self, name: str, start: float, ok: bool, error: str | None, cached: bool = False) -> None:
        self.results.samples.append((name, start, (time.monotonic() - start) * 1000, ok, cached))
        if error:
            self.results.errors.append(error)

    # ------------------------------------------------------------ pages

    def open(self, path: str, lang: str, full: bool) -> bool:
        """Open a page as the browser does: the shell (on a full load), then the page's layout, then its callbacks.

        Without `full` it is a click in the navbar: Dash pages swaps the page in place, keeping the app's shell.
        """
        search = "?lang=en" if lang == "en" else ""
        if full or not self.shell:
            self.props.clear()
            self.ids.clear()
            if self._request(f"GET {path}", "GET", path + search) is None:
                return False
            layout = self._request("GET /_dash-layout", "GET", "/_dash-layout")
            if layout is None or self._request("GET /_dash-dependencies", "GET", "/_dash-dependencies") is None:
                return False
            self.shell = self._add_components(layout.json())
        for key in set(self.props) - self.shell:
            del self.props[key]
        for location in ("url", "_pages_location"):
            if location in self.props:
                self.props[location].update({"pathname": path, "search": search, "href": path + search})
        pages = next(c for c in self.callbacks if c.is_pages)
        before = len(self.results.errors)
        self._fire(pages, trigger=None, initial=False, label=f"pages {path}")
        return len(self.results.errors) == before

    def change(self, component: str, prop: str, value: object) -> None:
        """A user sets one control: fire every callback that takes it as an input, then what those change."""
        self.props.setdefault(component, {})[prop] = value
        self._propagate({(component, prop): None})

    def current(self, component: str, prop: str) -> object:
        return self.props.get(component, {}).get(prop)

    # ------------------------------------------------------------ callbacks

    def _add_components(self, tree: object, found: set[str] | None = None) -> set[str]:
        """Record every component with an id in a layout fragment; returns the keys that appeared."""
        found = set() if found is None else found
        if isinstance(tree, list):
            for item in tree:
                self._add_components(item, found)
        elif isinstance(tree, dict):
            if "props" in tree and "type" in tree:
                props = tree["props"] or {}
                if "id" in props:
                    key = id_key(props["id"])
                    self.ids[key] = props["id"]
                    self.props[key] = {k: v for k, v in props.items() if k != "children" or not _is_tree(v)}
                    found.add(key)
                for value in props.values():
                    self._add_components(value, found)
            else:
                for value in tree.values():
                    self._add_components(value, found)
        return found

    def _concrete(self, pattern: object, binding: dict | None) -> list[object]:
        """The components a dependency id stands for (one for a plain id, all matches for a wildcard)."""
        if not isinstance(pattern, dict) or not has_wildcard(pattern):
            key = id_key(pattern)
            return [self.ids.get(key, pattern)] if key in self.props else []
        return [self.ids[k] for k in sorted(self.props) if k in self.ids and matches(pattern, self.ids[k], binding)]

    def _bindings(self, callback: Callback, trigger: tuple[str, str] | None) -> list[dict | None]:
        """MATCH callbacks run once per matching component; others once."""
        match_inputs = [i for i, _ in callback.inputs if has_wildcard(i, "MATCH")]
        if not match_inputs:
            return [None]
        pattern = match_inputs[0]
        if trigger is not None and trigger[0] in self.ids and matches(pattern, self.ids[trigger[0]]):
            candidates = [self.ids[trigger[0]]]
        else:
            candidates = self._concrete(pattern, None)
        keys = [k for k, v in pattern.items() if isinstance(v, list) and v and v[0] == "MATCH"]
        return [{k: c[k] for k in keys} for c in candidates]

    def _payload(self, callback: Callback, binding: dict | None, changed: list[str]) -> dict | None:
        def entries(deps, with_values: bool):
            built = []
            for component, prop in deps:
                found = self._concrete(component, binding)
                items = [{"id": c, "property": prop, **({"value": self.current(id_key(c), prop)}
                                                        if with_values else {})} for c in found]
                if has_wildcard(component) and not has_wildcard(component, "MATCH"):
                    built.append(items)  # ALL / ALLSMALLER: a list, possibly empty
                elif items:
                    built.append(items[0])
                else:
                    return None
            return built

        outputs = entries(callback.outputs, False)
        inputs = entries(callback.inputs, True)
        if outputs is None or inputs is None:
            return None
        state = entries(callback.state, True)
        if state is None:  # a missing State is sent without a value, as the renderer does
            state = [{"id": c, "property": p} for c, p in callback.state]
        return {"output": callback.output, "outputs": outputs if callback.multi else outputs[0], "inputs": inputs,
                "state": state, "changedPropIds": changed}

    def _fire(self, callback: Callback, trigger: tuple[str, str] | None, initial: bool, label: str | None = None,
              ) -> set[tuple[str, str]]:
        """POST one callback (once per MATCH binding); apply its outputs; return the (id, prop) pairs it changed."""
        changed_props: set[tuple[str, str]] = set()
        for binding in self._bindings(callback, trigger):
            changed = [] if initial or trigger is None else [f"{trigger[0]}.{trigger[1]}"]
            payload = self._payload(callback, binding, changed)
            if payload is None:
                continue
            response = self._request(label or callback.name, "POST", "/_dash-update-component", json=payload)
            if response is None or response.status_code == 204:
                continue
            try:
                answer = response.json()
            except ValueError:
                self.results.errors.append(f"{label or callback.name}: answer is not JSON")
                continue
            changed_props |= self._apply(answer.get("response", {}))
            changed_props |= self._apply(answer.get("sideUpdate", {}))
        return changed_props

    def _apply(self, response: dict) -> set[tuple[str, str]]:
        changed = set()
        new_components: set[str] = set()
        for key, props in response.items():
            for prop, value in props.items():
                self.props.setdefault(key, {})[prop] = value
                changed.add((key, prop))
                if _is_tree(value):
                    new_components |= self._add_components(value)
        if new_components:
            self._initial_calls(new_components)
        return changed

    def _initial_calls(self, new_components: set[str]) -> None:
        """Fire what the renderer fires when components appear: callbacks not preventing their initial call."""
        pending = []
        for callback in self.callbacks:
            if callback.prevent_initial_call or callback.is_pages:
                continue
            touches = [c for c, _ in (*callback.inputs, *callback.outputs)
                       if any(matches(c, self.ids.get(k)) for k in new_components)]
            if touches:
                pending.append(callback)
        # Callbacks whose inputs are outputs of other pending ones wait for them (the renderer orders them too).
        produced = {(id_key(c), p) for cb in pending for c, p in cb.outputs}
        first = [cb for cb in pending if not any((id_key(c), p) in produced for c, p in cb.inputs)]
        later = [cb for cb in pending if cb not in first]
        changed: set[tuple[str, str]] = set()
        for callback in first:
            changed |= self._fire(callback, None, initial=True)
        for callback in later:
            changed |= self._fire(callback, None, initial=True)

    def _propagate(self, changed: dict[tuple[str, str], Callback | None], depth: int = 0) -> None:
        """Fire each callback with an input among `changed` once, then those their outputs feed (a few rounds).

        `changed` maps each changed (id, property) to the callback that changed it (None: the user), since a
        callback's own outputs never trigger it again.
        """
        if depth > 4 or not changed:
            return
        following: dict[tuple[str, str], Callback | None] = {}
        for callback in self.callbacks:
            if callback.is_pages:
                continue
            hits = [(key, prop) for (key, prop), source in changed.items() if source is not callback
                    and key in self.ids
                    and any(p == prop and matches(component, self.ids[key]) for component, p in callback.inputs)]
            if hits:
                following.update(dict.fromkeys(self._fire(callback, hits[0], initial=False), callback))
        self._propagate({k: v for k, v in following.items() if k not in changed}, depth + 1)


def _is_tree(value: object) -> bool:
    if isinstance(value, dict):
        return "props" in value and "type" in value
    if isinstance(value, list):
        return any(_is_tree(v) for v in value)
    return False


# ---------------------------------------------------------------- users


def choose_value(tab: Tab, component: str, prop: str, rule: object, rng: random.Random) -> object:
    """A new value for one control, from the scenario's rule and the component's own props."""
    props = tab.props.get(component, {})
    current = props.get(prop)
    if isinstance(rule, list):
        options = [v for v in rule if v != current] or rule
        return rng.choice(options)
    if rule == "toggle":
        return not bool(current)
    if rule == "range":
        low, high = int(props.get("min", 1990)), int(props.get("max", 2025))
        start = rng.randint(low, high)
        return [start, rng.randint(start, high)]
    if isinstance(rule, str) and rule.startswith("options"):
        raw = props.get("options") or []
        if isinstance(raw, dict):
            raw = [{"value": k} for k in raw]
        values = [o["value"] if isinstance(o, dict) else o for o in raw
                  if not (isinstance(o, dict) and o.get("disabled"))]
        if not values:
            return current
        if ":" in rule:
            return rng.sample(values, rng.randint(1, min(int(rule.split(":")[1]), len(values))))
        return rng.choice([v for v in values if v != current] or values)
    raise ValueError(f"unknown value rule {rule!r} for {component}.{prop}")


def simulated_user(number: int, servers: RoundRobin, pages: list[str], callbacks: list[Callback], results: Results,
                   deadline: float, options: argparse.Namespace) -> None:
    """Browse pages and change filters until the time or request budget is spent."""
    rng = random.Random(options.seed * 1000 + number)
    tab = Tab(servers, callbacks, results, deadline, options.max_requests, rng, options.timeout)

    def pause(seconds: float) -> None:
        """Think for `seconds`, but never past the end of the run (an exponential draw can be long)."""
        time.sleep(max(0.0, min(seconds, deadline - time.monotonic())))

    pause(rng.uniform(0, min(2.0, options.think)))  # users do not all arrive in the same millisecond
    full = True
    try:
        while time.monotonic() < deadline:
            page = rng.choice(pages)
            if not tab.open(page, "en" if rng.random() < 0.3 else "es", full):
                full = True
                pause(options.think)
                continue
            full = rng.random() < 0.2  # most moves are clicks in the navbar; some are reloads or new tabs
            for _ in range(rng.randint(2, 5) if SCENARIOS.get(page) else 0):
                pause(rng.expovariate(1 / options.think) if options.think else 0)
                component, prop, rule = rng.choice(SCENARIOS[page])
                if component not in tab.props:
                    continue  # the page no longer has this control: the scenario needs updating, not an error
                tab.change(component, prop, choose_value(tab, component, prop, rule, rng))
            pause(rng.expovariate(1 / options.think) if options.think else 0)
    except Stop:
        return


def upload_midway(base: str, callbacks: list[Callback], results: Results, deadline: float, at: float,
                  directory: Path, token: str, outcome: dict) -> None:
    """At `at` (monotonic), upload every table file of `directory` through the data page, as an administrator."""
    files = sorted(p for p in directory.iterdir() if p.suffix in (".csv", ".parquet", ".xlsx"))
    contents = [f"data:application/octet-stream;base64,{base64.b64encode(p.read_bytes()).decode()}" for p in files]
    time.sleep(max(0.0, at - time.monotonic()))
    tab = Tab(RoundRobin([base]), callbacks, results, deadline + 600, 10**9, random.Random(0), 600)
    try:
        if not tab.open("/data", "en", True):
            outcome["error"] = "could not open /data"
            return
        if "data-upload" not in tab.props:
            outcome["error"] = "the data page shows no upload (is DASHBOARD_ADMIN_TOKEN set on the server?)"
            return
        tab.props["data-token"]["value"] = token
        tab.props["data-upload"]["filename"] = [p.name for p in files]
        started = time.monotonic()
        tab.change("data-upload", "contents", contents)
        outcome["seconds"] = time.monotonic() - started
        outcome["switched_at"] = time.monotonic()
        body = tab.last_body
        outcome["switched"] = b"upload-switched" in body
        found = {v.decode() for v in VERSION_PATTERN.findall(body)}
        outcome["version"] = found.pop() if len(found) == 1 else None
        if not outcome["switched"]:
            outcome["error"] = "the upload was refused: " + body.decode(errors="replace")[:2000]
    except Stop:
        outcome["error"] = "out of budget before the upload"


# ---------------------------------------------------------------- the run


def check_local(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.hostname not in LOCAL_HOSTS:
        raise SystemExit(f"Refusing to load-test {url!r}: only a server on this machine (http://127.0.0.1:PORT).")
    return f"http://{parts.netloc}"


def reachable_pages(base: str, wanted: list[str]) -> list[str]:
    """The scenario pages the server has (an unknown page answers 404)."""
    found = []
    for page in wanted:
        status = requests.get(base + page, timeout=30).status_code
        if status == 200:
            found.append(page)
        else:
            print(f"note: {page} answers {status}; not visited", file=sys.stderr)
    return found


def run(options: argparse.Namespace) -> dict:
    bases = [check_local(url) for url in options.url]
    base = bases[0]  # asked for the app's callbacks and pages, and the one that receives the upload
    dependencies = requests.get(base + "/_dash-dependencies", timeout=30).json()
    callbacks = server_callbacks(dependencies)
    pages = reachable_pages(base, options.pages or list(SCENARIOS))
    results = Results()
    # The version in service before anything happens, from the data page.
    probe = Tab(RoundRobin([base]), callbacks, results, time.monotonic() + 120, 10**9, random.Random(0), 120)
    probe.open("/data", "en", True)
    before = {v.decode() for v in VERSION_PATTERN.findall(probe.last_body)}
    results.samples.clear()
    results.versions.clear()
    results.answers.clear()
    results.resent.clear()
    start = time.monotonic()
    deadline = start + options.duration
    threads = [threading.Thread(target=simulated_user, daemon=True,
                                args=(n, RoundRobin(bases), pages, callbacks, results, deadline, options))
               for n in range(options.users)]
    outcome: dict = {}
    if options.upload:
        threads.append(threading.Thread(target=upload_midway, daemon=True, args=(
            base, callbacks, results, deadline, start + options.duration * options.upload_at, options.upload,
            options.token, outcome)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=options.duration + options.timeout + 660)
    return summarise(results, before, outcome, time.monotonic() - start, options)


def percentile(values: list[float], share: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(share) - 1]


def summarise(results: Results, before: set[str], upload: dict, elapsed: float, options) -> dict:
    by_name: dict[str, list[float]] = defaultdict(list)
    computed: dict[str, list[float]] = defaultdict(list)  # answers the server computed (not from the cache)
    failures: dict[str, int] = defaultdict(int)
    for name, _start, ms, ok, cached in results.samples:
        by_name[name].append(ms)
        if not cached:
            computed[name].append(ms)
        if not ok:
            failures[name] += 1
    allowed = set(before) | ({upload["version"]} if upload.get("version") else set())
    mixed = sum(1 for _, found, _ in results.versions if len(found) > 1)
    foreign = sorted({v for _, found, _ in results.versions for v in found} - allowed)
    stale = answered_new = 0
    if upload.get("switched") and upload.get("version"):
        stale = sum(1 for start, found, _ in results.versions if start > upload["switched_at"] and
                    upload["version"] not in found)
        answered_new = sum(1 for _, found, _ in results.versions if upload["version"] in found)
    servers = {}
    for base in sorted({base for base, _ in results.answers}):
        servers[base] = {"requests": sum(1 for b, _ in results.answers if b == base),
                         "errors": sum(1 for b, ok in results.answers if b == base and not ok),
                         "responses_from_upload": sum(1 for _, found, b in results.versions if b == base and
                                                      upload.get("version") in found)}
    latencies = [sample[2] for sample in results.samples]
    return {
        "users": options.users, "duration_s": round(elapsed, 1), "requests": len(results.samples),
        "served": sum(1 for sample in results.samples if sample[3]), "errors": len(results.errors),
        "error_examples": results.errors[:10], "requests_per_s": round(len(results.samples) / elapsed, 1),
        "cache_hits": sum(1 for sample in results.samples if sample[4]),
        "resent_on_new_connection": len(results.resent),
        "p50_ms": round(percentile(latencies, 50), 1) if latencies else None,
        "p95_ms": round(percentile(latencies, 95), 1) if latencies else None,
        "p99_ms": round(percentile(latencies, 99), 1) if latencies else None,
        "versions_before": sorted(before), "responses_with_version": len(results.versions),
        "mixed_responses": mixed, "foreign_versions": foreign, "stale_after_switch": stale,
        "responses_from_upload": answered_new, "servers": servers, "upload": {
            k: (round(v, 2) if isinstance(v, float) and k != "switched_at" else v) for k, v in upload.items()
            if k != "switched_at"},
        "per_callback": {
            name: {"n": len(values), "errors": failures.get(name, 0), "cache_hits": len(values) - len(computed[name]),
                   "computed_p50_ms": round(percentile(computed[name], 50), 1) if computed[name] else None,
                   "p50_ms": round(percentile(sorted(values), 50), 1),
                   "p95_ms": round(percentile(sorted(values), 95), 1),
                   "p99_ms": round(percentile(sorted(values), 99), 1), "max_ms": round(max(values), 1)}
            for name, values in sorted(by_name.items(), key=lambda item: -len(item[1]))
        },
    }


def print_report(summary: dict) -> None:
    print(f"{summary['users']} users, {summary['duration_s']} s: {summary['requests']} requests "
          f"({summary['requests_per_s']}/s), {summary['served']} served, {summary['errors']} errors")
    print(f"answered from the shared cache: {summary['cache_hits']}; resent after an idle connection closed: "
          f"{summary['resent_on_new_connection']}")
    print(f"latency all requests: p50 {summary['p50_ms']} ms, p95 {summary['p95_ms']} ms, p99 {summary['p99_ms']} ms")
    print(f"{'request / callback':<46}{'n':>6}{'err':>5}{'cached':>7}{'p50':>9}{'p95':>9}{'p99':>9}{'max':>9}"
          f"{'p50 computed':>14}  (ms)")
    for name, line in summary["per_callback"].items():
        print(f"{name[:45]:<46}{line['n']:>6}{line['errors']:>5}{line['cache_hits']:>7}{line['p50_ms']:>9}"
              f"{line['p95_ms']:>9}{line['p99_ms']:>9}{line['max_ms']:>9}{line['computed_p50_ms'] or '–':>14}")
    print(f"data versions: before {summary['versions_before']}, {summary['responses_with_version']} responses "
          f"checked, {summary['mixed_responses']} mixed, foreign {summary['foreign_versions']}, "
          f"{summary['stale_after_switch']} stale after the switch, {summary['responses_from_upload']} from the "
          "uploaded version")
    if len(summary["servers"]) > 1:
        for base, line in summary["servers"].items():
            print(f"instance {base}: {line['requests']} requests, {line['errors']} errors, "
                  f"{line['responses_from_upload']} answers from the uploaded version")
    if summary["upload"]:
        print(f"upload: {summary['upload']}")
    for example in summary["error_examples"]:
        print(f"error: {example}")


def failed(summary: dict, options: argparse.Namespace) -> bool:
    problems = summary["errors"] or summary["mixed_responses"] or summary["foreign_versions"] or \
        summary["stale_after_switch"] or (options.upload and not summary["upload"].get("switched")) or \
        (options.upload and any(not line["responses_from_upload"] for line in summary["servers"].values()))
    slow = options.max_p95_ms is not None and (summary["p95_ms"] or 0) > options.max_p95_ms
    return bool(problems or slow)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", nargs="+", default=["http://127.0.0.1:8050"],
                        help="server on this machine; several: instances of one site, asked in turn")
    parser.add_argument("--users", type=int, default=50, help="simulated users (default 50)")
    parser.add_argument("--duration", type=float, default=60, help="seconds of load (default 60)")
    parser.add_argument("--think", type=float, default=5.0,
                        help="mean pause between a user's actions, s (default 5: time to read a chart; 1 is a stress "
                             "test, 0 a benchmark)")
    parser.add_argument("--max-requests", type=int, default=200_000, help="stop after this many requests")
    parser.add_argument("--timeout", type=float, default=60, help="seconds before a request counts as failed")
    parser.add_argument("--pages", nargs="*", help="pages to visit (default: every page with a scenario)")
    parser.add_argument("--upload", type=Path, help="data directory to upload midway (needs --token)")
    parser.add_argument("--token", help="the server's DASHBOARD_ADMIN_TOKEN, for --upload")
    parser.add_argument("--upload-at", type=float, default=0.5, help="when to upload, as a share of --duration")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--max-p95-ms", type=float, help="fail when the overall p95 latency is above this")
    parser.add_argument("--json", type=Path, help="also write the summary here as JSON")
    options = parser.parse_args(argv)
    if not 0 < options.duration <= MAX_DURATION or not 0 < options.users <= MAX_USERS:
        parser.error(f"--duration must be in (0, {MAX_DURATION}] s and --users in (0, {MAX_USERS}]")
    if options.upload and not options.token:
        parser.error("--upload needs --token")
    return options


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    summary = run(options)
    if options.json:
        options.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print_report(summary)
    return 1 if failed(summary, options) else 0


if __name__ == "__main__":
    sys.exit(main())
