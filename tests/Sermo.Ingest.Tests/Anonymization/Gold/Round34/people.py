"""Drawn people for round 34's generated posts: a culture, a sex, an age band, name forms in markup, fitting relatives."""
import random

import pools

MALE_RELATIVES = {"child": ["dad", "grandpa", "uncle", "older brother"], "adult": ["husband", "brother", "son", "dad"],
                  "elder": ["son", "grandson", "nephew", "brother"]}
FEMALE_RELATIVES = {"child": ["mom", "grandma", "aunt", "older sister"], "adult": ["wife", "sister", "daughter", "mom"],
                    "elder": ["daughter", "granddaughter", "niece", "sister"]}


def spans(kind, words):
    """One span per word of a name: "Mary Ann" becomes two NAME spans joined by the space between them."""
    return " ".join(f"[[{kind}:{w}]]" for w in words.split(" "))


class Person:
    def __init__(self, rng, sex=None, band=None, word_name=False):
        self.sex = sex or rng.choice(["M", "F"])
        self.band = band or rng.choice(["child", "adult", "adult", "elder"])
        culture = rng.choice(sorted(pools.CULTURES))
        male, female, surnames, feminine = pools.CULTURES[culture]
        self.culture = culture
        at = rng.randrange(len(surnames))
        self.given = rng.choice(male if self.sex == "M" else female)
        self.surname = feminine[at] if (feminine and self.sex == "F") else surnames[at]
        if word_name:
            self.given = rng.choice(pools.WORD_GIVEN_MALE if self.sex == "M" else pools.WORD_GIVEN_FEMALE)
            self.surname = rng.choice(pools.WORD_SURNAMES)
        self.nickname = rng.choice(pools.NICKNAMES)

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    def full(self):
        return f"{spans('NAME', self.given)} {spans('NAME', self.surname)}"

    def last_first(self):
        return f"{spans('NAME', self.surname)}, {spans('NAME', self.given)}"

    def initial_surname(self):
        return f"[[NAME:{self.given[0]}.]] {spans('NAME', self.surname)}"

    def lower(self):
        return f"{spans('NAME', self.given.lower())} {spans('NAME', self.surname.lower())}"

    def given_only(self):
        return spans("NAME", self.given)

    def surname_only(self):
        return spans("NAME", self.surname)

    def nick(self):
        return spans("NAME", self.nickname)

    def any_form(self, rng):
        return rng.choice([self.full, self.last_first, self.initial_surname, self.lower, self.full])()


def relative(rng, band, patient):
    """A relative whose noun fits the relative's own sex and the patient's age band, never sharing the patient's given name."""
    sex = rng.choice(["M", "F"])
    nouns = (MALE_RELATIVES if sex == "M" else FEMALE_RELATIVES)[band]
    # A spouse is drawn of the other sex from the patient's (a man never gets a husband drawn, nor a woman a wife).
    noun = rng.choice([n for n in nouns if not (n == "husband" and patient.sex == "M") and not (n == "wife" and patient.sex == "F")])
    while True:
        person = Person(rng, sex=sex, band="adult")
        if person.given != patient.given:
            return noun, person
