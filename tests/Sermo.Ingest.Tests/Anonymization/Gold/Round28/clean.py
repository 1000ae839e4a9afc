"""Round 28's identifier-free templates (decision 178): traps that look like identifiers and are not: eponyms, brands
that read as names, place-named diseases and rules, holidays and seasons, scores, doses, labs and bare numbers."""


def _c(rng, *options):
    return rng.choice(options)


def eponym_pair(rng):
    a = _c(rng, "<<Graves disease>>", "<<Hashimoto thyroiditis>>", "<<Addison disease>>", "<<Cushing syndrome>>")
    return f"board question I got wrong: {a} vs thyroid storm vs pheochromocytoma. how do you all remember which is which?"


def brand_names(rng):
    drug = _c(rng, "Ambien", "Allegra", "Lyrica", "Brilinta", "Otezla", "Farxiga")
    return (f"pt keeps calling {drug} by a first name like it's a friend. \"{drug} helps me.\" sure, but it's also why "
            f"the <<falls>> started. tapering over {rng.randint(3, 6)} weeks")


def place_disease(rng):
    d = _c(rng, "<<Lyme disease>>", "<<Rocky Mountain spotted fever>>", "<<West Nile virus>>", "<<Valley fever>>")
    return f"every {_c(rng, 'summer', 'June', 'August')} we see more {d} than the textbooks promise. serology first or treat empirically?"


def holiday_cluster(rng):
    h = _c(rng, "Thanksgiving", "Christmas Eve", "Diwali", "the Fourth of July", "Ramadan", "Lunar New Year")
    return (f"{h} ED shift report: {rng.randint(4, 9)} burns, two <<alcohol withdrawal>> seizures and a <<gout flare>> "
            f"from the buffet. happy holidays")


def score_scale(rng):
    s = _c(rng, "Wells score", "HEART score", "CHA2DS2-VASc", "Glasgow coma scale", "PERC rule")
    return f"is the {s} still worth teaching when every attending just orders the scan? asking for my interns"


def doses(rng):
    return (f"<<heparin>> drip at {rng.randint(12, 18)} units/kg/h, PTT {rng.randint(90, 119)}, held for an hour. "
            f"pharmacy says the nomogram was changed in {rng.randint(2019, 2024)}. anyone else see this?")


def labs(rng):
    return (f"K {rng.randint(6, 7)}.{rng.randint(0, 9)}, Cr {rng.randint(2, 5)}.{rng.randint(1, 9)}, BUN {rng.randint(90, 119)}, "
            f"glucose {rng.randint(300, 600)}. <<hyperkalemia>> in a dialysis no-show. calcium, insulin, then what order?")


def dot_rules(rng):
    return (f"FMCSA reminder for the truckers on here: BP under 140/90 gets a 2 year card, 140-159 gets one year, "
            f"160-179 three months. <<insulin-treated diabetes>> now uses form MCSA-5870. {rng.randint(2, 4)} of my drivers missed it")


def farm_clean(rng):
    return (f"harvest season again. {_c(rng, 'two', 'three', 'four')} grain bin entrapments this fall, one <<silo filler's disease>> "
            f"case, and the usual <<farmer's lung>>. wear the respirator, folks")


def festival_clean(rng):
    return (f"event medicine tip: at a {rng.randint(20, 90)},000-person festival plan for about {rng.randint(1, 3)} "
            f"patient presentations per thousand. most are <<dehydration>> and <<MDMA toxicity>>")


def marathon_clean(rng):
    return (f"marathon tent: the finish line is where they drop. <<exercise-associated hyponatremia>> after mile {rng.randint(20, 26)} "
            f"looks like drunk. check a sodium before you give a liter")


def maritime_clean(rng):
    return (f"ship's doctor here. {rng.randint(3, 12)} days from port, <<appendicitis>> on board, no CT. "
            f"antibiotics and prayer, or divert? the captain wants a number by noon")


def ihs_clean(rng):
    return (f"IHS folks: how are you handling <<syphilis>> screening now that congenital cases tripled? we test every "
            f"prenatal visit and at {rng.randint(28, 32)} weeks")


def mission_clean(rng):
    return (f"packing list for a {rng.randint(1, 3)}-week surgical mission: suture, ketamine, a headlamp, oral rehydration "
            f"salts. <<malaria>> prophylaxis started {_c(rng, 'a week', 'two weeks', 'ten days')} ahead")


def school_clean(rng):
    return (f"school nurse rant: {rng.randint(30, 60)} kids with <<asthma>> and {rng.randint(2, 5)} inhalers on file. "
            f"parents, please send the spacer")


def recall_clean(rng):
    return (f"another compounded <<semaglutide>> overdose, dose drawn as {rng.randint(10, 50)} units instead of "
            f"{rng.randint(2, 8)}. the syringe markings are the whole problem")


def imaging_clean(rng):
    return (f"radiology pet peeve: \"clinical correlation recommended\" on a <<pulmonary nodule>> of {rng.randint(2, 9)} mm. "
            f"Fleischner says what it says")


def forensic_clean(rng):
    return (f"forensic path question: livor fixed at {rng.randint(8, 12)} hours, rigor passing at {rng.randint(24, 48)}. "
            f"how much do you trust those in a hot car with <<hyperthermia>>?")


def dv_clean(rng):
    return f"documenting <<strangulation>> in DV cases: petechiae, voice change, {_c(rng, 'neck pain', 'dysphagia', 'incontinence')}. photos with a ruler every time"


def surrogacy_clean(rng):
    return f"gestational carriers over {rng.randint(40, 45)}: more <<gestational hypertension>>? our agency is asking the MFM group"


def season_clean(rng):
    s = _c(rng, "Spring", "Winter", "Fall")
    return f"{s} is here and so is <<RSV>>. the peds floor is at {rng.randint(100, 118)} percent capacity"


def eponym_sign(rng):
    sign = _c(rng, "Murphy sign", "Kernig sign", "Trousseau sign", "Homans sign", "Chvostek sign")
    return f"teaching moment: {sign} is overrated. sensitivity around {rng.randint(30, 60)} percent in most series"


def named_surgery(rng):
    op = _c(rng, "Whipple", "Nissen", "Roux-en-Y", "Hartmann procedure", "Billroth II")
    return f"post-{op} patients with <<dumping syndrome>>: small meals, protein, and patience"


def bare_numbers(rng):
    return (f"{rng.randint(90, 99)} percent sat on {rng.randint(2, 4)} L, RR {rng.randint(20, 28)}, HR {rng.randint(100, 119)}. "
            f"<<community-acquired pneumonia>>, CURB-65 of {rng.randint(1, 3)}. admit or home?")


def brand_person(rng):
    drug = _c(rng, "Jardiance", "Trulicity", "Xarelto", "Eliquis", "Keppra")
    return f"{drug} copay went up to ${rng.randint(90, 119)}. half my pts with <<heart failure>> just stopped. thanks, insurance"


def word_like(rng):
    return (f"Hope is not a plan for <<sepsis>>. neither is Faith in the night float. order the lactate, "
            f"give {rng.randint(1, 3)} liters, reassess")


CLEAN_TEMPLATES = [eponym_pair, brand_names, place_disease, holiday_cluster, score_scale, doses, labs, dot_rules,
                   farm_clean, festival_clean, marathon_clean, maritime_clean, ihs_clean, mission_clean, school_clean,
                   recall_clean, imaging_clean, forensic_clean, dv_clean, surrogacy_clean, season_clean, eponym_sign,
                   named_surgery, bare_numbers, brand_person, word_like]
