"""One dict of fresh draws per post (decision 247): marked-up identifiers and unlabelled clinical filler."""
import pools
from people import Person

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TERMS = ["atrial fibrillation", "complete heart block", "sick sinus syndrome", "DKA", "hypoglycemia", "sepsis", "CHF exacerbation",
         "COPD exacerbation", "pneumonia", "cellulitis", "PICC line infection", "osteomyelitis", "pressure injury", "hyperkalemia",
         "acute kidney injury", "pulmonary embolism", "GI bleed", "delirium", "hip fracture", "lead fracture", "pocket infection",
         "inappropriate shocks", "ventricular tachycardia", "insulin pump failure", "sensor dermatitis", "spinal cord stimulator migration",
         "cochlear implant infection", "TPN cholestasis", "C. diff colitis", "hyponatremia", "opioid overdose", "syncope", "stroke"]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def us_phone(rng):
    area, exch = f"{rng.randint(2, 9)}{digits(rng, 2)}", f"{rng.randint(2, 9)}{digits(rng, 2)}"
    line = digits(rng, 4)
    return rng.choice([f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"{area}.{exch}.{line}", f"{area} {exch} {line}",
                       f"+1 {area} {exch} {line}", f"1-{area}-{exch}-{line}"])


def abroad_phone(rng):
    town, shape = rng.choice(pools.ABROAD)
    number = shape
    for n in range(7, 0, -1):
        while f"{{d{n}}}" in number:
            number = number.replace(f"{{d{n}}}", digits(rng, n), 1)
    return town, number


def date(rng, year_from=2023, year_to=2026):
    y, m, d = rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}-{d}-{y % 100:02d}", f"{y}/{m:02d}/{d:02d}", f"{MONTHS[m - 1]} {d} {y}",
                       f"{d:02d}.{m:02d}.{y % 100:02d}", f"{SHORT[m - 1]}. {d}", f"{m:02d}{d:02d}{y}", f"{d} {SHORT[m - 1]} {y}",
                       f"{SHORT[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])


def address(rng):
    street = f"{rng.choice(pools.STREET_NAMES)} {rng.choice(pools.STREET_KINDS)}"
    return f"{rng.randint(12, 9899)} {street}"


def named_place(name):
    """A LOCATION span with a leading "The" outside it (decisions 210 and 231: "the" outside)."""
    if name.startswith("The "):
        return f"The [[LOCATION:{name[4:]}]]"
    return f"[[LOCATION:{name}]]"


