"""People for round 37's generated posts: a culture (or English word names), a sex, and the written forms physicians
use. Every name word is its own NAME span (decision 222 keeps one span per name word; a particle is a name word)."""
import pools


def span(kind, value):
    return f"[[{kind}:{value}]]"


def name_words(value):
    """'van den Broek' -> three NAME spans joined by the spaces between them; a hyphenated name stays one span."""
    return " ".join(span("NAME", word) for word in value.split(" "))


class Person:
    def __init__(self, rng, sex=None):
        self.sex = sex or rng.choice("FM")
        if rng.random() < 0.3:
            self.culture = "English word names"
            self.given = rng.choice(pools.WORD_GIVEN_F if self.sex == "F" else pools.WORD_GIVEN_M)
            self.surname = rng.choice(pools.WORD_SURNAMES)
        else:
            self.culture = rng.choice(sorted(pools.CULTURES))
            female, male, surnames = pools.CULTURES[self.culture]
            self.given = rng.choice(female if self.sex == "F" else male)
            self.surname = rng.choice(surnames)
        self.he = "she" if self.sex == "F" else "he"
        self.his = "her" if self.sex == "F" else "his"
        self.him = "her" if self.sex == "F" else "him"
        self.spouse = "husband" if self.sex == "F" else "wife"
        self.parent = "mom" if self.sex == "F" else "dad"
        self.mr = "Ms." if self.sex == "F" else "Mr."
        self.rng = rng

    def full(self):
        return f"{name_words(self.given)} {name_words(self.surname)}"

    def any_form(self):
        """One of the forms a forum post writes a patient's name in, labelled word by word."""
        form = self.rng.randrange(7)
        if form == 0:
            return self.full()
        if form == 1:
            return f"{name_words(self.surname)}, {name_words(self.given)}"
        if form == 2:
            return f"{span('NAME', self.given[0])}. {name_words(self.surname)}"
        if form == 3:
            return f"{name_words(self.given.lower())} {name_words(self.surname.lower())}"
        if form == 4:
            return f"{name_words(self.surname.upper())}, {name_words(self.given.upper())}"
        if form == 5:
            return f"{self.mr} {name_words(self.surname)}"
        return f"\"{span('NAME', self.rng.choice(pools.NICKNAMES))}\" {name_words(self.surname)}"

    def short(self):
        """A second mention: the surname with a title, or the given name alone."""
        return f"{self.mr} {name_words(self.surname)}" if self.rng.random() < 0.5 else name_words(self.given)
