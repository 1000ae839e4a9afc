"""One dict of fresh draws per generated post (round 41): people, places and number shapes in markup."""
import pools
from people import Person

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WORD_AGES = {90: "ninety", 91: "ninety-one", 92: "ninety two", 93: "ninety-three", 94: "ninety four", 95: "ninety-five",
             96: "ninety-six", 97: "ninety seven", 98: "ninety-eight", 99: "ninety-nine", 100: "a hundred",
             101: "a hundred and one", 102: "one hundred two", 103: "a hundred and three", 104: "a hundred and four"}


def named_place(name):
    """LOCATION markup with a leading "the" outside the span."""
    if name.startswith("the "):
        return f"the [[LOCATION:{name[4:]}]]"
    return f"[[LOCATION:{name}]]"


def town(rng):
    """A town with its state: the town labelled, the state left outside."""
    name, state = rng.choice(pools.TOWNS).split(", ")
    return f"[[LOCATION:{name}]], {state}"


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def phone(rng):
    area, exch, line = f"{rng.randint(2, 9)}{digits(rng, 2)}", f"{rng.randint(2, 9)}{digits(rng, 2)}", digits(rng, 4)
    shape = rng.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a} {e} {l}", "1-{a}-{e}-{l}", "+1 {a} {e} {l}"])
    return "[[PHONE:" + shape.format(a=area, e=exch, l=line) + "]]"


WITH_YEAR = ["{m}/{d}/{y}", "{mm}/{dd}/{y}", "{Month} {d}, {y}", "{d} {Mon} {y}", "{y}-{mm}-{dd}", "{dd}.{mm}.{y}",
             "{m}/{d}/{yy}"]
NO_YEAR = ["{Mon} {d}", "the {d}th of {Month}", "{Month} {d}th"]


def date(rng, year_from=1990, year_to=2026, with_year=False, y=None, m=None):
    """A DATE span in one of ten shapes; a date of birth (with_year) always shows its year."""
    y, m, d = y or rng.randint(year_from, year_to), m or rng.randint(1, 12), rng.randint(1, 28)
    shape = rng.choice(WITH_YEAR if with_year else WITH_YEAR + NO_YEAR)
    shape = shape.replace("{d}th", "{dth}")
    dth = f"{d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'}"
    text = shape.format(m=m, d=d, y=y, mm=f"{m:02d}", dd=f"{d:02d}", yy=f"{y % 100:02d}", Month=MONTHS[m - 1],
                        Mon=MONTHS[m - 1][:3], dth=dth)
    if text.startswith("the "):
        return f"the [[DATE:{text[4:]}]]"
    return f"[[DATE:{text}]]"


def old_age(rng):
    age = rng.randint(90, 104)
    return rng.choice([f"[[AGE:{age}]]", f"[[AGE:{age}]]", f"[[AGE:{WORD_AGES[age]}]]"])


def _other(rng, pt, sex=None, surname=None):
    """A relative of the patient's culture whose given name differs from the patient's (a father named as his child
    read as one person)."""
    for _ in range(20):
        kin = Person(rng, pt.culture, sex, surname)
        if kin.given != pt.given:
            return kin
    return kin


