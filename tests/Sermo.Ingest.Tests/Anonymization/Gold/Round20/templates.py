"""Round 20's templates with identifiers, in the voices the brief asks for (decision 143); each returns GoldMarkup."""
import draw as D
import sources as S
import terms as T


NORTH_AREA_CODES = ["867", "418", "780", "204", "306", "506", "709"]


def _t(value):
    return f"<<{value}>>"


def thread_quote(rng):
    g, _ = D.person(rng)
    return (f"> @{D.handle(rng)} wrote: \"anyone still admitting {_t(rng.choice(T.ADULT))} for one night?\" "
            f"-- yes. had {D.name(g)} from {D.pick(rng, S.TOWNS)} last week, went home on {_t(rng.choice(T.DRUGS))} "
            f"day 2. @{D.handle(rng)} you owe me a coffee.")


def as_dr_said(rng):
    _, s1 = D.person(rng)
    g2, s2 = D.person(rng)
    return (f"as Dr {D.name(s1)} said above, call the pharmacist before you load {_t(rng.choice(T.DRUGS))}. ours "
            f"({D.name(g2)} {D.name(s2)}, {D.extension(rng)}) caught a tenfold dose last night in a kid with "
            f"{_t(rng.choice(T.CHILD))}.")


def mm_timeline(rng):
    g, s = D.person(rng)
    _, resident = D.person(rng)
    return (f"M&M timeline, as presented: {D.date(rng)} 0740 {D.name(s)}, {D.name(g)} admitted with "
            f"{_t(rng.choice(T.ADULT))}. {D.date(rng)} 2215 hypotensive, night float Dr {D.name(resident)} "
            f"gave fluids only. {D.date(rng)} 0530 rapid response, lactate 6.1. {D.date(rng)} ICU, pressors. "
            f"teaching point: escalate at the first soft pressure.")


def case_conference(rng):
    g, s = D.person(rng)
    return (f"case conference, {D.date(rng)}: {D.old_age(rng)} {D.name(g)} {D.name(s)}, from "
            f"{D.pick(rng, S.FACILITIES)} in {D.pick(rng, S.TOWNS)}, {_t(rng.choice(T.OLD))} missed for "
            f"{rng.randint(2, 6)} days. the family was told on {D.date(rng)}. we talked about goals of care too late.")


def staff_shoutout(rng):
    g, s = D.person(rng)
    g2, _ = D.person(rng)
    return (f"shoutout to our night charge nurse {D.name(g)} {D.name(s)} ({D.extension(rng)}): caught "
            f"{_t(rng.choice(T.ADULT))} in room {D.number(rng, '###')} before any of us. resident {D.name(g2)} "
            f"was busy with a code in {D.number(rng, '##')}-B.")


def attending_pager(rng):
    g, s = D.person(rng)
    return (f"our attending, Dr. {D.name(g)} {D.name(s)}, {D.extension(rng)}, makes the interns present every "
            f"{_t(rng.choice(T.ADULT))} with the {_t('Wells score')} first. annoying, but she's usually right.")


def sign_out(rng):
    rows = []
    for _ in range(3):
        g, s = D.person(rng)
        rows.append(f"{D.name(s)}, {D.name(g)} {rng.choice(['rm', 'bed', 'Rm'])} {D.number(rng, '###')} "
                    f"{_t(rng.choice(T.ADULT))}")
    return "sign-out, nights: " + "; ".join(rows) + ". all stable-ish, text me not page."


def malpractice(rng):
    g, s = D.person(rng)
    _, lawyer = D.person(rng)
    _, partner = D.person(rng)
    case = rng.choice(["#:##-cv-#####", "CV-####-######", "##-L-####", "####-CI-#####"])
    return (f"sued for {_t(rng.choice(T.LEGAL))}. plaintiff {D.name(g)} {D.name(s)}, represented by "
            f"{D.span('LOCATION', f'{lawyer} & {partner}')}, case no. {D.number(rng, case)} in "
            f"{D.pick(rng, S.COUNTIES)}. my deposition is {D.date(rng)}. three years of my life so far.")


def claim(rng):
    g, s = D.person(rng)
    return (f"workers' comp claim {D.number(rng, rng.choice(['WC-########', '####-##-###A']))} for "
            f"{D.name(g)} {D.name(s)}, works at {D.pick(rng, S.EMPLOYERS)}, {_t('lumbar radiculopathy')}. "
            f"adjuster won't approve the MRI; call back {D.phone_us(rng)}.")


def board(rng):
    g, _ = D.person(rng)
    return (f"board complaint {D.number(rng, rng.choice(['BC-####-######', '####-#####']))} closed today. the "
            f"daughter, {D.name(g)}, said I caused her dad's {_t(rng.choice(T.OLD))}. 11 months of letters.")


