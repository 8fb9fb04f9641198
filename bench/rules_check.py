"""How well each rule's floor agrees with the KTAS expert level (aggregates only, no rows).

    python -m bench.rules_check [PATH]   (default: ../shared/data/ktas_train.csv)

1. Per rule: how often it fires, the expert levels where it fires, and the floor's precision
   (share of firings whose expert level is at least as urgent as the floor; a floor below the
   expert level is an over-triage the models cannot undo).
2. The combined floor: over-triage, and how many expert level 1-2 cases it alone catches.
3. The floors on top of a nurse-quality predictor: the triage nurse's own level (``KTAS_RN``, read
   here only to judge the rules, never by a model) combined with the floors as the engine does
   (the more urgent of the two), and what removing each rule would change.
4. Lay wording: on the distinct phrases of ``medical_speech_intent.csv``, per symptom prompt,
   which red flags fire and where pain reads as central.
"""

from __future__ import annotations

import csv
import io
import sys
from collections import Counter, defaultdict
from pathlib import Path

from triage.engine.complaint_text import pain_site, red_flags
from triage.training.evaluate import KTAS_LABEL, _Counter, ktas_intake
from triage.engine.rules import RuleResult, evaluate

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
DEFAULT = DATA / "ktas_train.csv"
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
