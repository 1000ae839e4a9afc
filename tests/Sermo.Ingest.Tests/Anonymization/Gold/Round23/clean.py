"""Round 23's identifier-free templates (decision 157): traps a scrubber may take for identifiers."""
import templates

EPONYMS = ["Kehr sign", "Cullen sign", "Grey Turner sign", "Kernig sign", "Murphy sign", "Trousseau sign",
           "Virchow node", "Austin Flint murmur", "Janeway lesions", "Osler nodes", "Homans sign", "Chvostek sign"]
BRANDS = ["Keppra", "Zosyn", "Eliquis", "Jardiance", "Lasix", "Ativan", "Cipro", "Toradol", "Zofran", "Bactrim"]
PLACE_DISEASES = ["Lyme disease", "Rift Valley fever", "Norwalk virus", "Coxsackie virus", "Ross River virus",
                  "Hendra virus", "Bornholm disease", "Omsk hemorrhagic fever"]
SCORES = ["Glasgow-Blatchford score", "San Francisco syncope rule", "Canadian C-spine rule", "Boston bowel prep scale",
          "Geneva score", "Denver shunt"]
TRIALS = ["CRASH-2", "PROPPR", "PATCH-Trauma", "RECOVERY", "SPRINT", "NINDS", "PARAMEDIC2", "COAST"]
HABITS = ["every Tuesday", "on Saturday nights", "over Labor Day weekend", "on Christmas morning", "each Friday",
          "around New Year's Eve", "on Mondays"]
SOCIETIES = ["ACEP", "NAEMSP", "the AAP", "IDSA", "the ISHLT", "the Wilderness Medical Society"]


def eponym_post(r):
    return (f"{r.randint(20, 85)}M with <<{r.choice(EPONYMS)}>> and <<{r.choice(EPONYMS)}>> on exam. "
            f"gave {templates.drug(r)} {r.choice([1, 2, 4, 8])} mg. {r.choice(HABITS)} we see this.")


def brand_post(r):
    return (f"switched <<{r.choice(BRANDS)}>> to <<{r.choice(BRANDS)}>> in a {r.randint(2, 89)}yo with "
            f"{templates.term(r, 'case')}. creatinine {r.randint(6, 30) / 10}, K {r.randint(30, 60) / 10}.")


def place_disease_post(r):
    return (f"<<{r.choice(PLACE_DISEASES)}>> on the differential after travel. {r.choice(SOCIETIES)} guidance from "
            f"{r.randint(2009, 2025)} says test early. {templates.term(r, 'global')} ruled out.")


def score_post(r):
    return (f"the <<{r.choice(SCORES)}>> was {r.randint(0, 9)} so we discharged. {r.choice(HABITS)} the "
            f"trauma bay fills with {templates.term(r, 'trauma')}.")


def trial_post(r):
    return (f"does {r.choice(TRIALS)} change your practice for {templates.term(r, 'trauma')}? we give "
            f"{templates.drug(r)} {r.randint(1, 20)} mg/kg in our burn unit. {r.choice(SOCIETIES)} is silent.")


def lab_post(r):
    return (f"{r.randint(1, 89)}F, {templates.term(r, 'case')}: Hb {r.randint(60, 150) / 10}, WBC "
            f"{r.randint(20, 250) / 10}, lactate {r.randint(5, 80) / 10}. {templates.drug(r)} started {r.choice(HABITS)}.")


def transplant_clean(r):
    return (f"our transplant clinic {r.choice(HABITS)}: {templates.term(r, 'transplant')} again, tacrolimus trough "
            f"{r.randint(3, 18)}. {r.choice(SOCIETIES)} 20{r.randint(15, 25)} statement helps.")


def tele_clean(r):
    return (f"telehealth rule of thumb: no {templates.term(r, 'tele')} refills past {r.randint(2, 12)} months without "
            f"a visit. {r.choice(BRANDS)} is fine by video.")


CLEAN_TEMPLATES = [eponym_post, brand_post, place_disease_post, score_post, trial_post, lab_post, transplant_clean,
                   tele_clean]
