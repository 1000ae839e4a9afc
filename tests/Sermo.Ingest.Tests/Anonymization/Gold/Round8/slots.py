"""Slot writers of the round-8 generator: each returns gold markup for one identifier or clinical term."""

import random

from sources import (COUNTIES, DRUGS, EPONYMS, GIVEN, LABS, NAME_LIKE_DRUGS, NICKNAMES, PARTICLE_SURNAME,  # noqa: F401
                     PLACE_DISEASES, PROBLEMS, RELATIVES, STAFF, STREETS, SURNAME, TOWNS, WORD_GIVEN, WORD_SURNAME)

R = random.Random(8056)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
         96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine", 100: "one hundred",
         101: "a hundred and one", 102: "a hundred and two"}


def pick(xs):
    return R.choice(xs)


def given():
    roll = R.random()
    if roll < 0.22:
        return pick(WORD_GIVEN)
    return pick(GIVEN[pick(sorted(GIVEN))])


def surname():
    roll = R.random()
    if roll < 0.18:
        return pick(WORD_SURNAME)
    if roll < 0.33:
        return pick(PARTICLE_SURNAME)
    return pick(SURNAME[pick(sorted(SURNAME))])


def N(text):
    return f"[[NAME:{text}]]"


def T(text):
    return f"<<{text}>>"


def I(kind, text):
    return f"[[{kind}:{text}]]"


def drug():
    return T(pick(DRUGS))


def problem():
    return T(pick(PROBLEMS))


def eponym():
    return T(pick(EPONYMS))


def lab():
    return T(pick(LABS))


def age():
    a = R.randint(90, 104)
    forms = [f"{I('AGE', str(a))}yo", f"{I('AGE', str(a))} y/o", f"a {I('AGE', str(a))}-year-old",
             f"age {I('AGE', str(a))}", f"{I('AGE', str(a))}F", f"{I('AGE', str(a))}M", f"F/{I('AGE', str(a))}",
             f"{I('AGE', WORDS[min(a, 102)])} years old", f"{I('AGE', str(a))} years of age",
             f"({I('AGE', str(a))})"]
    return pick(forms)


def date():
    """A visit, admission or follow-up date (recent years), in the many ways physicians write one."""
    y, m, d = R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28)
    yy = y % 100
    forms = [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{yy:02d}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}",
             f"{MONTHS[m - 1]} {d}, {y}", f"{SHORT[m - 1]}{'' if m == 5 else '.'} {d}", f"{d}-{SHORT[m - 1]}-{yy:02d}",
             f"{m}.{d}.{yy:02d}", f"{MONTHS[m - 1]} {d}{suffix(d)}", f"{d}{suffix(d)} of {MONTHS[m - 1]}",
             f"{d:02d}{SHORT[m - 1][:3].upper()}{y}", f"{m}/{d}"]
    form = pick(forms)
    # "the" is no part of the date: a scrubber that leaves it has leaked nothing.
    return ("the " if " of " in form else "") + I("DATE", form)


def dob():
    """A date of birth of someone over 89, always with its year."""
    y, m, d = R.randint(1921, 1935), R.randint(1, 12), R.randint(1, 28)
    yy = y % 100
    forms = [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{yy:02d}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}",
             f"{MONTHS[m - 1]} {d}, {y}", f"{SHORT[m - 1]}{'' if m == 5 else '.'} {d} {y}", f"{d}-{SHORT[m - 1]}-{yy:02d}",
             f"{m}.{d}.{y}", f"{d:02d}{SHORT[m - 1][:3].upper()}{y}", f"{m:02d}{d:02d}{y}"]
    return I("DATE", pick(forms))


def suffix(d):
    if d in (1, 21):
        return "st"
    if d in (2, 22):
        return "nd"
    if d in (3, 23):
        return "rd"
    return "th"


def town():
    t, s = pick(TOWNS)
    return t, s


def phone():
    a, b, c = R.randint(201, 989), R.randint(212, 987), R.randint(1000, 9999)
    roll = R.random()
    # The country code "+1" or trunk "1-" identifies no one, so it stays outside the label (second reader's fix).
    if roll < 0.12:
        return "+1 " + I("PHONE", f"{a} {b} {c}")
    if roll < 0.22:
        return "1-" + I("PHONE", f"{a}-{b}-{c}")
    return I("PHONE", pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}"]))


