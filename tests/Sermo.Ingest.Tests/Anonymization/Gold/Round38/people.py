"""Drawing round 38's people: a culture (or English word names, three draws in ten), a sex that the pronouns and
relatives follow, and the written form of the name (decision 231). Every name word is its own [[NAME:...]] span."""
import random

import pools

PRONOUNS = {"M": ("he", "him", "his"), "F": ("she", "her", "her")}
RELATIVES = {"M": ["wife", "son", "daughter", "brother"], "F": ["husband", "daughter", "son", "sister"]}
SPOUSE = {"M": "F", "F": "M"}


def spans(words):
    """One NAME span per word of a name, spaces kept outside."""
    return " ".join(f"[[NAME:{w}]]" for w in words.split(" "))


class Person:
    def __init__(self, rng, sex=None):
        self.sex = sex or rng.choice("MF")
        if rng.random() < 0.3:
            self.culture = "English word names"
            self.given = rng.choice(pools.WORD_GIVEN_M if self.sex == "M" else pools.WORD_GIVEN_F)
            self.surname = rng.choice(pools.WORD_SURNAMES)
        else:
            self.culture = rng.choice(sorted(pools.CULTURES))
            male, female, surnames = pools.CULTURES[self.culture]
            self.given = rng.choice(male if self.sex == "M" else female)
            self.surname = rng.choice(surnames)
        self.he, self.him, self.his = PRONOUNS[self.sex]
        self.rng = rng

    def full(self):
        return f"{spans(self.given)} {spans(self.surname)}"

    def form(self):
        """One of the written forms physicians use: full, "Surname, Given", initial and surname, lower case, surname alone."""
        shape = self.rng.randrange(6)
        if shape == 0:
            return f"{spans(self.surname)}, {spans(self.given)}"
        if shape == 1:
            return f"[[NAME:{self.given[0]}]]. {spans(self.surname)}"
        if shape == 2:
            return f"{spans(self.given.lower())} {spans(self.surname.lower())}"
        if shape == 3:
            return f"{spans(self.surname.upper())}, {spans(self.given.upper())}"
        return self.full()

    def relative(self):
        """A relative whose word fits the patient's sex, with a name of their own sex."""
        word = self.rng.choice(RELATIVES[self.sex])
        sex = {"wife": "F", "husband": "M", "son": "M", "daughter": "F", "brother": "M", "sister": "F"}[word]
        return word, Person(self.rng, sex)