def child_school(rng):
    g, _ = D.person(rng)
    sib, _ = D.person(rng)
    _, teacher = D.person(rng)
    return (f"{D.name(g)}, {rng.randint(4, 12)}, in again with {_t(rng.choice(T.CHILD))}. goes to "
            f"{D.pick(rng, S.SCHOOLS)}, plays for {D.pick(rng, S.TEAMS)}; little brother {D.name(sib)} is at "
            f"{D.pick(rng, S.DAYCARES)} and has it too. teacher Mrs. {D.name(teacher)} wants a note.")


def family_generations(rng):
    culture = rng.choice(sorted(S.PEOPLE))
    g1, s = D.person(rng, culture)
    g2 = g1
    while g2 == g1:
        g2, _ = D.person(rng, culture)
    return (f"the {D.name(s)} family: great-grandma {D.name(g1)}, {D.old_age(rng)}, {_t(rng.choice(T.OLD))}; "
            f"her grandson {D.name(g2)} brings her from {D.pick(rng, S.TOWNS)} every month and stays for "
            f"his own {_t('hypertension')} check.")


def portal(rng):
    g, s = D.person(rng)
    return (f"portal message, pasted: \"hi dr its {D.name(g)} {D.name(s)} dob {D.birth_date(rng)} my "
            f"{_t(rng.choice(T.DRUGS))} ran out and the pharmacy in {D.pick(rng, S.TOWNS)} wont refill. "
            f"call {D.phone_us(rng)} or {D.email(rng, g, s)}\"")


def telehealth(rng):
    g, s = D.person(rng)
    return (f"video visit from abroad: {D.name(g)} logged in from {D.pick(rng, S.TOWNS_ABROAD)} "
            f"(IP {D.span('IP', f'{rng.randint(31, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}')}), "
            f"{_t(rng.choice(T.ADULT))} follow-up. brother {D.name(s)} on {D.phone_abroad(rng)} translating.")


def case_relative(rng):
    g, s = D.person(rng)
    rel, _ = D.person(rng)
    return (f"{rng.randint(24, 86)}{rng.choice(['M', 'F'])}, {D.name(g)}, works at {D.pick(rng, S.EMPLOYERS)}, "
            f"{_t(rng.choice(T.ADULT))}. {rng.choice(['wife', 'son', 'sister', 'husband', 'niece'])} "
            f"{D.name(rel)} drove in from {D.pick(rng, S.TOWNS)}. home on {_t(rng.choice(T.DRUGS))}.")


def nursing_home(rng):
    g, s = D.person(rng)
    kin, _ = D.person(rng)
    return (f"{D.old_age(rng)} from {D.pick(rng, S.FACILITIES)}, room {D.number(rng, '###')}, "
            f"{_t(rng.choice(T.OLD))}. {D.name(g)} {D.name(s)} has outlived two of her children; daughter "
            f"{D.name(kin)} visits on Sundays.")


def custody(rng):
    g, s = D.person(rng)
    return (f"{rng.choice(['inmate', 'pt'])} from {D.pick(rng, S.PRISONS)}, {D.name(g)} {D.name(s)}, DOC "
            f"{D.number(rng, '########')}, {_t(rng.choice(T.ADULT))}. two officers in the room. the shelter he used "
            f"before, {D.pick(rng, S.SHELTERS)}, still calls to ask.")


def traveller(rng):
    g, s = D.person(rng)
    return (f"tourist {D.name(g)} {D.name(s)}, home address {D.pick(rng, S.ABROAD)}, passport "
            f"{D.number(rng, rng.choice(['AA#######', '#########', 'A########']))}, {_t(rng.choice(T.ADULT))} "
            f"on day 3 of the trip. family on {D.phone_abroad(rng)}.")


def canada_card(rng):
    g, s = D.person(rng, rng.choice(["quebecois", "cherokee", "ukrainian", "word"]))
    card = rng.choice([("AHCIP", "#####-####"), ("PHIN", "### ### ###"), ("HSN", "### ### ###"),
                       ("NB Medicare", "### ### ###"), ("OHIP", "####-###-###-AA")])
    return (f"transfer from up north: {D.name(g)} {D.name(s)}, {card[0]} {D.number(rng, card[1])}, "
            f"{_t(rng.choice(T.ADULT))}. phone {D.span('PHONE', D.digits(rng, f'+1 ({rng.choice(NORTH_AREA_CODES)}) ###-####'))}.")


