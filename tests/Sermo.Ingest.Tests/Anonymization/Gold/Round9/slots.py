"""Slot fillers for round 9's templates: each returns markup ([[TYPE:text]] identifiers, <<text>> clinical terms)."""
import random

import sources as src

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUMBER_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
                95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
                100: "one hundred", 101: "a hundred and one"}


class Slots:
    def __init__(self, rng: random.Random):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    # --- names ---
    def given(self):
        return f"[[NAME:{self.pick(src.GIVEN)}]]"

    def surname(self):
        return f"[[NAME:{self.pick(src.SURNAMES)}]]"

    def full(self):
        return f"[[NAME:{self.pick(src.GIVEN)} {self.pick(src.SURNAMES)}]]"

    def surname_first(self):
        return f"[[NAME:{self.pick(src.SURNAMES)}, {self.pick(src.GIVEN)}]]"

    def upper_surname_first(self):
        return f"[[NAME:{self.pick(src.SURNAMES).upper()}, {self.pick(src.GIVEN).upper()}]]"

    def lower_full(self):
        return f"[[NAME:{self.pick(src.GIVEN).lower()} {self.pick(src.SURNAMES).lower()}]]"

    def titled(self):
        title = self.pick(["Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Mr", "Miss", "Prof."])
        return f"{title} [[NAME:{self.pick(src.SURNAMES)}]]"

    def doctor(self):
        return f"{self.pick(['Dr.', 'Dr', 'dr.'])} [[NAME:{self.pick(src.GIVEN)} {self.pick(src.SURNAMES)}]]"

    def word_pair(self):
        first, last = self.pick(src.WORD_PAIRS)
        return f"{self.pick(['Dr.', 'Nurse', 'Mrs.', 'Ms.'])} [[NAME:{first} {last}]]"

    def nickname(self):
        first, nick, last = self.pick(src.NICKNAMES)
        return f'[[NAME:{first}]] "[[NAME:{nick}]]" [[NAME:{last}]]'

    def initials(self):
        a, b = self.r.sample("ABCDEFGHJKLMNPRSTVWYZ", 2)
        forms = [f"{a}.{b}.", f"{a}{b}", f"{a}. {b}."]
        return f"[[NAME:{self.pick(forms)}]]"

    def relative(self):
        kin = self.pick(["daughter", "son", "wife", "husband", "niece", "grandson", "sister", "brother-in-law",
                         "granddaughter", "partner", "stepmom", "nephew"])
        return f"{self.pick(['her', 'his', 'the pt’s'])} {kin} {self.given()}"

    def staff(self):
        role = self.pick(["RN", "nurse", "charge nurse", "our MA", "the CNA", "PT", "RT", "the unit clerk", "pharmacist"])
        return f"{role} {self.given()}"

    # --- ages, dates ---
    def old_age(self):
        n = self.r.randint(90, 108)
        sex = self.pick(["F", "M", "f", "m"])
        forms = [f"[[AGE:{n}]]yo", f"[[AGE:{n}]] y/o", f"[[AGE:{n}]]{sex}", f"[[AGE:{n}]]-year-old",
                 f"aged [[AGE:{n}]]", f"[[AGE:{n}]] yr old", f"{sex.upper()} [[AGE:{n}]]", f"[[AGE:{n}]] years young"]
        if n in NUMBER_WORDS:
            forms.append(f"[[AGE:{NUMBER_WORDS[n]}]]-year-old")
        return self.pick(forms)

    def young_age(self):
        # Ages up to 89 are no identifier (Safe Harbor), so they stay unlabelled.
        n = self.r.randint(19, 89)
        return self.pick([f"{n}yo", f"{n}{self.pick('MF')}", f"{n} y/o", f"{n}-year-old"])

    def date(self, year_from=2024, year_to=2026):
        y = self.r.randint(year_from, year_to)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        mon = MONTHS[m - 1]
        forms = [f"{m}/{d}/{y}", f"{m}/{d}", f"{m:02d}/{d:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
                 f"{mon} {d}, {y}", f"{mon[:3]} {d}", f"{d} {mon[:3]} {y}", f"{d}{mon[:3].upper()}{y}",
                 f"{m}.{d}.{y}", f"{mon} {d}{self.suffix(d)}", f"the {d}{self.suffix(d)} of {mon}", f"{m}-{d}-{y}"]
        return f"[[DATE:{self.pick(forms)}]]"

    def dob(self):
        return self.date(1921, 1999)

    @staticmethod
    def suffix(d):
        return "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")

    # --- contact and numbers ---
    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def phone(self, kind="PHONE"):
        a = self.pick(["907", "406", "605", "701", "307", "208", "505", "928", "435", "775", "541", "218", "270", "931"])
        p, q = f"555-{self.digits(4)}"[:3], self.digits(4)
        forms = [f"({a}) {p}-{q}", f"{a}-{p}-{q}", f"{a}.{p}.{q}", f"{a} {p} {q}", f"{a}{p}{q}"]
        return f"[[{kind}:{self.pick(forms)}]]"

    def mrn(self):
        forms = [self.digits(8), f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}", f"E{self.digits(7)}",
                 f"{self.digits(2)}-{self.digits(5)}", f"MR{self.digits(6)}", self.digits(10)]
        return f"[[MRN:{self.pick(forms)}]]"

    def email(self):
        g, s = self.pick(src.GIVEN).lower(), self.pick(src.SURNAMES).lower()
        s = "".join(c for c in s if c.isalnum())
        local = self.pick([f"{g}.{s}", f"{g[0]}{s}", f"{g}{self.digits(2)}", f"{s}.{g}{self.digits(1)}", f"{g}_{s}"])
        return f"[[EMAIL:{local}@{self.pick(src.MAIL_DOMAINS)}]]"

    def url(self):
        g, s = self.pick(src.GIVEN).lower(), "".join(c for c in self.pick(src.SURNAMES).lower() if c.isalnum())
        forms = [f"https://www.gofundme.com/f/help-{g}-{s}-heal", f"facebook.com/{g}.{s}.{self.digits(2)}",
                 f"https://caringbridge.org/visit/{g}{s}", f"www.{s}familyfuneralhome.com/obituary/{g}-{s}",
                 f"https://instagram.com/{g}_{s}_{self.digits(2)}"]
        return f"[[URL:{self.pick(forms)}]]"

    def ssn(self):
        a, b, c = self.r.randint(100, 665), self.r.randint(10, 99), self.r.randint(1000, 9999)
        forms = [f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"]
        return f"[[SSN:{self.pick(forms)}]]"

    def npi(self):
        return f"[[ID:{self.pick('12')}{self.digits(9)}]]"

    def dea(self):
        return f"[[ID:{self.pick(['A', 'B', 'F', 'M'])}{self.pick('KLMRSTW')}{self.digits(7)}]]"

    def serial(self):
        letters = "".join(self.r.choice("BHJKNQRWXZ") for _ in range(3))
        tail = self.pick("HSNR")
        forms = [f"{letters}{self.digits(6)}{tail}", f"SN-{self.digits(9)}", f"{letters}-{self.digits(5)}"]
        return f"[[DEVICE:{self.pick(forms)}]]"

    def plate(self):
        l3 = "".join(self.r.choice("BHJKNQRWXZ") for _ in range(3))
        forms = [f"{self.digits(1)}{l3}{self.digits(3)}", f"{l3}-{self.digits(4)}", f"{l3} {self.digits(3)}"]
        return f"[[PLATE:{self.pick(forms)}]]"

    def ip(self):
        return f"[[IP:{self.r.randint(11, 223)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}]]"

    # --- places ---
    def town(self):
        name, state = self.pick(src.TOWNS)
        return f"[[LOCATION:{name}]], {state}"

    def county(self):
        return f"[[LOCATION:{self.pick(src.COUNTIES)}]]"

    def foreign(self):
        return f"[[LOCATION:{self.pick(src.FOREIGN)}]]"

    def street(self):
        return f"[[ADDRESS:{self.r.randint(2, 29999)} {self.pick(src.STREETS)}]]"

    def zip(self):
        return f"[[ZIP:{self.pick(['5', '6', '8', '9', '3'])}{self.digits(4)}]]"

    def full_address(self):
        name, state = self.pick(src.TOWNS)
        return f"{self.street()}, [[LOCATION:{name}]], {state} {self.zip()}"

    def military(self):
        unit = self.pick([f"Unit {self.r.randint(2000, 9999)} Box {self.r.randint(1, 9999)}",
                          f"PSC {self.r.randint(100, 999)} Box {self.r.randint(1, 9999)}",
                          f"CMR {self.r.randint(400, 499)} Box {self.r.randint(1, 9999)}"])
        tail, zipcode = self.pick([("APO AE", f"09{self.digits(3)}"), ("FPO AP", f"963{self.digits(2)}"),
                                   ("APO AP", f"962{self.digits(2)}"), ("FPO AE", f"095{self.digits(2)}"),
                                   ("DPO AE", f"098{self.digits(2)}")])
        return f"[[ADDRESS:{unit}]], {tail} [[ZIP:{zipcode}]]"

    # --- clinical words ---
    def term(self, pool):
        return f"<<{self.pick(pool)}>>"

    def dx(self):
        return self.term(src.CLINICAL)

    def drug(self):
        return self.term(src.DRUGS)

    def proc(self):
        return self.term(src.PROCEDURES)

    def score(self):
        return self.term(src.SCORES)

    def trial(self):
        return self.term(src.TRIALS)
