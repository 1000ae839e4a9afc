"""Round 54's post templates (decision 383): 25 with identifiers (five per setting) and 5 identifier-free.

Each template takes a Draw (generate.py) and returns one post in gold markup. People, kin words and pronouns come
from the Draw so that sex, culture and surname agree.
"""
from pools import OBSERVATORIES, BAKERIES, LOFTS, CLUBS, DROP_ZONES, SUGARHOUSES, HOSPITALS, TOWNS, WORD_TOWNS

ALTITUDE = ["high altitude pulmonary edema", "acute mountain sickness", "high altitude cerebral edema"]
COLD = ["frostbite", "hypothermia", "chilblains"]
BAKE = ["baker's asthma", "contact dermatitis", "carpal tunnel syndrome", "allergic rhinitis"]
BURNS = ["second-degree burn", "partial thickness burn", "scald burn"]
BIRDS = ["psittacosis", "hypersensitivity pneumonitis", "histoplasmosis"]
JUMPS = ["ankle fracture", "tibial plateau fracture", "compression fracture", "ACL tear"]
SUGAR = ["carbon monoxide poisoning", "chainsaw laceration", "lumbar strain"]


def observatory_night_assistant(d):
    p = d.person(age=d.age(26, 60))
    return (f"{d.name(p)}, {p['age']}, night assistant at {d.loc(d.pick(OBSERVATORIES))}, came down with "
            f"{d.term(ALTITUDE)} on {d.date()}. {d.he(p).capitalize()} was treated at {d.loc(d.pick(HOSPITALS))}. "
            f"badge {d.ident('OBS-', 4)}. when can {d.he(p)} go back up?")


def observatory_old_visitor(d):
    p = d.person(age=d.age(90, 103))
    k = d.kin(p)
    return (f"{d.sg(p)} — {d.old_age(p)} — came on the night tour at {d.loc(d.pick(OBSERVATORIES))} with "
            f"{d.his(p)} {d.kinword(p, k)} {d.name(k)} and got {d.term(COLD)} on the walk to the dome. "
            f"{d.kinword(p, k)}'s phone {d.phone()}.")


def observatory_corrected_name(d):
    p = d.person(age=d.age(24, 45))
    wrong = d.other_given(p)
    return (f"{d.wrap(wrong)}... sorry, it's {d.name(p)}, a grad student from {d.loc(d.pick(TOWNS))} observing at "
            f"{d.loc(d.pick(OBSERVATORIES))}, with {d.term(['migraine', 'insomnia', 'shift work disorder'])}. "
            f"dorm room {d.ident('', 2)}.")


def observatory_email(d):
    p = d.person(age=d.age(30, 64))
    return (f"telescope engineer {d.name(p)} asked me to forward {d.his(p)} {d.term(['echocardiogram', 'stress test', 'Holter'])} "
            f"results to the site physician; {d.his(p)} email is {d.email(p)}. {d.he(p)} lives in {d.loc(d.pick(WORD_TOWNS))} "
            f"and drives up to {d.loc(d.pick(OBSERVATORIES))} every night.")


def observatory_lower(d):
    p = d.person(age=d.age(22, 35))
    return (f"{d.lower(p)} (all lower case on the referral) is an intern at {d.loc(d.pick(OBSERVATORIES))}, "
            f"MRN {d.ident('', 7)}, with {d.term(['photokeratitis', 'snow blindness', 'sunburn'])} after a day on the snow.")


def bakery_burn(d):
    p = d.person(age=d.age(19, 62))
    return (f"night baker {d.name(p)}, {p['age']}, badge {d.ident('', 5)}, at {d.loc(d.pick(BAKERIES))} in "
            f"{d.loc(d.pick(TOWNS))}: {d.term(BURNS)} on the forearm from the deck oven on {d.date()}. "
            f"workers' comp needs a note.")


def bakery_asthma(d):
    p = d.person(age=d.age(25, 58))
    k = d.kin(p)
    return (f"{d.name(p)} has {d.term(BAKE)} after six years mixing dough at {d.loc(d.pick(BAKERIES))}. "
            f"{d.his(p)} {d.kinword(p, k)} {d.given_only(k)} works the same line. call {d.phone()} for the plant nurse.")


