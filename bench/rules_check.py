"""What the rule floors do on real triage data (aggregates only, no rows).

    python -m bench.rules_check [PATH]            (default: ../shared/data/ktas_train.csv)
    python -m bench.rules_check --nhamcs [PATH]   (default: ../shared/data/nhamcs2010_ed.csv)

KTAS (the expert panel's levels):

1. Per rule: how often it fires, the expert levels where it fires, and the floor's precision
   (share of firings whose expert level is at least as urgent as the floor; a floor below the
   expert level is an over-triage the models cannot undo).
2. The combined floor: over-triage, and how many expert level 1-2 cases it alone catches.
3. The floors on top of a nurse-quality predictor: the triage nurse's own level (``KTAS_RN``, read
   here only to judge the rules, never by a model) combined with the floors as the engine does
   (the more urgent of the two), and what removing each rule would change.
4. Lay wording: on the distinct phrases of ``medical_speech_intent.csv``, per symptom prompt,
   which red flags fire and where pain reads as central.

NHAMCS 2010 (US EDs, the triage nurse's level, rows with ``level_imputed`` = 0): the share of
visits the rules alone call 1-2, their emergent sensitivity (nurse 1-2 → floor ≤ 2) and their
critical-outcome sensitivity (critical care / OR / cath lab or died in the ED → floor ≤ 2), beside
the nurses' own figures, and the same per rule. The floors are not tuned to these numbers: they
come from the manuals (docs/rules.md); this shows what they cost and what they catch.
"""

from __future__ import annotations

import csv
import io
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from triage.engine.complaint_text import pain_site, red_flags
from triage.intake import RANGES, ArrivalMode, Intake, Patient, Sex, Vitals
from triage.training.evaluate import KTAS_LABEL, _Counter, ktas_intake
from triage.engine.rules import RuleResult, evaluate

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
DEFAULT = DATA / "ktas_train.csv"
NHAMCS = DATA / "nhamcs2010_ed.csv"
SPEECH = DATA / "medical_speech_intent.csv"
LEVELS = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5}


def _agreement(pred: list[int], ref: list[int]) -> str:
    n = len(ref)
    exact = sum(p == r for p, r in zip(pred, ref)) / n
    under = sum(p > r for p, r in zip(pred, ref)) / n
    over = sum(p < r for p, r in zip(pred, ref)) / n
    emergent = [p <= 2 for p, r in zip(pred, ref) if r <= 2]
    return (f"exact {exact:.3f}  under-triage {under:.3f}  over-triage {over:.3f}  "
            f"emergent sensitivity {sum(emergent) / len(emergent):.3f}")


