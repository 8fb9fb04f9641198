"""A third de-identification corpus, written by hand before its author read anything of the scrubber
(``triage/deid_text``, ``triage/deid*``) or the notes of the first two hand-written corpora: triage
notes, clinician reviews and narrative notes as ED nurses write them in English-speaking, Korean,
Vietnamese, Arabic-speaking, Spanish-speaking, Polish, Nigerian, Indian, Filipino and Irish settings
— shorthand, lower case, typos, run-on text, mixed languages, names without a cue word, nicknames,
names that are common words (Hope, Grace, Faith, Sunny, Rose, Jordan).

Frozen before its first run (see the commit that added this file; it precedes the first figures in
docs/export.md). One correction after that run, of the marking only (the text is unchanged): the
name of an insurer, scheme or issuing emirate before a number (BCBS, PM-JAY, Dubai) was first marked
as part of the number, as "IL" before a plate already was not. Identifiers are marked
``[[kind|text]]``, clinical phrases that must survive ``{{kind|text}}`` (the parser is
``bench.deid_heldout.parse_marked``). Fake people only: every name, number, address, plate and
handle is invented; any likeness to a real person is chance.

Only the bench's ``KINDS`` are used for identifiers; what has no kind of its own is mapped to the
closest one:

- a town, village, barangay, gu/dong or ward alone → ``address``;
- a licence plate, device serial, passport, insurance / PhilHealth / NHIS / Aadhaar / PESEL / RRN /
  PPS / Emirates ID / DNI number, agency reference → ``record number`` (the patient's own hospital number,
  in ``known.numbers``, is ``own mrn`` even when written in another shape);
- a social handle (@user) → ``url``; an obfuscated e-mail ("name at host dot com") → ``email``;
- a nickname of the patient → ``patient name``; any other lay person (neighbour, friend, carer,
  interpreter, driver) → ``relative name``; nurses, paramedics, pharmacists → ``clinician name``;
- any date that is not the patient's birth date → ``other date``.

Ages under 90 (87세, 87F, 81, 74) are not identifiers: they are marked as clinical phrases that must
survive (``age under 90``), as are the common words that are also names here ("temp rose", "hope").
"""

from __future__ import annotations

from datetime import date

from bench.deid_corpus import Note
from bench.deid_heldout import parse_marked
from triage.deid_text import KnownIdentifiers

PATIENTS = {
    "uk": KnownIdentifiers(names=("Hope Whitaker",), numbers=("40771923",), phones=("07700 900318",),
                           dates=(date(1931, 4, 17),)),
    "us": KnownIdentifiers(names=("Jordan Castellanos-Reyes",), numbers=("A0093321",), phones=("(312) 555-0178",),
                           dates=(date(1990, 8, 5),)),
    "au": KnownIdentifiers(names=("Rose Papadopoulos",), numbers=("UR2281934",), phones=("0491 570 156",),
                           dates=(date(1934, 2, 3),)),
    "ko": KnownIdentifiers(names=("최유진", "Choi Yu-jin"), numbers=("20241102-0457",), phones=("010-4827-3391",),
                           dates=(date(1939, 5, 8),)),
    "vi": KnownIdentifiers(names=("Nguyễn Thị Hồng Nhung",), numbers=("BV-2210457",), phones=("0903 118 742",),
                           dates=(date(1958, 12, 25),)),
    "ar": KnownIdentifiers(names=("Fatima Al-Zahrani", "فاطمة الزهراني"), numbers=("MRN7781204",),
                           phones=("+966 50 318 4471",), dates=(date(1945, 3, 1),)),
    "es": KnownIdentifiers(names=("María de los Ángeles Ruiz Peña",), numbers=("HC-558812",),
                           phones=("612 34 89 07",), dates=(date(1929, 10, 12),)),
    "pl": KnownIdentifiers(names=("Grzegorz Wiśniewski",), numbers=("PL-0031-7742",), phones=("+48 601 223 918",),
                           dates=(date(1952, 7, 19),)),
    "ng": KnownIdentifiers(names=("Chukwuemeka Okonkwo-Adebayo",), numbers=("LUTH/2024/08812",),
                           phones=("0803 555 2817",), dates=(date(1976, 1, 30),)),
    "in": KnownIdentifiers(names=("Lakshmi Venkataraman",), numbers=("2023004419",), phones=("+91 98450 11237",),
                           dates=(date(1936, 9, 9),)),
    "ph": KnownIdentifiers(names=("Maria Cristina Dela Cruz",), numbers=("PGH-19-004417",), phones=("0917 555 0192",),
                           dates=(date(1981, 6, 12),)),
    "ie": KnownIdentifiers(names=("Faith Ní Mhurchú",), numbers=("H0042918",), phones=("087 555 0261",),
                           dates=(date(1933, 11, 11),)),
}

