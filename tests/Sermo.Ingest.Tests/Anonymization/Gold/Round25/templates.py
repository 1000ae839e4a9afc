"""Round 25's identifier templates: one function per post shape, each drawing from pools.py with the caller's rng."""
import pools


def culture(rng):
    return rng.choice(sorted(pools.GIVEN))


def given(rng, group=None):
    return f"[[NAME:{rng.choice(pools.GIVEN[group or culture(rng)])}]]"


def surname(rng, group=None):
    return f"[[NAME:{rng.choice(pools.SURNAME[group or culture(rng)])}]]"


def full_name(rng):
    """A given name and surname of one culture, written the ways posts write them."""
    group = culture(rng)
    first, last = rng.choice(pools.GIVEN[group]), rng.choice(pools.SURNAME[group])
    style = rng.randrange(6)
    if style == 0:
        return f"[[NAME:{last}]], [[NAME:{first}]]"
    if style == 1:
        return f"[[NAME:{first.lower()}]] [[NAME:{last.lower()}]]"
    if style == 2:
        return f"[[NAME:{first[0]}.]] [[NAME:{last}]]"
    if style == 3:
        return f"[[NAME:{last.upper()}]], [[NAME:{first.upper()}]]"
    return f"[[NAME:{first}]] [[NAME:{last}]]"


def digits(rng, count):
    return "".join(str(rng.randrange(10)) for _ in range(count))


def old_age(rng):
    """An age of 90 or more, joined forms labelled whole, a separate unit left out of the span."""
    years = rng.randrange(90, 104)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven"}
    forms = [f"[[AGE:{years}yo]]", f"[[AGE:{years}]] y/o", f"[[AGE:{years}yoF]]", f"[[AGE:{years}]]-year-old",
             f"[[AGE:{years}M]]", f"[[AGE:{years}]] yo"]
    if years in words:
        forms.append(f"[[AGE:{words[years]}]] year old")
    return rng.choice(forms)


def ordinal(day):
    return "st" if day in (1, 21) else "nd" if day in (2, 22) else "rd" if day in (3, 23) else "th"


def birth_date(rng):
    day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1928, 2001)
    return rng.choice([f"[[DATE:{day:02d}/{month:02d}/{year}]]", f"[[DATE:{day}.{month}.{year}]]",
                       f"[[DATE:{day} {pools.MONTH[month - 1]} {year}]]"])


def date(rng):
    day, month = rng.randrange(1, 29), rng.randrange(12)
    forms = [f"[[DATE:{day:02d}/{month + 1:02d}/2026]]", f"[[DATE:{day} {pools.MONTH[month]}]]",
             f"[[DATE:{pools.MONTH[month]} {day}]]", f"[[DATE:{day}.{month + 1}.26]]",
             f"the [[DATE:{day}{ordinal(day)} of {pools.MONTH[month]}]]"]
    return rng.choice(forms)


def phone(rng):
    forms = [f"+1 {digits(rng, 3)} 555 {digits(rng, 4)}", f"+44 7{digits(rng, 3)} {digits(rng, 6)}",
             f"+509 3{digits(rng, 3)} {digits(rng, 4)}", f"({digits(rng, 3)}) 555-{digits(rng, 4)}",
             f"00 692 {digits(rng, 3)} {digits(rng, 4)}"]
    return f"[[PHONE:{rng.choice(forms)}]]"


def term(rng, kind):
    return f"<<{rng.choice(pools.TERMS[kind])}>>"


def nursing_home(rng):
    return (f"{old_age(rng)} at [[LOCATION:{rng.choice(pools.NURSING_HOME)}]] in [[LOCATION:{rng.choice(pools.TOWN)}]], "
            f"room [[ID:{rng.randrange(100, 340)}B]]. daughter {given(rng)} is POA and wants everything done for the "
            f"{term(rng, 'geri')}. son {given(rng)} out in [[LOCATION:{rng.choice(pools.TOWN)}]] says comfort care. "
            f"ethics consult on {date(rng)}.")


def aps_referral(rng):
    return (f"Filed APS report #[[ID:APS-{digits(rng, 2)}-{digits(rng, 6)}]] today on {full_name(rng)}, {old_age(rng)}, "
            f"lives off [[LOCATION:{rng.choice(pools.STREET)}]] with a nephew who cashes her checks. "
            f"Came in with {term(rng, 'geri')} and bruises in different stages. Caseworker {given(rng)} "
            f"[[NAME:{rng.choice(pools.SURNAME['word'])}]] at {phone(rng)}.")


