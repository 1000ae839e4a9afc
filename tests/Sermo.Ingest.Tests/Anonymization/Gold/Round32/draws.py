"""Fresh values for one generated post of round 32: every value already in gold markup, one dictionary per post."""
import string
import pools
from people import Person, relative

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third"]
TENS = {90: "ninety", 100: "a hundred"}
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng, n):
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _suffix(day):
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def date(rng):
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(2019, 2026)
    shape = rng.randrange(12)
    value = [f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m:02d}.{y}", f"{MONTHS[m - 1]} {d}, {y}",
             f"{d} {MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1][:3]}{'' if m == 5 else '.'} {d}", f"{MONTHS[m - 1].lower()} {d}",
             f"{d}{_suffix(d)} of {MONTHS[m - 1]}", f"{MONTHS[m - 1][:3]} {d}{_suffix(d)}", f"{m}-{d}-{y}",
             f"{MONTHS[m - 1].lower()} {ORDINAL_WORDS[d - 1] if d <= 23 else str(d) + _suffix(d)}",
             f"{d}/{m}/{y}"][shape]
    return f"[[DATE:{value}]]"


def age(rng, person):
    n = rng.randint(90, 104)
    word = TENS[90] + ("-" + UNITS[n - 90] if n % 10 else "") if n < 100 else TENS[100] + (" and " + UNITS[n - 100] if n > 100 else "")
    shape = rng.randrange(8)
    return [f"[[AGE:{n}]] y/o", f"[[AGE:{n}]]yo", f"[[AGE:{n}]]{person.sex}", f"[[AGE:{word}]] year old",
            f"[[AGE:{n}]]-year-old", f"age [[AGE:{n}]]", f"[[AGE:{n}]] yrs", f"[[AGE:{n}]] y.o."][shape]


def phone(rng):
    shape = rng.randrange(6)
    return "[[PHONE:" + [f"({_digits(rng, 3)}) {_digits(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 4)}",
                         f"+1 907 {_digits(rng, 3)} {_digits(rng, 4)}", f"+52 998 {_digits(rng, 3)} {_digits(rng, 4)}",
                         f"+66 2 {_digits(rng, 3)} {_digits(rng, 4)}", f"+90 212 {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}"][shape] + "]]"


def ident(rng, shape):
    """An id value in one of several shapes; shape picks the family (employee, claim, serial...)."""
    shapes = {
        "emp": [f"E{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"AMZ-{_digits(rng, 5)}", f"{_letters(rng, 2)}{_digits(rng, 4)}"],
        "badge": [f"{_digits(rng, 4)}", f"B-{_digits(rng, 3)}", f"#{_digits(rng, 5)}"],
        "claim": [f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 5)}", f"CLM{_digits(rng, 9)}", f"{_letters(rng, 1)}{_digits(rng, 10)}"],
        "ref": [f"{_letters(rng, 3)}{_digits(rng, 6)}", f"{_digits(rng, 8)}", f"PA-{_digits(rng, 4)}-{_letters(rng, 2)}"],
        "member": [f"{_letters(rng, 3)}{_digits(rng, 9)}", f"W{_digits(rng, 8)}", f"{_digits(rng, 9)}-01"],
        "serial": [f"SN {_letters(rng, 3)}{_digits(rng, 6)}", f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}", f"PJN{_digits(rng, 6)}H"],
        "lot": [f"{_letters(rng, 2)}{_digits(rng, 4)}", f"{_digits(rng, 6)}A", f"L{_digits(rng, 5)}-{_digits(rng, 2)}"],
        "mrn": [f"{_digits(rng, 8)}", f"MR{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}"],
        "flight": [f"7H {_digits(rng, 3)}", f"GV{_digits(rng, 3)}", f"flt {_digits(rng, 4)}"],
        "vessel_reg": [f"AK {_digits(rng, 4)} {_letters(rng, 2)}", f"USCG {_digits(rng, 6)}", f"WN-{_digits(rng, 4)}-{_letters(rng, 2)}"],
        "court": [f"{_digits(rng, 2)}-PR-{_digits(rng, 5)}", f"PR{_digits(rng, 4)}-{_digits(rng, 3)}", f"3AN-{_digits(rng, 2)}-{_digits(rng, 5)}PR"],
        "order": [f"{_digits(rng, 4)}DV{_digits(rng, 4)}", f"PO-{_digits(rng, 2)}-{_digits(rng, 4)}", f"DVPO {_digits(rng, 6)}"],
        "study": [f"SCR-{_digits(rng, 3)}-{_digits(rng, 3)}", f"{_letters(rng, 3)}{_digits(rng, 3)}", f"{_digits(rng, 2)}-{_digits(rng, 4)}"],
        "applicant": [f"AAMC {_digits(rng, 8)}", f"#{_digits(rng, 7)}", f"APP-{_digits(rng, 5)}"],
        "placement": [f"P{_digits(rng, 7)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}", f"FC{_digits(rng, 6)}"],
        "small": [f"{rng.randint(1, 89)}", f"{rng.randint(120, 899)}"],
        "room": [f"{rng.randint(120, 489)}", f"{rng.randint(2, 9)}{_letters(rng, 1)}", f"{rng.randint(1100, 1890)}"],
    }
    return f"[[ID:{rng.choice(shapes[shape])}]]"


