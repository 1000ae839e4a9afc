"""People of round 46's generated posts: a culture, a sex, a given name and a surname, written in the forms
decision 285 lists (full, "Surname, Given", upper case, initial, lower case, given alone, title and surname)."""
import pools


def span(kind, value):
    return f"[[{kind}:{value}]]"


def name_words(part):
    """One NAME span per word of a name part; "_" joins the words of a multi-word part, "-" keeps one word."""
    return " ".join(span("NAME", w) for w in part.split("_"))


# Cultures whose surnames change with sex (Todorov/Todorova, Petreski/Petreska, Berzins/Berzina). The pools hold one
# form each, so the form follows the drawn person: a Bulgarian father is never "Todorova" (second reading, round 46).
GENDERED_SURNAME_CULTURES = {"Bulgarian", "Macedonian", "Chechen", "Azerbaijani", "Latvian"}
SURNAME_ENDINGS = (("ski", "ska"), ("ov", "ova"), ("ev", "eva"), ("ins", "ina"))  # (male, female)


def surname_for_sex(surname, sex):
    for male_end, female_end in SURNAME_ENDINGS:
        if sex == "M" and surname.endswith(female_end):
            return surname[:-len(female_end)] + male_end
        if sex == "F" and surname.endswith(male_end):
            return surname[:-len(male_end)] + female_end
    return surname


class Person:
    def __init__(self, rng, culture=None, sex=None, surname=None, avoid=()):
        self.culture = culture or rng.choice(sorted(pools.CULTURES))
        self.sex = sex or rng.choice("MF")
        males, females, surnames = (s.split() for s in pools.CULTURES[self.culture])
        given_pool = males if self.sex == "M" else females
        word_given = pools.WORD_GIVEN_MALE if self.sex == "M" else pools.WORD_GIVEN_FEMALE
        self.given = next(g for g in iter(lambda: rng.choice(word_given) if rng.random() < 0.25 else rng.choice(given_pool), None)
                          if g not in avoid)
        self.surname = surname or (rng.choice(pools.WORD_SURNAMES) if rng.random() < 0.2 else rng.choice(surnames))
        if self.culture in GENDERED_SURNAME_CULTURES:  # derived, no draw: other posts rebuild byte for byte
            self.surname = surname_for_sex(self.surname, self.sex)

    @property
    def plain_given(self):
        return self.given.replace("_", " ")

    @property
    def plain_surname(self):
        return self.surname.replace("_", " ")

    def full(self):
        return f"{name_words(self.given)} {name_words(self.surname)}"

    def comma(self):
        return f"{name_words(self.surname)}, {name_words(self.given)}"

    def upper_comma(self):
        return f"{name_words(self.surname.upper())}, {name_words(self.given.upper())}"

    def initial(self):
        return f"{span('NAME', self.given[0])}. {name_words(self.surname)}"

    def lower(self):
        return f"{name_words(self.given.lower())} {name_words(self.surname.lower())}"

    def given_only(self):
        return name_words(self.given)

    def surname_only(self):
        return name_words(self.surname)

    def titled(self, title):
        return f"{title} {name_words(self.surname)}"

    def any_form(self, rng):
        form = rng.choice([self.full, self.full, self.comma, self.upper_comma, self.initial, self.lower])
        return form()

    def pronoun(self):
        return "he" if self.sex == "M" else "she"

    def possessive(self):
        return "his" if self.sex == "M" else "her"

    def email(self, rng, domain):
        """An e-mail from the person's own name, accents and spaces dropped."""
        import unicodedata
        def ascii_word(s):
            s = unicodedata.normalize("NFKD", s.replace("_", "").replace("-", "").replace("'", ""))
            return "".join(c for c in s if c.isascii()).lower()
        g, s = ascii_word(self.given), ascii_word(self.surname)
        local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}{g[0]}", f"{g}_{s}{rng.randint(1, 99)}"])
        return span("EMAIL", f"{local}@{domain}")
