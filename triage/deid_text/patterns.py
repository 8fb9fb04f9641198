"""The shapes of identifiers in triage free text, as data: word lists and regular expressions.

Kept apart from the engine so a reviewer can read what is looked for, and what is deliberately
kept (clinical eponyms, vital signs, durations), in one place. Every pattern runs on accent-folded
text (``folding.fold``) with the ``regex`` module, which Presidio uses and which bounds each match
by a timeout.
"""

from __future__ import annotations

# ----------------------------------------------------------------------------------- names

# Words before a person's name: titles (case as written) and the people around a patient.
TITLES = ("Dr", "Doctor", "Prof", "Professor", "Mr", "Mrs", "Ms", "Miss", "Mx", "Sister", "Nurse",
          "Matron", "Rev", "Fr", "Sir", "Dame", "Mme", "Mlle", "M", "Herr", "Frau", "Sr", "Sra",
          "Senor", "Senora", "Sig", "Dott", "Paramedic", "Officer", "PC", "Sgt", "Consultant",
          "Registrar", "Midwife", "Dra")
RELATIONS = (
    "wife", "husband", "partner", "spouse", "son", "daughter", "mother", "mum", "mom", "mam",
    "father", "dad", "brother", "sister", "sibling", "grandson", "granddaughter", "grandmother",
    "grandfather", "grandma", "grandpa", "gran", "granny", "nan", "nana", "niece", "nephew", "aunt",
    "auntie", "uncle", "cousin", "friend", "neighbour", "neighbor", "carer", "caregiver",
    "guardian", "fiance", "fiancee", "boyfriend", "girlfriend", "stepson", "stepdaughter",
    "stepmother", "stepfather", "son-in-law", "daughter-in-law", "mother-in-law", "father-in-law",
    "brother-in-law", "sister-in-law", "flatmate", "roommate", "housemate", "landlord", "landlady",
    "colleague", "employer", "boss", "teacher", "social worker", "key worker", "support worker",
    "NOK", "next of kin", "contact", "emergency contact", "GP", "physician", "surgeon", "dentist",
    "pharmacist", "physio", "physiotherapist", "therapist", "psychiatrist", "consultant",
    "registrar", "resident", "intern", "attending", "paramedic", "midwife", "health visitor",
    "interpreter", "translator", "chaplain", "solicitor", "lawyer")
# Verbs and phrases after which a capitalised word is a person.
LEADS = ("accompanied by", "brought in by", "brought by", "escorted by", "seen by", "reviewed by",
         "assessed by", "examined by", "triaged by", "referred by", "discussed with", "spoke to",
         "spoke with", "speaking to", "d/w", "informed", "called", "named", "known as", "aka",
         "a.k.a.", "c/o", "care of", "signed", "per", "by", "cc", "attn", "name is", "alias", "signed by")
# Not leads, measured: "with", "for", "and", "to", "from" and "patient" put a capitalised drug or
# anatomy word ("and Tylenol", "with Cruciate ligament", "for L-tube") in the name's place in real
# complaint texts (bench/bench_deid.py, real-text false positives).
# Between a relation word and the name: "daughter, Maria", "daughter (Maria)", "daughter named Maria".
LINKS = ("named", "called", "name is", "is", "whose name is", "-", ":", ",", "(")
# Particles inside a surname ("van der Berg", "de la Cruz").
PARTICLES = ("van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le", "bin",
             "ibn", "al", "el", "ten", "ter", "dos", "das", "y", "st", "st.")

# Clinical eponyms: a disease named after a person is not the person. Kept when followed by
# "'s" or one of EPONYM_FOLLOWERS, and never taken as a name after a lead word.
EPONYMS = frozenset("""
addison alzheimer asperger baker barrett bartter behcet bell bowen brugada buerger burkitt charcot
colles conn creutzfeldt crohn cushing dandy danlos de_quervain down dressler dupuytren ehlers ewing
fallot graves guillain barre hashimoto henoch hirschprung hirschsprung hodgkin horner huntington
jakob kaposi kawasaki kernig korsakoff lyme mallory marfan meckel meniere munchausen murphy osgood
paget parkinson perthes peyronie raynaud reiter reye schlatter schonlein sjogren stevens johnson
still takayasu tietze tourette turner virchow von_willebrand weiss wernicke whipple wilms wilson
wolff white brudzinski babinski glasgow apgar wells centor lachman mcmurray phalen tinel homan
homans trendelenburg valsalva heimlich seldinger foley guedel yankauer epley dix hallpike rovsing
cullen grey_turner kussmaul cheyne stokes battle beck tzanck auspitz koebner nikolsky
alvarado blatchford rockall killip epworth caprini mcisaac ranson padua framingham blumberg
""".split())
EPONYM_FOLLOWERS = frozenset("""
disease syndrome palsy sign signs test score scale criteria rule rules manoeuvre maneuver
fracture lymphoma sarcoma tumour tumor ulcer ulcers triad phenomenon disorder reflex position
catheter airway procedure law's law type chorea dementia crisis paralysis's paralysis tremor
""".split())

