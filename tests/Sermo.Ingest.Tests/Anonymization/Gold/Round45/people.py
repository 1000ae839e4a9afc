"""People for round 45's generated posts: a culture, a sex, a given name and a surname, and the written forms a
physician uses for them. Every name word is its own NAME span; an initial's period and titles stay outside."""
import pools

FORMS = ["full", "full", "full", "surname_given", "upper", "initial", "lower", "given", "title"]


class Person:
    def __init__(self, rng, culture=None, sex=None, surname=None):
        self.culture = culture or rng.choice(sorted(pools.CULTURES))
        men, women, surnames = pools.CULTURES[self.culture]
        self.sex = sex or rng.choice("MF")
        if rng.random() < 0.25:
            self.given = rng.choice(pools.WORD_GIVEN_MEN if self.sex == "M" else pools.WORD_GIVEN_WOMEN)
        else:
            self.given = rng.choice(men if self.sex == "M" else women)
        if surname:
            self.surname = surname
        elif rng.random() < 0.2:
            self.surname = rng.choice(pools.WORD_SURNAMES)
        else:
            self.surname = rng.choice(surnames)

    def relative(self, rng, sex=None, same_surname=True):
        """A relative of the same culture who never shares this person's given name."""
        while True:
            kin = Person(rng, self.culture, sex, self.surname if same_surname else None)
            if kin.given != self.given:
                return kin

    @staticmethod
    def spans(words):
        return " ".join(f"[[NAME:{w}]]" for w in words.split())

    def form(self, kind):
        g, s = self.given, self.surname
        if kind == "full":
            return f"{self.spans(g)} {self.spans(s)}"
        if kind == "surname_given":
            return f"{self.spans(s)}, {self.spans(g)}"
        if kind == "upper":
            return f"{self.spans(s.upper())}, {self.spans(g)}"
        if kind == "initial":
            return f"[[NAME:{g[0]}]]. {self.spans(s)}"
        if kind == "lower":
            return f"{self.spans(g.lower())} {self.spans(s.lower())}"
        if kind == "given":
            return self.spans(g)
        if kind == "title":
            return ("Mr " if self.sex == "M" else "Mrs ") + self.spans(s)
        raise ValueError(kind)

    def any_form(self, rng):
        return self.form(rng.choice(FORMS))

    def pronoun(self):
        return "he" if self.sex == "M" else "she"

    def possessive(self):
        return "his" if self.sex == "M" else "her"
