"""Round 24's generated post shapes, written for this set (not copied from any earlier round's generator).

Each template takes a random.Random and returns one post in goldmarkup form: [[TYPE:text]] an identifier,
<<text>> a clinical term.
"""
import pools as p


def pick(r, items):
    return items[r.randrange(len(items))]


def given(r, culture=None):
    g, _ = culture or pick(r, p.CULTURES)
    return pick(r, p.GIVEN[g])


def name_spans(value):
    """Every word of a name is its own NAME span; hyphens keep a double surname one word."""
    return " ".join(f"[[NAME:{w}]]" for w in value.split(" "))


def full_name(r, style=None):
    culture = pick(r, [c for c in p.CULTURES if c[1]])
    g, s = pick(r, p.GIVEN[culture[0]]), pick(r, p.GIVEN[culture[1]])
    style = style if style is not None else r.randrange(5)
    if style == 1:
        return f"{name_spans(s)}, {name_spans(g)}"
    if style == 2:
        return f"{name_spans(s.upper())}, {name_spans(g.upper())}"
    if style == 3:
        return f"{name_spans(g.lower())} {name_spans(s.lower())}"
    if style == 4:
        return f"[[NAME:{g[0]}.]] {name_spans(s)}"
    return f"{name_spans(g)} {name_spans(s)}"


def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def date(r):
    day, month, year = r.randrange(1, 29), r.randrange(1, 13), pick(r, ["2024", "2025", "2026"])
    form = r.randrange(4)
    if form == 0:
        return f"{day:02d}.{month:02d}.{year}"
    if form == 1:
        return f"{day}/{month}/{year[2:]}"
    if form == 2:
        return f"the {day}th of {p.MONTHS[month - 1]}"
    return f"{p.MONTHS[month - 1]} {day}"


def old_age(r):
    n = r.randrange(90, 104)
    return pick(r, [f"[[AGE:{n}yo]]", f"[[AGE:{n}]] y/o", f"[[AGE:{n}]]-year-old", f"[[AGE:{n}F]]", f"aged [[AGE:{n}]]"])


def term(r):
    return f"<<{pick(r, p.TERMS)}>>"


def drug(r):
    return f"<<{pick(r, p.DRUGS)}>>"


