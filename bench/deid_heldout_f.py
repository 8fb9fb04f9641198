"""A sixth blind held-out corpus for the de-identification bench: hand-written emergency-triage notes
(nurse triage notes, telephone advice, ambulance pre-alerts, handovers, GP and clinic referral letters,
interpreter-mediated notes, pasted forms, radio and field reports) in settings the other corpora use
little: Ghana (Akan/Twi), northern Nigeria (Hausa, with Alhaji/Hajiya), South Africa (isiZulu, isiXhosa,
Afrikaans), Egypt in Arabic script, Morocco in French and Darija, the Czech Republic, Slovakia, Bulgaria
in Cyrillic, Iceland, Portugal, Angola, Catalonia, the Basque Country, Mexico (colonias, CURP), Guatemala
with K'iche', Haitian Kreyòl in Miami, Sri Lanka in Sinhala and Tamil script, Bangladesh in Bengali
script (Bengali calendar), Nepal in Devanagari (Bikram Sambat dates), Hong Kong (Chinese characters and
Cantonese romanisation), Taiwan (Minguo dates), Tonga, Fiji (Ratu/Adi), Nunavut with Inuktitut
syllabics, Wales in Welsh, a Navajo Nation school nurse, a US Veterans clinic, a UK GP referral letter
for a Nigerian Igbo chief, a cruise ship's medical centre, a North Sea platform, a prison healthcare
wing and a military field (MIST) note. Identifiers are marked ``[[kind|text]]``; clinical phrases that
must survive are marked ``{{kind|text}}``. Fake names, numbers and places only: phones are 555, Ofcom
drama-range or invented digits, IP addresses come from the documentation ranges, domains are example.*
or made up; towns and cities are real but every street address, plot, stand and house is invented.

Written without reading the recognisers (nothing under triage/deid_text was opened, nor
bench/bench_deid.py) and frozen before its first run: nobody has seen the scrubber's results on these
notes. The only code run on it before freezing was ``notes()``, to check that every note parses and
to count the marks.

Mapping onto the bench's KINDS (as in corpus E): towns, districts, villages, colonias, wards,
communities, farms, schools, ship's cabins, offshore installations, grid references and hospitals are
marked ``address``; number plates, aircraft registrations, device serials, passports, insurance,
health-card, social-security (including a last four), service, prison, zap and national id numbers are
marked ``record number``; social-media and messenger handles and links are marked ``url``; lay people
(friends, neighbours, carers, interpreters who are family, pastors, elders, teachers, prison officers,
crewmates) are marked ``relative name``; nurses, paramedics, medics, midwives, traditional birth
attendants, health workers and doctors are marked ``clinician name``; every date other than a date of
birth (admissions, callbacks, last menstrual periods, date-time groups, Hijri-, Bengali-, Bikram
Sambat- and Minguo-calendar dates alike) is marked ``other date``. Titles and honorifics (Mrs, Dr,
Sr, Alhaji, Hajiya, Chief, Pastor, Ratu, Adi, Lalla, Don, Nain, SSG, Cpl) stay outside the marked
identifier. Ages under 90 are marked ``{{age under 90|...}}``; clinical phrases that look like places
(Resus 1, Bed 12, Majors) are marked ``{{place|...}}``; English (and Welsh, Portuguese) words that
are also names, used as words, are marked ``{{word|...}}``.
"""

from __future__ import annotations

from datetime import date

from bench.deid_corpus import Note
from bench.deid_heldout import parse_marked
from triage.deid_text import KnownIdentifiers

