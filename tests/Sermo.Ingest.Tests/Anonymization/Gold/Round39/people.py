"""People for round 39's generated posts: a culture, a given name and a surname drawn together, written in the forms
physicians type. Every name word is its own NAME span (particles too); a title, a quote mark or an initial's period
stays outside."""
import pools

FEMALE_HINT = ("a", "e", "i", "y", "h")


def spans(words):
    return " ".join(f"[[NAME:{w}]]" for w in words.split())


class Person:
    def __init__(self, rng, culture=None):
        if rng.random() < 0.15:
            self.culture = "word"
            self.given = rng.choice(pools.WORD_GIVEN)
            self.surname = rng.choice(pools.WORD_SURNAMES)
        else:
            self.culture = culture or rng.choice(sorted(pools.CULTURES))
            given, surnames = pools.CULTURES[self.culture]
            at = rng.randrange(len(given))
            self.given = given[at]
            self.surname = rng.choice(surnames)
            # each culture's given names are typed men's first, women's second
            self.female = at >= len(given) // 2
        if self.culture == "word":
            self.female = rng.random() < 0.5
        self.rng = rng

    def full(self):
        return f"{spans(self.given)} {spans(self.surname)}"

    def form(self):
        """One of the forms typed in posts, drawn at random."""
        shape = self.rng.randrange(8)
        if shape == 0:
            return f"{spans(self.surname)}, {spans(self.given)}"
        if shape == 1:
            return f"{spans(self.surname.upper())}, {spans(self.given.upper())}"
        if shape == 2:
            return f"[[NAME:{self.given[0]}]]. {spans(self.surname)}"
        if shape == 3:
            return f"{spans(self.given.lower())} {spans(self.surname.lower())}"
        if shape == 4:
            return f"{spans(self.given)} \"[[NAME:{self.rng.choice(pools.NICKNAMES)}]]\" {spans(self.surname)}"
        if shape == 5:
            return f"[[NAME:{self.given[0]}]].[[NAME:{self.surname[0]}]]."
        return self.full()

    def titled(self):
        """A church title: the templates that call this name a church, so no imam, rabbi or cantor here."""
        return f"{self.rng.choice(pools.CHURCH_TITLES)} {spans(self.surname)}"

    def given_only(self):
        return spans(self.given)

    def surname_only(self):
        return spans(self.surname)


def relative(rng, patient):
    """A relative of the patient's own culture; the kin word agrees with the relative's sex, not the patient's."""
    kin = rng.choice(["daughter", "son", "niece", "nephew", "granddaughter", "grandson", "sister", "brother"])
    person = Person(rng, None if patient.culture == "word" else patient.culture)
    return kin, person