# Capitalised words that follow a lead or a relation word yet are not names.
NOT_NAMES = frozenset("""
a an the he she they it his her their its him them this that these those there here who which
patient pt pts ambulance ems paramedics paramedic police fire crew staff team ed ae a&e er icu
itu hdu ccu resus triage ward theatre theatres gp ooh nhs 111 999 911 cardiology medicine surgery
surgeons orthopaedics orthopedics ortho neurology neuro paediatrics pediatrics peds psychiatry
psych obstetrics gynaecology gynecology obs gynae urology ent ophthalmology radiology xray x-ray ct
mri ecg ekg echo labs bloods pharmacy physio ot salt dietitian security reception admin clinic
hospital home care nursing residential community mental health services service social team
on-call oncall registrar consultant reg sho fy1 fy2 f1 f2 st1 st2 st3 ct1 ct2 house officer
attending resident intern nurse nurses doctor doctors dr drs mr mrs ms staff charge sister
monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow morning
evening night am pm january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec
no none nil not yes unknown nkda nka na n/a ok i i'm i've i'd i'll we you me my our your
iv im po sc pr ng peg picc o2 oxygen nebs neb salbutamol paracetamol ibuprofen morphine
rapid fast slow mild moderate severe acute chronic sudden left right bilateral
""".split())

# ----------------------------------------------------------------------------------- dates

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d|\d\d)"
LONG_YEAR = r"(?:1[89]\d\d|20\d\d)"
_SEP = r"[\s./-]*"
DATE_PATTERNS = (
    # 7th March 1951, 7 Mar 51, 7-Mar-1951, 7th of March, 1951
    ("day month year", rf"(?i)\b{DAY}(?:\s+of)?{_SEP}{MONTH},?{_SEP}{YEAR}\b"),
    # March 7th, 1951 / Mar 7 1951 / March 7th 51
    ("month day year", rf"(?i)\b{MONTH}{_SEP}{DAY},?[\s./-]+{YEAR}\b"),
    # 07/03/1951, 7.3.51, 03-07-1951 (day/month order cannot be told; both are dates)
    ("numeric", r"\b(?:3[01]|[12]\d|0?[1-9])[/.-](?:3[01]|[12]\d|0?[1-9])[/.-](?:1[89]\d\d|20\d\d|\d\d)\b"),
    # 1951-03-07, 1951/3/7, 1951.03.07
    ("iso", r"\b(?:1[89]\d\d|20\d\d)[/.-](?:1[0-2]|0?[1-9])[/.-](?:3[01]|[12]\d|0?[1-9])(?:[T ]\d\d:\d\d(?::\d\d)?)?\b"),
    # 19510307
    ("compact", r"\b(?:1[89]\d\d|20\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"),
    # "on 7th March", "7 May" (a day and a month without a year); month capitalised, so "2 may" stays
    ("day month", r"\b" + DAY + r"(?:\s+of)?[\s-]+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?"
                  r"|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"),
    ("month day", r"\b(?:January|February|March|April|June|July|August|September|October|November|December"
                  r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+" + DAY + r"\b(?![:.]?\d)"),
    # March 1951, Mar-1951
    ("month year", rf"(?i)\b{MONTH}[\s,./-]+{LONG_YEAR}\b"),
    # born 1951, DOB 1951, b. 1951, year of birth 1951: the year of birth gives the age away
    ("birth year", rf"(?i)(?<=\b(?:born(?:\s+in)?|dob|d\.o\.b\.?|b\.|year\s+of\s+birth|yob)[\s:]*){LONG_YEAR}\b"),
)

# ----------------------------------------------------------------------------------- ages over 89

_OLD = r"(?:9\d|1[0-2]\d)"
_OLD_WORDS = (r"(?:ninety|one\s+hundred(?:\s+and)?)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|"
              r"nine|ten|eleven|twelve))?")
AGE_PATTERNS = (
    ("n-year-old", rf"(?i)\b(?:{_OLD}|{_OLD_WORDS})[\s-]*(?:years?|yrs?|y)[\s-]*(?:old|o\b)"),
    ("n yo", rf"(?i)\b{_OLD}\s*(?:y/o|yo|yrs?|years?|y)\b(?!\s*(?:ago|later|since|earlier|before))"),
    ("aged n", rf"(?i)\b(?:aged?|age:|age\s+of)\s*{_OLD}\b"),
    ("n words", rf"(?i)\b{_OLD_WORDS}[\s-]+years?\b"),
    ("nonagenarian", r"(?i)\b(?:nonagenarian|centenarian|supercentenarian)s?\b"),
)

# ----------------------------------------------------------------------------------- contact and places

EMAIL = r"(?i)[\w.+%-]+@[\w-]+(?:\.[\w-]+)+"
URL = r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]]"
# Starts only where a chain of labels starts ("(?<![\w.-])"), so "1.2.1.2..." is read once, not
# once per position (that was quadratic: 40 s on 10,000 characters).
DOMAIN = (r"(?i)(?<![\w.-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
          r"\.(?:com|org|net|edu|gov|nhs\.uk|co\.uk|org\.uk|ac\.uk|uk|us|ca|au|de|fr|nl|ie|io|info)\b(?:/[^\s]*)?")
