"""The reconstructed cohort as a flow: 1,000 grade-1 pupils through primary to graduation, repetition or drop-out.

Each grade is split by what its pupils do the first year they are in it: move on, repeat (at least
once) or leave school; those who repeat later move on or leave. Every pupil who reaches a grade
leaves it exactly once, so the flows out of each grade add up to the pupils who reached it, and the
graduates and the drop-outs of all grades add up to the cohort. The split is read from the
model's year-by-year flow table: a pupil in grade g in the y-th year of the cohort's life has
used y − g repetitions, which tells who may still repeat when repetitions are capped.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.theme import empty_figure, styled
from dashboard.i18n import number, t
from dashboard.indicators.cohort import CohortResult

GRADE_COLOUR, GRADUATE_COLOUR = "#0072B2", "#009E73"  # Okabe & Ito, as the rest of the house palette
REPEAT_COLOUR, DROPOUT_COLOUR = "#E69F00", "#D55E00"
LINK_ALPHA = 0.35
# Node centres, from the top (Plotly's fixed arrangement): a 1,000-pupil grade fills about 70 % of the height.
GRADE_Y, REPEAT_Y, DROPOUT_Y = 0.37, 0.8, 0.94
FLOW_COLUMNS = ("grade", "reached", "first_try", "repeaters", "dropout_first", "after_repeating", "dropout_after",
                "moved_on", "dropped_out")


def grade_flows(result: CohortResult) -> pd.DataFrame:
    """Per grade, pupils of the cohort who reach it and what they do there (see the module docstring)."""
    flow = result.flow
    grades = result.grades
    if flow.empty:
        return pd.DataFrame(columns=list(FLOW_COLUMNS))
    years = int(flow["cohort_year"].max())
    full = (flow.set_index(["cohort_year", "grade"])
            .reindex(pd.MultiIndex.from_product([range(1, years + 1), range(1, grades + 1)]), fill_value=0.0))
    promoted = full["promoted"].unstack().to_numpy()  # (years, grades)
    arrivals = np.zeros((years, grades))
    arrivals[0, 0] = result.cohort_size
    arrivals[1:, 1:] = promoted[:-1, :-1]  # promoted from grade g−1 in year y−1 arrive in grade g in year y
    used = np.arange(1, years + 1)[:, None] - np.arange(1, grades + 1)[None, :]  # repetitions used on arrival
    may_repeat = np.ones_like(used, dtype=bool) if result.max_repetitions is None else used < result.max_repetitions
    promotion, repetition = np.asarray(result.promotion), np.asarray(result.repetition)
    reached = arrivals.sum(axis=0)
    repeaters = (arrivals * may_repeat).sum(axis=0) * repetition
    first_try = reached * promotion
    moved_on = (full["promoted"] + full["graduated"]).unstack().to_numpy().sum(axis=0)
    dropped_out = full["dropped_out"].unstack().to_numpy().sum(axis=0)
    dropout_first = reached - first_try - repeaters
    return pd.DataFrame({
        "grade": np.arange(1, grades + 1), "reached": reached, "first_try": first_try, "repeaters": repeaters,
        "dropout_first": dropout_first, "after_repeating": moved_on - first_try,
        "dropout_after": dropped_out - dropout_first, "moved_on": moved_on, "dropped_out": dropped_out,
    })


def sankey_links(flows: pd.DataFrame, lang: str) -> tuple[list[dict], list[dict]]:
    """(nodes, links) of the flow: nodes with label, colour, x, y; links with source, target, value, text.

    Nodes sit in fixed places so the eye reads left to right: the grades along the top, each
    grade's repeaters below and between it and the next grade, its drop-outs at the bottom.
    """
    grades = len(flows)
    step = 0.84 / grades  # leaves room between the last grade and the graduates for both labels
    nodes: list[dict] = []

    def add(label: str, colour: str, x: float, y: float, value: float, named: bool = True) -> int:
        # Repeaters and drop-outs are labelled by their number only (the legend names the colours); the
        # hover still names them in full.
        nodes.append({"label": label, "colour": colour, "x": x, "y": y, "value": value, "named": named})
        return len(nodes) - 1

    grade_nodes = [add(t("cohort.grade_node", lang, grade=int(row.grade)), GRADE_COLOUR,
                       0.01 + (int(row.grade) - 1) * step, GRADE_Y, row.reached) for row in flows.itertuples()]
    graduates = add(t("cohort.graduates_node", lang), GRADUATE_COLOUR, 0.99, GRADE_Y, flows["moved_on"].iloc[-1])
    links: list[dict] = []
    of_cohort = t("cohort.link.of_cohort", lang)

    def link(source: int, target: int, value: float, words: str) -> None:
        if value > 0:  # a negative drop-out (flagged) cannot be drawn; its number is in the table
            links.append({"source": source, "target": target, "value": float(value),
                          "text": f"{number(value, lang, 0)} {of_cohort} {words}"})

    for index, row in enumerate(flows.itertuples()):
        grade = int(row.grade)
        source = grade_nodes[index]
        following = grade_nodes[index + 1] if index + 1 < grades else graduates
        x = nodes[source]["x"]
        repeat = add(t("cohort.repeat_node", lang, grade=grade), REPEAT_COLOUR, x + step * 0.5, REPEAT_Y,
                     row.repeaters, named=False)
        dropout = add(t("cohort.dropout_node", lang, grade=grade), DROPOUT_COLOUR, min(x + step * 0.75, 0.99),
                      DROPOUT_Y, max(row.dropped_out, 0.0), named=False)
        last = following == graduates
        link(source, following, row.first_try,
             t("cohort.link.graduate_first" if last else "cohort.link.first_try", lang, grade=grade,
               source=nodes[source]["label"], target=nodes[following]["label"]))
        link(source, repeat, row.repeaters, t("cohort.link.repeat", lang, grade=grade))
        link(source, dropout, row.dropout_first, t("cohort.link.dropout_first", lang, grade=grade))
        link(repeat, following, row.after_repeating,
             t("cohort.link.graduate_after" if last else "cohort.link.after_repeating", lang, grade=grade,
               target=nodes[following]["label"]))
        link(repeat, dropout, row.dropout_after, t("cohort.link.dropout_after", lang, grade=grade))
    return nodes, links


def _rgba(colour: str, alpha: float) -> str:
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def cohort_flow_figure(result: CohortResult, *, lang: str, present: bool = False) -> go.Figure:
    """A Sankey of the cohort: grade to grade, with each grade's repeaters and drop-outs, to graduation."""
    flows = grade_flows(result)
    if flows.empty or not np.isfinite(flows["reached"]).all():
        return empty_figure(t("notice.no_data", lang), lang, present)
    nodes, links = sankey_links(flows, lang)
    pupils = t("cohort.node.hover", lang)
    fig = go.Figure(go.Sankey(
        arrangement="fixed",  # keep the places chosen above; dragging would scramble the reading order
        valueformat=",.0f",
        node={
            "label": [f"{node['label']}<br>{number(node['value'], lang, 0)}" if node["named"]
                      else number(node["value"], lang, 0) for node in nodes],
            "color": [node["colour"] for node in nodes], "x": [node["x"] for node in nodes],
            "y": [node["y"] for node in nodes], "pad": 18, "thickness": 22 if present else 16,
            "line": {"width": 0},
            "customdata": [[node["label"], number(node["value"], lang, 0)] for node in nodes],
            "hovertemplate": f"<b>%{{customdata[0]}}</b><br>%{{customdata[1]}} {pupils}<extra></extra>",
        },
        link={
            "source": [link["source"] for link in links], "target": [link["target"] for link in links],
            "value": [link["value"] for link in links],
            "color": [_rgba(nodes[link["target"]]["colour"], LINK_ALPHA) for link in links],
            "customdata": [link["text"] for link in links],
            "hovertemplate": "%{customdata}<extra></extra>",
        },
        textfont={"size": 14 if present else 12, "color": "#000000"},  # larger labels collide between grades
    ))
    fig = styled(fig, lang, present)
    fig.update_layout(margin={"l": 10, "r": 10, "t": 50, "b": 20})  # room above for modebar and legend
    _colour_legend(fig, lang, present)
    return fig