def bakery_old_owner(d):
    p = d.person(age=d.age(90, 101))
    k = d.kin(p)
    return (f"the founder of {d.loc(d.pick(BAKERIES))}, {d.name(p)}, {d.old_age(p)}, still comes in at 3 am. "
            f"{d.his(p)} {d.kinword(p, k)} {d.name(k)} worries about {d.term(['falls', 'orthostatic hypotension', 'heart failure'])}. "
            f"lives in {d.loc(d.pick(WORD_TOWNS))}.")


def bakery_list(d):
    a, b = d.person(age=d.age(20, 60)), d.person(age=d.age(20, 60))
    return (f"from the plant's injury list:\\n{d.ident('', 6)} {d.upper_sg(a)} {d.term(['finger laceration', 'wrist sprain'])}\\n"
            f"{d.ident('', 6)} {d.sg(b)} {d.term(['forearm burn', 'knee contusion'])}\\nboth on the bun line at "
            f"{d.loc(d.pick(BAKERIES))}.")


def bakery_initials(d):
    p = d.person(age=d.age(30, 70))
    return (f"{d.initial(p)} is the pastry chef at {d.loc(d.pick(BAKERIES))}, seen at {d.loc(d.pick(HOSPITALS))} for "
            f"{d.term(['Dupuytren contracture', 'trigger finger', 'de Quervain tenosynovitis'])}. {d.he(p)} asks about surgery.")


def loft_fancier(d):
    p = d.person(age=d.age(40, 85))
    return (f"{d.name(p)}, {p['age']}, keeps 60 pigeons at {d.loc(d.pick(LOFTS))} near {d.loc(d.pick(WORD_TOWNS))} and "
            f"races with the {d.loc(d.pick(CLUBS))}. {d.term(BIRDS)} suspected. {d.he(p)} won't give up the birds.")


def loft_band(d):
    p = d.person(age=d.age(30, 80))
    return (f"band {d.ident('AU 2026 ', 4)} belongs to {d.sg(p)}'s hen, the one that pecked {d.him(p)}. "
            f"{d.term(['corneal abrasion', 'eyelid laceration'])}. seen at {d.loc(d.pick(HOSPITALS))} on {d.date()}.")


def falconer_bite(d):
    p = d.person(age=d.age(25, 70))
    return (f"falconer {d.name(p)} from {d.loc(d.pick(TOWNS))}, member {d.ident('', 5)} of the {d.loc(CLUBS[3])}, "
            f"is treated for {d.term(['cellulitis', 'tenosynovitis', 'lymphangitis'])} after a talon puncture. email {d.email(p)}.")


def loft_old(d):
    p = d.person(age=d.age(90, 104))
    k = d.kin(p)
    return (f"{d.name(p)} ({d.old_age(p)}) still flies birds from {d.his(p)} backyard loft in {d.loc(d.pick(WORD_TOWNS))}. "
            f"{d.kinword(p, k).capitalize()} {d.name(k)} asks about {d.term(['pneumonia', 'COPD exacerbation', 'dizziness'])}.")


def loft_phone(d):
    p = d.person(age=d.age(28, 75))
    return (f"club secretary {d.name(p)} called from {d.phone()} about two members with fever after cleaning "
            f"{d.loc(d.pick(LOFTS))}. {d.term(['Chlamydia psittaci', 'influenza', 'Q fever'])} testing sent.")


def dz_landing(d):
    p = d.person(age=d.age(19, 60))
    return (f"{d.name(p)}, USPA {d.ident('', 6)}, landed hard at {d.loc(d.pick(DROP_ZONES))} on {d.date()}: "
            f"{d.term(JUMPS)}. taken to {d.loc(d.pick(HOSPITALS))}.")


def dz_instructor(d):
    p = d.person(age=d.age(28, 55))
    k = d.kin(p)
    return (f"tandem instructor {d.name(p)} from {d.loc(d.pick(WORD_TOWNS))} wants to jump again after "
            f"{d.term(['pneumothorax', 'shoulder dislocation', 'syncope'])}. {d.his(p)} {d.kinword(p, k)} "
            f"{d.name(k)} packs for the same drop zone.")


def dz_corrected(d):
    p = d.person(age=d.age(20, 45))
    wrong = d.other_given(p)
    return (f"student jumper {d.wrap(wrong)}? no, {d.name(p)} on the manifest, "
            f"{p['age']}, at {d.loc(d.pick(DROP_ZONES))}: {d.term(['barotrauma', 'concussion', 'whiplash'])}.")


