"""A seventh blind held-out corpus for the de-identification bench: hand-written emergency-triage notes
(ESI/CTAS/ATS/MTS/KTAS triage notes, telephone advice and nurse-line calls, paramedic pre-alerts, shift
and bed handovers, clinician reviews with the reason for a triage override, discharge and referral
letters, pasted intake forms, SMS and group-chat messages, transcribed voice notes, ALL CAPS radio
reports, run-on text without punctuation, typos, lower-case names). About half are ordinary English from
US, UK, Canadian, Australian, New Zealand and Irish emergency departments, with many names that have no
cue word, nicknames, names that are also words (Hope, Rose, Bill, Grace, Will, Faith, Summer, Hunter,
Mason, Brook) used both as names and as words, clinical eponyms and routes that must survive, odd record
numbers, obfuscated e-mail addresses, plates, device serials and lot numbers, insurance, Medicare,
Medicaid, NHS, OHIP, IHI and PPS numbers, dates written in many ways and ages of 90 and over written as
"93yo" or "nonagenarian". About a fifth are Korean (a 119 pre-alert, KTAS and PedKTAS re-triage with the reason,
a family KakaoTalk message, a pasted nursing-home transfer slip, a discharge 안내문, a telephone
follow-up, a guardian consent call, a boarding handover, a delivery rider's crash in run-on text).
The rest come from settings none of the earlier corpora list: Lithuania, Latvia, Estonia, Serbia in
Cyrillic, Croatia, Albania, Malta (Maltese), Lebanon (Arabic with French), Iraqi Kurdistan (Sorani in
Arabic script), Afghanistan (Dari), Uzbekistan (Latin Uzbek), Myanmar (Burmese script), Cambodia (Khmer
script), Laos (Lao script), Papua New Guinea (Tok Pisin), Chile, Argentina, Puerto Rico (Spanglish),
northern Norway with a Sámi family, and Greenland (Kalaallisut with Danish). Identifiers are marked
``[[kind|text]]``; clinical phrases that must survive are marked ``{{kind|text}}``. Fake names, numbers
and places only: phones are 555, Ofcom drama-range, ACMA fictitious-range or invented digits, IP
addresses come from the documentation ranges, domains are example.* or made up; towns and cities are
real but every street address, unit, farm, station and house is invented.

Written without reading the recognisers (nothing under triage/deid_text or triage/deid* was opened, nor
bench/bench_deid.py, tests/export or docs/export.md, nor the notes of the other corpora) and frozen
before its first run: nobody has seen the scrubber's results on these notes. The only code run on it
before freezing was ``notes()``, to check that every note parses and to count the marks.

Mapping onto the bench's KINDS (as in corpora E and F): towns, suburbs, districts, villages, streets,
units, stations, farms, schools, care homes, clinics and hospitals are marked ``address``; number plates,
device serials and lot numbers, passports, insurance, Medicare, Medicaid, NHS, OHIP, IHI, PPS,
주민등록번호 and other national id numbers, claim and incident references are marked ``record number``;
social-media and messenger handles and links are marked ``url``; lay people (family, friends,
neighbours, carers, support workers, interpreters who are family, teachers, coaches, landlords) are
marked ``relative name``; nurses, paramedics, doctors, pharmacists, midwives, health workers and
dispatchers are marked ``clinician name``; every date other than a date of birth is marked
``other date``. Titles and honorifics (Mr, Mrs, Ms, Dr, Dra., dr., Sr, Sister, Sista, Officer, Mme, Sinjura,
Zonja, Doña, Daw, U, Thao, 님, 씨) stay outside the marked identifier. Ages under 90 are marked
``{{age under 90|...}}``; clinical phrases that look like places (Resus 2, Bay 14, Fast Track) are marked
``{{place|...}}``; English words that are also names, used as words, are marked ``{{word|...}}``.
"""

from __future__ import annotations

from datetime import date

from bench.deid_corpus import Note
from bench.deid_heldout import parse_marked
from triage.deid_text import KnownIdentifiers

PATIENTS = {
    "us1": KnownIdentifiers(names=("Margaret Ann Flaherty-Nunes",), numbers=("0049-1833",), phones=("617-555-0139",),
                            dates=(date(1932, 2, 11),)),
    "us2": KnownIdentifiers(names=("Hunter Wade Bledsoe",), numbers=("E2210457",), phones=("(806) 555-0148",),
                            dates=(date(1998, 7, 4),)),
    "us3": KnownIdentifiers(names=("Summer Grace Okafor-Lindqvist",), numbers=("PED/88/31204",),
                            phones=("773-555-0116",), dates=(date(2022, 9, 30),)),
    "uk1": KnownIdentifiers(names=("William Thomas Hebblethwaite",), numbers=("RR8 7741023",),
                            phones=("0113 496 0721",), dates=(date(1957, 1, 23),)),
    "uk2": KnownIdentifiers(names=("Morwenna Rose Trevithick",), numbers=("K0331948",), phones=("07700 900418",),
                            dates=(date(1931, 11, 5),)),
    "uk3": KnownIdentifiers(names=("Ciaran Patrick McAleese",), numbers=("H&C 55-20931",),
                            phones=("028 9649 6307",), dates=(date(1989, 3, 17),)),
    "ca1": KnownIdentifiers(names=("Faith Marie Tremblay-Okonkwo",), numbers=("TOH-7710094",),
                            phones=("613-555-0194",), dates=(date(1976, 5, 19),)),
    "ca2": KnownIdentifiers(names=("Mason Jian Li",), numbers=("VGH 4403 118",), phones=("604-555-0127",),
                            dates=(date(2009, 12, 2),)),
    "au1": KnownIdentifiers(names=("Brooklyn Jade Fitzsimmons",), numbers=("UR 0883127",), phones=("0491 570 156",),
                            dates=(date(1994, 8, 8),)),
    "au2": KnownIdentifiers(names=("Giuseppe Bill Capaldi",), numbers=("MR-3329-017",), phones=("03 5550 4418",),
                            dates=(date(1929, 4, 30),)),
    "nz1": KnownIdentifiers(names=("Hope Aroha Tipene-Walsh",), numbers=("NHI ZAB4471",), phones=("021 555 0389",),
                            dates=(date(1987, 10, 14),)),
    "ie1": KnownIdentifiers(names=("Bridget Eileen Ní Fhlatharta",), numbers=("UHG 0912277",),
                            phones=("087 555 3106",), dates=(date(1945, 6, 24),)),
    "kr1": KnownIdentifiers(names=("한정숙",), numbers=("2026-1204-0337",), phones=("010-5550-2748",),
                            dates=(date(1933, 3, 8),)),
    "kr2": KnownIdentifiers(names=("박도윤",), numbers=("SNU-559-0172",), phones=("010-5551-9064",),
                            dates=(date(2019, 6, 21),)),
    "kr3": KnownIdentifiers(names=("윤태식",), numbers=("E26-004471",), phones=("010-5552-3315",),
                            dates=(date(1968, 11, 2),)),
    "lt": KnownIdentifiers(names=("Ona Kazlauskienė",), numbers=("VUL-228-4471",), phones=("+370 655 50123",),
                           dates=(date(1950, 9, 12),)),
    "lv": KnownIdentifiers(names=("Jānis Bērziņš",), numbers=("PSKUS 90-1138",), phones=("+371 2555 0417",),
                           dates=(date(1983, 2, 1),)),
    "ee": KnownIdentifiers(names=("Kaarel Tamm",), numbers=("ITK-0440912",), phones=("+372 555 0196",),
                           dates=(date(1964, 7, 29),)),
    "rs": KnownIdentifiers(names=("Драгана Петровић",), numbers=("КЦС-77/2026",), phones=("064 555 0182",),
                           dates=(date(1959, 12, 9),)),
    "hr": KnownIdentifiers(names=("Ivana Horvat Babić",), numbers=("KBC-ST 449120",), phones=("091 555 0734",),
                           dates=(date(2001, 5, 3),)),
    "al": KnownIdentifiers(names=("Arben Hoxha",), numbers=("QSUT-26-1187",), phones=("069 555 0442",),
                           dates=(date(1972, 1, 15),)),
    "mt": KnownIdentifiers(names=("Carmen Borg Xuereb",), numbers=("MDH 0331874",), phones=("7955 0216",),
                           dates=(date(1930, 8, 15),)),
    "lb": KnownIdentifiers(names=("Rania Khoury Haddad",), numbers=("AUBMC-4471902",), phones=("03 555 218",),
                           dates=(date(1991, 4, 7),)),
    "ku": KnownIdentifiers(names=("ئاراس محەمەد ڕەشید", "Aras Mohammed Rashid"), numbers=("SLM-ER-20447",),
                           phones=("0770 555 1942",), dates=(date(1985, 3, 21),)),
    "af": KnownIdentifiers(names=("فریبا احمدی", "Fariba Ahmadi"), numbers=("KBL-1405-3318",),
                           phones=("0799 555 204",), dates=(date(1997, 1, 1),)),
    "uz": KnownIdentifiers(names=("Dilnoza Karimova",), numbers=("RSHTYoIM-55012",), phones=("+998 90 555 41 27",),
                           dates=(date(1961, 10, 20),)),
    "mm": KnownIdentifiers(names=("ဒေါ်ခင်မြင့်", "Daw Khin Myint"), numbers=("YGH-ED-8812",),
                           phones=("09 555 731 220",), dates=(date(1934, 5, 2),)),
    "kh": KnownIdentifiers(names=("សុខ ចាន់ធា", "Sok Chantha"), numbers=("CMH-26-0719",), phones=("012 555 814",),
                           dates=(date(1979, 11, 11),)),
    "la": KnownIdentifiers(names=("ບຸນມີ ພົມມະຈັນ", "Bounmy Phommachanh"), numbers=("MHS-4410-26",),
                           phones=("020 5555 1739",), dates=(date(1955, 2, 14),)),
    "pg": KnownIdentifiers(names=("Kila Tom Wapi",), numbers=("POMGH 261188",), phones=("7555 0312",),
                           dates=(date(1990, 6, 6),)),
    "cl": KnownIdentifiers(names=("Catalina Andrea Muñoz Soto",), numbers=("HUAP-2026-04412",),
                           phones=("+56 9 5550 3318",), dates=(date(1966, 9, 18),)),
    "ar": KnownIdentifiers(names=("Facundo Ezequiel Pereyra",), numbers=("HC 331.904",), phones=("11 5555-0871",),
                           dates=(date(2004, 2, 29),)),
    "pr": KnownIdentifiers(names=("Yamilet Rivera Colón",), numbers=("CMPR-0092217",), phones=("787-555-0163",),
                           dates=(date(1948, 12, 24),)),
    "sa": KnownIdentifiers(names=("Máret Ánne Somby",), numbers=("UNN-TR 882104",), phones=("+47 555 01 772",),
                           dates=(date(1938, 4, 1),)),
    "gl": KnownIdentifiers(names=("Nivi Kleist Lynge",), numbers=("DIH-3910-44",), phones=("+299 55 01 28",),
                           dates=(date(1978, 8, 3),)),
}

