"""Complaint text: normalise nurse shorthand and lay wording, then find red-flag phrases.

Complaints arrive as triage shorthand ("CP, SOB", "s/p fall", "abd pain", "N/V") and as a
patient's own words ("my chest feels tight and I can't breathe"). ``normalise`` maps both onto
one plain clinical vocabulary so that the red-flag patterns (and the text model) see one
language. ``red_flags`` finds the high-risk presentations of the KTAS / CTAS / ESI references,
skipping phrases that are negated in their clause ("denies chest pain", "no LOC").

Both functions are total: any string (empty, emoji, Korean, 10,000 characters) gives a result.
Korean and mixed Korean-English text is mapped onto the English words first (complaint_korean).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from triage.engine import complaint_korean

KTAS = "KTAS 2016 manual"
CTAS = "CTAS 2016"
ESI = "ESI v4 handbook"

# Nurse shorthand. Matched as whole tokens (not inside words), case-insensitive, optional final dot.
_SHORTHAND: dict[str, str] = {
    "n/v/d": "nausea vomiting diarrhea",
    "n/v": "nausea vomiting",
    "s/p": "after",
    "r/o": "rule out",
    "c/o": "complains of",
    "w/o": "without",
    "w/": "with",
    "h/a": "headache",
    "f/c": "fever chills",
    "c/s": "cough sputum",
    "g/w": "general weakness",
    "y/o": "year old",
    "b/l": "bilateral",
    "o/d": "overdose",
    "cp": "chest pain",
    "dts": "delirium tremens",
    "sob": "shortness of breath",
    "doe": "dyspnea on exertion",
    "abd": "abdominal",
    "abdo": "abdominal",
    "loc": "loss of consciousness",
    "ha": "headache",
    "ant": "anterior",
    "lt": "left",
    "rt": "right",
    "hx": "history of",
    "pmhx": "past history of",
    "pmh": "past history of",
    "sx": "symptoms",
    "fx": "fracture",
    "lac": "laceration",
    "dm": "diabetes",
    "htn": "hypertension",
    "cad": "coronary artery disease",
    "chf": "heart failure",
    "copd": "copd",
    "ckd": "chronic kidney disease",
    "esrd": "end stage renal disease",
    "mvc": "motor vehicle collision",
    "mva": "motor vehicle collision",
    "ams": "altered mental status",
    "gib": "gastrointestinal bleeding",
    "ugib": "upper gastrointestinal bleeding",
    "lgib": "lower gastrointestinal bleeding",
    "gi": "gastrointestinal",
    "brbpr": "bright red blood per rectum",
    "etoh": "alcohol",
    "ivdu": "intravenous drug use",
    "sz": "seizure",
    "resp": "respiratory",
    "hypergly": "hyperglycemia",
    "cva": "stroke",
    "tia": "transient ischemic attack",
    "ich": "intracranial hemorrhage",
    "sah": "subarachnoid hemorrhage",
    "sdh": "subdural hemorrhage",
    "dka": "diabetic ketoacidosis",
    "uri": "upper respiratory infection",
    "uti": "urinary tract infection",
    "dz": "dizziness",
    "lbp": "low back pain",
    "luq": "left upper quadrant abdominal",
    "ruq": "right upper quadrant abdominal",
    "llq": "left lower quadrant abdominal",
    "rlq": "right lower quadrant abdominal",
    "fb": "foreign body",
    "bst": "blood sugar",
    "movt": "movement",
    "afib": "atrial fibrillation",
    "svt": "supraventricular tachycardia",
    "stemi": "st elevation myocardial infarction",
    "nstemi": "non st elevation myocardial infarction",
    "gsw": "gunshot wound",
    "ped": "pedestrian",
    "x1": "once",
    "x2": "twice",
    "x3": "three times",
    "yo": "year old",
    "pt": "patient",
    "sorethroat": "sore throat",
    "rigth": "right",
}

# Ambiguous in lower case ("hi", "od", "pe" are ordinary words), expanded only when written in
# capitals as triage notes do.
_SHORTHAND_UPPER: dict[str, str] = {
    "SI": "suicidal ideation",
    "HI": "homicidal ideation",
    "OD": "overdose",
    "PE": "pulmonary embolism",
    "MI": "myocardial infarction",
    "AMI": "acute myocardial infarction",
    "L": "left",
    "R": "right",
}

# A patient's own words → clinical wording, applied in order after lower-casing. The first item
# lists words one of which must be present, a cheap test that spares most regex passes on long text.
_LAY: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("breath",), r"\b(?:i )?(?:can ?not|can't|cant|unable to|couldn't|could not) (?:take |get |catch )?"
                  r"(?:a |my )?(?:deep )?breath(?:e)?\b", "breathing difficulty"),
    (("breath",), r"\b(?:hard|difficult|trouble|struggling|struggle|hard time|difficulty) "
                  r"(?:in |to )?breath(?:e|ing)?\b", "breathing difficulty"),
    (("breath",), r"\bhardly breath(?:e)?\b", "breathing difficulty"),
    (("breath",), r"\b(?:short|out) of breath\b", "shortness of breath"),
    (("breathless",), r"\bbreathless(?:ness)?\b", "shortness of breath"),
    (("chest",), r"\b(?:my )?chest (?:feels|is|felt) (?:tight|heavy|like pressure|crushing|squeezed)\b",
     "chest tightness"),
    (("chest",), r"\b(?:tight|heavy) chest\b", "chest tightness"),
    (("chest",), r"\b(?:my )?chest (?:hurts|is hurting|aches|is aching)\b", "chest pain"),
    (("heart",), r"\b(?:my )?heart (?:hurts|is hurting|aches|is aching|pain)\b", "chest pain"),
    (("chest", "heart"), r"\b(?:pain|ache|aches|aching|hurts?|hurting|pressure|tightness|squeezing|crushing)"
                         r"(?: [\w']+){0,5} (?:in|on|around|of|below) (?:my |the )?(?:chest|heart)\b",
     "chest pain"),
    (("head",), r"\bhead ?aches?\b", "headache"),
    (("head",), r"\b(?:pain|ache|aching|pressure|throbbing)(?: [\w']+){0,5} (?:in|on|of|around) "
                r"(?:my |the )?head\b", "headache"),
    (("tummy", "stomach", "belly", "gut"), r"\b(?:tummy|stomach|belly|gut) (?:ache|pain|hurts|cramps?)\b",
     "abdominal pain"),
    (("ache",), r"\b(?:stomach|belly|tummy)ache\b", "abdominal pain"),
    (("tummy", "stomach", "belly"), r"\b(?:my )?(?:stomach|belly|tummy) (?:is )?(?:hurting|killing me)\b",
     "abdominal pain"),
    (("head",), r"\b(?:my )?head (?:hurts|is hurting|is killing me|is pounding|pain)\b", "headache"),
    (("worst",), r"\bworst headache (?:of|in) my life\b", "thunderclap headache"),
    (("blood",), r"\b(?:throwing|threw) up blood\b", "hematemesis"),
    (("blood",), r"\bvomit(?:ing|ed)? (?:up )?blood\b", "hematemesis"),
    (("blood",), r"\bcough(?:ing|ed)? (?:up )?blood\b", "hemoptysis"),
    (("stool", "poo"), r"\b(?:black|tarry|black tarry) (?:stool|stools|poo|poop)\b", "melena"),
    (("blood",), r"\bblood in (?:my )?(?:stool|stools|poo|poop)\b", "hematochezia"),
    (("up", "puking", "sick"), r"\b(?:throwing up|threw up|puking|being sick)\b", "vomiting"),
    (("out", "faint"), r"\b(?:passed out|blacked out|fainted|fainting)\b", "syncope"),
    (("head", "dizzy"), r"\b(?:light ?headed(?:ness)?|light headness|dizzy)\b", "dizziness"),
    (("face", "mouth"), r"\b(?:face|mouth) (?:is )?(?:droop(?:ing|y)?|drooped|lopsided)\b", "facial droop"),
    (("slurr",), r"\b(?:slurr(?:ing|ed) (?:my )?(?:speech|words)|speech (?:is )?slurred|words (?:are )?slurred)\b",
     "slurred speech"),
    (("not", "n't", "unable"),
     r"\b(?:can't|cannot|can not|unable to) (?:move|lift|feel) (?:my )?(left|right) (arm|leg|hand|side)\b",
     r"\1 \2 weakness"),
    (("throat", "tongue", "lip"),
     r"\b(?:throat|tongue|lips?) (?:is |are )?(?:closing|closing up|swelling|swollen|swelled)\b",
     "throat swelling"),
    (("die", "kill", "life"),
     r"\b(?:want(?:s)? to die|kill (?:my|him|her|them)sel(?:f|ves)|end (?:my|his|her) life)\b",
     "suicidal ideation"),
    (("too many", "a lot of", "all "),
     r"\b(?:took|swallowed|taken) (?:too many|a lot of|all (?:my|the|of my)) (?:pills|tablets|medication|meds)\b",
     "overdose"),
    (("by a",), r"\b(?:hit|struck) by a (?:car|truck|bus|vehicle)\b", "pedestrian struck"),
    (("crash", "accident"), r"\b(?:car|road|traffic) (?:crash|accident)\b", "motor vehicle collision"),
    (("fell", "fall"),
     r"\b(?:fell|fall|fallen) (?:off|from) (?:a |the )?"
     r"(?:ladder|roof|balcony|window|building|scaffold(?:ing)?|height)\b",
     "fall from height"),
    (("stabbed",), r"\b(?:feels? |felt )?like (?:it's |it is |i'm |i am |i was )?(?:being |been )?stabbed\b",
     "stabbing pain"),
    (("stabbed",), r"\b(?:got |been |was )?stabbed\b", "stab wound"),
    (("shot",), r"\b(?:got |been |was )shot\b", "gunshot wound"),
    (("heart",), r"\b(?:heart (?:is )?(?:racing|pounding|fluttering))\b", "palpitation"),
    (("burning", "feverish", "temperature"), r"\b(?:burning up|feverish|high temperature)\b", "fever"),
    (("fit", "shaking"), r"\b(?:fitting|having a fit|shaking all over)\b", "seizure"),
    (("pregnant",), r"\bpregnant\b", "pregnancy"),
    (("l side",), r"\bl side\b", "left side"),
    (("r side",), r"\br side\b", "right side"),
)

# NCHS reason-for-visit (RFV) titles, as US survey data and EHR exports word them, mapped onto the
# words a triage nurse would write, so that the red flags and the text model see one vocabulary.
# Applied after lower-casing, before the lay wording. Titles already in plain clinical words
# ("Chest pain", "Vomiting") need no entry.
_RFV: tuple[tuple[str, str], ...] = (
    ("chest pain and related symptoms", "chest pain"),
    ("chest discomfort, pressure, tightness", "chest discomfort"),
    ("labored or difficult breathing (dyspnea)", "shortness of breath"),
    ("labored or difficult breathing", "shortness of breath"),
    ("breathing problems, nec", "breathing difficulty"),
    ("abdominal pain, cramps, spasms, nos", "abdominal pain"),
    ("stomach and abdominal pain, cramps", "abdominal pain"),
    ("headache, pain in head", "headache"),
    ("vomiting blood (hematemesis)", "hematemesis"),
    ("blood in stool (melena)", "melena"),
    ("anal-rectal bleeding", "rectal bleeding"),
    ("coughing up blood", "hemoptysis"),
    ("fainting (syncope)", "syncope"),
    ("vertigo - dizziness", "dizziness"),
    ("disorders of speech, speech disturbance", "speech disturbance"),
    ("double vision (diplopia)", "diplopia"),
    ("blindness and half vision", "vision loss"),
    ("cerebrovascular disease", "stroke"),
    ("cardiopulmonary resuscitation", "cpr"),
    ("overdose, intentional", "intentional overdose"),
    ("intentional self-mutilation", "self-harm"),
    ("abnormal pulsations and palpitations", "palpitation"),
    ("nosebleed (epistaxis)", "epistaxis"),
)
_RFV_RE = re.compile("|".join(re.escape(title) for title, _ in sorted(_RFV, key=lambda t: -len(t[0]))))
_RFV_MAP = dict(_RFV)

# SNOMED-style suffixes in exported complaints ("abdominal pain (finding)") carry no meaning.
_NOISE = re.compile(r"\((?:finding|disorder|symptom)\)")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r" ([,;:!?])")
# "x3 days" is a duration ("for 3 days"), "x3" alone a count ("three times").
_DURATION = re.compile(r"\bx ?(\d+) ?(days?|d|hours?|hrs?|h|weeks?|wks?|months?|mo|min(?:utes?)?)\b")
_GLUED_DOT = re.compile(r"\.(?=[a-z])")  # "rt.arm" → "rt. arm"


# A token: letters, digits and slashes ("s/p", "n/v/d") not glued to other word characters, with an
# optional final dot ("ant.", "abd."); a dot before a digit is a decimal point, not an abbreviation.
_TOKEN = re.compile(r"\b(?<!/)([\w/]+)(\.(?!\d))?")


def _expand(table: dict[str, str], *, lower: bool):
    def replace(m: re.Match[str]) -> str:
        word = m.group(1).lower() if lower else m.group(1)
        expansion = table.get(word)
        if expansion is not None:
            return f" {expansion} "
        if "/" in word:  # "CP/SOB", "abd/pelvic": expand each part
            parts = [table.get(part, part) for part in word.split("/")]
            if any(p != q for p, q in zip(parts, word.split("/"))):
                return " / ".join(parts) + (m.group(2) or "")
        return m.group(0)
    return replace


_EXPAND_SHORTHAND = _expand(_SHORTHAND, lower=True)
_EXPAND_UPPER = _expand(_SHORTHAND_UPPER, lower=False)
_LAY_RES = tuple((guard, re.compile(p), repl) for guard, p, repl in _LAY)


def _as_text(text: object) -> str:
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    # Surrogates (from bad decoding) would break later encoding; replace them.
    return text.encode("utf-8", "replace").decode("utf-8")


def normalise(text: str) -> str:
    """Lower-cased complaint with shorthand and lay wording expanded to clinical words.

    Never raises: ``None``, non-strings, emoji, other scripts and very long text all give a string
    (Korean words are mapped onto the English vocabulary first: ``complaint_korean``).
    """
    text = unicodedata.normalize("NFKC", _as_text(text)).replace("’", "'").replace("‘", "'")
    text = complaint_korean.to_english(text)  # Korean words → the same English vocabulary
    text = _TOKEN.sub(_EXPAND_UPPER, text)
    text = text.lower()
    text = _RFV_RE.sub(lambda m: _RFV_MAP[m.group(0)], text)
    text = _NOISE.sub(" ", text)
    text = _GLUED_DOT.sub(". ", text)
    text = _DURATION.sub(r"for \1 \2", text)
    text = _TOKEN.sub(_EXPAND_SHORTHAND, text)
    for guard, pattern, replacement in _LAY_RES:
        if any(word in text for word in guard):
            text = pattern.sub(replacement, text)
    text = text.replace("&", " and ")
    return _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text)).strip()


@dataclass(frozen=True)
class RedFlag:
    """A high-risk presentation found in the complaint text."""

    code: str
    title: str
    level_floor: int
    matched_text: str
    source: str
    question: str = ""  # what the nurse should ask because the floor assumed the worse answer


@dataclass(frozen=True)
class _FlagRule:
    code: str
    title: str
    level_floor: int
    pattern: re.Pattern[str]
    source: str
    requires: re.Pattern[str] | None = None  # must also be present (not negated) in the text
    excludes: re.Pattern[str] | None = None  # a match inside this wider phrase does not count
    # Time-critical presentations ("level 2 if within hours"): the floor holds unless the text
    # says the onset was days ago (then ``old_onset_floor``); with no onset stated it holds and
    # the flag carries ``question`` so the suggestion asks for the onset.
    old_onset_floor: int | None = None
    question: str = ""


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")")


_BREATHING = _rx(r"breathing difficulty", r"shortness of breath", r"dyspn", r"wheez", r"stridor",
                 r"respiratory distress", r"throat swelling", r"hypoxi", r"desaturation")
_PREGNANT = _rx(r"pregnan", r"\d+ ?(?:weeks?|wks?) (?:pregnant|gestation|ga)\b", r"gestation",
                r"\bga \d", r"\bivf\b")
_CHEST_PAIN = _rx(r"(?:anterior |left |right |central |substernal |retrosternal |diffuse )?chest "
                  r"(?:pain|discomfort|tightness|pressure|heaviness)",
                  r"(?:pain|discomfort|tightness|pressure|heaviness),? (?:in the |of the )?chest",
                  r"angina", r"chest tightness")
_NON_CARDIAC_CHEST = _rx(r"chest wall", r"(?:pain|discomfort),? (?:on |of )?(?:the )?chest wall",
                         r"rib",
                         r"chest (?:pain|discomfort) (?:after|from) (?:a )?(?:fall|injury|trauma|contusion)",
                         r"chest (?:injury|trauma|contusion)")

# The onset stated as days (two or more), weeks, months or years ago, or as chronic / gradual:
# outside every treatment window. A single day is not enough (thrombectomy reaches 24 hours).
_OLD_ONSET = _rx(r"for (?:[2-9]|\d\d+|a few|few|several|two|three|four|five|many|multiple) ?"
                 r"(?:days?|d\b|weeks?|wks?|months?|mo\b|years?|yrs?)",
                 r"for (?:a |one |1 ?)?(?:week|wk|month|year|yr)s?\b",
                 r"(?:[2-9]|\d\d+|a few|few|several|two|three|four|five|many) ?"
                 r"(?:days?|weeks?|wks?|months?|years?|yrs?) ago",
                 r"(?:a|one|1) (?:week|month|year) ago", r"since last (?:week|month|year)",
                 r"chronic", r"long[- ]?standing", r"gradual", r"progressive", r"residual",
                 r"old (?:stroke|infarct|weakness|deficit)", r"at (?:his |her |their )?baseline")
# A recent onset stated in the text: keeps a time-critical floor without asking. Words that only
# say "there was an onset" (since, started) do not say when, so they are not here.
_RECENT_ONSET = _rx(r"sudden", r"acute", r"abrupt", r"new\b", r"code stroke", r"this morning", r"today",
                    r"tonight", r"just now", r"hyperacute", r"woke up with", r"last night",
                    r"\d+ ?(?:min|minutes?|hours?|hrs?|h)\b")

# Ordered most urgent first; one RedFlag per code.
_FLAG_RULES: tuple[_FlagRule, ...] = (
    _FlagRule("cardiac_arrest", "Cardiac or respiratory arrest", 1,
              _rx(r"cardiac arrest", r"cardiopulmonary arrest", r"respiratory arrest", r"arrest\b",
                  r"post[- ]?cpr", r"\bcpr\b", r"\brosc\b", r"pulseless", r"not breathing",
                  r"no pulse", r"asystole", r"ventricular fibrillation"), f"{KTAS}; {ESI}"),
    # Someone already needed (or needs) airway or resuscitation: KTAS/CTAS 1, ESI decision point A.
    _FlagRule("resuscitation", "Airway or resuscitation needed", 1,
              _rx(r"intubat", r"\bapnea\b", r"\bapneic\b", r"code blue", r"trauma (?:activation|alert|code)",
                  r"level (?:1|i|one) trauma", r"needs? (?:airway|bagging|bvm)", r"bagging",
                  r"agonal breathing"), f"{KTAS}; {CTAS}; {ESI}",
              excludes=_rx(r"sleep apnea", r"apnea monitor")),
    _FlagRule("status_epilepticus", "Active seizure / status epilepticus", 1,
              _rx(r"status epilepticus", r"(?:active|ongoing|continuous|continuing|repeated|recurrent|"
                  r"prolonged) (?:seizures?|convulsions?)", r"still (?:seizing|convulsing|fitting)",
                  r"seizing", r"convulsing"), f"{KTAS}; {CTAS}"),
    _FlagRule("altered_mental_status", "Altered mental status", 2,
              _rx(r"mental (?:status )?change", r"altered mental", r"altered (?:level of )?consciousness",
                  r"altered mentality", r"confus(?:ed|ion)", r"drowsy", r"disorient", r"letharg",
                  r"obtunded", r"stupor", r"unresponsive", r"unconscious", r"sleeping tendency",
                  r"decreased (?:level of )?consciousness", r"delirium", r"behavior change",
                  r"mental (?:deterioration|decline)", r"confus", r"drowsy mentality",
                  r"delirium tremens"), f"{KTAS}; {CTAS}; {ESI}"),
    # KTAS 2016 / CTAS 2016 neurological deficit: level 2 within the treatment window, 3 beyond
    # it. A triage note often leaves the onset out, so the floor is 2 unless the text says the
    # onset was days ago, and the suggestion asks for the onset (last known well).
    _FlagRule("stroke_signs", "Stroke signs (BE-FAST)", 2,
              _rx(r"hemipares", r"hemipleg", r"(?:left|right|one) (?:side|sided)(?: motor)? weakness",
                  r"(?:left|right) (?:arm|leg|hand|face|facial) (?:weakness|numbness)",
                  r"(?:left|right) (?:sided )?weakness", r"(?:left|right) motor weakness", r"facial droop", r"face droop",
                  r"slurred speech", r"slurring", r"dysarthria", r"aphasia", r"stroke",
                  r"transient ischemic attack", r"sudden (?:numbness|weakness)", r"code stroke",
                  r"speech disturbance"),
              f"{KTAS} / {CTAS} neurological deficit; AHA/ASA BE-FAST", old_onset_floor=3,
              question="Onset of the stroke signs not stated: level 2 assumes within hours — ask when "
                       "the patient was last known well (level 3 if days ago)."),
    _FlagRule("intracranial_bleed", "Intracranial haemorrhage", 2,
              _rx(r"intracranial hemorrhage", r"subarachnoid", r"subdural", r"epidural hematoma",
                  r"head bleed", r"brain bleed", r"cerebral hemorrhage"), ESI),
    _FlagRule("cardiac_chest_pain", "Chest pain, possibly cardiac", 2, _CHEST_PAIN,
              f"{KTAS}; {CTAS}; {ESI}", excludes=_NON_CARDIAC_CHEST),
    _FlagRule("acute_coronary_syndrome", "Acute coronary syndrome", 2,
              _rx(r"myocardial infarction", r"acute coronary", r"\bacs\b", r"\bnstemi\b", r"\bstemi\b",
                  r"heart attack", r"(?:elevated|positive|high|raised|rising|abnormal) (?:troponin|trop)\b",
                  r"\btroponin (?:elevation|leak|positive|rise)", r"st (?:segment )?elevation",
                  r"abnormal (?:ekg|ecg)"), f"{ESI}; {CTAS}"),
    _FlagRule("aortic_dissection", "Possible aortic dissection / aneurysm", 2,
              _rx(r"aortic dissection", r"dissection", r"tearing (?:chest |back )?pain", r"\baaa\b",
                  r"aortic aneurysm"), f"{CTAS}; {ESI}"),
    _FlagRule("pulmonary_embolism", "Possible pulmonary embolism", 2,
              _rx(r"pulmonary embol", r"\bpe\b"), ESI),
    _FlagRule("respiratory_distress", "Respiratory distress / airway threat", 2,
              _rx(r"respiratory distress", r"respiratory failure", r"stridor", r"cyanos", r"cyanotic",
                  r"choking", r"desaturation", r"hypoxi", r"airway (?:obstruction|compromise)",
                  r"foreign body in (?:the )?airway"), f"{KTAS}; {CTAS}"),
    _FlagRule("anaphylaxis", "Anaphylaxis", 2,
              _rx(r"anaphyla", r"throat swelling", r"angioedema", r"(?:tongue|throat|lip) (?:swelling|edema)",
                  r"swelling,? (?:tongue|throat)"), f"{CTAS}; {ESI}; WAO anaphylaxis criteria"),
    _FlagRule("allergy_with_breathing", "Allergic reaction with breathing difficulty", 2,
              _rx(r"allerg", r"urticaria", r"hives", r"(?:bee|wasp|insect) sting", r"sting"),
              f"{CTAS}; WAO anaphylaxis criteria", requires=_BREATHING),
    _FlagRule("suicidal", "Suicidal ideation, attempt or self-harm", 2,
              _rx(r"suicid", r"self[- ]?harm", r"homicidal", r"overdose", r"kill (?:my|him|her)sel",
                  r"intentional (?:ingestion|injury|cut)", r"cutting (?:herself|himself|myself)"),
              f"{ESI}; {CTAS} mental health"),
    # CTAS "violent/homicidal or uncontrolled behaviour → 2"; ESI "danger to self or others".
    _FlagRule("behavioural_danger", "Violent or uncontrolled behaviour", 2,
              _rx(r"violent", r"combative", r"aggressive behaviou?r", r"\baggressive\b", r"threatening",
                  r"uncontroll?able behaviou?r", r"uncooperative and agitated"), f"{CTAS} mental health; {ESI}"),
    _FlagRule("poisoning", "Poisoning / intoxication with drugs", 2,
              _rx(r"poison", r"drug intoxication", r"toxic ingestion", r"ingestion of (?:pills|drug|"
                  r"medication|bleach|chemical|pesticide|paraquat|herbicide)", r"pesticide", r"paraquat",
                  r"carbon monoxide", r"\bco poisoning", r"smoke inhalation"), f"{KTAS}; {CTAS}"),
    _FlagRule("major_trauma", "Major trauma mechanism", 2,
              _rx(r"high[- ]speed", r"rollover", r"ejected", r"ejection", r"pedestrian (?:struck|hit|vs)",
                  r"fall from height",
                  r"(?:fell|fall|jumped|jump) from (?:a |the )?(?:height|"
                  r"\d+(?:st|nd|rd|th)? ?(?:m|meters?|metres?|feet|ft|floors?|stor)|"
                  r"roof|ladder|balcony|building|window|bridge|scaffold)",
                  r"stab(?:bed| wound)", r"gunshot", r"penetrating", r"impalement", r"major trauma",
                  r"multiple trauma", r"polytrauma", r"motorcycle (?:accident|collision|crash)",
                  r"crush injury", r"amputation"), f"{CTAS} mechanism of injury; ACS field triage"),
    _FlagRule("bleeding_in_pregnancy", "Bleeding in pregnancy", 2,
              _rx(r"vaginal (?:bleeding|spotting|hemorrhage)", r"bleeding", r"spotting"),
              f"{CTAS}; {KTAS}", requires=_PREGNANT),
    _FlagRule("ectopic_pregnancy", "Possible ectopic pregnancy / eclampsia", 2,
              _rx(r"ectopic", r"eclampsia", r"placental abruption", r"cord prolapse"), f"{CTAS}; {ESI}"),
    _FlagRule("thunderclap_headache", "Thunderclap headache", 2,
              _rx(r"thunderclap", r"worst headache", r"sudden (?:onset )?(?:severe )?headache",
                  r"headache,? sudden"), f"{CTAS}; {ESI}"),
    _FlagRule("testicular_torsion", "Possible testicular torsion", 2,
              _rx(r"torsion", r"priapism", r"erection,? penile", r"penile erection"), f"{CTAS}; {KTAS}"),
    _FlagRule("diabetic_emergency", "Diabetic emergency (DKA / hypoglycaemia)", 2,
              _rx(r"diabetic ketoacidosis", r"ketoacidosis", r"hyperosmolar", r"hypoglyc",
                  r"low blood sugar"), f"{KTAS}; {CTAS}"),
    _FlagRule("sepsis", "Possible sepsis", 2,
              _rx(r"sepsis", r"septic", r"neutropenic fever", r"febrile neutropenia"), f"{CTAS}; {ESI}"),
    _FlagRule("spinal_cord", "Possible spinal cord compression", 2,
              _rx(r"parapar", r"parapleg", r"quadripleg", r"tetrapleg", r"cauda equina",
                  r"cord compression"), f"{CTAS}; {KTAS}"),
    _FlagRule("hypotension_text", "Hypotension reported", 2,
              _rx(r"hypotension", r"low blood pressure", r"blood pressure,? low",
                  r"(?<!electric )(?<!electrical )shock"),
              f"{KTAS}; {CTAS}"),
    _FlagRule("major_burn", "Airway, electrical or extensive burn", 2,
              _rx(r"inhalation (?:burn|injury)", r"airway burn", r"electrical (?:burn|injury)",
                  r"electrocution", r"electric(?:al)? shock", r"extensive burn", r"major burn",
                  r"burns? (?:to|of) (?:the )?airway"), f"{CTAS}; ABA burn referral criteria"),
    # CTAS 2016 / KTAS 2016 eye complaints: a chemical in the eye needs irrigation now (level 2).
    _FlagRule("chemical_eye", "Chemical exposure to the eye", 2,
              _rx(r"(?:chemical|alkali|alkaline|acid|caustic|bleach|lye|cement|lime|ammonia|solvent|"
                  r"detergent|cleaning (?:agent|product|fluid)|oven cleaner|drain cleaner|pepper spray|"
                  r"mace)(?: \w+){0,3} (?:in|into|to|on|splash(?:ed)? (?:in|into)) (?:the |his |her |my |their |"
                  r"both |left |right |l |r )*eyes?",
                  r"eyes? (?:chemical|alkali|acid|caustic) (?:exposure|burn|injury|splash|contact)",
                  r"chemical (?:eye|ocular|conjunctival|corneal)", r"(?:ocular|corneal) (?:chemical|alkali|acid) "
                  r"(?:burn|injury)"),
              f"{CTAS} / {KTAS} eye: chemical exposure"),
    # CTAS 2016 / KTAS 2016: chemical burns keep burning until washed off; level 2 at any size.
    _FlagRule("chemical_burn", "Chemical burn", 2,
              _rx(r"chemical (?:burn|injury|exposure to (?:the )?skin)", r"(?:acid|alkali|alkaline|caustic|lye|"
                  r"cement|hydrofluoric|hf) burn", r"burn(?:ed|s)? (?:by|from|with) (?:a |an )?(?:chemical|acid|"
                  r"alkali|caustic|lye|cement|bleach)"),
              f"{CTAS} / {KTAS} burns: chemical"),
    # Sudden loss of vision (central retinal artery occlusion, retinal detachment, acute glaucoma,
    # giant cell arteritis, stroke): level 2 within hours, as for a stroke.
    _FlagRule("vision_loss", "Sudden loss of vision", 2,
              _rx(r"(?:loss|lost) of (?:vision|sight|eyesight)", r"(?:vision|visual|sight) loss",
                  r"lost (?:his |her |my |their )?(?:vision|sight|eyesight)", r"blindness", r"went blind",
                  r"blind in (?:one|the|his|her|my|left|right|l|r)", r"half vision", r"amaurosis",
                  r"curtain (?:over|across|coming down)", r"(?:can't|cannot|can not|unable to) see "
                  r"(?:anything|at all|out of)", r"sudden (?:onset (?:of )?)?(?:loss of )?(?:vision|sight)\b"),
              f"{CTAS} / {KTAS} visual disturbance: sudden loss of vision", old_onset_floor=3,
              question="Onset of the vision loss not stated: level 2 assumes it was sudden, within "
                       "hours — ask when it started (level 3 if days ago)."),
    # Diplopia or blurred vision is level 2 only when it is new and sudden (CTAS visual
    # disturbance; BE-FAST "eyes"); otherwise the model decides.
    _FlagRule("acute_visual_disturbance", "Acute visual disturbance", 2,
              _rx(r"diplopia", r"double vision", r"(?:blurred|blurry|decreased|diminished) vision",
                  r"visual disturbance"),
              f"{CTAS} visual disturbance; AHA/ASA BE-FAST", requires=_RECENT_ONSET, old_onset_floor=3),
    # KTAS 2016 / CTAS 2016 eye trauma: penetrating injury or a possible open globe → 2;
    # blunt trauma to the eye → 3 (2 when vision is lost: ``vision_loss``).
    _FlagRule("penetrating_eye_injury", "Penetrating eye injury", 2,
              _rx(r"penetrating (?:eye|ocular|globe)", r"(?:open|ruptured?) globe", r"globe (?:rupture|injury)",
                  r"(?:eye|ocular) (?:penetrat|perforat)", r"(?:stabbed|poked|impaled|pierced) in (?:the |his |her |"
                  r"my )?eye", r"(?:metal|glass|wire|stick|nail|knife|pencil|fish ?hook)(?: \w+){0,2} in "
                  r"(?:the |his |her |my )?eye", r"intraocular foreign body", r"hyphema", r"hyphaema"),
              f"{KTAS} / {CTAS} eye trauma: penetrating"),
    _FlagRule("eye_trauma", "Eye trauma", 3,
              _rx(r"(?:eye|ocular|orbital|globe) (?:trauma|injury|contusion|blow)", r"trauma to (?:the )?eye",
                  r"injury,? (?:other and unspecified,? )?of eye", r"(?:hit|struck|punched|kicked|elbowed) "
                  r"(?:in|on) (?:the |his |her |my )?(?:eye|orbit)", r"blow to (?:the )?eye",
                  r"orbital (?:fracture|floor fracture)", r"black eye", r"bruises? of eye",
                  r"contusions?/abrasions?/bruises? of eye"),
              f"{KTAS} / {CTAS} eye trauma: blunt"),
    _FlagRule("hyperkalemia", "Hyperkalaemia", 2, _rx(r"hyperkal"), CTAS),
    _FlagRule("uncontrolled_bleeding", "Uncontrolled or arterial bleeding", 2,
              _rx(r"uncontrolled bleeding", r"massive bleeding", r"arterial bleeding", r"pulsatile bleeding",
                  r"(?:avf|fistula|shunt) (?:site )?bleeding", r"bleeding (?:from )?(?:avf|fistula|shunt)",
                  r"hemorrhagic shock", r"exsanguinat"), f"{CTAS}; {KTAS}"),
    _FlagRule("head_injury_anticoagulated", "Head injury or fall on anticoagulants", 2,
              _rx(r"head (?:injury|trauma|strike|laceration)", r"hit (?:his |her |my )?head", r"fall",
                  r"fell", r"concussion", r"scalp laceration"),
              f"{CTAS} head injury; NICE CG176", requires=_rx(
                  r"anticoag", r"warfarin", r"coumadin", r"apixaban", r"eliquis", r"rivaroxaban", r"xarelto",
                  r"dabigatran", r"pradaxa", r"edoxaban", r"blood thinner", r"\bdoac\b", r"\bnoac\b")),
    _FlagRule("gi_bleeding", "Gastrointestinal bleeding", 3,
              _rx(r"hematemesis", r"haematemesis", r"melena", r"melaena", r"hematochezia",
                  r"haematochezia", r"gastrointestinal (?:bleed|hemorrhage)", r"bright red blood per rectum",
                  r"coffee ground", r"rectal bleeding", r"anal bleeding", r"blood in (?:the )?(?:stool|vomit)",
                  r"bloody (?:stool|vomit)", r"vomiting blood"),
              f"{KTAS} / {CTAS} GI bleeding (level 2 with abnormal vital signs or consciousness: rules.py)"),
    _FlagRule("hemoptysis", "Haemoptysis", 3,
              _rx(r"hemoptysis", r"haemoptysis", r"blood[- ]tinged sputum", r"bloody sputum"), f"{KTAS}; {CTAS}"),
    _FlagRule("seizure", "Seizure (recovered)", 3,
              _rx(r"seizure", r"convulsion", r"epilep", r"post[- ]?ictal", r"sezure"), f"{KTAS}; {CTAS}"),
)

_NEGATION_WINDOW = 60  # characters, about six words
# Negated or historical ("history of stroke" is not a stroke now), as in NegEx.
_NEGATION = re.compile(r"\b(?:no|not|denies|denied|deny|without|negative for|never|nor|free of|"
                       r"history of|previous|prior)\b")
_CLAUSE_BREAK = re.compile(r"[,;.:!?\n]| but | however | with | presents? | now ")
# "no" in "no longer", "not only" does not negate what follows.
_NOT_NEGATION = re.compile(r"\b(?:no longer|not only|not sure|no better|not improving|not resolving)\b")


def _negated(text: str, start: int) -> bool:
    """A negation word earlier in the same clause, within a few words (NegEx-style window)."""
    window = text[max(0, start - _NEGATION_WINDOW):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    prefix = _NOT_NEGATION.sub(" ", window[breaks[-1].end():] if breaks else window)
    return _NEGATION.search(prefix) is not None


def first_affirmed(pattern: re.Pattern[str], text: str, excludes: re.Pattern[str] | None = None,
                   starts: list[int] | None = None) -> re.Match[str] | None:
    """First match of ``pattern`` in normalised ``text`` that is not negated in its clause
    and not inside a match of ``excludes``; only at ``starts`` when given (see ``red_flags``)."""
    matches = (pattern.finditer(text) if starts is None
               else (m for m in map(lambda s: pattern.match(text, s), starts) if m is not None))
    excluded: list[tuple[int, int]] | None = None
    for m in matches:
        if excludes is not None:
            if excluded is None:
                excluded = [x.span() for x in excludes.finditer(text)]
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in excluded):
                continue
        if not _negated(text, m.start()):
            return m
    return None


_ANY_FLAG_START = re.compile("(?=" + "|".join(rule.pattern.pattern for rule in _FLAG_RULES) + ")")


def _whole_words(text: str, match: re.Match[str]) -> str:
    """The match widened to the end of its last word ("suicid" → "suicidal")."""
    end = match.end()
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[match.start():end].strip()


def _by_onset(rule: _FlagRule, norm: str, floor: int, matched: str) -> tuple[int, str, str]:
    """The floor of a time-critical flag given what the text says about the onset.

    A recent onset (sudden, today, "2 hours") keeps the floor; an onset days ago, with no recent
    one, gives ``old_onset_floor``; no onset, or both, keeps the floor and asks for it.
    """
    recent = first_affirmed(_RECENT_ONSET, norm)
    old = first_affirmed(_OLD_ONSET, norm)
    if old is not None and recent is None:
        return rule.old_onset_floor or floor, f"{matched} + {_whole_words(norm, old)}", ""
    if recent is not None and old is None:
        said = _whole_words(norm, recent)
        return floor, matched if said in matched else f"{matched} + {said}", ""
    if recent is not None:  # both: the safer reading, and ask
        return floor, matched, rule.question or "The onset is unclear: ask when it started."
    return floor, matched, rule.question


def red_flags(text: str, *, normalised: bool = False) -> list[RedFlag]:
    """High-risk presentations named in ``text``, most urgent first.

    A phrase negated within its clause ("denies chest pain", "no LOC") does not count. Each flag
    appears at most once; ``matched_text`` is the normalised phrase that triggered it. Pass
    ``normalised=True`` when ``text`` already comes from ``normalise``. Never raises.
    """
    norm = _as_text(text) if normalised else normalise(text)
    # One pass finds every place where some flag could start; each rule then only tries those.
    starts = [m.start() for m in _ANY_FLAG_START.finditer(norm)]
    if not starts:
        return []
    flags: list[RedFlag] = []
    for rule in _FLAG_RULES:
        m = first_affirmed(rule.pattern, norm, rule.excludes, starts)
        if m is None:
            continue
        matched = _whole_words(norm, m)
        if rule.requires is not None:
            other = first_affirmed(rule.requires, norm)
            if other is None:
                continue
            matched = f"{matched} + {_whole_words(norm, other)}"
        floor, question = rule.level_floor, ""
        if rule.old_onset_floor is not None:
            floor, matched, question = _by_onset(rule, norm, floor, matched)
        flags.append(RedFlag(rule.code, rule.title, floor, matched.strip(), rule.source, question))
    return sorted(flags, key=lambda f: f.level_floor)  # stable: rule order within a level


# --------------------------------------------------------------------------- pain location

_CENTRAL_PAIN = _rx(r"chest", r"abdom", r"epigastr", r"flank", r"quadrant", r"pelvi", r"periumbilical",
                    r"suprapubic", r"headache", r"head pain", r"migrain", r"testi", r"scrot",
                    r"renal colic", r"stomach", r"belly", r"heart", r"internal", r"inside", r"bowel", r"guts?\b",
                    r"menstrual", r"torso", r"appendic", r"kidney", r"bladder", r"uter", r"ovar", r"skull",
                    r"brain", r"lung")
_PERIPHERAL_OVERRIDE = _rx(r"chest wall", r"rib")


def pain_site(text: str, *, normalised: bool = False) -> str | None:
    """'central' (chest, abdomen, head, pelvis — internal organs), 'peripheral', or None if empty.

    KTAS and CTAS grade pain by where it comes from: central pain (from internal organs) is more
    urgent at the same intensity than peripheral pain (skin, joints, limbs). Never raises.
    """
    norm = _as_text(text) if normalised else normalise(text)
    if not norm:
        return None
    for m in _CENTRAL_PAIN.finditer(norm):
        window = norm[max(0, m.start() - 6): m.end() + 6]
        if m.group(0) == "chest" and _PERIPHERAL_OVERRIDE.search(window):
            continue
        if not _negated(norm, m.start()):
            return "central"
    return "peripheral"


# --------------------------------------------------------------------------- vitals in the text

_NUM = r"(\d{1,3}(?:\.\d)?)"
_SEP = r"\s*(?:[:=]|of|is|was)?\s*"
_STATED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sbp", re.compile(r"\b(?:sbp|systolic(?: bp| blood pressure)?|(?:bp|blood pressure))" + _SEP + r"(\d{2,3})\b")),
    ("dbp", re.compile(r"\b(?:bp|blood pressure)" + _SEP + r"\d{2,3} ?/ ?(\d{2,3})\b")),
    ("heart_rate", re.compile(r"\b(?:hr|heart rate|pulse|pr)" + _SEP + r"(\d{2,3})\b")),
    ("resp_rate", re.compile(r"\b(?:rr|respiratory rate|breathing rate)" + _SEP + r"(\d{1,2})\b")),
    ("spo2", re.compile(r"\b(?:spo2|sp ?o2|sao2|o2 sats?|sats?|saturation|saturating|pulse ox(?:imetry)?)" + _SEP
                        + r"(\d{2,3})\b")),
    ("gcs", re.compile(r"\bgcs" + _SEP + r"(\d{1,2})\b")),
    ("temperature_c", re.compile(r"\b(?:t|temp|temperature|bt)" + _SEP + _NUM + r" ?(?:°c|c\b|degrees c)")),
)
_ON_OXYGEN = re.compile(r"\b(?:on (?:oxygen|o2|supplemental oxygen|home oxygen|home o2|\d+ ?(?:l|lpm|liters?)\b|"
                        r"(?:a )?(?:nasal cannula|non[- ]?rebreather|nrb|face ?mask|high[- ]flow|hfnc|bipap|cpap)))")
_AVPU_TEXT = (("V", re.compile(r"\b(?:respond(?:s|ing)? (?:only )?to (?:voice|verbal)|voice responsive|"
                               r"verbal response only|avpu:? ?v)\b")),
              ("P", re.compile(r"\b(?:respond(?:s|ing)? (?:only )?to pain(?:ful stimul\w*)?|pain responsive|"
                               r"avpu:? ?p)\b")))


def stated_vitals(text: str, *, normalised: bool = False) -> dict[str, object]:
    """Vital signs written in the complaint ("SBP 88, HR 118", "SpO2 86 on oxygen", "responds
    to voice"), for a nurse who types them there instead of in the fields.

    Returns only what it read: numbers by field name (``sbp``, ``dbp``, ``heart_rate``,
    ``resp_rate``, ``spo2``, ``gcs``, ``temperature_c``), ``on_oxygen`` True and ``avpu`` "V"/"P".
    Negated mentions ("not on oxygen") are skipped; range checks are the caller's. Never raises.
    """
    norm = _as_text(text) if normalised else normalise(text)
    found: dict[str, object] = {}
    if not any(ch.isdigit() for ch in norm) and "respond" not in norm and "avpu" not in norm:
        return found
    for name, pattern in _STATED:
        m = first_affirmed(pattern, norm)
        if m is not None:
            value = float(m.group(1))
            found[name] = value if name == "temperature_c" else int(value)
    if first_affirmed(_ON_OXYGEN, norm) is not None:
        found["on_oxygen"] = True
    for letter, pattern in _AVPU_TEXT:
        if first_affirmed(pattern, norm) is not None:
            found["avpu"] = letter
    return found

