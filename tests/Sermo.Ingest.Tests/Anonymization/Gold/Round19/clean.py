"""Round 19's identifier-free templates: every word that reads like a name, place, date or age is clinical or habitual."""
import terms
from draw import term


def _pick(r, pool, k):
    return [term(x) for x in r.sample(pool, k)]


def eponym_teaching(r):
    a, b = _pick(r, terms.EPONYM_NAMES, 2)
    return (f"Teaching pearl for the interns: {a} and {b} both came up on rounds today, in a patient aged {r.randint(20, 89)} "
            f"with {term(r.choice(terms.ADULT)[0])}. {r.choice(terms.LABS)}. Know your signs.")


def brand_names(r):
    a, b, c = _pick(r, terms.NAME_BRANDS, 3)
    return (f"Formulary changed again {r.choice(terms.HABITS)}: {a} is out, {b} is in, and {c} needs a prior auth now. "
            f"My {r.randint(30, 85)}-year-old just wants her pills to stop changing color.")


def trial_names(r):
    a, b = _pick(r, terms.TRIALS, 2)
    return (f"Journal club {r.choice(['Tuesday', 'Wednesday', 'Thursday'])} as usual: {a} vs {b}. Someone always asks if "
            f"the {r.choice(['2019', '2021', '2023', '2024'])} guideline changed because of them. Bring snacks.")


def place_terms(r):
    a, b = _pick(r, terms.PLACE_TERMS, 2)
    return (f"Board question: {a} or {b}? The answer key said the first, and {r.choice(terms.DOSES)} was the "
            f"distractor. I still don't agree.")


def word_phrases(r):
    a, b = _pick(r, terms.WORD_PHRASES, 2)
    return (f"Describing findings is an art: {a}, {b}, and {term(r.choice(terms.GERI)[0])} in a {r.randint(50, 89)}yo. "
            f"{r.choice(terms.LABS)}. Start {term(r.choice(terms.DOSES))}.")


def habits(r):
    h1, h2 = r.sample(terms.HABITS, 2)
    c1, c2 = r.sample(terms.ADULT, 2)
    return (f"Patterns in our ED: {term(c1[0])} {h1}, {term(c2[0])} {h2}. Nobody believes me until they work a year "
            f"of {r.choice(['nights', 'weekends', 'holidays'])} here.")


def ages_under_ninety(r):
    age = r.randint(80, 89)
    c, t = r.choice(terms.GERI)
    return (f"An {age}-year-old is not a contraindication to {term(t)}. Mine had {term(c)}, {r.choice(terms.LABS)}, "
            f"and went home in {r.randint(2, 6)} days. In her late eighties and sharper than me.")


def doses_labs(r):
    c, t = r.choice(terms.ADULT + terms.PEDS)
    return (f"Dose check: {term(r.choice(terms.DOSES))} for {term(c)} with {r.choice(terms.LABS)} and "
            f"{r.choice(terms.LABS)}? Pharmacy says adjust. I say {term(t)} first.")


CLEAN = [eponym_teaching, brand_names, trial_names, place_terms, word_phrases, habits, ages_under_ninety, doses_labs]
