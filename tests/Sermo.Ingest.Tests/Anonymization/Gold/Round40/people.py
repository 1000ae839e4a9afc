"""People of round 40 (decision 247): a culture, a sex from the half of the given-name list drawn, and the written
forms a physician uses. Every name word is its own NAME span; an initial's period and titles stay outside."""
import pools

KIN = {"M": ["son", "husband", "brother", "grandson", "nephew"], "F": ["daughter", "wife", "sister", "granddaughter", "niece"]}
PRONOUN = {"M": "he", "F": "she"}
POSSESSIVE = {"M": "his", "F": "her"}


def span(word):
    return f"[[NAME:{word}]]"


class Person:
    def __init__(self, rng, culture=None, sex=None):
        self.culture = culture or rng.choice(sorted(pools.CULTURES))
        men, women, surnames = pools.CULTURES[self.culture]
        self.sex = sex or rng.choice("MF")
        if rng.random() < 0.15:
            self.given = rng.choice(pools.WORD_GIVEN_MEN if self.sex == "M" else pools.WORD_GIVEN_WOMEN)
        else:
            self.given = rng.choice(men if self.sex == "M" else women)
        self.surname = rng.choice(pools.WORD_SURNAMES) if rng.random() < 0.15 else rng.choice(surnames)
        if rng.random() < 0.06:
            self.surname = f"{self.surname}-{rng.choice(surnames)}" if " " not in self.surname else self.surname
        self.rng = rng

    @staticmethod
    def words(name):
        return " ".join(span(w) for w in name.split(" "))

    def full(self):
        return f"{self.words(self.given)} {self.words(self.surname)}"

    def given_only(self):
        return self.words(self.given)

    def surname_only(self):
        return self.words(self.surname)

    def form(self):
        """One of the forms physicians type: full, 'Surname, Given', upper case, initial, lower case."""
        kind = self.rng.choice(["full", "full", "full", "comma", "upper", "initial", "lower"])
        if kind == "comma":
            return f"{self.words(self.surname)}, {self.words(self.given)}"
        if kind == "upper":
            return f"{self.words(self.surname.upper())}, {self.words(self.given.upper())}"
        if kind == "initial":
            return f"{span(self.given[0])}. {self.words(self.surname)}"
        if kind == "lower":
            return f"{self.words(self.given.lower())} {self.words(self.surname.lower())}"
        return self.full()

    def title(self):
        return "Mr." if self.sex == "M" else self.rng.choice(["Mrs.", "Ms."])

    def formal(self):
        return f"{self.title()} {self.surname_only()}"

    def kin(self):
        return self.rng.choice(KIN[self.sex])

    def he(self):
        return PRONOUN[self.sex]

    def his(self):
        return POSSESSIVE[self.sex]
