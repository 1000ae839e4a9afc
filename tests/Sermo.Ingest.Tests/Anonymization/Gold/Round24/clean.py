"""Round 24's identifier-free templates: clinical traps (eponyms, brands, trials, societies, place-named diseases,
doses, labs, ages under 90, habitual weekdays, generic departments) with nothing that identifies anyone."""
import pools as p
from templates import pick, term, drug

EPONYMS = ["Addison's disease", "Graves' disease", "Hashimoto's thyroiditis", "Kawasaki disease", "Marfan syndrome",
           "Bell's palsy", "Guillain-Barre syndrome", "Wilson's disease", "Crohn's disease", "Parkinson's disease",
           "Down syndrome", "Fabry disease", "Stevens-Johnson syndrome", "Sjogren's syndrome", "Hansen's disease"]
PLACE_DISEASES = ["Lyme disease", "Ebola", "West Nile virus", "Chagas disease", "Rocky Mountain spotted fever",
                  "Marburg virus", "Lassa fever", "Japanese encephalitis", "Ross River virus", "Norwalk virus"]
BRANDS = ["Tylenol", "Benadryl", "Zofran", "Keflex", "Ozempic", "Eliquis", "Lipitor", "Humira", "Dupixent", "Botox",
          "Restylane", "Latisse", "Xiidra", "Sensodyne", "Peridex"]
SCORES = ["Wells score", "CURB-65", "Glasgow Coma Scale", "APGAR", "Fitzpatrick skin type", "Snellen chart",
          "Ottawa ankle rules", "Canadian CT head rule", "PERC rule", "Centor criteria"]
SOCIETIES = ["the AAD", "the ADA", "the AAO", "the CDC", "the WHO", "UNHCR guidance", "the IOM panel physician manual",
             "NEJM", "JAMA Dermatology", "the Lancet"]
DEPARTMENTS = ["the trauma bay", "our burn unit", "the eye clinic", "the refugee clinic", "student health", "the dental chair",
               "the med spa downstairs", "the hyperbaric chamber", "the sports medicine tent", "pre-op"]
WEEKDAYS = ["on Mondays", "every Friday", "over Thanksgiving", "around Christmas", "on weekends", "every Tuesday afternoon"]
WORDS = ["we had to be patient and frank with the family", "the faith community was a real help", "the colony nurse had grace under pressure",
         "take the will to quit seriously", "fish oil does nothing for that", "it was a hard winter for the fleet"]


def sentence(text):
    """Capitalises the first letter only (str.capitalize would lower "Thanksgiving")."""
    return text[0].upper() + text[1:]


def trap_eponym(r):
    first, second = r.sample(EPONYMS, 2)
    return (f"reminder that <<{first}>> can mimic <<{second}>>. we see it in {pick(r, DEPARTMENTS)} "
            f"{pick(r, WEEKDAYS)}, mostly in patients around {r.randrange(18, 89)}.")


def trap_brand(r):
    return (f"patients keep asking for {pick(r, BRANDS)} by name. {pick(r, BRANDS)} vs generic {drug(r)} is the "
            f"same thing, per {pick(r, SOCIETIES)} {r.randrange(2015, 2027)} guidance.")


def trap_place(r):
    return (f"screening new arrivals for <<{pick(r, PLACE_DISEASES)}>> and {term(r)}: {pick(r, SOCIETIES)} says "
            f"treat presumptively with {drug(r)}. {pick(r, WORDS)}.")


def trap_score(r):
    return (f"does anyone still use the {pick(r, SCORES)} in {pick(r, DEPARTMENTS)}? our {r.randrange(30, 89)}yo "
            f"with {term(r)} scored {r.randrange(1, 15)} and the attending ignored it.")


def trap_labs(r):
    return (f"labs this morning: Hgb {r.randrange(60, 160) / 10}, K {r.randrange(30, 60) / 10}, Cr "
            f"{r.randrange(5, 40) / 10}, ferritin {r.randrange(4, 400)}. consistent with {term(r)}; "
            f"{pick(r, DEPARTMENTS)} wants {drug(r)}.")


def trap_trial(r):
    return (f"the {pick(r, ['SPRINT', 'ACCORD', 'RECOVERY', 'ISCHEMIA', 'DAPA-HF', 'STEP-1', 'SELECT'])} trial changed how "
            f"we treat {term(r)}, but {pick(r, SOCIETIES)} still lags. {pick(r, WORDS)}.")


def trap_words(r):
    return (f"{sentence(pick(r, WORDS))}. {sentence(pick(r, WEEKDAYS))} we run {pick(r, DEPARTMENTS)} "
            f"for {term(r)} and <<{pick(r, EPONYMS)}>>.")


def trap_dose(r):
    return (f"dose check: {drug(r)} for a {r.randrange(40, 120)} kg adult with {term(r)}, repeat in "
            f"{r.randrange(2, 14)} days. {pick(r, BRANDS)} for symptoms.")


CLEAN_TEMPLATES = [trap_eponym, trap_brand, trap_place, trap_score, trap_labs, trap_trial, trap_words, trap_dose]
