"""ENAHO module 300: weighted literacy by sex on the real 2023 rows (full column set) and rows derived from them."""
import csv

import pytest

from dashboard.importers import run_import
from dashboard.importers.common import ImportFailed

SAMPLE = "enaho01a_2023_300_sample5rows.csv"


def _rows(fixtures):
    with (fixtures / SAMPLE).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, list(reader)


def _write(path, fields, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _person(row, **changes):
    return {**row, **changes}


def test_real_rows_weighted_by_factora07(fixtures):
    result = run_import("enaho", [fixtures / SAMPLE])
    table = result.tables["literacy"].set_index(["region_code", "area", "sex", "age_group"])
    # ubigeo 010201 (Amazonas), estrato 4 (urban); the adults (43, 41, 60 years) have p301a >= 4 and no p302
    assert table["year"].unique().tolist() == [2023]
    assert table.loc[("01", "urban", "M", "25-64"), "population"] == pytest.approx(165.62386 + 96.03537)
    assert table.loc[("01", "urban", "M", "25-64"), "literate"] == pytest.approx(165.62386 + 96.03537)
    assert table.loc[("01", "urban", "F", "25-64"), "population"] == pytest.approx(112.32809)
    assert {d.reason: d.count for d in result.dropped} == {"under_15": 2}


def test_weighted_literacy_by_sex(fixtures, tmp_path):
    fields, rows = _rows(fixtures)
    boy, girl = rows[2], rows[3]  # real rows: p207 1 / 2, p301a 3 (primaria incompleta), p302 1 / 2
    extra = [
        _person(boy, p208a="18", p302="1", factora07="100"),  # man 15-24, can read
        _person(girl, p208a="70", p302="2", factora07="50"),  # woman 65+, cannot
        _person(girl, p208a="20", p302="1", factora07="30", estrato="7"),  # rural woman 15-24, can
        _person(girl, p208a="30", p302="", factora07="40"),  # primaria incompleta and no answer: left out
    ]
    path = _write(tmp_path / "enaho01a-2023-300.csv", fields, rows + extra)
    result = run_import("enaho", [path])
    by_sex = result.tables["literacy"].groupby("sex")[["population", "literate"]].sum()
    # women: 112.32809 (literate by level) + 50 (cannot) + 30 (can); men: 165.62386 + 96.03537 + 100
    assert by_sex.loc["F", "population"] == pytest.approx(192.32809)
    assert by_sex.loc["F", "literate"] == pytest.approx(142.32809)
    assert by_sex.loc["M", "literate"] / by_sex.loc["M", "population"] == pytest.approx(1.0)
    assert by_sex.loc["F", "literate"] / by_sex.loc["F", "population"] == pytest.approx(142.32809 / 192.32809)
    assert {d.reason: d.count for d in result.dropped} == {"under_15": 2, "no_literacy_answer": 1}


def test_unknown_sex_code_is_counted_not_guessed(fixtures, tmp_path):
    fields, rows = _rows(fixtures)
    rows[0] = _person(rows[0], p207="3")
    result = run_import("enaho", [_write(tmp_path / "m300.csv", fields, rows)])
    unknown = [d for d in result.dropped if d.reason == "unknown_code"]
    assert [d.message("es") for d in unknown] == ["1 fila con un código p207 desconocido ('3')"]
    assert result.tables["literacy"]["population"].sum() == pytest.approx(112.32809 + 96.03537)


def test_missing_weight_column_has_its_own_message(fixtures, tmp_path):
    fields, rows = _rows(fixtures)
    fields = [f for f in fields if f != "factora07"]
    rows = [{k: v for k, v in row.items() if k != "factora07"} for row in rows]
    with pytest.raises(ImportFailed) as error:
        run_import("enaho", [_write(tmp_path / "m300.csv", fields, rows)])
    assert error.value.key == "missing_weight"
    assert "factora07" in error.value.message("es") and "factor de expansión" in error.value.message("es")


def test_wrong_kind_names_expected_and_found(fixtures):
    with pytest.raises(ImportFailed) as error:
        run_import("enaho", [fixtures / "padron_web.dbf"])
    message = error.value.message("en")
    assert error.value.key == "wrong_kind"
    assert "ENAHO module 300" in message and "ubigeo" in message and "cod_mod" in message


def test_spss_file_reads_like_the_csv(fixtures, tmp_path):
    pyreadstat = pytest.importorskip("pyreadstat")
    import pandas as pd

    frame = pd.read_csv(fixtures / SAMPLE, dtype=str, encoding="utf-8-sig")
    columns = ["ubigeo", "estrato", "codinfor", "p207", "p208a", "p301a", "p302", "factora07"]
    numeric = frame[columns].apply(pd.to_numeric).assign(ubigeo=frame["ubigeo"], codinfor=frame["codinfor"])
    pyreadstat.write_sav(numeric.assign(**{"año": 2023}), str(tmp_path / "m300.sav"))
    from_sav = run_import("enaho", [tmp_path / "m300.sav"]).tables["literacy"]
    from_csv = run_import("enaho", [fixtures / SAMPLE]).tables["literacy"]
    pd.testing.assert_frame_equal(from_sav, from_csv)
