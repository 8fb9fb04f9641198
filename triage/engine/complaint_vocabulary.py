"""One vocabulary for complaints: the NCHS reason-for-visit (RFV) titles and nurse shorthand.

A US survey writes "Abdominal pain, cramps, spasms, NOS" and "Labored or difficult breathing
(dyspnea)"; a triage nurse types "abd pain" and "sob". ``complaint_text.normalise`` already expands
the shorthand ("sob" → "shortness of breath"); this module brings the official titles to the same
plain words ("abdominal pain", "shortness of breath"), so that a text head trained on one wording
reads the other. It is applied to the text-model input only (never to what the rules read), at
training and at inference alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from triage.engine.complaint_text import normalise

# Whole official titles (lower case, as NCHS truncates them) → the words a nurse would write.
_TITLES = {
    "labored or difficult breathing (dyspnea)": "shortness of breath",
    "shortness of breath": "shortness of breath",
    "chest pain and related symptoms": "chest pain",
    "chest discomfort, pressure, tightness": "chest pressure",
    "headache, pain in head": "headache",
    "vertigo - dizziness": "dizziness",
    "fainting (syncope)": "syncope",
    "unconscious on arrival": "unconscious",
    "convulsions": "seizure",
    "throat soreness": "sore throat",
    "earache, pain": "ear pain",
    "earache or ear infection": "ear pain",
    "side pain, flank pain": "flank pain",
    "abnormal pulsations and palpitations": "palpitations",
    "irregular heartbeat": "palpitations",
    "loss of feeling (anesthesia)": "numbness",
    "abnormal sensation (paresthesia)": "tingling",
    "blood in stool (melena)": "blood in stool",
    "anal-rectal bleeding": "rectal bleeding",
    "nosebleed (epistaxis)": "nosebleed",
    "blood in urine (hematuria)": "blood in urine",
    "painful urination": "dysuria",
    "general weakness": "weakness",
    "motor vehicle accident, type": "motor vehicle accident",
    "accident, nos": "accident",
    "injury, multiple or unspecified": "multiple injuries",
    "head cold, upper respiratory": "cold symptoms",
    "suture - insertion, removal": "suture removal",
    "uterine and vaginal bleeding": "vaginal bleeding",
    "spotting, bleeding during pregnancy": "vaginal bleeding in pregnancy",
    "adverse effect of alcohol": "alcohol intoxication",
    "adverse effect of drug abuse": "drug overdose",
    "delusions or hallucinations": "hallucinations",
    "disorders of motor functions": "weakness of limbs",
    "abnormal involuntary movements": "tremor",
    "symptoms of fluid abnormalities": "dehydration",
    "tiredness, exhaustion": "fatigue",
    "for results of blood glucose tests": "blood sugar check",
    "medication, other and unspecified kinds": "medication refill",
    "diminished vision": "decreased vision",
    "retention of urine": "urinary retention",
}
# Boilerplate of the RFV titles, dropped wherever it appears.
_BOILERPLATE = re.compile(
    r",? ache(?:, soreness)?(?:, discomfort)?\b|,? cramps(?:, spasms)?\b|, nos\b|\bnos\b"
    r"|\((?:\w+)\)|, other and unspecified(?: kinds)?\b|\bother and unspecified,?\b|, type\b"
    r"|, site unspecified\b|\band related symptoms\b|\bsymptoms/problems related\b"
    r"|, specified site not referable\b|\breferable\b")
_SPACES = re.compile(r"\s+")


def _part(text: str) -> str:
    low = _SPACES.sub(" ", text.strip().lower())
    if low in _TITLES:
        return _TITLES[low]
    low = _BOILERPLATE.sub("", low)
    low = re.sub(r"\s+,", ",", _SPACES.sub(" ", low)).strip(" ,;-")
    return _TITLES.get(low, low)


@lru_cache(maxsize=20_000)
def model_text(complaint: str) -> str:
    """What the text model reads: ``complaint`` with RFV titles in plain words, then normalised.

    "Abdominal pain, cramps, spasms, NOS" and "abd pain" both become "abdominal pain";
    "Chest pain; Shortness of breath" becomes "chest pain; shortness of breath"."""
    parts = [p for p in (complaint or "").split(";") if p.strip()]
    return normalise("; ".join(_part(p) for p in parts)) if parts else normalise(complaint or "")