IPV4 = r"\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b(?::\d{1,5})?"
IPV6 = r"(?i)(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?:(?::[0-9a-f]{1,4}){0,6})(?![\w:])"
# Seven or more digits with the usual separators; shorter runs are vital signs ("120/80").
# Between two digits: nothing, one space or dash, a dot inside the number, or a bracket ("(555) 867").
# Never ". " — that is the end of a sentence, and the next number is something else.
# A slash only with spaces around it ("0 7700 / 900461"): "120/80 88" is a blood pressure and a rate.
_DIGIT_SEP = r"(?:\)[ \t]?|[ \t]?\(|[ \t]?-[ \t]?|[ \t]/[ \t]|[ \t]|\.(?=\d))?"
PHONE_DIGITS = r"(?<![\w.])\+?\(?\d(?:" + _DIGIT_SEP + r"\d){6,}(?!\w|\.\d)"

STREET_TYPES = ("Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Av|Drive|Dr|Close|Cl|Court|Ct|Way|Crescent|Cres"
                "|Place|Pl|Terrace|Terr|Boulevard|Blvd|Square|Sq|Gardens|Gdns|Grove|Gr|Hill|Park|Parkway"
                "|Pkwy|Row|Walk|Mews|Highway|Hwy|Circle|Cir|Trail|Trl|Rise|View|Green|Vale|Wharf|Yard"
                "|Parade|Esplanade|Quay|Alley|Loop|Path|Pike|Point|Ridge|Run|Cottages|Villas|Heights|Towers|Mansions"
                "|Buildings|Flats")
_CAP = r"\p{Lu}[\p{L}'-]*"
STREET_TYPES_PLAIN = ("Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Court|Crescent|Terrace|Boulevard|Blvd|Gardens"
                      "|Mews|Drive|Parade|Square")
