"""Drawing a person for Round 33's templates: a culture, a sex, name words, and pronouns and relatives that fit.

A name is marked one span per word ([[NAME:van]] [[NAME:der]] [[NAME:Berg]]), as the set's labelling rule says.
"""
from pools import CULTURES, WORD_MEN, WORD_WOMEN, WORD_SURNAMES, NICKNAMES


def mark(words):
    """One NAME span per space-separated word; hyphenated names stay one word."""
    return " ".join(f"[[NAME:{w}]]" for w in words.split(" "))


class Person:
    def __init__(self, rng, sex=None, word_name_share=0.2):
        self.sex = sex or rng.choice("MF")
        culture = rng.choice(sorted(CULTURES))
        men, women, surnames, feminine = CULTURES[culture]
        pick = rng.randrange(len(surnames))
        self.culture = culture
        if rng.random() < word_name_share:
            self.given = rng.choice(WORD_MEN if self.sex == "M" else WORD_WOMEN)
            self.surname = rng.choice(WORD_SURNAMES)
        else:
            self.given = rng.choice(men if self.sex == "M" else women)
            self.surname = (feminine or surnames)[pick] if self.sex == "F" else surnames[pick]
        self.he, self.him, self.his = ("he", "him", "his") if self.sex == "M" else ("she", "her", "her")
        self.nick = rng.choice(NICKNAMES)

    def full(self):
        return mark(self.given) + " " + mark(self.surname)

    def comma(self):
        """"Surname, Given", as lists and pasted notes write it."""
        return mark(self.surname) + ", " + mark(self.given)

    def initial(self):
        return f"[[NAME:{self.given[0]}.]] " + mark(self.surname)

    def lower(self):
        return mark(self.given.lower()) + " " + mark(self.surname.lower())

    def given_m(self):
        return mark(self.given)

    def surname_m(self):
        return mark(self.surname)

    def nick_m(self):
        return mark(self.nick)


def relative(rng, patient, age_band):
    """A relative noun that fits the patient's sex and age, and a person of the sex that noun implies."""
    if age_band == "child":
        noun = rng.choice(["mom", "dad", "grandma", "stepdad", "aunt", "older brother"])
    elif age_band == "elder":
        noun = rng.choice(["daughter", "son", "granddaughter", "grandson", "niece", "nephew"])
    else:
        noun = rng.choice(["wife" if patient.sex == "M" else "husband", "sister", "brother", "mother", "roommate"])
    sex = {"mom": "F", "dad": "M", "grandma": "F", "stepdad": "M", "aunt": "F", "older brother": "M", "daughter": "F",
           "son": "M", "granddaughter": "F", "grandson": "M", "niece": "F", "nephew": "M", "wife": "F",
           "husband": "M", "sister": "F", "brother": "M", "mother": "F", "roommate": None}[noun]
    person = Person(rng, sex=sex)
    while person.given == patient.given:
        person = Person(rng, sex=sex)
    return noun, person