def _colour_legend(fig: go.Figure, lang: str, present: bool) -> None:
    """What the colours mean, in one line above the flow (a Sankey has no legend of its own)."""
    keys = (("cohort.legend.grade", GRADE_COLOUR), ("cohort.legend.repeat", REPEAT_COLOUR),
            ("cohort.legend.dropout", DROPOUT_COLOUR), ("cohort.legend.graduate", GRADUATE_COLOUR))
    text = "   ".join(f"<span style='color:{colour}'>■</span> {t(key, lang)}" for key, colour in keys)
    fig.add_annotation(text=text, x=0, y=1, xref="paper", yref="paper", xanchor="left", yanchor="bottom",
                       yshift=12, showarrow=False, font={"size": 15 if present else 13})


def headline_numbers(result: CohortResult, lang: str, survival_grade: int = 5) -> list[dict]:
    """The cohort's big numbers: survival to grade 5, coefficient of efficiency, pupil-years per graduate."""
    return [
        {"key": "survival", "label": t("cohort.survival", lang, grade=survival_grade),
         "value": number(result.survival_rate(survival_grade), lang, 1), "unit": "%",
         "note": t("cohort.survival_note", lang, grade=survival_grade)},
        {"key": "efficiency", "label": t("indicator.cohort.efficiency", lang),
         "value": number(result.coefficient_of_efficiency, lang, 1), "unit": "%",
         "note": t("cohort.efficiency_note", lang)},
        {"key": "years_per_graduate", "label": t("indicator.cohort.years_per_graduate", lang),
         "value": number(result.years_per_graduate, lang, 1), "unit": t("cohort.years_unit", lang),
         "note": t("cohort.years_per_graduate_note", lang, grades=result.grades)},
    ]


