"""Free-text de-identification: recall per kind of identifier, false positives on clinical words, speed.

Run: ``python -m bench.bench_deid [--notes 250] [--seed 11] [--baselines]``. The corpus comes from
``bench/deid_corpus.py`` (generated, seeded, fake names). An identifier counts as caught only when
every letter and digit of it lies inside something the scrubber replaced; a clinical phrase is a
false positive when anything inside it is replaced. Targets (issue 11): recall ≥ 0.99 overall and
1.0 on the patient's own name, MRN, phone and birth date.

``--baselines`` also measures, on the same corpus, Presidio's stock recognizers (phone, IP, URL,
date, and the patient's name parts as a deny list; no NER model, since one cannot be downloaded)
and the regex scrubber this replaced, when given ``--legacy module:function``.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

from bench.deid_corpus import KINDS, Note, generate

OWN = ("patient name", "own mrn", "own phone", "birth date")
Finder = Callable[[Note], list[tuple[int, int]]]


def chosen_finder() -> Finder:
    from triage.deid_text import TextScrubber

    scrubber = TextScrubber()
    scrubber.find("Warm-up: Maria seen by Dr Okafor.")  # build the analyzer (imports spaCy) outside the timing
    find = lambda note: [(f.start, f.end) for f in scrubber.find(note.text, note.known)]  # noqa: E731
    # As an export runs it: the notes in batches (the NER through nlp.pipe), timed below per note.
    find.many = lambda notes: [[(f.start, f.end) for f in fs]  # type: ignore[attr-defined]
                               for fs in scrubber.find_many([(n.text, n.known) for n in notes])]
    return find


def one_at_a_time_ms(notes: list[Note]) -> float:
    """Per note, each note alone through a fresh scrubber (no batch, no memo): a single text's cost."""
    from triage.deid_text import TextScrubber

    scrubber = TextScrubber(cache_size=0)
    scrubber.find(notes[0].text)
    t = time.perf_counter()
    for n in notes:
        scrubber.find(n.text, n.known)
    return (time.perf_counter() - t) * 1000 / len(notes)


def stock_presidio_finder() -> Finder:
    """Presidio's own recognizers, blank spaCy (no model), the patient's values as a deny list."""
    import spacy
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (DateRecognizer, IpRecognizer, PhoneRecognizer,
                                                          UrlRecognizer)

    class Blank(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    nlp = Blank(models=[{"lang_code": "en", "model_name": "blank"}])
    nlp.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    for r in (PhoneRecognizer(), IpRecognizer(), UrlRecognizer(), DateRecognizer()):
        registry.add_recognizer(r)
    analyzer = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])

    def find(note: Note) -> list[tuple[int, int]]:
        words = sorted({w for n in note.known.names + note.known.numbers for w in n.replace("-", " ").split()
                        if len(w) > 1})
        deny = [PatternRecognizer(supported_entity="PERSON", deny_list=words, name="known")]
        return [(r.start, r.end) for r in analyzer.analyze(note.text, language="en", ad_hoc_recognizers=deny)]

    return find


def legacy_finder(spec: str) -> Finder:
    """A text-in, text-out scrubber: the spans it changed, found by aligning input and output."""
    import difflib

    module, _, name = spec.partition(":")
    scrub = getattr(importlib.import_module(module), name)

    def find(note: Note) -> list[tuple[int, int]]:
        known = [v for v in note.known.names + note.known.numbers + note.known.phones]
        out = scrub(note.text, known)
        matcher = difflib.SequenceMatcher(None, note.text, out, autojunk=False)
        return [(i1, i2) for op, i1, i2, _, _ in matcher.get_opcodes() if op in ("replace", "delete")]

    return find


# Courtesy titles and clinical roles written before a name. The corpora differ on whether such a
# title is part of the name (corpora D and E put "Dr." inside the marked name, F leaves it out, as the
# i2b2 de-identification guidelines do); a title is not an identifier, so one left before a removed
# name does not count as a miss. Written for the bench, from common usage, not from the scrubber.
TITLES_NOT_COUNTED = frozenset("""
dr drs doctor dra dott dott.ssa doc prof professor mr mrs ms miss mx sr sra srta sister nurse rn np md
paramedic medic emt officer rev fr pastor chief sgt cpl herr frau mme mlle m sig sig.ra senor señor senora
señora don dona doña pak bu ibu bapak ns en encik puan cik kak bi mzee ato w/ro khun ustaz alhaji hajiya
sheikh dokter likar лікар врач эмч д-р med δρ κ κα κος አቶ ወ/ሮ دکتر ڈاکٹر الدكتور د
""".split())


def _covered(spans: list[tuple[int, int]], text: str, start: int, end: int, strict: bool = False) -> bool:
    """Every letter and digit of ``text[start:end]`` is inside a found span; unless ``strict``, the
    titles before the name (``TITLES_NOT_COUNTED``) may stay."""
    inside = [False] * (end - start)
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            inside[i - start] = True
    if not strict:
        i = start
        while True:
            m = _LEAD_WORD.match(text, i, end)
            if not m or m.group(1).lower().rstrip(".,") not in TITLES_NOT_COUNTED or m.end() >= end:
                break
            for k in range(m.start(), m.end()):
                inside[k - start] = True
            i = m.end()
    return all(ok for ok, c in zip(inside, text[start:end]) if c.isalnum())


