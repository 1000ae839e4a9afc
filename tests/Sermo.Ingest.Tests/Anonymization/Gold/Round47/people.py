"""People for Round 47's templates: a culture, a sex, a given name and a surname, written in several forms.

Every name word is its own NAME span (particles and multi-word surnames too); a title, "Baby Girl" or a kin word stays
outside. Word names come in one given name in four and one surname in five, so that ordinary words name people.
"""
import unicodedata

import pools


def _split(names):
    return names.split("|")


def surname_for_sex(culture, surname, sex):
    """Sex-marked cultures' pools hold the male form; a woman's name takes the female ending."""
    if sex == "M" or culture not in pools.SEX_MARKED:
        return surname
    if surname.endswith("ski"):
        return surname[:-1] + "a"
    if surname.endswith(("ov", "ev", "in", "yev")):
        return surname + "a"
    return surname


def _spans(words):
    return " ".join(f"[[NAME:{w}]]" for w in words.split(" "))


class Person:
    def __init__(self, rng, culture=None, sex=None, surname=None, avoid=()):
        self.culture = culture or rng.choice(sorted(pools.CULTURES))
        self.sex = sex or rng.choice("MF")
        male, female, surnames = (_split(x) for x in pools.CULTURES[self.culture])
        word_given = pools.WORD_GIVEN_MALE if self.sex == "M" else pools.WORD_GIVEN_FEMALE
        given_pool = [g for g in (male if self.sex == "M" else female) if g not in avoid]
        self.given = rng.choice(word_given) if rng.random() < 0.25 else rng.choice(given_pool)
        if surname is None:
            surname = rng.choice(pools.WORD_SURNAMES) if rng.random() < 0.2 else rng.choice(surnames)
            surname = surname_for_sex(self.culture, surname, self.sex)
        self.surname = surname

    # pronouns and kin words follow the drawn sex
    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    def kin(self, male, female):
        return male if self.sex == "M" else female

    def form(self, kind):
        g, s = self.given, self.surname
        if kind == "full":
            return f"{_spans(g)} {_spans(s)}"
        if kind == "given":
            return _spans(g)
        if kind == "surname":
            return _spans(s)
        if kind == "sg":
            return f"{_spans(s)}, {_spans(g)}"
        if kind == "upper":
            return f"{_spans(s.upper())}, {_spans(g.upper())}"
        if kind == "lower":
            return f"{_spans(g.lower())} {_spans(s.lower())}"
        if kind == "initial":
            return f"[[NAME:{g[0]}]]. {_spans(s)}"
        if kind == "title":
            return f"{self.kin('Mr.', 'Ms.')} {_spans(s)}"
        raise ValueError(kind)

    def email(self, domain):
        raw = unicodedata.normalize("NFKD", f"{self.given[0]}{self.surname}".lower().replace("ł", "l").replace("đ", "d"))
        local = "".join(c for c in raw if c.isascii() and c.isalpha())
        return f"[[EMAIL:{local}@{domain}]]"