def guardianship(rng):
    return (f"Court appointed a guardian for my patient, case no. [[ID:{digits(rng, 2)}-GU-{digits(rng, 4)}]] in "
            f"[[LOCATION:{rng.choice(pools.COUNTY)}]]. Guardian is attorney {full_name(rng)}. Patient has "
            f"{term(rng, 'geri')} and keeps asking for her sister {given(rng)}. hearing was {date(rng)}.")


def street_outreach(rng):
    return (f"outreach van found {given(rng)} again at the camp under [[LOCATION:{rng.choice(pools.HIGHWAY)}]] by "
            f"exit [[LOCATION:{rng.randrange(2, 240)}]]. {term(rng, 'street')} both legs, refused transport. "
            f"goes by \"[[NAME:{rng.choice(['Tex', 'Preacher', 'Smokey', 'Bones', 'Doc', 'Cowboy', 'Shorty'])}]]\" "
            f"at [[LOCATION:{rng.choice(pools.SHELTER)}]]. HMIS id [[ID:{digits(rng, 7)}]].")


def shelter_disaster(rng):
    return (f"Red Cross shelter at [[LOCATION:{rng.choice(pools.TOWN)} High School]] after {rng.choice(pools.STORM)}: "
            f"{full_name(rng)} from [[LOCATION:{rng.choice(pools.TOWN)}]], {term(rng, 'disaster')}, "
            f"lost her meds in the water. FEMA registration [[ID:{digits(rng, 9)}]]. family in "
            f"[[LOCATION:{rng.choice(pools.COUNTY)}]] reachable at {phone(rng)}.")


def wildfire(rng):
    return (f"Evacuated from [[LOCATION:{rng.choice(pools.TOWN)}]] in the {rng.choice(pools.FIRE)}, staying at the "
            f"[[LOCATION:{rng.choice(pools.MOTEL)}]] on [[LOCATION:{rng.choice(pools.HIGHWAY)}]]. {given(rng)} "
            f"[[NAME:{rng.choice(pools.SURNAME['word'])}]] has {term(rng, 'disaster')}; husband {given(rng)} "
            f"came back in for the dog.")


def locum(rng):
    return (f"locum week {rng.randrange(2, 9)} at [[LOCATION:{rng.choice(pools.TOWN)} Regional]], staying at the "
            f"[[LOCATION:{rng.choice(pools.MOTEL)}]]. travel nurse {given(rng)} and I transferred a patient with "
            f"{term(rng, 'disaster')} to [[LOCATION:{rng.choice(pools.TOWN)}]] by fixed wing. patient was a "
            f"[[LOCATION:{rng.choice(pools.EMPLOYER)}]] driver, {given(rng)} [[NAME:{rng.choice(pools.SURNAME['cajun'])}]].")


def pharmacy(rng):
    return (f"[[LOCATION:{rng.choice(pools.PHARMACY)}]] store #[[ID:{digits(rng, 5)}]] in "
            f"[[LOCATION:{rng.choice(pools.TOWN)}]] filled Rx [[ID:{digits(rng, 7)}]] for {term(rng, 'rx')} twice "
            f"this month for {full_name(rng)}. pharmacist {given(rng)} called me from {phone(rng)}.")


def radiology(rng):
    return (f"Outside CT from [[LOCATION:{rng.choice(pools.TOWN)} Memorial]], accession "
            f"[[ID:{rng.choice(['CT', 'MR', 'XR'])}{digits(rng, 8)}]], read by Dr. {surname(rng)}: "
            f"{term(rng, 'rad')}. Patient {full_name(rng)}, MRN [[ID:{digits(rng, 8)}]], done {date(rng)}.")


def pathology(rng):
    return (f"specimen [[ID:S{digits(rng, 2)}-{digits(rng, 5)}]] part A: {term(rng, 'path')}, margins clear. "
            f"signed out by {surname(rng)} on {date(rng)}. pt is {given(rng)}, works at "
            f"[[LOCATION:{rng.choice(pools.EMPLOYER)}]] in [[LOCATION:{rng.choice(pools.TOWN)}]].")