_LEAD_WORD = re.compile(r"(\S+)\s+")


def _touched(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and e > start for s, e in spans)


def evaluate(name: str, finder: Finder, notes: list[Note], show_misses: int = 0) -> dict:
    caught: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    clinical: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses, false_pos = [], []
    strict_hits = 0
    t = time.perf_counter()
    many = getattr(finder, "many", None)
    found = many(notes) if many else [finder(n) for n in notes]
    ms_per_note = (time.perf_counter() - t) * 1000 / len(notes)
    for note, spans in zip(notes, found):
        for p in note.planted:
            ok = _covered(spans, note.text, p.start, p.end)
            strict_hits += _covered(spans, note.text, p.start, p.end, strict=True)
            caught[p.category][0] += ok
            caught[p.category][1] += 1
            if not ok:
                misses.append((p.category, p.value, note.text))
        for c in note.clinical:
            hit = _touched(spans, c.start, c.end)
            clinical[c.category][0] += hit
            clinical[c.category][1] += 1
            if hit:
                false_pos.append((c.category, c.value, note.text))
    total = sum(v[1] for v in caught.values())
    hits = sum(v[0] for v in caught.values())
    fp_n = sum(v[1] for v in clinical.values())
    fp = sum(v[0] for v in clinical.values())
    print(f"\n== {name}: {len(notes)} notes, {total} planted identifiers, {fp_n} clinical phrases")
    print(f"{'kind':<18}{'planted':>8}{'caught':>8}{'recall':>8}")
    for kind in [*KINDS, *sorted(set(caught) - set(KINDS))]:
        k, n = caught.get(kind, [0, 0])
        if not n:
            continue
        mark = "  (target 1.0)" if kind in OWN else ""
        print(f"{kind:<18}{n:>8}{k:>8}{(k / n if n else float('nan')):>8.3f}{mark}")
    print(f"{'overall':<18}{total:>8}{hits:>8}{hits / total:>8.3f}  (target >= 0.99)")
    print(f"{'  titles counted':<18}{total:>8}{strict_hits:>8}{strict_hits / total:>8.3f}  (a title left before a "
          "removed name counted as a miss)")
    print(f"\n{'clinical phrase':<18}{'phrases':>8}{'altered':>8}{'FP rate':>8}")
    for kind in sorted(clinical):
        k, n = clinical[kind]
        print(f"{kind:<18}{n:>8}{k:>8}{k / n:>8.3f}")
    print(f"{'overall':<18}{fp_n:>8}{fp:>8}{fp / fp_n:>8.3f}")
    mean = sum(len(n.text) for n in notes) / len(notes)
    if many:
        print(f"speed: {ms_per_note:.2f} ms per note in batches, as an export runs it (target <= 2); "
              f"{one_at_a_time_ms(notes):.2f} ms one at a time (mean {mean:.0f} chars)")
    else:
        print(f"speed: {ms_per_note:.2f} ms per note (mean {mean:.0f} chars)")
    for kind, value, text in misses[:show_misses]:
        print(f"  missed {kind}: {value!r} in {text!r}")
    for kind, value, text in false_pos[:show_misses]:
        print(f"  altered {kind}: {value!r} in {text!r}")
    own = all(caught[k][0] == caught[k][1] for k in OWN if k in caught)
    return {"recall": hits / total, "own_complete": own, "fp_rate": fp / fp_n, "ms_per_note": ms_per_note}


def real_text_false_positives(data_dir: Path, show: int = 0) -> None:
    """How many real, already de-identified complaint texts the scrubber alters (each alteration is a
    false positive: these data sets carry no names, dates or contact details). Counts only: rows of
    the shared data are never printed unless ``--show`` asks for a few, and never written anywhere."""
    import csv as csvmod

    from triage.deid_text import TextScrubber

    sources = {
        "ktas_train.csv (Chief_complain)": ("ktas_train.csv", "Chief_complain", "cp1254", ";"),
        "nhamcs2010_ed.csv (complaint)": ("nhamcs2010_ed.csv", "complaint", "utf-8", ","),
        "medical_speech_intent.csv (phrase)": ("medical_speech_intent.csv", "phrase", "utf-8", ","),
    }
    scrubber = TextScrubber()
    print(f"\n{'real text (distinct values)':<38}{'texts':>7}{'altered':>9}{'rate':>8}{'ms/text':>9}")
    for label, (name, column, encoding, sep) in sources.items():
        path = data_dir / name
        if not path.exists():
            print(f"{label:<38} (not found: {path})")
            continue
        with open(path, encoding=encoding, newline="") as fh:
            texts = sorted({row[column].strip() for row in csvmod.DictReader(fh, delimiter=sep) if row.get(column)})
        t = time.perf_counter()
        altered = [(x, scrubber.scrub(x)) for x in texts]
        ms = (time.perf_counter() - t) * 1000 / max(1, len(texts))
        altered = [(a, b) for a, b in altered if a != b]
        print(f"{label:<38}{len(texts):>7}{len(altered):>9}{len(altered) / max(1, len(texts)):>8.3f}{ms:>9.2f}")
        for a, b in altered[:show]:
            print(f"    {a!r} -> {b!r}")