NOTES = (
    # --- UK: Hope Whitaker, 95
    ("uk", "[[patient name|hope]] [[age over 89|95]]F bib YAS from [[address|Beck Side Cottage, Low Row]] nr "
           "[[address|Reeth]], lives alone, found by neighbour [[relative name|Grace]] at 0740 on kitchen floor. "
           "{{vital|GCS 14/15}} (E4V4M6), {{vital|NEWS2 7}}, {{vital|SpO2 88% RA}} -> {{route|2L NC}} now 94%. "
           "hx {{eponym|Parkinson's}}, {{eponym|Addison's}} on hydrocortisone."),
    ("uk", "{{eponym|Murphy's}} not tested. {{eponym|Glasgow coma scale}} 14. daughter [[relative name|Faith "
           "Whitaker]] "
           "on [[other phone|07700 900554]] wants a call back, she is driving up from [[address|Harrogate]]. "
           "{{clinical|Long lie}} suspected, {{duration|approx 9 hrs}} on floor, CK sent."),
    ("uk", "DOB [[birth date|17/04/31]] confirmed w/ pt, NHS no [[record number|943 476 5919]], hosp no "
           "[[own mrn|40771923]]. GP Dr [[clinician name|Featherstonehaugh]] at [[address|Reeth Medical Centre]], "
           "[[postcode|DL11 6SP]]. {{drug|Sinemet}} due {{time|at 1400}}, pls dont miss."),
    ("uk", "Reviewed by [[clinician name|Marcus Oyelaran-Hughes]] (ED reg). {{eponym|Murphy's sign}} neg, "
           "soft abdo. plan: {{clinical|CT head}}, {{drug|Keppra}} not indicated. hope to d/c tmrw if "
           "[[relative name|Grace]] can stay w/ her — ring [[relative name|grace]] on [[other phone|01748 884 "
           "210]]."),
    ("uk", "narrative: Mrs [[patient name|Whitaker]] very chatty, says her late husband [[relative name|Albert]] "
           "built the cottage in '52. asked for tea, {{vital|temp rose}} overnight though. "
           "{{vital|BP 80/40}} on arrival, {{vital|BP 104/62}} after 500ml. contact [[own phone|07700 900318]]."),
    # --- US: Jordan Castellanos-Reyes
    ("us", "[[patient name|JORDAN]] 36M c/o {{symptom|CP radiating to L arm}} {{time|since 0300}}, "
           "{{dose|ASA 324mg}} PTA by EMS (Medic 14, [[clinician name|K. Brandvold]]). "
           "lives [[address|4417 N Ravenswood Ave Apt 3R]], [[address|Chicago]] [[postcode|60640]]. "
           "cell [[own phone|312.555.0178]]."),
    ("us", "Pt states gf [[relative name|Sunny]] drove him in. [[relative name|sunny]] is at bedside. "
           "{{vital|HR 118}}, {{vital|BP 168/94}}, trop pending. {{eponym|Wellens}} pattern? ECG to "
           "Dr [[clinician name|Abernathy-Sloane]]. ins: BCBS [[record number|XJH 8841 20937]]."),
    ("us", "[[patient name|jordan castellanos reyes]] dob [[birth date|8/5/90]] mrn [[own mrn|A-009-3321]]. "
           "email on file [[email|jcastellanos90 (at) protonmail (dot) com]]. "
           "he posts as [[url|@jordy_cr_chi]] on insta, asked us not to tag him lol."),
    ("us", "{{drug|Heparin}} started. {{drug|Lasix}} 40 IV given {{time|@ 0512}}. portal link "
           "[[url|https://mychart.lakeshore-health.example/p/88213]] sent by RN [[clinician name|Dwyer]] — "
           "wait, RN is [[clinician name|Tamsin Dwyer]]. ip logged [[ip|10.42.17.203]]."),
    ("us", "car: IL plate [[record number|CR 88 J21]] in ambulance bay, security notified. "
           "{{route|O2 via NC}} 2L. {{eponym|Levine's sign}} present. "
           "brother [[relative name|Mateo]] (no last name given) on [[other phone|773-555-0143]]."),
    # --- AU: Rose Papadopoulos, 92
    ("au", "[[patient name|Rose]] [[age over 89|92yo]] from [[address|Bellbrae Lodge]], "
           "[[address|14 Wattle Grove]], [[address|Kurri Kurri]] NSW [[postcode|2327]]. "
           "{{clinical|Fall}} ?mechanical, {{vital|temp rose to 38.6}} in triage. ur no [[own mrn|UR 228 1934]]."),
    ("au", "Medicare [[record number|2951 48371 6]]. son [[relative name|Con]] on [[other phone|0412 889 301]] "
           "and grand-daughter [[relative name|Jordan]] (she/her) on [[other phone|(02) 4937 5512]]. "
           "{{vital|NEWS2 7}} → MET call {{time|at 2215}}."),
    ("au", "Dr [[clinician name|Nakamura-Finch]] reviewed: ?{{eponym|Cushing}} features from long term pred, "
           "{{clinical|pressure injury}} sacrum stage 2. {{route|via PEG}} feeds hold. "
           "papa's nickname for her is [[patient name|Rosie]], she responds better to that."),
    ("au", "DOB [[birth date|3rd Feb 1934]]. pt phone [[own phone|0491570156]]. RFDS flew her from "
           "[[address|Tibooburra]] on [[other date|Sat 28/11]]. {{vital|GCS 3/15}} briefly on scene per flight RN "
           "[[clinician name|Hollis]]."),
    # --- Korean: 최유진, 87
    ("ko", "[[patient name|최유진]] 님 {{age under 90|87세}} 여자, {{duration|2일 전부터}} {{symptom|복통}} 있음. "
           "보호자 아들 [[relative name|박준호]] ([[other phone|010-2291-7740]]). "
           "주소 [[address|서울특별시 마포구 월드컵로 123, 302호]] [[postcode|04001]]."),
    ("ko", "[[other date|2024년 11월 2일]] 타병원 ([[address|일산]]) 에서 {{clinical|CT 복부}} 시행했다고 함. "
           "{{vital|혈압 80/40}}, {{vital|맥박 122}}. {{eponym|Murphy 징후}} 양성. "
           "등록번호 [[own mrn|20241102-0457]]."),
    ("ko", "[[patient name|choi yu-jin]] {{age under 90|87F}}, korean speaking only, interpreter [[relative "
           "name|Ji-woo Han]] via phone. "
           "pt says [[patient name|yujin]] is fine, call her [[patient name|유진]]. "
           "주민번호 [[record number|390508-2******]]... nope full one on card [[record number|390508-2184417]]."),
    ("ko", "생년월일 [[birth date|1939년 5월 8일]]. 연락처 [[own phone|010 4827 3391]]. "
           "담당의 [[clinician name|김민서]] 선생님 {{clinical|진찰}} 후 {{drug|Lasix}} 20mg IV. "
           "{{duration|3일째}} 소변량 감소."),
    ("ko", "daughter in law [[relative name|이수빈]] arrived 2130, lives [[address|부산 해운대구 좌동]]. "
           "email [[email|subin.lee88@naver.com]]. 차량번호 [[record number|12가 3456]] 주차장 B2."),
    ("ko", "Review: [[age over 89|92세]] 남편 [[relative name|최병철]] also at home, needs care (dementia). "
           "social work referral. {{vital|SpO2 91% RA}}. {{eponym|Cushing}} unlikely."),
    # --- Vietnamese
    ("vi", "bn [[patient name|Nguyễn Thị Hồng Nhung]] nữ, 67t, vào viện {{time|lúc 0300}} vì {{symptom|khó thở}}. "
           "con gái [[relative name|Trần Thu Hà]] sđt [[other phone|0912 447 385]]. "
           "đc: [[address|số 18 ngõ 42 Trần Duy Hưng]], [[address|Cầu Giấy]], [[address|Hà Nội]]."),
    ("vi", "pt known as [[patient name|Nhung]] or cô [[patient name|Hồng]] to family. "
           "{{vital|SpO2 88% RA}} → {{route|O2 via NC}} {{route|2L NC}}. hx {{eponym|Crohn's}}. "
           "mã BN [[own mrn|BV 2210457]], BHYT [[record number|DN4797921003456]]."),
    ("vi", "ngày sinh [[birth date|25/12/1958]]. sđt bn [[own phone|+84 903 118 742]]. "
           "Reviewed Dr [[clinician name|Lê Văn Tâm]] - {{eponym|Bell's palsy}} ruled out, "
           "{{eponym|Parkinson's}} no."),
    ("vi", "son [[relative name|Minh]] flew in from [[address|Đà Nẵng]], zalo [[other phone|0935 221 604]]. "
           "nurse [[clinician name|Phạm Ngọc Ánh]] handed over to night. "
           "{{drug|Sandostatin}} infusion {{dose|50 mcg/h}}."),
    # --- Arabic-speaking (Gulf)
    ("ar", "[[patient name|Fatima Al-Zahrani]] {{age under 90|81}}... correction 81 is wrong, age per ID "
           "[[age over 89|91]] y, Saudi national, iqama/ID [[record number|1 0457 88213]]. "
           "husband [[relative name|Abu Khalid]] at bedside. {{vital|GCS 13/15}}."),
    ("ar", "المريضة [[patient name|فاطمة الزهراني]] حضرت مع ابنها [[relative name|خالد]] "
           "جوال [[other phone|055 812 3490]]. العنوان [[address|حي الملز، شارع الأمير سلمان]]، "
           "[[address|الرياض]]. "
           "{{clinical|ضيق تنفس}} {{duration|منذ يومين}}."),
    ("ar", "DOB [[birth date|01-03-1945]] (hijri on card too). MRN [[own mrn|MRN-778-1204]]. "
           "pt mobile [[own phone|0503184471]]. {{eponym|Addison's}} crisis? {{drug|hydrocortisone 100 mg "
           "IV}} given. "
           "Dr [[clinician name|Al-Harbi]] aware."),
    ("ar", "UAE transfer: came by car plate Dubai [[record number|N 48213]], Emirates ID "
           "[[record number|784-1945-8812043-1]]. email [[email|k.alzahrani at gmail dot com]] (son). "
           "{{vital|BP 80/40}}, {{vital|HR 130}}."),
    ("ar", "{{common word|Jordanian}} cousin [[relative name|Rania Haddad]] from [[address|Irbid]] interpreting. "
           "{{eponym|Kussmaul}} breathing, {{vital|RR 32}}."),
    # --- Spanish-speaking
    ("es", "Pcte [[patient name|María de los Ángeles Ruiz Peña]], [[age over 89|97]] años, "
           "{{symptom|disnea}} {{duration|de 3 días}}. vive en [[address|C/ Mayor 14, 2ºB]], "
           "[[address|Villanueva del Arzobispo]] ([[postcode|23330]]), Jaén. tlf hija [[other phone|653 21 78 "
           "40]]."),
    ("es", "la llaman [[patient name|Angelines]] en casa. hija [[relative name|Consuelo]] y nieto "
           "[[relative name|Jordi Ruiz]]. {{eponym|Glasgow}} 15. {{vital|SatO2 88% basal}}. "
           "NHC [[own mrn|HC 558812]], SIP [[record number|RUPE291012 0041]]."),
    ("es", "f.nac [[birth date|12-oct-1929]]. DNI [[record number|24.117.338-K]]. movil [[own phone|612348907]]. "
           "Dra. [[clinician name|Begoña Etxeberria]] valora: {{clinical|crepitantes bibasales}}, "
           "{{drug|furosemida 40 mg iv}}."),
    ("es", "nota (CDMX): pte [[relative name|Guadalupe \"Lupita\" Sánchez]] (acompañante, vecina), "
           "cel [[other phone|55 4123 8890]], [[address|Col. Narvarte]], CDMX. correo "
           "[[email|lupita.sanchez[arroba]hotmail.com]]. pac ingresó el [[other date|3/XI/2024]]."),
    ("es", "Sobrina [[relative name|Esperanza]] llamó desde [[address|Tomelloso]]. "
           "{{eponym|signo de Murphy}} negativo. {{route|por SNG}}. {{vital|TA 80/40}}."),
    # --- Polish
    ("pl", "pacjent [[patient name|Grzegorz Wiśniewski]] l. 74, przywieziony przez ZRM z "
           "[[address|ul. Długa 7 m. 12]], [[address|Ząbki]] [[postcode|05-091]]. "
           "{{symptom|ból w klatce}} {{time|od 0300}}. żona [[relative name|Halina]] tel. [[other phone|+48 "
           "502 117 390]]."),
    ("pl", "PESEL [[record number|52071904215]]. ur. [[birth date|19.07.1952]]. nr hist. [[own mrn|PL 0031 7742]]. "
           "{{vital|RR 80/40}} (RR = ciśnienie), {{vital|GCS 3/15}} w karetce, teraz 12. "
           "lek. [[clinician name|Agnieszka Wójcik-Sobczak]]."),
    ("pl", "son [[relative name|Kuba]] (Jakub) called from [[address|Nowy Dwór Mazowiecki]], "
           "email [[email|kuba.wisniewski(at)wp.pl]], mobile [[own phone|601-223-918]] is dad's. "
           "{{drug|Keppra 500 mg}} bd. {{eponym|Wilson}} disease hx? no."),
    ("pl", "narrative: pt keeps calling the nurse \"siostra [[clinician name|Basia]]\" - that's "
           "[[clinician name|Barbara Kowalczyk]] on nights. wants priest from [[address|parafia św. Rocha]]. "
           "car rej. [[record number|WZ 4821K]] left in drop-off."),
    # --- Nigerian
    ("ng", "[[patient name|Chukwuemeka Okonkwo-Adebayo]] aka [[patient name|Emeka]] 50M, RTA on "
           "[[address|Ikorodu Road]] by [[address|Anthony]] bus stop, {{vital|GCS 3/15}} at scene. "
           "brought by okada rider [[relative name|Sunday]] ([[other phone|0806 555 4102]])."),
    ("ng", "wife [[relative name|Blessing]] + sister [[relative name|Patience Okonkwo]] at bedside. "
           "home: [[address|Plot 22, Adeniyi Jones Avenue]], [[address|Ikeja]]. "
           "NHIS [[record number|NHIS/LAG/0044718/B]]. {{vital|BP 80/40}}, {{vital|SpO2 88% RA}}."),
    ("ng", "hosp no [[own mrn|LUTH 2024 08812]]. DOB [[birth date|30th January, 1976]]. "
           "pt phone [[own phone|08035552817]]. seen by Dr [[clinician name|Folasade Adeyemi-Cole]] (SR), "
           "{{clinical|FAST scan}} positive, {{drug|TXA 1g}} given {{time|at 0230}}."),
    ("ng", "plate no [[record number|LSR 482 AE]]. police officer Inspector [[relative name|Gift Ojo]] took "
           "statement. "
           "wife email [[email|blessing.okonkwo@yahoo.co.uk]]. {{eponym|Battle's sign}} ?."),
    ("ng", "{{eponym|Kernig's}} neg. [[relative name|Gbenga]] (driver) no be family, abeg no give am info. "
           "driver's name in full: [[relative name|Gbenga Afolabi]]."),
    # --- Indian
    ("in", "Pt [[patient name|Lakshmi Venkataraman]] [[age over 89|90]] yrs/F, from "
           "[[address|No. 14, 3rd Cross, Malleswaram]], [[address|Bengaluru]] [[postcode|560003]]. "
           "c/o {{symptom|giddiness}} {{duration|x 2 days}}. UHID [[own mrn|2023-004-419]]."),
    ("in", "attender son [[relative name|Srinivas]] ph [[other phone|+91 99860 44127]], "
           "daughter [[relative name|Meenakshi Iyer]] in [[address|Chennai]]. "
           "Aadhaar [[record number|4821 7719 0336]]. {{vital|GCS 15/15}}, {{vital|CBG 42 mg/dl}}."),
    ("in", "DOB [[birth date|09-Sep-1936]]. pt mob [[own phone|9845011237]]. "
           "Dr [[clinician name|Raghavendra Bhat]] (CMO) - {{drug|25% dextrose 100 ml}}, "
           "{{eponym|Parkinson's}} on {{drug|Syndopa}}."),
    ("in", "ambulance 108, veh no [[record number|KA 04 MN 7712]], EMT [[clinician name|Yashoda]]. "
           "email [[email|srinivas dot v at rediffmail dot com]]. {{route|Ryle's tube}} in situ."),
    ("in", "{{common word|Hope she improves}}, family praying. ammamma's name on insurance card [[record "
           "number|STAR/HLT/2023/77104]]. "
           "pt called \"[[patient name|Lakshmi]] amma\" by staff."),
    # --- Filipino
    ("ph", "[[patient name|Maria Cristina Dela Cruz]] a.k.a. [[patient name|Tintin]], 45F, from "
           "[[address|Blk 9 Lot 14, Phase 2, Brgy. San Isidro]], [[address|Antipolo]]. "
           "{{symptom|nahihilo}} {{time|since 0300}}. asawa [[relative name|Jun-Jun]] cp [[other phone|0928 "
           "555 3317]]."),
    ("ph", "PhilHealth [[record number|12-050123456-7]]. bday [[birth date|June 12 1981]]. "
           "hosp # [[own mrn|PGH 19 004417]]. {{eponym|Graves}} hx, on {{drug|methimazole}}. "
           "{{vital|HR 142}}, {{vital|temp 39.4}}."),
    ("ph", "sis [[relative name|Joy]] and [[relative name|Precious]] at ER waiting. "
           "fb [[url|facebook.com/tintin.delacruz.81]], ig [[url|@tintindc]]. "
           "pt cp [[own phone|09175550192]]. Dr [[clinician name|Macaraeg]] informed."),
    ("ph", "nurse [[clinician name|Rhea Mae Santiago]] endorsed to [[clinician name|Jonel]] "
           "{{time|at 2300}}. {{clinical|Thyroid storm}} likely, {{drug|propranolol}} given. "
           "jeepney plate [[record number|NXA 4417]] per tanod."),
    # --- Irish: Faith Ní Mhurchú, 93
    ("ie", "[[patient name|Faith Ní Mhurchú]] [[age over 89|93]] from [[address|Ballyvourney]], "
           "Co. Cork, [[postcode|P12 K8W3]]. lives w/ nephew [[relative name|Donncha]]. "
           "{{vital|NEWS2 7}}, {{vital|SpO2 88% RA}}, {{route|2L NC}}."),
    ("ie", "MRN [[own mrn|H 0042918]]. PPSN [[record number|1234567TA]]. DOB [[birth date|11.11.33]]. "
           "home ph [[own phone|(087) 555 0261]]. GP Dr [[clinician name|Ó Súilleabháin]] in "
           "[[address|Macroom]]. {{eponym|Foley}} catheter inserted."),
    ("ie", "nephew [[relative name|Donncha Ó Murchú]] 086 no.: [[other phone|086 555 7109]]. "
           "{{eponym|Whipple}} 2009 (pancreas), {{eponym|Douglas pouch}} fluid on FAST - small, "
           "{{anatomy|Morison's pouch}} clear. "
           "email [[email|donnchaomurchu at eircom dot net]]."),
    ("ie", "[[patient name|Faith]] is a dote. [[patient name|Faith]] very anxious re her dog. Sr [[clinician "
           "name|Aisling Kavanagh]] "
           "phoned [[relative name|Sunny]] (neighbour, [[relative name|Sunny Cronin]]) at [[other phone|021 "
           "455 8832]]."),
    ("ie", "car reg [[record number|08-C-44183]] (nephew's). {{vital|BP 80/40}}. "
           "{{eponym|Glasgow coma scale}} {{vital|GCS 14/15}}. "
           "came via [[address|Cork University Hospital]] transfer [[other date|Mon 30th Nov]]."),
    # --- mixed, English narrative
    ("uk", "{{eponym|Foley}} in situ. {{eponym|Addison's}} crisis protocol followed. {{drug|Sinemet}} given. "
           "fall was on [[other date|Tuesday 1 December 2026]]; seen at [[address|Friarage]] on "
           "[[other date|1-Dec]] and sent home. {{eponym|Bell's palsy}} left side ?old."),
    ("us", "Social: works at [[address|Wrigleyville Tap]], roommate [[relative name|Hope Delacroix-Yoon]] "
           "[[email|hope.dy@icloud.com]]. PCP Dr. [[clinician name|Shreya Kulkarni]] "
           "(sees her at [[address|Lakeview Family Medicine]], fax [[other phone|773 555 0190]])."),
    ("au", "{{eponym|Wilson disease}} NOT suspected. {{eponym|Whipple's}} NA. {{duration|48/24}} of vomiting. "
           "home wifi ip (pt's telehealth log) [[ip|203.0.113.77]]. CGM serial no [[record number|G7-3M4KQ9XZ]]."),
    ("ko", "{{eponym|Glasgow coma scale 15}}. {{drug|Lasix}} 효과 좋음. 내일 [[other date|12월 8일]] 퇴원 예정. "
           "딸 [[relative name|최하늘]] 이메일 [[email|haneul_choi@daum.net]]."),
    ("ng", "{{clinical|Insulin pump}} SN: [[record number|PMP-04-77813-NG]]. {{drug|Keppra}} level sent. "
           "{{dose|10 units}} {{drug|Actrapid}} sc."),
    # --- more of each setting: dates every way, ages, handles, URLs, addresses, odd numbers
    ("uk", "Hx from [[relative name|Faith]] (dtr): mum fell twice, [[other date|Nov 14th]] and "
           "the [[other date|29th]] of last month. {{vital|RR 26}}, {{vital|temp 38.9}}. "
           "{{clinical|Bloods}} sent {{time|at 0815}}. Wound {{anatomy|L shin}} 6cm flap."),
    ("uk", "{{clinical|Safeguarding}}: carer [[relative name|Jordan]] from [[address|Swaledale Care Ltd]] not "
           "turned up "
           "since [[other date|Sun 29 Nov]]. agency line [[other phone|0800 555 0172]], ref "
           "[[record number|SW/22/00871]]. {{clinical|Pressure area}} care started."),
    ("us", "ED course: {{drug|Nitro SL 0.4 mg}} x3, pain 8→3. {{eponym|Wolff-Parkinson-White}} not seen. "
           "{{clinical|Cath lab activated}} {{time|0545}}; Dr [[clinician name|Oyelowo]] + fellow [[clinician "
           "name|Bex Tran]]. "
           "pt's apple watch s/n [[record number|GH7QX2LM4N]]."),
    ("us", "Discharged?? no - admitted to 6W, bed 6W-14B. mom [[relative name|Lourdes Reyes]] "
           "from [[address|Cicero]], IL [[postcode|60804]], email [[email|lourdes_reyes AT comcast DOT net]], "
           "cell [[other phone|(708) 555-0126]]."),
    ("au", "Son [[relative name|Con]] says [[patient name|Rosie]] was admitted at [[address|Maitland Hospital]] "
           "back in [[other date|March '25]]. {{eponym|Cheyne-Stokes}} resp overnight. "
           "{{vital|GCS 9/15}}. {{clinical|Goals of care}} discussed."),
    ("au", "Ambo [[clinician name|Shaz Pemberton]] (ICP) handover: found [[other date|2/12]] at "
           "[[address|33 Cessnock Rd]], [[address|Weston]]. rego [[record number|BX 27 QL]]. "
           "{{duration|on floor ~14 h}}. {{vital|BGL 2.1}}."),
    ("ko", "[[patient name|최유진]] 환자 {{time|새벽 3시부터}} {{symptom|흉통}}. "
           "{{vital|GCS 15}}, {{vital|SpO2 93%}}. 이전 입원 [[other date|2023. 3. 15.]], "
           "[[address|경기도 고양시 일산동구 중앙로 1275번길 38]]."),
    ("ko", "보호자 카톡 ID [[url|@yujin_mom39]], 블로그 [[url|blog.naver.com/haneul0811]]. "
           "남편 [[relative name|최병철]] 씨 만 [[age over 89|92세]]. {{drug|아스피린 100mg}}."),
    ("vi", "Ghi chú: bệnh nhân [[patient name|Nhung]] hồi {{time|14h30}} đã tỉnh. ngày nhập viện "
           "[[other date|ngày 2 tháng 12 năm 2026]]. {{eponym|Parkinson}} ko. "
           "facebook [[url|fb.com/hongnhung.nguyen.5812]]."),
    ("vi", "ông ngoại [[relative name|Trần Văn Bảy]] [[age over 89|95]] tuổi ở [[address|xã Tân Phú]], "
           "[[address|huyện Châu Thành]], Tiền Giang — cũng bệnh. {{vital|HA 80/40}}. "
           "{{route|đặt sonde dạ dày}}."),
    ("ar", "Pt from [[address|Al Ain]], PO Box [[postcode|15258]]. passport [[record number|R0448127]] (KSA). "
           "nurse [[clinician name|Mariam Odeh]] handing to [[clinician name|Joseph Varghese]]. "
           "{{vital|Temp 39.1}}, {{drug|paracetamol 1 g IV}}."),
    ("ar", "المريضة تاريخ الدخول [[other date|٢ ديسمبر ٢٠٢٦]]. ابنتها [[relative name|نورة]] "
           "بريد [[email|noura.z@outlook.sa]]. {{clinical|Sepsis}} screen +ve, {{vital|lactate 4.2}}."),
    ("es", "Nota enfermería: [[patient name|Mª Ángeles]] refiere {{symptom|dolor torácico}} "
           "{{time|desde las 03:00}}. Nieta [[relative name|Rocío]] vive en [[address|Úbeda]]. "
           "{{vital|FC 48}}, {{drug|atropina 0,5 mg}}."),
    ("es", "Fecha ingreso previo [[other date|el 5 de mayo de 2023]] en [[address|Hospital San Juan de la Cruz]]. "
           "{{eponym|Parkinson}} no. Tarjeta sanitaria [[record number|JAEN-0007-812-33]]. "
           "Acude con su vecina [[relative name|Rosa]] — [[relative name|rosa]] no es familia."),
    ("pl", "Pacjent [[patient name|Grześ]] (tak mówi żona) lat [[age over 89|91]]? nie - to teść "
           "[[relative name|Zdzisław]] ma [[age over 89|91]], pacjent {{age under 90|74}}. "
           "{{clinical|Zawał}}, {{drug|heparyna 5000 j.}} "
           "{{time|o 04:10}}."),
    ("pl", "adres korespondencyjny [[address|os. Słoneczne 4/19]], [[address|Legionowo]]. "
           "ostatnia wizyta [[other date|15 XI 2026]]. {{eponym|objaw Chełmońskiego}} ujemny. "
           "ip terminala [[ip|192.168.44.17]]."),
    ("ng", "Ms [[relative name|Faith Adebayo]] (sis-in-law) call [[other phone|+234 809 555 0617]]. "
           "pt lives [[address|15 Ogunlana Drive]], [[address|Surulere]], [[postcode|101283]]. "
           "{{vital|GCS 8/15}} now, tube. {{drug|mannitol 1 g/kg}}."),
    ("ng", "grandma Mama [[relative name|Ngozi]] abt [[age over 89|96]] came from [[address|Nnewi]] village. "
           "twitter [[url|@emeka_okonkwo_ad]] posted the crash?? pls check with PRO. "
           "{{eponym|Cullen's sign}} absent."),
    ("in", "ECG machine serial [[record number|MAC5500-SN-21K0493]] error. repeat ECG: {{vital|HR 38}}. "
           "{{clinical|Complete heart block}}. TPI by Dr [[clinician name|Anjali Deshpande]] "
           "{{time|at 0140}}. PMJAY id PM-JAY [[record number|8841-2207-19]]."),
    ("in", "DOA last adm [[other date|12/03/2025]] at [[address|Bowring Hospital]]. "
           "ward boy [[relative name|Ramesh]] escorted. {{vital|RBS 42}}, {{drug|D25 100 ml}} {{route|IV stat}}. "
           "tele-ICU link [[url|https://teleicu.blr-health.example/room/4471]]."),
    ("ph", "Hx: {{eponym|Graves' disease}} since [[other date|Aug 2019]]. lola [[relative name|Remy]] "
           "[[age over 89|91]] y/o also in ward 3. {{vital|BP 80/40}}. {{drug|PTU 200 mg}} {{route|via NGT}}."),
    ("ph", "tita [[relative name|Grace Bautista]] email [[email|grace_b {at} yahoo {dot} com {dot} ph]], "
           "from [[address|Taytay, Rizal]], [[postcode|1920]]. viber [[other phone|+63 917 555 0877]]. "
           "Sunod na check {{time|@ 0600}}."),
    ("ie", "Transfer letter dated [[other date|4th of December]]; seen by Dr [[clinician name|Cliodhna "
           "Breathnach]] "
           "at [[address|Bantry General]]. {{clinical|Haematuria}} 2/7. {{eponym|Foley}} changed. "
           "triage note on [[url|www.hse-referrals.example/ie/ref/8812]]."),
    ("ie", "[[relative name|Donncha]] says she calls him [[relative name|Dinny]]. neighbour "
           "[[relative name|Hope Twomey]] from [[address|Cúil Aodha]] has the key. "
           "{{vital|NEWS2 5}}, {{vital|SpO2 93% on 2L}}."),
    ("uk", "{{vital|Capillary refill 4 s}}. {{clinical|Confusion}} new. {{eponym|Trendelenburg}} ↓. "
           "{{vital|CRT 4s}}"),
)


def notes() -> list[Note]:
    return [parse_marked(marked, PATIENTS[who]) for who, marked in NOTES]
