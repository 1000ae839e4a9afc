"""People for round 42's generated posts: a culture, a sex, a given name and a surname, written in the forms physicians
use (decision 261). Every name word is its own NAME span; a hyphenated word stays one span; titles stay outside."""
import pools

WORD_NAME_SHARE = 0.2  # about one draw in five takes a word name (Hazel, Frank, Brooks ...), the hard case of issue #14


def spans(words, kind="NAME"):
    return " ".join(f"[[{kind}:{w}]]" for w in words.split(" "))


class Person:
    def __init__(self, rng, culture=None, sex=None, avoid=()):
        self.culture = culture or rng.choice(sorted(pools.CULTURES))
        male, female, surnames = pools.CULTURES[self.culture]
        self.sex = sex or rng.choice("MF")
        givens = (male if self.sex == "M" else female).split()
        words = pools.WORD_GIVEN_MALE if self.sex == "M" else pools.WORD_GIVEN_FEMALE
        choices = [g for g in givens if g.replace("_", " ") not in avoid] or givens
        given = rng.choice(words) if rng.random() < WORD_NAME_SHARE else rng.choice(choices)
        surname = rng.choice(pools.WORD_SURNAMES) if rng.random() < WORD_NAME_SHARE else rng.choice(surnames.split())
        self.given_plain = given.replace("_", " ")
        self.surname_plain = surname.replace("_", " ")

    # Forms ------------------------------------------------------------------------------------------------------
    def full(self):
        return f"{spans(self.given_plain)} {spans(self.surname_plain)}"

    def surname_first(self):
        return f"{spans(self.surname_plain)}, {spans(self.given_plain)}"

    def upper_surname_first(self):
        return f"{spans(self.surname_plain.upper())}, {spans(self.given_plain.upper())}"

    def initial(self):
        return f"[[NAME:{self.given_plain[0]}]]. {spans(self.surname_plain)}"

    def lower(self):
        return f"{spans(self.given_plain.lower())} {spans(self.surname_plain.lower())}"

    def given(self):
        return spans(self.given_plain)

    def surname(self):
        return spans(self.surname_plain)

    def given_lower(self):
        return spans(self.given_plain.lower())

    # Pronouns follow the drawn sex.
    def pronouns(self):
        male = self.sex == "M"
        return {"he": "he" if male else "she", "He": "He" if male else "She", "his": "his" if male else "her",
                "His": "His" if male else "Her", "him": "him" if male else "her", "sexletter": self.sex,
                "man": "man" if male else "woman", "guy": "guy" if male else "lady"}

    def kin(self, rng):
        """A relative of the same culture, never sharing the given name; the kin noun fits the relative's sex."""
        other = Person(rng, self.culture, rng.choice("MF"), avoid={self.given_plain})
        if other.given_plain == self.given_plain:
            other.given_plain = other.given_plain + "a" if other.sex == "F" else other.given_plain + "o"
        other.surname_plain = self.surname_plain if rng.random() < 0.6 else other.surname_plain
        other.noun = rng.choice(["son", "brother", "nephew", "grandson"]) if other.sex == "M" else \
            rng.choice(["daughter", "sister", "niece", "granddaughter"])
        return other
