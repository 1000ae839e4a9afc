"""Round 36's drawn people: a sex, a culture and a written form (full, "Surname, Given", initial, lower case ...).

Every name word is its own NAME span (decisions 199-216). Relatives fit the patient's sex where a template names them.
"""
import pools

WORD_SHARE = 0.33


def _culture(rng):
    if rng.random() < WORD_SHARE:
        return pools.WORD_CULTURE
    return rng.choice([c for c in pools.CULTURES if c != pools.WORD_CULTURE])


def draw(rng, sex=None):
    sex = sex or rng.choice("FM")
    female, male, surnames = pools.CULTURES[_culture(rng)]
    given = rng.choice(female if sex == "F" else male)
    family = rng.choice(pools.CULTURES[_culture(rng)][2]) if rng.random() < 0.3 else rng.choice(surnames)
    return {"sex": sex, "given": given, "family": family}


def span(words):
    return " ".join(f"[[NAME:{w}]]" for w in words.split(" "))


def written(rng, person):
    """One of the forms the brief asks for, as markup."""
    g, f = person["given"], person["family"]
    form = rng.randrange(7)
    if form == 0:
        return f"{span(f)}, {span(g)}"
    if form == 1:
        return f"[[NAME:{g[0]}]]. {span(f)}"
    if form == 2:
        return f"{span(g.lower())} {span(f.lower())}"
    if form == 3:
        return f"{span(f.upper())}, {span(g.upper())}"
    if form == 4 and person["sex"] == "M":
        return f"{span(g)} \"[[NAME:{rng.choice(pools.NICKNAMES)}]]\" {span(f)}"
    return f"{span(g)} {span(f)}"


def pronouns(sex):
    if sex == "F":
        return {"he": "she", "He": "She", "him": "her", "his": "her", "spouse": "husband", "kid": "daughter", "parent": "mom"}
    return {"he": "he", "He": "He", "him": "him", "his": "his", "spouse": "wife", "kid": "son", "parent": "dad"}