def dz_lower(d):
    p = d.person(age=d.age(22, 50))
    return (f"{d.lower(p)} from {d.loc(d.pick(TOWNS))}, rigger {d.ident('R-', 5)}, "
            f"{d.term(['lumbar strain', 'sprained wrist', 'rotator cuff tear'])} from packing reserves all week.")


def dz_old(d):
    p = d.person(age=d.age(90, 100))
    return (f"{d.name(p)}, {d.old_age(p)}, wants a tandem jump at {d.loc(d.pick(DROP_ZONES))} for {d.his(p)} birthday. "
            f"{d.he(p).capitalize()} has {d.term(['atrial fibrillation', 'osteoporosis', 'aortic stenosis'])}. letter?")


def sugar_co(d):
    p = d.person(age=d.age(25, 75))
    return (f"{d.name(p)}, sugarmaker at {d.loc(d.pick(SUGARHOUSES))} in {d.loc(d.pick(TOWNS))}, "
            f"{d.term(SUGAR)} in the sugarhouse on {d.date()}. MRN {d.ident('', 7)}.")


def sugar_old(d):
    p = d.person(age=d.age(90, 102))
    k = d.kin(p)
    return (f"{d.sg(p)}, {d.old_age(p)}, has tapped the same sugarbush in {d.loc(d.pick(WORD_TOWNS))} for 70 years. "
            f"{d.his(p)} {d.kinword(p, k)} {d.given_only(k)} wants {d.him(p)} off the ladder. {d.term(['vertigo', 'falls', 'sarcopenia'])}.")


def sugar_email(d):
    p = d.person(age=d.age(30, 70))
    return (f"{d.name(p)} runs {d.loc(d.pick(SUGARHOUSES))} and asks about {d.term(['lead exposure', 'burns', 'sap allergy'])}. "
            f"email {d.email(p)}, phone {d.phone()}.")


def sugar_kin(d):
    p = d.person(age=d.age(35, 80))
    k = d.kin(p)
    return (f"{d.kinword(p, k).capitalize()} of my patient {d.name(p)} called: {d.name(k)} says {d.he(p)} "
            f"collapsed boiling sap at {d.loc(d.pick(SUGARHOUSES))}. {d.term(['heat syncope', 'hypoglycemia', 'arrhythmia'])}.")


def sugar_initials(d):
    p = d.person(age=d.age(40, 80))
    return (f"{d.initial(p)} of {d.loc(d.pick(WORD_TOWNS))}, a maple producer, {d.term(['chainsaw laceration', 'tick bite', 'Lyme disease'])}. "
            f"seen at {d.loc(d.pick(HOSPITALS))} on {d.date()}.")


def clean_vitals(d):
    return (f"{d.term(['heat exhaustion', 'dehydration'])} in a night baker: HR {d.num(100, 119)}, BP {d.num(90, 109)}/60, "
            f"temperature {d.num(100, 102)}.4 F. fluids and rest.")


def clean_altitude(d):
    drug, illness = d.pick([("acetazolamide", "acute mountain sickness"), ("dexamethasone", "high altitude cerebral edema"),
                            ("nifedipine", "high altitude pulmonary edema")])
    return (f"<<{drug}>> for <<{illness}>>: SpO2 {d.num(90, 97)}% after descent. any rule on return to altitude?")


def clean_birds(d):
    return (f"{d.term(BIRDS)} in a pigeon keeper: does a HEPA mask in the loft help, or is removal of the birds the only cure?")


def clean_jump(d):
    return (f"{d.term(JUMPS)} in a skydiver: glucose {d.num(90, 119)}, otherwise well. how long off jumping?")


def clean_sugar(d):
    illness, drug = d.pick([("type 2 diabetes", "metformin"), ("hypertriglyceridemia", "fenofibrate")])
    return (f"<<{illness}>> and maple syrup: {d.num(90, 110)} g of sugar a day in a sugarmaker. <<{drug}>> or diet first?")


IDENTIFIER_TEMPLATES = [observatory_night_assistant, observatory_old_visitor, observatory_corrected_name, observatory_email,
                        observatory_lower, bakery_burn, bakery_asthma, bakery_old_owner, bakery_list, bakery_initials,
                        loft_fancier, loft_band, falconer_bite, loft_old, loft_phone, dz_landing, dz_instructor,
                        dz_corrected, dz_lower, dz_old, sugar_co, sugar_old, sugar_email, sugar_kin, sugar_initials]
CLEAN_TEMPLATES = [clean_vitals, clean_altitude, clean_birds, clean_jump, clean_sugar]