ADDRESS_PATTERNS = (
    # 14 Larkspur Lane[, Apt 3][, Hollowbrook]; Flat 2, 9 Mill Road
    ("street", r"(?:\b(?:Flat|Apt|Apartment|Unit|Suite)\.?\s*\w+,?\s*)?\b\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?,?\s+"
               rf"(?:{_CAP}\s+){{0,3}}{_CAP}\s+(?:{STREET_TYPES})\b\.?"
               r"(?:,?\s*(?:Apt|Flat|Unit|Suite|#)\.?\s*\w+)?"
               rf"(?:,\s*{_CAP}(?:\s+{_CAP}){{0,2}}(?=\s*(?:[,.;)]|\s+[A-Z]{{1,2}}\d|\s+\d|$)))?"),
    # rue de la Paix 12 / 12 rue de la Paix / Hauptstrasse 5 / calle Mayor 3
    ("street, other languages", r"(?i)\b(?:\d{1,4},?\s+)?(?:rue|avenue|boulevard|chemin|allee|place|viale|"
                                r"piazza|calle|avenida|rua|strasse|straat|weg)\s+(?:(?:de|du|des|la|le|del|della|"
                                r"di|da|do|van|der)\s+)*\p{L}[\p{L}'-]+(?:\s+\d{1,4}\w?)?"),
    ("street, suffix", r"\b\p{Lu}\p{Ll}+(?:strasse|str\.|weg|gasse|platz|allee|straat|laan|gracht|vej|gatan|gata"
                       r"|veien|vegen|gaten|gade|katu|tie|utca|ulica)"
                       r"\s*\d{1,4}\w?\b(?:,\s*\p{Lu}[\p{L}'-]+(?:[\s-]+\p{Lu}[\p{L}'-]+){0,2}(?=\s*(?:[,.;)]|$)))?"),
    # Kingsmead Court[, Ashby]; Main St, Ballyvourney: no house number, so only unambiguous street types
    ("street, no number", rf"\b(?:{_CAP}\s+){{1,3}}(?:{STREET_TYPES_PLAIN})\b\.?(?=\s*(?:[,.;)]|$))"
                          rf"(?:,\s*{_CAP}(?:\s+{_CAP}){{0,2}}(?=\s*(?:[,.;)]|\s+[A-Z]{{1,2}}\d|\s+\d|$)))?"),
    # via Roma 12: "via" is also the route of administration ("O2 via NC", "via PEG"), so an Italian
    # street needs a capitalised word that is not a route or an acronym, and a house number.
    ("street, via", r"\b(?:\d{1,4},?\s+)?[Vv]ia\s+(?!(?:IV|IM|PO|SC|SL|PR|IO|NG|NJ|OG|PEG|PICC|ETT|NC|NRB|NIV|PCA)\b)"
                    r"(?:(?:dei|del|della|di|delle|degli)\s+)?\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+)?,?\s+\d{1,4}\w?\b"),
    ("po box", r"(?i)\bP\.?\s?O\.?\s*Box\s+\d+\b"),
    # Rural addresses: "rural route 2 box 41", "RR 3 Box 12", "HC 64 Box 19" (a highway contract route),
    # New Zealand's rural delivery with its town ("RD 1 Winton"); "RR 22" alone is a respiratory rate.
    ("rural route", r"(?i)\b(?:rural|star)\s+route\s*\d{1,4}(?:,?\s+box\s+\d{1,5})?"),
    ("route box", r"\b(?:RR|HC|SR|R\.R\.)\s?\d{1,4},?\s+(?i:box)\s+\d{1,5}\b"),
    ("rural delivery", r"\bRD\s?\d{1,2},?\s+\p{Lu}\p{Ll}+"),
    ("lot", r"\bLot\s+\d{1,4}[A-Z]?,?\s+(?:\p{Lu}[\p{L}'-]*\s+){0,2}\p{Lu}[\p{L}'-]*"),
    # India: "H.No. 221, Gali No. 4"
    ("house number", r"(?i)\bH\.?\s?No\.?\s*\d{1,5}[A-Z]?(?:[/-]\d{1,4})?"
                     r"(?:,?\s*(?:gali|street|sector|block|lane|pocket|ward)\s+no\.?\s*\d{1,4})?"),
    # "7714 Avenue N"; "4402 n 19th ave #118" in a note written in lower case
    ("street, lettered", r"\b\d{1,5}\s+(?:Avenue|Ave|Street|St)\s+[A-Z](?![\p{L}\d])"),
    ("street, numbered", r"(?i)\b\d{1,5}\s+(?:[nsew]\.?\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:street|st|avenue|ave|road|rd"
                         r"|drive|dr|place|pl|boulevard|blvd|way|lane|ln|terrace|ter|court|ct)\b\.?"
                         r"(?:,?\s*(?:#|apt\.?|unit|ste\.?)\s*\w+)?"),
    # The street's kind after its name, in Slavic, Baltic, Hungarian, Turkish and Azerbaijani
    # ("Celovska cesta 118", "Tabriz kuc. 44", "Ataturk caddesi 12").
    ("street, kind after", r"\b\p{Lu}\p{L}+\s+(?:cesta|ulica|ulice|utca|iela|gatve|tanav|kucesi|kuc\.|prospekt"
                           r"|prospekti|sokak|sokagi|caddesi|cad\.|bulvari|ulitsa)\s*\d{1,4}\w?"),
    # lives in Hollowbrook, address: Millbrook Farm
    ("residence", r"(?<=\b(?:[Ll]ives|[Ll]iving|[Rr]esides|[Rr]esident|[Ss]taying|[Aa]ddress(?:\s+is)?|"
                  r"[Hh]ome\s+address|[Vv]isiting\s+from|[Ff]rom\s+the\s+village\s+of)\s+(?:in|at|on)?\s*:?\s*)"
                  rf"{_CAP}(?:[\s-]+(?:(?:upon|on|in|under|by|le|la|de)[\s-]+)?{_CAP}){{0,3}}"),
)
# Not after a lab name: "platelets 150000", "CK 15000" are results, not postcodes or record numbers.
# Its users test a lookahead first: zero-width tests at one position commute, and this lookbehind,
# tried at every character, cost more than the rest of the pattern.
NOT_AFTER_LAB = (r"(?i:(?<!\b(?:plt|platelets?|wbc|wcc|ck|cpk|ldh|bnp|nt-?probnp|ferritin|d-?dimer|troponin|trop"
                 r"|glucose|count|cells|units|iu|dose|mg|mcg)\s*[:=]?\s*))")