def prior_auth(rng):
    g, _ = D.person(rng)
    return (f"prior auth denied again. member {D.number(rng, rng.choice(['W##########', 'XEH#########']))}, "
            f"group {D.number(rng, '########')}, {D.name(g)} ({rng.randint(6, 15)}) with "
            f"{_t(rng.choice(T.CHILD))}, {D.pick(rng, S.SCHOOLS)}. appeal #{D.number(rng, 'AP-######')}.")


def device_serial(rng):
    g, s = D.person(rng)
    device = rng.choice(["pump", "pacer", "CPAP", "ICD", "insulin pump", "LVAD controller"])
    shape = rng.choice(["AA#######A", "##########", "SN AA####A"])
    prefix = "SN " if shape.startswith("SN ") else ""
    return (f"{device} serial {prefix}{D.number(rng, shape.removeprefix(prefix))} recalled. "
            f"my pt {D.name(g)} {D.name(s)}, {D.old_age(rng)}, {_t(rng.choice(T.OLD))}, lives alone out by "
            f"{D.pick(rng, S.TOWNS)}.")


def texting(rng):
    g, s = D.person(rng, "word")
    nick = rng.choice(S.NICKNAMES)
    return (f"lol so {D.name(g.lower())} {D.name(s.lower())} aka \"{D.span('NAME', nick)}\" is back. "
            f"{_t(rng.choice(T.ADULT))} again, 3rd time since {D.date(rng)}. her mom {D.name(rng.choice(S.PEOPLE['word'][0]).lower())} "
            f"says hi to everyone on the floor smh")


def ehr_fragment(rng):
    g, s = D.person(rng)
    return (f"EHR paste (sorry): PATIENT: {D.name(s.upper())}, {D.name(g.upper())} | DOB {D.birth_date(rng)} | "
            f"MRN {D.number(rng, '#######')} | FIN {D.number(rng, '##########')} | ENC "
            f"{D.number(rng, '########')} | DX: {_t(rng.choice(T.ADULT))} | BED {D.number(rng, '##A')}")


def online(rng):
    g, s = D.person(rng)
    slug = D.ascii_fold(f"{g}-{s}".lower().replace(" ", "-").replace("'", ""))
    return (f"pt's family set up {D.span('URL', f'https://www.gofundme.com/f/{slug}-recovery')} after his "
            f"{_t(rng.choice(T.ADULT))}. his daughter posts updates as @{D.span('NAME', slug.replace('-', '_'))}. "
            f"I said nothing and liked nothing.")


def lawyer_letter(rng):
    g, s = D.person(rng)
    place = rng.choice(["Mercy Regional", "St. Mary's", "Good Sam", "Sacred Heart"])
    return (f"records request from the plaintiff's firm: re {D.name(g)} {D.name(s)} v. {D.span('LOCATION', place)}, "
            f"cause no. {D.number(rng, '####-CI-#####')}, {_t(rng.choice(T.LEGAL))} on {D.date(rng)}.")


def student(rng):
    g, s = D.person(rng)
    return (f"student health: {D.name(g)} {D.name(s)}, student ID {D.number(rng, rng.choice(['#######', 'A########']))}, "
            f"{_t(rng.choice(['infectious mononucleosis', 'meningococcal meningitis', 'mumps', 'pertussis']))}. "
            f"roommate {D.name(D.person(rng)[0])} in {D.pick(rng, S.NEIGHBOURHOODS)} too.")


def rural(rng):
    g, s = D.person(rng)
    address = rng.choice([f"RR {rng.randint(1, 9)} Box {rng.randint(10, 400)}", f"PO Box {rng.randint(10, 2999)}",
                          f"HC {rng.randint(60, 80)} Box {rng.randint(100, 900)}"])
    return (f"{D.name(g)} {D.name(s)}, {D.span('LOCATION', address)}, {D.pick(rng, S.COUNTIES)}. "
            f"{_t(rng.choice(T.ADULT))}, came in by neighbour's truck. no phone, mail only.")


def street(rng):
    g, _ = D.person(rng)
    return (f"another one from {D.pick(rng, S.NEIGHBOURHOODS)}: {D.name(g)}, found on {D.pick(rng, S.STREETS)} "
            f"near {D.pick(rng, S.CHURCHES)}, {_t(rng.choice(T.ADULT))}. {_t('naloxone')} x2 in the field.")


WITH_IDENTIFIERS = [thread_quote, as_dr_said, mm_timeline, case_conference, staff_shoutout, attending_pager,
                    sign_out, malpractice, claim, board, child_school, family_generations, portal, telehealth,
                    case_relative, nursing_home, custody, traveller, canada_card, prior_auth, device_serial,
                    texting, ehr_fragment, online, lawyer_letter, student, rural, street]
