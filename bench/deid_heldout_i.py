"""A ninth blind held-out corpus for the de-identification bench, smaller than planned (it was cut short
by its deadline) and in styles the earlier corpora mostly lack: a Cerner PowerChart ED export with
"Patient:", "FIN:" and "Emergency Contact:" labels (Dayton, Ohio, 93), an ED physician's MDM with a
Wells score and PERC (Albuquerque; a patient called Guy and a guard called Guy), a volunteer rescue
squad run report in CHART format (Vermont; a patient called Brook who fell into a brook, a pump
serial), a poison-centre call (Kentucky), a police central-booking medical clearance (Baltimore; alias,
badge, unit plate), a summer-camp nurse's log (Adirondacks; a camper called Ivy with poison ivy), a
Friday-night football sideline concussion note (Odessa, Texas; Rocky and a rocky week; a URL), a
prison infirmary transfer (Louisiana; Cliff and a BP that fell off a cliff, a rural-route box), a
California 5150 application (Oakland; Sunny on a sunny afternoon, a PO box, an email), a hospice
triage call (Tucson, 95; Faith and faith), a Welsh ATMIST pre-alert (Cardiff, Ofcom drama numbers,
NHS number), an Australian MIST handover (Darwin, Galiwin'ku, ACMA fictitious ranges, Medicare), four
Korean notes (a 119 구급활동일지 with 도로명 and 지번 addresses, 주민등록번호 and 92세; a 카카오톡 보호자
메시지 thread pasted into the chart; a 학교 보건실 기록; a 119 신고 녹취 with 아흔두 살 and a birthday in words), a Dublin
triage note (94, maiden name, PPSN, Eircode), an Atlanta bed-board comment thread (Hope and hope), a
Christchurch St John handover (NHI, ACC claim, rural delivery) and notes from Georgia (Georgian script), Iceland (Icelandic, kennitala, 95 ára), Malta
(Maltese, ID card, postcode) and Jamaica (patois, TRN). Identifiers are marked ``[[kind|text]]``; clinical phrases that must survive are marked
``{{kind|text}}``. Fake names, numbers and places only: phones are 555, Ofcom drama-range, ACMA
fictitious-range or invented digits, domains are example.*; towns, cities and some hospitals are real
but every street address, unit, lot, box and house is invented.

Written without reading the recognisers (nothing under triage/deid_text or triage/deid* was opened, nor
bench/bench_deid.py, tests/export or docs/export.md, nor the notes of the other corpora) and frozen
before its first run: nobody has seen the scrubber's results on these notes. The only code run on it
before freezing was ``notes()``, to check that every note parses and to count the marks.

Mapping onto the bench's KINDS (as in corpus H): towns, districts, streets, units, boxes, rural routes,
camps, cabins, stadiums, prisons, tiers, ambulance services, rescue squads, care homes, clinics and
hospitals are marked ``address``; number plates, device serials, FIN, booking, badge, NHS, Medicare,
TRN, kennitala, 주민등록번호, run and callsign references are marked ``record number``; links are marked
``url``; lay people (family, neighbours, aides, coaches, guards, police and correctional officers,
counsellors, healers) are marked ``relative name``; nurses, paramedics, athletic trainers, doctors and
social workers are marked ``clinician name``; every date other than a date of birth is marked ``other
date``. Titles and honorifics (Mr., Dr, Dr., Ofc., Officer, Sgt., CO, 씨, 님, 선생님) stay outside the
marked identifier. Ages under 90 are marked ``{{age under 90|...}}``; clinical phrases that look like
places (ED-14, Resus 3, 5th floor, 소생실 1번) are marked ``{{place|...}}``; words that are also names,
used as words, are marked ``{{word|...}}``.
"""

from __future__ import annotations

from datetime import date

from bench.deid_corpus import Note
from bench.deid_heldout import parse_marked
from triage.deid_text import KnownIdentifiers


def _k(name: str, number: str, phone: str, born: date, *more: str) -> KnownIdentifiers:
    return KnownIdentifiers(names=(name, *more), numbers=(number,), phones=(phone,), dates=(born,))