def device(rng):
    mac = ":".join(digits(rng, 2) for _ in range(6))
    return (f"loop recorder SN [[ID:{rng.choice(['RNA', 'LNQ', 'ILR'])}{digits(rng, 6)}]] flagged "
            f"{term(rng, 'device')} at 03:12. home monitor MAC [[ID:{mac}]] last seen from IP "
            f"[[ID:10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}]]. patient {full_name(rng)}, app "
            f"login [[ID:{rng.choice(pools.GIVEN['word']).lower()}{digits(rng, 2)}]].")


def fundraiser(rng):
    slug = rng.choice(pools.GIVEN["word"]).lower()
    return (f"Family started [[URL:gofundme.com/f/help-{slug}-fight-{rng.choice(['cancer', 'back', 'on'])}]] for "
            f"{full_name(rng)} with {term(rng, 'path')}. KSLA ran a story, the mom posts as "
            f"[[ID:@{slug}strong{digits(rng, 2)}]] and tagged our clinic. He's from [[LOCATION:{rng.choice(pools.TOWN)}]].")


def genetics(rng):
    return (f"cascade testing for {term(rng, 'genetic')}: proband {full_name(rng)} (family [[ID:F{digits(rng, 4)}]]), "
            f"sister {given(rng)} positive, brother {given(rng)} in [[LOCATION:{rng.choice(pools.ABROAD)}]] declined. "
            f"biobank sample [[ID:BB-{digits(rng, 6)}]].")


def foster(rng):
    return (f"foster kid {given(rng)}, DCS case [[ID:{digits(rng, 8)}]], placed with the {surname(rng)} family in "
            f"[[LOCATION:{rng.choice(pools.TOWN)}]] on {date(rng)}. {term(rng, 'peds')}. caseworker "
            f"{full_name(rng)} wants records faxed to {phone(rng)}.")


def workers_comp(rng):
    return (f"WC claim [[ID:{digits(rng, 3)}-{digits(rng, 6)}]] for {full_name(rng)}, {term(rng, 'work')} at "
            f"[[LOCATION:{rng.choice(pools.EMPLOYER)}]] plant in [[LOCATION:{rng.choice(pools.TOWN)}]] on "
            f"{date(rng)}. adjuster {given(rng)} [[NAME:{rng.choice(pools.SURNAME['word'])}]] keeps asking about MMI.")


def disability(rng):
    return (f"SSDI paperwork again. {full_name(rng)}, SSA claim [[ID:{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}]]"
            f", {term(rng, 'work')} since {date(rng)}. lives with cousin {given(rng)} up in "
            f"[[LOCATION:{rng.choice(pools.TOWN)}]].")


def ordinary_case(rng):
    return (f"{given(rng)} is a farmer out by [[LOCATION:{rng.choice(pools.TOWN)}]], came in with "
            f"{term(rng, 'disaster')}. wife {given(rng)} drove him {rng.randrange(40, 90)} miles. "
            f"grandson goes to [[LOCATION:{rng.choice(pools.TOWN)} Elementary]]. Follow-up {date(rng)}.")


def ehr_paste(rng):
    return (f"pasting from the chart:\nPt: {full_name(rng)}\nDOB: {birth_date(rng)}\nMRN: [[ID:{digits(rng, 7)}]]\n"
            f"Dx: {term(rng, 'geri')}\nPCP: Dr. {surname(rng)}\nE-mail on file: "
            f"[[EMAIL:{rng.choice(pools.GIVEN['word']).lower()}.{digits(rng, 2)}@yahoo.com]]")


def texting(rng):
    return (f"ugh [[NAME:{rng.choice(pools.GIVEN[culture(rng)]).lower()}]] [[NAME:{rng.choice(pools.SURNAME[culture(rng)]).lower()}]] back again lol {term(rng, 'street')} "
            f"n she's at the [[LOCATION:{rng.choice(pools.MOTEL)}]] now. her bf {given(rng)} txtd me frm {phone(rng)}")


def international(rng):
    return (f"tourist from [[LOCATION:{rng.choice(pools.ABROAD)}]], {full_name(rng)}, {term(rng, 'disaster')} after "
            f"the flood. insurer in Europe wants a report by {date(rng)}; her son {given(rng)} is on {phone(rng)} "
            f"and [[EMAIL:{rng.choice(pools.GIVEN['irish']).lower().replace('á', 'a')}.family@gmail.com]].")


IDENTIFIER_TEMPLATES = [nursing_home, aps_referral, guardianship, street_outreach, shelter_disaster, wildfire, locum,
                        pharmacy, radiology, pathology, device, fundraiser, genetics, foster, workers_comp, disability,
                        ordinary_case, ehr_paste, texting, international]