def handle(rng, person):
    base = (person.given.split(" ")[0] + rng.choice(["_", ".", ""]) + rng.choice(["rn", "mom", "life", _digits(rng, 2), "907", "strong"]))
    return "[[ID:@" + base.encode("ascii", "ignore").decode().lower() + "]]"


def email(rng, person):
    user = (person.given.split(" ")[0] + "." + person.surname.replace(" ", "")).encode("ascii", "ignore").decode().lower()
    return f"[[EMAIL:{user}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com'])}]]"


def url(rng):
    slug = rng.choice(["groups/", "p/", "watch?v=", "r/", "share/"]) + _letters(rng, 4).lower() + _digits(rng, 5)
    return f"[[URL:https://www.{rng.choice(['facebook.com', 'instagram.com', 'tiktok.com', 'reddit.com', 'youtube.com'])}/{slug}]]"


def loc(value):
    return f"[[LOCATION:{value}]]"


def draw(rng):
    p = Person(rng)
    old = Person(rng)
    r, rn = relative(rng, p)
    ro, rno = relative(rng, old, old=True)
    staff = [Person(rng) for _ in range(3)]
    w = Person(rng, word_names=True)
    d = {"p": p, "r": r, "rn": rn, "old": old, "ro": ro, "rno": rno, "s1": staff[0], "s2": staff[1], "s3": staff[2], "w": w,
         "term": f"<<{rng.choice(pools.TERMS)}>>", "work_term": f"<<{rng.choice(pools.WORK_TERMS)}>>",
         "kid_term": f"<<{rng.choice(pools.KID_TERMS)}>>", "old_term": f"<<{rng.choice(pools.OLD_TERMS)}>>", "date": date(rng), "date2": date(rng), "age": age(rng, old),
         "phone": phone(rng), "phone2": phone(rng), "handle": handle(rng, p), "email": email(rng, staff[0]), "email2": email(rng, staff[1]), "r_email": email(rng, r), "url": url(rng),
         "num": rng.choice([str(rng.randint(20, 89)), str(rng.randint(2, 9) * 10 + rng.randint(0, 9))]),
         "yrs": str(rng.randint(19, 78))}
    for key, pool in [("town", "TOWNS"), ("town2", "TOWNS"), ("village", "AK_VILLAGES"), ("hub", "AK_HUBS"), ("county", "COUNTIES"), ("street", "STREETS"),
                      ("abroad", "ABROAD"), ("clinic_abroad", "CLINICS_ABROAD"), ("employer", "EMPLOYERS"),
                      ("site", "SITES"), ("ranch", "RANCHES"), ("camp", "CAMPS"), ("vessel", "VESSELS"),
                      ("team", "TEAMS"), ("venue", "VENUES"), ("festival", "FESTIVALS"), ("stage", "STAGES"),
                      ("insurer", "INSURERS"), ("funeral", "FUNERAL_HOMES"), ("hospice", "HOSPICES"),
                      ("shelter", "SHELTERS"), ("agency", "FOSTER_AGENCIES"), ("school", "SCHOOLS"),
                      ("group", "GROUPS"), ("event", "SPORTS_EVENTS")]:
        value = rng.choice(getattr(pools, pool))
        d[key] = ("the " + loc(value[4:])) if value.startswith("the ") else loc(value)
    d["airline"] = rng.choice(pools.AIRLINES_BUSH)  # a carrier the patient flies on is unlabelled (decision 193)
    hotel = rng.choice(pools.HOTELS)
    d["hotel"] = ("the " + loc(hotel[4:])) if hotel.startswith("the ") else loc(hotel)
    for key in ["emp", "badge", "claim", "ref", "member", "serial", "lot", "mrn", "flight", "vessel_reg", "court", "order",
                "study", "applicant", "placement", "small", "room"]:
        d[key] = ident(rng, key)
    d["small2"] = ident(rng, "small")
    d["addr_no"] = f"[[LOCATION:{rng.randint(12, 9890)} {rng.choice(pools.STREETS)}]]"
    return d