PATIENTS = {
    "us1": _k("Evelyn Louise Hartsock", "CER-00417726", "(937) 555-0148", date(1933, 4, 18)),
    "us2": _k("Guy Anthony Lucero", "UNMH-3318041", "505-555-0171", date(1974, 9, 3)),
    "us3": _k("Brook Ellen Tatro", "NVRH 0092231", "802-555-0116", date(1988, 2, 11)),
    "us4": _k("Tyler Wayne Combs", "KPC-26-118834", "606-555-0129", date(2023, 5, 30)),
    "us5": _k("Darnell Eugene Whitaker", "JHH 4471-0982", "410-555-0153", date(1991, 7, 4)),
    "us6": _k("Ivy Rose Castellano", "CW-26-0441", "518-555-0164", date(2014, 8, 22)),
    "us7": _k("Rocky Dale Guerrero", "MCH-7720193", "432-555-0102", date(2009, 10, 15)),
    "us8": _k("Clifford Jamal Broussard", "DOC 00718842", "(225) 555-0147", date(1954, 12, 2)),
    "us9": _k("Sunny Marisol Vega", "HGH-0055281", "510-555-0187", date(1996, 6, 21)),
    "us10": _k("Faith Marie Yazzie", "TMC-HOS-44182", "520-555-0136", date(1931, 1, 9)),
    "uk2": _k("Rhys Owain Llewellyn", "UHW-B7730119", "029 2018 0442", date(1958, 9, 25)),
    "au1": _k("Kyle Anthony Dhamarrandji", "RDH 0448127", "0491 570 313", date(1995, 10, 2)),
    "kr1": _k("이말순", "2026-강서-04417", "010-5551-2093", date(1934, 3, 12)),
    "kr3": _k("윤서아", "YS-2026-33019", "010-5553-6602", date(2020, 5, 5)),
    "is": _k("Guðrún Sigríður Jónsdóttir", "LSH-26-04419", "+354 555 0172", date(1931, 6, 17)),
    "jm": _k("Devon Oneil Campbell", "KPH-0447712", "(876) 555-0164", date(1978, 8, 6)),
    "kr5": _k("오복례", "119-2026-1206-0388", "010-5555-7731", date(1934, 10, 9)),
    "ie1": _k("Bríd Ní Bhriain", "BH-2219047", "087 555 0193", date(1932, 3, 17), "Bridget Brennan"),
    "mt": _k("Carmel Farrugia", "MDH-2026-77104", "+356 7955 0183", date(1949, 9, 8)),
    "us12": _k("Hope Adaeze Okonkwo", "GMH-26-4418820", "404-555-0158", date(1982, 11, 5)),
    "nz1": _k("Logan Rangi Tipene", "ZKQ4471", "021 555 0284", date(1971, 4, 25)),
    "kr6": _k("김하람", "보건-2026-0412", "010-5556-3308", date(2011, 9, 30)),
    "ge": _k("Nino Beridze", "TSMU-26-0917", "+995 555 12 34 56", date(1988, 5, 26)),
}