def phone_intl(r):
    return pick(r, [f"+880 1{digits(r, 3)} {digits(r, 6)}", f"+254 7{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                    f"+963 9{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", f"+351 96 {digits(r, 3)} {digits(r, 4)}",
                    f"({digits(r, 3)}) {digits(r, 3)}-{digits(r, 4)}"])


# --- identifier templates -------------------------------------------------------------------------------------------

def refugee_intake(r):
    return (f"new arrival intake today: {full_name(r, 0)}, A-number [[ID:A{digits(r, 9)}]], came through "
            f"[[LOCATION:{pick(r, p.ABROAD)}]] then [[LOCATION:{pick(r, p.ABROAD)}]]. case worker is {name_spans(given(r))} "
            f"at the resettlement office, cell [[PHONE:{phone_intl(r)}]]. screening found {term(r)} and {term(r)}, "
            f"started {drug(r)}.")


def detention_transfer(r):
    return (f"got a transfer from [[LOCATION:{pick(r, p.DETENTION)}]] detention, detainee {name_spans(given(r))} "
            f"{name_spans(pick(r, p.GIVEN['afghan_surname']))}, file [[ID:{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}]]. "
            f"he had {term(r)} untreated for weeks. guard said he was picked up on [[DATE:{date(r)}]].")


def amish_case(r):
    c = ("pennsylvania_dutch", "pd_surname")
    return (f"{old_age(r)} Amish grandmother, {name_spans(pick(r, p.GIVEN[c[0]]))} {name_spans(pick(r, p.GIVEN[c[1]]))}, "
            f"from the [[LOCATION:{pick(r, p.DISTRICTS)}]] church district "
            f"out by [[LOCATION:{pick(r, p.WORD_TOWNS)}]]. bishop {name_spans(pick(r, p.GIVEN[c[0]]))} "
            f"{name_spans(pick(r, p.GIVEN[c[1]]))} drove her in by buggy. turned out to be {term(r)}.")


def hutterite_case(r):
    c = ("hutterite", "hutterite_surname")
    return (f"[[LOCATION:{pick(r, p.COLONIES)}]] sent in the minister's boy {name_spans(pick(r, p.GIVEN[c[0]]))} "
            f"{name_spans(pick(r, p.GIVEN[c[1]]))}, {r.randrange(4, 17)}, with {term(r)}. the colony boss "
            f"{name_spans(pick(r, p.GIVEN[c[1]]))} wants the bill sent to the colony, phone [[PHONE:{phone_intl(r)}]].")


def orthodox_case(r):
    return (f"pt lives in [[LOCATION:{pick(r, p.NEIGHBOURHOODS)}]], {full_name(r, 0)}, rabbi's wife, seen [[DATE:{date(r)}]] "
            f"for {term(r)}. her husband Rabbi {name_spans(given(r))} asked that the female resident see her.")


def vessel_case(r):
    return (f"deckhand off the [[LOCATION:{pick(r, p.VESSELS)}]] out of [[LOCATION:{pick(r, p.PORTS)}]], {full_name(r)}, "
            f"{r.randrange(19, 60)}M, medevaced for {term(r)}. skipper {name_spans(given(r))} called it in on the sat "
            f"phone [[PHONE:{phone_intl(r)}]].")


def rig_case(r):
    return (f"offshore worker from the [[LOCATION:{pick(r, p.RIGS)}]] platform, employer [[LOCATION:{pick(r, p.EMPLOYERS)}]], "
            f"badge [[ID:{digits(r, 6)}]], flown to shore by helicopter with {term(r)}. medic on the rig was "
            f"{full_name(r)}.")


def flight_case(r):
    return (f"in-flight emergency on flight [[ID:{pick(r, ['DL', 'UA', 'AA', 'AS'])}{r.randrange(100, 2999)}]], "
            f"seat [[ID:{r.randrange(1, 40)}{pick(r, 'ABCDEF')}]], passenger {full_name(r)} with {term(r)}. "
            f"diverted to [[LOCATION:{pick(r, p.TOWNS)}]], tail [[ID:N{digits(r, 3)}{pick(r, ['DN', 'UA', 'AK'])}]].")


def athlete_case(r):
    return (f"team doc here. our starting forward {full_name(r, 0)} (#[[ID:{r.randrange(1, 99)}]]) for "
            f"[[LOCATION:{pick(r, p.TEAMS)[4:]}]] went down at practice, looks like {term(r)}. agent "
            f"{name_spans(given(r))} already emailing me at [[EMAIL:{given(r).split()[0].lower()}.agent@{pick(r, ['gmail.com', 'caa.com'])}]].")


def student_case(r):
    return (f"student health: {full_name(r)}, student ID [[ID:{digits(r, 8)}]], lives in [[LOCATION:{pick(r, p.CAMPUSES)}]] "
            f"room [[ID:{r.randrange(100, 499)}]], came in with {term(r)}. RA {name_spans(given(r))} brought her.")


def lgbtq_case(r):
    legal = full_name(r, 0)
    return (f"pt goes by [[NAME:{pick(r, ['Jules', 'Ash', 'Sky', 'Remy', 'Sasha', 'Kai'])}]] (legal name {legal} on the "
            f"insurance card), partner {name_spans(given(r))} came too. on {drug(r)}, here for {term(r)}.")


def billing_dispute(r):
    return (f"[[LOCATION:{pick(r, p.PAYERS)}]] denied claim [[ID:{digits(r, 11)}]] again for {full_name(r)}, DOS "
            f"[[DATE:{date(r)}]]. auth # [[ID:{pick(r, ['PA', 'AUTH', ''])}{digits(r, 7)}]]. referring doc "
            f"Dr. {name_spans(pick(r, p.GIVEN['word_surname']))}, NPI [[ID:1{digits(r, 9)}]], DEA "
            f"[[ID:{pick(r, ['B', 'F', 'M'])}{pick(r, 'ABCDHLMSW')}{digits(r, 7)}]]. this was for {term(r)}.")


def derm_spa(r):
    return (f"saw a burn from a laser at [[LOCATION:{pick(r, p.CLINICS)}]] on [[LOCATION:{pick(r, p.STREETS)}]]. "
            f"{full_name(r)}, {r.randrange(22, 70)}F, photos in chart [[ID:IMG_{digits(r, 4)}]]. also has {term(r)}.")


def dental_case(r):
    return (f"dentist at [[LOCATION:{pick(r, p.CLINICS)}]] sent {full_name(r)} with {term(r)} after extraction, "
            f"MRN [[ID:{digits(r, 7)}]]. lives up in [[LOCATION:{pick(r, p.TOWNS)}]].")


def eye_case(r):
    return (f"{old_age(r)} from [[LOCATION:{pick(r, p.WORD_TOWNS)}]] with {term(r)}, daughter {name_spans(given(r))} "
            f"drove him, reach her at [[PHONE:{phone_intl(r)}]]. {drug(r)} started.")


def ordinary_case(r):
    return (f"{r.randrange(20, 85)}M {pick(r, ['farmer', 'welder', 'teacher', 'driver'])} at "
            f"[[LOCATION:{pick(r, p.EMPLOYERS)}]], lives on [[LOCATION:{pick(r, p.STREETS)}]] in "
            f"[[LOCATION:{pick(r, p.TOWNS)}]]. wife {name_spans(given(r))} says symptoms since [[DATE:{date(r)}]]. "
            f"we found {term(r)}. name is {full_name(r)} if anyone at the county hospital sees him.")


def ordinary_case_kid(r):
    return (f"{r.randrange(3, 16)} yo {name_spans(given(r))} from [[LOCATION:{pick(r, p.COUNTIES)}]], goes to "
            f"[[LOCATION:{pick(r, ['Lincoln Elementary', 'St. Casimir School', 'Riverside Middle', 'Hillcrest Academy'])}]], "
            f"brought by her aunt {full_name(r)}. {term(r)}, treated with {drug(r)}.")


def ehr_paste(r):
    return (f"pasting from the chart:\nPatient: {full_name(r, 2)}\nMRN: [[ID:{digits(r, 8)}]]\nDOB: [[DATE:{date(r)}]]\n"
            f"Dx: {term(r)}\nPCP: {full_name(r, 1)}\nContact: [[PHONE:{phone_intl(r)}]]")


def handle_post(r):
    handle = pick(r, ["dr_sunny_derm", "gasdoc77", "rig_medic_bob", "amishcountry_np", "dentalqueen"])
    return (f"@[[NAME:{handle}]] you treated my cousin's friend {full_name(r, 3)} right? she posted at "
            f"[[URL:https://www.{pick(r, ['gofundme.com/f/', 'tiktok.com/@'])}{given(r).split()[0].lower()}{digits(r, 3)}]] "
            f"about her {term(r)}.")


def visa_case(r):
    return (f"passport [[ID:{pick(r, ['P', 'N', 'K'])}{digits(r, 7)}]], visa [[ID:{digits(r, 8)}]] for {full_name(r, 1)}, "
            f"from [[LOCATION:{pick(r, p.ABROAD)}]], needs I-693 signed; {term(r)} treated with {drug(r)}.")


IDENTIFIER_TEMPLATES = [refugee_intake, detention_transfer, amish_case, hutterite_case, orthodox_case, vessel_case,
                        rig_case, flight_case, athlete_case, student_case, lgbtq_case, billing_dispute, derm_spa,
                        dental_case, eye_case, ordinary_case, ordinary_case_kid, ehr_paste, handle_post, visa_case]
