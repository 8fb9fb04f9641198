"""A fourth blind held-out corpus for the de-identification bench: hand-written triage notes in settings
the other corpora use little (Brazil/Portugal, France/Québec, Germany/Austria, Turkey, China, Japan,
Thailand, Somalia, Ukraine, Israel, Samoa/Aotearoa NZ, Scotland, the Caribbean, US/UK). Identifiers are
marked ``[[kind|text]]``; clinical phrases that must survive are marked ``{{kind|text}}``. Fake names,
numbers and places only.

Written without reading the recognisers (nothing under triage/deid_text was opened) and frozen before
its first run: nobody has seen the scrubber's results on these notes.

Mapping onto the bench's KINDS: towns, districts, wards of a city, villages and hospitals are marked
``address``; number plates, device serials, passports, insurance and national id numbers are marked
``record number``; social-media handles are marked ``url``; lay people (friends, neighbours, carers,
interpreters who are family) are marked ``relative name``; nurses, paramedics and midwives are marked
``clinician name``; every date other than a date of birth is marked ``other date``.
"""

from __future__ import annotations

from datetime import date

from bench.deid_corpus import Note
from bench.deid_heldout import parse_marked
from triage.deid_text import KnownIdentifiers

PATIENTS = {
    "br": KnownIdentifiers(names=("Joana Conceição da Silva",), numbers=("HC-4471920",), phones=("(11) 98765-4321",),
                           dates=(date(1962, 3, 14),)),
    "fr": KnownIdentifiers(names=("Amélie Gagnon-Bouchard",), numbers=("QC8812045",), phones=("+1 514 555 0142",),
                           dates=(date(1934, 10, 2),)),
    "de": KnownIdentifiers(names=("Frank van der Berg",), numbers=("KH-20931",), phones=("+49 30 901820",),
                           dates=(date(1977, 7, 21),)),
    "tr": KnownIdentifiers(names=("Elif Yıldırım",), numbers=("TR0045512",), phones=("0532 555 12 34",),
                           dates=(date(1985, 1, 30),)),
    "cn": KnownIdentifiers(names=("王伟", "Wang Wei"), numbers=("BJ20240311",), phones=("138 0013 8000",),
                           dates=(date(1930, 5, 5),)),
    "jp": KnownIdentifiers(names=("山田太郎", "Yamada Taro"), numbers=("J-558201",), phones=("090-1234-5678",),
                           dates=(date(1948, 12, 1),)),
    "th": KnownIdentifiers(names=("Somchai Wongsakul",), numbers=("TH66-01923",), phones=("081 234 5678",),
                           dates=(date(1991, 4, 13),)),
    "so": KnownIdentifiers(names=("Faadumo Cabdullahi Warsame",), numbers=("S7730118",), phones=("+252 61 555 0193",),
                           dates=(date(1999, 9, 9),)),
    "ua": KnownIdentifiers(names=("Олена Коваленко", "Olena Kovalenko"), numbers=("UA-330918",),
                           phones=("+380 67 555 2210",), dates=(date(1958, 2, 24),)),
    "he": KnownIdentifiers(names=("Yael Ben-David",), numbers=("IL-772019",), phones=("052-555-0187",),
                           dates=(date(1970, 6, 6),)),
    "nz": KnownIdentifiers(names=("Sione Faleolo",), numbers=("ABC1234",), phones=("021 555 0166",),
                           dates=(date(2001, 11, 11),)),
    "sc": KnownIdentifiers(names=("Summer McAllister",), numbers=("0101425561",), phones=("07700 900544",),
                           dates=(date(1942, 1, 1),)),
    "car": KnownIdentifiers(names=("Winston Baptiste",), numbers=("KGN-88120",), phones=("(876) 555-0123",),
                            dates=(date(1981, 8, 6),)),
    "us": KnownIdentifiers(names=("Bill Okafor-Jensen",), numbers=("MRN-00447123",), phones=("(617) 555-0102",),
                           dates=(date(1928, 2, 29),)),
    "uk": KnownIdentifiers(names=("Joy Da Costa-Evans",), numbers=("9434765919",), phones=("020 7946 0011",),
                           dates=(date(1950, 5, 17),)),
}

