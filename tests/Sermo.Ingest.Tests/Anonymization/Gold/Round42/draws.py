"""Fresh draws for one generated post of round 42 (decision 261): a dict that draws a value the first time a template
asks for a field. "{p_full}" is the patient's name, "{k_given}" a relative's, "{d_sur}" another person's (any single
letter before "_" is a person; "k" is the patient's kin); "{phone2}" is a second, separate phone."""
import re
import string

import people
import pools

MONTHS = "January February March April May June July August September October November December".split()
AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety three", 94: "ninety-four", 95: "ninety-five",
             96: "ninety six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine", 100: "a hundred",
             101: "a hundred and one", 102: "one hundred two", 103: "a hundred and three"}
PERSON_FORMS = {"full": "full", "sf": "surname_first", "upsf": "upper_surname_first", "init": "initial", "low": "lower",
                "given": "given", "sur": "surname", "glow": "given_lower"}


def wrap(kind, value):
    return f"[[{kind}:{value}]]"


def place(value):
    """A pool entry as a LOCATION: entries already marked up stay as typed; a leading "the" stays outside."""
    if "[[" in value:
        return value
    if value.startswith("the "):
        return "the " + wrap("LOCATION", value[4:])
    return wrap("LOCATION", value)


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def us_phone(rng):
    area = f"{rng.randint(2, 9)}{digits(rng, 2)}"
    exchange = f"{rng.randint(2, 9)}{digits(rng, 2)}"
    line = digits(rng, 4)
    shape = rng.randrange(6)
    return [f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}", f"{area}.{exchange}.{line}",
            f"{area} {exchange} {line}", f"+1 {area}-{exchange}-{line}", f"{area}{exchange}{line}"][shape]


class Fill(dict):
    def __init__(self, rng):
        super().__init__()
        self.rng = rng
        self.persons = {}

    def person(self, role):
        if role not in self.persons:
            self.persons[role] = self.person("p").kin(self.rng) if role == "k" else people.Person(self.rng)
        return self.persons[role]

    def __missing__(self, key):
        match = re.fullmatch(r"([a-z])_([a-z]+)", key)
        if key == "k_noun":
            value = self.person("k").noun
        elif match and match[2] == "email":
            value = self.email_of(self.person(match[1]))
        elif match:
            value = getattr(self.person(match[1]), PERSON_FORMS[match[2]])()
        elif key in ("he", "He", "his", "His", "him", "sexletter", "man", "guy"):
            value = self.person("p").pronouns()[key]
        else:
            value = getattr(self, "draw_" + key.rstrip("0123456789"))()
        self[key] = value
        return value

    # Numbers and dates ---------------------------------------------------------------------------------------------
    def draw_phone(self):
        return wrap("PHONE", us_phone(self.rng))

    def draw_ext(self):
        return self.rng.choice(["ext ", "x", "ext. ", "extension "]) + wrap("PHONE", digits(self.rng, 4))

    def draw_date(self):
        r = self.rng
        m, d, y = r.randint(1, 12), r.randint(1, 28), r.choice([2024, 2025, 2026])
        shapes = [f"{m}/{d}/{y % 100:02d}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}",
                  f"{MONTHS[m - 1][:3]} {d}, {y}", f"{d} {MONTHS[m - 1][:3]} {y}", f"{m}/{d}", f"{m}-{d}-{y % 100:02d}"]
        return wrap("DATE", r.choice(shapes))

    def draw_dob(self):
        r = self.rng
        m, d, y = r.randint(1, 12), r.randint(1, 28), r.randint(1940, 2001)
        return wrap("DATE", r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}"]))

    def draw_age(self):
        r, age = self.rng, self.rng.randint(90, 103)
        sex = self.person("p").sex
        shapes = [f"{wrap('AGE', age)}yo", f"{wrap('AGE', age)}{sex}", f"{wrap('AGE', age)} y/o", f"{wrap('AGE', age)} year old",
                  f"{wrap('AGE', AGE_WORDS[age])} year old", f"{wrap('AGE', age)}-year-old", f"{wrap('AGE', age)}yo{sex}"]
        return r.choice(shapes)

    def draw_age_bare(self):
        age = self.rng.randint(90, 103)
        return wrap("AGE", AGE_WORDS[age] if self.rng.random() < 0.4 else str(age))

    def draw_work_age(self):
        return str(self.rng.randint(22, 63))

    def draw_short_id(self):
        return wrap("ID", digits(self.rng, self.rng.randint(5, 8)))

    # Places ----------------------------------------------------------------------------------------------------
    def draw_town(self):
        pool = pools.WORD_TOWNS if self.rng.random() < 0.4 else pools.TOWNS
        return wrap("LOCATION", self.rng.choice(pool))

    def draw_town_phrase(self):
        return f"{self.rng.choice(pools.PREPOSITIONS_FOR_TOWNS)} {self.draw_town()}"

    def draw_town_low(self):
        return wrap("LOCATION", self.rng.choice(pools.TOWNS + pools.WORD_TOWNS).lower())

    def draw_county(self):
        return wrap("LOCATION", self.rng.choice(pools.COUNTIES) + " County")

    def draw_address(self):
        r = self.rng
        return wrap("LOCATION", f"{r.randint(12, 9899)} {r.choice(pools.STREETS)} {r.choice(pools.STREET_KINDS)}")

    def draw_hospital(self):
        return place(self.rng.choice(pools.HOSPITALS))

    def draw_email(self):
        return self.email_of(people.Person(self.rng))

    def email_of(self, who):
        r = self.rng
        local = r.choice([f"{who.given_plain[0]}{who.surname_plain}", f"{who.given_plain}.{who.surname_plain}",
                          f"{who.surname_plain}{digits(r, 2)}"]).lower().replace(" ", "").replace("'", "")
        domain = r.choice(pools.EMAIL_DOMAINS + ["prairieresearch.org", "lakeshorecr.com", "countyhealth.gov"])
        return wrap("EMAIL", f"{local}@{domain}")

    def __getattr__(self, name):
        if name.startswith("draw_"):
            return lambda: pick_setting(self.rng, name[5:])
        raise AttributeError(name)


