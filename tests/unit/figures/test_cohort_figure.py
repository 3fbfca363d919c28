"""The cohort flow: every pupil of the 1,000 accounted for at each stage, with numbers that can be worked by hand."""
from __future__ import annotations

import pytest

from dashboard.figures.cohort import (
    cohort_flow_figure,
    cohort_table,
    flag_sentences,
    grade_flows,
    headline_numbers,
    rates_table,
    sankey_links,
)
from dashboard.indicators.cohort import reconstructed_cohort

# INDICATORS.md's hand check: p = (0.8, 0.9), r = (0.1, 0.05), no cap.
TWO_GRADES = reconstructed_cohort((0.8, 0.9), (0.1, 0.05))


def stage_totals(flows):
    """At each stage k: pupils reaching grade k plus those who already dropped out in earlier grades."""
    dropped_before = flows["dropped_out"].cumsum().shift(fill_value=0.0)
    return (flows["reached"] + dropped_before).tolist()


def test_the_hand_checked_cohort_split_grade_by_grade():
    flows = grade_flows(TWO_GRADES).set_index("grade")
    # grade 1: 800 move on at once, 100 repeat, 100 leave; of the 100 repeaters 0.8/0.9 move on, 0.1/0.9 leave
    assert flows.loc[1, ["reached", "first_try", "repeaters", "dropout_first"]].tolist() == pytest.approx(
        [1000.0, 800.0, 100.0, 100.0])
    assert flows.loc[1, ["after_repeating", "dropout_after"]].tolist() == pytest.approx([800 / 9, 100 / 9])
    # grade 2: 8000/9 = 888.889 arrive; 90 % move on at once, 5 % repeat, 5 % leave
    assert flows.loc[2, "reached"] == pytest.approx(888.889, abs=1e-3)
    assert flows.loc[2, ["first_try", "repeaters", "dropout_first"]].tolist() == pytest.approx(
        [800.0, 400 / 9, 400 / 9])
    assert flows.loc[2, "moved_on"] == pytest.approx(842.105, abs=1e-3)  # the graduates of the guidelines' check


def test_the_flows_add_up_to_1000_at_every_stage():
    for result in (TWO_GRADES, reconstructed_cohort([0.85, 0.9, 0.88, 0.9, 0.92, 0.9], [0.1, 0.06, 0.07, 0.05, 0.04,
                                                                                          0.03], max_repetitions=2)):
        flows = grade_flows(result)
        assert stage_totals(flows) == pytest.approx([1000.0] * result.grades)
        assert (flows["first_try"] + flows["repeaters"] + flows["dropout_first"]).tolist() == pytest.approx(
            flows["reached"].tolist())
        assert (flows["after_repeating"] + flows["dropout_after"]).tolist() == pytest.approx(
            flows["repeaters"].tolist())
        assert flows["moved_on"].iloc[-1] + flows["dropped_out"].sum() == pytest.approx(1000.0)
        assert flows["reached"].tolist() == pytest.approx(list(result.reached))
        assert flows["moved_on"].iloc[-1] == pytest.approx(result.graduates)


def test_a_cap_of_one_repetition_sends_second_repeaters_out():
    flows = grade_flows(reconstructed_cohort((0.8, 0.9), (0.1, 0.05), max_repetitions=1)).set_index("grade")
    # the 100 who repeat grade 1 once: 80 move on, 10 would repeat again and leave instead, 10 leave anyway
    assert flows.loc[1, ["repeaters", "after_repeating", "dropout_after"]].tolist() == pytest.approx([100, 80, 20])
    # in grade 2 only the 800 who never repeated may repeat: 40 of them; the 80 late arrivals may not
    assert flows.loc[2, ["reached", "repeaters"]].tolist() == pytest.approx([880.0, 40.0])
    no_repeating = grade_flows(reconstructed_cohort((0.8, 0.9), (0.1, 0.05), max_repetitions=0))
    assert no_repeating["repeaters"].tolist() == [0.0, 0.0]
    assert no_repeating["dropped_out"].tolist() == pytest.approx([200.0, 80.0])


