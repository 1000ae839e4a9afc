"""Drawn people for round 31's generator: a sex, a culture, a given name and surname, and markup with one NAME span per
name word (decision 193). Relatives are drawn with the sex their relation needs and never share the patient's given name."""
import pools

MALE_RELATIONS = ["husband", "son", "brother", "father", "grandson", "nephew"]
FEMALE_RELATIONS = ["wife", "daughter", "sister", "mother", "granddaughter", "niece"]


def spans(name):
    """'Zaw Min Htun' -> '[[NAME:Zaw]] [[NAME:Min]] [[NAME:Htun]]'; a hyphenated word stays one span."""
    return " ".join(f"[[NAME:{w}]]" for w in name.split(" "))


class Person:
    def __init__(self, rng, sex=None, word=False):
        self.sex = sex or rng.choice("MF")
        if word:
            self.culture = "word"
            self.given = rng.choice(pools.WORD_MEN if self.sex == "M" else pools.WORD_WOMEN)
            self.surname = rng.choice(pools.WORD_SURNAMES)
        else:
            self.culture = rng.choice(sorted(pools.CULTURES))
            men, women, surnames = pools.CULTURES[self.culture]
            self.given = rng.choice(men if self.sex == "M" else women)
            self.surname = rng.choice(surnames)
        self.he = "he" if self.sex == "M" else "she"
        self.his = "his" if self.sex == "M" else "her"
        self.him = "him" if self.sex == "M" else "her"
        self.man = "man" if self.sex == "M" else "woman"
        self.mf = self.sex

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
        """'Surname, Given' as on a sheet or a pasted note."""
        return f"{spans(self.surname)}, {spans(self.given)}"

    @property
    def lower(self):
        return " ".join(f"[[NAME:{w.lower()}]]" for w in f"{self.given} {self.surname}".split(" "))


def relative(rng, patient, choices=None):
    """A relative whose relation word fits their sex and whose given name differs from the patient's; choices narrows
    the relation to what the story allows (a parent for a school child)."""
    spouse = "husband" if patient.sex == "M" else "wife"  # a man never has a husband drawn, nor a woman a wife
    relation = rng.choice([r for r in choices or MALE_RELATIONS + FEMALE_RELATIONS if r != spouse])
    sex = "M" if relation in MALE_RELATIONS else "F"
    while True:
        person = Person(rng, sex)
        if person.given != patient.given:
            person.relation = relation
            return person