def pick_setting(rng, field):
    """Setting draws kept as a table so templates.py stays text: field -> function of rng."""
    return SETTING_DRAWS[field](rng)


def _letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _military_post_office(r):
    """APO/FPO/DPO with its ZIP: AE ZIPs begin 09, AP ZIPs 96; the two letters are a "state" and stay unlabelled."""
    office, region = r.choice(["APO", "FPO", "DPO"]), r.choice(["AE", "AP"])
    zip_code = ("09" if region == "AE" else "96") + digits(r, 3)
    return f"{wrap('LOCATION', office)} {region} {wrap('LOCATION', zip_code)}"


SETTING_DRAWS = {
    "sponsor": lambda r: place(r.choice(pools.TRIAL_SPONSORS)),
    "site": lambda r: place(r.choice(pools.TRIAL_SITES)),
    "cro": lambda r: place(r.choice(pools.CROS)),
    "protocol": lambda r: wrap("ID", f"{_letters(r, 3)}-{r.randint(100, 899)}-{digits(r, 3)}"),
    "site_no": lambda r: wrap("ID", digits(r, 3) if r.random() < 0.5 else f"{digits(r, 2)}-{digits(r, 3)}"),
    "subject": lambda r: wrap("ID", f"{digits(r, 3)}-{digits(r, 4)}" if r.random() < 0.5 else f"{digits(r, 4)}{digits(r, 3)}"),
    "screen": lambda r: wrap("ID", f"SCR-{digits(r, 4)}" if r.random() < 0.5 else f"S{digits(r, 5)}"),
    "irb": lambda r: wrap("ID", f"{r.choice([2024, 2025, 2026])}-{digits(r, 4)}" if r.random() < 0.5 else f"IRB{digits(r, 8)}"),
    "zoom": lambda r: wrap("URL", r.choice([f"https://zoom.us/j/{digits(r, 11)}?pwd={_letters(r, 6).lower()}{digits(r, 2)}",
                                           f"https://doxy.me/dr{r.choice(['patel', 'okafor', 'lindqvist', 'nguyen', 'haddad'])}{digits(r, 2)}",
                                           f"https://vv.{r.choice(['mercyregional', 'sanfordhealth', 'hendrick'])}.org/room/{digits(r, 6)}"])),
    "meeting": lambda r: wrap("ID", f"{digits(r, 3)} {digits(r, 4)} {digits(r, 4)}"),
    "passcode": lambda r: wrap("ID", digits(r, 6) if r.random() < 0.5 else _letters(r, 2) + digits(r, 4)),
    "portal": lambda r: r.choice(pools.PORTALS),
    "username": lambda r: wrap("ID", r.choice(["grandma", "bigdaddy", "tigerlily", "okiedokie", "razorback", "sunshine"]) + digits(r, 2)),
    "serial": lambda r: wrap("ID", f"{_letters(r, 2)}{digits(r, 8)}" if r.random() < 0.5 else f"{digits(r, 3)}-{digits(r, 5)}-{_letters(r, 1)}"),
    "device": lambda r: r.choice(pools.DEVICE_MAKERS),
    "interp": lambda r: wrap("ID", digits(r, r.choice([5, 6]))),
    "jail": lambda r: place(r.choice(pools.JAILS)),
    "pod": lambda r: r.choice(pools.PODS),
    "inmate": lambda r: wrap("ID", digits(r, 6) if r.random() < 0.5 else f"{_letters(r, 1)}{digits(r, 5)}"),
    "booking": lambda r: wrap("ID", f"{r.choice([24, 25, 26])}-{digits(r, 6)}"),
    "cell": lambda r: wrap("ID", f"{r.randint(1, 40)}{r.choice(['', 'A', 'B', 'L', 'U'])}"),
    "case_no": lambda r: wrap("ID", f"{r.choice(['CR', 'CF', 'M'])}-{r.choice([25, 26])}-{digits(r, 5)}"),
    "shelter": lambda r: place(r.choice(pools.SHELTERS)),
    "incident": lambda r: r.choice(pools.INCIDENTS),
    "tag": lambda r: wrap("ID", f"{digits(r, 6)}" if r.random() < 0.5 else f"{_letters(r, 1)}-{digits(r, 4)}"),
    "fema": lambda r: wrap("ID", digits(r, 9)),
    "bridge": lambda r: place(r.choice(pools.BRIDGES)),
    "mission": lambda r: place(r.choice(pools.MISSIONS)),
    "street_name": lambda r: people.spans(r.choice(pools.STREET_NAMES)),
    "hmis": lambda r: wrap("ID", digits(r, r.choice([6, 7, 8]))),
    "workplace": lambda r: place(r.choice(pools.WORKPLACES)),
    "badge": lambda r: wrap("ID", digits(r, r.choice([5, 6, 7])) if r.random() < 0.6 else f"{_letters(r, 1)}{digits(r, 5)}"),
    "osha": lambda r: wrap("ID", digits(r, 7) if r.random() < 0.5 else f"{digits(r, 4)}-{digits(r, 3)}"),
    "wc_claim": lambda r: wrap("ID", f"{_letters(r, 2)}{digits(r, 9)}" if r.random() < 0.5 else f"{digits(r, 3)}-{digits(r, 6)}-{digits(r, 2)}"),
    "firm": lambda r: place(r.choice(pools.ADJUSTERS_FIRMS)),
    "unit": lambda r: place(r.choice(pools.UNITS)),
    "ship": lambda r: place(r.choice(pools.SHIPS)),
    "base": lambda r: place(r.choice(pools.BASES)),
    "rank": lambda r: r.choice(pools.RANKS),
    "apo": lambda r: (f"{wrap('LOCATION', f'PSC {r.randint(100, 999)} Box {r.randint(1000, 9999)}')}, "
                      if r.random() < 0.5 else f"{wrap('LOCATION', f'Unit {r.randint(2000, 9999)} Box {r.randint(100, 999)}')}, ")
                     + _military_post_office(r),
    "dod": lambda r: wrap("ID", digits(r, 10)),
    "va_claim": lambda r: wrap("ID", digits(r, r.choice([8, 9]))),
    "abroad": lambda r: wrap("LOCATION", r.choice(pools.CITIES_ABROAD)),
    "venue": lambda r: place(r.choice(pools.VENUES)),
    "event": lambda r: place(r.choice(pools.EVENTS)),
    "bib": lambda r: wrap("ID", str(r.randint(120, 29999))),
    "section": lambda r: wrap("ID", str(r.choice([r.randint(120, 560), r.randint(1, 89)]))),
    "row": lambda r: wrap("ID", r.choice([str(r.randint(1, 40)), _letters(r, 1), _letters(r, 2)])),
    "seat": lambda r: wrap("ID", str(r.randint(1, 30))),
    "room": lambda r: wrap("ID", str(r.randint(200, 899))),
    "ticket": lambda r: wrap("ID", f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}" if r.random() < 0.5 else digits(r, 12)),
}
