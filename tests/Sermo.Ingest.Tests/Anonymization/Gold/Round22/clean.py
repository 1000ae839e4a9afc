"""Round 22's identifier-free templates (decision 153): eponyms, brands, trials, places in disease names, doses."""

EPONYMS = ["Sheehan syndrome", "Asherman syndrome", "Wernicke-Korsakoff syndrome", "Huntington disease",
           "Wilson disease", "Gaucher disease", "Tay-Sachs disease", "Meckel diverticulum", "Bell's palsy",
           "Parkinson disease", "Graves disease", "Kallmann syndrome", "Noonan syndrome", "Kennedy disease"]
PLACE_DISEASES = ["Lyme disease", "West Nile virus", "Ebola virus disease", "Zika virus infection",
                  "Rocky Mountain spotted fever", "Marburg virus disease", "Lassa fever", "Coxsackie virus infection"]
BRANDS = ["Sublocade", "Vivitrol", "Makena", "Diclegis", "Zulresso", "Zurzuvae", "Leqembi", "Kisunla", "Trikafta",
          "Lupkynis", "Jardiance", "Entresto", "Ozempic", "Xarelto"]
TRIALS = ["ARRIVE", "MOTHER", "CHAP", "SELECT", "EMPA-REG", "DAPA-HF", "PARADIGM-HF", "ISCHEMIA", "SPRINT", "STEP"]
SOCIETIES = ["ACOG", "ASAM", "SMFM", "ACMG", "AAHPM", "APA", "NCCN", "USPSTF", "AGS"]
JOURNALS = ["NEJM", "the Lancet", "JAMA Psychiatry", "Obstetrics & Gynecology", "Genetics in Medicine",
            "the Journal of Palliative Medicine"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HOLIDAYS = ["Thanksgiving", "Christmas", "New Year's Eve", "the Fourth of July", "Labor Day", "Easter"]
DEPARTMENTS = ["the cath lab", "our ICU", "the L&D floor", "the detox unit", "the hospice house", "our genetics clinic",
               "the research pharmacy", "the NICU", "the psych ED"]
DRUGS = ["methadone", "buprenorphine", "oxytocin", "magnesium sulfate", "haloperidol", "morphine", "hydromorphone",
         "letrozole", "clomiphene", "sertraline", "lithium", "ketamine"]
LABS = [("TSH", "mIU/L", 0.2, 9.0), ("potassium", "mmol/L", 2.6, 6.4), ("hemoglobin", "g/dL", 6.1, 15.9),
        ("platelets", "x10^9/L", 41, 390), ("creatinine", "mg/dL", 0.4, 4.2), ("AMH", "ng/mL", 0.1, 6.0)]
WORD_NAMES_AS_WORDS = ["Hope matters in palliative care", "Grace under pressure is the job",
                       "Faith in the protocol only goes so far", "The story she told was consistent",
                       "We love a clean pedigree", "Rich data, poor follow-up", "Ivy League residents still miss it",
                       "Wood splinters are not a clinical emergency"]


def eponym_pearl(rng):
    first, second = rng.sample(EPONYMS, 2)
    return (f"Pearl from {rng.choice(DEPARTMENTS)}: <<{first}>> and <<{second}>> "
            f"get mixed up every {rng.choice(DAYS)}. {rng.choice(SOCIETIES)} covered both in "
            f"{rng.randint(2015, 2025)}.")


def trial_question(rng):
    return (f"Did the {rng.choice(TRIALS)} trial change your practice? we still use <<{rng.choice(DRUGS)}>> "
            f"{rng.choice(['2', '4', '8', '16', '0.5'])} mg in {rng.choice(DEPARTMENTS)}; {rng.choice(JOURNALS)} "
            f"had an editorial on it.")


def brand_question(rng):
    brand = rng.choice(BRANDS)
    return (f"anyone prescribing <<{brand}>> through the specialty pharmacy? prior auth took {rng.randint(3, 21)} days "
            f"and the pt missed every {rng.choice(DAYS)} visit until {brand} arrived.")


def place_disease(rng):
    first, second = rng.sample(PLACE_DISEASES, 2)
    return (f"<<{first}>> in pregnancy vs <<{second}>>: "
            f"{rng.choice(SOCIETIES)} says test if travel in the last {rng.randint(2, 12)} weeks. "
            f"we see more around {rng.choice(HOLIDAYS)}.")


def lab_value(rng):
    name, unit, low, high = rng.choice(LABS)
    value = round(rng.uniform(low, high), 1)
    return (f"<<{name}>> {value} {unit} in a {rng.randint(18, 88)}-year-old on <<{rng.choice(DRUGS)}>>: "
            f"repeat {rng.choice(['Monday', 'in a week', 'after the holiday'])} or act now? "
            f"{rng.choice(DEPARTMENTS)} says act.")


def guideline_year(rng):
    return (f"The {rng.choice(SOCIETIES)} {rng.randint(2016, 2026)} guideline on <<{rng.choice(['perinatal depression', 'opioid use disorder', 'hospice eligibility', 'carrier screening', 'preeclampsia'])}>> "
            f"is what {rng.choice(DEPARTMENTS)} follows; {rng.choice(JOURNALS)} published the update.")


def name_words(rng):
    return (f"{rng.choice(WORD_NAMES_AS_WORDS)}. we had {rng.randint(2, 9)} cases of "
            f"<<{rng.choice(EPONYMS + PLACE_DISEASES)}>> this year and every one came in on a {rng.choice(DAYS)}.")


def dictation_slip(rng):
    drug = rng.choice(DRUGS)
    return (f"dictation turned <<{drug}>> into something else again, new paragraph, "
            f"dose {rng.randint(1, 40)} mg twice daily period {rng.choice(DEPARTMENTS)} caught it.")


CLEAN = [eponym_pearl, trial_question, brand_question, place_disease, lab_value, guideline_year, name_words,
         dictation_slip]
