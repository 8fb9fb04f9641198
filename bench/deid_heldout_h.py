"""An eighth blind held-out corpus for the de-identification bench, aimed at the product's main market
and at the kinds that leak most: hand-written emergency notes as real systems and people produce them
(Epic-style smart-phrase output with labels such as "Pt Name:", "Emergency Contact:", "PCP:" and
"Pharmacy:", nursing flowsheet comments, ESI/CTAS/MTS/ATS/SATS/PACS/ETAT/KTAS triage notes, nurse
advice-line calls, NEMSIS-like EMS patient care reports, interfacility and nursing-home transfer forms,
patient-portal messages, interpreter-line notes, discharge summaries and letters, clinician overrides
with the reason, SBAR handovers, transcribed dictation with recognition errors, typos, ALL CAPS, text
without punctuation, lower-case names). About three fifths are ordinary English from US emergency
departments (urban Detroit, Chicago, Boston, Houston, Phoenix; a rural critical-access hospital in
Nebraska and one in Wyoming; an IHS hospital on the Pine Ridge reservation; a VA ED; an urgent care; a
telehealth video visit; a school nurse's call; a nursing-home transfer; a Maine dictation; Hilo,
Hawaii) and from Canadian, UK, Australian, New Zealand, South African, Indian, Singaporean and
Nigerian EDs, with names that have no cue word, the patient's own nickname, maiden name, alias or a
misspelling of the patient's own name, names in possessives, names that are also words (Hope, Faith,
Rose, Bill, Will, Grace, Joy, Summer, Hunter, Dawn, Rich, Pat, Sue, Frank, Mark, Art) used both as
names and as words, a patient whose surname is an eponym (Bell), eponyms and routes that must survive
(Murphy, Parkinson, Bell's palsy, Babinski, Homan, Brudzinski, Kernig, Battle, Cullen, McBurney, Allen
test, Romberg, Kussmaul, Cheyne-Stokes, Dix-Hallpike, Epley, Bier), small towns and neighbourhoods
without a cue word, street addresses with apartment, unit, lot, box, rural route and stand, facilities
(nursing homes, shelters, schools, churches, workplaces, mines, farms, pubs, pharmacies), dates in many
written forms ("sat night", "Thanksgiving", "the 2nd", "Christmas Day 1958", "Sat arvo", dictated in
words) and ages of 90 and over in words and numbers, and record numbers of many kinds (CSN, FIN, ICN,
SSN last four, Medicare MBI, Medicaid, MediCal, QUEST, DVA, AHCIP PHN, NHS, NHI, ACC, Aadhaar, PM-JAY,
NRIC, NIN, South African ID, claim, policy, case, incident, evidence bag, badge, star, licence plates,
certificates, prescription numbers, merge tickets). About a sixth are Korean, in styles other than
corpus G's: a copied 전자의무기록 first-visit note, 간호기록 entries, an 응급환자 전원 의뢰서, a 보호자
phone-call log, an SMS thread pasted into the chart and a 요양원 transfer memo, with names with and
without 님/씨 and with vocative and hypocoristic endings (순자야, 하늘아), addresses, 주민등록번호,
phones, dates in Korean forms and ages written as 91세 and 구십일 세. The rest come from settings none of
the earlier corpora list: Uganda (English with Luganda), Rwanda (Kinyarwanda with French), Zimbabwe
(Shona), Malawi (Chichewa), Vanuatu (Bislama), Guam (Chamorro family), Paraguay (Spanish with
Guaraní), Slovenia, Luxembourg (Luxembourgish), Azerbaijan (Latin Azerbaijani) and Timor-Leste (Tetum).
Identifiers are marked ``[[kind|text]]``; clinical phrases that must survive are marked ``{{kind|text}}``.
Fake names, numbers and places only: phones are 555, Ofcom drama-range, ACMA fictitious-range or
invented digits, IP addresses come from the documentation ranges, domains are example.*; towns, cities
and some hospitals are real but every street address, unit, lot, farm, stand and house is invented.

Written without reading the recognisers (nothing under triage/deid_text or triage/deid* was opened, nor
bench/bench_deid.py, tests/export or docs/export.md, nor the notes of the other corpora) and frozen
before its first run: nobody has seen the scrubber's results on these notes. The only code run on it
before freezing was ``notes()``, to check that every note parses and to count the marks.

Mapping onto the bench's KINDS (as in corpora E, F and G): towns, suburbs, neighbourhoods, districts,
villages, reservations, streets, units, lots, boxes, rural routes, stands, farms, stations, mines,
schools, churches, shelters, pubs, workplaces, pharmacies, care homes, clinics, ambulance services and
hospitals are marked ``address``; number plates, device serials, passports, insurance, Medicare,
Medicaid, NHS, NHI, Aadhaar, NRIC, 주민등록번호 and other national id numbers, claim, policy, case,
incident, evidence, badge, star, certificate, prescription and merge-ticket references are marked
``record number``; social-media handles and links are marked ``url``; lay people (family, friends,
neighbours, carers, care workers, employers, coworkers, coaches, bartenders, pastors, elders, police
officers, interpreters) are marked ``relative name``; nurses, paramedics, doctors, pharmacists,
midwives, chaplains, community health workers, hospital clerks and social workers are marked
``clinician name``; every date other than a date of birth is marked ``other date``. Titles and
honorifics (Mr, Mrs, Miss, Ms, Dr, DR, dr, rph, Rev., Reverend, Pastor, Officer, Sr, Sister, Matron,
Smt., Shri, Mama, Mayi, Auntie, Jajja, Nnalongo, Ña, 님, 씨) stay outside the marked identifier. Ages
under 90 are marked ``{{age under 90|...}}``; clinical phrases that look like places (Trauma 2, 4 West,
Majors B, 소생실 2번) are marked ``{{place|...}}``; English (and Korean) words that are also names, used
as words, are marked ``{{word|...}}``.
"""

from __future__ import annotations

from datetime import date

from bench.deid_corpus import Note
from bench.deid_heldout import parse_marked
from triage.deid_text import KnownIdentifiers

PATIENTS = {
    "us1": KnownIdentifiers(names=("Dolores Jean Whitfield",), numbers=("40093317",), phones=("(313) 555-0172",),
                            dates=(date(1931, 3, 2),)),
    "us2": KnownIdentifiers(names=("Dawn Marie Kowalczyk",), numbers=("E7740128",), phones=("402-555-0163",),
                            dates=(date(1979, 8, 14),)),
    "us3": KnownIdentifiers(names=("Joy Marie Two Bulls",), numbers=("IHS 0044187",), phones=("605-555-0138",),
                            dates=(date(1990, 1, 22),)),
    "us4": KnownIdentifiers(names=("Arthur Lee Pruitt",), numbers=("VA-7731-0092",), phones=("(501) 555-0119",),
                            dates=(date(1935, 11, 11),)),
    "us5": KnownIdentifiers(names=("Frank Anthony DeLuca",), numbers=("UC-2026-88314",), phones=("732-555-0145",),
                            dates=(date(1988, 6, 2),)),
    "us6": KnownIdentifiers(names=("Grace Nguyen-Abbott",), numbers=("TH-5520917",), phones=("503-555-0181",),
                            dates=(date(2001, 4, 9),)),
    "us7": KnownIdentifiers(names=("Mark Anthony Villanueva",), numbers=("EP-2209184",), phones=("915-555-0107",),
                            dates=(date(2014, 10, 3),)),
    "us8": KnownIdentifiers(names=("Rose Ellen Marchetti",), numbers=("M00418822",), phones=("(412) 555-0126",),
                            dates=(date(1929, 5, 17),)),
    "us9": KnownIdentifiers(names=("Patrick Joseph O'Shea",), numbers=("BMC 7720-4418",), phones=("617-555-0193",),
                            dates=(date(1966, 2, 28),)),
    "us10": KnownIdentifiers(names=("Jorge Alberto Ramírez Soto",), numbers=("HC-00918834",),
                             phones=("(559) 555-0154",), dates=(date(1970, 9, 12),)),
    "us11": KnownIdentifiers(names=("Susan Ellen Hartwell",), numbers=("DUH-4417002",), phones=("919-555-0177",),
                             dates=(date(1958, 12, 25),)),
    "us12": KnownIdentifiers(names=("Marcus Hunter Bell",), numbers=("00771245",), phones=("(601) 555-0188",),
                             dates=(date(1949, 7, 30),)),
    "us13": KnownIdentifiers(names=("Deshawn Malik Carter",), numbers=("CCH-0088321",), phones=("312-555-0109",),
                             dates=(date(2005, 7, 19),)),
    "us14": KnownIdentifiers(names=("María Guadalupe Treviño",), numbers=("BT-4401877",), phones=("713-555-0150",),
                             dates=(date(1941, 1, 6),)),
    "us15": KnownIdentifiers(names=("Harold Eugene Fitch",), numbers=("44091827",), phones=("207-555-0130",),
                             dates=(date(1932, 8, 19),)),
    "us16": KnownIdentifiers(names=("Billie Jo Rasmussen",), numbers=("CRMC 0055172",), phones=("307-555-0114",),
                             dates=(date(1973, 3, 30),)),
    "us17": KnownIdentifiers(names=("Francesca Marie Ortega",), numbers=("BUMC-2217740",), phones=("602-555-0183",),
                             dates=(date(1997, 4, 17),)),
    "us18": KnownIdentifiers(names=("Keoni Kalani Akana",), numbers=("HMC-220914",), phones=("808-555-0123",),
                             dates=(date(1955, 6, 11),)),
    "ca1": KnownIdentifiers(names=("Brandon Lee Whitehorse",), numbers=("RAH-0094412",), phones=("780-555-0131",),
                            dates=(date(1984, 3, 3),)),
    "ca2": KnownIdentifiers(names=("Winnifred Joan Clarke",), numbers=("QEII 2281907",), phones=("902-555-0166",),
                            dates=(date(1934, 1, 19),)),
    "uk1": KnownIdentifiers(names=("Graham Frank Whitlock",), numbers=("RTH 0772194",), phones=("0161 496 0832",),
                            dates=(date(1961, 10, 10),)),
    "uk2": KnownIdentifiers(names=("Richard Ainsworth",), numbers=("NBT 3390127",), phones=("0117 496 0244",),
                            dates=(date(1930, 7, 7),)),
    "uk3": KnownIdentifiers(names=("Joy Adebayo-Clarke",), numbers=("K4412097",), phones=("020 7946 0518",),
                            dates=(date(1995, 2, 14),)),
    "au1": KnownIdentifiers(names=("Jake Mitchell Dunstan",), numbers=("MR 7710331",), phones=("0491 570 110",),
                            dates=(date(2003, 11, 21),)),
    "au2": KnownIdentifiers(names=("Beryl Faith Anderson",), numbers=("FMC-0331-448",), phones=("08 5550 7712",),
                            dates=(date(1933, 9, 2),)),
    "nz1": KnownIdentifiers(names=("Cody James Harrison",), numbers=("SDHB 0044718",), phones=("027 555 0412",),
                            dates=(date(1999, 5, 5),)),
    "za1": KnownIdentifiers(names=("Bradley Pieterse",), numbers=("GSH 44-01882",), phones=("082 555 0194",),
                            dates=(date(1976, 12, 16),)),
    "in1": KnownIdentifiers(names=("Lakshmi Venkataraman",), numbers=("NH-BLR-2026-33109",),
                            phones=("+91 98450 55512",), dates=(date(1936, 4, 14),)),
    "in2": KnownIdentifiers(names=("Ramesh Kumar",), numbers=("AIIMS-TC-7781",), phones=("98115 55509",),
                            dates=(date(1992, 1, 1),)),
    "sg1": KnownIdentifiers(names=("Tan Wei Ling", "Rachel Tan"), numbers=("SGH-26-558104",),
                            phones=("+65 9555 0127",), dates=(date(1983, 8, 9),)),
    "ng1": KnownIdentifiers(names=("Chinonso Grace Eze",), numbers=("LUTH/ED/26/4471",), phones=("0803 555 0172",),
                            dates=(date(1992, 10, 1),)),
    "kr1": KnownIdentifiers(names=("김순자",), numbers=("2026-1207-0091",), phones=("010-5553-4187",),
                            dates=(date(1935, 2, 10),)),
    "kr2": KnownIdentifiers(names=("정하늘",), numbers=("AMC-26-330187",), phones=("010-5554-7720",),
                            dates=(date(2017, 3, 15),)),
    "kr3": KnownIdentifiers(names=("최영호",), numbers=("E26-118802",), phones=("010-5556-0913",),
                            dates=(date(1960, 9, 9),)),
    "kr4": KnownIdentifiers(names=("박미소",), numbers=("SNUBH-0044-719",), phones=("010-5557-2204",),
                            dates=(date(1998, 11, 30),)),
    "ug": KnownIdentifiers(names=("Nakato Sarah Ssempijja",), numbers=("MUL-ED-26-0771",),
                           phones=("+256 772 555 014",), dates=(date(1987, 5, 20),)),
    "rw": KnownIdentifiers(names=("Uwimana Claudine",), numbers=("CHUK-26-10442",), phones=("+250 788 555 231",),
                           dates=(date(1993, 7, 4),)),
    "zw": KnownIdentifiers(names=("Tendai Moyo",), numbers=("PGH/26/7714",), phones=("+263 77 555 0148",),
                           dates=(date(1958, 2, 18),)),
    "mw": KnownIdentifiers(names=("Chikondi Banda",), numbers=("QECH-2026-3318",), phones=("+265 99 555 0172",),
                           dates=(date(2012, 12, 1),)),
    "vu": KnownIdentifiers(names=("Jimmy Toka Nalau",), numbers=("VCH-04471",), phones=("7755 018",),
                           dates=(date(1970, 10, 30),)),
    "gu": KnownIdentifiers(names=("Josefina Cruz Taitano",), numbers=("GMHA-660218",), phones=("(671) 555-0137",),
                           dates=(date(1934, 6, 29),)),
    "py": KnownIdentifiers(names=("Rosalía Benítez Ayala",), numbers=("HC-PY-118820",), phones=("0981 555 207",),
                           dates=(date(1966, 8, 15),)),
    "si": KnownIdentifiers(names=("Mojca Novak",), numbers=("UKCL-26-44912",), phones=("041 555 019",),
                           dates=(date(1949, 3, 11),)),
    "lu": KnownIdentifiers(names=("Jos Weber",), numbers=("CHL-2026-08813",), phones=("+352 621 555 104",),
                           dates=(date(1931, 12, 24),)),
    "az": KnownIdentifiers(names=("Leyla Məmmədova",), numbers=("RKX-26-3317",), phones=("+994 50 555 12 74",),
                           dates=(date(1988, 1, 20),)),
    "tl": KnownIdentifiers(names=("Maria Ximenes da Costa",), numbers=("HNGV-26-2210",), phones=("+670 7755 0192",),
                           dates=(date(1975, 4, 25),)),
}

