"""People for round 43's templates: a culture, a sex, a given name and a surname, and the forms a physician types them
in. Every name word is its own NAME span; an initial's period and titles stay outside."""
import random

import pools


# Surnames that change with sex (masculine, feminine): a drawn surname takes the drawn sex's form, so that no
# woman carries a man's form or the reverse; no extra draw, so the other posts stay as they were (decision 266).
_SEXED_SURNAMES = [
    ("Rahmonov", "Rahmonova"), ("Saidov", "Saidova"), ("Nazarov", "Nazarova"), ("Karimov", "Karimova"),
    ("Sharipov", "Sharipova"), ("Asanov", "Asanova"), ("Toktogulov", "Toktogulova"), ("Mamytov", "Mamytova"),
    ("Dzhumabaev", "Dzhumabaeva"), ("Sydykov", "Sydykova"), ("Aliyev", "Aliyeva"), ("Mammadov", "Mammadova"),
    ("Huseynov", "Huseynova"), ("Guliyev", "Guliyeva"), ("Hasanov", "Hasanova"), ("Dudaev", "Dudaeva"),
    ("Umarov", "Umarova"), ("Basaev", "Basaeva"), ("Tsaraev", "Tsaraeva"), ("Gakaev", "Gakaeva"), ("Petrov", "Petrova"),
    ("Georgiev", "Georgieva"), ("Hristov", "Hristova"), ("Todorov", "Todorova"), ("Kolev", "Koleva"),
    ("Trajkovski", "Trajkovska"), ("Stojanovski", "Stojanovska"), ("Nikolovski", "Nikolovska"),
    ("Petrovski", "Petrovska"), ("Janev", "Janeva"), ("Berzins", "Berzina"), ("Kalnins", "Kalnina"), ("Ozols", "Ozola"),
    ("Liepins", "Liepina"), ("Krumins", "Krumina"),
]
_SURNAME_BY_SEX = {form: {"M": m, "F": f} for m, f in _SEXED_SURNAMES for form in (m, f)}


def _for_sex(surname_words, sex):
    return [_SURNAME_BY_SEX[w][sex] if w in _SURNAME_BY_SEX else w for w in surname_words]


def _words(entry):
    return entry.replace("_", " ").split()


def _span(words, case=str):
    return " ".join(f"[[NAME:{case(w)}]]" for w in words)


class Person:
    def __init__(self, rng, sex=None, culture=None, surname=None):
        self.sex = sex or rng.choice("MF")
        word_name = rng.random() < 0.2
        self.culture = culture or rng.choice(sorted(pools.CULTURES))
        male, female, surnames = (s.split() for s in pools.CULTURES[self.culture])
        if word_name:
            self.given = _words(rng.choice(pools.WORD_GIVEN_M if self.sex == "M" else pools.WORD_GIVEN_F))
        else:
            self.given = _words(rng.choice(male if self.sex == "M" else female))
        if surname is not None:
            self.surname = surname
        elif word_name or rng.random() < 0.12:
            self.surname = _words(rng.choice(pools.WORD_SURNAMES))
        else:
            self.surname = _for_sex(_words(rng.choice(surnames)), self.sex)

    @property
    def plain(self):
        return " ".join(self.given + self.surname)

    def full(self):
        return f"{_span(self.given)} {_span(self.surname)}"

    def surname_first(self):
        return f"{_span(self.surname)}, {_span(self.given)}"

    def upper(self):
        return f"{_span(self.surname, str.upper)}, {_span(self.given, str.upper)}"

    def lower(self):
        return f"{_span(self.given, str.lower)} {_span(self.surname, str.lower)}"

    def initial(self):
        return f"[[NAME:{self.given[0][0]}]]. {_span(self.surname)}"

    def given_only(self):
        return _span(self.given)

    def surname_only(self):
        return _span(self.surname)

    def form(self, rng):
        """A random form, weighted toward the full name."""
        return rng.choice([self.full, self.full, self.full, self.surname_first, self.upper, self.lower, self.initial,
                           self.given_only])()

    def email(self, rng, domain):
        given, surname = self.given[0].lower(), "".join(self.surname).lower().replace("'", "")
        local = rng.choice([f"{given}.{surname}", f"{given[0]}{surname}", f"{surname}{given[0]}{rng.randint(1, 99)}"])
        return f"[[EMAIL:{local}@{domain}]]"

    def pronoun(self):
        return "he" if self.sex == "M" else "she"

    def possessive(self):
        return "his" if self.sex == "M" else "her"

    def object(self):
        return "him" if self.sex == "M" else "her"


def relative(rng, person, sex=None):
    """A relative of the patient's culture who never shares the patient's given name."""
    for _ in range(20):
        other = Person(rng, sex=sex, culture=person.culture)
        if other.given != person.given:
            return other
    return other
