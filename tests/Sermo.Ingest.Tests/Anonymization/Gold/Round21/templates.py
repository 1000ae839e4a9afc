"""Round 21's templates with identifiers, written for this set; each takes a Draw and returns one post in GoldMarkup."""
import pools
from draw import loc

OCC = ["lumbar strain", "rotator cuff tear", "carpal tunnel syndrome", "noise-induced hearing loss", "contact dermatitis",
       "heat exhaustion", "crush injury", "chemical burn", "occupational asthma", "lateral epicondylitis"]
TRAVEL = ["dengue", "malaria", "typhoid", "traveler's diarrhea", "DVT", "altitude sickness", "chikungunya",
          "schistosomiasis", "norovirus", "rabies post-exposure prophylaxis"]
MILITARY = ["blast TBI", "PTSD", "tinnitus", "stress fracture", "exertional rhabdomyolysis", "burn pit exposure",
            "heat stroke", "leishmaniasis", "knee osteoarthritis", "sleep apnea"]
FARM = ["farmer's lung", "brucellosis", "orf", "tetanus", "ringworm", "Q fever", "pesticide poisoning",
        "hand laceration", "hearing loss", "skin cancer"]
SPORTS = ["concussion", "ACL tear", "ankle sprain", "shoulder dislocation", "hamstring strain", "spondylolysis",
          "patellar tendinopathy", "stress fracture", "turf toe", "MCL sprain"]
JAIL = ["opioid withdrawal", "hepatitis C", "latent TB", "scabies", "alcohol withdrawal", "cellulitis",
        "abscess", "uncontrolled diabetes", "schizophrenia", "HIV"]
CASE = ["pneumonia", "sepsis", "cholecystitis", "pyelonephritis", "GI bleed", "stroke", "NSTEMI", "COPD exacerbation",
        "hip fracture", "delirium"]
DRUGS = ["ceftriaxone", "doxycycline", "prednisone", "apixaban", "metoprolol", "naltrexone", "buprenorphine",
         "amoxicillin-clavulanate", "ibuprofen", "enoxaparin"]


def t(term):
    return f"<<{term}>>"


def occ_employer(d):
    return (f"{d.person()} works {d.pick(['nights', '12s', 'swing shift', 'days'])} at {d.pick(['the ', ''])}"
            f"{loc(d.pick(pools.EMPLOYERS))} in {d.word_town()}, came in with {t(d.pick(OCC))}. "
            f"comp claim {d.number('claim')}, supervisor {d.given()} wants a note by {d.date()}.")


def occ_site(d):
    return (f"injury at {loc(d.pick(pools.SITES))} on {d.date()}: {d.given()}, 3{d.r.randint(0, 9)}M, "
            f"{t(d.pick(OCC))}. foreman {d.person()} called from {d.phone()}.")


def travel_cruise(d):
    return (f"ship doc on the {loc(d.pick(pools.SHIPS))} here. passenger {d.person()}, cabin {d.number('room')}, "
            f"{t(d.pick(TRAVEL))}, disembarked at [[LOCATION:{d.pick(['Nassau', 'Roatán', 'Juneau', 'Skagway', 'Ketchikan', 'Costa Maya'])}]]. "
            f"passport {d.number('passport')}.")


def travel_itinerary(d):
    return (f"back from a work trip, stayed at the {loc(d.pick(pools.HOTELS))} in {d.place()} {d.date()} to "
            f"{d.date()}, flew {loc(d.pick(pools.AIRLINES))} home to {loc(d.pick(pools.AIRPORTS))}. "
            f"now {t(d.pick(TRAVEL))}. employer {d.pick(['is', 'was'])} {loc(d.pick(pools.EMPLOYERS))}.")


def travel_abroad_phone(d):
    return (f"traveler {d.person()} from {d.place()} with {t(d.pick(TRAVEL))}, family abroad on {d.phone()}, "
            f"e-mail {d.email(d.pick(['mama', 'family', 'fam', 'home']))}.")


def military_rank(d):
    return (f"{d.pick(pools.RANKS)} {d.surname()} from {loc(d.pick(pools.UNITS))} at {loc(d.pick(pools.BASES))}, "
            f"{t(d.pick(MILITARY))} after deployment to {loc(d.pick(pools.DEPLOYMENTS))}. "
            f"his {d.pick(['wife', 'mom', 'girlfriend'])} {d.given()} called.")


def military_va(d):
    return (f"VA pt {d.person()}, {d.old_age()}, WWII/Korea era, followed at {loc(d.pick(pools.VA_SITES))}. "
            f"{t(d.pick(MILITARY))}, service no. {d.number('service')}, lives in {d.word_town()}.")


def military_family(d):
    return (f"military spouse {d.given()} {d.surname()}, husband is {d.pick(pools.RANKS)} {d.surname()}, "
            f"deployed since {d.date()}. their son has {t(d.pick(CASE))}. Tricare id {d.number('insurance')}.")


