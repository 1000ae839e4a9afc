"""Round 22's post templates with identifiers (decision 153): each draws one post in markup."""
from draw import (date, digits, facility, first_name, full_name, old_age, person, phone, place_phrase, record_number,
                  spans, surname, town)
from pools import BIRTH_CENTRES, EMPLOYERS, HOSPICES, PROGRAMS, SOBER_HOUSES, SPONSOR_COMPANIES, WINGS

ADDICTION = ["opioid use disorder", "alcohol use disorder", "methamphetamine-induced psychosis", "cocaine chest pain",
             "benzodiazepine dependence", "alcohol withdrawal seizure"]
PSYCH_DRUGS = ["buprenorphine", "naltrexone", "acamprosate", "olanzapine", "aripiprazole", "lorazepam", "gabapentin"]
OB = ["preterm labor", "gestational hypertension", "placental abruption", "chorioamnionitis", "breech presentation",
      "postpartum hemorrhage", "HELLP syndrome"]
HOSPICE = ["metastatic breast cancer", "end-stage liver disease", "advanced dementia", "glioblastoma",
           "end-stage heart failure", "pancreatic cancer"]
SYMPTOMS = ["dyspnea", "nausea", "breakthrough pain", "constipation", "agitation", "secretions"]
GENETIC = ["Lynch syndrome", "hereditary spherocytosis", "polycystic kidney disease", "hemochromatosis",
           "Charcot-Marie-Tooth disease", "factor V Leiden"]
TRIAL_DRUGS = ["tirzepatide", "pembrolizumab", "dapagliflozin", "zilebesiran", "donanemab", "olezarsen"]
EVENTS = ["acute kidney injury", "hypoglycemia", "rash", "transaminitis", "neutropenia", "hypertension"]
COMMON = ["urinary tract infection", "cellulitis", "community-acquired pneumonia", "COPD exacerbation",
          "diverticulitis", "migraine", "kidney stone", "asthma exacerbation"]


def sober_house(rng):
    return (f"resident at [[LOCATION:{rng.choice(SOBER_HOUSES)}]] {place_phrase(rng)}, {full_name(rng)}, "
            f"back after a relapse with <<{rng.choice(ADDICTION)}>>. his sponsor {first_name(rng)} "
            f"brought him; restarting <<{rng.choice(PSYCH_DRUGS)}>>.")


def court_ordered(rng):
    return (f"court-ordered treatment, case [[ID:{rng.randint(21, 26)}-MH-{digits(rng, 5)}]]: {full_name(rng)} has to show up at "
            f"[[LOCATION:{rng.choice(PROGRAMS)}]] three times a week for <<{rng.choice(ADDICTION)}>>. "
            f"her caseworker {first_name(rng)} {surname(rng)} calls from {phone(rng)} every Monday.")


def group_home(rng):
    return (f"group home staff ({first_name(rng)}) brought {first_name(rng)}, 27, with <<{rng.choice(['akathisia', 'tardive dyskinesia', 'lithium toxicity', 'water intoxication'])}>>. "
            f"the home is on [[LOCATION:{rng.choice(['Hollow Road', 'Fenwick Street', 'Bluebonnet Lane'])}]], "
            f"run by [[LOCATION:{rng.choice(['Dungarvin', 'REM', 'Arc of the Valley'])}]].")


def birth_centre(rng):
    return (f"transfer from [[LOCATION:{rng.choice(BIRTH_CENTRES)}]] {place_phrase(rng)}: {full_name(rng)}, "
            f"due {date(rng)}, now with <<{rng.choice(OB)}>>. midwife {first_name(rng)} {surname(rng)} "
            f"and her partner {first_name(rng)} came with her.")


def fertility(rng):
    return (f"IVF pt {full_name(rng)}, 39, billed under {record_number(rng)}, donor egg -- the agency calls it donor "
            f"[[ID:{rng.choice('ABCDEFK')}{digits(rng, 4)}]]. <<{rng.choice(['ovarian hyperstimulation syndrome', 'ovarian torsion', 'ectopic pregnancy'])}>> "
            f"on day 6; her wife {first_name(rng)} wants to know about <<embryo transfer>> timing.")


def baby_name(rng):
    return (f"baby {first_name(rng)} born at {facility(rng)} on {date(rng)} with <<{rng.choice(['neonatal hypoglycemia', 'transient tachypnea of the newborn', 'neonatal jaundice'])}>>; "
            f"mom {full_name(rng)} lives {place_phrase(rng)}.")


def hospice_visit(rng):
    return (f"hospice visit for {full_name(rng)}, {old_age(rng)}, <<{rng.choice(HOSPICE)}>>, at "
            f"[[LOCATION:{rng.choice(HOSPICES)}]]. aide {first_name(rng)} comes "
            f"{rng.choice(['Mon-Wed-Fri', 'every morning', 'Tue and Thu'])}; <<{rng.choice(SYMPTOMS)}>> worse at night.")


def ltc_wing(rng):
    return (f"LTC: {full_name(rng)} in the [[LOCATION:{rng.choice(WINGS)}]] wing, room [[LOCATION:{rng.randint(100, 340)}]] "
            f"bed [[LOCATION:{rng.choice('AB')}]], {old_age(rng)}, <<{rng.choice(['pressure injury', 'recurrent falls', 'aspiration pneumonia', 'urinary retention'])}>>. "
            f"daughter {first_name(rng)} visits {rng.choice(['Sundays', 'after work', 'on weekends'])}.")


