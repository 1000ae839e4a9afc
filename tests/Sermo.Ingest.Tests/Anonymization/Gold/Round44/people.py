"""People for round 44's generated posts: a culture, a sex from the half of the given names drawn, and written forms.

One NAME span per name word (particles included), an initial's period outside its span, titles outside (decision 231).
"""
import unicodedata

import pools


def _ascii(word):
    """E-mail local parts drop accents (Hansjörg -> hansjorg), as mail systems usually force."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _words(entry):
    return entry.split("|") if "|" in entry else entry.split()


class Person:
    def __init__(self, rng, culture=None, sex=None, word_names=True):
        self.culture = culture or rng.choice(sorted(pools.CULTURES))
        women, men, surnames = (_words(part) for part in pools.CULTURES[self.culture])
        self.sex = sex or rng.choice("FM")
        if word_names and rng.random() < 0.25:
            self.given = rng.choice(pools.WORD_WOMEN if self.sex == "F" else pools.WORD_MEN)
        else:
            self.given = rng.choice(women if self.sex == "F" else men)
        self.surname = rng.choice(pools.WORD_SURNAMES) if word_names and rng.random() < 0.2 else rng.choice(surnames)
        self.he = "she" if self.sex == "F" else "he"
        self.his = "her" if self.sex == "F" else "his"
        self.him = "her" if self.sex == "F" else "him"

    @staticmethod
    def _spans(name, case=str):
        return " ".join(f"[[NAME:{case(word)}]]" for word in name.split())

    def full(self):
        return f"{self._spans(self.given)} {self._spans(self.surname)}"

    def surname_first(self):
        return f"{self._spans(self.surname)}, {self._spans(self.given)}"

    def upper_surname_first(self):
        return f"{self._spans(self.surname, str.upper)}, {self._spans(self.given, str.upper)}"

    def initial(self):
        return f"[[NAME:{self.given[0]}]]. {self._spans(self.surname)}"

    def lower(self):
        return f"{self._spans(self.given, str.lower)} {self._spans(self.surname, str.lower)}"

    def first(self):
        return self._spans(self.given)

    def last(self):
        return self._spans(self.surname)

    def form(self, rng):
        """Any of the written forms, weighted to the plain one."""
        return rng.choice([self.full, self.full, self.full, self.surname_first, self.upper_surname_first,
                           self.initial, self.lower])()

    def email_local(self, rng):
        given = _ascii(self.given.split()[0].lower().replace("'", ""))
        surname = _ascii(self.surname.replace(" ", "").replace("'", "").replace("-", "").lower())
        return rng.choice([f"{given}.{surname}", f"{given[0]}{surname}", f"{surname}.{given[0]}", f"{given}{surname}{rng.randint(1, 99)}"])


def relative(rng, patient):
    """A relative of the patient's culture who never shares the patient's given name."""
    for _ in range(20):
        kin = Person(rng, patient.culture)
        if kin.given != patient.given:
            return kin
    return kin
