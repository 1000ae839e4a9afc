"""A drawn person of Round 49 (decision 323): culture, sex, given and family name, and every written form of the name
as gold markup, one NAME span per name word, a title or kin word always outside."""
import unicodedata

import pools

# Cultures whose family name changes with sex; the pools hold the men's form.
SEX_SUFFIXES = {
    "Bulgarian": [("ov", "ova"), ("ev", "eva")],
    "Azerbaijani": [("ov", "ova"), ("yev", "yeva")],
    "Chechen": [("ov", "ova"), ("yev", "yeva")],
    "Avar": [("ov", "ova")],
    "Macedonian": [("ski", "ska")],
    "Latvian": [("ņš", "ņa"), ("ls", "la")],
}
IRISH_WOMEN = {"Ó Ceallaigh": "Ní Cheallaigh", "Mac Carthaigh": "Nic Carthaigh", "Ó Domhnaill": "Ní Dhomhnaill"}


def surname_for_sex(culture, surname, sex):
    if sex == "M":
        return surname
    if culture == "Irish":
        return IRISH_WOMEN.get(surname, surname)
    for male, female in SEX_SUFFIXES.get(culture, []):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


def spans(words):
    return " ".join(f"[[NAME:{w}]]" for w in words.split())


def ascii_fold(text):
    folded = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("ð", "d").replace("ı", "i"))
    return "".join(c for c in folded if c.isascii() and (c.isalnum())).lower()


class Person:
    def __init__(self, culture, sex, given, surname):
        self.culture, self.sex, self.given, self.surname = culture, sex, given, surname

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    @property
    def honorific(self):
        return "Mr." if self.sex == "M" else "Ms."

    @property
    def full(self):
        return f"{spans(self.given)} {spans(self.surname)}"

    @property
    def first(self):
        return spans(self.given)

    @property
    def last(self):
        return spans(self.surname)

    @property
    def comma(self):
        return f"{spans(self.surname)}, {spans(self.given)}"

    @property
    def upper_comma(self):
        return f"{spans(self.surname.upper())}, {spans(self.given.upper())}"

    @property
    def lower(self):
        return f"{spans(self.given.lower())} {spans(self.surname.lower())}"

    @property
    def initial(self):
        return f"[[NAME:{self.given[0]}]]. {spans(self.surname)}"

    def email(self, domain):
        return f"[[EMAIL:{ascii_fold(self.given.split()[0])}.{ascii_fold(self.surname)}@{domain}]]"


def draw(rng, culture=None, sex=None, avoid_given=()):
    """A person; one given name in four and one surname in five a word name."""
    culture = culture or rng.choice(sorted(pools.CULTURES))
    sex = sex or rng.choice("MF")
    males, females, surnames = pools.CULTURES[culture]
    for _ in range(50):
        if rng.random() < 0.25:
            given = rng.choice(pools.WORD_MALE if sex == "M" else pools.WORD_FEMALE)
        else:
            given = rng.choice(males if sex == "M" else females)
        if given not in avoid_given:
            break
    surname = rng.choice(pools.WORD_SURNAMES) if rng.random() < 0.2 else rng.choice(surnames)
    return Person(culture, sex, given, surname_for_sex(culture, surname, sex))


def relative(rng, person, avoid_given):
    """A relative of the person's culture and family name whose given name differs from everyone drawn for the post."""
    sex = rng.choice("MF")
    males, females, _ = pools.CULTURES[person.culture]
    names = [n for n in (males if sex == "M" else females) if n not in avoid_given]
    base = person.surname if person.sex == sex else None
    rel = Person(person.culture, sex, rng.choice(names), base or person.surname)
    if base is None:
        # the family name in the relative's own sex form (from the pool's men's form where the culture marks sex)
        male = next((s for s in pools.CULTURES[person.culture][2] if surname_for_sex(person.culture, s, person.sex) == person.surname), person.surname)
        rel.surname = surname_for_sex(person.culture, male, sex)
    return rel


KIN = {("M", "spouse"): "husband", ("F", "spouse"): "wife", ("M", "child"): "son", ("F", "child"): "daughter",
       ("M", "sib"): "brother", ("F", "sib"): "sister"}
