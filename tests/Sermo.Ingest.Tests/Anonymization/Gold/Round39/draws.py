"""One dict of fresh draws per generated post (decision 239): people, places, numbers, dates, phones, e-mails and
clinical words, each already in markup. Numbers follow no real check digit; phones keep area codes and exchanges 2-9."""
import people
import pools

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AGE_WORDS = ["ninety", "ninety-one", "ninety-two", "ninety-four", "ninety-six", "ninety-eight", "a hundred",
             "one hundred and one", "a hundred and three", "ninety nine"]
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice(LETTERS) for _ in range(n))


def one(kind, value):
    return f"[[{kind}:{value}]]"


def place(name):
    return one("LOCATION", name)


def site(name):
    """A job site's name is its LOCATION; a lower-case head noun after it ("bypass", "wind farm") stays outside, as
    decision 216 writes a lower-case head noun after a facility's name."""
    words = name.split(" ")
    named = len(words)
    while named > 1 and words[named - 1].islower():
        named -= 1
    return " ".join([place(" ".join(words[:named]))] + words[named:])


def phone(rng):
    a, e, n = f"{rng.randrange(2, 10)}{digits(rng, 2)}", f"{rng.randrange(2, 10)}{digits(rng, 2)}", digits(rng, 4)
    shape = rng.randrange(5)
    text = [f"({a}) {e}-{n}", f"{a}.{e}.{n}", f"{a}/{e}-{n}", f"1-{a}-{e}-{n}", f"+1 {a} {e} {n}"][shape]
    return one("PHONE", text)


def phone_abroad(rng):
    return one("PHONE", rng.choice([f"+52 987 {digits(rng, 3)} {digits(rng, 4)}", f"+351 21 {digits(rng, 3)} {digits(rng, 4)}",
                                    f"+66 53 {digits(rng, 3)} {digits(rng, 3)}", f"+254 7{digits(rng, 2)} {digits(rng, 6)}",
                                    f"+81 75-{digits(rng, 3)}-{digits(rng, 4)}", f"+385 20 {digits(rng, 3)} {digits(rng, 3)}"]))


def date(rng):
    y, m, d = rng.randrange(2019, 2027), rng.randrange(1, 13), rng.randrange(1, 29)
    shape = rng.randrange(8)
    return one("DATE", [f"{m}/{d}/{y}", f"{y}.{m:02d}.{d:02d}", f"{d}-{MONTHS[m - 1][:3]}-{y}", f"{MONTHS[m - 1]} {d}",
                        f"{d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'} of {MONTHS[m - 1]}",
                        f"{MONTHS[m - 1][:3].upper()} {d} {y}", f"{m}.{d}.{str(y)[2:]}", f"{d:02d}{MONTHS[m - 1][:3].upper()}{str(y)[2:]}"][shape])


def birth_date(rng):
    y, m, d = rng.randrange(1919, 1935), rng.randrange(1, 13), rng.randrange(1, 29)
    return one("DATE", rng.choice([f"{m}/{d}/{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}"]))


def age(rng):
    n = rng.randrange(90, 107)
    return one("AGE", rng.choice([str(n), str(n), f"{n}"]))