NOTES = (
    # --- US: Dayton, Ohio; Cerner PowerChart ED export, 93
    ("us1", "*** PowerChart ED Provider Note ***\nPatient: [[patient name|HARTSOCK, EVELYN LOUISE]]   MRN: [[own mrn|CER-00417726]]   "
            "FIN: [[record number|FN 7730041882]]\nDOB: [[birth date|04/18/1933]]   Age: [[age over 89|93 years]]   Sex: F\n"
            "Admit Date/Time: [[other date|12/06/2026]] 21:14   Location: {{place|ED-14}}\nHome Phone: [[own phone|(937) 555-0148]]"
            "   Address: [[address|2219 Salem Ave Apt 3B]], [[address|Dayton]], OH [[postcode|45406]]\n"
            "Emergency Contact: [[relative name|Hartsock, Dale]] (son) [[other phone|937-555-0190]]\n"
            "PCP: [[clinician name|PATEL, ANJALI MD]]\n\nChief Complaint: {{symptom|Fall}}, {{symptom|L hip pain}}\n"
            "HPI: 93 yo F from [[address|Friendship Village]] independent living found on floor by aide [[relative "
            "name|Tonya]] at 0600, unknown down time. Son [[relative name|Dale]] last spoke w/ her [[other date|Saturday "
            "evening]]. {{sign|L leg shortened and externally rotated}}. Denies {{symptom|LOC}}.\nROS: neg except above.\n"
            "Exam: {{vital|T 36.1}} {{vital|HR 104}} {{vital|BP 98/60}} {{score|GCS 15}}. {{sign|Pain w/ log roll}}.\n"
            "Orders: {{drug|fentanyl 25 mcg}} {{route|IV}}, {{procedure|fascia iliaca block}}, {{lab|CK 2140}}.\n"
            "Imaging: {{procedure|XR pelvis}} - {{diagnosis|L intertrochanteric fx}}.\nDispo: admit ortho, Dr "
            "[[clinician name|Okafor]]; called son at 2251.\nElectronically signed: [[clinician name|Meyers, Brian DO]] "
            "[[other date|12/06/2026]] 23:02"),
    # --- US: Albuquerque; ED physician MDM, patient named Guy
    ("us2", "MDM - [[address|UNM Hospital]] ED, [[other date|Dec 5 2026]]\n[[patient name|Guy Lucero]] ([[own mrn|UNMH-3318041]]) is a "
            "{{age under 90|52}}yo M w/ hx {{diagnosis|DVT}} (2019, s/p 6 mo {{drug|apixaban}}) p/w {{symptom|pleuritic CP}} "
            "and {{symptom|SOB}} x2d after driving back from [[address|Las Cruces]]. Differential includes PE, ACS, PTX, "
            "pericarditis. {{score|Wells score 4.5}} -> not low risk, {{score|PERC}} not applicable. {{lab|D-dimer 2.8}}, "
            "{{procedure|CTPA}} shows {{diagnosis|R lower lobe segmental PE}}, no RV strain. {{lab|Trop <6}}. Discussed w/ "
            "pt and his wife [[relative name|Lorraine]]; the guy at the front desk (not a relative, a security guard named "
            "[[relative name|Guy Baca]]) asked to be listed as a contact - declined by pt. Risk: {{score|sPESI 0}}. Plan: "
            "{{drug|rivaroxaban 15 mg BID}}, outpatient f/u with Dr. [[clinician name|Begay]] at [[address|First Choice "
            "Community Healthcare]], [[address|South Valley]]. Pt lives [[address|4410 Isleta Blvd SW]], [[address|Albuquerque]] "
            "[[postcode|87105]], cell [[own phone|505-555-0171]]. DOB [[birth date|9/3/74]]. \u2014[[clinician name|R. "
            "Chavez-Whitmore]], MD"),
    # --- US: Vermont; EMS run report in CHART format, Brook as name and word
    ("us3", "[[address|Northeast Kingdom Rescue Squad]] - Run #[[record number|26-01187]] - [[other date|12/04/2026]]\n"
            "C: 37F {{symptom|cold exposure}}, fell into {{word|brook}} behind her house\nH: Pt [[patient name|Brook Tatro]] "
            "({{age under 90|38}}) walking dog along Sleepers River {{word|brook}} near [[address|312 Goss Hollow Rd]], "
            "[[address|St. Johnsbury]] VT, slipped on ice approx 1545. Neighbor [[relative name|Wendell Gaudette]] pulled her "
            "out, called 911 from [[other phone|802-555-0177]]. PMH {{diagnosis|T1DM}}, insulin pump (serial SN "
            "[[record number|PMP-4471-88210]]).\nA: {{vital|core temp 33.4}}, {{sign|shivering}}, {{score|GCS 14}}, "
            "{{lab|BGL 61}}, {{vital|HR 52}}.\nR: wet clothes removed, {{procedure|hypothermia wrap}}, {{drug|D10 100 mL}} "
            "{{route|IV}}, {{drug|O2 4L}} {{route|NC}}.\nT: {{procedure|non-emergent}} to [[address|NVRH]], report to RN "
            "[[clinician name|Cheryl]] at 1652. Crew: [[clinician name|M. Lamothe]] AEMT, [[clinician name|J. Dussault]] "
            "EMT. Pt MRN there [[own mrn|NVRH 0092231]]. Pt phone [[own phone|802-555-0116]], DOB [[birth date|02-11-1988]]."),
    # --- US: Kentucky poison centre call
    ("us4", "KY Regional Poison Center - Case [[own mrn|KPC-26-118834]]\nCall rec'd [[other date|12/06/26]] 1412 from mother "
            "[[relative name|Destiny Combs]] at [[own phone|606-555-0129]], [[address|Hazard]] KY.\nPt: [[patient name|Tyler "
            "Combs]], {{age under 90|3 y}}, ~15 kg, DOB [[birth date|5/30/2023]].\nSubstance: grandmother's ([[relative "
            "name|Mamaw Ruth]]) pill organizer - {{drug|clonidine 0.1 mg}} x up to 3 tabs, {{drug|amlodipine 10 mg}} x1 possible.\nExposure ~1330 at "
            "grandmother's home, [[address|188 Lotts Creek Rd]], [[address|Hindman]]. Child {{symptom|sleepy}}, "
            "{{vital|HR 68}} per mom's pulse ox.\nRec: refer to ED now; EMS dispatched. Called [[address|ARH Hazard]] ED "
            "charge RN [[clinician name|Kayla]] [[other phone|606-555-0104]]. Advise {{procedure|cardiac monitoring}} min "
            "24h for CCB, {{drug|naloxone}} may help clonidine.\nF/u call 1615: {{score|GCS 12}}, {{vital|BP 70/40}}, "
            "started {{drug|calcium gluconate}} {{route|IV}} and {{drug|high-dose insulin}}; transfer to [[address|UK "
            "HealthCare Kentucky Children's]]. SPI [[clinician name|Dana Whisman]], RN, CSPI."),
    # --- US: Baltimore; police custody medical clearance
    ("us5", "CENTRAL BOOKING MEDICAL CLEARANCE - [[address|Johns Hopkins Hospital]] Adult ED\nDate: [[other date|7 Dec "
            "2026]] 0210\nArrestee: [[patient name|WHITAKER, Darnell E.]] aka \"[[patient name|D-Nice]]\"   CB# [[record "
            "number|BPD-CB-2026-004471]]   MRN [[own mrn|JHH 4471-0982]]\nBrought by Ofc. [[relative name|Szymanski]] #"
            "[[record number|4417]] and Ofc. [[relative name|Mensah]], [[address|Eastern District]], unit car [[record "
            "number|MD 7EX4471]].\nReason: {{symptom|chest pain}} after {{diagnosis|TASER}} deployment x2 at [[address|N "
            "Milton Ave & E Preston St]]. Barbs removed L flank. {{lab|ECG NSR}}, {{lab|trop neg}}, {{lab|CK 480}}.\n"
            "Hx: {{diagnosis|sickle trait}}, {{drug|cocaine}} use today per pt. Cleared for booking; return if "
            "{{symptom|dark urine}}.\nPt's contact: girlfriend [[relative name|Keisha Bolden]] [[other phone|443-555-0138]]"
            "; his own # [[own phone|410-555-0153]]. DOB [[birth date|07/04/1991]] (says \"born on the Fourth\").\n"
            "Attending: [[clinician name|Adeyemi, Folake MD]]"),
    # --- US: Adirondack summer camp nurse log, Ivy as name and word
    ("us6", "[[address|Camp Windigo]] Health Center Log - summer session\n[[other date|7/19/26]] 0915 [[patient name|Ivy "
            "Castellano]] (cabin [[address|Loon 4]], camper # [[own mrn|CW-26-0441]]), {{age under 90|11}}, c/o "
            "{{symptom|itchy rash}} both forearms after the hike to [[address|Pharaoh Lake]]. Linear vesicles c/w "
            "{{diagnosis|poison ivy}} - she was telling everyone \"it's my plant!!\". {{drug|hydrocortisone 1%}} "
            "{{route|topical}}, {{drug|diphenhydramine 25 mg}} {{route|PO}} at HS.\n[[other date|7/20]] 1400 worse, "
            "{{sign|periorbital swelling}}. Called mom [[relative name|Gina Castellano]] [[own phone|518-555-0164]] and "
            "camp MD Dr. [[clinician name|Hutchins]]; plan {{drug|prednisone}} {{route|PO}} from [[address|Kinney Drugs "
            "Ticonderoga]].\n[[other date|7/21]] counsellor [[relative name|Ivy-Mae Lindgren]] (also an Ivy! different "
            "camper's counsellor) reports she slept OK. Allergies: {{drug|PCN}}. DOB [[birth date|8/22/2014]].\n"
            "- [[clinician name|Meg O'Rourke]], RN, camp nurse"),
    # --- US: Odessa, Texas; sideline concussion note, Rocky as name and word
    ("us7", "Sideline eval - [[address|Permian]] vs [[address|Midland Legacy]], [[address|Ratliff Stadium]], Fri "
            "[[other date|10/30/26]] 3rd qtr\nAthlete: [[patient name|Rocky Guerrero]] #44 LB, {{age under 90|17}}\n"
            "Mech: helmet-to-helmet, {{symptom|dazed}} ~10 s, no LOC. {{score|SCAT6}} sx score 9, {{sign|Maddocks 3/5}}, "
            "{{sign|tandem gait abnl}}. C-spine cleared by {{eponym|Canadian C-spine rule}}/NEXUS. Removed from play; "
            "{{diagnosis|concussion}}. Rocky had a {{word|rocky}} week per coach [[relative name|Alvarez]] (not sleeping). "
            "Parent [[relative name|Marisela Guerrero]] [[own phone|432-555-0102]] notified in stands; to [[address|Medical "
            "Center Hospital]] ED if {{symptom|vomiting}}. ATC [[clinician name|Brandi Kettleman]], LAT; team physician "
            "Dr [[clinician name|Nwosu]]. Return-to-play protocol via [[url|https://rtp.example.org/ath/44-guerrero]]. Chart "
            "[[own mrn|MCH-7720193]], DOB [[birth date|10-15-2009]]."),
    # --- US: Louisiana; prison infirmary transfer, Cliff as name and word
    ("us8", "[[address|Cold Creek Correctional Center]] Infirmary - INTER-FACILITY TRANSFER\nOffender: [[patient "
            "name|BROUSSARD, Clifford J.]] (\"[[patient name|Cliff]]\")  DOC# [[own mrn|DOC 00718842]]  Tier "
            "[[address|C-2]] Bed 14\nDOB [[birth date|12/02/1954]] age {{age under 90|72}}\nTo: [[address|Our Lady of the "
            "Lake]] ED, [[address|Baton Rouge]], via [[address|Acadian Ambulance]] unit [[record number|M-417]], "
            "escorted by Sgt. [[relative name|Thibodeaux]] and CO [[relative name|Pham]]. Restraints: leg irons.\n"
            "Reason: {{symptom|melena}} x2 days, {{lab|Hgb 6.9}} (was 11.2 on [[other date|11/14]]). BP fell off a "
            "{{word|cliff}} this AM: {{vital|82/50}}, {{vital|HR 118}}. Hx {{diagnosis|cirrhosis}} (HCV), "
            "{{diagnosis|esophageal varices}}. Given {{drug|NS 1 L}} {{route|IV}}, {{drug|pantoprazole 80 mg}} IV.\n"
            "Next of kin on file: sister [[relative name|Earline Broussard-Jack]], [[address|Rt 2 Box 118]], [[address|Ville "
            "Platte]] LA, [[other phone|337-555-0162]]. Infirmary phone [[own phone|(225) 555-0147]].\nNurse [[clinician "
            "name|L. Fontenot]], LPN; NP [[clinician name|Darlene Hebert]]. Sent [[other date|12-06-2026]] 0640."),
    # --- US: Oakland, California; 5150 application, Sunny as name and word
    ("us9", "APPLICATION FOR 72-HOUR DETENTION (WIC 5150) - [[address|Highland Hospital]] PES\nPerson: [[patient name|Vega, "
            "Sunny Marisol]]  DOB [[birth date|6-21-1996]]  MRN [[own mrn|HGH-0055281]]\nAddress: unhoused, camp at "
            "[[address|E 12th St & 23rd Ave]], [[address|Oakland]]; mail c/o [[address|PO Box 22817]], Oakland CA "
            "[[postcode|94623]]\nDetaining officer: Officer [[relative name|K. Ramos]] OPD badge [[record number|9123]]\nCircumstances: On [[other date|12/06/26]] a "
            "{{word|sunny}} afternoon, pt was standing in traffic on [[address|International Blvd]] shouting that her "
            "ex [[relative name|Marco]] was \"in the radio\". Stated \"I will jump off the {{place|5th floor}}\". "
            "{{symptom|Command AH}}, {{symptom|not sleeping x4d}}, {{drug|methamphetamine}} +. Danger to self; "
            "{{diagnosis|grave disability}}.\nPhone on her: [[own phone|510-555-0187]]. Sister [[relative name|Luz "
            "Vega-Arreola]] [[other phone|(510) 555-0142]] / [[email|luz.vega.a@example.com]].\nMeds: {{drug|olanzapine 10 "
            "mg}} {{route|IM}} at 1720. Clinician: [[clinician name|Tamika Rhodes]], LCSW; psychiatrist Dr [[clinician "
            "name|Feldstein]]."),
    # --- US: Tucson; hospice triage line, 95, Faith as name and word
    ("us10", "After-hours hospice triage call - [[address|Casa de la Luz]] - [[other date|Sunday 12/6]] 0312\nCaller: "
             "granddaughter [[relative name|Shandiin Yazzie]] [[other phone|520-555-0119]]\nPt: [[patient name|Faith M. "
             "Yazzie]], [[age over 89|95]] y/o, hospice dx {{diagnosis|CHF}}, pt ID [[own mrn|TMC-HOS-44182]], home "
             "[[own phone|520-555-0136]], [[address|1772 W Calle Tiburon]], [[address|Tucson]] [[postcode|85745]].\n"
             "Report: {{symptom|restless}}, {{sign|mottled knees}}, {{sign|apneic pauses 20 s}}, {{symptom|moaning}}. "
             "Family asking for their medicine man [[relative name|Mr. Tsosie]] to come from [[address|Chinle]] - "
             "family's faith is very important; \"her {{word|faith}} carried her\". Instructed {{drug|morphine 20 mg/mL "
             "0.25 mL}} {{route|SL}} q1h prn and {{drug|lorazepam 0.5 mg}} SL. RN visit dispatched: [[clinician name|Arturo "
             "Beltrán]] RN, ETA 0415. Pt born [[birth date|January 9, 1931]]. Hospice MD Dr [[clinician name|Kessler]] "
             "paged. Triage RN: [[clinician name|Jo Ann Whitlow]]."),
    # --- UK: Cardiff; WAST ATMIST pre-alert handover
    ("uk2", "ATMIST pre-alert to [[address|UHW]] {{place|Resus 3}} [[other date|06/12/2026]] 19:48\nA: [[patient name|Rhys "
            "Llewellyn]], {{age under 90|68}}, DOB [[birth date|25/09/1958]]\nT: 19:20, {{symptom|fall from ladder}} ~3 m "
            "at home, [[address|14 Heol y Nant]], [[address|Whitchurch]], [[postcode|CF14 1AB]]\nM: {{sign|deformed R "
            "wrist}}, {{sign|occipital haematoma}}\nI: {{score|GCS 14}} (E3V5M6), {{sign|Battle's sign}} neg\nS: {{vital|RR "
            "20}} {{vital|SpO2 96%}} {{vital|HR 92}} {{vital|BP 156/88}}\nT: {{drug|methoxyflurane}}, collar, {{drug|TXA 1 "
            "g}} {{route|IV}}. On {{drug|apixaban}}.\nWife [[relative name|Carys]] following by car, mob [[other "
            "phone|07700 900461]]; home [[own phone|029 2018 0442]]. Hosp no. [[own mrn|UHW-B7730119]], NHS no. "
            "[[record number|485 777 3456]]. Crew [[clinician name|Gethin Pryce]] (para) / [[clinician name|Lowri]] (ECA), "
            "callsign [[record number|CD54]]."),
    # --- Australia: Darwin; MIST handover with Medicare number
    ("au1", "MIST handover - [[address|Royal Darwin Hospital]] ED, Sat arvo [[other date|5/12/26]]\nPt [[patient "
            "name|Kyle Dhamarrandji]] {{age under 90|31}}M from [[address|Galiwin'ku]] via [[address|CareFlight]]\nM: "
            "{{symptom|spear wound}} L thigh, fishing at [[address|Elcho Island]] [[other date|Fri]]\nI: {{sign|pulsatile "
            "bleeding}}, {{procedure|CAT tourniquet}} on 1105\nS: {{vital|HR 128}} {{vital|BP 94/58}} {{score|GCS 15}}\nT: "
            "{{drug|2 units O neg}} {{route|IO}}, {{drug|ketamine 50 mg}}.\nCousin [[relative name|Djalu]] rang "
            "[[other phone|08 5550 2271]]; pt mob [[own phone|0491 570 313]]. URN [[own mrn|RDH 0448127]], Medicare "
            "[[record number|2428 77813 2]]. DOB [[birth date|02.10.1995]]. Flight nurse [[clinician name|Tash "
            "Kowalski]]."),
    # --- Korea: 119 구급활동일지, 92세
    ("kr1", "구급활동일지 [[own mrn|2026-강서-04417]] / 출동일시 [[other date|2026. 12. 6.]] 07:12\n환자: [[patient name|이말순]] "
            "([[age over 89|92세]], 여) 주민번호 [[record number|340312-2078815]]\n주소: [[address|서울 강서구 화곡로 "
            "221-14, 302호]] (지번 [[address|화곡동 1047-3]])\n신고자: 며느리 [[relative name|정미경]] 씨 [[other "
            "phone|010-5551-7740]]\n주호소: {{symptom|의식저하}}, {{symptom|구토}}\n평가: {{score|GCS 11}}, {{vital|혈압 "
            "88/52}}, {{vital|혈당 42}}\n처치: {{drug|50% 포도당}} {{route|정맥}} 투여 후 GCS 14\n이송: [[address|이대서울병원]] "
            "{{place|소생실 1번}}, 인계 간호사 [[clinician name|한지수]] 선생님. 환자 연락처 [[own phone|010-5551-2093]], "
            "생년월일 [[birth date|1934년 3월 12일]]. 구급대원 [[clinician name|김도윤]] 소방장."),
    # --- Korea: 카카오톡 보호자 메시지 (pasted into chart)
    ("kr3", "[보호자 카카오톡 캡처 - [[other date|12월 5일]] 저장]\n서아엄마 [[relative name|조은비]]: 선생님 저희 [[patient "
            "name|서아]] 열이 {{vital|39.4}}도예요 ㅠㅠ\n[[clinician name|박소연]] 간호사: 어머님 {{symptom|경련}} 있었나요?\n"
            "서아엄마: 네 1분정도 떨었어요 지금은 자요\n[[clinician name|박소연]]: 바로 응급실 오세요. 등록번호 [[own "
            "mrn|YS-2026-33019]]\n---\n환자 [[patient name|윤서아]] ({{age under 90|6세}}), 생일 [[birth "
            "date|2020.05.05]] 어린이날. 보호자 연락처 [[own phone|010-5553-6602]], 아빠 [[relative name|윤재민]] 님 [[other "
            "phone|010-5550-1298]]. {{diagnosis|단순 열성경련}}, {{drug|아세트아미노펜}} {{route|경구}}."),
    # --- Iceland: Landspítali Fossvogur, Icelandic, 95
    ("is", "Bráðamóttaka [[address|Landspítali Fossvogi]] [[other date|6. desember 2026]]. Sjúklingur [[patient "
           "name|Guðrún Sigríður Jónsdóttir]], [[age over 89|95 ára]], kt. [[record number|170631-2289]], nr. [[own "
           "mrn|LSH-26-04419]], sími [[own phone|+354 555 0172]], býr [[address|Hrafnistu]], [[address|Laugarási]], "
           "[[postcode|104]] [[address|Reykjavík]]. {{symptom|Mæði}} og {{sign|bjúgur}}, {{vital|SpO2 86%}}. "
           "{{drug|Fúrósemíð 40 mg}} {{route|í æð}}. Dóttir [[relative name|Helga Björnsdóttir]] [[other phone|+354 555 "
           "0391]]. Læknir [[clinician name|Sigurður Ólafsson]]. Fædd [[birth date|17. júní 1931]], þjóðhátíðardaginn."),
    # --- Jamaica: KPH, patois
    ("jm", "A&E [[address|Kingston Public Hospital]] [[other date|6/12/2026]]. [[patient name|Devon Campbell]] "
           "({{age under 90|48}}), docket [[own mrn|KPH-0447712]], TRN [[record number|104-882-317]], cell [[own "
           "phone|(876) 555-0164]], lives [[address|Lot 22 Seaview Gardens]], [[address|Kingston 11]]. Seh \"mi chest a "
           "{{symptom|bun mi}} from mawnin\". {{lab|ECG STEMI inferior}}. {{drug|aspirin 300 mg}} {{route|PO}}. Baby-madda "
           "[[relative name|Shanice Brown]] [[other phone|876-555-0120]] carry him inna taxi. Dr [[clinician "
           "name|Ebanks]]. DOB [[birth date|06/08/1978]], Independence Day."),
    # --- Korea: 119 신고 녹취, 아흔두 살
    ("kr5", "[119 신고 녹취 [[own mrn|119-2026-1206-0388]], [[other date|2026-12-06]] 02:41]\n신고자: 여보세요, 우리 "
            "어머니가 숨을 잘 못 쉬세요. [[address|전남 순천시 해룡면 신대리 412]]이요.\n접수요원 [[clinician "
            "name|최유리]]: 어머님 성함이랑 연세요?\n신고자: [[patient name|오복례]]요, [[age over 89|아흔두 살]]. 저는 "
            "아들 [[relative name|김상철]]이고 제 번호 [[other phone|010-5550-8823]]요. 어머니 폰은 [[own "
            "phone|010-5555-7731]].\n접수요원: {{symptom|가슴 통증}} 있으세요? {{symptom|식은땀}}?\n신고자: 네 땀을 "
            "많이... 생신이 [[birth date|시월 구일]] 한글날이에요.\n→ 구급대 출동, {{vital|SpO2 84%}}, {{drug|산소 "
            "15L}} {{route|비재호흡마스크}}, [[address|순천향대 부속 순천병원]] 이송."),
    # --- Ireland: Beaumont, Eircode, PPSN, maiden name
    ("ie1", "ED triage [[address|Beaumont Hospital]] [[other date|Sun 6th Dec]] 22:10 - MTS {{score|orange}}. [[patient "
            "name|Bríd Ní Bhriain]] (née [[patient name|Bridget Brennan]]), [[age over 89|94]], MRN [[own "
            "mrn|BH-2219047]], PPSN [[record number|7731402WA]], [[address|Apt 6, Millbrook Court]], [[address|Santry]], "
            "[[address|Dublin 9]] [[postcode|D09 K2W7]]. Mob [[own phone|087 555 0193]]. {{symptom|Confusion}}, "
            "{{lab|Na 118}}. Niece [[relative name|Aoife Kinsella]] [[other phone|086 555 0427]]. GP Dr [[clinician "
            "name|Fitzgerald]], [[address|Ballymun]]. DOB [[birth date|17/03/1932]], Paddy's Day. RGN [[clinician "
            "name|Niamh]]."),
    # --- Malta: Mater Dei, Maltese/English
    ("mt", "Emerġenza [[address|Mater Dei Hospital]] [[other date|06/12/2026]]. Pazjent [[patient name|Carmel "
           "Farrugia]], {{age under 90|77}}, ID [[record number|448849M]], file [[own mrn|MDH-2026-77104]], mob [[own "
           "phone|+356 7955 0183]], [[address|12, Triq il-Kappillan Mifsud]], [[address|Ħaż-Żebbuġ]] [[postcode|ZBG "
           "1406]]. {{symptom|Uġigħ f'sidru}}, {{lab|troponin 840}}, {{diagnosis|NSTEMI}}. {{drug|Heparin}} {{route|IV}}. "
           "Martu [[relative name|Rita]] [[other phone|+356 2155 0197]]. Dr [[clinician name|Camilleri]]. Imwieled "
           "[[birth date|8 ta' Settembru 1949]], Jum il-Vittorja."),
    # --- US: Atlanta; bed-board comments, Hope as name and word
    ("us12", "BED BOARD | {{place|Hall 7}} | [[patient name|OKONKWO, HOPE A]] | {{age under 90|44}}F | ESI {{score|2}} | MRN "
             "[[own mrn|GMH-26-4418820]]\n[[other date|12/06]] 1802 [[clinician name|tb]]: {{diagnosis|DKA}}, "
             "{{drug|insulin gtt}} {{route|IV}} started, {{lab|AG 24}}\n1915 [[clinician name|K.Osei]]: waiting ICU bed, "
             "{{word|hope}} for 2100. husband [[relative name|Chidi]] at bedside [[other phone|404-555-0133]]\n2040 "
             "[[clinician name|tb]]: pt's sister [[relative name|Hope Nwankwo]] (same first name!!) calling from "
             "[[address|Decatur]] - pt # [[own phone|404-555-0158]]; lives [[address|880 Joseph E Lowery Blvd NW Unit "
             "4]], [[address|Atlanta]] [[postcode|30318]]. DOB [[birth date|11/5/1982]]"),
    # --- New Zealand: Christchurch; St John handover, NHI, ACC, ANZAC Day birthday
    ("nz1", "[[address|Christchurch Hospital]] ED, [[other date|Sun 6 Dec 2026]]. Hato Hone St John handover: [[patient "
            "name|Logan Tipene]] ({{age under 90|55}}), NHI [[own mrn|ZKQ4471]], ACC claim [[record number|ACC-40018772]], "
            "mob [[own phone|021 555 0284]], [[address|RD 2]], [[address|Darfield]] [[postcode|7572]]. Quad bike rollover "
            "on farm, {{sign|flail segment R}}, {{vital|SpO2 88%}} on {{drug|O2 15L}} {{route|NRB}}, {{procedure|finger "
            "thoracostomy}} by HEMS Dr [[clinician name|Hemi Walker]]. Partner [[relative name|Mere]] [[other phone|027 "
            "555 0160]]. DOB [[birth date|25/04/1971]] - Anzac Day."),
    # --- Korea: 학교 보건실 기록
    ("kr6", "보건실 기록 [[own mrn|보건-2026-0412]] / [[address|서울세곡중학교]] 2학년 3반 [[patient name|김하람]] "
            "({{age under 90|15세}})\n[[other date|12/4(금)]] 3교시 체육 중 {{symptom|호흡곤란}}, {{sign|천명음}}. "
            "{{diagnosis|천식}} 병력. {{drug|살부타몰 흡입기}} 2회 {{route|흡입}}. 어머니 [[relative name|이수진]] 님께 연락 "
            "[[own phone|010-5556-3308]]. 담임 [[relative name|박정우]] 선생님 동행. 보건교사 [[clinician name|윤혜린]]. "
            "생년월일 [[birth date|2011. 9. 30.]]"),
    # --- Georgia (country): Tbilisi, Georgian
    ("ge", "სასწრაფო, [[address|თბილისის სახელმწიფო სამედიცინო უნივერსიტეტის კლინიკა]], [[other date|06.12.2026]]. "
           "პაციენტი [[patient name|ნინო ბერიძე]] ({{age under 90|38}}), ისტორია [[own mrn|TSMU-26-0917]], პ/ნ "
           "[[record number|01024088317]], ტელ. [[own phone|+995 555 12 34 56]], [[address|ვაჟა-ფშაველას გამზ. 71, ბ. "
           "14]], [[address|თბილისი]]. {{symptom|მუცლის ტკივილი}}, {{sign|მერფის სიმპტომი +}}. მეუღლე [[relative "
           "name|გიორგი კაპანაძე]] [[other phone|+995 599 55 01 27]]. ექიმი [[clinician name|თამარ ლომიძე]]. დაბ. "
           "[[birth date|26.05.1988]]."),
)



def notes() -> list[Note]:
    return [parse_marked(marked, PATIENTS[who]) for who, marked in NOTES]