def home_health(rng):
    agency = rng.choice(["Interim", "Bayada", "Right at Home", "Comfort Keepers"])
    return (f"home health nurse from [[LOCATION:{agency}]] called about {full_name(rng)} {place_phrase(rng)}: "
            f"<<{rng.choice(COMMON)}>> and the <<{rng.choice(['PICC line', 'wound vac', 'Foley catheter'])}>> is leaking. "
            f"agency phone {phone(rng)}.")


def pedigree(rng):
    return (f"pedigree: proband {full_name(rng)}, <<{rng.choice(GENETIC)}>>; father {first_name(rng)} {surname(rng)} "
            f"born {place_phrase(rng)}, grandmother {first_name(rng)} from [[LOCATION:{rng.choice(['Hue', 'Kandy', 'Gyumri', 'Pécs', 'Kaunas', 'Apia'])}]]. "
            f"<<cascade testing>> for cousins.")


def trial_site(rng):
    site = digits(rng, 3)
    return (f"site [[ID:{site}]] of the {rng.choice(SPONSOR_COMPANIES)} <<{rng.choice(TRIAL_DRUGS)}>> study: subject "
            f"[[ID:{site}-{digits(rng, 4)}]] had <<{rng.choice(EVENTS)}>> at week {rng.randint(2, 40)}. "
            f"coordinator {full_name(rng)} ({phone(rng)}) filed the SAE on {date(rng)}.")


def trial_email(rng):
    given = rng.choice(["ana", "tomas", "leota", "bopha", "irakli", "nomsa"])
    return (f"CRC {first_name(rng)} asks: anyone else's IRB want <<{rng.choice(['pregnancy testing', 'hepatitis B screening', 'ECG monitoring'])}>> "
            f"every visit? write to [[EMAIL:{given}.{rng.choice(['crc', 'research', 'trials'])}@{rng.choice(['uvahealth.org', 'sanfordhealth.org', 'ochsner.org'])}]] "
            f"or see [[URL:www.{rng.choice(['ourtrials', 'heartstudy', 'kidneysite'])}.org/site/{digits(rng, 3)}]].")


def dictated(rng):
    return (f"dictated comma pt is {full_name(rng)} comma {old_age(rng)} year old from {town(rng)} period "
            f"<<{rng.choice(COMMON)}>> new paragraph callback number {phone(rng)} period")


def dictated_numbers(rng):
    return (f"voice note: MRN [[ID:{' '.join(digits(rng, 8))}]] -- sorry it ran together -- pt {first_name(rng)} "
            f"{surname(rng)} seen {date(rng)} for <<{rng.choice(COMMON)}>>, her son {first_name(rng)} at {phone(rng)}")


def case_employer(rng):
    return (f"{rng.randint(22, 79)}{rng.choice('MF')} who works at the [[LOCATION:{rng.choice(EMPLOYERS)}]] {place_phrase(rng)}, "
            f"{full_name(rng)}, with <<{rng.choice(COMMON)}>>. wife {first_name(rng)} made the appointment.")


def case_school(rng):
    school = rng.choice(["Lincoln Elementary", "Jefferson Middle", "Kennedy High", "St. Agnes", "Roosevelt Elementary"])
    return (f"kid from [[LOCATION:{school}]], {first_name(rng)}, {rng.randint(5, 16)}, <<{rng.choice(['asthma exacerbation', 'strep pharyngitis', 'concussion', 'appendicitis'])}>>; "
            f"student id [[ID:{digits(rng, 7)}]] on the school form, grandpa {full_name(rng)} signed it.")


def case_room_list(rng):
    rows = [f"[[LOCATION:{rng.randint(2, 9)}{rng.randint(10, 40)}]] - {full_name(rng)} - <<{rng.choice(COMMON)}>>" for _ in range(3)]
    return "sign-out list:\n" + "\n".join(rows)


def case_abroad(rng):
    return (f"patient visiting from abroad, {full_name(rng)}, passport [[ID:{rng.choice('PXNK')}{digits(rng, 8)}]], "
            f"staying with her brother {first_name(rng)} {place_phrase(rng)}; <<{rng.choice(COMMON)}>>, "
            f"travel insurance policy [[ID:{rng.choice(['GT', 'AX', 'WN'])}{digits(rng, 8)}]].")


def case_text_style(rng):
    return (f"omg {spans(person(rng)[0].lower())} from {facility(rng)} just paged me again ({phone(rng)}) re: "
            f"bed [[LOCATION:{rng.randint(1, 30)}]], <<{rng.choice(COMMON)}>>, pt {full_name(rng)}. {date(rng)} was the last time this happened lol")


def case_handle(rng):
    handle = rng.choice(["hazelnut.mom", "wood_n_ivy", "rich.kid.87", "storytime_bee", "hopefully.hannah"])
    return (f"a pt's relative posted about our ED on her page @[[NAME:{handle}]]; the pt, {full_name(rng)}, "
            f"{old_age(rng)}, came in {date(rng)} with <<{rng.choice(COMMON)}>>.")


WITH_IDENTIFIERS = [sober_house, court_ordered, group_home, birth_centre, fertility, baby_name, hospice_visit, ltc_wing,
                    home_health, pedigree, trial_site, trial_email, dictated, dictated_numbers, case_employer,
                    case_school, case_room_list, case_abroad, case_text_style, case_handle]