PATIENTS = {
    "gh": KnownIdentifiers(names=("Yaa Asantewaa Owusu",), numbers=("KBTH-0447129",), phones=("024 555 7391",),
                           dates=(date(1958, 4, 3),)),
    "ngha": KnownIdentifiers(names=("Musa Danjuma Bello",), numbers=("AKTH/26/04471",), phones=("0803 555 4712",),
                             dates=(date(1949, 6, 1),)),
    "za": KnownIdentifiers(names=("Sibusiso Goodwill Mthembu",), numbers=("CHB-2026-41177",),
                           phones=("082 555 0143",), dates=(date(1987, 9, 24),)),
    "xh": KnownIdentifiers(names=("Nosipho Thandeka Ntshona",), numbers=("NMAH-558120",), phones=("071 555 0926",),
                           dates=(date(2008, 2, 11),)),
    "af": KnownIdentifiers(names=("Johannes Petrus van Wyk",), numbers=("UNIV-331904",), phones=("083 555 7710",),
                           dates=(date(1941, 5, 30),)),
    "eg": KnownIdentifiers(names=("محمود عبد الرحمن السيد", "Mahmoud Abdel-Rahman El-Sayed"),
                           numbers=("QAU-1448-2271",), phones=("010 5550 1837",), dates=(date(1963, 8, 19),)),
    "ma": KnownIdentifiers(names=("Fatima-Zahra Benali",), numbers=("IR-CAS-447190",), phones=("06 55 51 22 84",),
                           dates=(date(1995, 1, 17),)),
    "cz": KnownIdentifiers(names=("Jiřina Dvořáková",), numbers=("FNB-26-118420",), phones=("+420 605 555 318",),
                           dates=(date(1938, 11, 4),)),
    "sk": KnownIdentifiers(names=("Ľubomír Hraško",), numbers=("UNLP-2026-5531",), phones=("0905 555 417",),
                           dates=(date(1979, 6, 21),)),
    "bg": KnownIdentifiers(names=("Стоянка Петрова Иванова", "Stoyanka Petrova Ivanova"), numbers=("ПЛ-2026-33107",),
                           phones=("0888 555 412",), dates=(date(1934, 2, 28),)),
    "is": KnownIdentifiers(names=("Guðrún Sigurðardóttir",), numbers=("LSH-2026-1187",), phones=("+354 855 5214",),
                           dates=(date(1980, 12, 1),)),
    "pt": KnownIdentifiers(names=("Maria da Graça Figueiredo",), numbers=("HSJ-7741902",), phones=("912 555 347",),
                           dates=(date(1949, 7, 12),)),
    "ao": KnownIdentifiers(names=("Domingos Kiala Nzinga",), numbers=("HJM-26-00417",), phones=("923 555 118",),
                           dates=(date(1990, 10, 5),)),
    "cat": KnownIdentifiers(names=("Montserrat Vilaró Pujol",), numbers=("HJT-0884471",), phones=("672 555 804",),
                            dates=(date(1932, 3, 19),)),
    "eu": KnownIdentifiers(names=("Iñaki Etxeberria Arrizabalaga",), numbers=("OSK-5517209",),
                           phones=("688 555 219",), dates=(date(1971, 4, 8),)),
    "mx": KnownIdentifiers(names=("María Guadalupe Hernández Tzompantzi",), numbers=("HGZ47-44719",),
                           phones=("55 5555 0172",), dates=(date(1984, 12, 12),)),
    "gt": KnownIdentifiers(names=("Tomasa Tzoc Ajpop",), numbers=("HRQ-26-7712",), phones=("5555 4471",),
                           dates=(date(1999, 5, 3),)),
    "ht": KnownIdentifiers(names=("Marie-Claude Jean-Baptiste",), numbers=("JMH-88120447",),
                           phones=("(305) 555-0193",), dates=(date(1956, 8, 15),)),
    "lksi": KnownIdentifiers(names=("කුමාරි විජේසිංහ", "Kumari Wijesinghe"), numbers=("NHSL-26-55120",),
                             phones=("077 555 4186",), dates=(date(1952, 9, 9),)),
    "lkta": KnownIdentifiers(names=("ராஜேஸ்வரி செல்வராசா", "Rajeswary Selvarasa"), numbers=("THJ-447190",),
                             phones=("077 555 0938",), dates=(date(1933, 1, 14),)),
    "bd": KnownIdentifiers(names=("মোহাম্মদ রফিকুল ইসলাম", "Mohammad Rafiqul Islam"), numbers=("DMCH-26-338104",),
                           phones=("01711-555920",), dates=(date(1975, 3, 26),)),
    "np": KnownIdentifiers(names=("सीता कुमारी थापा", "Sita Kumari Thapa"), numbers=("TUTH-2083-4471",),
                           phones=("984-1555-302",), dates=(date(1990, 4, 14),)),
    "hk": KnownIdentifiers(names=("陳美玲", "Chan Mei-ling"), numbers=("HN26044719",), phones=("9555 1208",),
                           dates=(date(1944, 6, 30),)),
    "tw": KnownIdentifiers(names=("林志明", "Lin Chih-ming"), numbers=("NTUH-8844712",), phones=("0912-555-708",),
                           dates=(date(1968, 10, 10),)),
    "to": KnownIdentifiers(names=("Sione Vaipulu Havili",), numbers=("VH-2026-0771",), phones=("+676 775 5512",),
                           dates=(date(1962, 3, 1),)),
    "fj": KnownIdentifiers(names=("Josefa Naivalu Ratuvou",), numbers=("CWM-26-11447",), phones=("+679 955 5120",),
                           dates=(date(1970, 7, 22),)),
    "iu": KnownIdentifiers(names=("Annie Kilabuk Nowdlak", "ᐋᓃ ᑭᓚᐳᒃ"), numbers=("QGH-0044712",),
                           phones=("(867) 555-0188",), dates=(date(1948, 1, 20),)),
    "cy": KnownIdentifiers(names=("Gwenllian Haf Prydderch",), numbers=("BGH-W447120",), phones=("01970 555 218",),
                           dates=(date(1937, 7, 7),)),
    "nav": KnownIdentifiers(names=("Autumn Reyes-Begay",), numbers=("TCRHC-504471",), phones=("(928) 555-0144",),
                            dates=(date(2013, 10, 30),)),
    "va": KnownIdentifiers(names=("Darnell Lamont Washington",), numbers=("VA-6620447",), phones=("(404) 555-0163",),
                           dates=(date(1968, 2, 2),)),
    "gp": KnownIdentifiers(names=("Chukwuemeka Obiora Nwachukwu",), numbers=("KCH-K447120",),
                           phones=("07700 900 415",), dates=(date(1952, 3, 14),)),
    "cr": KnownIdentifiers(names=("Patricia Sue Holloway",), numbers=("MC-2026-0412",), phones=("+1 (813) 555-0129",),
                           dates=(date(1950, 5, 19),)),
    "rig": KnownIdentifiers(names=("Craig Duncan Lennox",), numbers=("ARI-1144712",), phones=("07700 900274",),
                            dates=(date(1985, 9, 3),)),
    "pr": KnownIdentifiers(names=("Dwayne Anthony Pryce",), numbers=("LGI-9044712",), phones=("07700 900731",),
                           dates=(date(1993, 12, 25),)),
    "mil": KnownIdentifiers(names=("Tyrese Jamal Whitlock",), numbers=("30447129",), phones=("07700 900662",),
                            dates=(date(2001, 8, 14),)),
}