def draw(rng):
    p = people.Person(rng)
    c = people.Person(rng)
    w = people.Person(rng)
    kin, r = people.relative(rng, p)
    city, street = rng.choice(pools.CITIES_ABROAD)
    handle = rng.choice(["", "_", "."]).join([p.given.split()[0].lower(), digits(rng, 2)])
    user = f"{p.given.split()[0].lower()}.{p.surname.split()[-1].lower()}"
    return {
        "P": p.form(), "PF": p.full(), "PG": p.given_only(), "PS": p.surname_only(), "PL": people.spans(p.given.lower()),
        "C": c.full(), "CT": c.titled(), "CS": c.surname_only(), "W": w.full(), "WG": w.given_only(), "WF": w.form(),
        "K": kin, "R": r.full(), "RG": r.given_only(),
        "AGE": age(rng), "AGEW": one("AGE", rng.choice(AGE_WORDS)), "DOB": birth_date(rng),
        "D1": date(rng), "D2": date(rng), "MONTH": one("DATE", rng.choice(MONTHS)), "YEAR": one("DATE", str(rng.randrange(1938, 1960))),
        "PHONE": phone(rng), "PHONE2": phone(rng), "PHONEX": phone_abroad(rng),
        "EMAIL": one("EMAIL", f"{user}@{rng.choice(['gmail.com', 'outlook.com', 'proton.me', 'icloud.com', 'yahoo.com'])}"),
        "EDU": one("EMAIL", f"{user}@{rng.choice(['purdue.edu', 'tulane.edu', 'rice.edu', 'gonzaga.edu'])}"),
        "URL": one("URL", rng.choice([f"gofundme.com/f/help-the-{p.surname.split()[-1].lower()}-family",
                                      f"www.{p.surname.split()[-1].lower()}familytree.org", f"linktr.ee/{handle}"])),
        "MRN": one("ID", digits(rng, rng.choice([7, 8, 9]))),
        "STU": one("ID", rng.choice([f"U{digits(rng, 8)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}", f"A{digits(rng, 7)}"])),
        "EMP": one("ID", rng.choice([f"E{digits(rng, 6)}", f"{digits(rng, 6)}", f"{letters(rng, 2)}{digits(rng, 5)}"])),
        "ROOM": one("ID", rng.choice([f"{rng.randrange(1, 9)}{digits(rng, 2)}", f"{rng.randrange(1, 9)}{digits(rng, 2)}{rng.choice('ABCD')}", f"B-{digits(rng, 3)}"])),
        "IRB": one("ID", rng.choice([f"IRB-{rng.randrange(2019, 2027)}-{digits(rng, 4)}", f"STUDY{digits(rng, 8)}", f"{digits(rng, 2)}-{digits(rng, 6)}"])),
        "SAMPLE": one("ID", rng.choice([f"{letters(rng, 2)}-{digits(rng, 3)}-{rng.choice(['B', 'P', 'S'])}{digits(rng, 2)}", f"NB{digits(rng, 2)}/p.{rng.randrange(10, 200)}", f"S{digits(rng, 5)}"])),
        "CASE": one("ID", rng.choice([f"ME{rng.randrange(19, 27)}-{digits(rng, 5)}", f"{rng.randrange(2019, 2027)}-{digits(rng, 4)}", f"C-{digits(rng, 6)}"])),
        "UNOS": one("ID", f"{letters(rng, 3)}{digits(rng, 3)}"),
        "ACCT": one("ID", rng.choice([f"xxxx{digits(rng, 4)}", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}", f"{digits(rng, 10)}"])),
        "INV": one("ID", rng.choice([f"INV-{digits(rng, 7)}", f"{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 6)}"])),
        "CLAIM": one("ID", rng.choice([f"{digits(rng, 4)}{letters(rng, 2)}{digits(rng, 5)}", f"CLM{digits(rng, 9)}"])),
        "ROUTING": one("ID", f"0{rng.randrange(1, 4)}{digits(rng, 7)}"),
        "COLL": one("ID", rng.choice([f"{digits(rng, 8)}-{digits(rng, 2)}", f"PR{digits(rng, 8)}"])),
        "DRIVER": one("ID", rng.choice([f"{letters(rng, 1)}{digits(rng, 7)}", f"DX-{digits(rng, 5)}"])),
        "PLATE": one("ID", rng.choice([f"{digits(rng, 1)}{letters(rng, 3)}{digits(rng, 3)}", f"{letters(rng, 3)}-{digits(rng, 4)}", f"{letters(rng, 2)} {digits(rng, 5)}"])),
        "HANDLE": one("ID", f"@{handle}"),
        "KIT": one("ID", rng.choice([f"{letters(rng, 1)}{digits(rng, 6)}", f"{letters(rng, 2)}{digits(rng, 4)}{letters(rng, 2)}", f"{digits(rng, 12)}"])),
        "ACC": one("ID", rng.choice([f"{letters(rng, 2)}{rng.randrange(19, 27)}-{digits(rng, 6)}", f"{digits(rng, 7)}"])),
        "CABIN": one("ID", rng.choice([f"{rng.randrange(4, 16)}{digits(rng, 3)}", f"{rng.choice('ABCDE')}{digits(rng, 3)}"])),
        "BOOK": one("ID", f"{letters(rng, 3)}{digits(rng, 1)}{letters(rng, 2)}"),
        "GATE": one("ID", f"{rng.choice('ABCDKT')}{rng.randrange(1, 50)}"),
        "SEAT": one("ID", f"{rng.randrange(2, 44)}{rng.choice('ABCDEF')}"),
        "FLIGHT": one("ID", f"{rng.choice(['DL', 'UA', 'AA', 'WN', 'KL', 'BA'])}{rng.randrange(100, 3000)}"),
        "PASS": one("ID", rng.choice([f"{digits(rng, 9)}", f"{letters(rng, 1)}{digits(rng, 8)}"])),
        "TROOP": one("ID", str(rng.randrange(11, 999))),
        "CABINNO": one("ID", str(rng.randrange(2, 30))),
        "TEAM": one("ID", str(rng.randrange(2, 99))),
        "JOB": one("ID", rng.choice([f"J-{digits(rng, 5)}", f"{digits(rng, 2)}-{digits(rng, 4)}-{letters(rng, 1)}"])),
        "PERMIT": one("ID", rng.choice([f"BP{rng.randrange(2019, 2027)}-{digits(rng, 5)}", f"{digits(rng, 3)}-{digits(rng, 6)}"])),
        "BADGE": one("ID", digits(rng, 5)),
        "CHURCH": place(rng.choice(pools.CHURCHES)), "MOSQUE": place(rng.choice(pools.MOSQUES)),
        "SYN": place(rng.choice(pools.SYNAGOGUES)), "TEMPLE": place(rng.choice(pools.TEMPLES)),
        "COLONY": place(rng.choice(pools.COLONIES)), "AMISH": place(rng.choice(pools.AMISH_PLACES)),
        "HALL": place(rng.choice(pools.CAMPUSES)), "UNI": place(rng.choice(pools.UNIVERSITIES)),
        "FH": place(rng.choice(pools.FUNERAL_HOMES)), "BANK": place(rng.choice(pools.BANKS)),
        "AGENCY": place(rng.choice(pools.AGENCIES)), "APP": place(rng.choice(pools.GIG_APPS)),
        "LAB": place(rng.choice(pools.LABS)), "SHIP": place(rng.choice(pools.SHIPS)),
        "AIRPORT": place(rng.choice(pools.AIRPORTS)), "TERMINAL": place(rng.choice(pools.TERMINALS)),
        "CITYX": place(city), "STREETX": place(street),
        "CAMP": place(rng.choice(pools.CAMPS)), "SITE": site(rng.choice(pools.SITES)),
        "CONTRACTOR": place(rng.choice(pools.CONTRACTORS)), "TOWN": place(rng.choice(pools.WORD_TOWNS)),
        "TOWN2": place(rng.choice(pools.WORD_TOWNS)), "COUNTY": place(rng.choice(pools.COUNTIES)),
        "T": f"<<{rng.choice(pools.CASE_TERMS)}>>", "GT": f"<<{rng.choice(pools.GENETIC_TERMS)}>>",
        "MED": f"<<{rng.choice(pools.MEDS)}>>", "he": "she" if p.female else "he", "his": "her" if p.female else "his",
        "work_age": str(rng.randrange(19, 65)),
    }
