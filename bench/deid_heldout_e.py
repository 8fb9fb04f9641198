"""A fifth blind held-out corpus for the de-identification bench: hand-written emergency-triage notes
(nurse triage notes, telephone advice, handovers, paramedic pre-alerts, interpreter-mediated notes) in
settings the other corpora use little (Indonesia/Malaysia, the Philippines in Tagalog/Taglish,
Kenya/Tanzania in Swahili, Ethiopia in Amharic script, Iran in Persian script, Pakistan in Urdu and Roman
Urdu, Greece, Hungary, Romania, Finland/Sweden/Norway, the Netherlands/Flanders, Italy, Peru/Bolivia with
Quechua and Aymara names, Indigenous Australia, Mongolia/Kazakhstan in Cyrillic, Georgia/Armenia in their
own scripts, rural Appalachia, a Cree First Nation in Canada) and a few English notes in odd layouts (a
table pasted as text, all capitals, SMS style). Identifiers are marked ``[[kind|text]]``; clinical
phrases that must survive are marked ``{{kind|text}}``. Fake names, numbers and places only: phones are
555 or invented digits, IP addresses come from the documentation ranges, domains are example.* or made up.

Written without reading the recognisers (nothing under triage/deid_text was opened, nor bench/bench_deid.py)
and frozen before its first run: nobody has seen the scrubber's results on these notes.

Mapping onto the bench's KINDS: towns, districts, villages, communities, reserves, barangays and hospitals
are marked ``address``; number plates, device serials, passports, insurance, health-card and national id
numbers are marked ``record number``; social-media and messenger handles are marked ``url``; lay people
(friends, neighbours, carers, interpreters who are family, elders) are marked ``relative name``; nurses,
paramedics, midwives, health workers and doctors are marked ``clinician name``; every date other than a
date of birth (admissions, last menstrual periods, callbacks, Ethiopian- and Persian-calendar dates
alike) is marked ``other date``. Clinical phrases that look like places (Bay 3, Resus 2) are
marked ``{{place|...}}``; English words that are also names, used as words, are marked ``{{word|...}}``.
"""

from __future__ import annotations

from datetime import date

from bench.deid_corpus import Note
from bench.deid_heldout import parse_marked
from triage.deid_text import KnownIdentifiers

PATIENTS = {
    "id": KnownIdentifiers(names=("Dewi Kartika Sari",), numbers=("RM-0093311",), phones=("0812-5550-3371",),
                           dates=(date(1968, 8, 17),)),
    "my": KnownIdentifiers(names=("Muhammad Hafiz bin Zainal Abidin",), numbers=("HKL-220871",),
                           phones=("012-555 4410",), dates=(date(1979, 3, 2),)),
    "ph": KnownIdentifiers(names=("Maria Lourdes Dimaculangan",), numbers=("PGH-2026-04417",),
                           phones=("0917 555 0283",), dates=(date(1990, 6, 12),)),
    "ke": KnownIdentifiers(names=("Wanjiru Njeri Kamau",), numbers=("KNH/88/2231",), phones=("0722 555 041",),
                           dates=(date(1955, 11, 23),)),
    "tz": KnownIdentifiers(names=("Baraka Juma Mwakasege",), numbers=("MNH-551920",), phones=("+255 754 555 118",),
                           dates=(date(2003, 1, 7),)),
    "et": KnownIdentifiers(names=("አበበ ተሰማ ወልዴ", "Abebe Tesema Wolde"), numbers=("BLH-70214",),
                           phones=("+251 911 555 302",), dates=(date(1934, 9, 11),)),
    "ir": KnownIdentifiers(names=("فاطمه رضایی", "Fatemeh Rezaei"), numbers=("IR-1402-7781",),
                           phones=("0912 555 4821",), dates=(date(1983, 5, 21),)),
    "pk": KnownIdentifiers(names=("محمد عمران قریشی", "Muhammad Imran Qureshi"), numbers=("MYH-330-6612",),
                           phones=("0300 5551234",), dates=(date(1971, 12, 25),)),
    "gr": KnownIdentifiers(names=("Γεώργιος Παπαδόπουλος", "Georgios Papadopoulos"), numbers=("EL-447120",),
                           phones=("694 555 1203",), dates=(date(1936, 4, 25),)),
    "hu": KnownIdentifiers(names=("Kovács Erzsébet",), numbers=("SE-2026-10093",), phones=("+36 30 555 1842",),
                           dates=(date(1960, 10, 23),)),
    "ro": KnownIdentifiers(names=("Ioana Popescu-Dumitrescu",), numbers=("RO-BUC-55102",), phones=("0745 555 903",),
                           dates=(date(1988, 2, 14),)),
    "fi": KnownIdentifiers(names=("Aino Korhonen",), numbers=("HUS-77301",), phones=("040 555 2716",),
                           dates=(date(1931, 7, 6),)),
    "se": KnownIdentifiers(names=("Lars-Erik Lindqvist",), numbers=("SU-449120",), phones=("070-555 12 84",),
                           dates=(date(1945, 12, 13),)),
    "no": KnownIdentifiers(names=("Ingrid Haugen Solberg",), numbers=("OUS-882016",), phones=("+47 415 55 019",),
                           dates=(date(1999, 3, 30),)),
    "nl": KnownIdentifiers(names=("Femke Bakker-Jansen",), numbers=("UMCU-3318902",), phones=("06-55512873",),
                           dates=(date(1974, 9, 1),)),
    "be": KnownIdentifiers(names=("Pieter-Jan Verstraeten",), numbers=("UZG-0047721",), phones=("0475 55 12 09",),
                           dates=(date(1966, 1, 19),)),
    "it": KnownIdentifiers(names=("Rosaria Esposito",), numbers=("NA-PS-201188",), phones=("333 555 0912",),
                           dates=(date(1929, 5, 8),)),
    "pe": KnownIdentifiers(names=("Teodora Quispe Huamán",), numbers=("HNERM-552019",), phones=("987 555 210",),
                           dates=(date(1957, 6, 24),)),
    "bo": KnownIdentifiers(names=("Wilber Mamani Condori",), numbers=("HCLP-44108",), phones=("+591 7 555 0193",),
                           dates=(date(1994, 8, 2),)),
    "au": KnownIdentifiers(names=("Shirleen Nampijinpa Walker",), numbers=("ASH-0082231",), phones=("0489 555 017",),
                           dates=(date(1984, 2, 9),)),
    "mn": KnownIdentifiers(names=("Батбаярын Оюунчимэг", "Oyunchimeg Batbayar"), numbers=("UB-2026-3371",),
                           phones=("+976 9911 5550",), dates=(date(1977, 7, 11),)),
    "kz": KnownIdentifiers(names=("Айгерім Сейітова", "Aigerim Seitova"), numbers=("KZ-ALM-88120",),
                           phones=("+7 701 555 3318",), dates=(date(2000, 3, 22),)),
    "ge": KnownIdentifiers(names=("ნინო ბერიძე", "Nino Beridze"), numbers=("TB-55081",), phones=("+995 599 55 51 20",),
                           dates=(date(1963, 5, 26),)),
    "am": KnownIdentifiers(names=("Անահիտ Պողոսյան", "Anahit Poghosyan"), numbers=("ER-71204",),
                           phones=("+374 91 555 402",), dates=(date(1992, 4, 24),)),
    "app": KnownIdentifiers(names=("Ruby Jean Caudill",), numbers=("ARH-00918273",), phones=("(606) 555-0147",),
                            dates=(date(1933, 10, 4),)),
    "ca": KnownIdentifiers(names=("Marlene Standingwater",), numbers=("SKH-3310482",), phones=("(306) 555-0119",),
                           dates=(date(1970, 1, 15),)),
    "tbl": KnownIdentifiers(names=("Kwabena Thornhill",), numbers=("RX1-4471902",), phones=("07700 900318",),
                            dates=(date(1958, 11, 2),)),
    "sms": KnownIdentifiers(names=("Grace Nakamura-Ellis",), numbers=("MRN 5528103",), phones=("(503) 555-0161",),
                            dates=(date(1996, 7, 19),)),
}

