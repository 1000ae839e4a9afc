"""People for Round 48's templates: a culture, a sex, a given name and a surname, written in the forms physicians type
(full, "Surname, Given", upper case, initial, lower case, given alone, title and surname), one NAME span per word."""
import pools


def names(culture):
    male, female, surnames = (part.split() for part in pools.CULTURES[culture].split("|"))
    fix = lambda words: [w.replace("_", " ") for w in words]
    return fix(male), fix(female), fix(surnames)


def surname_for_sex(culture, surname, sex):
    """The female form in the cultures whose surnames mark sex; the pools hold the male form."""
    if sex == "M" or culture not in pools.SEX_MARKED:
        return surname
    if culture == "Icelandic":
        # A daughter takes the father's name in the genitive: Sigurður's is "Sigurðar", not "Sigurðs".
        if surname == "Sigurðsson":
            return "Sigurðardóttir"
        return surname[:-len("sson")] + "sdóttir" if surname.endswith("sson") else surname
    if culture == "Czech":
        return (surname[:-1] if surname.endswith("a") else surname) + "ová"
    if culture == "Polish Highlander":
        for male_end, female_end in (("ski", "ska"), ("cki", "cka")):
            if surname.endswith(male_end):
                return surname[:-3] + female_end
        return surname
    if culture == "Pontic Greek":
        if surname.endswith("opoulos"):
            return surname[:-2] + "ou"
        return surname[:-2] + "ou" if surname.endswith("is") else surname
    for male_end in ("ov", "ev", "in"):
        if surname.endswith(male_end):
            return surname + "a"
    return surname


def span(word, kind="NAME"):
    """One span per word of a (possibly multi-word) name."""
    return " ".join(f"[[{kind}:{w}]]" for w in word.split())


class Person:
    def __init__(self, rng, culture=None, sex=None, surname=None):
        self.culture = culture or rng.choice(sorted(pools.CULTURES))
        self.sex = sex or rng.choice("MF")
        male, female, surnames = names(self.culture)
        if rng.random() < 0.25:
            self.given = rng.choice(pools.WORD_GIVEN_M if self.sex == "M" else pools.WORD_GIVEN_F)
        else:
            self.given = rng.choice(male if self.sex == "M" else female)
        if surname is None:
            surname = rng.choice(pools.WORD_SURNAMES) if rng.random() < 0.2 else rng.choice(surnames)
        self.surname = surname_for_sex(self.culture, surname, self.sex)

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    @property
    def title(self):
        return "Mr." if self.sex == "M" else "Ms."

    def full(self):
        return f"{span(self.given)} {span(self.surname)}"

    def last_first(self):
        return f"{span(self.surname)}, {span(self.given)}"

    def upper(self):
        return f"{span(self.surname.upper())}, {span(self.given.upper())}"

    def lower(self):
        return f"{span(self.given.lower())} {span(self.surname.lower())}"

    def initial(self):
        return f"[[NAME:{self.given[0]}]]. {span(self.surname)}"

    def given_only(self):
        return span(self.given)

    def surname_only(self):
        return span(self.surname)

    def titled(self):
        return f"{self.title} {span(self.surname)}"

    def form(self, rng):
        return rng.choice([self.full, self.full, self.full, self.last_first, self.upper, self.lower, self.initial])()

    def email_local(self):
        return f"{self.given.lower().replace(' ', '')}.{self.surname.lower().replace(' ', '')}"


def relative(rng, person, taken):
    """A relative of the person's culture and surname whose given name differs from everyone drawn for the post."""
    for _ in range(50):
        kin = Person(rng, culture=person.culture, surname=None)
        kin.surname = surname_for_sex(person.culture, base_surname(person), kin.sex)
        if kin.given not in taken:
            return kin
    return kin


def base_surname(person):
    """The male form back from a female one is not needed: relatives keep the drawn surname's stem as stored."""
    _, _, surnames = names(person.culture)
    for s in surnames + pools.WORD_SURNAMES:
        if surname_for_sex(person.culture, s, person.sex) == person.surname:
            return s
    return person.surname
