"""Time and peak memory of `python -m dashboard import ece` on a national-size student file.

Writes a synthetic 500,000-pupil ECE file in the UMC layout (about 15,000 schools),
then runs the import in a child process and reports its wall time and peak resident
memory (targets: under 30 s and 2 GB). Not a test: run it by hand.

    python scripts/bench_import_ece.py [--rows 500000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
LEVELS = np.array(["En inicio", "En proceso", "Satisfactorio"])


def student_file(path: Path, rows: int, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)
    schools = max(rows // 33, 1)
    school = rng.integers(0, schools, rows)
    region = rng.integers(1, 26, schools)[school]
    frame = pd.DataFrame({
        "cod_mod7": pd.Series(200000 + school).astype(str).str.zfill(7),
        "anexo": "0",
        "codgeo": pd.Series(region * 10000 + 101).astype(str).str.zfill(6),
        "gestion2": np.where(rng.random(schools) < 0.8, "Estatal", "No estatal")[school],
        "area": np.where(rng.random(schools) < 0.6, "Urbana", "Rural")[school],
        "caracteristica2": np.where(rng.random(schools) < 0.6, "Polidocente completo",
                                    "Unidocente - Multigrado")[school],
        "sexo": np.where(rng.random(rows) < 0.5, "Hombre", "Mujer"),
        "lengua_materna": "Castellano",
    })
    for code in ("l", "m"):
        score = rng.normal(550, 80, rows).round(2)
        frame[f"medida500_{code}"] = np.where(rng.random(rows) < 0.03, np.nan, score)
        frame[f"grupo_{code}"] = LEVELS[np.digitize(score, [500, 580])]
        frame[f"peso_{code}"] = rng.uniform(0.8, 1.4, rows).round(4)
    frame.to_csv(path, index=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--keep", type=Path, help="write the file and the output here instead of a temporary dir")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        where = args.keep or Path(scratch)
        where.mkdir(parents=True, exist_ok=True)
        source = where / "ece_2p_students.csv"
        student_file(source, args.rows)
        started = time.perf_counter()
        completed = subprocess.run([sys.executable, "-m", "dashboard", "import", "ece", str(source), "--year", "2019",
                                    "--out", str(where / "out")], cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if completed.returncode != 0:
            sys.exit(completed.stderr)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kilobytes on Linux
        print(completed.stdout.strip())
        print(f"{args.rows:,} pupils ({source.stat().st_size / 2**20:.0f} MB): {seconds:.1f} s, peak {peak_mb:.0f} MB "
              f"(targets < 30 s, < 2048 MB)")


if __name__ == "__main__":
    main()