NOTES = (
    ("id", "IGD triase 06.15 WIB. pasien ibu [[patient name|dewi kartika]] ([[birth date|17-08-1968]]), diantar "
           "suami [[relative name|Pak Bambang Sutrisno]] dr [[address|Jl. Kaliurang Km 7 No. 23]], "
           "[[address|Sleman]], [[address|Yogyakarta]] [[postcode|55281]]. hp suami [[other phone|0813-5550-2218]]. "
           "no RM [[own mrn|RM-0093311]], BPJS [[record number|0001234567891]]. keluhan {{symptom|nyeri ulu hati}} "
           "{{duration|sejak 2 hari}}, {{sign|Murphy's sign}} (+). {{vital|TD 150/95}} {{vital|N 104}} "
           "{{vital|S 38,7}}. {{drug|ketorolac 30 mg}} {{route|IV}}. perawat [[clinician name|Ns. Rina Wulandari]], "
           "dr jaga [[clinician name|dr. Hendra Gunawan, Sp.B]]. masuk ke {{place|Bay 3}}."),
    ("id", "telp konsul dr RS [[address|RSUD Wonosari]]: anak pasien [[relative name|Ayu]] ([[other phone|+62 274 555 019]]) "
           "bilang ibu [[patient name|Bu Dewi]] muntah2, {{symptom|kuning}} sejak [[other date|Senin 30/11]]. "
           "no pasien [[own mrn|RM 0093311]]. hp ibu [[own phone|0812 5550 3371]]. {{lab|bilirubin 6,2}}, "
           "{{lab|ALT 410}}. {{eponym|Charcot triad}} lengkap. plan {{drug|ceftriaxone 2 g}} + {{drug|metronidazole 500 mg}}. "
           "email rujukan [[email|igd.wonosari@rsud-contoh.example.id]]. ig anak [[url|@ayu.kartika_jogja]]."),
    ("my", "ETD triage Zone Kuning 22:40. En. [[patient name|Hafiz Zainal]] lelaki [[birth date|02/03/1979]], "
           "IC [[record number|790302-14-5527]], MRN [[own mrn|HKL-220871]]. alamat [[address|No. 12, Jalan SS 2/24]], "
           "[[address|Petaling Jaya]] [[postcode|47300]]. isteri [[relative name|Puan Noraini]] [[other phone|019-555 7312]]. "
           "{{symptom|chest tightness}} {{duration|45 min}}, diaphoretic. ECG STE II III aVF. {{drug|aspirin 300 mg}} "
           "{{route|chewed}}, {{drug|GTN 0.5 mg}} {{route|SL}}. {{score|TIMI 4}}. SN [[clinician name|Kak Lina]] "
           "informed MO [[clinician name|Dr. Arvind Pillai]]. plate kereta [[record number|WXY 4471]]. "
           "pindah ke {{place|Resus 2}}."),
    ("ph", "ER triage 3:10am. pt [[patient name|Malou Dimaculangan]] 36F, G3P2, c/o {{symptom|masakit ang tiyan}} "
           "since kahapon, vaginal bleeding ++. from [[address|Blk 4 Lot 17 Phase 2, Brgy. Bagong Silang]], "
           "[[address|Caloocan City]] [[postcode|1428]]. kasama si mister [[relative name|Jun-Jun]] "
           "[[other phone|0928 555 4410]]. PhilHealth [[record number|12-050123456-7]]. hosp no [[own mrn|PGH-2026-04417]]. "
           "{{vital|BP 80/50}} {{vital|PR 128}}, {{score|shock index 1.6}}. +{{sign|Cullen's sign}}? faint. "
           "ectopic r/o. {{drug|PLR 1 L}} {{route|IV}} fast drip. IE [[clinician name|Dra. Kristine Manalastas]], "
           "nurse [[clinician name|Jomar]]. LMP [[other date|Oct 19]]."),
    ("ph", "sms/viber fr sister [[relative name|Ate Joy]]: pls po update kay [[patient name|Maria Lourdes]] "
           "dob [[birth date|June 12 1990]], her cp [[own phone|09175550283]] lowbat na. Im at [[address|Tondo]] "
           "pa, byahe na ako. nag-{{drug|Buscopan}} daw sya kanina. fb [[url|fb.com/joy.dimaculangan.77]]. "
           "sagot: stable na, {{vital|BP 100/60}} after {{drug|2 units PRBC}}, for {{diagnosis|salpingectomy}} "
           "with [[clinician name|Dr. Santos-Ocampo]]. {{word|Hope}} po ok lang. ty."),
    ("ke", "Casualty KNH 09:05. [[patient name|Mama Wanjiru]] ([[patient name|W. N. Kamau]]), [[birth date|23.11.1955]], "
           "IP no [[own mrn|KNH/88/2231]]. anaishi [[address|Kangemi]], [[address|Nairobi]], P.O. Box 4471-[[postcode|00625]]. "
           "mwanawe [[relative name|Kevin Mwangi]] simu [[other phone|0733 555 906]]. NHIF [[record number|NHIF 3318-220-7]]. "
           "{{symptom|kizunguzungu}} na {{symptom|udhaifu upande wa kulia}} tangu asubuhi. {{score|GCS 13}} "
           "({{score|E3V4M6}}), {{vital|BP 210/118}}, {{vital|RBS 7.4}}. {{score|FAST +}}. "
           "{{drug|labetalol 20 mg}} {{route|IV}}. seen by [[clinician name|Dr. Achieng Otieno]], "
           "nurse [[clinician name|Sr. Faith Chebet]]. {{word|faith}} in the family is strong, pray at bedside."),
    ("ke", "phone advice Kiswahili: caller [[relative name|Mzee Kamau]] from [[address|Nyeri]], [[other phone|+254 720 555 377]], "
           "asks if [[patient name|wanjiru]] amefika. confirmed. mpesa no same as own [[own phone|0722 555 041]]. "
           "CT booked [[other date|8/12/2026]]. {{drug|Keppra 500 mg}} {{dose|bd}} started prophylactic per neuro."),
    ("tz", "EMD Muhimbili 17:30 — pre-alert from ambulance [[clinician name|Paramedic Neema Massawe]]. "
           "kijana [[patient name|Baraka Mwakasege]], [[birth date|07/01/2003]], bodaboda RTA at "
           "[[address|Morogoro Road]], [[address|Ubungo]], [[address|Dar es Salaam]]. pikipiki namba "
           "[[record number|MC 447 CXZ]]. {{score|GCS E2V3M5}}, {{sign|Battle sign}} L, {{sign|raccoon eyes}}. "
           "{{vital|SpO2 86%}} {{route|on NRB}}. mama yake [[relative name|Bi. Rehema Juma]] [[other phone|0715 555 280]]. "
           "own phone (cracked) [[own phone|+255 754 555 118]]. reg [[own mrn|MNH-551920]]. → {{place|Resus 1}}."),
    ("tz", "handover usiku: [[patient name|baraka]] still intubated, {{drug|propofol 20 ml/h}}, {{drug|fentanyl 50 mcg/h}}. "
           "CT: {{diagnosis|EDH}} 1.4 cm, for burr hole with [[clinician name|Dr. Mussa Kibonde]]. "
           "one fit at 02:00, {{drug|Ativan 2 mg}} {{route|IV}} given. "
           "rafiki [[relative name|Goodluck]] brought NIDA card [[record number|20030107-11101-00002-25]]. "
           "jamaa from [[address|Mbeya]] on [[other phone|+255 689 555 014]]. {{word|Will}} update at 06:00."),
    ("et", "ድንገተኛ ክፍል triage, interpreter = grandson [[relative name|Yonas Abebe]] ([[other phone|+251 912 555 641]]). "
           "ታካሚ [[patient name|አቶ አበበ ተሰማ]], [[age over 89|ዕድሜ 92]], born [[birth date|1 መስከረም 1927 ዓ.ም]]. "
           "from [[address|ቦሌ ክፍለ ከተማ ወረዳ 03]], [[address|አዲስ አበባ]]. card no [[own mrn|BLH-70214]]. "
           "{{symptom|shortness of breath}} {{duration|3 days}}, bilateral crackles, {{vital|SpO2 84%}}, {{vital|RR 30}}. "
           "{{score|NEWS2 9}}. {{drug|furosemide 40 mg}} {{route|IV}}, {{drug|O2 4 L/min}}. "
           "Dr [[clinician name|Selamawit Haile]] reviewed. previous admission [[other date|ጥር 12 2016]] at "
           "[[address|ጥቁር አንበሳ ሆስፒታል]]."),
    ("et", "telephone: daughter [[relative name|Tigist]] from [[address|Bahir Dar]] calling about [[patient name|Ato Abebe]] "
           "(she spells [[patient name|Abebe Tessema]]), her number [[other phone|+251 918 555 227]], "
           "email [[email|tigist.abebe@ethio-mail.example]]. dad's phone [[own phone|0911 555 302]]. "
           "told {{lab|BNP 2100}}, {{diagnosis|CCF}}, on {{drug|digoxin 125 mcg}}. "
           "{{word|Grace}} before meals he insists; ok to eat."),
    ("ir", "تریاژ اورژانس ۰۲:۴۰ — بیمار [[patient name|فاطمه رضایی]]، متولد [[birth date|۱۳۶۲/۰۲/۳۱]]، کد ملی "
           "[[record number|0071234567]]. آدرس [[address|تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۴]]، کد پستی "
           "[[postcode|1591634311]]. همسر [[relative name|علی محمدی]] [[other phone|۰۹۱۲ ۵۵۵ ۷۰۳۹]]. "
           "پرونده [[own mrn|IR-1402-7781]]. {{symptom|headache worst ever}} {{duration|2 h}}, "
           "{{sign|Kernig}} +, {{sign|neck stiffness}}. {{score|GCS E3V5M6}}, {{vital|BP 190/100}}. "
           "{{drug|nimodipine 60 mg}} ordered, CT first. Dr [[clinician name|دکتر مریم حسینی]], "
           "nurse [[clinician name|Parisa]] at {{time|02:55}}. {{place|Bed 7}} near station."),
    ("ir", "handover (Eng/Farsi mix): [[patient name|Mrs Rezaei]] — SAH on CT, Fisher 3. brother [[relative name|Reza]] "
           "wants updates on [[other phone|+98 21 5555 8812]], telegram [[url|t.me/reza_rezaei_teh]]. "
           "own mob [[own phone|0912 555 4821]]. {{drug|Keppra 1 g}} {{route|IV}} load, {{drug|labetalol}} to "
           "SBP<160. neurosurg [[clinician name|Dr. Kamran Tehrani]] aware. admitted [[other date|۱۶ آذر ۱۴۰۵]]."),
    ("pk", "ER triage Mayo Hosp Lahore. mareez [[patient name|Imran Qureshi]] s/o [[relative name|Abdul Rasheed Qureshi]], "
           "[[birth date|25-12-1971]], CNIC [[record number|35202-1234567-1]]. ghar [[address|House 44, Street 9, Mohalla Krishan Nagar]], "
           "[[address|Lahore]] [[postcode|54000]]. beta [[relative name|Usman]] ka number [[other phone|0321 5557788]]. "
           "MR# [[own mrn|MYH-330-6612]]. {{symptom|seene mein dard}} 1 ghante se, pasina. {{vital|BP 90/60}} "
           "{{vital|pulse 48}}. {{drug|aspirin 300 mg}}, {{drug|clopidogrel 600 mg}}. {{drug|atropine 0.6 mg}} "
           "{{route|IV}}. Dr [[clinician name|Sana Butt]] + staff nurse [[clinician name|Rubina]]."),
    ("pk", "ٹیلی فون نوٹ: مریض [[patient name|محمد عمران]] کی بیٹی [[relative name|عائشہ]] نے [[address|راولپنڈی]] سے فون کیا "
           "[[other phone|051 5554 2211]]۔ ابو کا نمبر [[own phone|0300-555-1234]] بند ہے۔ "
           "bata diya {{diagnosis|inferior MI}}, cath lab [[address|PIC]] transfer. {{drug|heparin 5000 units}} "
           "{{route|IV}} bolus. insha'Allah theek. email [[email|ayesha.q@pakmail.example]]."),
    ("gr", "ΤΕΠ Διαλογή 11:20. Ασθενής [[patient name|Παπαδόπουλος Γεώργιος]], [[age over 89|90 ετών]], "
           "γεν. [[birth date|25/04/1936]]. ΑΜΚΑ [[record number|25043601234]]. Δ/νση [[address|Οδός Ερμού 52]], "
           "[[address|Θεσσαλονίκη]] [[postcode|546 23]]. κόρη [[relative name|Ελένη]] [[other phone|2310 555 184]]. "
           "κινητό [[own phone|694 555 1203]]. φάκελος [[own mrn|EL-447120]]. {{symptom|confusion}}, "
           "{{vital|T 38.9}}, {{score|qSOFA 2}}, {{lab|lactate 3.8}}. {{drug|piperacillin-tazobactam 4.5 g}} "
           "{{route|IV}}. Ιατρός [[clinician name|Δρ. Νικόλαος Αλεξίου]], νοσηλεύτρια [[clinician name|Κατερίνα]]."),
    ("gr", "telephone from Athens: grandson [[relative name|Giorgos Jr]] says [[patient name|pappous Giorgos]] "
           "([[patient name|G. Papadopoulos]]) has had {{symptom|dysuria}} {{duration|since Sunday}}. "
           "his email [[email|giorgos.p.jr@mail.example.gr]]. address of holiday home [[address|Kallithea, Chalkidiki]]. "
           "last admission [[other date|12 Αυγ 2025]]. advised ED, {{drug|nitrofurantoin}} not suitable eGFR 22."),
    ("hu", "SBO triázs 08:50. Beteg: [[patient name|Kovács Erzsébet]] (szül. [[birth date|1960. október 23.]]), TAJ "
           "[[record number|123 456 789]]. lakcím [[postcode|1082]] [[address|Budapest, Üllői út 78. 3/12]]. "
           "férje [[relative name|Kovács János]] [[other phone|+36 20 555 6120]]. saját [[own phone|+36 30 555 1842]]. "
           "törzsszám [[own mrn|SE-2026-10093]]. {{symptom|hasi fájdalom}} jobb alsó, {{sign|Rovsing}} +, "
           "{{sign|McBurney}} érzékeny. {{vital|T 38.2}} {{lab|CRP 142}}. {{drug|Algopyrin 1 g}} {{route|iv}}. "
           "ügyeletes orvos [[clinician name|dr. Szabó Péter]], ápoló [[clinician name|Tóth Anikó]]."),
    ("ro", "UPU triaj cod galben. pacienta [[patient name|Ioana Popescu-Dumitrescu]], [[birth date|14.02.1988]], CNP "
           "[[record number|2880214400123]]. dom. [[address|Str. Lipscani nr. 17, ap. 4]], [[address|Sector 3]], "
           "[[address|București]] [[postcode|030031]]. mama [[relative name|Doina Popescu]] [[other phone|0721 555 330]]. "
           "tel propriu [[own phone|0745 555 903]]. FO [[own mrn|RO-BUC-55102]]. 28 sapt sarcina, {{symptom|cefalee}}, "
           "{{vital|TA 165/110}}, {{lab|proteinurie 3+}}. {{drug|sulfat de magneziu 4 g}} {{route|IV}}. "
           "medic [[clinician name|dr. Andrei Munteanu]], asistenta [[clinician name|Maricica]]. "
           "internare anterioara [[other date|3 martie 2025]] la [[address|Spitalul Filantropia]]."),
    ("fi", "PÄIVYSTYS triage klo 04.10. Potilas [[patient name|Korhonen Aino]], [[age over 89|95 v]], hetu "
           "[[record number|060731-128X]]. osoite [[address|Mannerheimintie 84 B 12]], [[postcode|00250]] "
           "[[address|Helsinki]]. tytär [[relative name|Sanna Virtanen]] [[other phone|050 555 8421]]. "
           "oma puh [[own phone|040 555 2716]]. {{symptom|kaatuminen}}, lonkka ulkorotaatiossa, lyhentynyt. "
           "{{score|NEWS2 4}}. {{drug|oksikodoni 2 mg}} {{route|iv}}, {{drug|Panadol 1 g}}. "
           "hoitaja [[clinician name|Riikka Mäkelä]], lääkäri [[clinician name|Jussi Heikkinen]]. "
           "edellinen käynti [[other date|14.5.2026]] [[address|Meilahden sairaala]]. potilasnro [[own mrn|HUS-77301]]."),
    ("se", "Akuten Sahlgrenska triage (RETTS orange). [[patient name|Lars-Erik Lindqvist]], pnr "
           "[[record number|19451213-4471]], bor [[address|Storgatan 12 lgh 1102]], [[postcode|411 38]] [[address|Göteborg]]. "
           "fru [[relative name|Britt Lindqvist]] [[other phone|031-555 40 12]]. mob [[own phone|070-555 12 84]]. "
           "{{symptom|plötslig afasi}} {{duration|40 min}}, {{score|NIHSS 11}}. {{drug|Waran}}-behandlad, "
           "{{lab|PK-INR 2,8}}. {{drug|Ocplex 2000 IE}}. ssk [[clinician name|Elin Åberg]], läk [[clinician name|Omar Haddad]]. "
           "journalnr [[own mrn|SU-449120]]. {{word|Bill}} för ambulans till regionen."),
    ("no", "AMK pre-alert → Ullevål: ambulanse [[clinician name|ambulansearbeider Kristoffer Dahl]] melder kvinne "
           "[[patient name|Ingrid Solberg]] 27 år, fnr [[record number|300399 44812]], funnet på [[address|Trondheimsveien 2]], "
           "[[address|Grünerløkka]], [[address|Oslo]] [[postcode|0560]]. {{symptom|pinpoint pupiller}}, "
           "{{vital|RF 6}}, {{score|GCS E1V2M4}}. {{drug|Naloxon 0,4 mg}} {{route|im}} x2, respons. samboer "
           "[[relative name|Magnus]] [[other phone|+47 922 55 104]]. eget nr [[own phone|415 55 019]]. "
           "OUS nr [[own mrn|OUS-882016]]. ETA {{time|21:14}}, {{place|Akuttrom 2}}."),
    ("nl", "SEH triage (MTS oranje) 13:05. mevr. [[patient name|F. Bakker-Jansen]], geb. [[birth date|01-09-1974]], BSN "
           "[[record number|123456782]]. adres [[address|Oudegracht 211 bis]], [[postcode|3511 NG]] [[address|Utrecht]]. "
           "partner [[relative name|Joost]] [[other phone|030 555 1920]]. eigen [[own phone|06-55512873]]. "
           "pt nr [[own mrn|UMCU-3318902]]. {{symptom|dyspneu}} na vlucht, kuit li dik, {{sign|Homans}} +/-. "
           "{{score|Wells 7}}, {{vital|sat 91%}}, {{vital|HF 112}}. {{drug|fraxiparine 0,8 ml}} {{route|sc}}. "
           "vpk [[clinician name|Sanne de Wit]], AIOS [[clinician name|dr. Mehmet Kaya]]. naar {{place|Kamer 4}}. "
           "{{word|Mark}} the calf circumference."),
    ("be", "spoed UZ Gent, triage na val met fiets. [[patient name|Pieter-Jan Verstraeten]] ([[patient name|PJ]]), "
           "[[birth date|19/01/1966]], rijksregister [[record number|66.01.19-213.57]]. woont [[address|Kouter 14]], "
           "[[postcode|9000]] [[address|Gent]]. vrouw [[relative name|An Claeys]] [[other phone|09 555 71 20]]. "
           "gsm [[own phone|0475 55 12 09]]. dossier [[own mrn|UZG-0047721]]. ge moogt hem geen {{drug|Dafalgan}} meer "
           "geven, al 4 g gehad. {{sign|Battle's sign}} neg. {{score|GCS 15}}, {{vital|BD 148/90}}. "
           "Xarelto-gebruiker: {{drug|Xarelto 20 mg}}. verpleegkundige [[clinician name|Lien Van Damme]]. "
           "fietsroute app login [[ip|198.51.100.42]]."),
    ("it", "PS triage codice arancione. Sig.ra [[patient name|Esposito Rosaria]], [[age over 89|97 anni]], nata il "
           "[[birth date|08/05/1929]]. CF [[record number|SPSRSR29E48F839X]]. residente [[address|Via dei Tribunali 138]], "
           "[[postcode|80138]] [[address|Napoli]]. nipote [[relative name|Ciro]] [[other phone|081 555 2294]]. "
           "cell [[own phone|333 555 0912]]. cartella [[own mrn|NA-PS-201188]]. {{symptom|dolore addominale}} diffuso, "
           "{{sign|Blumberg}} +, addome a tavola. {{vital|PA 95/55}}, {{vital|FC 118}}. {{drug|Perfalgan 1 g}} "
           "{{route|ev}}. medico [[clinician name|dott.ssa Chiara Lombardi]], inf. [[clinician name|Salvatore]]. "
           "{{word|rose}} garden at home, she keeps asking."),
    ("it", "consegna turno notte: nonna [[patient name|Rosaria]] (la sig.ra [[patient name|Esposito]]) in {{place|Box 5}}, "
           "TC: {{diagnosis|perforazione}}. figlia [[relative name|Assunta Esposito]] da [[address|Torino]] "
           "[[other phone|+39 011 555 0813]], email [[email|assunta.esposito@posta.example.it]]. "
           "{{drug|Tazocin 4,5 g}} {{route|ev}}. chirurgo [[clinician name|dr. Gennaro Russo]] entro {{time|ore 02:00}}. "
           "precedente ricovero [[other date|2 febbraio 2024]]."),
    ("pe", "Emergencia triaje prioridad II. pcte [[patient name|Teodora Quispe Huamán]] ([[patient name|Mamá Teo]]), "
           "[[birth date|24/06/1957]], DNI [[record number|40123456]]. procede de [[address|comunidad Ccorca]], "
           "[[address|Cusco]]; ahora en [[address|Av. Grau 850, Cercado de Lima]] [[postcode|15001]]. "
           "solo habla quechua, traduce hijo [[relative name|Wilfredo Quispe]] [[other phone|984 555 317]]. "
           "\"{{symptom|umay nanawan}}\" (cefalea) y {{symptom|vómitos}}. {{vital|PA 200/115}}, {{score|Glasgow 14}}. "
           "{{drug|captopril 25 mg}} {{route|SL}}. HC [[own mrn|HNERM-552019]]. cel [[own phone|987 555 210]]. "
           "Dra. [[clinician name|Milagros Ccahuana]], Lic. Enf. [[clinician name|Rocío Apaza]]."),
    ("bo", "Emergencias Hospital de Clínicas, La Paz. pre-aviso ambulancia: varón [[patient name|Wilber Mamani C.]], "
           "32 a, [[birth date|02-08-1994]], CI [[record number|6043127 LP]]. caída en mina, [[address|Llallagua]], "
           "[[address|Potosí]]. esposa [[relative name|Justina Condori Apaza]] [[other phone|+591 2 555 4471]]. "
           "su cel [[own phone|75550193]]. {{score|Glasgow 10}}, {{sign|anisocoria}} D>I, {{vital|FC 52}}, "
           "{{vital|PA 170/90}} ({{sign|Cushing}}). {{drug|manitol 1 g/kg}}. paramédico [[clinician name|Edwin Choque]]. "
           "HC [[own mrn|HCLP-44108]]. placa ambulancia [[record number|3281-KRT]]."),
    ("au", "ED triage ATS 2, Alice Springs Hospital. pt [[patient name|Shirleen Walker]] (prefers [[patient name|Nampijinpa]] "
           "skin name), [[birth date|09/02/1984]], from [[address|Yuendumu]] community, house [[address|Lot 312]]. "
           "Medicare [[record number|2953 41027 1]]. HRN [[own mrn|ASH-0082231]]. AHW [[clinician name|Doreen Napaljarri]] "
           "interpreting Warlpiri. sister [[relative name|Valerie Nampijinpa Walker]] [[other phone|08 8955 5012]]. "
           "own mob [[own phone|0489 555 017]]. {{symptom|fevers}} + {{symptom|rigors}}, {{diagnosis|RHD}} hx, on "
           "{{drug|Bicillin L-A 1.2 MU}} {{route|IM}} monthly, last [[other date|3/11/26]]. {{vital|HR 124}}, "
           "{{vital|T 39.1}}. {{score|qSOFA 2}}. flew in by RFDS, flight nurse [[clinician name|Tess O'Brien]]."),
    ("mn", "Яаралтай тусламж, ангилал: улаан. Өвчтөн [[patient name|Б. Оюунчимэг]], [[birth date|1977.07.11]], РД "
           "[[record number|УБ77071123]]. хаяг [[address|Баянзүрх дүүрэг, 26-р хороо, 14-р байр]], "
           "[[address|Улаанбаатар]] [[postcode|13381]]. нөхөр [[relative name|Ганбаатар]] [[other phone|8811 5550]]. "
           "утас [[own phone|9911 5550]]. карт [[own mrn|UB-2026-3371]]. {{symptom|угаартсан}}? гэрийн зуух, "
           "{{lab|COHb 28%}}, {{score|GCS E3V4M5}}. {{drug|O2 15 L}} {{route|NRB}}. эмч [[clinician name|Д. Сарантуяа]]. "
           "гер хороолол, [[other date|2026.12.06]] шөнө."),
    ("kz", "Приёмный покой, триаж жёлтый. Пациентка [[patient name|Сейітова Айгерім]] ([[patient name|Aigerim S.]]), "
           "[[birth date|22.03.2000]], ИИН [[record number|000322601234]]. адрес [[address|мкр. Самал-2, д. 58, кв. 91]], "
           "[[address|Алматы]] [[postcode|050059]]. мама [[relative name|Гульнара Сейітова]] [[other phone|+7 727 555 4410]]. "
           "тел [[own phone|+7 701 555 3318]]. история [[own mrn|KZ-ALM-88120]]. {{symptom|боль в правой подвздошной}}, "
           "{{sign|Щёткина-Блюмберга}} +, {{sign|Ровзинга}} +. {{vital|Т 38,4}}. {{score|Alvarado 8}}. "
           "хирург [[clinician name|Ержан Мукашев]]. instagram [[url|@aigerim.s_almaty]]."),
    ("ge", "სასწრაფო, ტრიაჟი 10:30. პაციენტი [[patient name|ნინო ბერიძე]], დაბ. [[birth date|26.05.1963]], პ/ნ "
           "[[record number|01008012345]]. მისამართი [[address|ჭავჭავაძის გამზ. 37, ბ. 12]], [[address|თბილისი]] "
           "[[postcode|0179]]. ქალიშვილი [[relative name|მარიამ]] [[other phone|+995 577 55 50 91]]. ტელ "
           "[[own phone|+995 599 55 51 20]]. ისტორია [[own mrn|TB-55081]]. {{symptom|palpitations}}, "
           "{{diagnosis|AF}} {{vital|HR 156}}, {{score|CHA2DS2-VASc 3}}. {{drug|amiodarone 300 mg}} {{route|IV}} over "
           "{{duration|1 h}}. ექიმი [[clinician name|გიორგი ლომიძე]]. prev visit [[other date|14.09.2025]]."),
    ("am", "Շտապ օգնություն pre-alert, interpreter = husband [[relative name|Davit Poghosyan]] ([[other phone|+374 93 555 218]]). "
           "հիվանդ [[patient name|Անահիտ Պողոսյան]] ([[patient name|Anahit P.]]), [[birth date|24.04.1992]], "
           "հասցե [[address|Մաշտոցի պող. 21, բն. 8]], [[address|Երևան]] [[postcode|0002]]. "
           "own [[own phone|+374 91 555 402]]. card [[own mrn|ER-71204]]. անձնագիր [[record number|AN0447192]]. "
           "{{symptom|wheeze}}, can't complete sentences, {{vital|PEFR 120}}, {{vital|SpO2 90%}}. "
           "{{drug|salbutamol 5 mg}} {{route|neb}} back-to-back, {{drug|hydrocortisone 100 mg}} {{route|IV}}, "
           "{{drug|magnesium sulphate 2 g}}. բուժքույր [[clinician name|Լուսինե]], paramedic [[clinician name|Hayk Avetisyan]]."),
    ("app", "EMS RADIO REPORT TO ARH HAZARD ED 1420: 93 YOF [[patient name|RUBY JEAN CAUDILL]] ([[age over 89|AGE 93]]) "
            "DOB [[birth date|10/04/1933]] FROM [[address|4471 BUCKHORN CREEK RD]], [[address|VICCO]] KY "
            "[[postcode|41773]]. FOUND ON FLOOR BY NEIGHBOR [[relative name|EARL SLONE]] ([[other phone|606-555-0182]]). "
            "C/O {{symptom|HIP PAIN}}, L LEG SHORT + EXT ROTATED. {{score|GCS 15}} {{vital|BP 104/62}} {{vital|HR 96}}. "
            "{{drug|FENTANYL 50 MCG}} {{route|IN}}. MEDIC [[clinician name|TRAVIS NAPIER]] UNIT 7. "
            "MEDICARE [[record number|7TP9-XK4-MM21]]. HOME PH [[own phone|(606) 555-0147]]. MRN [[own mrn|ARH-00918273]]. "
            "GRANDDAUGHTER [[relative name|KAYLEE]] MEETING US, [[url|FB.COM/KAYLEE.CAUDILL.606]]. {{place|BAY 3}} PLS."),
    ("ca", "ED triage CTAS 2 Saskatoon. pt [[patient name|Marlene Standingwater]], [[birth date|1970-01-15]], from "
           "[[address|Thunderchild First Nation]] (rez address [[address|Box 218]], [[address|Turtleford]] SK "
           "[[postcode|S0M 2Y0]]). treaty status # [[record number|6720145301]], HSN [[record number|987 654 321]]. "
           "chart [[own mrn|SKH-3310482]]. cousin [[relative name|Gerald Moosehunter]] drove 3 h, cell "
           "[[other phone|306-555-0174]]. own [[own phone|(306) 555-0119]]. {{symptom|polyuria}}, "
           "{{lab|glucose 38.2}}, {{lab|pH 7.08}}, {{breathing|Kussmaul}} resp. {{drug|insulin 0.1 units/kg/h}} "
           "{{route|IV}}. Cree interp by elder [[relative name|Mary Louise Sakimay]]. RN [[clinician name|Jolene Bird]], "
           "Dr [[clinician name|Priya Raghunathan]]. last visit [[other date|Aug 14 2026]]."),
    ("tbl", "ED handover sheet (pasted from spreadsheet)\n"
            "| Bed | Name | DOB | MRN | Issue | Plan |\n"
            "|---|---|---|---|---|---|\n"
            "| {{place|Resus 2}} | [[patient name|THORNHILL, Kwabena]] | [[birth date|02-Nov-1958]] | [[own mrn|RX1-4471902]] | "
            "{{diagnosis|STEMI}} post-lysis | {{drug|ticagrelor 180 mg}}, {{score|Killip II}} |\n"
            "| NOK | [[relative name|Abena Thornhill]] (wife) | [[other phone|0161 496 0733]] | | lives "
            "[[address|14 Moss Lane]], [[address|Hulme]] [[postcode|M15 5PA]] | |\n"
            "| contact | mob [[own phone|07700 900318]] | NHS [[record number|485 777 3456]] | | GP "
            "[[clinician name|Dr Oyelaran]] | |\n"
            "| obs | {{vital|BP 118/70}} | {{vital|HR 64}} | {{score|NEWS2 2}} | nurse [[clinician name|Bex Hollis]] | "
            "handed over {{time|19:30}} [[other date|07/12/2026]] |"),
    ("sms", "txt triage line (pt texting, deaf): hi its [[patient name|grace n-e]] dob [[birth date|7/19/96]] mrn "
            "[[own mrn|5528103]] cant talk on phone. {{symptom|throat closing}} after shrimp 20 min ago, used "
            "{{drug|EpiPen 0.3 mg}} {{route|IM}} thigh. at [[address|3308 SE Division St apt 2]] [[address|portland]] "
            "[[postcode|97202]]. roommate [[relative name|Jess]] [[other phone|503 555 0127]]. my # [[own phone|5035550161]]. "
            "reply: calling 911 for u now, take {{drug|cetirizine 10 mg}}, {{word|grace}} period none, stay sitting up. "
            "medic [[clinician name|Reyes]] 6 min. my email [[email|gracene96@mailbox.example.org]]. "
            "tele-relay IP [[ip|192.0.2.58]]."),
)


def notes() -> list[Note]:
    return [parse_marked(marked, PATIENTS[who]) for who, marked in NOTES]
