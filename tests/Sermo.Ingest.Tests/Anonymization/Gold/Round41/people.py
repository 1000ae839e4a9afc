"""People for round 41's generated posts: a drawn culture, sex from the half of the given list, name forms in markup
(one NAME span per name word; titles, "the", kin nouns and an initial's period outside)."""
import pools


def _names(text):
    return [n.strip() for n in text.split(",")]


def _spans(words):
    """Markup of a multi-word or single-word name, one NAME span per word (particles included)."""
    return " ".join(f"[[NAME:{w}]]" for w in words.split(" "))


class Person:
    def __init__(self, rng, culture=None, sex=None, surname=None):
        self.culture = culture or rng.choice(sorted(pools.CULTURES))
        men, women, surnames = pools.CULTURES[self.culture]
        self.sex = sex or rng.choice("MF")
        word = rng.random() < 0.15
        if word:
            self.given = rng.choice(_names(pools.WORD_GIVEN[0 if self.sex == "M" else 1]))
        else:
            self.given = rng.choice(_names(men if self.sex == "M" else women))
        if surname:
            self.surname = surname
        elif rng.random() < 0.15:
            self.surname = rng.choice(pools.WORD_SURNAMES)
        else:
            self.surname = rng.choice(_names(surnames))
        if rng.random() < 0.06 and " " not in self.surname:
            other = rng.choice(_names(surnames))
            if other != self.surname and " " not in other:
                self.surname = f"{self.surname}-{other}"
        self.rng = rng

    # name forms
    def full(self):
        return f"{_spans(self.given)} {_spans(self.surname)}"

    def first(self):
        return _spans(self.given)

    def last(self):
        return _spans(self.surname)

    def sur_given(self):
        return f"{_spans(self.surname)}, {_spans(self.given)}"

    def upper(self):
        return f"{_spans(self.surname.upper())}, {_spans(self.given.upper())}"

    def initial(self):
        return f"[[NAME:{self.given[0]}]]. {_spans(self.surname)}"

    def lower(self):
        return f"{_spans(self.given.lower())} {_spans(self.surname.lower())}"

    def any_form(self):
        return self.rng.choice([self.full, self.full, self.sur_given, self.upper, self.initial, self.lower])()

    def login(self):
        """A hospital login built from the name (one ID span)."""
        return f"{self.given[0].lower()}{self.surname.split(' ')[-1].lower().replace('-', '')[:7]}{self.rng.randint(1, 99)}"

    # words that follow sex
    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    def kin(self, kind):
        words = {"child": ("son", "daughter"), "parent": ("father", "mother"), "sib": ("brother", "sister"),
                 "spouse": ("husband", "wife"), "grand": ("grandson", "granddaughter"), "title": ("Mr.", "Ms.")}
        return words[kind][0 if self.sex == "M" else 1]