def test_the_sankey_conserves_pupils_at_every_node():
    figure = cohort_flow_figure(TWO_GRADES, lang="es")
    sankey = figure.data[0]
    links = list(zip(sankey.link.source, sankey.link.target, sankey.link.value, strict=True))
    labels = [label.split("<br>")[0] for label in sankey.node.label]
    inflow = {i: sum(v for _, target, v in links if target == i) for i in range(len(labels))}
    outflow = {i: sum(v for source, _, v in links if source == i) for i in range(len(labels))}
    grade_2, graduates = labels.index("2.º grado"), labels.index("Egresados")
    assert inflow[grade_2] == pytest.approx(outflow[grade_2]) == pytest.approx(8000 / 9)
    assert outflow[labels.index("1.º grado")] == pytest.approx(1000.0)
    ends = [i for i in range(len(labels)) if outflow[i] == 0]  # graduates and the drop-outs of each grade
    assert sum(inflow[i] for i in ends) == pytest.approx(1000.0)
    assert inflow[graduates] == pytest.approx(842.105, abs=1e-3)
    assert sankey.node.label[0] == "1.º grado<br>1\u202f000" and sankey.arrangement == "fixed"


def test_hover_texts_and_labels_in_both_languages():
    nodes, links = sankey_links(grade_flows(TWO_GRADES), "en")
    assert [node["label"] for node in nodes[:3]] == ["Grade 1", "Grade 2", "Graduates"]
    assert links[0]["text"] == "800 of every 1,000 pupils go from Grade 1 to Grade 2 without repeating"
    assert links[1]["text"] == "100 of every 1,000 pupils repeat grade 1 at least once"
    _, spanish = sankey_links(grade_flows(TWO_GRADES), "es")
    assert spanish[5]["text"] == "800 de cada 1\u202f000 alumnos terminan la primaria sin repetir 2.º grado"


def test_big_numbers_of_a_six_grade_cohort_worked_by_hand():
    # 90 % promoted in every grade, nobody repeats: survival to grade 5 = 0.9⁴ = 65.61 %, graduates = 0.9⁶ × 1000
    # = 531.441, pupil-years = 1000 × (1 − 0.9⁶) / 0.1 = 4685.59, efficiency = 531.441 × 6 / 4685.59 = 68.05 %.
    result = reconstructed_cohort([0.9] * 6, [0.0] * 6)
    numbers = {item["key"]: item for item in headline_numbers(result, "es")}
    assert numbers["survival"]["value"] == "65,6" and numbers["efficiency"]["value"] == "68,1"
    assert numbers["years_per_graduate"]["value"] == "8,8" and numbers["years_per_graduate"]["unit"] == "años"
    english = {item["key"]: item["value"] for item in headline_numbers(result, "en")}
    assert english == {"survival": "65.6", "efficiency": "68.1", "years_per_graduate": "8.8"}


def test_a_negative_drop_out_is_flagged_in_words_and_never_drawn():
    result = reconstructed_cohort((0.8, 0.95), (0.1, 0.1))  # grade 2: promotion + repetition = 105 %
    assert flag_sentences(result, "en") == [
        "Negative drop-out in some grade: promotion plus repetition exceed the previous year's enrolment (the two "
        "years' data disagree). Grades: 2."]
    assert min(cohort_flow_figure(result, lang="en").data[0].link.value) > 0
    assert flag_sentences(TWO_GRADES, "es") == []


def test_an_undefined_cohort_says_there_is_no_data():
    result = reconstructed_cohort((0.8, float("nan")), (0.1, 0.05))
    figure = cohort_flow_figure(result, lang="en")
    assert not figure.data and figure.layout.annotations[0].text == "No data for this selection."


def test_the_rates_table_and_the_csv_table():
    table = rates_table(TWO_GRADES, "es")
    assert list(table.columns) == ["Grado", "Promoción %", "Repetición %", "Deserción %", "Llegan al grado"]
    assert table.iloc[1].tolist() == ["2.º grado", "90,0", "5,0", "5,0", "889"]
    csv = cohort_table(TWO_GRADES)
    assert {"grade", "promotion_rate", "repeaters", "dropout_first", "moved_on"} <= set(csv.columns)
    assert csv["dropped_out"].sum() + csv["moved_on"].iloc[-1] == pytest.approx(1000.0)