def mrn():
    forms = [f"MRN {I('MRN', str(R.randint(1000000, 99999999)))}",
             f"MR# {I('MRN', str(R.randint(100000, 9999999)))}",
             f"med rec no. {I('MRN', f'{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}')}",
             f"chart #{I('MRN', str(R.randint(400000, 899999)))}",
             f"acct {I('ACCOUNT', str(R.randint(10 ** 9, 10 ** 10 - 1)))}",
             f"HAR {I('ACCOUNT', str(R.randint(10 ** 8, 10 ** 9 - 1)))}",
             f"FIN {I('ACCOUNT', str(R.randint(10 ** 7, 10 ** 8 - 1)))}",
             f"member ID {I('ACCOUNT', 'X' + pick('QWZKT') + str(R.randint(10 ** 8, 10 ** 9 - 1)))}"]
    return pick(forms)


def ssn():
    a, b, c = R.randint(100, 665), R.randint(10, 99), R.randint(1000, 9999)
    return pick([f"SSN {I('SSN', f'{a}-{b}-{c}')}", f"ss# {I('SSN', f'{a} {b} {c}')}",
                 f"social {I('SSN', f'{a}{b}{c}')}", f"last 4 of SSN {I('SSN', str(c))}"])


def email(g, s):
    local = (g.split()[0] + "." + s.replace(" ", "").replace("'", "")).lower()
    host = pick(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "att.net", "frontiernet.net"])
    return I("EMAIL", f"{local}{R.randint(1, 99)}@{host}")


def url(g, s):
    slug = (g.split()[0] + s.replace(" ", "").replace("'", "")).lower()
    return I("URL", pick([f"www.caringbridge.org/visit/{slug}", f"https://www.gofundme.com/f/help-{slug}",
                          f"legacy.com/us/obituaries/name/{slug}-obituary", f"facebook.com/{slug}.{R.randint(1, 99)}"]))


def ip():
    return I("IP", pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                         f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                         f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"]))


def serial():
    letters = "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    return I("DEVICE", pick([f"{letters}{R.randint(100000, 999999)}{R.choice('HSNR')}",
                             f"SN{R.randint(10 ** 7, 10 ** 8 - 1)}", f"{letters}-{R.randint(1000, 9999)}-{R.randint(10, 99)}"]))


def plate():
    letters = "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    return I("PLATE", pick([f"{R.randint(1, 9)}{letters}{R.randint(100, 999)}", f"{letters}-{R.randint(1000, 9999)}",
                            f"{letters} {R.randint(100, 999)}"]))


def military():
    ship = pick(["Tarawa", "Mesa Verde", "Kidd", "Halsey"])
    return pick([f"{I('ADDRESS', f'PSC {R.randint(100, 9999)}, Box {R.randint(1, 9999)}')}, APO AE {I('ZIP', f'09{R.randint(100, 999)}')}",
                 f"{I('ADDRESS', f'Unit {R.randint(1000, 99999)} Box {R.randint(1, 999)}')}, DPO AP {I('ZIP', f'96{R.randint(200, 699)}')}",
                 f"{I('ADDRESS', f'CMR {R.randint(100, 999)} Box {R.randint(1000, 9999)}')}, APO AE {I('ZIP', f'09{R.randint(100, 999)}')}",
                 f"{I('ADDRESS', 'USS ' + ship)}, FPO AP {I('ZIP', f'96{R.randint(200, 699)}-{R.randint(1000, 9999)}')}"])


def street():
    return I("ADDRESS", f"{R.randint(2, 9899)} {pick(STREETS)}")


def zipcode():
    return I("ZIP", f"{R.randint(10000, 99950):05d}")


def fullname():
    return f"{given()} {surname()}"


def age_spoken():
    """An age said in a sentence ("is 94", "is ninety-four", "is 94 years old"), never a chart shorthand."""
    a = R.randint(90, 102)
    return pick([I("AGE", str(a)), I("AGE", WORDS[a]), f"{I('AGE', str(a))} years old", f"{I('AGE', WORDS[a])}"])