NOTES = (
    # --- US: Boston triage note, Epic-style paste
    ("us1", "TRIAGE 03:12 ESI 2 -- [[patient name|peggy flaherty-nunes]] [[age over 89|94yo]] F, MRN "
            "[[own mrn|0049-1833]], DOB [[birth date|2/11/32]], from [[address|Linden Hill Assisted Living]], "
            "[[address|88 Codman Terr]], [[address|Quincy]] MA [[postcode|02169]]. sent in by night aide "
            "[[relative name|Rosa]] for {{symptom|new confusion}} and {{sign|RUQ tenderness}}, {{eponym|Murphy sign}} "
            "equivocal. {{vital|T 38.6}} {{vital|HR 112}} {{vital|BP 96/54}} {{vital|SpO2 93% RA}}. daughter "
            "[[relative name|Kathleen]] is HCP, cell [[other phone|(617) 555-0172]]; pt's own landline "
            "[[own phone|617-555-0139]] rings out. [[relative name|Kath]] says baseline she does the crossword in "
            "pen. PCP Dr [[clinician name|Anand Ramaswamy]] at [[address|Quincy Medical Group]]. LKW "
            "[[other date|Sun 12/6]] ~21:00. {{drug|apixaban 2.5 mg}} BID, {{diagnosis|Parkinson disease}}. 2 large "
            "bore {{route|via IV}}, {{lab|lactate}} sent. -- [[clinician name|J. Oduya]] RN"),
    ("us1", "ED attending note, override of ESI 2 -> ESI 1: {{vital|MAP 58}} after 1L, {{vital|RR 30}}; "
            "pressors started {{route|via IO}} while line team paged. Discussed w/ [[relative name|Kathleen Nunes]] "
            "by phone [[other phone|617.555.0172]] at 04:05 -- MOLST on file from [[other date|March 3rd, 2024]] says "
            "full treatment, no intubation. Insurance: Medicare [[record number|1EG4-TE5-MK73]], supplemental BCBS "
            "[[record number|XYP 88104 5521]]. Prior cholecystitis workup at [[address|Beth Israel Deaconess]] "
            "[[other date|Aug '25]]. Surgery (Dr [[clinician name|Okonjo-Baptiste]]) will see. {{score|qSOFA 3}}. "
            "{{drug|pip-tazo 4.5 g}} given 03:58. Portal msgs from [[email|kflahertynunes (at) example [dot] com]]. "
            "Will d/w night float [[clinician name|Priya]] re ICU bed."),
    # --- US: Texas Panhandle EMS pre-alert, radio style ALL CAPS
    ("us2", "[[address|LUBBOCK]] MED 4 TO [[address|UMC]] RADIO -- INBOUND CODE 3 ETA 9 MIN. {{age under 90|28}} YOA M "
            "[[patient name|HUNTER BLEDSOE]] DOB [[birth date|07-04-1998]] ROLLOVER ON [[address|FM 1585]] WEST OF "
            "[[address|WOLFFORTH]], UNRESTRAINED, PROLONGED EXTRICATION. {{score|GCS 11}} E3V3M5. {{vital|BP 88/P}} "
            "{{vital|HR 134}}. {{sign|SEAT BELT SIGN}} NEG, {{sign|PELVIS UNSTABLE}}, BINDER ON. 2 LINES "
            "{{route|VIA IV}} 1 UNIT WB. TRUCK PLATE [[record number|TX LKD-4417]]. MOTHER [[relative name|TAMMY]] "
            "FOLLOWING POV [[other phone|806 555 0191]]. CREW MEDIC [[clinician name|R. VILLARREAL]] MEDIC "
            "[[clinician name|DOUCET]]. INCIDENT [[record number|LFR-26-118820]]."),
    ("us2", "trauma RN handover 2215 -- [[patient name|hunter]] (goes by [[patient name|Hunt]]) now in "
            "{{place|Trauma 2}}, "
            "{{diagnosis|open book pelvis}} on CT, IR aware. pt's cell [[own phone|806-555-0148]] in his boots, "
            "bagged w/ belongings inc wallet + TX DL [[record number|41770392]]. girlfriend [[relative name|Brook "
            "Ellery]] showed up asking for him, NOT on his list, do not give info -- mom [[relative name|Tammy "
            "Bledsoe]] is the contact. he works at [[address|Caprock Gin]] near [[address|Shallowater]]; boss "
            "[[relative name|Dale]] called twice. ran a {{word|brook}} of blood from the scalp lac on arrival, "
            "stapled. MRN [[own mrn|E2210457]]. {{drug|TXA 1 g}} given 21:40, 2nd dose running. "
            "[[clinician name|mason]] from blood bank says MTP cooler #2 at 22:20. {{word|will}} need "
            "{{procedure|Foley}} once urethra cleared -- no {{sign|blood at meatus}}."),
    # --- US: Chicago peds nurse line
    ("us3", "NURSE LINE 19:47 caller mom [[relative name|Adaeze]] re [[patient name|Summer]] ({{age under 90|4}}y, "
            "DOB [[birth date|9/30/22]]). {{symptom|barky cough}} since Tuesday, tonight {{sign|stridor at rest}} "
            "per mom, audible on phone. Temp 39.1 at home. Rec ED now -- [[address|Lurie]] vs "
            "[[address|Comer]]; mom choosing [[address|Lurie]], dad [[relative name|Erik]] driving. callback "
            "[[own phone|773-555-0116]] / dad [[other phone|773 555 0140]]. Medicaid (IL) "
            "[[record number|MCD 448 120 937]]. sibling [[relative name|Grace]] at home w/ grandma "
            "[[relative name|Nkechi]]. said {{word|grace}} period on the Medicaid renewal ends "
            "[[other date|12/31]] -- told her not to worry about that tonight. Advised: no {{drug|ibuprofen}} "
            "until seen? no -- ok to give {{drug|ibuprofen 10 mg/kg}}. -- [[clinician name|T. Kowalczyk]] RN, "
            "line [[clinician name|Bev]]"),
    ("us3", "peds ED triage: [[patient name|summer okafor-lindqvist]], MRN [[own mrn|PED/88/31204]], "
            "{{score|Westley 5}}, "
            "{{vital|SpO2 95%}}, {{vital|RR 44}}, {{sign|suprasternal retractions}}. Given {{drug|dexamethasone 0.6 "
            "mg/kg}} PO and {{drug|racemic epi}} neb in {{place|Room 14}}. mom asked we send school note to "
            "[[email|adaeze.okafor.l@example.org]]; daycare is [[address|Little Sprouts on Kedzie]], "
            "[[address|Albany Park]]. mom's work badge from [[address|Swedish Hospital]]. Interp not needed. "
            "Attending Dr [[clinician name|Hollis-Brandt]] aware. {{word|hope}} for d/c after 4h obs."),
    # --- UK: Leeds, MTS triage then handover
    ("uk1", "[[address|LGI]] ED. MTS: {{score|Orange}} -- chest pain. [[patient name|Bill Hebblethwaite]] "
            "({{age under 90|69}}) NHS no [[record number|485 777 3456]], hosp no [[own mrn|RR8 7741023]], lives "
            "[[address|14 Cardigan Lane]], [[address|Headingley]], [[postcode|LS6 3BW]]. "
            "{{symptom|central crushing pain}} since 1600 walking back from the [[address|Otley Road]] bus stop. "
            "{{vital|HR 48}} {{vital|BP 102/60}}. ECG: {{diagnosis|inferior STEMI}}, reg Dr [[clinician name|"
            "Adeyemi]] -- NO wait, it was [[clinician name|Tolu]] who saw it first. Cath lab at "
            "[[address|Leeds General]] activated 16:52. wife [[relative name|Maureen]] on "
            "[[other phone|0113 496 0984]], his mobile [[own phone|0113 496 0721]] (actually landline). "
            "{{drug|aspirin 300mg}} given by YAS crew ([[clinician name|Gaz]] + [[clinician name|Nadia Iqbal]]), "
            "{{drug|GTN}} held for BP. [[relative name|Will]], his son, has gone for the car -- pls tell "
            "[[relative name|Will]] "
            "Bay 6 if he comes back. {{place|Resus 2}}."),
    ("uk1", "handover to CCU 1745: Mr [[patient name|William Thomas Hebblethwaite]] DOB "
            "[[birth date|23.01.57]], RCA stented by Dr [[clinician name|Sandhu]]. access {{route|via right "
            "radial}}, TR band on. hx {{diagnosis|Bell palsy}} 2019 (L), {{diagnosis|Dupuytren}}. GP is "
            "[[address|Manor Park Surgery]], [[address|Bramley]], Dr [[clinician name|Ffion Rees-Cartwright]]. "
            "next of kin [[relative name|Maureen Hebblethwaite]], same address. bloods: {{lab|trop 4210}}. he said 'I "
            "will "
            "not be kept in past Saturday, grandson's christening [[other date|Sat 12th]]' -- explained. "
            "{{drug|ticagrelor 180 mg}} loaded. {{word|will}} need echo."),
    # --- UK: Cornwall, rural 111 call and ambulance delay
    ("uk2", "111 clinical assessment 02:14. Caller: neighbour [[relative name|Jory Penhaligon]] for "
            "[[patient name|Morwenna Trevithick]], nonagenarian ([[age over 89|95]]) living alone at "
            "[[address|Carn Du Farm]], [[address|St Buryan]], [[postcode|TR19 6DX]]. found on kitchen floor, "
            "{{symptom|unable to weight bear}}, {{sign|L leg shortened and externally rotated}}. key safe code given "
            "to crew, not recorded here. Her number [[own phone|07700 900418]]; [[relative name|Jory]]'s "
            "[[other phone|07700 900533]]. Daughter [[relative name|Rose]] in [[address|Bristol]]. {{word|rose}} "
            "from floor with help? -- advised NOT to move her. Cat 2. Ambulance delay ~3h, welfare call "
            "by CAS [[clinician name|Kerenza]] at 03:15. [[other date|5/12]] previous fall, seen "
            "[[address|West Cornwall Hospital]]. ref [[record number|NHS111-2612-77310]]."),
    ("uk2", "ED triage [[address|RCHT]] 06:40: [[patient name|Morwenna]], [[age over 89|95]], DOB "
            "[[birth date|5 Nov 1931]], hosp no [[own mrn|K0331948]]. "
            "{{score|NEWS2 5}}, {{vital|temp 35.2}}, {{sign|pressure area sacrum grade 2}} after long lie. "
            "{{diagnosis|NOF fracture}} suspected, {{drug|fascia iliaca block}} by Dr [[clinician name|Pascoe]]. "
            "lives with her cat; neighbour [[relative name|Jory]] feeding it. [[relative name|Rose Trevithick]] "
            "([[other phone|0117 496 0277]]) "
            "travelling down on the 08:05. Hx {{diagnosis|Paget disease}}, on {{drug|alendronic acid}}. "
            "CK sent ({{lab|CK}}), {{lab|lactate 2.9}}. Sr [[clinician name|Hosking]] to {{place|Majors}} bay."),
    # --- NI: Belfast, police-accompanied, no punctuation
    ("uk3", "[[address|RVH]] ED triage 0115 mts yellow {{age under 90|37M}} [[patient name|ciaran mcaleese]] brought "
            "by PSNI constables [[relative name|Boyd]] "
            "and [[relative name|Kerr]] after assault outside bar on [[address|Botanic Ave]] {{symptom|head injury}} "
            "{{sign|boggy swelling occiput}} {{score|GCS 14}} smells of etoh says his mate [[relative name|Ronan "
            "Devlin]] has his phone number is [[own phone|028 9649 6307]] [[relative name|ronans]] [[other "
            "phone|07700 900 871]] "
            "lives [[address|43 Ravenhill Parade]] [[postcode|BT6 8EA]] h&c no [[own mrn|H&C 55-20931]] dob "
            "[[birth date|17/3/89]] PSNI ref [[record number|CC2026120700115]] {{sign|battle sign}} absent "
            "{{sign|racoon eyes}} absent ct head per nice needs doing within 1h {{drug|paracetamol 1g}} "
            "{{route|iv}} gp dr [[clinician name|mccann]] [[address|Ormeau Health Centre]]"),
    # --- Canada: Ottawa CTAS triage, override, OHIP
    ("ca1", "CTAS 3 -> re-triaged CTAS 2 by [[clinician name|Nicole Bélanger]] RN 14:20. [[patient name|Faith T-O]], "
            "{{age under 90|50F}}, "
            "{{symptom|thunderclap headache}} at the gym ([[address|GoodLife Rideau]]) at 13:30, "
            "{{sign|neck stiffness}}, {{eponym|Kernig}} neg, {{eponym|Brudzinski}} neg. {{vital|BP 188/104}}. "
            "{{score|Ottawa SAH rule}} positive (age >40, onset with exertion). OHIP "
            "[[record number|5584-221-907-KT]], chart [[own mrn|TOH-7710094]]. husband [[relative name|Chidi]] "
            "on way from [[address|Kanata]]; her cell [[own phone|613-555-0194]]. keep {{word|faith}} w/ "
            "husband's request -- he wants to be called before any LP: [[other phone|613 555 0105]]. "
            "Override reason: onset <1h, worst headache of life, hx {{diagnosis|polycystic kidney}} "
            "(mother had aneurysm). CT booked. Triage ID [[record number|TRG-26-55102]]."),
    ("ca1", "Discharge summary (draft) -- Pt: [[patient name|Faith Marie Tremblay-Okonkwo]] DOB "
            "[[birth date|1976-05-19]]. Dx: {{diagnosis|perimesencephalic SAH}}, {{score|Hunt and Hess 1}}, "
            "{{score|Fisher 1}}. Seen by neurosurg Dr [[clinician name|Gauthier-Mbeki]] at the "
            "[[address|Civic campus]], transferred back [[other date|Dec 4]]. f/u clinic [[other date|January 15, "
            "2027]] 09:30, [[address|1053 Carling Ave]], [[address|Ottawa]] ON [[postcode|K1Y 4E9]]. "
            "{{drug|nimodipine 60 mg}} q4h x 21 days, {{drug|acetaminophen}} prn. Return if "
            "{{symptom|new weakness}}. cc: Dr [[clinician name|Sarah Whitecrow]], [[address|Carlingwood "
            "Family Health Team]], fax [[other phone|613-555-0177]]."),
    # --- Canada: Vancouver teen, text messages from school counsellor
    ("ca2", "[[address|BCCH]] ED triage (paper form retyped): name [[patient name|LI, Mason]]  PHN "
            "[[record number|9876 543 210]]  DOB [[birth date|02/12/2009]]  (dd/mm)  chart [[own mrn|VGH 4403 "
            "118]]. Sent from [[address|Sir Charles Tupper Secondary]] by counsellor Ms [[relative name|Harjit "
            "Gill]] (Ms [[relative name|Gill]] stayed till 12). CTAS 2 "
            "{{diagnosis|intentional ingestion}}: ~20 x {{drug|acetaminophen 500 mg}} at 10:15. {{vital|HR 104}}. "
            "4h {{lab|APAP level}} due 14:15, {{score|Rumack-Matthew nomogram}}. mom [[relative name|Jing]] "
            "(Mandarin, family interpreter = aunt [[relative name|Lily Chen]]) [[other phone|604-555-0160]]. "
            "His phone [[own phone|604-555-0127]] taken for safety. instagram [[url|@mase.li09]] posts "
            "flagged by school. poison centre ref [[record number|DPIC 26-08812]]."),
    ("ca2", "text from counsellor forwarded to charge RN (pasted): 'hi its [[relative name|harjit]] from "
            "[[address|tupper]], [[patient name|mason]]'s "
            "friend [[relative name|hunter]] says he also took some of his mom's pills last wk around "
            "[[other date|nov 28]]?? "
            "not sure. his locker had a bottle from [[address|Shoppers on Main]]. my cell [[other phone|778 "
            "555 0152]]' -- charge RN [[clinician name|Ana Sousa]]: relayed to Dr [[clinician name|Reimer]]. "
            "{{word|hunter}} in that text = friend [[relative name|Hunter Cho]], not a pt. {{drug|NAC}} "
            "started {{route|via IV}} 21-h protocol. psych (Dr [[clinician name|Okafor]]) for tomorrow. "
            "{{symptom|RUQ pain}} denied, {{lab|ALT 22}}."),
    # --- Australia: Toowoomba, ATS triage + QAS handover (IMIST-AMBO)
    ("au1", "QAS handover IMIST-AMBO 22:48 -- I: [[patient name|Brooklyn Fitzsimmons]] ('[[patient name|Brookie]]'), "
            "{{age under 90|32}}F. M: fell from horse at [[address|Glenvale Downs]] (property off "
            "[[address|Gore Hwy]], [[address|Southbrook]] QLD [[postcode|4363]]) ~20:30. I: "
            "{{symptom|L chest wall pain}}, {{sign|reduced AE left base}}, {{sign|surgical emphysema}}. S: "
            "{{vital|RR 28}} {{vital|SpO2 91% on 6L}} {{vital|HR 120}} {{vital|BP 110/70}} {{score|GCS 15}}. "
            "T: {{drug|methoxyflurane}}, {{drug|fentanyl 50 mcg}} {{route|IN}}. A: NKDA. M: {{drug|COCP}}. "
            "B: {{diagnosis|asthma}}. O: partner [[relative name|Jarrod Pike]] [[other phone|0491 570 313]] "
            "driving the ute rego [[record number|QLD 447 KXJ]]. her mob [[own phone|0491 570 156]]. "
            "Paramedics [[clinician name|Shazza Kelleher]] + [[clinician name|Mick D]] , case "
            "[[record number|QAS-20261207-0419]]. Medicare [[record number|2951 44127 3-1]]."),
    ("au1", "ATS 2 @ [[address|Toowoomba Hospital]] 22:55 by [[clinician name|Leilani]] (CN). UR "
            "[[own mrn|UR 0883127]], DOB [[birth date|08/08/1994]]. {{diagnosis|tension pneumothorax}} ?? -> "
            "{{procedure|finger thoracostomy}} by Dr [[clinician name|Nguyen-Rafferty]] in {{place|Resus 1}}, "
            "ICC 28Fr placed. address on file old: [[address|Unit 4/19 Bridge St]], [[address|Newtown]]. she "
            "rides at [[address|Clifton Pony Club]] and the horse ({{word|Summer}} Storm -- the horse, not a "
            "person) is fine per [[relative name|Jarrod]]. IHI [[record number|8003 6080 0004 4721]]. last tetanus "
            "[[other date|2016]]. {{drug|ceftriaxone 2g}} {{route|IV}}. GP Dr [[clinician name|Kaur]] "
            "[[address|Highfields Family Practice]]."),
    # --- Australia: Melbourne, aged care, nonagenarian
    ("au2", "Phone triage from [[address|Bellfield Aged Care]], [[address|Brunswick West]] VIC "
            "[[postcode|3055]]: RN [[clinician name|Tayla]] calling re Mr [[patient name|Capaldi]] ('[[patient "
            "name|Bill]]', real name [[patient name|Giuseppe]]), [[age over 89|97]], resident since "
            "[[other date|14/2/2023]]. {{symptom|vomiting faeculent}}, {{sign|abdo distended}}, "
            "{{sign|tinkling bowel sounds}}. {{vital|BP 90/50}}. Goals of care: ARP on file says transfer for "
            "reversible. Son [[relative name|Sal]] (POA) [[other phone|0412 555 018]], daughter-in-law "
            "[[relative name|Concetta]] speaks for the family mostly. NOK aware. Facility fax "
            "[[other phone|03 5550 2290]]. Resident ID [[record number|BAC-R-0417]]. Pt's room phone "
            "[[own phone|03 5550 4418]]. AV booked, job [[record number|AV 2612070188]]."),
    ("au2", "[[address|RMH]] ED triage 10:05 ATS 3 upgraded to 2 (override: age [[age over 89|97]], hypotension, "
            "{{diagnosis|SBO}} "
            "?volvulus). [[patient name|Giuseppe Bill Capaldi]], UR [[own mrn|MR-3329-017]], DOB "
            "[[birth date|30 April 1929]]. DVA Gold Card [[record number|VX 338211]], Medicare "
            "[[record number|3512 77410 2]]. {{procedure|NGT}} inserted, drainage {{route|via NG}} 600 mL. "
            "Italian interpreter [[clinician name|Marisa Conti]] (TIS ph) at 10:20. {{vital|lactate 3.4}}. "
            "prev {{procedure|Hartmann procedure}} [[other date|the 3rd of May 2011]] at [[address|Austin "
            "Health]]. Surgical reg [[clinician name|Dev]] paged 10:22. son [[relative "
            "name|Sal]] arriving from [[address|Coburg]]."),
    # --- NZ: Christchurch, whānau, NHI, voice note transcribed
    ("nz1", "voice memo transcribed (auto) from triage nurse [[clinician name|aroha]] -- 'ok so this is "
            "[[patient name|hope "
            "tipene walsh]] {{age under 90|thirty nine}} F NHI [[own mrn|ZAB4471]] um she came in from "
            "[[address|Kaiapoi]] with her koro [[relative name|Rawiri]] and her partner [[relative name|Liam "
            "Walsh]] [[relative name|liam]]'s number is [[other phone|zero two one five five five zero four one two]] "
            "{{symptom|right iliac fossa pain}} since yesterday arvo {{eponym|Rovsing}} positive "
            "{{sign|rebound}} yes {{vital|temp thirty eight point two}} beta hcg negative triage cat three "
            "ats wait no we use ats here yep cat three {{score|Alvarado 8}} thats it'"),
    ("nz1", "Corrected triage entry (nurse edited voice memo): [[patient name|Hope Tipene-Walsh]], "
            "{{age under 90|39F}}, "
            "NHI [[own mrn|NHI ZAB4471]], DOB [[birth date|14/10/1987]], mob [[own phone|021 555 0389]]. "
            "address [[address|27 Hoani St]], [[address|Kaiapoi]] [[postcode|7630]]. whānau: koro "
            "[[relative name|Rawiri "
            "Tipene]] ([[other phone|03 555 0172]]). there is {{word|hope}} for lap appy tonight per surg reg Dr "
            "[[clinician name|Ihaia Ruawai]]. {{drug|cefazolin 2 g}} + {{drug|metronidazole 500 mg}} "
            "{{route|IV}}. ACC claim not applicable. kaiāwhina [[clinician name|Mere]] supporting whānau in "
            "the whānau room. prev attendance [[address|Christchurch Hospital]] [[other date|Tues 4th Feb]]."),
    # --- Ireland: Galway, Irish-language name, PPS, Eircode
    ("ie1", "[[address|UHG]] ED triage (MTS) 18:30 -- [[patient name|Bríd Ní Fhlatharta]] (called "
            "[[patient name|Bridie]] "
            "by everyone), {{age under 90|81}}, from [[address|Inis Meáin]], flown by Coast Guard "
            "[[record number|R115]] to "
            "[[address|UHG]]. {{symptom|sudden L arm weakness}} and {{symptom|slurred speech}} 15:40 per "
            "her nephew [[relative name|Pádraig Ó Conghaile]] ([[other phone|087 555 9120]]). "
            "{{score|NIHSS 9}}, {{score|ROSIER 4}}. {{vital|BP 196/98}}. {{diagnosis|AF}} not anticoagulated. "
            "PPS [[record number|7719403TA]]. medical card [[record number|GMS 44-1207-88]]. GP Dr "
            "[[clinician name|Siobhán de Búrca]], [[address|Inis Oírr]] practice. Stroke nurse "
            "[[clinician name|Caoimhe]] bleeped 18:32."),
    ("ie1", "Discharge letter to GP -- Re: [[patient name|Bridget Eileen Ní Fhlatharta]], DOB "
            "[[birth date|24/06/1945]], MRN [[own mrn|UHG 0912277]], [[address|Baile an Mhothair]], "
            "[[address|Inis Meáin]], Co. [[address|Galway]], Eircode [[postcode|H91 X2T7]]. Tel [[own phone|087 555 "
            "3106]]. Admitted [[other date|7th December 2026]], {{drug|tenecteplase}} given at 18:58 "
            "(door to needle 28 min), transferred to [[address|Merlin Park]] rehab [[other date|12/12]]. "
            "Start {{drug|apixaban 5 mg}} BD from day 7. {{score|mRS 2}} at discharge. Bell palsy excluded "
            "-- this was a {{diagnosis|cortical stroke}} with facial droop ({{eponym|Bell palsy}} "
            "queried by the helicopter crew). Yours sincerely, Dr [[clinician name|Eoin Mac Donncha]], SpR. "
            "email [[email|eoin.macdonncha at example dot ie]]"),
    # --- US: nurse chat between units (Teams-style), handles and links
    ("us1", "[Teams] [[clinician name|Dana Whitfield]] 05:10: anyone seen [[patient name|Peggy]]'s daughter? "
            "[[clinician name|Marcus O]] 05:11: [[relative name|Kath]] went to cafeteria w/ her brother "
            "[[relative name|Danny]] "
            "[[clinician name|Dana Whitfield]] 05:11: k. ICU wants the {{procedure|arterial line}} "
            "{{route|via radial}} first. also family posting on fb -- link "
            "[[url|https://facebook.example.com/groups/PrayForPeggyFN]] -- pls remind them HIPAA? "
            "[[clinician name|Marcus O]] 05:12: lol not our job. "
            "{{place|Bay 14}} cleaned. {{score|CAM-ICU}} positive. [[clinician name|Summer]] intern "
            "([[clinician name|Summer "
            "Nakamura]], MS3) shadowing, fyi. IT says the monitor at [[ip|192.0.2.44]] is dropping off "
            "central station again, ticket [[record number|INC0448812]]."),
    # --- Korea: 1339 / 119 telephone referral, transcribed
    ("kr1", "[119 구급상황관리센터 이송 전 연락] 02:40 접수. 환자 [[patient name|한정숙]] 님 "
            "[[age over 89|93세]] 여자, [[address|서울 노원구 동일로 1471]] [[address|상계주공 7단지]] "
            "[[address|712동 1103호]]. 보호자 며느리 [[relative name|김미란]] 씨 [[other phone|010-5553-0817]]. "
            "{{symptom|의식저하}}, {{symptom|좌측 편마비}} 01:50 발견. {{vital|혈압 182/96}} {{vital|맥박 88}} "
            "{{vital|SpO2 95%}} {{vital|혈당 142}}. {{score|신시내티 양성}}. 구급대원 [[clinician name|이준호]] "
            "소방교, [[clinician name|정다은]] 소방사. 출동번호 [[record number|119-20261208-0042]]. "
            "[[address|을지대학교병원]] 거부 → [[address|상계백병원]] 이송 예정."),
    ("kr1", "응급실 초진 기록 (KTAS 재분류) 02:58 — {{score|KTAS 2}}, 분류자 [[clinician name|박소연]] 간호사. "
            "[[patient name|한정숙]](F/[[age over 89|93]]) 등록번호 [[own mrn|2026-1204-0337]], 생년월일 "
            "[[birth date|1933년 3월 8일]], "
            "주민등록번호 [[record number|330308-2******]] (뒷자리 보호자 확인). 환자 휴대폰 "
            "[[own phone|010-5550-2748]]. 아들 [[relative name|최성민]]님 미국 거주, 카톡 ID "
            "[[url|sungmin_choi_la]]. {{diagnosis|급성 뇌경색}} 의심, {{procedure|뇌 CT}} 및 CTA 시행. "
            "{{drug|아스피린}} 보류. LKW [[other date|12월 7일]] 22시경 (며느리 진술). 신경과 "
            "[[clinician name|강민재]] 전공의 콜 03:01. 과거력 {{diagnosis|파킨슨병}}, {{diagnosis|고혈압}}."),
    ("kr1", "요양원 전원 의뢰서(붙여넣기) ------ 성명: [[patient name|한 정 숙]]   성별: 여   나이: "
            "[[age over 89|93세]] ------ "
            "기관: [[address|노원행복요양원]] ([[address|공릉로 58길 22]]) 담당 간호사 [[clinician name|윤해나]] "
            "[[other phone|02-555-7190]] / 팩스 [[other phone|02-555-7191]] ------ 입소일: "
            "[[other date|2024. 11. 3.]] ------ 투약: {{drug|레보도파}}, {{drug|암로디핀 5mg}} ------ "
            "비위관 {{route|via L-tube}} 식이 중 ------ 보호자: [[relative name|김미란]](며느리), "
            "[[relative name|한영수]](조카) ------"),
    # --- Korea: pediatric fever, parent KakaoTalk message
    ("kr2", "[카카오톡 보호자 메시지 캡처, 간호기록 첨부] '선생님 [[patient name|도윤]]이 엄마예요 ㅠㅠ 열이 "
            "{{vital|39.8}}까지 "
            "올랐다가 {{symptom|경련}}을 1분정도 했어요 지금 [[address|분당]] 쪽에서 가고있어요 애아빠 "
            "[[relative name|박준혁]] 번호 [[other phone|010 5554 2290]] 이에요' — 보낸이 [[relative name|이수진]] "
            "(모), 프로필 [[url|open.kakao.example/o/dy_mom0621]]. 환아 [[patient name|도윤]] "
            "{{age under 90|만 7세}}, {{diagnosis|단순 열성경련}} 의심. {{drug|아세트아미노펜 15mg/kg}} 귀가 전 투여."),
    ("kr2", "소아응급 KTAS {{score|PedKTAS 3}} → 2 상향 (사유: 도착 후 재경련 2분, {{sign|산소포화도 91%}}). "
            "[[patient name|박도윤]] 환아, 등록번호 [[own mrn|SNU-559-0172]], 생년월일 [[birth date|2019-06-21]], "
            "보호자 연락처 [[own phone|010-5551-9064]]. {{drug|미다졸람 0.2mg/kg}} {{route|비강 내}} 투여. "
            "다니는 곳 [[address|햇살어린이집]] ([[address|성남시 분당구 정자동]]). 담당 "
            "[[clinician name|오지훈]] 교수, 간호사 [[clinician name|송하늘]]. 외할머니 [[relative name|정옥자]] 씨 "
            "동반. "
            "{{eponym|Kernig}} 음성, {{sign|대천문}} 해당없음."),
    # --- Korea: trauma, motorcycle delivery rider, no punctuation
    ("kr3", "배달 오토바이 사고 [[patient name|윤태식]] {{age under 90|58세}} 남 [[address|인천 남동구 구월동]] 사거리 "
            "택시랑 충돌 헬멧o 차량번호 [[record number|34하 5521]] 오토바이 [[record number|인천남동 바 4417]] "
            "{{symptom|우측 대퇴부 통증}} {{sign|변형}} {{vital|BP 98/60}} {{vital|HR 118}} {{score|GCS 15}} "
            "보험사 접수번호 [[record number|DB-2612-0830157]] 배달앱 라이더ID [[record number|CPR-88412]] "
            "동료 라이더 [[relative name|곽민수]] 씨가 연락함 [[other phone|010-5556-1804]]"),
    ("kr3", "외상팀 인계 ([[patient name|윤태식]] 님) 등록 [[own mrn|E26-004471]] 생년월일 "
            "[[birth date|68.11.02]] 본인 [[own phone|010-5552-3315]] 부인 [[relative name|문경희]] 씨 "
            "[[other phone|010-5557-4402]] 주소 [[address|인천광역시 남동구 인하로 507번길 33]] "
            "[[postcode|21565]]. {{diagnosis|대퇴골 간부 골절}}, {{procedure|Thomas splint}} 적용, "
            "{{drug|펜타닐 50mcg}} IV. {{procedure|FAST}} 음성. 외상외과 [[clinician name|한지우]] 선생님 "
            "수술 [[other date|내일(12/9)]] 예정. 산재 여부 근로복지공단 문의, 사고일 [[other date|2026년 12월 8일]]."),
    ("kr3", "귀가 안내문(퇴원 전 외래 환자용) — [[patient name|윤태식]]님께: 다음 외래 [[other date|2026.12.22(화)]] "
            "오전 10시, "
            "[[address|가천대 길병원]] 정형외과 [[clinician name|최유리]] 교수. 문의 [[other phone|032-555-1188]]. "
            "{{symptom|발열}}, {{symptom|종아리 통증}}, {{symptom|호흡곤란}} 시 즉시 응급실. {{drug|에녹사파린}} "
            "자가주사 교육 완료 (교육 간호사 [[clinician name|권보람]]). 이메일 사본: "
            "[[email|taesik.yoon@example.co.kr]]"),
    ("kr1", "보호자 통화 기록 04:30 — 며느리 [[relative name|김미란]] 씨에게 혈전용해제 설명, 동의 받음. 통화 번호 "
            "[[other phone|010-5553-0817]]. 조카 [[relative name|한영수]] 씨도 스피커폰 참여. "
            "{{drug|알테플라제 0.9mg/kg}} 투여 03:22 시작 (door-to-needle 24분). [[patient name|한]] 할머니 현재 "
            "{{score|NIHSS 11}} → 7. 담당 [[clinician name|강민재]] R2. {{word|희망}}적이라고 설명함."),
    # --- Lithuania: Vilnius, Lithuanian
    ("lt", "[[address|VULSK]] skubios pagalbos skyrius, triažas 11:05, {{score|ESI 2}}. Pacientė [[patient name|Ona "
           "Kazlauskienė]], {{age under 90|76}} m., gim. [[birth date|1950-09-12]], a.k. "
           "[[record number|45009120417]], ligos istorijos Nr. [[own mrn|VUL-228-4471]]. Gyvena "
           "[[address|Žirmūnų g. 88-14]], [[address|Vilnius]], [[postcode|LT-09127]]. {{symptom|dusulys}}, "
           "{{sign|kojų tinimas}}, {{vital|SpO2 88 %}}, {{vital|AKS 164/92}}. Dukra [[relative name|Rūta "
           "Petrauskaitė]] tel. [[other phone|+370 655 50877]], pacientės tel. [[own phone|+370 655 50123]]. "
           "Šeimos gydytoja dr. [[clinician name|Jurgita Vaitkienė]], [[address|Antakalnio poliklinika]]. "
           "Ankstesnis gydymas [[other date|2025 m. spalio 3 d.]]. {{drug|furosemidas 40 mg}} {{route|i/v}}. "
           "Slaugytoja [[clinician name|Aistė]]."),
    # --- Latvia: Riga, Latvian, ambulance
    ("lv", "NMPD brigāde 714 -> [[address|P. Stradiņa KUS]], ierašanās 23:40. Pacients [[patient name|Jānis "
           "Bērziņš]], {{age under 90|43}} g., p.k. [[record number|010283-11427]], kartes Nr. "
           "[[own mrn|PSKUS 90-1138]]. Atrasts [[address|Brīvības ielā 212]], [[address|Rīga]], "
           "[[postcode|LV-1039]], pie veikala. {{symptom|sāpes krūtīs}}, {{sign|auksti sviedri}}, "
           "{{vital|AS 84/50}}, {{vital|SF 38}}. {{diagnosis|STEMI}} priekšējā sienā. Sieva [[relative name|Ilze]] "
           "[[other phone|+371 2555 0932]]; viņa tālrunis [[own phone|+371 2555 0417]]. Feldšeris "
           "[[clinician name|Andris Kalniņš]], ārste [[clinician name|L. Ozola]]. {{drug|heparīns 5000 V}} "
           "{{route|i/v}}, {{drug|aspirīns 300 mg}}. Izsaukuma Nr. [[record number|NMPD-26-334120]]."),
    # --- Estonia: Tartu, Estonian, e-mail and portal
    ("ee", "[[address|TÜK]] EMO triaaž 08:15 -- [[patient name|Kaarel Tamm]], isikukood [[record number|36407290214]], "
           "haiguslugu [[own mrn|ITK-0440912]]. {{age under 90|62}}a mees, {{symptom|äkiline kõhuvalu}} "
           "seljale kiirguv, {{sign|pulseeriv mass}}, {{vital|RR 92/58}}. Kahtlus "
           "{{diagnosis|AAA ruptuur}}. Abikaasa [[relative name|Merike]] (tel [[other phone|+372 555 0388]]) "
           "tõi autoga reg nr [[record number|442 BKT]] [[address|Elvast]]. Elukoht [[address|Riia mnt 141-7]], "
           "[[address|Tartu]] [[postcode|50411]]. Patsiendi tel [[own phone|+372 555 0196]]. Perearst "
           "[[clinician name|Tiina Kask]]. Kirurg dr [[clinician name|Rebane]] teavitatud. Digilugu teade "
           "[[email|kaarel.tamm@example.ee]]."),
    # --- Serbia: Belgrade, Cyrillic
    ("rs", "Ургентни центар [[address|УКЦС]], тријажа 14:30. Пацијенткиња [[patient name|Драгана Петровић]], "
           "{{age under 90|66}} год., рођ. [[birth date|09.12.1959]], ЈМБГ [[record number|0912959715023]], "
           "бр. историје [[own mrn|КЦС-77/2026]]. Адреса: [[address|Булевар ослобођења 114/3]], "
           "[[address|Вождовац]], [[address|Београд]]. {{symptom|главобоља}}, {{symptom|повраћање}}, "
           "{{sign|укочен врат}}, {{vital|ТА 210/120}}. Ћерка [[relative name|Милица]] "
           "[[other phone|065 555 0419]], пацијенткиња [[own phone|064 555 0182]]. Дежурни лекар др "
           "[[clinician name|Ненад Јовановић]], сестра [[clinician name|Снежана]]. Претходни преглед "
           "[[other date|3. новембра 2026.]] Дом здравља [[address|Вождовац]]."),
    # --- Croatia: Split, tourist season note
    ("hr", "OHBP [[address|KBC Split]], trijaža 16:45, {{score|ATS 3}}. [[patient name|Ivana Horvat Babić]], "
           "{{age under 90|25}} g., MBO [[record number|178 442 019]], OIB [[record number|69435151530]], "
           "br. povijesti [[own mrn|KBC-ST 449120]]. Pala s romobila na [[address|Rivi]], "
           "{{symptom|bol u ručnom zglobu}}, {{sign|deformacija tipa vilice}}, {{diagnosis|Collesov "
           "prijelom}}. Dečko [[relative name|Luka]] [[other phone|098 555 2281]], njezin mob "
           "[[own phone|091 555 0734]]. Stanuje [[address|Put Firula 17]], [[postcode|21000]] [[address|Split]]. "
           "Liječnica "
           "dr. [[clinician name|Marija Šimić]], sestra [[clinician name|Ante]] (muško). {{drug|ketoprofen}} "
           "{{route|im}}. Kontrola [[other date|19.12.]]. Instagram [[url|@ivana.hb.split]]."),
    # --- Albania: Tirana, Albanian
    ("al", "[[address|QSUT]] Urgjenca, triazh 09:20 -- [[patient name|Arben Hoxha]], {{age under 90|54}} vjeç, nr. "
           "kartele "
           "[[own mrn|QSUT-26-1187]], NID [[record number|I20115077K]]. Banon në [[address|Rruga e Kavajës "
           "nr. 210]], [[address|Tiranë]]. {{symptom|dhimbje gjoksi}} që nga ora 06, {{sign|djersitje}}, "
           "{{vital|TA 150/95}}, {{vital|SpO2 96%}}. Gruaja Zonja [[relative name|Mimoza]] "
           "[[other phone|068 555 1730]]; tel. i tij [[own phone|069 555 0442]]. Djali [[relative name|Erion]] "
           "në Itali, [[email|erion.hoxha(at)example.al]]. Mjeku dr. [[clinician name|Gentian Dervishi]], "
           "infermierja [[clinician name|Blerta]]. EKG {{diagnosis|NSTEMI}}. {{drug|aspirinë 300 mg}}. "
           "Shtruar më parë [[other date|12 mars 2025]] në [[address|Durrës]]."),
    # --- Malta: Mater Dei, Maltese/English mix
    ("mt", "[[address|MDH]] ED triage 19:10 MTS yellow. Sinjura [[patient name|Carmen Borg Xuereb]], "
           "[[age over 89|96]], ID card [[record number|0412330M]], hosp no [[own mrn|MDH 0331874]], DOB "
           "[[birth date|15/08/1930]]. Residenza: [[address|12, Triq il-Kbira]], [[address|Żebbuġ]] "
           "[[postcode|ZBG 1304]]. Binha [[relative name|Charles]] qal li {{symptom|waqgħet}} fil-kamra tal-banju, "
           "{{symptom|uġigħ fil-ġenbejn}}, {{sign|L leg shortened}}. Mob tagħha [[own phone|7955 0216]], ta' "
           "[[relative name|Charles]] [[other phone|9955 0381]]. Carer [[relative name|Grace Ellul]] (by the "
           "{{word|grace}} of God ma "
           "laqtitx rasha). GP Dr [[clinician name|Azzopardi]]. {{drug|paracetamol 1g}} IV. Previous visit "
           "[[address|Karin Grech]] [[other date|Jan 2024]]."),
    # --- Lebanon: Beirut, Arabic + French
    ("lb", "طوارئ [[address|AUBMC]] triage 21:15 — Mme [[patient name|Rania Khoury Haddad]], "
           "{{age under 90|35 ans}}, dossier [[own mrn|AUBMC-4471902]], né(e) le [[birth date|07/04/1991]]. "
           "{{symptom|douleur abdominale}} FID + {{symptom|saignement}}، آخر دورة [[other date|٢٠ تشرين الأول]]. "
           "{{lab|β-hCG positive}}, {{diagnosis|GEU}} suspectée. زوجها [[relative name|جورج حداد]] "
           "[[other phone|70 555 194]]؛ هاتفها [[own phone|03 555 218]]. Adresse: [[address|rue Abdel Aziz]], "
           "[[address|Hamra]], [[address|Beyrouth]]. Assurance [[record number|ALLIANZ-SNA 88-20413]]. "
           "Dr [[clinician name|Nadim Saab]] (gynéco) appelé, infirmière [[clinician name|Rita]]. "
           "{{vital|TA 90/55}}, {{vital|FC 118}}."),
    # --- Iraqi Kurdistan: Sulaymaniyah, Sorani
    ("ku", "فریاکەوتنی [[address|نەخۆشخانەی فریاکەوتنی سلێمانی]]، ٣:٢٠ — نەخۆش [[patient name|ئاراس محەمەد ڕەشید]] "
           "([[patient name|Aras Rashid]])، {{age under 90|٤١ ساڵ}}، ژمارەی فایل [[own mrn|SLM-ER-20447]]. ڕووداوی "
           "ئۆتۆمبێل لە ڕێگای "
           "[[address|چەمچەماڵ]]، {{symptom|ئازاری سنگ}}، {{vital|BP 95/60}}، {{vital|HR 124}}. برای "
           "[[relative name|هێمن]] ژمارە [[other phone|0750 555 3318]]؛ ژمارەی خۆی [[own phone|0770 555 1942]]. "
           "ناسنامە [[record number|NA-0044719832]]. پزیشک د. [[clinician name|شیلان عومەر]]، پەرستار "
           "[[clinician name|کاروان]]. Plate [[record number|سلێمانی 22 ن 44871]]. {{procedure|chest drain}} left."),
    # --- Afghanistan: Kabul, Dari, obstetric
    ("af", "عاجل [[address|شفاخانه ملالی]] [[address|کابل]]، ساعت ۰۶:۱۵ — [[patient name|فریبا احمدی]] "
           "([[patient name|Fariba]])، "
           "{{age under 90|۲۹ ساله}}، نمبر دوسیه [[own mrn|KBL-1405-3318]]، تذکره [[record number|1399-0401-22817]]. "
           "{{symptom|خونریزی بعد از ولادت}} در خانه در [[address|ناحیه ۱۳ دشت برچی]]، {{vital|BP 80/40}}، "
           "{{vital|نبض ۱۳۰}}. شوهرش [[relative name|احمد شاه]] تلفن [[other phone|0788 555 612]]؛ تلفن خودش "
           "[[own phone|0799 555 204]]. قابله [[clinician name|بی‌بی گل]] همراه. {{drug|oxytocin 10 IU}} IM، "
           "{{drug|misoprostol 800 mcg}}. تاریخ ولادت طفل [[other date|۱۷ قوس ۱۴۰۵]]. داکتر "
           "[[clinician name|زرغونه رحیمی]] در اتاق عملیات."),
    # --- Uzbekistan: Tashkent, Latin Uzbek
    ("uz", "[[address|RShTYoIM]] qabul bo'limi, triaj 13:40 -- bemor [[patient name|Dilnoza Karimova]], "
           "{{age under 90|65}} yosh, tug'ilgan [[birth date|20.10.1961]], karta [[own mrn|RShTYoIM-55012]], "
           "JShShIR [[record number|42010617110044]]. Manzil: [[address|Chilonzor tumani, 9-kvartal, 14-uy]], "
           "[[address|Toshkent]]. {{symptom|qandli diabet}} fonida {{symptom|hushsizlik}}, {{vital|glyukoza 28 "
           "mmol/l}}, {{sign|Kussmaul nafas}}. O'g'li [[relative name|Jasur]] tel [[other phone|+998 93 555 "
           "70 12]], bemorning tel [[own phone|+998 90 555 41 27]]. Shifokor [[clinician name|Bahodir "
           "Toshmatov]], hamshira [[clinician name|Gulnora]]. {{drug|insulin 0.1 U/kg}} {{route|v/i}}. "
           "Oldingi murojaat [[other date|2026-yil 5-mart]]."),
    # --- Myanmar: Yangon, Burmese script + English
    ("mm", "[[address|YGH]] ED triage 10:30 red. လူနာ ဒေါ်[[patient name|ခင်မြင့်]] (Daw [[patient name|Khin Myint]]), "
           "အသက် [[age over 89|၉၂ နှစ်]], reg [[own mrn|YGH-ED-8812]], NRC [[record number|12/LAMANA(N)044719]]. "
           "နေရပ် [[address|အမှတ် ၄၇၊ ဗိုလ်ချုပ်လမ်း]]၊ [[address|ကမာရွတ်မြို့နယ်]]. {{symptom|အသက်ရှူကျပ်}}, "
           "{{sign|crepitations bilateral}}, {{vital|SpO2 84%}}. သမီး [[relative name|မမြင့်မြင့်စန်း]] "
           "[[other phone|09 555 412 008]]; patient phone [[own phone|09 555 731 220]]. Grandson U "
           "[[relative name|Aung Ko Ko]] translating. Dr [[clinician name|Thiha Zaw]], Sister "
           "[[clinician name|Nwe Nwe]]. {{drug|furosemide 40 mg}} {{route|IV}}, {{diagnosis|acute pulmonary "
           "oedema}}. Admitted before [[other date|၂၀၂၆ ဇွန် ၃]]."),
    # --- Cambodia: Phnom Penh, Khmer script
    ("kh", "[[address|Calmette]] ED 07:50 — អ្នកជំងឺ [[patient name|សុខ ចាន់ធា]] ([[patient name|Sok Chantha]]), "
           "{{age under 90|អាយុ ៤៧ ឆ្នាំ}}, file [[own mrn|CMH-26-0719]], ID [[record number|010447192]]. "
           "រស់នៅ [[address|ភូមិព្រែកលៀប]] [[address|ខណ្ឌជ្រោយចង្វារ]]. {{symptom|ឈឺក្បាលខ្លាំង}}, {{sign|neck "
           "stiffness}}, {{vital|T 39.4}}. ប្រពន្ធ [[relative name|ចាន់ សុភា]] ទូរស័ព្ទ [[other phone|092 555 "
           "631]]; own [[own phone|012 555 814]]. moto plate [[record number|ភ្នំពេញ 1AB-4471]]. Dr "
           "[[clinician name|Chea Vuthy]], nurse [[clinician name|Srey Leak]]. {{drug|ceftriaxone 2 g}} IV, "
           "{{procedure|LP}} pending. Came [[other date|ថ្ងៃទី៥ ខែធ្នូ]] to a private clinic first."),
    # --- Laos: Vientiane, Lao script
    ("la", "[[address|ໂຮງໝໍມະໂຫສົດ]] ED 15:05 — ຄົນເຈັບ [[patient name|ບຸນມີ ພົມມະຈັນ]] (Thao "
           "[[patient name|Bounmy]]), {{age under 90|ອາຍຸ 71 ປີ}}, file [[own mrn|MHS-4410-26]]. "
           "ບ້ານ [[address|ບ້ານໂພນສະອາດ]], [[address|ເມືອງໄຊເສດຖາ]]. {{symptom|ເຈັບເອິກ}}, {{vital|BP 170/100}}, "
           "{{diagnosis|ACS}}. ລູກຊາຍ [[relative name|ສົມພອນ]] [[other phone|020 5555 8802]]; own "
           "[[own phone|020 5555 1739]]. Dr [[clinician name|Khamphet Sisavath]]. {{drug|aspirin 300 mg}}. "
           "Family ID book [[record number|ສປ 0447-2291]]. prev visit [[other date|14/11/2026]]."),
    # --- Papua New Guinea: Port Moresby, Tok Pisin
    ("pg", "[[address|POMGH]] Emergency, triage 12:10 cat 2. Sik man [[patient name|Kila Tom Wapi]], "
           "{{age under 90|36}} krismas, file [[own mrn|POMGH 261188]]. Em kam long [[address|Gerehu Stage 4]], "
           "wantok [[relative name|Joe Kaupa]] i bringim long PMV [[record number|P 8841]]. {{symptom|bel i "
           "pen nogut tru}}, {{sign|guarding}}, {{vital|BP 92/60}}, {{vital|T 38.9}}. Meri bilong em "
           "[[relative name|Agnes]] fon [[other phone|7555 0871]], em yet [[own phone|7555 0312]]. Sista "
           "[[clinician name|Rosa Kila]] (no relation) na Dr [[clinician name|Ovia]]. {{diagnosis|typhoid "
           "perforation}}? {{drug|ceftriaxone 2 g}} IV. Klinik [[address|Gerehu Hospital]] [[other date|Mande 1 "
           "Disemba]]."),
    # --- Chile: Santiago, Chilean Spanish
    ("cl", "[[address|HUAP]] ([[address|Posta Central]]) categorización C2 22:35 — "
           "[[patient name|Catalina Muñoz Soto]], "
           "{{age under 90|60}} años, RUT [[record number|10.447.219-K]], ficha [[own mrn|HUAP-2026-04412]]. "
           "Domicilio [[address|Pasaje Los Aromos 1147]], [[address|Puente Alto]]. {{symptom|hemiparesia "
           "derecha}} y {{symptom|afasia}} desde 21:50, {{score|NIHSS 14}}. Hija [[relative name|Javiera]] "
           "[[other phone|+56 9 5550 7710]]; celular paciente [[own phone|+56 9 5550 3318]]. Fonasa tramo B "
           "[[record number|FON-88412033]]. Dra. [[clinician name|Paz Valenzuela]], TENS [[clinician name|Nico]]. "
           "Código ACV activado. {{drug|alteplasa}}. Control previo [[other date|lunes 3 de noviembre]] "
           "[[address|CESFAM Padre Manuel Villaseca]]."),
    # --- Argentina: Buenos Aires, voseo, WhatsApp
    ("ar", "Guardia [[address|Hospital Fernández]] 03:20, triage rojo. [[patient name|Facundo Pereyra]] ('"
           "[[patient name|Facu]]'), {{age under 90|22}}, DNI [[record number|45.331.907]], HC [[own mrn|HC "
           "331.904]]. Herida de arma blanca en {{sign|hipocondrio izquierdo}} en [[address|Av. Córdoba al "
           "3400]], [[address|Palermo]]. {{vital|TA 80/40}}. El amigo [[relative name|Tomi Ledesma]] dice: "
           "'che, avisale a la vieja' -- madre [[relative name|Graciela]] [[other phone|11 5555-2219]]. "
           "Cel del pibe [[own phone|11 5555-0871]]. OSDE [[record number|61 447120 01]]. Cirujano Dr "
           "[[clinician name|Matías Gorosito]], enfermera [[clinician name|Vale]]. {{procedure|FAST}} positivo. "
           "Ingreso previo [[other date|29/2/2024]] (cumple ese día, nació [[birth date|29/02/2004]])."),
    # --- Puerto Rico: San Juan, Spanglish
    ("pr", "[[address|Centro Médico Río Piedras]] ER triage 16:00 ESI 2 — Doña [[patient name|Yamilet Rivera "
           "Colón]], {{age under 90|77}}, MRN [[own mrn|CMPR-0092217]], DOB [[birth date|24 dic 1948]], plan "
           "Vital/Medicaid [[record number|PRV 0044 7193]], Medicare [[record number|8TN2-QA3-WX41]]. Vive en "
           "[[address|Calle Loíza 2207]], [[address|Santurce]], [[postcode|00913]]. {{symptom|dolor de "
           "pecho}} y {{symptom|diaforesis}}, {{vital|BP 88/52}}. La nieta [[relative name|Keishla]] "
           "[[other phone|787-555-0198]] dice que abuela no se tomó el {{drug|metoprolol}}. Su cel "
           "[[own phone|787-555-0163]]. Dr [[clinician name|Irizarry]], RN [[clinician name|Coral]]. "
           "{{diagnosis|complete heart block}} -> {{procedure|transcutaneous pacing}}."),
    # --- Northern Norway, Sámi family
    ("sa", "[[address|UNN Tromsø]] akuttmottak, triage 20:05 MTS oransje. [[patient name|Máret Ánne Somby]], "
           "{{age under 90|88}} år (f. [[birth date|01.04.1938]]), "
           "pasnr [[own mrn|UNN-TR 882104]], fnr [[record number|01043844719]]. Fra [[address|Kautokeino]] "
           "([[address|Guovdageaidnu]]), ambulansefly [[record number|LN-NLD]]. {{symptom|brystsmerter}}, "
           "{{vital|BT 168/90}}. Sønnen [[relative name|Nils Áslak]] tolker (nordsamisk) "
           "[[other phone|+47 555 09 331]]; hennes tlf [[own phone|+47 555 01 772]]. Lege "
           "[[clinician name|Ingrid Bakke]], sykepleier [[clinician name|Ánde]]. {{score|HEART 6}}. "
           "{{drug|ticagrelor 180 mg}}. Reinbeitedistrikt, siida [[address|Beahcelgohppi]]."),
    # --- Greenland: Nuuk, Kalaallisut + Danish
    ("gl", "[[address|Dronning Ingrids Hospital]] skadestue 04:10 — [[patient name|Nivi Kleist Lynge]], "
           "{{age under 90|48}} år, CPR [[record number|030878-4471]], journal [[own mrn|DIH-3910-44]]. "
           "Transporteret med helikopter fra [[address|Maniitsoq]]. {{symptom|nakkaaneq}} (fald) på isen, "
           "{{symptom|hypotermi}}, {{vital|temp 33.1}}, {{score|GCS 13}}. Ui [[relative name|Hans Lynge]] "
           "[[other phone|+299 55 08 14]]; hendes tlf [[own phone|+299 55 01 28]]. Sundhedsmedhjælper "
           "[[clinician name|Aviaja Petersen]] fra bygdens sundhedsstation. Læge [[clinician name|Søren "
           "Holm]]. {{drug|varme iv-væsker}}. Bopæl [[address|Aqqusinersuaq 14]], [[postcode|3900]] [[address|Nuuk]]. "
           "Tidligere indlagt [[other date|3. marts 2025]]."),
    # --- UK: SMS thread pasted into the record by the nurse in charge
    ("uk1", "SMS log (pt consented to copy in): [[other phone|07700 900 112]] ([[relative name|Jess]], "
            "granddaughter) 17:02 'is grandad ok?? nana says hes in resus. its [[relative name|jess]]. can u tell "
            "[[relative name|uncle will]] 2 ring me' / reply from ward phone [[other phone|0113 496 0500]] 17:10 "
            "'Hi [[relative name|Jess]], this is [[clinician name|Bex]] in the ED at [[address|Leeds General]]. Your "
            "grandfather "
            "is stable, please speak to your nan.' / 17:11 'ok ta x'. NB no {{word|bill}} for parking -- "
            "[[relative name|Maureen]] asked. {{score|GRACE score 142}} documented by reg. "
            "{{eponym|Levine sign}} noted at triage."),
    # --- Canada: pasted e-referral with obfuscated e-mail and an IP
    ("ca1", "e-Referral (Ocean) pasted -- From: Dr [[clinician name|Sarah Whitecrow]] <[[email|s.whitecrow "
            "[at] carlingwood-fht [dot] example [dot] ca]]> | To: [[address|TOH]] ED | Pt: [[patient "
            "name|TREMBLAY-OKONKWO, "
            "FAITH]] | HCN [[record number|5584 221 907 KT]] | DOB [[birth date|19-MAY-1976]] | Addr "
            "[[address|3-2208 Baseline Rd]], [[address|Nepean]] [[postcode|K2C 0C7]] | Reason: "
            "{{symptom|worst headache}} ... | submitted from [[ip|198.51.100.23]] at 13:58 [[other date|07/12/2026]] "
            "| ref [[record number|OCN-7F3K-22Q1]]. Note: pt's own email [[email|faithto76@example.com]]. "
            "husband [[relative name|chidi okonkwo]] can be reached at work ([[address|Algonquin College]]) "
            "[[other phone|613-555-0133 x4471]]."),
    # --- US: Texas follow-up, device serials, lot numbers, Wells score
    ("us2", "ED re-eval day 3 (boarding) -- [[patient name|Hunter B]], ortho following. new "
            "{{symptom|L calf swelling}}, "
            "{{score|Wells score 3}}, duplex +ve {{diagnosis|DVT}}. pelvic ex-fix (Stryker Hoffmann, SN "
            "[[record number|SN 7741-HX-00912]]), binder removed. {{drug|enoxaparin 1 mg/kg}} lot "
            "[[record number|LOT 4J221B]] exp 2027. IVC filter discussed w/ IR Dr [[clinician name|Pham-Castillo]]. "
            "pt wants his {{word|mason}} jar of chewing tobacco -- no. mom [[relative name|Tammy]] + stepdad "
            "[[relative name|Curtis "
            "Rowe]] ([[other phone|806-555-0124]]) visiting. pt tiktok [[url|tiktok.com/@hunterb_806]] has a "
            "video of the crash scene per security (Officer [[relative name|Diaz]]). position "
            "{{procedure|reverse Trendelenburg}} for the CT. admit "
            "[[other date|Fri 12/4/26]]."),
    # --- Australia: discharge, Cushing, Glasgow
    ("au1", "Discharge (ED short stay) [[other date|Wed 9 Dec]]: [[patient name|Brookie Fitzsimmons]], "
            "{{age under 90|32}}, home with ICC "
            "removed. Incidental {{sign|cushingoid features}} noted -- on {{drug|prednisolone}} from "
            "[[address|Toowoomba Respiratory Clinic]] since [[other date|Sept]]; r/v for {{diagnosis|Cushing "
            "syndrome}} by GP. {{score|Glasgow Coma Scale "
            "15}} throughout. Follow up Dr [[clinician name|Kaur]] [[other date|in 1/52 "
            "(16/12)]]. Partner [[relative name|Jarrod]] collecting at 14:00 from {{place|Fast Track}}. Email copy to "
            "[[email|brookie.fitz94@example.com.au]]. Rego for parking permit [[record number|QLD 447 KXJ]]."),
    # --- Korea: next-day telephone follow-up and a boarding handover
    ("kr2", "[전화 추적관찰 12/9 10:20] 보호자(모) [[relative name|이수진]]님과 통화 [[own phone|010-5551-9064]]. "
            "[[patient name|도윤]]이 밤새 {{symptom|발열}} 38.2까지, 재경련 없음. {{drug|이부프로펜 10mg/kg}} 1회. "
            "어린이집 담임 [[relative name|홍예린]] 선생님께 등원 보류 알림. 소아청소년과 외래 "
            "[[other date|12월 11일(목)]] [[clinician name|오지훈]] 교수. 집 주소 변경: "
            "[[address|경기도 성남시 분당구 불정로 90]] [[address|정자동 한솔마을 4단지 402동 1501호]] "
            "[[postcode|13599]]. 상담 간호사 [[clinician name|민서윤]]."),
    ("kr1", "병동 대기 인계 07:00 (응급실 체류 28시간) — [[patient name|한정숙]] 할머니 [[age over 89|만 93세]], "
            "{{score|KTAS 2}} 유지, {{score|NIHSS 6}}. {{route|via L-tube}} 경관식 재개 보류, {{sign|연하곤란}}. "
            "{{drug|니카르디핀}} 지속주입 중, {{vital|BP 158/84}}. 며느리 [[relative name|김미란]] 씨 귀가, 대신 손녀 "
            "[[relative name|최하은]] 씨 [[other phone|010-5558-2036]] 상주. 전원 요청서 [[address|노원행복요양원]] "
            "팩스 [[other phone|02-555-7191]]로 송부. 인계자 [[clinician name|박소연]] → [[clinician name|이가람]]."),
)


def notes() -> list[Note]:
    return [parse_marked(marked, PATIENTS[who]) for who, marked in NOTES]