ADVERSARIAL = {  # 10,000 characters each (the intake limit): shapes that made a pattern backtrack
    "digits and spaces": "1 " * 5000, "dotted digits": "1.2." * 2500, "dates": "7 March 1931 " * 770,
    "titles": "Dr Ab " * 1700, "letters": "a" * 10000, "at signs": "a@" * 5000, "url path": "http://" + "a/" * 4996,
}


def adversarial_speed() -> None:
    """Worst cases for the regular expressions: a quadratic pattern shows here as seconds."""
    from datetime import date

    from triage.deid_text import KnownIdentifiers, TextScrubber

    known = KnownIdentifiers(names=("José Álvarez-Quintana",), numbers=("HX-4471982",), phones=("(617) 555-0142",),
                             dates=(date(1931, 3, 7),))
    scrubber = TextScrubber()
    print(f"\n{'adversarial text (10,000 chars)':<34}{'ms':>8}")
    for name, text in ADVERSARIAL.items():
        t = time.perf_counter()
        scrubber.find(text[:10000], known)
        print(f"{name:<34}{(time.perf_counter() - t) * 1000:>8.0f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=250)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--baselines", action="store_true")
    ap.add_argument("--legacy", default="", help="module:function of a text scrubber to compare")
    ap.add_argument("--show", type=int, default=10, help="print this many misses and false positives")
    ap.add_argument("--real-data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data",
                    help="folder of the shared, de-identified data sets for the real-text false-positive count")
    args = ap.parse_args(argv)
    notes = generate(args.seed, args.notes)
    t = time.perf_counter()
    finder = chosen_finder()
    print(f"analyzer ready in {time.perf_counter() - t:.2f} s")
    result = evaluate("triage.deid_text (Presidio, local recognizers)", finder, notes, args.show)
    if args.baselines:
        evaluate("Presidio stock recognizers, blank spaCy, known values as deny list", stock_presidio_finder(),
                 notes)
    if args.legacy:
        evaluate(f"legacy {args.legacy}", legacy_finder(args.legacy), notes)
    from bench.deid_heldout import notes as heldout_notes

    evaluate("hand-written notes in other styles (bench/deid_heldout.py)", finder, heldout_notes(), args.show)
    from bench.deid_styles import notes as styles_notes

    styles = evaluate("second corpus: other styles and languages, frozen first (bench/deid_styles.py)", finder,
                      styles_notes(), args.show)
    from bench.deid_heldout_c import notes as third_notes

    evaluate("third corpus: ten settings, now a development set (bench/deid_heldout_c.py)", finder,
             third_notes(), args.show)
    from bench.deid_heldout_d import notes as fourth_notes

    evaluate("fourth corpus: fourteen settings, now a development set (bench/deid_heldout_d.py)",
             finder, fourth_notes(), args.show)
    from bench.deid_heldout_e import notes as fifth_notes

    evaluate("fifth corpus: written after the fourth's rules, frozen first, not yet in the targets "
             "(bench/deid_heldout_e.py)", finder, fifth_notes(), args.show)
    from bench.deid_heldout_f import notes as sixth_notes

    evaluate("sixth corpus: blind at stop 32 (0.808), a development set since stop 33 (bench/deid_heldout_f.py)",
             finder, sixth_notes(), args.show)
    from bench.deid_heldout_g import notes as seventh_notes

    evaluate("seventh corpus: blind at stop 34 (0.782), a development set since (bench/deid_heldout_g.py)",
             finder, seventh_notes(), args.show)
    from bench.deid_heldout_h import notes as eighth_notes

    evaluate("eighth corpus: blind at stop 34 (0.807, then 0.835), a development set since stop 35 "
             "(bench/deid_heldout_h.py)", finder, eighth_notes(), args.show)
    from bench.deid_heldout_i import notes as ninth_notes

    # Blind: written without reading the recognisers and run at stop 35 for aggregates only (0.827 on
    # stop 34's main, 0.854 at the end of stop 35); its misses are never printed, so no rule is written for them.
    evaluate("ninth corpus: blind, run at stop 35 for aggregates only (bench/deid_heldout_i.py)",
             finder, ninth_notes(), 0)
    real_text_false_positives(args.real_data, args.show)
    adversarial_speed()
    ok = result["recall"] >= 0.99 and result["own_complete"] and styles["recall"] >= 0.99 \
        and result["fp_rate"] == 0 and styles["fp_rate"] == 0
    print("\ntargets met" if ok else "\nTARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
