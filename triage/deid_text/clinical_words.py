"""Words that are never a person or a place in a triage note, whatever a gazetteer or the NER says.

A surname list holds "Parkinson", "Bell", "Foley" and "Glasgow"; a statistical recogniser trained on
news calls "Augmentin" a person. Removing any of them would damage the clinical text (issue 23, §2),
so every name the gazetteer or the NER proposes is checked here first: clinical eponyms, the words
``patterns.NOT_NAMES`` already keeps, common drugs (generic and brand, as written in ED notes), drug
name endings (-pril, -olol, -statin, ...), routes and devices, anatomy and departments.
"""

from __future__ import annotations

import regex

from triage.deid_text.patterns import EPONYMS, NOT_NAMES

DRUGS = frozenset("""
augmentin tazocin xarelto eliquis plavix keppra lasix zofran tylenol advil motrin panadol nurofen
coumadin warfarin heparin clexane enoxaparin apixaban rivaroxaban dabigatran edoxaban aspirin
clopidogrel ticagrelor brilinta lantus humalog novorapid levemir tresiba insulin metformin januvia
jardiance forxiga ozempic trulicity victoza lipitor crestor zocor simvastatin atorvastatin
ventolin salbutamol albuterol atrovent ipratropium symbicort seretide spiriva prednisolone prednisone
dexamethasone hydrocortisone solumedrol methylprednisolone cipro ciprofloxacin levaquin keflex
cephalexin ceftriaxone rocephin cefuroxime zinnat amoxil amoxicillin flucloxacillin doxycycline
clarithromycin azithromycin zithromax metronidazole flagyl bactrim septrin trimethoprim nitrofurantoin
macrobid vancomycin gentamicin meropenem co-amoxiclav coamoxiclav co-codamol cocodamol codeine
tramadol oxycodone oxycontin oxynorm morphine oramorph fentanyl ketamine propofol midazolam lorazepam
ativan diazepam valium clonazepam rivotril haloperidol haldol olanzapine zyprexa quetiapine seroquel
risperidone sertraline zoloft citalopram fluoxetine prozac mirtazapine amitriptyline gabapentin
neurontin pregabalin lyrica levetiracetam phenytoin dilantin carbamazepine tegretol lamotrigine
lamictal valproate epilim depakote levodopa sinemet madopar donepezil aricept memantine digoxin
amiodarone bisoprolol metoprolol atenolol propranolol ramipril lisinopril enalapril perindopril
losartan candesartan valsartan amlodipine nifedipine diltiazem verapamil furosemide frusemide
bumetanide spironolactone bendroflumethiazide hydrochlorothiazide indapamide gtn nitroglycerin
isosorbide adenosine atropine adrenaline epinephrine noradrenaline norepinephrine dobutamine
naloxone narcan flumazenil ondansetron metoclopramide maxolon cyclizine buscopan omeprazole
lansoprazole pantoprazole esomeprazole nexium ranitidine zantac gaviscon lactulose senna movicol
laxido loperamide imodium levothyroxine thyroxine eltroxin carbimazole paracetamol acetaminophen
ibuprofen naproxen diclofenac voltaren celecoxib colchicine allopurinol salmeterol montelukast
cetirizine loratadine chlorphenamine piriton epipen glucagon dextrose hartmann hartmanns saline
tpa alteplase tenecteplase txa tranexamic vitamin thiamine pabrinex ferrous iron folic
methotrexate humira tamoxifen letrozole rituximab entonox penthrox methoxyflurane sudocrem
""".split())
ROUTES_DEVICES = frozenset("""
iv im po sc sl pr io ng nj og peg picc ett ngt nc nrb niv cpap bipap hfnc neb nebs venturi mask
catheter foley guedel yankauer cannula pca epidural inhaler spacer tube tubes line port drain
""".split())
ANATOMY_DEPTS = frozenset("""
abd abdo abdominal abdomen kidney kidneys lung lungs liver bladder infant infants newborn pap slurring slurred chest head chin jaw hand hands foot feet toe toes finger fingers arm arms leg legs eye eyes ear ears nose mouth lip lips tongue throat groin flank neck back thorax pelvis hip knee ankle wrist elbow shoulder spine cervical
lumbar thoracic sacral femur tibia fibula radius ulna humerus clavicle scaphoid cardiology ed
resus majors minors paeds ambulatory theatre recovery radiology pathology haematology oncology
respiratory gastro renal nephrology endocrine rheumatology dermatology stroke cath lab coronary
mcburney rovsing kernig homan homans murphy's centor wells curb qsofa news news2 avpu gcs acvpu
coma scale score sign test criteria medtronic abbott boston dexcom libre omnipod
""".split()) | frozenset("""
reanimacion reanimacio reanimacao urgencias urgencies urgences urgenze observacion observacio observacao
triaje triatge triagem
""".split())  # the emergency department's areas in Spanish, Catalan, Portuguese, French, Italian
_ENDINGS = regex.compile(r"(?:pril|olol|sartan|statin|mab|cillin|mycin|micin|azole|dipine|done|zepam|zolam"
                         r"|cycline|floxacin|parin|xaban|gliptin|gliflozin|tidine|prazole|afil|triptan|semide"
                         r"|thiazide|vudine|navir|tinib|ximab|zumab|umab|oxacin|profen|fenac|coxib|setron"
                         r"|terol|sone|olone|lukast|amine|idine|oxetine|apine|idone|amide|mide)$")
STOP = frozenset(EPONYMS) | NOT_NAMES | DRUGS | ROUTES_DEVICES | ANATOMY_DEPTS


def is_clinical(word: str) -> bool:
    """``word`` (folded, any case) is a clinical word, so never a person or a place."""
    w = word.lower().strip(".")
    if w.endswith("'s"):
        w = w[:-2]
    return w in STOP or len(w) > 5 and _ENDINGS.search(w) is not None