def draw(rng, sex=None):
    pt = Person(rng, sex=sex)
    pa, pa2, gma = (_other(rng, pt, 'M'), _other(rng, pt, 'M'), _other(rng, pt, 'F'))
    kin = [_other(rng, pt, surname=pt.surname if rng.random() < 0.6 else None) for _ in range(3)]
    staff = [Person(rng) for _ in range(4)]
    code_i = rng.randrange(len(pools.AIRLINES))
    cities = rng.sample(pools.CITIES_ABROAD, 2)  # two legs of one trip, never the same city
    d = {"pa": pa.full(), "pa2": pa2.full(), "gma": gma.full(), "pt": pt.full(), "pt_first": pt.first(), "pt_last": pt.last(), "pt_any": pt.any_form(),
         "pt_upper": pt.upper(), "pt_sur_given": pt.sur_given(), "pt_initial": pt.initial(), "pt_lower": pt.lower(),
         "he": pt.he, "He": pt.he.capitalize(), "him": pt.him, "his": pt.his, "His": pt.his.capitalize(),
         "title": pt.kin("title"),
         "kin1": kin[0].full(), "kin1_first": kin[0].first(), "kin1_rel": kin[0].kin("child"),
         "kin2": kin[1].full(), "kin2_first": kin[1].first(), "kin2_rel": kin[1].kin("sib"),
         "kin3": kin[2].full(), "kin3_rel": kin[2].kin("grand"), "kin3_first": kin[2].first(),
         "doc": staff[0].full(), "doc_last": staff[0].last(), "nurse": staff[1].full(), "nurse_first": staff[1].first(),
         "rep": staff[2].full(), "rep_first": staff[2].first(), "other": staff[3].full(), "other_last": staff[3].last(),
         "login": f"[[ID:{staff[1].login()}]]", "pt_login": f"[[ID:{pt.login()}]]",
         "town": town(rng), "town2": town(rng), "small": f"[[LOCATION:{rng.choice(pools.SMALL_TOWNS)}]]",
         "abroad": f"[[LOCATION:{cities[0]}]]", "abroad2": f"[[LOCATION:{cities[1]}]]",
         "airport": f"[[LOCATION:{rng.choice(pools.AIRPORTS)}]]", "airline": pools.AIRLINES[code_i],
         "flight": f"[[ID:{pools.AIRLINE_CODES[code_i]}{rng.randint(120, 2999)}]]", "flight_no": f"[[ID:{rng.randint(120, 2999)}]]",
         "seat": f"[[ID:{rng.randint(3, 38)}{rng.choice('ABCDEF')}]]", "row": f"[[ID:{rng.randint(3, 38)}]]",
         "gate": f"[[ID:{rng.choice('ABCDE')}{rng.randint(2, 48)}]]", "hotel": named_place(rng.choice(pools.HOTELS)),
         "ship": f"[[LOCATION:{rng.choice(pools.SHIPS)}]]", "line": rng.choice(pools.CRUISE_LINES),
         "port": f"[[LOCATION:{rng.choice(pools.PORTS)}]]", "cabin": f"[[ID:{rng.randint(2, 11)}{digits(rng, 3)}]]",
         "deck": f"[[ID:{rng.randint(2, 14)}]]", "train": f"[[ID:{rng.randint(3, 899)}]]", "coach": f"[[ID:{rng.randint(1, 9)}{digits(rng, 2)}]]",
         "funeral": named_place(rng.choice(pools.FUNERAL_HOMES)), "cemetery": named_place(rng.choice(pools.CEMETERIES)),
         "plot": f"[[ID:{rng.choice('ABCDEFG')}-{rng.randint(1, 60)}]]", "opo": named_place(rng.choice(pools.OPOS)),
         "me_case": f"[[ID:ME{rng.randint(19, 26)}-{digits(rng, 4)}]]", "cert": f"[[ID:{rng.randint(2019, 2026)}{digits(rng, 6)}]]",
         "collector": named_place(rng.choice(pools.COLLECTORS)), "bank": named_place(rng.choice(pools.BANKS)),
         "acct": f"[[ID:{digits(rng, rng.randint(7, 10))}]]", "invoice": f"[[ID:INV-{digits(rng, 6)}]]",
         "last4": f"[[ID:{digits(rng, 4)}]]", "routing": f"[[ID:{rng.choice('012')}{digits(rng, 8)}]]",
         "card": f"[[ID:4{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}]]",
         "venmo": f"[[ID:@{staff[2].given.split(' ')[0]}-{staff[2].surname.split(' ')[0].replace('-', '')}-{rng.randint(1, 99)}]]",
         "gofundme": f"[[URL:gofundme.com/f/help-the-{pt.surname.split(' ')[-1].lower().replace('-', '')}-family]]",
         "dna_lab": rng.choice(pools.DNA_LABS), "kit": f"[[ID:{letters(rng, 2)}{digits(rng, 7)}]]",
         "accession": f"[[ID:{letters(rng, 1)}{rng.randint(21, 26)}-{digits(rng, 6)}]]",
         "match": f"[[ID:{staff[3].given.split(' ')[0].lower()}{rng.choice(['_roots', 'tree', 'genealogy', '1957', '_digs'])}]]",
         "year1": f"[[DATE:{rng.randint(1890, 1925)}]]", "year2": f"[[DATE:{rng.randint(1926, 1960)}]]", "year3": f"[[DATE:{rng.randint(1961, 2000)}]]",
         "agency": named_place(rng.choice(pools.AGENCIES)), "court_case": f"[[ID:{rng.randint(18, 26)}-JA-{digits(rng, 5)}]]",
         "donor": f"[[ID:{rng.choice(['', 'D', '#'])}{digits(rng, 4)}]]".replace("[[ID:#", "#[[ID:"),
         "sperm_bank": named_place(rng.choice(pools.SPERM_BANKS)), "clinic_ivf": named_place(rng.choice(pools.FERTILITY)),
         "cycle": f"[[ID:{letters(rng, 2)}-{digits(rng, 5)}]]", "embryo": f"[[ID:E{rng.randint(1, 9)}-{digits(rng, 3)}]]",
         "hospital": named_place(rng.choice(pools.HOSPITALS)), "badge": f"[[ID:{digits(rng, 6)}]]",
         "ticket": f"[[ID:{rng.choice(['INC', 'REQ', 'TKT'])}{digits(rng, 7)}]]",
         "ip": f"[[ID:10.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}]]",
         "mac": "[[ID:" + ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6)) + "]]",
         "ws": f"[[ID:{letters(rng, 3)}-{rng.choice(['ED', 'ICU', 'WOW', 'NS'])}{digits(rng, 3)}]]",
         "printer": f"[[ID:{rng.choice(['PRN', 'ZEB', 'LBL'])}-{letters(rng, 2)}{digits(rng, 2)}]]",
         "passport": f"[[ID:{rng.choice(['', 'A', 'C'])}{digits(rng, 8)}]]", "lot": f"[[ID:{letters(rng, 2)}{digits(rng, 4)}]]",
         "lot2": f"[[ID:{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 3)}{letters(rng, 1)}]]",
         "travel_clinic": named_place(rng.choice(pools.TRAVEL_CLINICS)),
         "pharmacy": named_place(rng.choice(pools.PHARMACIES)), "diner": named_place(rng.choice(pools.DINERS)),
         "feed": named_place(rng.choice(pools.FEED_STORES)), "church": named_place(rng.choice(pools.CHURCHES)),
         "street": f"[[LOCATION:{rng.randint(12, 9800)} {rng.choice(pools.STREETS)}]]",
         "family_road": f"[[LOCATION:{kin[2].surname.split(' ')[-1]} Road]]", "family": f"[[NAME:{pt.surname.split(' ')[-1]}]]",
         "phone": phone(rng), "phone2": phone(rng), "date": date(rng, 2023, 2026), "date2": date(rng, 2023, 2026),
         "dob": date(rng, 1921, 1936, with_year=True), "old_age": old_age(rng), "work_age": rng.randint(24, 64),
         "mrn": f"[[ID:{digits(rng, rng.choice([7, 8, 9]))}]]",
         "email": f"[[EMAIL:{staff[0].given.split(' ')[0].lower()}.{staff[0].surname.split(' ')[-1].lower().replace('-', '')}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'protonmail.com'])}]]",
         "caseworker_email": f"[[EMAIL:{staff[3].given.split(' ')[0][0].lower()}{staff[3].surname.split(' ')[-1].lower().replace('-', '')}@{rng.choice(['dcfs.state.il.us', 'dhs.wa.gov', 'dss.sc.gov'])}]]"}
    # pedigree years that agree: the patient born 1950-1995, a parent 22-40 years before, a grandparent before that
    born = rng.randint(1950, 1995)
    pa_year = born - rng.randint(22, 40)
    gma_year = pa_year - rng.randint(18, 35)
    # an itinerary's two legs in order: the same year, the second leg one or two months later
    trip_year, trip_month = rng.randint(2025, 2026), rng.randint(1, 10)
    d.update({"trip1": date(rng, y=trip_year, m=trip_month), "trip2": date(rng, y=trip_year, m=trip_month + rng.randint(1, 2))})
    d.update({"dob_ped": f"[[DATE:{rng.randint(1, 12)}/{rng.randint(1, 28)}/{born}]]", "pa_year": f"[[DATE:{pa_year}]]",
              "gma_year": f"[[DATE:{gma_year}]]", "gma_death": f"[[DATE:{min(2025, gma_year + rng.randint(55, 95))}]]"})
    return d