NOTES = (
    # --- United States: urban ED, Epic-style smart-phrase output (Detroit)
    ("us1", "ED TRIAGE NOTE (.EDTRIAGE)\nPt Name: [[patient name|WHITFIELD, DOLORES J]]   MRN: [[own mrn|40093317]]  "
            " CSN: [[record number|880241177310]]\nDOB: [[birth date|3/2/1931]] ([[age over 89|95 y.o.]] F)   "
            "Arrival: [[other date|12/06/2026]] 2214 via {{word|private vehicle}}\nEmergency Contact: [[relative "
            "name|Whitfield, Raymond]] (son) [[other phone|313-555-0198]]; alt [[relative name|Bernice Tate]] "
            "(niece) [[other phone|(313) 555-0104]]\nHome phone: [[own phone|(313) 555-0172]]\nAddress: "
            "[[address|1418 Chalmers St Apt 3B]], [[address|Detroit]], MI [[postcode|48215]]\nPCP: [[clinician "
            "name|Okonkwo, Chidi]], MD - [[address|Conner Creek Family Medicine]]\nPharmacy: [[address|Walgreens "
            "#04417 E Jefferson Ave]]\nChief Complaint: {{symptom|shortness of breath}}, {{symptom|leg "
            "swelling}}\nESI: {{score|2}}   {{vital|SpO2 86% RA}}  {{vital|RR 28}}  {{vital|BP 168/94}}\nTriage RN: "
            "[[clinician name|Kaylee Brandt]], RN. [[patient name|Dolores]] says her granddaughter [[relative "
            "name|Hope]] drove her; pt has {{symptom|orthopnea}}, {{sign|JVD}} to angle of jaw, {{sign|2+ pitting "
            "edema}} bilat. Hx {{diagnosis|CHF}}, last admit [[other date|Sept 14th]] at [[address|Henry Ford]]. Son "
            "[[relative name|Ray]] lives with her. Lives at home, {{procedure|DNR}} paperwork w/ [[relative "
            "name|Raymond]]."),
    # --- United States: nursing flowsheet comments, same visit
    ("us1", "Flowsheet comment [[other date|12/07/26]] 0040 - [[clinician name|KBrandt]]: {{drug|furosemide 80 mg}} "
            "{{route|IV push}} given. {{vital|SpO2 93% on 4L NC}}. pt calls herself \"[[patient name|Dee]]\", asked "
            "for [[relative name|Hope]] - told her [[relative name|Hope]] went to move [[relative name|Raymond's]] "
            "car. 0115 - [[clinician name|T. Osei]] RN: foley placed, {{lab|BNP 2140}}, {{lab|trop 0.04}}. MBI on "
            "facesheet [[record number|1EG4-TE5-MK73]], Medicaid [[record number|MI 0044718290]]. Admit to Dr "
            "[[clinician name|Farouk]], {{place|4 West}}."),
    # --- United States: rural critical-access hospital, no punctuation, lower case (Nebraska)
    ("us2", "[[patient name|dawn kowalczyk]] {{age under 90|47f}} brought in by husband [[relative name|gary]] from "
            "their place out on [[address|rural route 2 box 41]] [[address|ord]] ne c/o {{symptom|rlq pain}} since "
            "[[other date|sat night]] + {{symptom|vomiting}} x3 {{sign|mcburney point tenderness}} {{sign|rovsing "
            "+}} {{sign|psoas sign +}} {{vital|t 38.4}} {{vital|hr 112}} esi {{score|3}} pt name [[patient "
            "name|dawn]] but chart had it as [[patient name|Dawn Kowalcyzk]] misspelled corrected by reg [[clinician "
            "name|shelly]] mrn [[own mrn|E7740128]] cell [[own phone|402-555-0163]] [[relative name|gary]] cell "
            "[[other phone|402-555-0179]] transferring to [[address|CHI Health Good Samaritan]] [[address|kearney]] "
            "by [[address|Valley County]] ambulance unit {{word|medic 2}} accepting dr [[clinician name|hallstrom]] "
            "per dr [[clinician name|pete vang]] here dob [[birth date|08/14/1979]] {{age under 90|47yo}} daughter "
            "[[relative name|summer]] is at [[address|Ord High School]] neighbor [[relative name|Arlen Petersen]] "
            "picking her up"),
    # --- United States: IHS / tribal ED (Pine Ridge), triage with ESI and override
    ("us3", "[[address|Pine Ridge]] IHS ED - triage [[other date|Dec 5, 2026]] 1630. Pt: [[patient name|Joy Marie "
            "Two Bulls]], {{age under 90|36}} F, DOB [[birth date|1/22/1990]], chart # [[own mrn|IHS 0044187]], "
            "phone [[own phone|605-555-0138]] (her aunt's landline, no cell). Lives [[address|Wounded Knee]] "
            "district, [[address|HC 64 Box 19]]. Tribal ID [[record number|OST 18-44092]]. CC {{symptom|headache}} "
            "and {{symptom|blurred vision}}, 34 wks pregnant, {{vital|BP 172/110}}, {{sign|3+ protein}}, "
            "{{sign|hyperreflexia}} w/ {{sign|clonus}}. ESI 3 -> 2 override by [[clinician name|R. Yellow Horse]] "
            "RN, reason: {{diagnosis|severe preeclampsia}} concern. {{drug|magnesium sulfate 4 g}} {{route|IV}} over "
            "20 min. CHR [[clinician name|Lorraine Kills Enemy]] brought her. [[patient name|Joy's]] {{word|joy}} is "
            "her 2 kids, she said, with [[relative name|Vernon]] at grandma [[relative name|Faith Little Hawk]]'s in "
            "[[address|Kyle]]. Flight to [[address|Monument Health Rapid City]], [[address|Black Hills Life Flight]] "
            "crew [[clinician name|Dane]] & [[clinician name|Marisol]], ETA 1745."),
    # --- United States: VA ED, clinician note with override reason
    ("us4", "VA EMERGENCY DEPARTMENT - [[address|Central Arkansas Veterans Healthcare System]], [[address|North "
            "Little Rock]]\nVeteran: [[patient name|PRUITT,ARTHUR LEE]] (\"[[patient name|Art]]\")   SSN last 4 "
            "[[record number|x4471]]   ICN [[record number|1012883340V221874]]\nLocal ID [[own mrn|VA-7731-0092]]  "
            "DOB [[birth date|11-11-1935]]  [[age over 89|91YO]] M   Tel [[own phone|(501) 555-0119]]\nWife "
            "[[relative name|Edna Pruitt]] at [[other phone|501-555-0140]]; VSO rep [[relative name|Curtis "
            "Beam]].\nTriage ESI 3 upgraded to 2 by Dr. [[clinician name|Amanda Koenig]] - reason: new "
            "{{symptom|slurred speech}} noticed by [[relative name|Edna]] at 1530 [[other date|yesterday]], LKW "
            "unclear, {{score|NIHSS 6}}, {{sign|left pronator drift}}, {{sign|Babinski}} up-going L. CT head neg. "
            "Korean War era, served w/ 7th Cav per pt. [[patient name|Art]] says \"{{word|art}} is what [[relative "
            "name|Edna]] does, I just fix trucks\". {{sign|Romberg}} not tested. Pt has {{diagnosis|Parkinson "
            "disease}} on {{drug|carbidopa-levodopa}} {{route|PO}}. Seen by neurology [[clinician name|Sadiq]] "
            "[[other date|12/7]]. Discharge planning via SW [[clinician name|Tonya Reese]], LCSW, ext [[other "
            "phone|x4417]]."),
    # --- United States: urgent care, workplace injury
    ("us5", "UrgentCare+ [[address|Route 9 Freehold]] - Visit [[record number|UC-V-2026-0941772]]\nPatient: "
            "[[patient name|Frank DeLuca]] ({{age under 90|38}} M)  Acct [[own mrn|UC-2026-88314]]  DOB [[birth "
            "date|June 2, 1988]]  Cell [[own phone|732-555-0145]]\nEmployer: [[address|Shore Point Concrete LLC]], "
            "supervisor [[relative name|Mike Fratello]] [[other phone|732-555-0102]]. WC claim [[record "
            "number|WC-NJ-26-331902]], adjuster [[relative name|Stacy Lim]] at "
            "[[email|slim@claims.example.com]].\nHPI: lac to L palm from rebar, {{procedure|Allen test}} normal, "
            "{{sign|cap refill <2 s}}, {{procedure|tetanus Tdap 0.5 mL IM}}. [[patient name|Frank]] was "
            "{{word|frank}} about drinking last night. [[relative name|Rich]], his coworker [[relative name|Rich "
            "Alvarado]], drove him in [[patient name|Frank's]] truck (NJ plate [[record number|F44-KLR]]). 4 cm "
            "repair, {{procedure|4-0 nylon}}. RTW [[other date|12/10/26]] light duty. Seen by [[clinician name|Priya "
            "Raman]] PA-C."),
    # --- United States: telehealth video visit, portal-style
    ("us6", "TELEHEALTH VISIT (video) [[other date|Dec 3 2026]] 19:02 ET - platform session [[record number|ZM-883 "
            "1042 7719]], pt IP [[ip|198.51.100.47]]\nPt: [[patient name|Grace Nguyen-Abbott]], {{age under "
            "90|25}}F, MRN [[own mrn|TH-5520917]], ph [[own phone|503-555-0181]], located at [[address|2290 SE "
            "Division St Unit 14]], [[address|Portland]] OR [[postcode|97202]] (confirmed for 911 purposes).\nCC: "
            "{{symptom|dysuria}}, {{symptom|flank pain}} R, {{vital|temp 101.9 at home}}. Pt shows {{sign|CVA "
            "tenderness}} on self-exam guided. [[patient name|Grace]] {{word|under pressure}}, very calm. Partner "
            "[[relative name|Jordan Pike]] in room. Advised in-person eval at [[address|OHSU]] ED, call ahead. Rx "
            "not sent. Pharmacy on file: [[address|Fred Meyer Hawthorne]]. Pt email "
            "[[email|gracie.n.abbott@example.net]]. Also seen [[other date|11/19]] for same. Provider [[clinician "
            "name|Lindqvist, Erik]] NP."),
    # --- United States: school nurse call to ED (El Paso)
    ("us7", "School nurse phone report, [[address|Ysleta Middle School]], [[other date|Fri 12/4]] 10:40. Caller "
            "[[clinician name|Norma Aguilar]] RN, school line [[other phone|915-555-0160]]. Student [[patient "
            "name|Mark Anthony Villanueva]] (\"[[patient name|Markie]]\"), 6th grade, {{age under 90|12 y/o}}, DOB "
            "[[birth date|10/03/2014]], student ID [[record number|STU 30-44817]], our MRN [[own mrn|EP-2209184]]. "
            "Hit by a ball in PE, {{sign|Battle sign}} behind R ear and {{sign|raccoon eyes}}? Nurse put a "
            "{{word|mark}} on the bruise edge w/ pen. {{vital|GCS 14}}, {{symptom|vomited once}}. Mom [[relative "
            "name|Yesenia Villanueva]] [[own phone|915-555-0107]] on her way from work at [[address|Las Palmas "
            "Medical Center]] laundry; stepdad [[relative name|Art Salcido]] [[other phone|915-555-0171]]. Coach "
            "[[relative name|Will Baxter]] witnessed. EMS [[address|El Paso Fire]] Rescue 11 en route."),
    # --- United States: nursing-home transfer form (Pittsburgh)
    ("us8", "INTERFACILITY TRANSFER FORM - SNF to ED\nSending facility: [[address|Maple Crest Senior Living & "
            "Rehab]], [[address|400 Greentree Rd]], [[address|Pittsburgh]] PA [[postcode|15220]]  Unit: "
            "{{place|Cedar wing, rm 212-B}}\nResident: [[patient name|Marchetti, Rose Ellen]] (goes by [[patient "
            "name|Rosie]]; maiden name [[patient name|Giordano]])  Age: [[age over 89|97]]  DOB: [[birth "
            "date|05/17/1929]]\nFacility ID: [[record number|MCS-R-00912]]  Hospital MRN: [[own mrn|M00418822]]  "
            "Medicare: [[record number|3WK7-JT2-PN48]]  Supplement policy [[record number|HMK 220-44-1187-01]]\nPOA: "
            "[[relative name|Frances \"Frannie\" DiPaolo]] (daughter) cell [[other phone|412-555-0197]] / email "
            "[[email|fdipaolo1958@example.org]]\nResident phone in room: [[own phone|(412) 555-0126]]\nReason: "
            "{{symptom|fall}} from wheelchair 0520 [[other date|12/07/2026]], {{sign|L hip shortened and externally "
            "rotated}}, on {{drug|apixaban 2.5 mg}} BID, {{diagnosis|vascular dementia}}, baseline oriented x1. "
            "Code: {{procedure|DNR/DNI}}, POLST signed [[other date|3/2/25]].\nSending nurse: [[clinician "
            "name|Tamika Jeffers]], LPN  Report called to: [[clinician name|Brian]] at [[address|UPMC Mercy]] ED "
            "[[other phone|412-555-0133]]  Attending at SNF: Dr. [[clinician name|Hsu]]\nTransport: "
            "[[address|Ambulance & Chair Service]] unit 7, crew [[clinician name|D. Rinaldi]]. [[patient "
            "name|Rosie's]] {{word|rose quartz}} rosary goes with her. Temp {{word|rose}} to {{vital|38.1}} "
            "overnight."),
    # --- United States: EMS patient care report (NEMSIS-like export, Boston)
    ("us9", "ePCR Incident #[[record number|2026-118204]]  PCR [[record number|BEMS-PCR-0033917]]  Unit A-14  Date "
            "[[other date|2026-12-06]]\neTimes.03 Unit notified 01:12  eTimes.07 At patient 01:19  eTimes.11 Pt "
            "arrived dest 01:41\nePatient.02-03 Last/First: [[patient name|O'SHEA]] / [[patient name|PATRICK]]  "
            "ePatient.17 DOB: [[birth date|1966-02-28]]  ePatient.15 Age: {{age under 90|60}} Years\nePatient.05-09 "
            "Home Address: [[address|22 Adams St #2]], [[address|Dorchester]], MA [[postcode|02122]]  ePatient.18 "
            "Phone: [[own phone|617-555-0193]]\neScene.15 Incident location: [[address|The Blarney Rose Pub, 1840 "
            "Dorchester Ave]]\neNarrative: Called by bartender [[relative name|Sue Halloran]] ([[other "
            "phone|617-555-0142]]) for male down. Pt known as \"[[patient name|Pat]]\" to staff. Found "
            "{{sign|agonal}} then {{sign|Cheyne-Stokes}} resp, {{vital|GCS 6}}, {{vital|ETCO2 58}}, pinpoint pupils. "
            "{{drug|Naloxone 2 mg}} {{route|IN}}, then 2 mg {{route|IV}}, GCS to 14. [[patient name|Pat's]] friend "
            "[[relative name|Liam Coyle]] admits \"blues\". Crew: [[clinician name|P. Nakamura]] (EMT-P, cert "
            "[[record number|P-441902]]), [[clinician name|R. Okafor]] (EMT-B). Dest [[address|Boston Medical "
            "Center]], hospital MRN assigned [[own mrn|BMC 7720-4418]]."),
    # --- United States: telephone interpreter line note (Fresno)
    ("us10", "Interpreter-mediated triage, Language Line ID [[record number|#220417]] (Spanish), interpreter "
             "[[relative name|Adriana]], [[other date|12/06/26]] 14:05.\nPt [[patient name|Jorge Alberto Ramírez "
             "Soto]] {{age under 90|56}} M, MRN [[own mrn|HC-00918834]], tel [[own phone|(559) 555-0154]], lives "
             "[[address|Calle Mendota 412]]? -> clarified: [[address|412 Oller St]], [[address|Mendota]] CA, works "
             "at [[address|Rancho Las Tres Marías]] packing shed. CC \"{{symptom|dolor de pecho}}\" radiating to L "
             "arm x 2 h, {{symptom|diaphoresis}}, {{vital|HR 52}}, {{vital|BP 88/54}}. ECG {{diagnosis|inferior "
             "STEMI}}. Wife [[relative name|Rosa María]] at [[other phone|559-555-0128]]; son [[relative "
             "name|Jorgito]] drove in [[patient name|Jorge's]] truck. Cath lab activated, cardiology Dr. [[clinician "
             "name|Bhullar]]. {{drug|Aspirin 324 mg}} {{route|chewed}}. MediCal [[record number|91882044B]]. DOB "
             "[[birth date|12 Sept 1970]]."),
    # --- United States: patient portal message (Durham)
    ("us11", "MyChart message received [[other date|Sun 12/6/2026]] 11:47 PM from [[patient name|Susan E Hartwell]] "
             "(MRN [[own mrn|DUH-4417002]])\nSubject: question after ER visit\nhi this is [[patient name|Sue "
             "hartwell]], I was in the ER on [[other date|the 2nd]] with the {{symptom|dizziness}}. Dr [[clinician "
             "name|Okafor-Reyes]] said it was {{diagnosis|BPPV}} and did the {{procedure|Dix-Hallpike}} and the "
             "{{procedure|Epley}} thing. I still feel {{symptom|room spinning}} when I roll over and now my husband "
             "[[relative name|Dale]] says my face looks droopy on the left?? I can't close my eye all the way. is "
             "that the {{eponym|Bell's palsy}} my sister [[relative name|Joanie]] had. I can come in [[other "
             "date|tomorrow]], my number is [[own phone|919-555-0177]] or [[relative name|Dale's]] cell [[other "
             "phone|919-555-0110]]. my birthday is [[birth date|Christmas Day 1958]] if you need it. thanks, "
             "[[patient name|Sue]]\nTriage RN reply ([[clinician name|M. Carrow]]): advised ED now for new "
             "{{symptom|facial droop}}, called pt, [[relative name|Dale]] driving her to [[address|Duke Regional]]."),
    # --- United States: nurse advice line, surname is an eponym (Jackson MS)
    ("us12", "Nurse Advice Line call [[record number|NAL-26-0093118]] [[other date|Dec 1 2026]] 2317. RN [[clinician "
             "name|Latrice Holmes]].\nCaller: pt himself, [[patient name|Marcus Hunter Bell]], {{age under 90|77}}, "
             "DOB [[birth date|7/30/49]], MRN [[own mrn|00771245]], cb [[own phone|(601) 555-0188]].\nMr [[patient "
             "name|Bell]] c/o {{symptom|L face numb}} and {{symptom|drooling}} since supper. Not {{eponym|Bell's "
             "palsy}} until stroke ruled out, per protocol. Sx onset 1900. Pt can raise both eyebrows. {{sign|Arm "
             "drift}} unknown. Advised 911. Pt refused, wants his nephew [[relative name|Hunter]] to drive him; "
             "{{word|hunter's season}}, [[relative name|Hunter]] in deer camp near [[address|Yazoo City]]. Neighbor "
             "[[relative name|Willie Mae Crump]] [[other phone|601-555-0121]] willing. Advised ED [[address|UMMC]]. "
             "Callback at 2340: no answer, left VM. 2355 [[relative name|Willie Mae]] called, en route. Ref "
             "{{score|Schmitt-Thompson protocol}} 'Neurologic Deficit'."),
    # --- United States: SBAR handover, trauma bay (Chicago)
    ("us13", "SBAR handover 0700 [[other date|12-07-26]], [[clinician name|Jasmine]] (nights) -> [[clinician "
             "name|Colin]] (days), {{place|Trauma 2}}\nS: [[patient name|Deshawn Carter]] {{age under 90|21}}M, MRN "
             "[[own mrn|CCH-0088321]], FIN [[record number|FIN 260034419]], {{diagnosis|GSW}} R thigh, arrived in a "
             "friend's car at 0310, no EMS.\nB: no PMH. Lives [[address|6300 S King Dr apt 9]], "
             "[[address|Woodlawn]]. Grandma [[relative name|Earlene Carter]] [[other phone|773-555-0185]] is the "
             "contact; pt cell [[own phone|312-555-0109]] is in CPD evidence bag #[[record number|E-26-771204]]. CPD "
             "Officer [[relative name|Ruiz]] star [[record number|#11473]] wants a statement.\nA: "
             "{{procedure|tourniquet}} on 0312-0340, {{sign|ABI 0.7}} R, {{procedure|CTA}} shows {{diagnosis|SFA "
             "injury}}. {{vital|Hgb 9.1}}. {{drug|TXA 1 g}} {{route|IV}}. Pain {{score|8/10}}.\nR: to OR w/ vascular "
             "Dr [[clinician name|Abernathy]] after 0800. Chaplain Rev. [[clinician name|Hollis Grant]] saw grandma. "
             "\"[[patient name|Deshawn]]\" also listed under alias [[patient name|DeShawn Malik Carter-Jones]] from "
             "[[other date|2023]] visit - merge ticket [[record number|HIM-4471]]."),
    # --- United States: clinician triage override with reason (Houston)
    ("us14", "PROVIDER IN TRIAGE - override note, Dr. [[clinician name|Nkechi Adeyemi]], [[other date|12/05/2026]] "
             "16:22\nPt [[patient name|María Guadalupe Treviño]] (\"[[patient name|Lupe]]\", also registered as "
             "[[patient name|Maria Trevino]] without accents), {{age under 90|85}} F, MRN [[own mrn|BT-4401877]], "
             "home [[own phone|713-555-0150]], lives w/ granddaughter [[relative name|Dawn Treviño-Salas]] at "
             "[[address|7714 Avenue N]], [[address|Magnolia Park]], [[address|Houston]] [[postcode|77011]].\nTriage "
             "ESI 4 (fall, {{symptom|wrist pain}}) -> overridden to ESI 2. Reason: granddaughter reports "
             "{{symptom|new confusion}} since [[other date|Thanksgiving]], {{vital|HR 128 irregular}}, "
             "{{vital|glucose 412}}, {{sign|Kussmaul}} breathing, {{lab|anion gap 24}}. Also {{sign|Murphy sign}} "
             "positive and {{sign|Cullen sign}} absent, {{sign|Grey Turner}} absent. Concern for {{diagnosis|DKA}} "
             "with {{diagnosis|sepsis}}. Not a \"{{word|dawn phenomenon}}\" glucose. [[relative name|Dawn]] says "
             "[[patient name|Lupe's]] {{word|dawn}} insulin was skipped. Pharmacy [[address|HEB Pharmacy #412]] "
             "[[other phone|713-555-0166]]. Medicare Advantage ID [[record number|W4471-0093-22]]."),
    # --- United States: transcribed dictation with recognition errors (Portland, Maine)
    ("us15", "*** DICTATED BUT NOT READ *** Job [[record number|#D-8841207]] dictated by [[clinician name|David "
             "Oyelaran]] MD [[other date|12/06/2026]], transcribed [[other date|12/07/2026]]\nthis is a [[age over "
             "89|ninety four year old]] male [[patient name|harold fitch]] comma medical record number [[own "
             "mrn|four four zero nine one eight two seven]] period date of birth [[birth date|august nineteenth "
             "nineteen thirty two]] period history obtained from patient's daughter [[relative name|jen jennifer]] "
             "[[relative name|fitch lombardi]] who states he had a {{symptom|syncopal episode}} at the "
             "[[address|Hannaford on Forest Avenue]] paragraph new paragraph exam {{sign|orthostatic}} positive "
             "{{vital|BP 142 over 78}} lying to {{vital|96 over 60}} standing comma no {{sign|Babinski}} comma "
             "{{procedure|Romberg}} unable comma {{sign|Homan's}} negative period {{lab|troponin}} pending period "
             "daughter's cell [[other phone|two zero seven five five five zero one four six]] comma patient's home "
             "[[own phone|207-555-0130]] period son in law [[relative name|bill]] [[relative name|bill lombardi]] "
             "also present period primary doctor doctor [[clinician name|Marchand]] at [[address|Maine Med Partners "
             "Falmouth]] period end of dictation"),
    # --- United States: ALL CAPS triage note, rural Wyoming
    ("us16", "TRIAGE [[other date|12 06 2026]] 2310 [[address|CAMPBELL COUNTY MEMORIAL]] [[address|GILLETTE]] WY. PT "
             "[[patient name|BILLIE JO RASMUSSEN]] {{age under 90|53}} F DOB [[birth date|03 30 1973]] MRN [[own "
             "mrn|CRMC 0055172]] PH [[own phone|307 555 0114]]. CC {{symptom|CHEST TIGHTNESS}} AFTER SHOVELING AT "
             "WORK [[address|BELLE AYR MINE]] GATE 3. BADGE [[record number|PRB-009312]]. ESI {{score|2}}. "
             "{{vital|HR 118}} {{vital|BP 190/102}} {{vital|SPO2 91%}}. HUSBAND [[relative name|RUSTY]] AT [[other "
             "phone|307 555 0157]]. LIVES [[address|1406 W LAKEWAY RD LOT 22]]. STATES \"[[patient name|BILLIE]]\" "
             "IS WHAT EVERYBODY CALLS HER, LEGAL [[patient name|WILHELMINA JO]] ON INSURANCE, BCBS WY [[record "
             "number|XWY884120937]]. EKG TO DR [[clinician name|KOVAC]] AT 2312. {{drug|ASA 324}} {{route|PO}}. "
             "{{drug|NTG 0.4 SL}} X1. RN [[clinician name|SHAWNA T]]."),
    # --- United States: run-on text from Phoenix, no punctuation
    ("us17", "pt [[patient name|frankie ortega]] {{age under 90|29f}} came w/ bf [[relative name|hunter mccoy]] says "
             "she took like 30 of her moms {{drug|amitriptyline}} after fight w/ him at their place [[address|4402 n "
             "19th ave #118]] [[address|phoenix]] [[postcode|85015]] mom [[relative name|Graciela Ortega]] [[other "
             "phone|602-555-0153]] brought the bottle Rx [[record number|Rx#6623198]] filled [[other date|11/28]] at "
             "[[address|cvs on camelback]] {{vital|qrs 138}} {{vital|hr 134}} {{sign|mydriasis}} {{vital|gcs 13}} "
             "{{drug|sodium bicarbonate 100 meq}} {{route|iv}} pt's own # [[own phone|602-555-0183]] mrn [[own "
             "mrn|BUMC-2217740]] full legal name [[patient name|Francesca Marie Ortega]] dob [[birth date|4/17/97]] "
             "{{age under 90|29}} poison ctrl case [[record number|AZP-26-118820]] spoke w/ rph [[clinician "
             "name|kim]] tox dr [[clinician name|levitan]] consulted sitter [[relative name|jo]] from volunteer svcs "
             "1:1"),
    # --- United States: Hawaii, Hilo ED (Hawaiian names and places)
    ("us18", "Triage [[address|Hilo Medical Center]] [[other date|Dec 4th]] 0615. [[patient name|Keoni Kalani "
             "Akana]] {{age under 90|71}}M, MRN [[own mrn|HMC-220914]], ph [[own phone|808-555-0123]], from "
             "[[address|Pāhoa]] ([[address|Leilani Estates]], [[address|13-3400 Moku St]]). CC {{symptom|cough}}, "
             "{{symptom|fever}}, {{symptom|hemoptysis}} after cleaning vog filters. {{vital|T 39.0}}, {{vital|RR "
             "26}}, {{vital|SpO2 89%}}. ESI {{score|2}}. Wife [[relative name|Leilani Akana]] (yes, same as the "
             "subdivision) [[other phone|808-555-0177]]; hānai son [[relative name|Kawika Pua]]. Kupuna lives with "
             "them, Tūtū [[relative name|Malia]], [[age over 89|she's 98]]. QUEST ID [[record "
             "number|HI-Q-77410392]]. Flown to [[address|Queen's]] in [[address|Honolulu]]? per Dr. [[clinician "
             "name|Kealoha]] no, admit here. Call [[other date|Tues]] for f/u."),
    # --- Canada: CTAS triage, Edmonton, with Alberta PHN
    ("ca1", "CTAS {{score|2}} - [[address|Royal Alexandra Hospital]] ED, [[other date|2026-12-06]] 03:14. [[patient "
            "name|Brandon Lee Whitehorse]], {{age under 90|42}} M, chart [[own mrn|RAH-0094412]], AHCIP PHN [[record "
            "number|55118-2049]], ph [[own phone|780-555-0131]]. From [[address|Maskwacis]], staying at "
            "[[address|Hope Mission]] shelter downtown since [[other date|Nov 20]]. CC {{symptom|frostbite}} both "
            "feet + {{symptom|confusion}}, {{vital|T 34.1 C}}, {{vital|GCS 13}}. Found by [[address|Edmonton "
            "Police]] Cst [[relative name|Harjit Dhillon]] behind [[address|Boyle Street Community Services]]. "
            "Cousin [[relative name|Tanya Littlechild]] [[other phone|780-555-0175]]. Band # [[record number|Treaty "
            "4420193501]]. Elder [[relative name|Hope Buffalo]] requested smudge. \"there's {{word|hope}},\" pt "
            "said. Assessed by [[clinician name|Amrit Gill]] RN, seen by Dr. [[clinician name|Ostrowski]]."),
    # --- Canada: Halifax, discharge note for a 92-year-old
    ("ca2", "QEII HSC - ED DISCHARGE SUMMARY\nName: [[patient name|Clarke, Winnifred Joan]] (pref. \"[[patient "
            "name|Winnie]]\")  HCN [[record number|0044 118 204]]  Unit # [[own mrn|QEII 2281907]]\nDOB: [[birth "
            "date|19-Jan-1934]]  Age: [[age over 89|92 yrs]]  Phone: [[own phone|902-555-0166]]\nAddress: "
            "[[address|Northwood Manor]], [[address|2615 Northwood Terr]], [[address|Halifax]] NS [[postcode|B3K "
            "3S5]]\nSeen [[other date|06-Dec-2026]] for {{symptom|fall}}; {{diagnosis|right distal radius fracture}} "
            "reduced under {{procedure|hematoma block}}, {{procedure|Bier block}} not needed. Cast check "
            "{{word|fracture clinic}} [[other date|Dec 14]]. Niece [[relative name|Joy MacIsaac]] to accompany, "
            "[[other phone|902-555-0188]]. Family doctor Dr. [[clinician name|Farah Siddiqui]], "
            "[[address|Dartmouth]]. [[patient name|Winnie]] asked that we thank the paramedic, [[clinician "
            "name|Will]] from EHS unit 4-17. {{word|Will follow up}} with GP in 1 week."),
    # --- UK: Manchester Triage System (MTS) note, Manchester
    ("uk1", "MTS: {{score|Orange - Very urgent}} (Chest pain discriminator). [[address|MRI]] ED, [[other "
            "date|06/12/2026]] 22:40.\nPt [[patient name|Graham Frank Whitlock]] {{age under 90|65}}M, hosp no [[own "
            "mrn|RTH 0772194]], NHS No [[record number|943 476 5919]], tel [[own phone|0161 496 0832]], "
            "[[address|Flat 4, 17 Wilmslow Rd]], [[address|Rusholme]], [[postcode|M14 5TQ]]. GP Dr [[clinician "
            "name|Chaudhry]], [[address|Ladybarn Group Practice]].\nWife [[relative name|Pauline]] 999'd from the "
            "[[address|Old Abbey Taphouse]] quiz night, mate [[relative name|Frank Holt]] did CPR - no. Pt GCS 15, "
            "{{symptom|central chest pain}} radiating to jaw, {{vital|HR 44}}, {{diagnosis|complete heart block}}. "
            "{{drug|atropine 500 mcg}} {{route|IV}}, {{procedure|transcutaneous pacing}} pads on. Cardiology reg "
            "[[clinician name|Olamide]] bleeped. NWAS crew [[clinician name|Kerry-Ann Booth]] callsign {{word|Papa "
            "47}}, incident [[record number|NWAS-26-0419931]]. [[relative name|Pauline's]] mobile [[other "
            "phone|07700 900774]]."),
    # --- UK: Bristol ED discharge letter to GP
    ("uk2", "Dear Dr [[clinician name|Pembury]],\nRe: Mr [[patient name|Richard Ainsworth]] (\"[[patient "
            "name|Rich]]\"), DOB [[birth date|07/07/1930]], NHS [[record number|485 777 3456]], hospital no [[own "
            "mrn|NBT 3390127]], [[address|3 Coronation Cottages]], [[address|Chew Magna]], [[postcode|BS40 8QA]]. "
            "Tel [[own phone|0117 496 0244]].\nThis [[age over 89|96-year-old]] gentleman attended "
            "[[address|Southmead]] ED on [[other date|Sunday 6th December]] with {{symptom|haematemesis}}. "
            "{{score|Glasgow-Blatchford 12}}, {{lab|Hb 78}}. He had an {{procedure|OGD}} on [[other date|7/12]] "
            "showing a {{diagnosis|Mallory-Weiss tear}}. His daughter-in-law [[relative name|Faith Ainsworth]] "
            "([[other phone|07700 900152]]) is his main carer; his friend from [[address|St Andrew's Church]], "
            "Reverend [[relative name|Mark Tolley]], visits. [[patient name|Rich]] is not {{word|rich}}, he says, "
            "and asks for hospital transport ([[record number|PTS ref 66-20931]]).\nYours sincerely, Dr [[clinician "
            "name|Hannah Oduya]], ST4 Emergency Medicine, on behalf of Mr [[clinician name|P. Lacey]], consultant."),
    # --- UK: London, nurse-led streaming, typos
    ("uk3", "Streaming nt [[other date|7.12.26]] 0905 - [[patient name|joy adebayo clarke]] ({{age under 90|31}}) "
            "MRN [[own mrn|K4412097]] mob [[own phone|020 7946 0518]]. lives [[address|Wendover estate]], "
            "[[address|Peckham]] [[postcode|SE17 2TN]]. c/o {{symptom|lower abdo pain}} 3/7, LMP [[other date|2nd "
            "Nov]], {{lab|bHCG +ve}}, {{sign|cervical excitation}}, {{vital|HR 108}}. ?{{diagnosis|ectopic}}. "
            "streamed to {{place|Majors B}}. partner [[relative name|kwame]] mob [[other phone|07700 900631]]. "
            "[[patient name|joy]] says the sister, [[relative name|Precious]], is a nurse at [[address|Kings]]. pt "
            "prev attended as [[patient name|Joy Adebayo]] (maiden) - check EPR for duplicate [[record "
            "number|EPR-DUP-33019]]. seen by Sr [[clinician name|Nia]] then gyn SHO [[clinician name|Aleksander]]."),
    # --- Australia: ATS triage, rural Queensland
    ("au1", "ATS {{score|2}}. [[address|Emerald Hospital]] ED [[other date|6/12/26]] 1745. [[patient name|Jake "
            "Mitchell Dunstan]] {{age under 90|23}}M, UR [[own mrn|MR 7710331]], Medicare [[record number|2951 44718 "
            "3-1]], mob [[own phone|0491 570 110]]. Station hand at [[address|Glenroy Downs]] via "
            "[[address|Capella]], thrown from quad bike. {{sign|seatbelt sign}} n/a. {{symptom|L shoulder tip pain}} "
            "({{sign|Kehr sign}}), {{vital|HR 126}}, {{vital|BP 92/60}}, {{procedure|FAST}} +ve LUQ. Boss [[relative "
            "name|Dusty Carmody]] [[other phone|07 5550 3318]] drove him 90 km in [[relative name|Dusty's]] ute, "
            "rego [[record number|QLD 882-KBT]]. RFDS retrieval booked to [[address|Rockhampton]], case [[record "
            "number|RFDS-QLD-26-4417]]. Mum [[relative name|Sharon]] in [[address|Toowoomba]]. Dr [[clinician "
            "name|Mikaela Fong]] (RMO), RN [[clinician name|Bronte]]."),
    # --- Australia: Adelaide, aged-care transfer, 93
    ("au2", "[[address|Flinders Medical Centre]] ED - RACF transfer. Resident [[patient name|Beryl Faith Anderson]] "
            "[[age over 89|93yo]] DOB [[birth date|02.09.1933]] UR [[own mrn|FMC-0331-448]] from [[address|Resthaven "
            "Marion]], room 18. Ph (facility) [[own phone|08 5550 7712]]. NOK son [[relative name|Graeme Anderson]] "
            "[[other phone|0491 570 337]]. DVA Gold card [[record number|SX 204471]]. Keeps {{word|faith}} in her GP "
            "Dr [[clinician name|Tran]] only. Presenting {{symptom|reduced oral intake}}, {{symptom|drowsy}}, "
            "{{lab|Na 118}}, {{vital|BP 104/60}}. ACD says no CPR. Ambulance SA case [[record "
            "number|SAAS-26-991204]], paramedic [[clinician name|Zoe K]]. [[patient name|Beryl's]] hearing aids in "
            "bag. Last seen well [[other date|Sat arvo]]."),
    # --- New Zealand: Southland, rural, Māori whānau
    ("nz1", "Triage cat {{score|3}} [[address|Southland Hospital]] [[address|Invercargill]], [[other "
            "date|7/12/2026]] 0220. [[patient name|Cody James Harrison]] {{age under 90|27}}, NHI [[record "
            "number|ZKC1183]], hosp [[own mrn|SDHB 0044718]], ph [[own phone|027 555 0412]], [[address|RD 1 "
            "Winton]], [[address|412 Hundred Line Rd]]. Dairy farm worker, {{symptom|crush injury}} R hand in rotary "
            "shed at [[address|Kowhai Downs Farm]]. {{sign|compartment}} soft. {{drug|fentanyl 50 mcg}} {{route|IN}} "
            "by St John officer [[clinician name|Tipene]], job [[record number|SJ-F-26-33028]]. Partner [[relative "
            "name|Aroha Manihera]] [[other phone|021 555 0987]]. Employer [[relative name|Ross McKenzie]]. WorkSafe "
            "notified, ACC claim [[record number|ACC 10044187]]. [[patient name|Cody's]] mate \"[[relative "
            "name|Hunter]]\" took photos on [[url|@hunterNZfarmlife]] - asked to remove."),
    # --- United States: remote-monitoring alert routed to the ED nurse line, with device, portal and IP data
    ("us6", "RPM ALERT -> ED RN pool [[other date|12/08/2026]] 02:14. Device: home BP cuff + pulse ox, serial "
            "[[record number|OMR-BP7-26Z44187]], hub [[record number|IMEI 356938035643809]], last sync from "
            "[[ip|203.0.113.58]]. Enrolled pt [[patient name|G. Nguyen-Abbott]] (MRN [[own mrn|TH-5520917]]). "
            "Readings {{vital|BP 84/52}}, {{vital|HR 131}}, {{vital|SpO2 92%}}, {{vital|temp 103.1}}. {{score|qSOFA "
            "2}}. Called [[own phone|503-555-0181]] x2 no answer; called partner [[relative name|Jordan]] at [[other "
            "phone|503-555-0124]], says \"[[patient name|Gracie]]'s asleep on the couch at [[relative "
            "name|Jordan's]] mom's\" - address [[address|8814 N Lombard St]], [[address|St. Johns]]. Portal link "
            "sent [[url|https://mychart.example.org/msg/88417]]; pt also emails from \"[[email|gracie dot n dot "
            "abbott at example dot net]]\" ([[email|gracie.n.abbott@example.net]]). 911 welfare check requested, "
            "[[address|Portland Fire & Rescue]] incident [[record number|PFR-26-0417731]]. RN [[clinician "
            "name|Oyelowo]]."),
    # --- United States: safety note, sitter, social media (Phoenix)
    ("us17", "Behavioral safety note [[other date|12/7/26]] 0930 - sitter [[relative name|Jo Ann Pettit]] reports pt "
             "[[patient name|Frankie]] posted from her phone to [[url|@frankie.o.azz]] and "
             "[[url|tiktok.example.com/@frankieortega97]] with photo of room {{place|ED 14}}. Phone held by security "
             "officer [[relative name|Vince]] per policy, property bag [[record number|SEC-26-4412]]. BF [[relative "
             "name|Hunter]] banned per charge RN [[clinician name|Paula Reyes]] after threatening staff, trespass "
             "notice [[record number|PPD-26-771902]]. {{vital|QRS 104}} after 2nd amp of {{drug|bicarb}}, {{vital|HR "
             "102}}. {{procedure|psych consult}} placed, Dr [[clinician name|Ameen]]. Pt asked for mom's email to "
             "send to: [[email|graciela.ortega.az@example.com]]. [[patient name|Frankie's]] old email "
             "[[email|frankiemarie97@example.net]] bounced."),
    # --- Nigeria: WhatsApp voice note transcribed into the chart by the nurse (Lagos)
    ("ng1", "WhatsApp msg from pt's brother [[relative name|Obinna Eze]] ([[other phone|+234 809 555 0144]]) "
            "received on ward phone [[other date|7/12/26]] 11:05, transcribed by Nurse [[clinician name|Funmi "
            "Adeyemi]]: \"Good morning ma, I am [[patient name|Nonso]] brother. Abeg the hospital bill, I sent "
            "transfer to account [[record number|0044718293]] [[address|GTBank Surulere]], reference [[record "
            "number|LUTH-INV-26-9041]]. Our mummy is coming from [[address|Nnewi]] tomorrow. Tell [[patient "
            "name|Chinonso]] we dey pray for am, God dey. Sister [[relative name|Adaeze]] email is "
            "[[email|adaeze.eze@example.ng]] for the report.\" Pt's {{lab|PCV 27%}} post-transfusion, {{vital|BP "
            "104/68}}. Plan {{procedure|pelvic USS}}."),
    # --- South Africa: SATS triage, Cape Town (English), ID number that encodes the birth date
    ("za1", "SATS {{score|TEWS 7 - Orange}}. [[address|Groote Schuur]] EC, [[other date|06 Dec 2026]] 21:05. "
            "[[patient name|Bradley Pieterse]], {{age under 90|49}}M, folder [[own mrn|GSH 44-01882]], SA ID "
            "[[record number|7612165092081]], cell [[own phone|082 555 0194]]. Address [[address|14 Protea Close]], "
            "[[address|Mitchells Plain]], [[postcode|7785]]. Stabbed L chest outside [[address|Town Centre taxi "
            "rank]], {{sign|decreased air entry L}}, {{sign|tracheal deviation}} no, {{procedure|ICD}} inserted by "
            "Dr [[clinician name|Ndlovu]]. Brother [[relative name|Ashwin]] [[other phone|072 555 0133]]. SAPS case "
            "[[record number|CAS 118/12/2026]]. Medical aid [[record number|Discovery 440-1882-09]]. Born [[birth "
            "date|16/12/1976]], pt says \"[[patient name|Brad]]\" please. Sister Sr [[clinician name|Mbeki]] "
            "(nursing)."),
    # --- South Africa: Johannesburg, triage with Afrikaans family name spelled two ways
    ("za1", "[[address|Helen Joseph Hospital]] casualty [[other date|5/12/26]] 1410. Pt [[patient name|Bradley "
            "Pieterse]] re-attends ([[patient name|Pietersen]] on old file), wound check. Seen [[other "
            "date|yesterday]] at [[address|Groote Schuur]] - no, that was [[other date|Sunday]]; now visiting ma "
            "[[relative name|Magdalena]] in [[address|Westbury]], [[address|Unit 7 Fuchsia Court]]. {{sign|wound "
            "erythema}}, {{vital|T 38.2}}, {{lab|CRP 140}}. {{drug|amoxicillin-clavulanate 1.2 g}} {{route|IV}}. "
            "Folder [[own mrn|GSH 44-01882]]. Contact neighbour Auntie [[relative name|Faiza]] [[other phone|011 555 "
            "0147]]. Nurse [[clinician name|Thandeka]]."),
    # --- India: Bengaluru private ED, 90-year-old, Aadhaar and insurance
    ("in1", "Emergency Triage (Red) - [[address|Narayana Hospital, Bommasandra]], [[other date|07-12-2026]] 06:10 "
            "hrs.\nName: Smt. [[patient name|Lakshmi Venkataraman]]  Age/Sex: [[age over 89|90Y]]/F  UHID: [[own "
            "mrn|NH-BLR-2026-33109]]  DOB [[birth date|14/04/1936]]\nMob: [[own phone|+91 98450 55512]]  Attendant: "
            "son Mr. [[relative name|Srinivasan V.]] [[other phone|+91 98860 55501]]\nAddress: [[address|No. 42, 3rd "
            "Cross, 5th Main]], [[address|Jayanagar 4th Block]], [[address|Bengaluru]] [[postcode|560011]]\nAadhaar: "
            "[[record number|4491 5530 2217]]  TPA/Policy: [[record number|STAR-HLT-P/26/441029]]\nC/o "
            "{{symptom|breathlessness}} since 2 days, {{symptom|pedal oedema}}, {{vital|SpO2 84%}}, {{vital|PR "
            "132/min irregular}}. k/c/o {{diagnosis|AF}}, on {{drug|Tab. Digoxin 0.125 mg}} OD. {{lab|S. digoxin "
            "3.1}}. Seen by Dr. [[clinician name|Raghavendra K.]] (EM), cardiology Dr. [[clinician name|Meenakshi]]. "
            "Grand-daughter [[relative name|Divya]] emailed old reports from [[email|divya.v.rao@example.in]]. "
            "Patient calls herself \"[[patient name|Lakshmi Ammal]]\"."),
    # --- India: Delhi govt hospital, handwritten casualty register copied (mixed English)
    ("in2", "casualty reg no [[record number|CR/2026/118204]] dt [[other date|6.12.26]] - [[patient name|Ramesh "
            "Kumar]] s/o Late Shri [[relative name|Harpal Singh]] {{age under 90|34}}M r/o [[address|H.No. 221, Gali "
            "No. 4]], [[address|Jahangirpuri]] brought by PCR van ([[record number|DL-1C-AB-4471]]) h/o RTA, "
            "{{vital|GCS E3V4M5}}, {{sign|raccoon eyes}}, {{sign|CSF rhinorrhoea}}. MLC no [[record "
            "number|MLC/441/26]], IO SI [[relative name|Pradeep Yadav]] PS [[address|Adarsh Nagar]]. Own MRN [[own "
            "mrn|AIIMS-TC-7781]]. Wife [[relative name|Sunita]] mob [[other phone|98110 55520]]. Pt's own mob [[own "
            "phone|98115 55509]]. Ayushman card [[record number|PMJAY-DL-88120445]]. seen dr [[clinician "
            "name|Bhatia]] (SR neurosurg). DOB [[birth date|01-01-1992]] per card."),
    # --- Singapore: PACS triage, NRIC
    ("sg1", "[[address|SGH]] Emergency Dept - PACS {{score|P2}} - [[other date|06/12/2026]] 1930h\nPt: [[patient "
            "name|TAN WEI LING]] ([[patient name|Rachel]])  NRIC [[record number|S8312345D]]  MRN [[own "
            "mrn|SGH-26-558104]]  HP [[own phone|+65 9555 0127]]\nAddr: [[address|Blk 118 Bukit Merah View "
            "#09-412]], [[address|Singapore]] [[postcode|151118]]\nC/o {{symptom|fever}} x5/7, "
            "{{symptom|retro-orbital pain}}, {{sign|positive tourniquet test}}, {{lab|plt 42}}, {{lab|NS1 "
            "positive}}. {{diagnosis|dengue with warning signs}}. Husband [[relative name|Lim Jun Hao, Marcus]] "
            "[[other phone|+65 8555 0163]]. Helper [[relative name|Ana Dizon]] also unwell. Works at "
            "[[address|Changi Business Park]] ([[address|DBS]]). Reviewed by Dr [[clinician name|Koh]], MO "
            "[[clinician name|Siti Nurhaliza bte Rahman]]. DOB [[birth date|9 Aug 1983]] - National Day baby, she "
            "says."),
    # --- Nigeria: Lagos teaching hospital, A&E
    ("ng1", "[[address|LUTH]] Emergency, [[other date|Monday 7th December 2026]], 0300. Miss [[patient name|Chinonso "
            "Grace Eze]] ({{age under 90|34}}F), hosp no [[own mrn|LUTH/ED/26/4471]], tel [[own phone|0803 555 "
            "0172]], resides [[address|12B Adeniran Ogunsanya St]], [[address|Surulere]]. NIN [[record "
            "number|44718290331]]. NHIA [[record number|HMO/AXA/26/90412]]. Brought by her pastor, Pastor [[relative "
            "name|Emeka Obi]] of [[address|Living Faith Church Ojuelegba]], and mum Mama [[relative name|Nkechi]] "
            "[[other phone|0805 555 0117]]. {{symptom|Bleeding per vaginam}} post-{{procedure|D&C}} at "
            "[[address|Grace Specialist Clinic]], {{vital|PR 128}}, {{vital|BP 80/50}}, {{sign|pallor +++}}. By "
            "God's {{word|grace}} she's stable after 2 units. [[patient name|Grace]] is her middle name, she prefers "
            "\"[[patient name|Nonso]]\". Seen by Dr [[clinician name|Adeola]] (SR O&G), nurse Matron [[clinician "
            "name|Bisi]]."),
    # --- Korea: EMR copy-paste (전자의무기록), 91-year-old
    ("kr1", "[응급의학과 초진기록] 내원일시 [[other date|2026-12-06]] 23:41 / 등록번호 [[own mrn|2026-1207-0091]]\n환자명 [[patient "
            "name|김순자]] (F/[[age over 89|91세]]) 생년월일 [[birth date|1935.02.10]] 주민등록번호 [[record "
            "number|350210-2441187]]\n주소 [[address|서울특별시 노원구 상계로 118]], [[address|상계주공아파트 7단지 704동 1102호]] 연락처 [[own "
            "phone|010-5553-4187]]\n보호자 [[relative name|이정호]](아들) [[other phone|010-5553-9920]], 며느리 [[relative "
            "name|박은주]] 씨\nC.C. {{symptom|의식저하}} ({{symptom|drowsy}}), onset [[other date|어제 저녁]] 8시경\nP.I. 상기 환자 "
            "{{diagnosis|고혈압}}, {{diagnosis|당뇨}} 로컬 [[address|상계백병원]] f/u 중 보호자 말로 [[other date|12월 4일]]부터 식이 저하. "
            "{{vital|BT 38.9}} {{vital|BP 86/50}} {{vital|SpO2 90%}} {{score|KTAS 2}}. {{lab|WBC 18,400}} {{lab|CRP "
            "22.4}}. 담당의 [[clinician name|최민석]] 선생님, 간호사 [[clinician name|정유리]]."),
    # --- Korea: nursing record (간호기록), SOAPIE style
    ("kr1", "[간호기록] [[other date|12/07]] 01:20 [[clinician name|정유리]] RN: 환자 [[patient name|김순자]]님 {{place|소생실 2번}} "
            "이동. 아들 [[relative name|이정호]]님 동행, 딸 [[relative name|이정미]]씨는 [[address|부산]]에서 올라오는 중([[other "
            "phone|010-5558-1402]]). {{procedure|유치도뇨}} 시행, {{vital|소변량 15cc/hr}}. {{drug|노르에피네프린 0.1mcg/kg/min}} "
            "{{route|정맥}} 주입 시작. 환자 \"[[patient name|순자]]야\" 부르면 눈 뜸. 할머니 [[patient name|순자]]님 본인은 \"[[patient "
            "name|김순재]]\"라고 이름 잘못 말함(이전 기록에도 [[patient name|김순재]]로 등록, 병합요청 [[record number|HIM-26-0412]]). 02:00 "
            "[[clinician name|최민석]] 선생님 noti, {{diagnosis|패혈성 쇼크}} 의심."),
    # --- Korea: ER interfacility transfer request (응급실 전원 의뢰서), child
    ("kr2", "응급환자 전원 의뢰서\n의뢰병원: [[address|강릉아산병원]] 응급의료센터 / 의뢰일 [[other date|2026년 12월 5일]] 14시 10분\n환자: [[patient "
            "name|정하늘]] (M/{{age under 90|9세}}) 생년월일 [[birth date|2017-03-15]] 등록번호 [[own mrn|AMC-26-330187]]\n주소: "
            "[[address|강원특별자치도 정선군 사북읍 하이원길 42-3]] 보호자 연락처: 모 [[relative name|윤미래]] [[own "
            "phone|010-5554-7720]]\n진단명: {{diagnosis|급성 충수염 천공 의증}}, {{sign|McBurney 압통}} (+), {{sign|반발통}} (+), "
            "{{vital|체온 39.2}}\n의뢰사유: 소아외과 부재. 수신병원 [[address|서울아산병원]] 소아응급 [[clinician name|한지원]] 교수님 수락(통화 [[other "
            "phone|02-3010-5555]]).\n이송: [[address|정선소방서]] 구급차, 119 구급대원 [[clinician name|김태양]] 반장. 오늘 {{word|하늘이}} "
            "맑아 헬기 가능했으나 취소. [[patient name|하늘]]이 아빠 [[relative name|정대현]] 씨는 [[address|사북 탄광문화관광촌]] 근무 중."),
    # --- Korea: guardian phone call log (보호자 전화)
    ("kr3", "[보호자 통화기록] [[other date|12/6(일)]] 16:05 발신 [[other phone|010-5556-7714]] (처 [[relative "
            "name|송미경]])\n\"남편 [[patient name|최영호]]가 낚시 갔다가 [[address|태안 만리포]]에서 넘어져서 지금 [[address|태안의료원]]에 있대요. 거기서 "
            "그쪽 응급실로 보낸다고. 생일이 [[birth date|60년 9월 9일]]이고요, 남편 폰 [[own phone|010-5556-0913]]은 물에 빠져서 안 돼요.\" 등록번호 "
            "[[own mrn|E26-118802]] 확인. {{symptom|우측 고관절 통증}}, {{drug|와파린}} 복용 중이라 함. 동생 [[relative name|최영수]]씨가 "
            "운전해서 이송 중, 차량번호 [[record number|12가 3456]]. 통화자 원무과 [[clinician name|이수진]]. 예상도착 [[other date|오늘]] 18시."),
    # --- Korea: SMS/text thread pasted into chart (문자)
    ("kr3", "[문자 수신 [[other date|2026.12.06]] 19:22] [[patient name|영호]]씨 아내입니다 ㅠㅠ 지금 도착했어요 어디로 가요?\n[발신 19:24 ED "
            "간호사 [[clinician name|문지혜]]] 네 [[relative name|송미경]]님 {{place|응급실 B구역 5번}} 베드로 오세요. [[patient "
            "name|최영호]]님 {{procedure|고관절 CT}} 찍는 중입니다.\n[수신 19:30] 네 감사합니다 아들 [[relative name|최준]]이도 "
            "[[address|천안]]에서 오고 있어요 번호 [[other phone|010-5559-3381]]\n[수신 21:02] 실손보험 청구하려면 진단서 필요해요? 증권번호 [[record "
            "number|DB-2026-0044871]]\n[발신 21:05] 퇴원 시 원무과에서 발급 가능합니다. {{diagnosis|대퇴경부 골절}}로 정형외과 [[clinician "
            "name|배성훈]] 교수님 입원 예정이에요."),
    # --- Korea: EMR copy with 호칭 (님) and a name that is a word (미소)
    ("kr4", "#주호소: {{symptom|호흡곤란}}, {{symptom|두드러기}} #발병: [[other date|오늘 점심]] 새우 섭취 후 30분\n환자 [[patient name|박미소]] "
            "님(F/{{age under 90|28}}), 등록번호 [[own mrn|SNUBH-0044-719]], 연락처 [[own phone|010-5557-2204]], 직장 "
            "[[address|판교 테크노밸리 H스퀘어 N동]]\n{{vital|BP 78/40}} {{vital|HR 140}} {{sign|천명음}} (+) {{score|KTAS 1}} → "
            "{{diagnosis|아나필락시스}}. {{drug|에피네프린 0.5mg}} {{route|근주}} 대퇴부. 환자 {{word|미소}} 지으며 \"괜찮아요\" 하지만 {{sign|입술 "
            "부종}}. 동료 [[relative name|강서준]] 씨가 데려옴, 회사 사번 [[record number|KKO-220417]]. 남자친구 [[relative name|오세훈]] "
            "[[other phone|010-5551-0088]]. [[patient name|미소]] 님 [[other date|작년 3월]]에도 [[address|분당서울대병원]] 내원력. "
            "주치의 [[clinician name|이하은]]."),
    # --- Korea: nursing home transfer with 주민번호 in the 요양원 slip
    ("kr1", "요양원 전원 메모 ([[address|행복한요양원]], [[address|경기 의정부시 호국로 1204]]) - 작성 요양보호사 [[relative name|최말순]] → 입소자 "
            "[[patient name|김순자]] 할머니 ([[age over 89|구십일 세]]), 주민번호 앞자리 [[record number|350210]], 담당 간호사 [[clinician "
            "name|하영미]] [[other phone|031-555-8821]]. [[other date|지난 화요일]]부터 {{symptom|기침}}, {{symptom|가래}}, "
            "[[other date|12월 6일]] 밤 {{vital|38.4도}}. 손녀 [[relative name|이하늘]] 씨가 면회 왔을 때 \"[[relative name|하늘]]아\" "
            "부름. 협력병원 [[address|의정부성모병원]]에서 {{procedure|흉부 X-ray}} 권유."),
    # --- Korea: nursing record, discharge against advice, with 씨 and no honorific
    ("kr4", "[간호기록 [[other date|2026.12.07]]] 03:10 [[patient name|박미소]] 환자 {{drug|메틸프레드니솔론 125mg}} {{route|IV}} 투여 "
            "후 {{sign|두드러기 호전}}. 04:30 자의퇴원 원함, \"내일 [[address|판교]] 출근해야 돼요\". 주치의 [[clinician name|이하은]] 설명, "
            "{{diagnosis|이상성 반응}} 위험 안내. 보호자 [[relative name|박정애]](모) [[other phone|010-5552-6613]] 통화, 모친은 "
            "[[address|전주시 완산구 효자동]] 거주. 자의퇴원서 서명, {{drug|에피펜}} 처방. [[patient name|미소]]씨 [[other date|12/9]] 외래 예약, "
            "연락처 [[own phone|010 5557 2204]]. 간호사 [[clinician name|김다솜]]."),
    # --- Uganda: Mulago casualty, English with Luganda
    ("ug", "[[address|Mulago]] A&E [[other date|6/12/2026]] 1120hrs. [[patient name|Nakato Sarah Ssempijja]] {{age "
           "under 90|39}}F, IP no [[own mrn|MUL-ED-26-0771]], tel [[own phone|+256 772 555 014]], from "
           "[[address|Kawempe]], [[address|Kazo-Angola zone]] near [[address|Mbogo mosque]]. Boda boda crash, rider "
           "[[relative name|Kato Isaac]] fled, plate [[record number|UFA 441K]]. {{vital|GCS 12}}, "
           "{{sign|otorrhoea}} R, {{sign|Battle's sign}}. Musawo [[clinician name|Nalwoga]] did primary survey. "
           "Jajja Nnalongo [[relative name|Namutebi]] (Nnalongo is a title) at [[other phone|0701 555 229]]. NIN "
           "[[record number|CF87052104QXLA]]. Referred to neurosurg Dr [[clinician name|Kiryowa]]. Born [[birth "
           "date|20 May 1987]]."),
    # --- Rwanda: CHUK, Kinyarwanda-English-French mix
    ("rw", "Urgences [[address|CHUK]] [[other date|le 5/12/2026]] 22h. Umurwayi [[patient name|Uwimana Claudine]] "
           "({{age under 90|33}} ans), dosiye [[own mrn|CHUK-26-10442]], tel [[own phone|+250 788 555 231]], atuye "
           "[[address|Nyamirambo]], [[address|Akagari ka Rugarama]], [[address|Umudugudu wa Isangano]]. "
           "{{symptom|Kuva amaraso}} nyuma yo kubyara ({{diagnosis|PPH}}) kuri [[address|Centre de Santé "
           "Kimisagara]], {{vital|TA 70/40}}, {{drug|ocytocine 10 UI}} {{route|IM}}. Umugabo we [[relative "
           "name|Habimana Jean de Dieu]] [[other phone|+250 783 555 190]]. Mutuelle [[record "
           "number|MS-1199380044571]]. Ambulance SAMU [[clinician name|Mukamana]]. Umubyaza [[clinician "
           "name|Ingabire Grace]] yamuzanye. Indangamuntu [[record number|1 1993 7 0044718 0 22]]."),
    # --- Zimbabwe: Harare, Shona and English
    ("zw", "[[address|Parirenyatwa]] Casualty [[other date|07.12.26]] 0740. [[patient name|Tendai Moyo]], {{age "
           "under 90|68}}M, hosp no [[own mrn|PGH/26/7714]], cell [[own phone|+263 77 555 0148]], from "
           "[[address|Mabvuku]], stand [[address|4471 Tafara Ext]]. Vakatanga {{symptom|kurwadziwa nechipfuva}} "
           "usiku, {{vital|BP 210/118}}, {{sign|papilloedema}}. {{diagnosis|hypertensive emergency}}. Mwanakomana "
           "[[relative name|Farai]] [[other phone|+263 71 555 0392]], and his sister [[relative name|Chipo]] from "
           "[[address|Chitungwiza]]. Medical aid [[record number|PSMAS 0044-18-771]]. Nurse Sister [[clinician "
           "name|Mutasa]], Dr [[clinician name|Chikwanha]]. Born [[birth date|18 Feb 1958]]."),
    # --- Malawi: Blantyre, paediatric, Chichewa
    ("mw", "ETAT triage - [[address|QECH]] paeds A&E, [[other date|Lolemba 7 Dec]]. Mwana [[patient name|Chikondi "
           "Banda]] ({{age under 90|14y}}) hosp [[own mrn|QECH-2026-3318]], amayi Mayi [[relative name|Esnart "
           "Phiri]] ph [[own phone|+265 99 555 0172]]. Kuchokera [[address|Ndirande]], [[address|Safarao]] near "
           "[[address|Ndirande Primary School]]. {{symptom|Kutentha thupi}} 4 days, {{symptom|kukomoka}} x2, "
           "{{lab|MRDT positive}}, {{vital|glucose 2.1}} → {{diagnosis|cerebral malaria}}. {{drug|IV artesunate 2.4 "
           "mg/kg}}. {{score|Blantyre coma score 2}}. HSA [[clinician name|Yohane Mbewe]] referred from "
           "[[address|Chilomoni HC]]. [[patient name|Chikondi]] means love, amayi said. DOB [[birth date|1/12/2012]]."),
    # --- Vanuatu: Vila Central Hospital, Bislama
    ("vu", "Emejensi [[address|Vila Central Hospital]] [[other date|6 Disemba 2026]]. Nem: [[patient name|Jimmy Toka "
           "Nalau]] ({{age under 90|56}}), namba [[own mrn|VCH-04471]], fon [[own phone|7755 018]], aelan "
           "[[address|Tanna]], stap long [[address|Blacksands]] nekis long [[address|Presbyterian church]]. Hem i "
           "kaekae kava long [[address|Rocky's nakamal]] mo i foldaon. {{symptom|Hed i soa}}, {{vital|GCS 13}}, "
           "{{sign|L pupil dilated}}. {{diagnosis|subdural}}? Wantok blong hem [[relative name|Willie Kalo]] [[other "
           "phone|5551 220]] i karem hem. Nes [[clinician name|Leimara]], dokta Dr [[clinician name|Tabi]]. Bon "
           "[[birth date|30/10/1970]]."),
    # --- Guam: GMH, Chamorro family, 92
    ("gu", "[[address|Guam Memorial Hospital]] ED [[other date|12/06/26]] 1805. [[patient name|Josefina Cruz "
           "Taitano]] (\"[[patient name|Tan Fina]]\"), [[age over 89|92 y/o]], MRN [[own mrn|GMHA-660218]], ph [[own "
           "phone|(671) 555-0137]], [[address|Lot 14 Chalan Ayuyu]], [[address|Yigo]]. Håfa adai per granddaughter "
           "[[relative name|Tiana Taitano Blas]] [[other phone|671-555-0190]]. {{symptom|Fall}} at [[address|San "
           "Judas Tadeo church]] during nobena, {{sign|shortened R leg}}. {{drug|morphine 2 mg}} {{route|IV}}. "
           "Son-in-law [[relative name|Frank \"Kiko\" Blas]] at [[address|Andersen AFB]]. MIP Medicaid [[record "
           "number|GU-MIP-00418827]]. DOB [[birth date|06/29/1934]]. Seen by Dr. [[clinician name|Quinata]]."),
    # --- Paraguay: Asunción, Spanish with Guaraní (Jopara)
    ("py", "Urgencias [[address|Hospital de Clínicas]] ([[address|San Lorenzo]]) [[other date|06/12/2026]]. Paciente "
           "Ña [[patient name|Rosalía Benítez Ayala]] ({{age under 90|60}} años), HC [[own mrn|HC-PY-118820]], cel "
           "[[own phone|0981 555 207]], CI [[record number|2.441.873]], compañía [[address|Barrio San Pablo]], "
           "[[address|calle Teniente Fariña c/ Tacuary]]. \"{{symptom|Che akã rasy}}\" y {{symptom|vómitos}}, "
           "{{vital|PA 200/120}}, {{sign|rigidez de nuca}}, {{sign|Brudzinski +}}, {{sign|Kernig +}}. "
           "{{diagnosis|HSA}}? Hija [[relative name|Lourdes Aquino Benítez]] [[other phone|0971 555 318]] dice que "
           "mamá \"{{word|ndaipóri}}\" dolor así nunca. Vecina Ña [[relative name|Chiquita]] la trajo en taxi. "
           "{{procedure|TAC de cráneo}} urgente, neurocirugía Dr. [[clinician name|Ruiz Díaz]]. IPS [[record "
           "number|IPS-0044-1187-2]]. Nacida el [[birth date|15 de agosto de 1966]], día de la Virgen de la Asunción."),
    # --- Slovenia: UKC Ljubljana, Slovene
    ("si", "Urgentni center [[address|UKC Ljubljana]], [[other date|6. 12. 2026]] ob 17.40. Pacientka [[patient "
           "name|Mojca Novak]], {{age under 90|77}} let, MŠ [[own mrn|UKCL-26-44912]], ZZZS št. [[record "
           "number|044118277]], EMŠO [[record number|1103949505123]], tel. [[own phone|041 555 019]], "
           "[[address|Celovška cesta 118]], [[address|Šiška]], [[postcode|1000]] [[address|Ljubljana]]. "
           "{{symptom|Nenadna šibkost leve roke}}, {{sign|povešen ustni kot}}, {{score|NIHSS 9}}. Sprejela ga je hči "
           "[[relative name|Petra Kovačič]] ([[other phone|031 555 204]]). Reševalec [[clinician name|Matej Zupan]], "
           "zdravnik dr. [[clinician name|Horvat]]. {{procedure|Tromboliza}} ob 18.22. Roj. [[birth date|11. 3. "
           "1949]]."),
    # --- Luxembourg: CHL, Luxembourgish/French, 94
    ("lu", "Urgence [[address|CHL Centre]] [[other date|den 6. Dezember 2026]]. Patient [[patient name|Jos Weber]] "
           "([[age over 89|94 Joer]]), Dossier [[own mrn|CHL-2026-08813]], Matricule [[record number|1931 1224 118 "
           "47]], Tel. [[own phone|+352 621 555 104]], wunnt [[address|12, rue de la Gare]], [[postcode|L-9122]] "
           "[[address|Schieren]]. Säi Meedchen [[relative name|Marie-Josée Weber-Hoffmann]] [[other phone|+352 691 "
           "555 227]] huet den 112 geruff. {{symptom|Ootmen schwéier}}, {{vital|SpO2 82%}}, {{sign|crépitants "
           "bilatéraux}}. {{drug|Furosémide 40 mg}} {{route|IV}}. Hausdokter Dr [[clinician name|Schmit]] vun "
           "[[address|Ettelbruck]]. Gebuer [[birth date|24.12.1931]] - [[birth date|Chrëschtdag-Owend]]."),
    # --- Azerbaijan: Baku, Azerbaijani Latin
    ("az", "Təcili yardım, [[address|Respublika Klinik Xəstəxanası]], [[other date|06.12.2026]]. Xəstə [[patient "
           "name|Leyla Məmmədova]], {{age under 90|38}} yaş, tibbi kart [[own mrn|RKX-26-3317]], tel [[own "
           "phone|+994 50 555 12 74]], ünvan [[address|Nərimanov rayonu, Təbriz küç. 44, mən. 12]]. FİN [[record "
           "number|5HK2L9P]]. Şikayət: {{symptom|qarında kəskin ağrı}}, {{sign|Kullen simptomu}} yox, {{lab|amilaza "
           "1400}}. {{diagnosis|kəskin pankreatit}}. Həyat yoldaşı [[relative name|Elvin Həsənov]] [[other "
           "phone|+994 55 555 40 18]]. Həkim [[clinician name|Aynur Quliyeva]]. Doğum tarixi [[birth "
           "date|20.01.1988]]."),
    # --- Timor-Leste: HNGV Dili, Tetum
    ("tl", "Emerjénsia [[address|HNGV]] [[other date|loron 5 Dezembru 2026]]. Pasiente [[patient name|Maria Ximenes "
           "da Costa]] ({{age under 90|51}}), RM [[own mrn|HNGV-26-2210]], tlf [[own phone|+670 7755 0192]], hela "
           "iha [[address|Suku Bairo Pite]], [[address|Aldeia Moris Foun]], munisípiu [[address|Dili]]. "
           "{{symptom|Isin manas}} no {{symptom|kabun moras}}, {{lab|teste dengue pozitivu}}, {{lab|plt 38}}. Nia "
           "oan-mane [[relative name|Zeferino]] [[other phone|+670 7723 5551]]. Enfermeira [[clinician name|Lúcia "
           "Soares]], doutór Dr. [[clinician name|Belo]]. Kartaun eleitorál [[record number|CE-0441827]]. Moris "
           "[[birth date|25/04/1975]]."),
)


def notes() -> list[Note]:
    return [parse_marked(marked, PATIENTS[who]) for who, marked in NOTES]
