"""Drawn people for round 32's generator: a sex, a given name and a surname from one culture, pronouns that fit the
sex, and markup helpers that give one span per name word (a particle or two-word surname stays one span per word)."""
import pools


def _spans(words):
    return " ".join(f"[[NAME:{w}]]" for w in words.split(" "))


class Person:
    def __init__(self, rng, sex=None, word_names=False):
        self.sex = sex or rng.choice("MF")
        if word_names:
            self.given = rng.choice(pools.WORD_MEN if self.sex == "M" else pools.WORD_WOMEN)
            self.surname = rng.choice(pools.WORD_SURNAMES)
        else:
            men, women, surnames = pools.CULTURES[rng.choice(sorted(pools.CULTURES))]
            self.given = rng.choice(men if self.sex == "M" else women)
            self.surname = rng.choice(surnames)
            if self.sex == "F":
                self.surname = pools.FEMININE.get(self.surname, self.surname)

    he = property(lambda self: "he" if self.sex == "M" else "she")
    him = property(lambda self: "him" if self.sex == "M" else "her")
    his = property(lambda self: "his" if self.sex == "M" else "her")
    full = property(lambda self: f"{_spans(self.given)} {_spans(self.surname)}")
    first = property(lambda self: _spans(self.given))
    last = property(lambda self: _spans(self.surname))
    comma = property(lambda self: f"{_spans(self.surname)}, {_spans(self.given)}")
    lower = property(lambda self: f"{_spans(self.given.lower())} {_spans(self.surname.lower())}")
    initial = property(lambda self: f"[[NAME:{self.given[0]}.]] {_spans(self.surname)}")


def relative(rng, patient, old=False):
    """A relative of the patient whose noun fits the relative's sex and the patient's: never a husband for a man."""
    person = Person(rng)
    while person.given == patient.given:
        person = Person(rng)
    if old:
        nouns = {"M": ["son", "grandson", "nephew"], "F": ["daughter", "granddaughter", "niece"]}[person.sex]
    else:
        spouse = "wife" if patient.sex == "M" else "husband"
        nouns = {"M": ["brother", "son", "uncle", "cousin"], "F": ["sister", "daughter", "aunt", "cousin"]}[person.sex]
        if (spouse == "wife") == (person.sex == "F"):
            nouns = nouns + [spouse]
    return person, rng.choice(nouns)