def farm_ranch(d):
    return (f"rancher from out by {d.word_town()}, {d.person()}, runs {loc(d.pick(pools.RANCHES))} off "
            f"{loc(d.pick(pools.COUNTY_ROADS))}. {t(d.pick(FARM))}. sells through {loc(d.pick(pools.COOPS))}.")


def farm_milemarker(d):
    return (f"tractor rollover near mile marker [[LOCATION:{d.r.randint(3, 240)}]] in {loc(d.pick(pools.COUNTIES))}, "
            f"{d.given()}, {d.r.randint(40, 79)}M, {t(d.pick(FARM))}. neighbour {d.given()} {d.surname()} found him.")


def farm_pobox(d):
    return (f"bill goes to [[LOCATION:PO Box {d.r.randint(10, 999)}]], {d.word_town()}. pt {d.person()}, "
            f"{d.old_age()}, dairy farm still, {t(d.pick(FARM))}. daughter {d.given()} on {d.phone()}.")


def sports_jersey(d):
    return (f"#{d.number('jersey')} for {loc(d.pick(pools.TEAMS))} at {loc(d.pick(pools.SCHOOLS))}, "
            f"{d.given()}, {d.r.randint(14, 18)}, {t(d.pick(SPORTS))}. coach {d.surname()} wants him for "
            f"{loc(d.pick(pools.TOURNAMENTS))}.")


def sports_college(d):
    return (f"college athlete {d.person()}, student id {d.number('student')}, {t(d.pick(SPORTS))}. "
            f"AT {d.given()} texted from {d.phone()}. return to play after {d.date()}?")


def jail_doc(d):
    return (f"inmate {d.person()}, DOC #{d.number('doc')}, at {loc(d.pick(pools.PRISONS))}, "
            f"{t(d.pick(JAIL))}. transferred to {loc(d.pick(pools.HOSPITALS))} on {d.date()}, bed {d.number('bed')}.")


def shelter(d):
    return (f"shelter clinic at {loc(d.pick(pools.SHELTERS))} on {loc(d.pick(pools.STREETS))}: "
            f"{d.person()}, {d.r.randint(30, 75)}, {t(d.pick(JAIL))}. her sister {d.given()} from {d.place()}.")


def esl_case(d):
    return (f"Dear colleague, my patient {d.person()} {d.r.randint(30, 80)} years from {d.place()} have "
            f"{t(d.pick(CASE))}, we are giving {t(d.pick(DRUGS))} since {d.date()}. what you think? my mail "
            f"{d.email('dr.' + d.pick(['k', 'm', 's', 'a']))}")


def esl_abroad(d):
    return (f"In our hospital in {d.place()} one patient {d.given()} {d.surname()}, she is {d.old_age()}, "
            f"{t(d.pick(CASE))} and family want everything. son {d.given()} call me {d.phone()} every day.")


def case_room(d):
    return (f"{d.surname()}, {d.given()} rm {d.number('room')} {t(d.pick(CASE))}; {d.surname()}, {d.given()} "
            f"rm {d.number('room')} {t(d.pick(CASE))}. acct {d.number('account')}.")


def case_story(d):
    return (f"{d.given()}, {d.r.randint(20, 88)}, from {d.word_town()}, {t(d.pick(CASE))}. her husband "
            f"{d.given()} works at {loc(d.pick(pools.EMPLOYERS))}, grandkid goes to "
            f"{loc(d.pick(pools.SCHOOLS))}. admitted {d.date()}, enc {d.number('encounter')}.")


def case_old(d):
    return (f"{d.old_age()} from {loc(d.pick(pools.HOSPITALS))} nursing wing, {d.person()}, "
            f"{t(d.pick(CASE))}. {d.pick(['grandson', 'niece', 'neighbour'])} {d.given()} is the contact.")


def case_device(d):
    return (f"pacemaker serial {d.number('serial')} interrogated, {d.person()}, {t(d.pick(CASE))}. lives on "
            f"{loc(d.pick(pools.STREETS))} in {d.word_town()}. driver's licence {d.number('licence')}.")


def case_handle(d):
    return (f"someone posted about [[NAME:{d.pick(pools.NICKNAMES).lower()}]] on tiktok, handle {d.handle()}, "
            f"{t(d.pick(CASE))} story with her real name {d.person()}. the link was [[URL:tiktok.com/@"
            f"{d.pick(['lovehope', 'ivy.rich', 'hazelwood'])}{d.digits(3)}]].")


def case_card(d):
    return (f"health card {d.number('card')} for {d.person()} from {d.place()}, {t(d.pick(CASE))}, "
            f"seen {d.date()} and again {d.date()}.")


WITH_IDENTIFIERS = [occ_employer, occ_site, travel_cruise, travel_itinerary, travel_abroad_phone, military_rank,
                    military_va, military_family, farm_ranch, farm_milemarker, farm_pobox, sports_jersey,
                    sports_college, jail_doc, shelter, esl_case, esl_abroad, case_room, case_story, case_old,
                    case_device, case_handle, case_card]