NOTES = (
    ("br", "ED triagem 07h40. pt [[patient name|joana da silva]] ([[birth date|14/03/1962]]) trazida pelo SAMU de "
           "[[address|Rua das Laranjeiras 118, apto 42]], [[address|Vila Mariana]], [[postcode|04117-030]]. "
           "Marido [[relative name|Zé]] no tel [[other phone|(11) 3456-7788]]. prontuario [[own mrn|HC-4471920]]. "
           "{{vital|T 39.4}} {{vital|RR 32}} {{score|qSOFA 2}}. {{eponym|Kernig}} + e {{eponym|Brudzinski}} +. "
           "{{drug|ceftriaxona 2 g}} {{route|IV}} {{time|at 07:55}}. CPF [[record number|123.456.789-09]]. "
           "seen by [[clinician name|Dra. Luísa Albuquerque]], enf. [[clinician name|Thiago]] ok. "
           "[[relative name|Fé]] (filha) chegou {{duration|20 min}} depois. internação prévia em "
           "[[other date|5 de março de 2024]] no [[address|Hospital Santa Catarina]]."),
    ("br", "telephone advice: son [[relative name|Pedro Henrique Ó Souza]] ringing from [[address|Porto]] "
           "([[postcode|4050-091]]), +351 [[other phone|912 345 678]], about mum [[patient name|Joana]]. "
           "Says she has {{symptom|chest pain 2/10}} since {{duration|3 days}}. advised ED. email him at "
           "[[email|pedro.souza (at) gmail (dot) com]]. insta [[url|@pedrinho_porto]]. "
           "{{word|Faith}} in the GP is low, he says. Callback [[other date|seg. 9/dez]]. {{drug|Zofran 4 mg}} at home."),
    ("fr", "Note d'infirmière — Mme [[patient name|Amélie Gagnon-Bouchard]], [[age over 89|92 ans]], née le "
           "[[birth date|2 octobre 1934]]. Adresse [[address|4521 rue Saint-Denis]], [[address|Montréal]] "
           "[[postcode|H2J 2L5]]. Fille [[relative name|Geneviève]] [[other phone|514-555-0177]]. RAMQ "
           "[[record number|GAGA 3410 0219]]. dossier [[own mrn|QC8812045]]. chute ce matin, {{sign|Battle's sign}} "
           "derrière l'oreille gauche, {{score|GCS E2V2M4}}. CT demandé. {{drug|Ativan 1 mg}} {{route|SL}} refusé. "
           "vue par [[clinician name|Dr Marc-André Lévesque]] le [[other date|7 déc. 2026]] à {{time|03h15}}. "
           "{{word|Hope}} she settles. {{word|Mark}} on the chart: {{word|Will}} reassess {{duration|q1h}}."),
    ("fr", "Handover ED Lyon: {{word|Frank}} discussion "
           "with resus. Mme [[patient name|A. Gagnon-Bouchard]] from [[address|12 bis avenue Jean-Jaurès]], "
           "[[postcode|69007]] [[address|Lyon]], tel [[own phone|+1 514 555 0142]] (Québec number), "
           "carte vitale [[record number|2 34 10 75 112 048 33]]. {{lab|Hb 7.2}} {{lab|K+ 6.1}}. "
           "given {{drug|Hartmann's solution 500 ml}} and {{drug|calcium gluconate 10 ml}}. "
           "IDE [[clinician name|Sandrine Faure]] bip 4412. site du patient [[url|https://famille-gagnon.ca/maman]]."),
    ("de", "Notaufnahme Triage: Hr. [[patient name|van der Berg]], geb. [[birth date|21. Juli 1977]], wohnhaft "
           "[[address|Schönhauser Allee 7]], [[postcode|10437]] [[address|Berlin-Prenzlauer Berg]]. "
           "Tel. [[own phone|+49 30 901820]], Ehefrau [[relative name|Heike]] [[other phone|0171 5550192]]. "
           "Fallnr [[own mrn|KH-20931]]. Kennzeichen [[record number|B-KX 4471]]. {{sign|Homans}} positiv li, "
           "{{drug|Clexane 80 mg}} {{route|s.c.}}. {{vital|HF 118}}. letzte OP [[other date|3. März 2025]] im "
           "[[address|Klinikum Rechts der Isar]]. Arzt [[clinician name|Dr. med. Jürgen Hofbauer]]."),
    ("de", "phone call from wien: [[relative name|mark]] (brother, [[other phone|+43 664 555 1928]]) says [[patient name|frank]] "
           "collapsed at [[address|Mariahilfer Straße 88/3/14]], [[postcode|1070]] [[address|Wien]]. "
           "{{diagnosis|Stokes-Adams}} attack suspected by notarzt [[clinician name|Kathrin Pöltl]]. "
           "pacemaker ser. no. [[record number|PM-X77120-AT]]. email [[email|mark.vdberg@gmx.at]]. "
           "{{vital|BP 82/50}} {{vital|HR 34}}. {{drug|atropine 500 mcg}} {{route|IV}} x2. "
           "{{word|Summer}} holiday plans cancelled. SV-Nr [[record number|1234 210777]]."),
    ("tr", "acil triaj 14:20 – [[patient name|Elif Yıldırım]] [[birth date|30 Ocak 1985]], ev [[address|Bağdat Cad. No:212 D:5]] "
           "[[address|Kadıköy]]/[[address|İstanbul]] [[postcode|34728]]. cep [[own phone|0532 555 12 34]]. "
           "eşi [[relative name|Mehmet Emin]] [[other phone|+90 216 555 4411]]. TC kimlik [[record number|10000000146]]. "
           "protokol [[own mrn|TR0045512]]. {{sign|Cullen}} ve {{sign|Grey Turner}} bulgusu +, lipaz yüksek. "
           "{{lab|Amylase 1450}} {{score|FAST positive}}. {{drug|Ringer's lactate 1 L}} hızlı. "
           "Dr. [[clinician name|Ayşe Öztürk]] gördü. önceki başvuru [[other date|12.IV.2023]]."),
    ("tr", "review note: [[patient name|elif]] (pt) seen again, husband [[relative name|mehmet]] upset. [[patient name|Yildirim]] says {{word|will}} tweet on "
           "[[url|@elifyldrm85]]. Gave {{drug|Augmentin 625 mg}} {{route|PO}} {{dose|tds}} for {{duration|7 days}}. "
           "friend [[relative name|Hope Demir]] drove her. IP of telemedicine login [[ip|185.94.12.201]]. "
           "{{score|CURB-65 3}} → admit. nurse [[clinician name|Zeynep]] aware. {{word|Bill}} to insurer SGK "
           "[[record number|SGK-5512093]]."),
    ("cn", "急诊分诊: 患者[[patient name|王伟]], 男, [[age over 89|96岁]], 生日[[birth date|1930年5月5日]]. "
           "住址[[address|北京市朝阳区建国路88号]], 邮编[[postcode|100022]]. 儿子[[relative name|王小明]] "
           "电话[[other phone|139 1088 2233]]. 病历号[[own mrn|BJ20240311]]. 身份证[[record number|110105193005051234]]. "
           "{{breathing|Cheyne-Stokes}} breathing noted, {{vital|SpO2 88%}}. {{drug|furosemide 40 mg}} {{route|IV}}. "
           "上次住院[[other date|2024年3月5日]]在[[address|协和医院]]. [[clinician name|李医生]] reviewed. "
           "interpreter = granddaughter [[relative name|Lily Wang]], wechat [[url|weixin: lilyw_bj]]."),
    ("cn", "handover: [[patient name|Wang Wei]] (pinyin), 96yo ([[age over 89|ninety-six]]), from [[address|Chaoyang District]], "
           "[[address|Beijing]]. own phone [[own phone|138 0013 8000]]. {{sign|Virchow's node}} palpable L "
           "supraclavicular. {{lab|Trop 0.45}}. {{lab|HbA1c 9%}}. son [[relative name|Xiaoming]] on +86 [[other phone|10 6552 8899]]. "
           "nurse [[clinician name|Zhang Min]] taking over at {{time|19:00}}. "
           "email daughter-in-law [[email|liu.fang[at]163.com]]."),
    ("jp", "救急トリアージ: [[patient name|山田太郎]] 様, [[birth date|昭和23年12月1日]]生, 住所 [[postcode|〒150-0002]] "
           "[[address|東京都渋谷区渋谷2-21-1]]. 妻 [[relative name|山田花子]] [[other phone|03-5555-0101]]. "
           "携帯 [[own phone|090-1234-5678]]. カルテ番号 [[own mrn|J-558201]]. 保険証 [[record number|記号12 番号3456]]. "
           "{{manoeuvre|Epley}} manoeuvre done for {{diagnosis|BPPV}}, {{drug|betahistine 6 mg}}. "
           "主治医 [[clinician name|佐藤健一]]先生. 次回 [[other date|2027年1月15日]]."),
    ("jp", "Telephone: daughter [[relative name|Yumi Yamada-Hart]] calling from [[address|Osaka]] about "
           "[[patient name|T. Yamada]]. she reads address [[address|3-5-12 Nishi-Shinjuku]], [[postcode|160-0023]]. "
           "says dad fell, hit head, {{duration|2 h}} ago, on {{drug|apixaban 5 mg}} {{dose|bd}}. "
           "advised 119 / ED now. her line [[other phone|+81 6 5555 0147]], line id [[url|@yumi.hart]]."),
    ("th", "ER triage 02:10 Khun [[patient name|Somchai]] ([[patient name|Wongsakul]]), motorbike vs truck on "
           "[[address|Sukhumvit Soi 11]], [[address|Khlong Toei Nuea]], [[address|Bangkok]] [[postcode|10110]]. "
           "plate [[record number|กข 1234 กรุงเทพ]]. born [[birth date|13 เม.ย. 2534]]. mob [[own phone|081 234 5678]]. "
           "HN [[own mrn|TH66-01923]]. girlfriend [[relative name|Ploy]] [[other phone|+66 89 555 0110]]. "
           "{{score|GCS E3V4M6}} {{vital|RR 28}} {{route|via IO}} access, {{drug|TXA 1 g}}. {{sign|Trendelenburg}} "
           "position. medic [[clinician name|Anong Srisuk]]. passport [[record number|AA1234567]]."),
    ("so", "triage note [[patient name|Faadumo Warsame]] [[birth date|09/09/1999]] G2P1 {{duration|34/40}}. "
           "lives [[address|Hodan]], [[address|Muqdisho]]; visiting UK at [[address|48 Fore Street]], "
           "[[address|Edmonton]] [[postcode|N18 2SS]]. husband [[relative name|Cabdi]] [[other phone|+252 61 555 0144]]. "
           "own [[own phone|+252 61 555 0193]]. hosp no [[own mrn|S7730118]]. midwife [[clinician name|Hodan Farah]] "
           "— note [[clinician name|Hodan]] is the midwife's name here. {{vital|BP 168/112}} {{drug|labetalol 20 mg}} {{route|IV}}, "
           "{{drug|magnesium sulphate 4 g}}. LMP [[other date|1 Abriil 2026]]. email "
           "[[email|faadumo.w AT hotmail DOT co DOT uk]]."),
    ("ua", "ED: пацієнтка [[patient name|Олена Коваленко]], [[birth date|24.02.1958]], адреса [[address|вул. Хрещатик, 22]], "
           "[[address|Київ]] [[postcode|01001]]. now in [[address|Kraków]]. son [[relative name|Тарас]] "
           "[[other phone|+48 512 555 019]]. own [[own phone|+380 67 555 2210]]. картка [[own mrn|UA-330918]]. "
           "passport [[record number|FE123456]]. {{breathing|Kussmaul}} resp, {{lab|glucose 31}}, {{lab|pH 7.02}}. "
           "{{drug|insulin 0.1 units/kg/h}} {{route|IV}}. seen [[other date|7 грудня 2026]] by "
           "[[clinician name|лікар Ігор Шевченко]]. telegram [[url|t.me/olena_k58]]."),
    ("he", "triage: [[patient name|Yael Ben-David]] from [[address|Rehov Dizengoff 150]], [[address|Tel Aviv-Yafo]] "
           "[[postcode|6346215]]. mob [[own phone|052-555-0187]]. DOB [[birth date|6.6.70]]. Teudat zehut "
           "[[record number|039337423]]. mother [[relative name|שרה בן-דוד]], [[age over 89|בת 91]], also unwell, "
           "home [[other phone|03-555-7720]]. file [[own mrn|IL-772019]]. {{manoeuvre|Valsalva}} tried, "
           "{{drug|adenosine 6 mg}} {{route|IV}} then 12 mg. {{vital|HR 190}}. Dr [[clinician name|Avi al-Hashimi]] "
           "(not a relative). prev [[other date|14 Nisan 5784]]."),
    ("nz", "ED triage Middlemore: [[patient name|sione faleolo]], [[birth date|11/11/2001]], from [[address|14 Te Irirangi Drive]], "
           "[[address|Ōtara]], [[address|Auckland]] [[postcode|2023]]. NHI [[own mrn|ABC1234]]. mum [[relative name|Losa]] "
           "[[other phone|09 555 0198]], aunty [[relative name|Mere Ngata]]. cell [[own phone|021 555 0166]]. "
           "{{diagnosis|cellulitis}} L leg, {{drug|flucloxacillin 2 g}} {{route|IV}} {{dose|qid}}. "
           "{{vital|T 38.6}}. rego [[record number|LKP291]]. nurse [[clinician name|Aroha Tane]]. fb [[url|facebook.com/sione.f01]]."),
    ("nz", "telehealth from Apia: grandfather [[patient name|Tavita Faleolo]], [[age over 89|ninety-three]], "
           "[[address|Vaitele]], [[address|Upolu]]. phone [[other phone|+685 7555 012]]. family says "
           "{{symptom|short of breath}} {{duration|2/7}}. {{drug|salbutamol 5 mg}} {{route|via nebuliser}}. "
           "call log IP [[ip|203.0.113.77]]. grandson [[relative name|Will]] will bring him [[other date|Tue 8 Dec]]."),
    ("sc", "ED Glasgow Royal: [[patient name|Summer McAllister]], [[age over 89|aged 94]], CHI [[own mrn|0101425561]]. "
           "lives [[address|Flat 2/1, 33 Dumbarton Road]], [[address|Partick]], [[postcode|G11 6AA]]. "
           "neighbour [[relative name|Morag]] found her. son [[relative name|Seán Ó Súilleabháin]] "
           "[[other phone|0141 555 0133]]. own [[own phone|07700 900544]]. {{eponym|Hartmann's}} from 2019. "
           "{{vital|sats 89% on air}}, {{score|NEWS2 7}}. {{drug|co-amoxiclav 1.2 g}} {{route|via NGT}} — no, IV. "
           "DOB [[birth date|1st Jan 1942]]. paramedic [[clinician name|Callum Reid]]. "
           "[[patient name|Summer]] is the patient's first name (not the season)."),
    ("car", "Kingston Public ED: [[patient name|Winston Baptiste]] a.k.a. [[patient name|Winnie]], [[birth date|Aug 6th 81]]. "
            "from [[address|Lot 14 Spanish Town Road]], [[address|Kingston 11]]. cell [[own phone|(876) 555-0123]]. "
            "baby mother [[relative name|Keisha-Ann]] [[other phone|1-876-555-0177]]. docket [[own mrn|KGN-88120]]. "
            "TRN [[record number|123-456-789]]. {{diagnosis|sickle crisis}}, {{drug|morphine 5 mg}} {{route|IV}}. "
            "{{lab|Hb 6.1}}. auntie in Port of Spain [[relative name|Gloria]] [[other phone|+1 868 555 0104]]. "
            "ig [[url|@winnie_kgn]]. dr [[clinician name|Nadine Bailey-Grant]] at {{time|11:30}}."),
    ("us", "ED triage Boston: [[patient name|Bill Okafor-Jensen]] [[age over 89|98 y/o]] DOB [[birth date|2/29/1928]] "
           "[[own mrn|MRN-00447123]] bib EMS from [[address|221 Commonwealth Ave Apt 3]], [[address|Brighton]], MA "
           "[[postcode|02135]]. daughter [[relative name|Hope]] [[other phone|(617) 555-0190]]. "
           "{{eponym|Kussmaul}} no; {{breathing|Cheyne-Stokes}} yes. {{drug|Ativan 0.5 mg}}. medicare "
           "[[record number|1EG4-TE5-MK73]]. portal login from [[ip|10.24.8.113]]. "
           "email [[email|bill.oj1928@aol.com]]. RN [[clinician name|Faith Moreno]]. seen [[other date|12/07/26]]."),
    ("us", "narrative handover: [[patient name|bill]]'s grandson [[relative name|Frank]] says pt lives alone in [[address|Dorchester]]. "
           "home phone [[own phone|617.555.0102]]. PCP [[clinician name|Dr. K. Nakamura]]. Pt [[patient name|Bill]] {{word|will}} be "
           "readmitted. Mark: {{word|Mark}} the cannula site. [[relative name|Frank]] is his grandson. Pacer serial no. "
           "[[record number|SN 4R-77120]]. {{score|Wells 6}}. {{drug|heparin 5000 units}} {{route|SC}}. "
           "plan to recheck {{lab|Trop 0.45}} in {{duration|3 h}}. "
           "[[url|www.caringbridge.org/visit/billoj]]."),
    ("uk", "111 call: Mrs [[patient name|Joy Da Costa-Evans]] — caller her carer [[relative name|Bill]], "
           "[[other phone|020 7946 0958]]. lives [[address|7 Church Lane]], [[address|Little Snoring]], [[postcode|NR21 0AA]]. "
           "NHS no [[record number|943 476 5919]]. {{symptom|vomiting}} {{duration|since Tuesday}}, "
           "{{drug|Buscopan 10 mg}}. car reg [[record number|AB12 CDE]]. GP [[clinician name|Dr Ananya Iyer]]. "
           "caller email [[email|bill_carer at btinternet dot com]]. Hb? no labs. "
           "callback [[other date|Thursday 10th December]]."),
    ("br", "Lisboa ED: [[patient name|Joana C. da Silva]] trazida de [[address|Rua Augusta 201, 3º Esq]], "
           "[[address|Lisboa]] [[postcode|1100-048]]. sobrinha [[relative name|Mariana Ó Costa]] "
           "[[other phone|+351 913 555 220]]. utente [[record number|SNS 284 551 903]]. {{sign|Kernig}} negativo, "
           "{{sign|Brudzinski}} negativo. {{score|GCS E4V5M6}}. {{drug|Zofran 8 mg}} {{route|IV}}. "
           "enf. [[clinician name|Rui Vasconcelos]] [[other date|2 de dezembro de 2026]]. {{word|Faith}} in plan ok."),
    ("fr", "Urgences Québec: [[patient name|Mme Gagnon-Bouchard]], [[age over 89|quatre-vingt-douze ans]], de "
           "[[address|CHSLD Saint-Laurent]], [[address|Laval]] [[postcode|H7N 4K2]]. petit-fils [[relative name|Olivier Tremblay]] "
           "[[other phone|450-555-0166]], courriel [[email|olivier.t@videotron.ca]]. {{breathing|Cheyne-Stokes}}, "
           "{{lab|Na+ 121}}, {{drug|Ativan 0.5 mg}} {{route|via NGT}}. inf. [[clinician name|Josée Pelletier]] "
           "le [[other date|6 déc. 2026]]. {{word|Hope}} for comfort care discussion."),
    ("de", "Wien AKH: [[patient name|Frank van der Berg]] erneut, [[birth date|21.07.1977]]. Schwester "
           "[[relative name|Ingrid van der Berg]] [[other phone|+43 1 555 4480]]. {{manoeuvre|Valsalva}} erfolglos, "
           "{{drug|Clexane 40 mg}} {{route|s.c.}}, {{sign|Homans}} negativ. {{vital|SpO2 91%}}. "
           "Pflege [[clinician name|Lukas Gruber]]. e-card [[record number|AT-3321 210777]]. "
           "[[address|Währinger Gürtel 18]], [[postcode|1090]] [[address|Wien]]. {{word|Mark}} the pulses."),
    ("tr", "Ankara acil: [[patient name|Elif Y.]] ([[own mrn|TR0045512]]) kardeşi [[relative name|Zehra Yıldırım]] ile, "
           "[[address|Atatürk Bulvarı 45]], [[address|Çankaya]] [[postcode|06420]]. tel [[other phone|0312 555 77 10]]. "
           "{{score|qSOFA 2}}, {{lab|lactate 4.1}}, {{drug|Ringer's lactate 2 L}} {{route|IV}}. "
           "{{drug|Augmentin 1.2 g}}. Dr. [[clinician name|Kemal Aksoy]] [[other date|5 Aralık 2026]]."),
    ("cn", "Shanghai ED: [[patient name|王伟]] again, granddaughter [[relative name|Wang Lili]] [[other phone|+86 21 5555 0912]], "
           "from [[address|上海市徐汇区漕溪北路600号]] [[postcode|200030]]. {{sign|Virchow's node}} again, "
           "{{lab|K+ 6.1}} {{lab|Trop 0.45}}. {{drug|calcium gluconate 10 ml}} {{route|IV}}. {{score|CURB-65 3}}. "
           "nurse [[clinician name|Chen Jing]] at {{time|08:10}} on [[other date|2026年12月6日]]. weibo [[url|weibo.com/wanglili88]]."),
    ("jp", "Kyoto ED: [[patient name|Yamada Taro]], [[birth date|1 Dec 1948]], from [[address|Sakyo-ku]], [[address|Kyoto]] "
           "[[postcode|606-8501]]. son [[relative name|Kenji Yamada]] [[other phone|075-555-0133]]. {{manoeuvre|Epley}} repeated, "
           "{{sign|Dix-Hallpike}} positive R. {{drug|Zofran 4 mg}} {{route|IV}}. {{score|GCS E4V5M6}}. "
           "nurse [[clinician name|Suzuki Aiko]] [[other date|2026年12月5日]]. mynumber [[record number|1234 5678 9012]]."),
    ("th", "Chiang Mai ER: [[patient name|Somchai W.]] ([[own mrn|TH66-01923]]) from [[address|Nimmanhaemin Soi 7]], "
           "[[address|Chiang Mai]] [[postcode|50200]]. mother [[relative name|Malee Wongsakul]] [[other phone|053 555 012]]. "
           "{{score|GCS E2V2M4}}, {{sign|Battle's sign}} R, {{drug|Hartmann's solution 1 L}} {{route|via IO}}. "
           "{{vital|HR 132}}. medic [[clinician name|Nattapong Chaiyasit]] [[other date|6 ธ.ค. 2569]]. "
           "plate [[record number|1กม 5521]]."),
    ("so", "Hargeisa clinic call: [[patient name|Faadumo C. Warsame]] via sister [[relative name|Hodan Warsame]] "
           "[[other phone|+252 63 555 0177]], from [[address|Jigjiga Yar]], [[address|Hargeysa]]. {{vital|BP 172/110}}, "
           "{{drug|magnesium sulphate 4 g}} {{route|IV}}, {{sign|clonus}} 4 beats. midwife [[clinician name|Ayaan Jama]] "
           "[[other date|3 Dec 2026]]. email [[email|hodan.w@gmail.com]]. {{word|Hope}} for transfer."),
    ("ua", "Lviv ED: [[patient name|Olena Kovalenko]], [[birth date|24 Feb 1958]], [[address|вул. Городоцька, 15]], "
           "[[address|Львів]] [[postcode|79007]]. daughter [[relative name|Ірина Коваленко]] [[other phone|+380 50 555 3311]]. "
           "{{breathing|Kussmaul}}, {{lab|K+ 6.1}}, {{drug|insulin 6 units}} {{route|IV}}. {{score|qSOFA 2}}. "
           "лікар [[clinician name|Марія Бондар]] [[other date|4 грудня 2026]]. viber [[url|viber: olena_k58]]."),
    ("he", "Haifa ED: [[patient name|Yael B-D]] ([[own mrn|IL-772019]]), husband [[relative name|Moshe Ben-David]] "
           "[[other phone|054-555-0133]], from [[address|Derech HaYam 40]], [[address|Haifa]] [[postcode|3474]]. "
           "{{manoeuvre|Valsalva}} modified, {{drug|Ativan 1 mg}}. {{lab|Trop 0.45}}. {{sign|Trendelenburg}} tilt. "
           "nurse [[clinician name|Noa Levi]] [[other date|1 Dec 2026]]. {{word|Faith}} in meds low."),
    ("sc", "Edinburgh RIE: [[patient name|Mrs McAllister]] ([[own mrn|0101425561]]), daughter [[relative name|Fiona McAllister]] "
           "[[other phone|0131 555 0190]], [[address|12 Leith Walk]], [[address|Edinburgh]] [[postcode|EH6 8RT]]. "
           "{{sign|Murphy's sign}} +, {{score|NEWS2 5}}, {{drug|Augmentin 625 mg}} {{route|PO}}. "
           "nurse [[clinician name|Eilidh Fraser]] [[other date|Sun 6 Dec]]. {{word|Summer}} pudding at lunch."),
    ("car", "Port of Spain ED: [[patient name|Winston B.]] ([[own mrn|KGN-88120]]), cousin [[relative name|Desmond Baptiste]] "
            "[[other phone|+1 868 555 0188]], [[address|22 Frederick Street]], [[address|Port of Spain]]. "
            "{{diagnosis|sickle crisis}}, {{drug|Clexane 40 mg}} {{route|SC}}, {{lab|Hb 5.9}}. {{score|CURB-65 3}}. "
            "dr [[clinician name|Anjali Ramdass]] [[other date|Dec 2nd]]. ig [[url|@dez_bap]]."),
)


def notes() -> list[Note]:
    return [parse_marked(marked, PATIENTS[who]) for who, marked in NOTES]