POSTCODE_PATTERNS = (
    ("uk", r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"),
    ("ireland (eircode)", r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}\b(?<=\d\w*)"),
    ("canada", r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\b"),
    ("us zip", r"\b\d{5}-\d{4}\b"),
    ("state + zip", r"\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]"
                    r"|T[NX]|UT|V[AT]|W[AIVY]|NSW|VIC|QLD|TAS|NT|ACT)\s+\d{4,5}\b"),
    ("netherlands", r"\b[1-9]\d{3}\s?(?!MG|IU|IE|UI|ML|KG|MM|CM|HR|BP|AM|PM|CC|GM|UG|MU|ST|ND|RD|TH|IN|ON|AT|TO|OF"
                    r"|HZ|MS|KM|MI|FT|LB|OZ|AD|BC)[A-Z]{2}\b"),
    ("labelled", r"(?i)(?<=\b(?:post\s*code|postal\s+code|zip(?:\s*code)?|plz)\s*:?\s*)(?=[A-Z -]{0,8}\d)"
                 r"[A-Z0-9][A-Z0-9 -]{2,8}[A-Z0-9]\b"),
    ("5 digits", r"\b(?=\d{5}\b)" + NOT_AFTER_LAB + r"\d{5}\b"),
)

# ----------------------------------------------------------------------------------- record numbers

ID_LABELS = (r"mrn|m\.r\.n\.?|nhs|ssn|sin|mbi|medicare|medicaid|insurance|policy|passport|licen[cs]e|"
             r"account|acct|record|chart|hospital|patient|pt|case|episode|encounter|visit|id|ihi|chi|"
             r"bsn|nir|svnr|member|subscriber|claim|ref|reference|unit|file|folder|identifier|"
             r"prison|prisoner|inmate|zap|service|booking")
ID_PATTERNS = (
    # MRN 7734921, NHS no. 943 476 5919, ID: A-123456, case #88123, Medicare 1EG4-TE5-MK73
    ("labelled", rf"(?i)(?<=\b(?:{ID_LABELS})\.?(?:\s*(?:no\.?|num(?:ber)?|nr\.?|#|id))?\s*[:#]?\s*)"
                 r"(?=[A-Z0-9-]*\d)[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9]*\d)[A-Z0-9]){3,}"),
    # Letters glued to five or more digits (MRN12345, A-123456), or five-plus digits alone.
    ("number", r"\b(?=[A-Za-z]{0,4}[-#]?\d{5})" + NOT_AFTER_LAB + r"[A-Za-z]{0,4}[-#]?\d{5,}[A-Za-z]?\b"),
    # 123-45-6789 (SSN shape), 1EG4-TE5-MK73 (Medicare MBI shape)
    ("ssn", r"\b\d{3}-\d{2}-\d{4}\b"),
    # the last four digits of a social-security number, as US veterans' and insurers' notes write them
    ("last four", r"(?i)(?<=\blast\s+(?:4|four)(?:\s+(?:of\s+)?(?:ssn|ss|social|digits))?\s*[:#]?\s*)\d{4}\b"),
    # a letter prefix, six digits and the check digit in brackets: Hong Kong's identity card "K123456(3)"
    ("check digit in brackets", r"\b[A-Z]{1,2}\d{6}\([0-9A]\)"),
    ("mbi", r"\b\d[A-Z][A-Z\d]\d-?[A-Z][A-Z\d]\d-?[A-Z]{2}\d\d\b"),
)

# ----------------------------------------------------------------------------------- issue 23

# bubba_t (at) yahoo (dot) com, d.orourke[at]example[dot]org, kbenali AT outlook DOT fr,
# gwen.o @ yahoo . co . uk: an "at" and at least one "dot" spelled out, ending in a known top-level domain.
_AT = r"(?:\s*[(\[{<]\s*(?:at|@)\s*[)\]}>]\s*|\s+(?:at|AT|At)\s+|\s*@\s*)"
_DOT = r"(?:\s*[(\[{<]\s*(?:dot|\.)\s*[)\]}>]\s*|\s+(?:dot|DOT|Dot)\s+|\s*\.\s*)"
TLDS = (r"com|org|net|edu|gov|mil|int|info|biz|io|co|uk|us|ca|au|nz|ie|de|fr|nl|be|es|pt|it|ch|at|se|no|dk|fi"
        r"|pl|cz|ru|ua|tr|gr|il|ae|sa|eg|ma|ng|ke|za|in|pk|cn|hk|tw|jp|kr|vn|th|my|sg|ph|id|br|mx|ar|cl")
EMAIL_OBFUSCATED = (rf"(?i)(?<![\w.+-])[a-z0-9][\w.+-]*{_AT}[a-z0-9][\w-]*(?:{_DOT}[a-z0-9][\w-]*)*"
                    rf"{_DOT}(?:{TLDS})\b")

# Licence plates in common national formats, and any token after a plate cue.
PLATE_PATTERNS = (
    ("labelled", r"(?i)(?<=\b(?:plates?|reg(?:istration)?(?:\s+(?:no|number|plate))?|licen[cs]e\s+plate|"
                 r"vehicle|car|van|truck|taxi|bike|motorbike|lorry|number\s+plate|vrm"
                 # the words for the vehicle or its plate in Afrikaans, Dutch, Czech/Slovak, Icelandic,
                 # Basque, Italian, Hungarian
                 r"|voertuig|kenteken|spz|bilnumer|autoa|targa|rendszam)\.?\s*(?:no\.?|#)?\s*:?\s*)"
                 r"(?<!\w)(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4}){1,3}\b"),
    # an aircraft's registration after the aircraft: "heli G-OXXB", "plane C-GKBN" (a nationality
    # prefix, a hyphen, letters), which has no digit
    ("aircraft", r"(?i:(?<=\b(?:heli|helicopter|plane|aircraft|airframe|fixed[\s-]wing|medevac)\s+(?:reg\.?\s*)?))"
                 r"(?:[A-Z]{1,2}|\d[A-Z])-[A-Z]{3,5}\b"),
    ("us (california)", r"\b\d[A-Z]{3}\d{3}\b"),
    # India: state, district, series, number ("DL-1C-AB-4471", "MH 12 DE 1433")
    ("india", r"\b[A-Z]{2}-?\d{1,2}[A-Z]?-[A-Z]{1,3}-\d{4}\b|\b[A-Z]{2}\d{2}[A-Z]{1,2}\d{4}\b"),
    ("uk", r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"),
    # not a cue and a year ("DOB 1931-03-07", "MRN 2291"), not the start of a date
    ("three letters four digits", r"\b(?!(?:DOB|MRN|NHS|SSN|AGE|TEL|FAX|BED|RM|ROOM|ZIP|PIN|EXT|BNP|CRP|INR|ALT|AST|ALP"
                                  r"|LDH|GGT|TSH|PSA|HCG|WCC|WBC|PLT|HGB|TNT|TNI|ESR|BUN|PCT|CK|NT)\b)"
                                  r"[A-Z]{3}[- ]\d{4}\b(?![-/.]\d)"),
    ("germany", r"\b[A-Z]{1,3}-[A-Z]{1,2}\s?\d{1,4}[EH]?\b(?![.,]\d)"),
)
SERIAL_PATTERNS = (
    ("serial", r"(?i)(?<=\b(?:s/?n|serial(?:\s+(?:no|number|#|sn|s/n))?|lot(?:\s+(?:no|number|#))?|batch|imei|udi)"
               r"\.?\s*[:#]?\s*)(?<!\w)(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}"),
    ("lot glued", r"\b(?:LOT|SN)\d[A-Z0-9-]{3,}\b"),
)
# K/2025/00417, ER/24/118832, WC-2025-77-1044, HSE-4471-220, 7RX99821-C: letters and digit groups
# joined by / or -, as one token.
ID_TOKEN_PATTERNS = (
    ("letters and digit groups", r"\b[A-Z]{1,5}(?:[-/]\d{2,}){2,}(?:[-/][A-Z0-9]+)?\b"),
    ("glued", r"\b(?=[A-Z0-9-]*\d{5})(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]+)*\b"),
    ("letters then digits", r"\b[A-Z]{1,3}\d{7,}\b"),
    # the last four digits of a social security number ("SSN last 4 x4471", "last four: 0092")
    ("last four", r"(?i)(?<=\blast[ \t]*(?:4|four)(?:[ \t]+digits)?[ \t]*[:#]?[ \t]*)x{0,5}-?\d{4}\b"),
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|rsday|urday)?\.?"
_ORDINAL_WORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                 r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
                 r"|(?:twenty|thirty)(?:[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?|thirtieth)")
DATE_WORD_PATTERNS = (
    # Tuesday the fourth of February, the twelfth of March 2023
    ("ordinal words", rf"(?i)(?:\b(?:last|next|on)\s+)?(?:\b{_WEEKDAY},?\s+)?\bthe\s+{_ORDINAL_WORD}\s+of\s+{MONTH}"
                      rf"(?:,?\s+{LONG_YEAR})?"),
    # Sunday 9 March, Mon 3rd Feb, last Thursday, 6 Feb 2025: the weekday goes with the date
    ("weekday before a date", rf"(?:\b(?:[Ll]ast|[Nn]ext)\s+)?\b{_WEEKDAY},?\s+(?:the\s+)?{DAY}(?:\s+of)?[\s-]+"
                              rf"(?i:{MONTH})(?:,?\s+{LONG_YEAR})?"),
    # "Sat 12th", "Tuesday the 4th", "Fri 12/4/26": a weekday with a day of the month or a numeric date
    ("weekday and day", rf"\b{_WEEKDAY},?\s+(?:the\s+)?(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
                        r"|(?:3[01]|[12]\d|0?[1-9])[/.-](?:3[01]|[12]\d|0?[1-9])(?:[/.-](?:20)?\d\d)?\b)"),
    # "the 3rd of May 2011": the article goes with the date
    ("the day of month", rf"(?i)\bthe\s+{DAY}\s+of\s+{MONTH}(?:,?\s+{LONG_YEAR})?\b"),
    # "nov 28", "28 nov" in lower case (month abbreviations that are no English word)
    # ("dec" is "decrease" first: "dec 5 mg"; "Dec 5" is found above)
    ("lower-case month day", r"(?i)\b(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov)\.?\s+(?:3[01]|[12]\d|0?[1-9])"
                             r"(?:st|nd|rd|th)?\b(?![:.]?\d)(?!\s*(?:mg|mcg|g|ml|units?|weeks?|days?|hours?|%|mmol|kg)\b)"
                             r"|\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov)\b\.?"),
    # a day and a month in figures after a word that dates it ("ends 12/31", "admit 12/12", "(16/12)"
    # after a follow-up interval); "2/7", "5/12" and "1/52" alone are durations in UK notes
    ("cued day month", r"(?i)(?<=\b(?:on|ends?|ending|ended|until|till|by|due|dated|admit(?:ted)?|transferred"
                       r"|discharged|seen|reviewed|booked|appt|appointment|f/u|follow[\s-]?up|rehab|clinic)"
                       r"(?:\s+\w+)?\s+\(?|\d/(?:52|12|7)\s+\()"
                       r"(?:3[01]|[12]\d|0?[1-9])/(?:3[01]|1[0-2]|[1-689])\b(?![/.-]?\d)"
                       r"(?!\s*(?:weeks?|days?|months?|ago|tabs?|tablets?|doses?|of|x)\b)"),
    # A month and a day past the 12th in figures ("filled 11/28", "seen 11/19"). Not the denominators of
    # scores (GCS /15, MMSE and MoCA /30, Braden /23, PHQ-9 /27, GAD-7 /21, /20, /24 hours in UK notes),
    # not after a score's name, not the Snellen fractions "6/18", "3/18"
    ("month and late day", r"(?<![\d/.:,-])(?<!\b(?i:gcs|mmse|moca|score|braden|nihss|amts|phq-?9?|gad-?7?|audit|apgar"
                           r"|waterlow|cfs|sofa|power|strength|pain)[\s:=]*)"
                           r"(?!(?:0?[36])/18\b)(?:0?[1-9]|1[0-2])/(?:1[3-46-9]|2[25689]|31)"
                           r"(?![\d/]|[.,]\d)(?!\s*(?:weeks?|days?|hours?|hrs?|months?|ago|tabs?|doses?|x)\b)"),
    # Slovene, Czech, German and Hungarian write a date with a space after each stop ("6. 12. 2026")
    ("spaced numeric", r"\b(?:3[01]|[12]\d|0?[1-9])\.[ \t](?:1[0-2]|0?[1-9])\.[ \t](?:1[89]\d\d|20\d\d)\b"),
    # A month and a day before a time of day ("12/07 01:20", "3/7 0900"): a date, not a duration
    ("day before a time", r"(?<![\d/.:,-])(?:0?[1-9]|1[0-2])/(?:3[01]|[12]\d|0?[1-9])(?=[ \t]+(?:[01]?\d|2[0-3]):?[0-5]\d"
                          r"(?![\d:.,]|\s*(?:mg|mcg|ml|units?|g|kg|mmhg|%)\b))"),
    # Holidays date a visit ("since Thanksgiving", "Christmas Day 1958")
    ("holiday", r"\b(?:Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|Xmas(?:\s+(?:Day|Eve))?"
                r"|New\s+Year'?s(?:\s+(?:Day|Eve))?|Boxing\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Halloween|Hanukkah"
                r"|Diwali|Chuseok|Independence\s+Day|Memorial\s+Day|Labou?r\s+Day|Canada\s+Day|Anzac\s+Day"
                r"|Waitangi\s+Day|Australia\s+Day|Guy\s+Fawkes(?:\s+Night)?|Bonfire\s+Night|St\.?\s+Patrick'?s\s+Day"
                r"|Valentine'?s\s+Day|Mother'?s\s+Day|Father'?s\s+Day|Veterans\s+Day|추석|설날|성탄절|어린이날)"
                r"(?:,?\s+(?:1[89]\d\d|20\d\d))?(?![\p{L}])"),
    # A weekday with the part of the day ("since sat night", "last seen well Sat arvo")
    ("weekday and part of day", r"(?i)\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"
                                r"\s+(?:night|morning|evening|afternoon|arvo|avo|lunchtime|am|pm)\b"),
)
AGE_EXTRA_PATTERNS = (
    ("n F/M", r"\b(?:9\d|1[0-2]\d)[ ]?[MF]\b(?!\s*(?:Fr|french|gauge)\b)"),
    ("years of age", rf"(?i)\b{_OLD}\s+(?:years?|yrs?)\s+(?:of\s+age|old)\b"),
    ("vietnamese", rf"(?i)\b{_OLD}\s*tuoi\b"),
    ("words alone", r"(?i)\bninety[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b"),
    # "nonagenarian (95)", "한정숙(F/93)", "(93/F)"; "Morwenna, 95," after the patient's name: ``known``
    ("after nonagenarian", rf"(?i)(?<=\b(?:nonagenarian|centenarian)[ \t]*[,(][ \t]*){_OLD}\b"),
    ("sex and age", rf"(?<=\([ \t]*[MF][ \t]*/[ \t]*){_OLD}(?=[ \t]*\))|(?<=\()[ \t]*{_OLD}(?=[ \t]*/[ \t]*[MF][ \t]*\))"),
    # "she's 98", "he is 101"; "(94 Joer)", "94 ans", "92 Jahre"; Korean in words ("구십일 세", "아흔두 살")
    ("pronoun and age", rf"(?i)(?<=\b(?:she|he)(?:'s|\s+is)\s+){_OLD}\b(?!\s*(?:%|kg|lbs?|bpm|mg|mmhg|/|\.\d))"),
    ("years, other languages", rf"(?i)\b{_OLD}[ \t]*(?:joer|jahre|jaar|ans|anos|anni|ar|aar|vuotta|lat|let|yas|yasinda"
                               r"|tuoli|saal|varsh|vayasu)\b"),
    ("korean words", r"(?:구십|백)[일이삼사오육칠팔구]?[ \t]*(?:세|살)|아흔(?:[ \t]*(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉))?[ \t]*살"),
)
# A town after a travel or residence cue: "drove in from Pocahontas Falls", "out past Tiverton
# Junction", "lives alone in Millers Hollow", "visiting from Bien Hoa". Clinical words and
# departments after the cue are rejected by the recognizer (``clinical_words``).
TOWN_CUE = (r"(?:(?:drove|came|come|driven|travelled|traveled|flew|moved|visiting|arrived|transferred|"
            r"originally|down|up|over|in)\s+(?:in\s+|down\s+|up\s+|over\s+)?from|from|out\s+past|out\s+near|"
            r"lives(?:\s+alone)?\s+in|living\s+in|from\s+the\s+town\s+of|rang\s+from|called\s+from"
            r"|phoned\s+from|lost\s+\w+\s+\w+\s+in|found\s+(?:him|her|them)\s+in)")
TOWN_AFTER_CUE = rf"(?<=\b{TOWN_CUE}\s+)\p{{Lu}}[\p{{L}}'-]+(?:[\s-]+\p{{Lu}}[\p{{L}}'-]+){{0,2}}"
# Nicknames: "goes by 'Spud'", "call him Ziggy", "known on the unit as Big Lou", "aka Tiny"
# A clinician written surname first, with a credential after ("PCP: Okonkwo, Chidi, MD", "Reyes, Ana RN");
# ``names.credential_name_spans`` drops clinical words ("Pain, Chest, RN note")
_CREDENTIAL = r"(?:MD|DO|NP|PA-C|PA|RN|LPN|APRN|CRNA|FNP|DNP|PharmD|RPh|MBBS|FRCP|FRCS|FACEM)"
SURNAME_GIVEN_CREDENTIAL = (rf"\b(\p{{Lu}}[\p{{Ll}}'-]+(?:-\p{{Lu}}[\p{{Ll}}'-]+)?),[ \t]+(\p{{Lu}}[\p{{Ll}}'-]+)"
                            rf"(?:[ \t]+\p{{Lu}}\.?)?(?=,?[ \t]+{_CREDENTIAL}\b)")
NICKNAME_PATTERNS = (
    ("quoted", r"(?<=\s|^)['\"‘“]\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?['\"’”]\s+\p{Lu}[\p{L}'-]+"),
    ("cue", r"(?<=\b(?:goes\s+by|call(?:s|ed)?\s+(?:him|her|them|me)|known(?:\s+\w+){0,3}\s+as|aka|a\.k\.a\.|"
            r"nicknamed?)\s+)['\"‘“]?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?['\"’”]?"),
)