def flag_sentences(result: CohortResult, lang: str) -> list[str]:
    """The cohort's quality flags in words, naming the grades with a negative drop-out rate."""
    sentences = []
    negative = [str(grade) for grade, rate in enumerate(result.dropout, start=1) if rate < -1e-9]
    for rule in result.flags:
        text = t(f"flag.{rule}", lang)
        if rule == "negative_dropout" and negative:
            text = t("cohort.flag_grades", lang, text=text, grades=", ".join(negative))
        sentences.append(text)
    return sentences


def rates_table(result: CohortResult, lang: str) -> pd.DataFrame:
    """Promotion, repetition and drop-out rates by grade (percent), with the pupils reaching each grade."""
    rates = result.rates()
    return pd.DataFrame({
        t("indicator.cohort.grade", lang): [t("filter.grade_n", lang, grade=int(g)) for g in rates["grade"]],
        t("indicator.cohort.promotion", lang): [number(v, lang, 1) for v in rates["promotion_rate"]],
        t("indicator.cohort.repetition", lang): [number(v, lang, 1) for v in rates["repetition_rate"]],
        t("indicator.cohort.dropout", lang): [number(v, lang, 1) for v in rates["dropout_rate"]],
        t("indicator.cohort.reached", lang): [number(v, lang, 0) for v in rates["reached"]],
    })


def cohort_table(result: CohortResult) -> pd.DataFrame:
    """The numbers behind the flow, one row per grade, for the CSV: counts, rates and the pupils of each flow."""
    return result.rates().merge(grade_flows(result).drop(columns="reached"), on="grade", how="left")