NOTES = (
    ("gh", "[[address|Korle Bu]] ED triage 07:20, cat orange. Auntie [[patient name|Yaa Asantewaa]] (Mrs [[patient name|Owusu]]), "
           "DOB [[birth date|03/04/1958]], folder no [[own mrn|KBTH-0447129]]. brought by son [[relative name|Kwame]] "
           "and her sister [[relative name|Efua Boatemaa]] ([[other phone|020 555 1184]]). lives "
           "[[address|H/No. C 447/12, behind the Presby church]], [[address|Adabraka]], [[address|Accra]], GhanaPost "
           "GPS [[postcode|GA-183-8164]]. Ghana Card [[record number|GHA-712345678-3]], NHIS "
           "[[record number|0447 1920 33]]. [[relative name|Efua]] says: \"ɔka sɛ {{symptom|ne tirim yɛ no ya}}\" since dawn, then "
           "{{symptom|right arm weak}}. {{vital|BP 224/130}}, {{vital|RBS 11.2}}, {{score|GCS 14}}, {{score|NIHSS 7}}. "
           "nurse [[clinician name|Esi Quaye]] called Dr [[clinician name|Nii Armah Tetteh]]; to {{place|Resus 1}}."),
    ("gh", "phone call fr [[relative name|Kofi Boakye]] in [[address|Kumasi]] ([[other phone|+233 32 555 0192]]) asking "
           "after [[patient name|Maame Yaa]]. Pastor [[relative name|Emmanuel Adjei]] wants to pray at the bedside, "
           "ok after {{time|16:00}}. her own phone [[own phone|0245557391]] is with [[relative name|Kwame]], whatsapp "
           "[[url|wa.me/233205551184]] for the family group. told {{diagnosis|haemorrhagic stroke}} on CT, "
           "{{drug|labetalol 20 mg}} {{route|IV}}, {{word|will}} update after neuro review. transfer to "
           "[[address|Komfo Anokye Teaching Hospital]] discussed for [[other date|Friday 11th Dec]]."),
    ("ngha", "[[address|AKTH]] Emergency, triage 23:10. Alhaji [[patient name|Musa Bello]] ([[patient name|M. D. Bello]]), "
             "[[birth date|01-06-1949]], hosp no [[own mrn|AKTH/26/04471]], NIN [[record number|44712034519]]. from "
             "[[address|No. 44 Zoo Road, opposite the Juma'at mosque]], [[address|Gyadi-Gyadi]], [[address|Kano]]. "
             "Hajiya [[relative name|Hadiza]] says \"{{symptom|ciwon kai}} tun jiya\" and {{symptom|zazzabi}}. "
             "{{sign|neck stiffness}}, {{sign|Kernig's sign}} +, {{sign|Brudzinski}} +, {{sign|petechial rash}} legs. "
             "{{vital|T 39.8}}, {{vital|HR 122}}. {{drug|ceftriaxone 2 g}} {{route|IV}} stat. son "
             "[[relative name|Abdullahi]] [[other phone|0706 555 2031]], Alhaji's own line [[own phone|0803 555 4712]]. "
             "Dr [[clinician name|Aisha Garba]]; keke driver [[relative name|Sani]] waiting outside, "
             "plate [[record number|KMC 447 XA]]."),
    ("za", "[[address|Bara]] casualty, SATS red, 02:15. [[patient name|Sibusiso Mthembu]] ([[patient name|Sbu]]), "
           "{{age under 90|39M}}, ID [[record number|8709245123084]], hosp no [[own mrn|CHB-2026-41177]]. stabbed L "
           "chest at a tavern, [[address|Stand 4471, Zone 6]], [[address|Diepkloof]], [[address|Soweto]] "
           "[[postcode|1864]]. brought by taxi, friend [[relative name|Lucky Nkosi]] [[other phone|073 555 2208]]. "
           "{{vital|BP 78/40}} {{vital|HR 140}}, {{sign|Beck's triad}}: muffled HS, {{sign|distended neck veins}}. "
           "FAST + pericardial. {{drug|TXA 1 g}} {{route|IV}}. mother [[relative name|MaDlamini]] on phone: "
           "\"{{symptom|uphefumula kanzima}}\". Dr [[clinician name|Precious Khumalo]], Sr [[clinician name|Nomsa]]. "
           "{{place|Resus Bay 2}}, theatre called. own cell [[own phone|082 555 0143]]."),
    ("xh", "REFERRAL LETTER — [[address|Ngqeleni]] CHC to [[address|Nelson Mandela Academic Hospital]], [[address|Mthatha]], "
           "[[other date|06/12/2026]]. Re: [[patient name|Nosipho Ntshona]], DOB [[birth date|11 February 2008]], "
           "{{age under 90|18 yrs}}, G1P0 at {{duration|34/40}}, from [[address|Lower Nqadu, Ward 14]]. Umama "
           "uthi uqale {{symptom|ukuxhuzula}} ekhaya. {{vital|BP 172/116}}, {{lab|urine protein 3+}}, "
           "{{diagnosis|eclampsia}}. Given {{drug|magnesium sulphate 4 g}} {{route|IV}} and 5 g {{route|IM}} "
           "each buttock, {{drug|nifedipine 10 mg}} {{route|PO}}. Father [[relative name|Mzwandile Ntshona]] "
           "[[other phone|078 555 3310]]; her cell [[own phone|071 555 0926]]. EMS ref "
           "[[record number|EC-EMS-0447-26]]. Sr [[clinician name|Gift Mahlangu]], PN [[clinician name|Bongani]]."),
    ("af", "Ambulans voorwaarskuwing na [[address|Universitas Hospitaal]]: oom [[patient name|Hannes]] "
           "([[patient name|J.P. van Wyk]]), {{age under 90|85-jarige}} man, gebore [[birth date|30 Mei 1941]], "
           "van [[address|Plaas Rietvlei]], [[address|Dealesville]]. plaaswerker [[relative name|Piet Mokoena]] het "
           "hom gekry. {{symptom|borspyn}} sedert {{duration|2 uur}}, sweet. {{drug|aspirien 300 mg}} gekou, "
           "{{drug|GTN 0,4 mg}} {{route|SL}}. {{vital|BD 96/58}}, {{vital|pols 44}}, {{score|Killip II}}. "
           "vrou [[relative name|Sannie]] [[other phone|051 555 0372]], sy sel [[own phone|083 555 7710]]. "
           "paramedikus [[clinician name|Riaan Botha]], voertuig [[record number|BFS 447 FS]]. lêer "
           "[[own mrn|UNIV-331904]]. ETA {{time|14:40}}."),
    ("eg", "استقبال طوارئ [[address|قصر العيني]] — فرز ٠٣:١٥. المريض [[patient name|محمود عبد الرحمن]]، مواليد "
           "[[birth date|١٩/٠٨/١٩٦٣]]، الرقم القومي [[record number|26308190104471]]. العنوان "
           "[[address|١٢ شارع التحرير، الدقي]]، [[address|الجيزة]]. ابنه [[relative name|أحمد]] "
           "[[other phone|٠١١٢ ٥٥٥ ٤٠٩٢]]. {{symptom|ألم في الصدر}} منذ {{duration|ساعتين}}، "
           "{{lab|troponin 45 ng/L}}، {{vital|BP 160/95}}، {{vital|HR 104}}. {{drug|aspirin 300 mg}}، "
           "{{drug|Clexane 40 mg}} {{route|SC}}. د. [[clinician name|هبة الشناوي]]، ممرضة [[clinician name|سعاد]]. "
           "ملف [[own mrn|QAU-1448-2271]]. دخول سابق [[other date|١٦ جمادى الآخرة ١٤٤٧]]."),
    ("eg", "telephone (son, English): [[relative name|Ahmed Mahmoud]] calling from [[address|Alexandria]] asks if "
           "Hagg [[patient name|Mahmoud]] ([[patient name|M. Abdel-Rahman]]) is in {{place|Majors}}. yes, "
           "{{place|Bed 12}}. his email [[email|ahmed.elsayed@nilemail.example.eg]]; dad's mobile "
           "[[own phone|+20 10 5550 1837]] switched off. told {{diagnosis|NSTEMI}}, {{score|GRACE 142}}, "
           "for angio with Dr [[clinician name|Karim Fawzy]]. no {{word|will}} drawn up yet, says "
           "his wife [[relative name|Om Ahmed]]."),
    ("ma", "Urgences [[address|CHU Ibn Rochd]], tri 14h10, niveau 2. Mme [[patient name|Benali Fatima-Zahra]], née le "
           "[[birth date|17/01/1995]], CIN [[record number|BE447120]]. adresse [[address|Derb Sultan, rue 44, n° 12]], "
           "[[address|Casablanca]] [[postcode|20490]]. accompagnée de sa belle-mère Lalla [[relative name|Khadija]] "
           "(tél [[other phone|0661 555 309]]), qui dit en darija: \"{{symptom|kerchha katderha}}\". "
           "{{symptom|douleur de l'hypocondre droit}}, {{sign|signe de Murphy}} +, {{vital|T° 38,6}}, "
           "{{lab|CRP 96}}, {{lab|β-hCG négatif}}. {{drug|paracétamol 1 g}} {{route|IVL}}, {{drug|Spasfon}}. "
           "interne Dr [[clinician name|Youssef El Amrani]]. dossier [[own mrn|IR-CAS-447190]], "
           "portable [[own phone|06 55 51 22 84]]. dernière consultation [[other date|le 2 décembre]]."),
    ("cz", "Urgentní příjem [[address|FN Brno]], triáž 05:40. Pacientka [[patient name|Dvořáková Jiřina]], nar. "
           "[[birth date|4. 11. 1938]], {{age under 90|88 let}}, RČ [[record number|386104/0447]]. bydliště "
           "[[address|Kounicova 12]], [[postcode|602 00]] [[address|Brno]]. dcera Ing. [[relative name|Hana Nováková]] "
           "[[other phone|731 555 204]]. {{symptom|dušnost}} {{duration|3 dny}}, {{symptom|kašel}}, "
           "{{vital|SpO2 86 %}}, {{vital|DF 28}}, {{score|CURB-65 3}}. {{drug|Augmentin 1,2 g}} {{route|i.v.}}, "
           "{{drug|klarithromycin 500 mg}}. MUDr. [[clinician name|Tomáš Procházka]], sestra "
           "[[clinician name|Lenka Horáková]]. č. pac. [[own mrn|FNB-26-118420]], mobil [[own phone|605 555 318]]."),
    ("sk", "[[address|UNLP Košice]], urgentný príjem, triáž 2. pacient [[patient name|Ľubo Hraško]], RČ [[record number|790621/4471]], "
           "bytom [[address|Hlavná 88]], [[postcode|040 01]] [[address|Košice]]. čelná zrážka, ŠPZ "
           "[[record number|KE-447AB]]. manželka [[relative name|Zuzka]] [[other phone|0944 555 218]]. "
           "{{sign|seat-belt sign}}, {{sign|Cullen}} neg., {{vital|TK 100/60}}, {{vital|P 118}}, {{score|GCS 15}}. "
           "{{drug|morfín 5 mg}} {{route|i.v.}}. záchranár [[clinician name|Marek Kollár]]. uložený na "
           "{{place|lôžko 12}}. číslo [[own mrn|UNLP-2026-5531]], tel [[own phone|0905 555 417]]."),
    ("bg", "Спешно отделение, [[address|УМБАЛ „Св. Георги“]]. Пациентка [[patient name|Стоянка Иванова]], "
           "[[age over 89|92 г.]], ЕГН [[record number|3402284471]]. адрес [[address|ул. „Капитан Райчо“ 44, ет. 3]], "
           "[[address|Пловдив]] [[postcode|4000]]. внук [[relative name|Иван Петров]] [[other phone|0899 555 207]]. "
           "{{symptom|синкоп}} вкъщи, {{vital|пулс 34}}, {{diagnosis|AV блок III ст.}}, {{drug|атропин 0,5 mg}} "
           "{{route|i.v.}}, {{drug|isoprenaline 2 mcg/min}}. д-р [[clinician name|Милена Георгиева]]. ИЗ "
           "[[own mrn|ПЛ-2026-33107]]. тел. [[own phone|0888 555 412]]. предишен прием [[other date|14.10.2026]]."),
    ("is", "Bráðamóttaka [[address|Fossvogi]], forgangur 2. [[patient name|Guðrún Sigurðardóttir]], kt. "
           "[[record number|011280-4479]], heimili [[address|Hverfisgata 44]], [[postcode|101]] [[address|Reykjavík]]. "
           "fannst í sjónum við [[address|Nauthólsvík]], maki [[relative name|Jón Gunnarsson]] "
           "[[other phone|699 5512]]. {{vital|hiti 33,1}}, {{vital|púls 48}}, {{diagnosis|hypothermia}}, "
           "{{drug|heitur vökvi 1 L}} {{route|iv}}. bílnúmer [[record number|KX-447]]. hjúkrunarfræðingur "
           "[[clinician name|Ásdís]], læknir [[clinician name|Einar Þórsson]]. sjúkraskrá [[own mrn|LSH-2026-1187]], "
           "sími [[own phone|855 5214]]."),
    ("pt", "Urgência [[address|Hospital de São João]], triagem de Manchester amarelo. Sra. D. [[patient name|Graça Figueiredo]], "
           "nasc. [[birth date|12/07/1949]], nº utente [[record number|287 447 190]]. morada "
           "[[address|Rua de Santa Catarina 412, 3.º Esq.]], [[postcode|4000-447]] [[address|Porto]]. filho "
           "[[relative name|Zé Manel]] [[other phone|22 555 0913]]. {{symptom|dispneia súbita}}, gémeo esq. "
           "edemaciado, {{sign|sinal de Homans}} +, {{score|Wells 4}}, {{lab|D-dímeros 2,4}}. "
           "{{drug|enoxaparina 1 mg/kg}} {{route|SC}}. enf. [[clinician name|Rui Carvalho]], Dr.ª "
           "[[clinician name|Inês Tavares]]. processo [[own mrn|HSJ-7741902]], tlm [[own phone|912 555 347]]. "
           "ela diz \"{{word|graças a Deus}}\" a cada frase."),
    ("ao", "Banco de Urgência, [[address|Hospital Josina Machel]], [[address|Luanda]]. paciente [[patient name|Domingos Kiala]], "
           "{{age under 90|36 anos}}, BI [[record number|004471920LA041]], residente [[address|Bairro Cazenga, Rua 17, "
           "casa 44]], [[address|Luanda]]. trazido pelo cunhado [[relative name|Mavinga]] ([[other phone|+244 912 555 603]]) "
           "num candongueiro, matrícula [[record number|LD-44-71-AB]]. {{symptom|febre}} {{duration|há 5 dias}}, "
           "{{symptom|calafrios}}, {{lab|TDR malária positivo}}, {{lab|parasitemia 4%}}, {{score|Glasgow 14}}. "
           "{{drug|artesunato 2,4 mg/kg}} {{route|EV}}. Dra. [[clinician name|Esperança Chipenda]], enf. "
           "[[clinician name|Nelo]]. processo [[own mrn|HJM-26-00417]], tel. [[own phone|923 555 118]]. "
           "a mãe só diz {{word|esperança}}."),
    ("cat", "Urgències [[address|Trueta]], triatge MAT nivell 2. Sra. [[patient name|Montse Vilaró]], [[age over 89|94 anys]], "
            "nascuda [[birth date|19-3-1932]], CIP [[record number|VIPU 0320319 00]]. ve de la "
            "[[address|Residència Santa Eugènia]], domicili anterior [[address|C/ de la Força 23, 2n 1a]], "
            "[[postcode|17004]] [[address|Girona]]. nebot [[relative name|Jordi Puigvert i Serra]] "
            "[[other phone|972 555 310]]. {{symptom|desorientació}} {{duration|des d'ahir}}, {{vital|Tª 38,9}}, "
            "{{lab|lactat 4,1}}, {{score|qSOFA 2}}, font urinària. {{drug|ceftriaxona 2 g}} {{route|ev}}. "
            "infermera [[clinician name|Núria Soler]], Dr. [[clinician name|Pau Ferrer]]. HC "
            "[[own mrn|HJT-0884471]]. mòbil de la pacient [[own phone|672 555 804]]. ingrés previ "
            "[[other date|23/09/2026]]."),
    ("eu", "Larrialdiak, [[address|Donostia Unibertsitate Ospitalea]], triajea 2. Gaixoa: [[patient name|Iñaki Etxeberria]] "
           "([[patient name|Etxebe]]), jaioteguna [[birth date|1971/04/08]], TIS [[record number|ETAR710408C]]. "
           "helbidea [[address|Zabaleta kalea 14, 3. ezk.]], [[postcode|20002]] [[address|Donostia]]. emaztea "
           "[[relative name|Miren Agirre]] [[other phone|943 555 118]]. {{symptom|gerriko min bizia}} ezkerrean, "
           "{{sign|puño-percusión +}}, {{lab|hematuria ++}}. {{drug|Nolotil 2 g}} {{route|IV}}, "
           "{{drug|dexketoprofeno 50 mg}}. erizaina [[clinician name|Ainhoa]], medikua Dr. "
           "[[clinician name|Koldo Zubizarreta]]. HK [[own mrn|OSK-5517209]], mugikorra [[own phone|688 555 219]]. "
           "autoa [[record number|4471 KLM]] aparkalekuan."),
    ("mx", "Urgencias [[address|HGZ 47]] IMSS, triage rojo. pac. [[patient name|Lupita Hernández]] ([[patient name|Ma. Guadalupe "
           "Hernández T.]]), {{age under 90|41 años}}, CURP [[record number|HETG841212MDFRZD04]], NSS "
           "[[record number|4408 84 1234 5]]. dom. [[address|Calle Emiliano Zapata Mz 14 Lt 7, Col. Santa Martha "
           "Acatitla]], [[address|Iztapalapa]], [[address|CDMX]], CP [[postcode|09510]]. esposo Don "
           "[[relative name|Chuy]] [[other phone|55 5555 0840]]. {{diagnosis|dengue con signos de alarma}}, "
           "{{lab|plaquetas 18 mil}}, {{vital|TA 80/50}}, {{sign|posición de Trendelenburg}}, "
           "{{drug|Hartmann 20 ml/kg}} {{route|IV}}. Dra. [[clinician name|Xóchitl Ramírez]], enf. "
           "[[clinician name|Lalo]]. exp. [[own mrn|HGZ47-44719]], cel [[own phone|55 5555 0172]]. fb de la hija "
           "[[url|facebook.com/lupita.hdz.tz]]. ingreso previo [[other date|15/ago/2026]]."),
    ("mx", "llamada de la hija [[relative name|Yessenia]] desde [[address|Los Ángeles]] ([[other phone|(323) 555-0147]]): "
           "pregunta por su mamá [[patient name|Guadalupe]]. se le informa {{lab|hematocrito 52%}}, en "
           "{{place|Choque 3}}. la vecina Doña [[relative name|Rosa Tlatelpa]] trae las recetas. {{word|rosa}} "
           "mexicana en la bata, sin relevancia. la familia no pierde la {{word|esperanza}}; la vecina vive en "
           "[[address|calle Esperanza 22]]."),
    ("gt", "Emergencia [[address|Hospital Regional de Quetzaltenango]]. paciente [[patient name|Tomasa Tzoc]], {{age under 90|27 a}}, "
           "DPI [[record number|2447 19203 0901]], de [[address|aldea Chuicavioc]], [[address|Totonicapán]]. habla "
           "k'iche', traduce la hermana [[relative name|Juana Tzoc Ajpop]]; \"{{symptom|k'ax ri nupam}}\". parto en "
           "casa [[other date|5 de diciembre]] con comadrona [[clinician name|Petrona Ixcoy]]. "
           "{{diagnosis|hemorragia posparto}}, {{vital|FC 130}}, {{score|índice de choque 1,4}}. "
           "{{drug|oxitocina 10 UI}} {{route|IM}}, {{drug|misoprostol 800 mcg}}. bebé {{score|APGAR 8/9}}. "
           "Dr. [[clinician name|Byron Sac]]. reg. [[own mrn|HRQ-26-7712]], cel del esposo [[other phone|4555 0931]], "
           "de ella [[own phone|5555 4471]]."),
    ("ht", "[[address|Jackson]] ED triage ESI 2, via Kreyòl phone interpreter ID [[record number|447120]]. pt "
           "[[patient name|Marie-Claude Jean-Baptiste]], DOB [[birth date|08/15/1956]], MRN [[own mrn|JMH-88120447]]. "
           "li di: \"{{symptom|tèt mwen ap fè m mal anpil}}, {{symptom|m pa ka wè byen}}\". {{vital|BP 232/128}}, "
           "{{lab|K+ 6.1}}, {{lab|creatinine 4.2}}, {{diagnosis|hypertensive emergency}}. {{drug|nicardipine 5 mg/h}} "
           "{{route|IV}}, {{drug|calcium gluconate 10%}}. lives [[address|NE 2nd Ave apt 14B]], "
           "[[address|Little Haiti]], [[address|Miami]] FL [[postcode|33137]]. pitit fi l [[relative name|Widlyne]] "
           "[[other phone|(786) 555-0118]], Pastor [[relative name|Jean-Robert Célestin]] in waiting room. "
           "home [[own phone|305-555-0193]]. Dr [[clinician name|Okwuosa]], RN [[clinician name|Nadège]]."),
    ("lksi", "හදිසි ප්‍රතිකාර ඒකකය, [[address|කොළඹ ජාතික රෝහල]]. රෝගී [[patient name|කුමාරි විජේසිංහ]] "
             "([[patient name|Kumari W.]]), {{age under 90|74 y}}, NIC [[record number|525533447V]]. ලිපිනය "
             "[[address|නො. 44, ගාලු පාර]], [[address|දෙහිවල]]. පුතා [[relative name|නිමල්]] "
             "[[other phone|071 555 2093]]. {{diagnosis|Russell's viper bite}} R foot, "
             "{{symptom|කකුල ඉදිමිලා}}, {{lab|20WBCT positive}}, {{drug|polyvalent ASV 10 vials}} {{route|IV}}, "
             "{{drug|adrenaline 0.25 mg}} {{route|IM}} pre-med. bitten [[other date|2026.12.05]] in paddy field. "
             "Dr [[clinician name|Chaminda Rathnayake]]. BHT [[own mrn|NHSL-26-55120]], ජංගම "
             "[[own phone|077 555 4186]]."),
    ("lkta", "Telephone advice, [[address|யாழ்ப்பாணம் போதனா வைத்தியசாலை]]. மகள் [[relative name|தர்ஷினி]] calling "
             "from [[address|Toronto]] [[other phone|+1 416 555 0177]] about அம்மா [[patient name|ராஜேஸ்வரி செல்வராசா]], "
             "[[age over 89|93 வயது]]. home [[address|இல. 12, கே.கே.எஸ். வீதி]], [[address|கொக்குவில்]]. "
             "neighbour [[relative name|Kandiah]] found her {{symptom|drowsy}}, {{lab|CBG 2.1}}. on "
             "{{drug|gliclazide 80 mg}} {{dose|BD}}. advised {{drug|50% dextrose 50 ml}} by ambulance, then "
             "{{drug|10% dextrose}} infusion. clinic no [[own mrn|THJ-447190]]. her phone "
             "[[own phone|0775550938]]. Dr [[clinician name|Sivakumar]]. email "
             "[[email|tharshini.selva@maple.example.ca]]."),
    ("bd", "জরুরি বিভাগ, [[address|ঢাকা মেডিকেল কলেজ হাসপাতাল]]. রোগী [[patient name|রফিকুল ইসলাম]], "
           "{{age under 90|৫১ বছর}}, জন্ম [[birth date|২৬/০৩/১৯৭৫]], NID [[record number|1975269447120]]. ঠিকানা "
           "[[address|বাড়ি ১২, রোড ৪, মিরপুর-১০]], [[address|ঢাকা]] [[postcode|১২১৬]]. স্ত্রী "
           "[[relative name|শাহানা বেগম]] [[other phone|০১৮১৯-৫৫৫৪৪৭]]. {{diagnosis|organophosphate poisoning}}, "
           "{{sign|pinpoint pupils}}, {{symptom|profuse secretions}}, {{vital|HR 48}}. {{drug|atropine 2 mg}} "
           "{{route|IV}}, {{drug|pralidoxime 1 g}}, washed via {{route|NGT}}. ডাঃ [[clinician name|তানভীর আহমেদ]]. "
           "রেজি. [[own mrn|DMCH-26-338104]], মোবাইল [[own phone|01711-555920]]. ভর্তি [[other date|২২ অগ্রহায়ণ ১৪৩৩]]."),
    ("np", "आकस्मिक कक्ष, [[address|त्रिभुवन विश्वविद्यालय शिक्षण अस्पताल]]. बिरामी [[patient name|सीता कुमारी थापा]] "
           "([[patient name|Sita K. Thapa]]), जन्म मिति [[birth date|२०४७/०१/०१]], नागरिकता "
           "[[record number|27-01-75-04471]]. ठेगाना [[address|काठमाडौं महानगरपालिका वडा नं. ४]], "
           "[[address|महाराजगञ्ज]]. पति [[relative name|राम बहादुर थापा]] [[other phone|९८०-१५५५-२१८]]. heli from "
           "[[address|Lukla]] after trek: {{diagnosis|HAPE}}, {{vital|SpO2 72%}}, {{drug|nifedipine 30 mg}}, "
           "{{drug|dexamethasone 8 mg}}, {{drug|O2 6 L}}. guide [[relative name|Pasang Sherpa]]. Dr "
           "[[clinician name|Binod Shrestha]]. दर्ता [[own mrn|TUTH-2083-4471]], मोबाइल [[own phone|9841555302]]. "
           "मिति [[other date|२०८३ मंसिर २१]]."),
    ("hk", "[[address|QEH]] A&E triage Cat 2, 09:05. 病人 [[patient name|陳美玲]] ([[patient name|Chan Mei Ling]]), "
           "DOB [[birth date|30/06/1944]], {{age under 90|82歲}}. HKID "
           "[[record number|A123456(7)]]. 住 [[address|深水埗長沙灣道447號12樓B室]]. 個仔 [[relative name|阿明]] "
           "([[relative name|Ah Ming]]) [[other phone|6555 0913]]. 佢話 \"{{symptom|心口痛}}\" (sam hau tung) "
           "{{duration|兩個鐘}}, {{symptom|出冷汗}}. {{lab|hs-TnT 88}}, {{score|HEART 6}}, {{vital|BP 150/92}}. "
           "{{drug|aspirin 300 mg}}, {{drug|Clexane 60 mg}} {{route|SC}}. [[clinician name|黃]]姑娘 triage, "
           "Dr [[clinician name|Lau Chi-keung]]. HN [[own mrn|HN26044719]], 手提 [[own phone|9555 1208]]. "
           "上次入院 [[other date|2026年3月14日]]."),
    ("tw", "[[address|台大醫院]]急診 TTAS 2級 10:42. 病人 [[patient name|林志明]] ([[patient name|Lin Chih-ming]]), "
           "生日 [[birth date|民國57年10月10日]], 身分證 [[record number|A123456789]]. 住址 "
           "[[address|台北市大安區和平東路二段44號5樓]]. 太太 [[relative name|王淑芬]] [[other phone|02-2555-0136]]. "
           "{{symptom|右側無力}} {{duration|50分鐘}}, {{symptom|失語}}, {{score|NIHSS 12}}. {{drug|rt-PA 0.9 mg/kg}} "
           "{{route|IV}}, door-to-needle {{duration|38 min}}. 醫師 [[clinician name|張家豪]], 護理師 "
           "[[clinician name|小芳]]. 病歷號 [[own mrn|NTUH-8844712]], 手機 [[own phone|0912-555-708]]. LINE "
           "[[url|line.me/ti/p/~linchihming68]]. 日期 [[other date|115年12月7日]]."),
    ("to", "[[address|Vaiola Hospital]] ED, 11:30. [[patient name|Sione Havili]] ([[patient name|Sione V.]]), "
           "{{age under 90|64 yo}}, DOB [[birth date|1/3/1962]]. naʻe ʻomi ia ʻe hono foha ko [[relative name|Tevita]] "
           "mei [[address|Kolofoʻou]], [[address|Nukuʻalofa]]; [[relative name|Tevita]]'s mobile [[other phone|+676 884 5521]]. "
           "\"{{symptom|langa hono vaʻe}}\", {{diagnosis|diabetic foot sepsis}} L, {{lab|glucose 24}}, "
           "{{score|qSOFA 2}}, {{vital|T 39.0}}. {{drug|Augmentin 625 mg}} was at home; now "
           "{{drug|cloxacillin 2 g}} {{route|IV}}. Rev. [[relative name|Sifa Moala]] came from church. Dr "
           "[[clinician name|ʻAna Fonua]], nurse [[clinician name|Mele]]. hosp no [[own mrn|VH-2026-0771]], "
           "phone [[own phone|775 5512]]."),
    ("fj", "[[address|CWM Hospital]] ED, [[address|Suva]], 15:20. Ratu [[patient name|Josefa Naivalu]] (Ratu [[patient name|Joe]]), "
           "{{age under 90|56 yrs}}, from [[address|Nakorovou village]], [[address|Naitasiri]]. wife Adi "
           "[[relative name|Litia]] [[other phone|+679 922 5530]]. {{symptom|fever}} {{duration|6 days}} after "
           "flooding, {{sign|conjunctival suffusion}}, {{symptom|calf pain}}, {{lab|creatinine 388}}, "
           "{{diagnosis|leptospirosis}}. {{drug|benzylpenicillin 1.2 g}} {{route|IV}} q6h. FNPF "
           "[[record number|330912]], carrier [[relative name|Seru]] brought the sevusevu yaqona. Dr "
           "[[clinician name|Mereseini Tuilau]]. hosp no [[own mrn|CWM-26-11447]], own mob [[own phone|9555120]]."),
    ("iu", "[[address|Qikiqtani General Hospital]] ED. medevac from [[address|Pangnirtung]] "
           "([[address|ᐸᓐᓂᖅᑐᖅ]]). pt [[patient name|Annie Kilabuk]] ([[patient name|ᐋᓃ ᑭᓚᐳᒃ]]), "
           "DOB [[birth date|20-01-1948]], {{age under 90|78 y}}, NU health card [[record number|1 447 120 39]]. "
           "grandson [[relative name|Jonah Nowdlak]] interpreting Inuktitut, his cell [[other phone|(867) 555-0121]]. "
           "{{symptom|haemoptysis}}, {{vital|SpO2 88%}}, {{score|CURB-65 of 3}}, ?{{diagnosis|TB}} — "
           "{{place|negative pressure room 2}}. {{drug|ceftriaxone 1 g}} {{route|IV}}. CHN "
           "[[clinician name|Kelly Ikkidluak]] flew with her. chart [[own mrn|QGH-0044712]], home "
           "[[own phone|867-555-0188]]. plane [[record number|C-GKBN]] landed [[other date|Dec 6]]."),
    ("cy", "Adran Achosion Brys, [[address|Ysbyty Bronglais]]. Claf: Nain [[patient name|Gwen]] "
           "([[patient name|Gwenllian Prydderch]]), {{age under 90|89 oed}}, dyddiad geni [[birth date|07/07/1937]]. "
           "cyfeiriad [[address|Fferm Tŷ Gwyn]], [[address|Llan-non]], [[postcode|SY23 5HT]]. mab "
           "[[relative name|Dafydd]] [[other phone|07700 900447]]. {{diagnosis|COPD}} exacerbation, "
           "{{symptom|diffyg anadl}}, {{vital|SpO2 84%}}, {{lab|pH 7.28}}, {{lab|pCO2 8.9}}. "
           "{{drug|Ventolin 5 mg neb}}, {{drug|prednisolone 40 mg}}. nyrs [[clinician name|Siân]], Dr "
           "[[clinician name|Rhodri Owen]]. rhif [[own mrn|BGH-W447120]], ffôn [[own phone|01970 555218]]. "
           "mae'r {{word|haf}} wedi bod yn anodd iddi."),
    ("nav", "School nurse note, [[address|Tuba City Junior High]], [[address|Tuba City]] AZ. student "
            "[[patient name|Autumn Reyes-Begay]] ([[patient name|A.R.B.]]), DOB [[birth date|10/30/2013]], "
            "{{age under 90|13 yo}}, student ID [[record number|S-2044719]]. teacher Mr [[relative name|Grant]] sent her "
            "in from PE: {{symptom|wheeze}}, {{vital|PEFR 180}}, {{vital|SpO2 91%}}. {{drug|albuterol MDI 8 puffs}} "
            "via spacer, temp {{word|rose}} to 38.4 at noon. grandma [[relative name|Lorraine Begay]] "
            "(shimásání) [[other phone|(928) 555-0176]] from [[address|Moenkopi]]. mom's cell (pt's listed) "
            "[[own phone|928-555-0144]]. EMS to [[address|Tuba City Regional]], chart [[own mrn|TCRHC-504471]]. "
            "{{word|autumn}} term asthma plan needs a {{word|grant}} for a spare inhaler. nurse "
            "[[clinician name|Darlene Yazzie]]."),
    ("va", "[[address|Atlanta VAMC]] ED, walk-in 21:50. SSG (ret.) [[patient name|Darnell Washington]], "
           "{{age under 90|58 yo}} Gulf War vet, DOB [[birth date|02/02/1968]], last 4 [[record number|4471]], "
           "DoD ID [[record number|1447120938]]. brought by his wife [[relative name|Sharonda]] and his AA sponsor "
           "[[relative name|Big Mike]] ([[other phone|(470) 555-0139]]). lives [[address|2290 Candler Rd apt 7C]], "
           "[[address|Decatur]] GA [[postcode|30032]]. {{diagnosis|PTSD}}, passive SI, {{score|PHQ-9 22}}, "
           "{{score|C-SSRS moderate}}, {{lab|BAC 0.19}}. no {{word|frank}} blood on vomit. {{drug|lorazepam 1 mg}} "
           "{{route|PO}}, 1:1 sitter. RN [[clinician name|Tanisha Brooks]], Dr [[clinician name|Frank Ruiz]]. "
           "MRN [[own mrn|VA-6620447]], cell [[own phone|404-555-0163]]."),
    ("gp", "[[address|The Grove Medical Practice]], [[address|14 Lordship Lane]], [[address|East Dulwich]], [[address|London]] "
           "[[postcode|SE22 8HN]]. Tel [[other phone|020 7946 0447]]\n"
           "[[other date|7th December 2026]]\n"
           "Dear ED colleague,\n"
           "Re: Chief [[patient name|Chukwuemeka Nwachukwu]] ([[patient name|Emeka]]), DOB "
           "[[birth date|14.03.1952]], NHS No [[record number|601 447 2093]], Hosp No [[own mrn|KCH-K447120]], "
           "mobile [[own phone|07700 900415]]\n"
           "Thank you for seeing this {{age under 90|74-year-old}} gentleman with {{symptom|low back pain}}, new "
           "{{sign|saddle anaesthesia}} and {{symptom|urinary retention}} since this morning; ?{{diagnosis|cauda "
           "equina}}. He takes {{drug|co-codamol 30/500}} and {{drug|naproxen 500 mg}}. His daughter "
           "[[relative name|Ngozi]] ([[other phone|07700 900583]]) will bring him. He is awaiting a housing "
           "{{word|grant}} and asked me to {{word|mark}} him as a wheelchair user.\n"
           "Yours sincerely, Dr [[clinician name|Harriet Grant]] MRCGP (GMC [[record number|7044712]])"),
    ("cr", "Ship's medical centre log, [[other date|Dec 6, 2026]] 02:40, alongside [[address|Cozumel]]. pax "
           "[[patient name|Patricia Holloway]] ([[patient name|Pat]]), {{age under 90|76F}}, DOB [[birth date|05/19/1950]], "
           "cabin [[address|8147, Deck 8 aft]], passport [[record number|566120447]]. slipped on pool deck: "
           "{{sign|shortened externally rotated leg}} R, {{vital|BP 142/80}}, {{vital|pain 8/10}}. "
           "{{drug|morphine 2.5 mg}} {{route|IV}}, {{drug|ondansetron 4 mg}}. {{word|pat}} skin dry before "
           "dressing. husband [[relative name|Bill Holloway]] asks if the {{word|bill}} goes to the onboard "
           "account; travel insurance [[record number|TRV-4471-0929]]. ship's doctor [[clinician name|Luca Bianchi]], "
           "nurse [[clinician name|Joy Dela Cruz]]. disembark to [[address|Hospital Costamed]]. med record "
           "[[own mrn|MC-2026-0412]], US cell [[own phone|813-555-0129]], email [[email|patsue.h@seaside.example.com]]."),
    ("rig", "Offshore medic report, [[address|Alpha North platform]], block [[address|15/22]]. IP [[patient name|Craig Lennox]] "
            "([[patient name|CL]]), {{age under 90|41}}, DOB [[birth date|03/09/1985]], Vantage POB "
            "[[record number|VAN-4471209]]. crush injury R hand in pipe deck, {{sign|degloving}} ring finger, "
            "{{sign|cap refill 4 s}}. {{drug|Penthrox 3 ml}} {{route|inhaled}}, {{drug|Augmentin 625 mg}} "
            "{{route|PO}}. topside doctor Dr [[clinician name|Fiona Mackenzie]] via telemed. mate "
            "[[relative name|Wee Stevie]] held the hand. {{word|mark}} wound edges before photo. heli "
            "[[record number|G-OXXB]] to [[address|ARI]], ETA {{time|14:05}}. wife [[relative name|Kirsty]] in "
            "[[address|Peterhead]] [[other phone|01779 555021]]; his mobile [[own phone|07700 900 274]]. "
            "ARI no [[own mrn|ARI-1144712]]. medic [[clinician name|Gav Ritchie]]."),
    ("pr", "HMP healthcare → ED transfer form. Prisoner [[patient name|PRYCE, Dwayne]] ([[patient name|D.A. Pryce]]), "
           "prison no [[record number|A4471BC]], DOB [[birth date|25/12/1993]], cell [[address|B-wing 3-14]]. "
           "found collapsed, ?{{diagnosis|spice}}: {{score|GCS 9}}, {{vital|HR 142}}, {{vital|T 38.9}}, "
           "{{lab|CK 4400}}. seizure, {{drug|midazolam 10 mg}} {{route|buccal}}. escort officers Mr "
           "[[relative name|Whitaker]] and Miss [[relative name|Sue Bairstow]]; staff phone "
           "[[other phone|0113 496 0581]]. mum [[relative name|Marcia]] not to be told location. his phone "
           "(held in property) [[own phone|07700 900731]]. {{word|may}} need restraint review; he says he {{word|will}} {{word|sue}}. "
           "fell in cell first: {{sign|Battle sign}} L, {{score|GCS 9}} then 12. to "
           "[[address|LGI]], MRN [[own mrn|LGI-9044712]]. nurse [[clinician name|Rachel Oduya]]."),
    ("mil", "MIST / 9-liner, DTG [[other date|071045ZDEC26]]. casualty [[patient name|WHITLOCK]] "
            "([[patient name|Tyrese]]), Cpl, zap [[record number|WH4471]], service no [[own mrn|30447129]], "
            "DOB [[birth date|14AUG01]]. M: IED blast at [[address|grid 38S MB 4471 9120]]. I: "
            "{{sign|CAT tourniquet}} R thigh at {{time|1049}}, {{sign|partial amputation}} R foot. S: "
            "{{vital|HR 128}}, {{vital|RR 24}}, {{score|AVPU V}}. T: {{drug|TXA 2 g}} {{route|IO}}, "
            "{{drug|fentanyl lozenge 800 mcg}}. medic LCpl [[clinician name|Okafor]], callsign Viking 2-1. "
            "oppo Pte [[relative name|Danny Hulme]] with him. UK mob on kit list [[own phone|07700 900662]]. "
            "to [[address|Role 2 FOB Kestrel]]."),
    ("za", "--- pasted from online callback form ---\n"
           "Name: [[patient name|sibusiso g mthembu]]\n"
           "DOB: [[birth date|1987-09-24]]\n"
           "Cell: [[own phone|+27 82 555 0143]]\n"
           "Email: [[email|sbu.mthembu87@inbox.example.co.za]]\n"
           "Next of kin: [[relative name|Thandiwe Mthembu]] (sister) [[other phone|+27 11 555 0384]]\n"
           "Address: [[address|4471 Vilakazi St]], [[address|Orlando West]]\n"
           "Submitted from IP [[ip|203.0.113.47]] on [[other date|2026-12-07]] 18:22, X [[url|@sbu_mthembu_sowetan]]\n"
           "Reason: \"wound from {{diagnosis|pericardial window}} is oozing\". {{vital|temp 38.1}} at home, "
           "{{symptom|pleuritic pain}}. advised return to [[address|Bara]] tonight; not to start "
           "{{drug|Augmentin 625 mg}} before review. callback nurse [[clinician name|Ayanda]]."),
    ("cat", "relleu de torn, nit: la iaia [[patient name|Montserrat]] ([[patient name|M.V.P.]]), [[age over 89|94 a.]], "
            "{{place|Box 7}}, {{diagnosis|urosèpsia}}, {{vital|TA 98/54}} després de {{drug|SF 1.500 ml}}. "
            "la residència envia l'informe des de [[email|infermeria@residencia-santaeugenia.example.cat]]; el "
            "tensiòmetre de la residència penja les dades a [[ip|192.0.2.114]]. el nebot diu que la tieta "
            "[[relative name|Roser]] vindrà demà [[other date|dimarts 8]]. {{word|roser}} al jardí, no ve al cas. "
            "metgessa de guàrdia Dra. [[clinician name|Laia Bosch]]."),
    ("gp", "ED handover 19:00: [[patient name|Emeka]] ([[patient name|C.O.N.]]) in {{place|Majors}} cubicle 9, {{age under 90|74}}. "
           "[[relative name|Ngozi]] says he fell twice last week; brought in by [[relative name|Chidi]], a nephew, "
           "whose number is [[other phone|07700 900916]]. [[relative name|Oluwaseun]] from next door has the house "
           "keys for [[address|Flat 3, 88 Crystal Palace Road]]. MRI whole spine booked, {{lab|bladder scan 850 ml}}, "
           "catheterised, {{sign|anal tone reduced}}. {{drug|dexamethasone 16 mg}} not given — not cord "
           "compression yet. spinal reg Dr [[clinician name|Obi-Thompson]] aware. {{word|hope}} to scan by 21:00. "
           "also Chief [[patient name|Nwachukwu]]'s title matters to him — please use it."),
)


def notes() -> list[Note]:
    return [parse_marked(marked, PATIENTS[who]) for who, marked in NOTES]
