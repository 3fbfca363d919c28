"""The view in the address: lenient parsing with notices, compact writing, round trips."""
from __future__ import annotations

from dashboard import viewstate
from dashboard.viewstate import Notice

PARAMS = (
    viewstate.Param("indicator", "net_enrolment_ratio", viewstate.choice(("net_enrolment_ratio", "repetition_rate"))),
    viewstate.Param("regions", ("15",), viewstate.code_list(("01", "15", "21")), viewstate.write_list),
    viewstate.Param("years", None, viewstate.year_range(1990, 2025), viewstate.write_range),
    viewstate.Param("quintiles", (1, 2, 3), viewstate.int_list((1, 2, 3, 4, 5)), viewstate.write_ints),
)


def test_defaults_when_the_address_is_empty():
    state, notices = viewstate.parse({}, PARAMS)
    assert state == {"lang": "es", "present": False, "indicator": "net_enrolment_ratio", "regions": ("15",),
                     "years": None, "quintiles": (1, 2, 3)}
    assert notices == []


def test_good_values_are_read():
    state, notices = viewstate.parse({"lang": "en", "present": "1", "regions": "21,01", "years": "2000-2015",
                                      "quintiles": "3,1"}, PARAMS)
    assert (state["lang"], state["present"], state["regions"], state["years"], state["quintiles"]) == (
        "en", True, ("21", "01"), (2000, 2015), (1, 3))
    assert notices == []


def test_bad_and_unknown_values_fall_back_with_notices():
    state, notices = viewstate.parse({"indicator": "<script>", "years": "2020-1990", "regions": "01,99",
                                      "colour": "red", "lang": "fr"}, PARAMS)
    assert state["indicator"] == "net_enrolment_ratio" and state["years"] is None and state["regions"] == ("15",)
    assert state["lang"] == "es"
    assert Notice("indicator", "<script>", "net_enrolment_ratio") in notices
    assert Notice("colour", "red", unknown=True) in notices
    assert {n.param for n in notices} == {"indicator", "years", "regions", "colour", "lang"}


def test_years_are_clipped_to_the_data():
    state, _ = viewstate.parse({"years": "1980-2030"}, PARAMS)
    assert state["years"] == (1990, 2025)


def test_encode_leaves_out_defaults_and_round_trips():
    state = {"lang": "en", "present": False, "indicator": "repetition_rate", "regions": ("01", "21"),
             "years": (2000, 2010), "quintiles": (1, 2, 3)}
    query = viewstate.encode(state, PARAMS)
    assert query == "?lang=en&indicator=repetition_rate&regions=01,21&years=2000-2010"
    parsed, notices = viewstate.parse(dict(pair.split("=") for pair in query[1:].split("&")), PARAMS)
    assert parsed == state and notices == []
    assert viewstate.encode({"lang": "es", "present": False}, PARAMS) == ""


def test_repeated_parameters_use_the_last_value():
    state, _ = viewstate.parse({"indicator": ["net_enrolment_ratio", "repetition_rate"]}, PARAMS)
    assert state["indicator"] == "repetition_rate"