def _with_floors(nurse: list[int], results: list[RuleResult], drop: tuple[str, int] | None = None) -> list[int]:
    out = []
    for level, result in zip(nurse, results):
        floors = [r.level_floor for r in result.findings
                  if r.level_floor is not None and (r.code, r.level_floor) != drop]
        out.append(min([level, *floors]))
    return out


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--nhamcs":
        return nhamcs(Path(argv[1]) if len(argv) > 1 else NHAMCS)
    path = Path(argv[0]) if argv else DEFAULT
    text = path.read_bytes().decode("cp1254", errors="replace")
    rows = [r for r in csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
            if (r.get(KTAS_LABEL) or "").strip() in LEVELS]
    bad = _Counter()
    results = [evaluate(ktas_intake(r, bad)) for r in rows]
    expert = [LEVELS[r[KTAS_LABEL].strip()] for r in rows]

    fired: dict[tuple[str, int], Counter[int]] = defaultdict(Counter)
    for result, level in zip(results, expert):
        for reason in result.findings:
            if reason.level_floor is not None:
                fired[(reason.code, reason.level_floor)][level] += 1
    print(f"{path.name}: {len(rows)} cases, expert levels {dict(sorted(Counter(expert).items()))}")
    print(f"{'rule':28} {'floor':>5} {'fires':>5} {'prec':>5}  expert levels where it fires")
    for (code, floor), levels in sorted(fired.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        n = sum(levels.values())
        ok = sum(v for lv, v in levels.items() if lv <= floor)
        print(f"{code:28} {floor:>5} {n:>5} {ok / n:>5.2f}  {dict(sorted(levels.items()))}")

    pairs = [(r.floor, lv) for r, lv in zip(results, expert)]
    with_floor = [(fl, lv) for fl, lv in pairs if fl is not None]
    over = sum(fl < lv for fl, lv in with_floor)
    emergent = [fl for fl, lv in pairs if lv <= 2]
    caught = sum(fl is not None and fl <= 2 for fl in emergent)
    print(f"\ncombined floor: set on {len(with_floor)}/{len(pairs)} cases; equals the expert level on "
          f"{sum(fl == lv for fl, lv in with_floor)}; over-triage {over} ({over / len(with_floor):.1%} of floors, "
          f"{over / len(pairs):.1%} of cases); precision {1 - over / len(with_floor):.3f}")
    print(f"expert level 1-2 cases with a floor ≤ 2: {caught}/{len(emergent)} = {caught / len(emergent):.3f}")
    called = sum(fl is not None and fl <= 2 for fl, _ in pairs)
    print(f"share called 1-2 by the rules alone: {called}/{len(pairs)} = {called / len(pairs):.3f} "
          f"(experts: {sum(lv <= 2 for _, lv in pairs) / len(pairs):.3f})")
    for lv in range(1, 6):
        row = Counter(fl for fl, level in pairs if level == lv)
        print(f"  expert {lv}: floors {dict(sorted(row.items(), key=lambda kv: kv[0] or 9))}")

    nurse_rows = [(LEVELS.get((r.get("KTAS_RN") or "").strip()), res, lv)
                  for r, res, lv in zip(rows, results, expert)]
    nurse_rows = [t for t in nurse_rows if t[0] is not None]
    if nurse_rows:
        nurse, res, ref = (list(x) for x in zip(*nurse_rows))
        base = _with_floors(nurse, res)
        print(f"\nnurse alone      {_agreement(nurse, ref)}")
        print(f"nurse + floors   {_agreement(base, ref)}")
        print("removing one rule from nurse + floors changes (cases): exact, under-triaged")
        for key in sorted(fired, key=lambda k: (k[1], k[0])):
            alt = _with_floors(nurse, res, drop=key)
            d_exact = sum(p == r for p, r in zip(alt, ref)) - sum(p == r for p, r in zip(base, ref))
            d_under = sum(p > r for p, r in zip(alt, ref)) - sum(p > r for p, r in zip(base, ref))
            print(f"  {key[0]:28} {key[1]}  {d_exact:+d}  {d_under:+d}")
    if SPEECH.is_file():
        _speech_check(SPEECH)
    return 0


def _int(value: str | None, name: str | None = None) -> int | None:
    """The number, or None when empty, not a number, or outside the range the intake form
    accepts (``RANGES``: SpO2 0 or RR 0 in the survey are "not measured", as the app reads them)."""
    try:
        number = float(value) if value not in (None, "") else None
    except ValueError:
        return None
    if number is None or (name is not None and not RANGES[name].low <= number <= RANGES[name].high):
        return None
    if name in ("spo2", "resp_rate", "heart_rate", "sbp") and number == 0:
        return None
    return int(number)


def nhamcs_intake(row: dict[str, str]) -> Intake:
    """One NHAMCS row as an Intake (°F → °C; empty = not recorded; no AVPU in the survey)."""
    temp_f = row.get("temperature_f") or ""
    try:
        temp_c = round((float(temp_f) - 32) * 5 / 9, 1) if temp_f else None
    except ValueError:
        temp_c = None
    if temp_c is not None and not RANGES["temperature_c"].low <= temp_c <= RANGES["temperature_c"].high:
        temp_c = None
    oxygen = {"1": True, "0": False}.get(row.get("on_oxygen") or "")
    arrival = {"ambulance": ArrivalMode.AMBULANCE, "walk-in": ArrivalMode.WALK_IN}.get(
        row.get("arrival") or "", ArrivalMode.UNKNOWN)
    sex = {"F": Sex.FEMALE, "M": Sex.MALE}.get(row.get("sex") or "", Sex.UNKNOWN)
    vitals = Vitals(**{name: _int(row.get(name), name) for name in
                       ("heart_rate", "resp_rate", "sbp", "dbp", "spo2", "pain", "gcs")},
                    temperature_c=temp_c, on_oxygen=oxygen)
    return Intake(patient=Patient(age_years=_int(row.get("age_years"), "age_years"), sex=sex),
                  complaint=row.get("complaint") or "", vitals=vitals, arrival_mode=arrival,
                  injury={"1": True, "0": False}.get(row.get("injury") or ""))


def nhamcs(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh)
                if (r.get("level_imputed") or "") == "0" and (r.get("level") or "") in LEVELS]
    nurse = [LEVELS[r["level"]] for r in rows]
    critical = [r.get("icu_or_procedure") == "1" or r.get("died_in_ed") == "1" for r in rows]
    results = [evaluate(nhamcs_intake(r)) for r in rows]
    floors = [res.floor for res in results]
    n = len(rows)

    def rate(hits: list[bool]) -> str:
        return f"{sum(hits)}/{len(hits)} = {sum(hits) / len(hits):.3f}" if hits else "n/a"

    rules_12 = [fl is not None and fl <= 2 for fl in floors]
    print(f"{path.name}: {n} visits with a nurse level (level_imputed = 0), "
          f"{len({r.get('hospital') for r in rows})} hospitals, {sum(critical)} critical outcomes")
    print(f"share called 1-2        rules alone {rate(rules_12)}   nurses {rate([lv <= 2 for lv in nurse])}")
    print(f"emergent sensitivity    rules alone {rate([c for c, lv in zip(rules_12, nurse) if lv <= 2])}")
    print(f"critical sensitivity    rules alone {rate([c for c, k in zip(rules_12, critical) if k])}   "
          f"nurses {rate([lv <= 2 for lv, k in zip(nurse, critical) if k])}")
    print(f"rules floor 1           {rate([fl == 1 for fl in floors])}   nurses "
          f"{rate([lv == 1 for lv in nurse])}")
    print(f"floor set (any level)   {rate([fl is not None for fl in floors])}")
    # GCS 3 is recorded for mostly level 3-5 patients at a few hospitals (a coding artefact, not
    # coma): the same figures with the survey's GCS left out show what it costs.
    no_gcs = [evaluate(replace(i, vitals=replace(i.vitals, gcs=None))).floor
              for i in map(nhamcs_intake, rows)]
    no_gcs_12 = [fl is not None and fl <= 2 for fl in no_gcs]
    print(f"without the GCS column: share 1-2 {rate(no_gcs_12)}; emergent "
          f"{rate([c for c, lv in zip(no_gcs_12, nurse) if lv <= 2])}; critical "
          f"{rate([c for c, k in zip(no_gcs_12, critical) if k])}")
    fired: dict[tuple[str, int], list[tuple[int, bool]]] = defaultdict(list)
    for res, lv, k in zip(results, nurse, critical):
        for reason in res.findings:
            if reason.level_floor is not None and reason.level_floor <= 2:
                fired[(reason.code, reason.level_floor)].append((lv, k))
    print(f"\nfloors 1-2 per rule: fires, share of visits, nurse level ≤ floor, critical outcomes among them")
    for (code, floor), hits in sorted(fired.items(), key=lambda kv: (kv[0][1], -len(kv[1]))):
        agree = sum(lv <= floor for lv, _ in hits) / len(hits)
        crit = sum(k for _, k in hits)
        print(f"  {code:28} {floor}  {len(hits):>5}  {len(hits) / n:>6.3f}  {agree:>5.2f}  {crit:>4} "
              f"({crit / len(hits):.2f})")
    return 0


def _speech_check(path: Path) -> None:
    seen: set[str] = set()
    per_prompt: dict[str, Counter[str]] = defaultdict(Counter)
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            phrase = (row.get("phrase") or "").strip()
            if not phrase or phrase in seen:
                continue
            seen.add(phrase)
            counts = per_prompt[row.get("prompt") or "?"]
            counts["phrases"] += 1
            counts[f"pain {pain_site(phrase)}"] += 1
            for flag in red_flags(phrase):
                counts[flag.code] += 1
    print(f"\n{path.name}: {len(seen)} distinct phrases; per prompt: flags and pain site")
    for prompt, counts in sorted(per_prompt.items()):
        print(f"  {prompt:22} {dict(counts.most_common())}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
