"""Korean notes against their English twins: same KTAS level, same vital signs read.

The table (tests/data/korean_notes.tsv) pairs everyday Korean and mixed Korean-English notes
with an English note that means the same; both go through the narrative reader and the engine
(real weights). Issue 20's targets: ≥ 95 % same level, ≥ 95 % of the English twin's vital
signs read from the Korean note with the same value.

Run: ``python -m bench.bench_korean [--json] [--rules-only] [--table tests/data/korean_notes_heldout.tsv]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "korean_notes.tsv"
VITALS = ("sbp", "dbp", "heart_rate", "resp_rate", "temperature_c", "spo2", "pain", "gcs", "avpu",
          "age_years", "sex", "on_oxygen")


@dataclass(frozen=True)
class Pair:
    id: str
    korean: str
    english: str


@dataclass(frozen=True)
class Outcome:
    pair: Pair
    level_ko: int
    level_en: int
    read: int  # of the English twin's values, how many the Korean note gave with the same value
    written: int
    missed: tuple[str, ...]


def load(path: Path = TABLE) -> list[Pair]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [Pair(*row) for row in rows]


def compare(pairs: list[Pair], engine) -> list[Outcome]:
    from triage.engine.narrative import extract, to_intake
    out = []
    for pair in pairs:
        ko, en = extract(pair.korean), extract(pair.english)
        wanted = {k: en.fields[k].value for k in VITALS if k in en.fields}
        missed = tuple(k for k, v in wanted.items()
                       if k not in ko.fields or ko.fields[k].value != v)
        level_ko = engine.suggest(to_intake(ko)).level
        level_en = engine.suggest(to_intake(en)).level
        out.append(Outcome(pair, level_ko, level_en, len(wanted) - len(missed), len(wanted), missed))
    return out


def summary(outcomes: list[Outcome]) -> dict[str, float]:
    same = sum(o.level_ko == o.level_en for o in outcomes)
    read = sum(o.read for o in outcomes)
    written = sum(o.written for o in outcomes)
    return {"pairs": len(outcomes), "same_level": same, "same_level_share": round(same / len(outcomes), 3),
            "vitals_written": written, "vitals_read": read, "vitals_read_share": round(read / written, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rules-only", action="store_true", help="without the text model")
    parser.add_argument("--table", type=Path, default=TABLE, help="pairs table (default: %(default)s)")
    args = parser.parse_args(argv)
    from triage.engine.engine import Engine
    engine = Engine.without_models("bench: rules only") if args.rules_only else Engine.load()
    outcomes = compare(load(args.table), engine)
    result = summary(outcomes)
    if args.json:
        print(json.dumps(result))
        return 0
    for o in outcomes:
        if o.level_ko != o.level_en or o.missed:
            print(f"{o.pair.id}: ko {o.level_ko} en {o.level_en} missed {list(o.missed)}  | {o.pair.korean}")
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
