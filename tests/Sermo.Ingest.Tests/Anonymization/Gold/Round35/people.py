"""Drawing people for round 35's generated posts: a name in one of several written forms, pronouns and relatives that
fit the person's sex (decision 216)."""
import pools

RELATIVES_OF = {"M": ["wife", "daughter", "son", "sister", "brother", "mom", "dad"],
                "F": ["husband", "daughter", "son", "sister", "brother", "mom", "dad"]}
SEX_OF_RELATIVE = {"wife": "F", "husband": "M", "daughter": "F", "son": "M", "sister": "F", "brother": "M",
                   "mom": "F", "dad": "M"}


def span(word):
    """One NAME span per word of a name ("Lo_Bianco" is two)."""
    return " ".join(f"[[NAME:{w}]]" for w in word.split("_"))


def surname_for(raw, sex):
    masculine, _, feminine = raw.partition("/")
    return feminine if sex == "F" and feminine else masculine


def draw(rng, sex=None, word_share=0.3):
    sex = sex or rng.choice("MF")
    culture = rng.choice(sorted(pools.CULTURES))
    men, women, surnames = pools.CULTURES[culture]
    given = rng.choice((men if sex == "M" else women).split())
    surname = surname_for(rng.choice(surnames.split()), sex)
    if rng.random() < word_share:
        given = rng.choice(pools.WORD_GIVEN_M if sex == "M" else pools.WORD_GIVEN_F)
    if rng.random() < word_share:
        surname = rng.choice(pools.WORD_SURNAMES)
    return {"sex": sex, "culture": culture, "given": given, "surname": surname,
            "he": "he" if sex == "M" else "she", "his": "his" if sex == "M" else "her",
            "him": "him" if sex == "M" else "her"}


def written(rng, person):
    """The person's name as a physician might type it: full, "Surname, Given", initial, nickname, lower case."""
    g, s = person["given"], person["surname"]
    form = rng.randrange(7)
    if form == 0:
        return f"{span(s)}, {span(g)}"
    if form == 1:
        return f"[[NAME:{g[0]}]]. {span(s)}"
    if form == 2:
        nick = rng.choice(pools.NICKNAMES_M if person["sex"] == "M" else pools.NICKNAMES_F)
        return f"{span(g)} \"{span(nick)}\" {span(s)}"
    if form == 3:
        return f"{span(g.lower())} {span(s.lower())}"
    if form == 4:
        return f"{span(s.upper())}, {span(g)}"
    return f"{span(g)} {span(s)}"


def relative(rng, person):
    """A relative noun that fits the person's sex and that relative's own drawn given name (never the person's)."""
    noun = rng.choice(RELATIVES_OF[person["sex"]])
    other = draw(rng, SEX_OF_RELATIVE[noun], word_share=0.25)
    while other["given"] == person["given"]:
        other = draw(rng, SEX_OF_RELATIVE[noun], word_share=0.25)
    return noun, other