def draws(rng):
    pt, doc, partner, res = Person(rng), Person(rng), Person(rng), Person(rng)
    rep, nurse, aide, other = Person(rng), Person(rng), Person(rng), Person(rng)
    kin = Person(rng, culture=pt.culture)
    town_abroad, phone_abroad = abroad_phone(rng)
    upper = "ABCDEFGHJKLMNPRSTUVWXYZ"
    letters = lambda n: "".join(rng.choice(upper) for _ in range(n))
    return {
        "pt": pt.form(), "pt_full": pt.full(), "pt_given": pt.given_only(), "pt_sur": pt.surname_only(), "pt_formal": pt.formal(),
        "he": pt.he(), "He": pt.he().capitalize(), "his": pt.his(), "kin": kin.kin(), "kin_name": kin.given_only(),
        "doc": doc.full(), "doc_sur": doc.surname_only(), "doc_given": doc.given_only(),
        "partner": partner.full(), "partner_sur": partner.surname_only(), "res": res.form(), "res_given": res.given_only(),
        "rep": rep.full(), "rep_given": rep.given_only(), "nurse": nurse.form(), "nurse_given": nurse.given_only(),
        "aide": aide.given_only(), "other": other.full(), "other_sur": other.surname_only(),
        "town": f"[[LOCATION:{rng.choice(pools.TOWNS)}]]", "town2": f"[[LOCATION:{rng.choice(pools.TOWNS)}]]",
        "county": f"[[LOCATION:{rng.choice(pools.COUNTIES)}]]", "addr": f"[[LOCATION:{address(rng)}]]",
        "practice": f"[[LOCATION:{rng.choice(pools.PRACTICES)}]]", "hospital": f"[[LOCATION:{(hospital := rng.choice(pools.HOSPITALS))}]]",
        "program": f"[[LOCATION:{rng.choice(pools.PROGRAMS)}]]", "school": f"[[LOCATION:{rng.choice(pools.SCHOOLS)}]]",
        "agency": f"[[LOCATION:{rng.choice(pools.HOME_AGENCIES)}]]", "staffing": f"[[LOCATION:{rng.choice(pools.STAFFING)}]]",
        "payer": f"[[LOCATION:{rng.choice(pools.PAYERS)}]]", "pbm": f"[[LOCATION:{rng.choice(pools.PBMS)}]]",
        "paper": f"[[LOCATION:{rng.choice(pools.TOWNS)} {rng.choice(pools.PAPERS)}]]", "station": f"[[LOCATION:{rng.choice(pools.CALL_LETTERS)}]]",
        "community": named_place(rng.choice(pools.COMMUNITIES)), "complex": named_place(rng.choice(pools.COMPLEXES)),
        "firm": f"[[LOCATION:{rng.choice(pools.LAW_FIRMS)}]]", "carrier": named_place(rng.choice(pools.INSURERS_MALPRACTICE)),
        "church": f"[[LOCATION:{rng.choice(pools.CHURCHES)}]]",
        # a capitalized head noun after a facility's name is inside its span (decision 216)
        "hospital_lab": f"[[LOCATION:{hospital} Lab]]", "team": rng.choice(pools.TEAMS),
        "town_abroad": f"[[LOCATION:{town_abroad}]]", "phone_abroad": f"[[PHONE:{phone_abroad}]]",
        "phone": f"[[PHONE:{us_phone(rng)}]]", "fax": f"[[PHONE:{us_phone(rng)}]]", "pager": f"[[PHONE:{us_phone(rng)}]]",
        "ext": f"[[PHONE:{rng.randint(100, 9999)}]]",
        "email": f"[[EMAIL:{doc.given.split(' ')[0].lower()}.{doc.surname.split(' ')[0].lower().replace(chr(39), '')}@{rng.choice(['gmail.com', 'outlook.com', 'icloud.com', 'proton.me', 'yahoo.com'])}]]",
        "url": f"[[URL:https://{rng.choice(['rpm', 'portal', 'my'])}.{letters(4).lower()}health.com/pt/{digits(rng, 6)}]]",
        "handle": f"[[ID:{rng.choice(['gasdoc', 'nightfloat', 'pacerguy', 'ruraldoc', 'mamadoc', 'hospitalist', 'icuwife'])}{digits(rng, 2)}]]",
        "mrn": f"[[ID:{digits(rng, rng.choice([7, 8, 9]))}]]", "fin": f"[[ID:{digits(rng, 10)}]]", "csn": f"[[ID:{digits(rng, 11)}]]",
        "acc": f"[[ID:{letters(2)}{digits(rng, 2)}-{digits(rng, 5)}]]", "npi": f"[[ID:1{digits(rng, 9)}]]",
        "dea": f"[[ID:{letters(2)}{digits(rng, 7)}]]", "lic": f"[[ID:{letters(1)}{digits(rng, 5)}]]",
        "serial": f"[[ID:{letters(3)}{digits(rng, 6)}{letters(1)}]]", "udi": f"[[ID:(01){digits(rng, 14)}(21){digits(rng, 8)}]]",
        "pa": f"[[ID:PA-{digits(rng, 8)}]]", "appeal": f"[[ID:{letters(2)}{digits(rng, 9)}]]", "member": f"[[ID:{letters(3)}{digits(rng, 9)}]]",
        "bin": f"[[ID:{digits(rng, 6)}]]", "pcn": f"[[ID:{letters(1)}{digits(rng, 2)}{letters(1)}]]", "grp": f"[[ID:{letters(2)}{digits(rng, 5)}]]",
        "claim": f"[[ID:{digits(rng, 4)}-{digits(rng, 6)}]]", "case": f"[[ID:{digits(rng, 2)}-CV-{digits(rng, 5)}]]",
        "complaint": f"[[ID:{digits(rng, 4)}-{digits(rng, 4)}]]", "gate": f"#[[ID:{digits(rng, 4)}]]", "gate_plain": f"[[ID:{digits(rng, 4)}]]",
        "unit": f"[[ID:{rng.randint(100, 1899)}]]", "bldg": f"[[ID:{rng.choice('ABCDEFGH')}]]", "visit": f"[[ID:V{digits(rng, 7)}]]",
        "route": f"[[ID:{rng.randint(10, 99)}]]", "contract": f"[[ID:{letters(3)}-{digits(rng, 6)}]]", "lot": f"[[ID:{letters(2)}{digits(rng, 4)}]]",
        "reg": f"[[ID:{digits(rng, 8)}]]", "rpm": f"[[ID:{digits(rng, 6)}]]",
        "date": f"[[DATE:{date(rng)}]]", "date2": f"[[DATE:{date(rng)}]]", "dob": f"[[DATE:{date(rng, 1919, 1935)}]]",
        "year": f"[[DATE:{rng.randint(2004, 2021)}]]", "age": f"[[AGE:{rng.randint(90, 106)}]]",
        "work_age": rng.randint(24, 64), "term": f"<<{rng.choice(TERMS)}>>", "term2": f"<<{rng.choice(TERMS)}>>",
        "dose": rng.choice([90, 95, 100, 105, 110, 112, 118]), "pgy": rng.randint(1, 4),
    }
