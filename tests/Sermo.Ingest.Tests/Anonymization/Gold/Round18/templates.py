"""Round 18's templates, written for this set: each takes a Draw and returns one post in GoldMarkup.

Most are case posts as physicians write them (a story with a first name, a relative, a town, an employer, a room);
the rest are record shapes (sign-outs, pasted EHR blocks, tables, referral letters, portal messages). CLEAN ones hold
no identifier and are made of traps.
"""
import terms as T


def story_relative(d):
    p, kin = d.person(), d.person()
    return (f"had a {d.under90()}yo today, {p.first}, who works at {d.facility()}, came in with {d.term()}. "
            f"her {d.pick(['sister', 'husband', 'son', 'niece', 'roommate'])} {kin.first} drove her in from {d.town()} and "
            f"would not stop filming on his phone")


def story_very_old(d):
    p = d.person()
    return (f"{d.pick(['My', 'our', 'my fav'])} {d.age90()} {d.pick(['lady', 'gentleman', 'pt'])} {p.full} from {d.town(0.2)} "
            f"with {d.term()}. still lives alone, still mows, grandson {d.given()} checks on her {d.pick(T.WEEKDAYS)}s.")


def story_texting(d):
    p = d.person()
    return (f"{p.lower} in rm {d.room()} is back lol, {d.term()} again. told him no more {d.pick(['energy drinks', 'vape', 'fried chicken'])} "
            f"n he said ok doc. his gf {d.given(lower=True)} says hes been at {d.facility()} all wk")


def story_school(d):
    kid = d.person()
    return (f"{d.r.randint(5, 17)}yo {kid.first} from {d.school()} "
            f"with {d.term()}. coach {d.given()} brought him, mom {kid.last} works in {d.town(0.5)} and got there an hour later.")


def story_military(d):
    p = d.person()
    return (f"Army wife, {d.under90()}, {d.term()}. Husband SGT {p.last} is deployed, she wants the records sent to "
            f"{d.military()}. Their home is {d.town_zip()}.")


def story_abroad(d):
    p = d.culture_person()
    return (f"{p.full} is visiting her daughter here, {d.term()} on day 3 of the trip. Her home address for the "
            f"records: {d.abroad()}. GP there on {d.phone()}.")


def story_rural(d):
    p = d.word_person()
    return (f"Farmer {p.full}, {d.under90()}, lives out at {d.rural()} near {d.town(0.0)}, came in with {d.term()} "
            f"after he finished harvest. wife {d.given()} made him come.")


def story_date(d):
    p = d.person()
    return (f"Seen {d.date()} for {d.term()}, {p.first} had a follow-up on {d.date()} but never showed. "
            f"The number on file {d.phone()} goes to a {d.pick(['Dollar Tree', 'church office', 'body shop'])}.")


def story_employer(d):
    p = d.person()
    return (f"{p.full} works second shift at the {d.pick(['Cargill plant', 'JBS beef plant', 'Pilgrim' + chr(39) + 's Pride'])} "
            f"in {d.town(0.4)}, {d.term()}. supervisor {d.given()} wanted a note by {d.pick(T.WEEKDAYS)}.")


def story_nursing_home(d):
    p = d.person()
    return (f"Sent from {d.facility()} at 3am: {p.chart}, {d.age90()}, {d.term()}. The nurse {d.given()} "
            f"left a callback {d.phone()} that nobody answers.")


def signout_list(d):
    rows = []
    for n in range(1, d.r.randint(3, 5)):
        p = d.person()
        rows.append(f"{n}. {p.chart} ({d.room()}) {d.term()}")
    return "Signout:\n" + "\n".join(rows) + f"\ncall {d.given()} if anything"


def ed_board_caps(d):
    rows = [f"{d.room()}  {d.person().caps}  {d.pick([d.under90(), d.age90()])}  {d.term()}" for _ in range(3)]
    return "ED board at 0200, you can guess the night:\n" + "\n".join(rows)


def ehr_block(d):
    p = d.person()
    return (f"pasted from the chart:\nPatient: {p.chart}\nMRN: {d.mrn()}\nDOB: {d.date()}\nAddress: {d.street()}, "
            f"{d.town_zip()}\nInsurance: {d.member()}\nReason for visit: {d.term()}")


def markdown_table(d):
    rows = [f"| {d.room()} | {d.person().chart} | {d.term()} |" for _ in range(3)]
    return "| Bed | Patient | Problem |\n|---|---|---|\n" + "\n".join(rows)


def referral_letter(d):
    p, doc = d.person(), d.person()
    return (f"Dear Dr. {doc.last},\nI would be grateful if you could see {p.full} (DOB {d.date()}), who has "
            f"{d.term()}. She lives at {d.street()}, {d.town(0.6)}.\nYours sincerely,\n{d.person().full}, MD")


def uk_referral(d):
    p = d.person()
    return (f"Letter from the UK GP, for {d.term()}: NHS No. {d.nhs()}, {p.full}, {d.abroad()}. "
            f"Daughter's mobile {d.phone()}.")


def canada_card(d):
    p = d.person()
    return f"snowbird {p.full}, health card {d.health_card()}, {d.term()}, flying back to {d.town(0.0)} {d.pick(T.WEEKDAYS)}"


def medicare_face(d):
    p = d.person()
    return f"face sheet: {p.chart} MBI {d.mbi()} secondary {d.member()}, {d.age90()}, admitted for {d.term()}"


def colleague_numbers(d):
    doc = d.person()
    return (f"the script for {d.term()} was signed by Dr. {doc.full}, DEA {d.dea()}, NPI {d.npi()}, "
            f"but she says she never wrote it. pharmacy in {d.town()} flagged it.")


def car_and_plate(d):
    p = d.person()
    return (f"MVC, {p.first} ({d.under90()}) with {d.term()}. Police report lists plate {d.plate()} and VIN {d.vin()}; "
            f"the other driver is a {d.given()} from {d.town(0.3)}.")


def device_serial(d):
    p = d.person()
    return f"device clinic: {p.full}, serial {d.serial()}, {d.term()} on interrogation {d.date()}"


def portal_login(d):
    p = d.person()
    return (f"compliance asked about logins to {p.full}'s portal from {d.ip()} and {d.ip()} after the {d.term()} "
            f"admission. Her ex works at {d.facility()}.")


def fundraiser(d):
    p = d.person()
    return f"family of my pt {p.full} ({d.term()}) set up {d.url(p)}, and her brother posts updates as {d.handle(p)}."


def email_family(d):
    p = d.person()
    return f"daughter {p.first} asks that updates on her dad's {d.term()} go to {d.email(p)} or {d.phone()}"


def nickname_story(d):
    p = d.person()
    return (f"everyone on the unit calls him {d.nick()}, chart says {p.full}. {d.under90()}, {d.term()}, "
            f"his whole church from {d.church()} came to visit.")


def initials_post(d):
    p = d.person()
    return f"pt {p.initials} (initials only, I know the rules) from {d.town(0.0)}, {d.term()}, sister {d.given()} is a nurse there."


def runon(d):
    p, q = d.person(), d.person()
    return (f"so {p.first} comes in and says her {d.pick(['mom', 'dad', 'grandma'])} {q.full} is in the car with {d.term()} and "
            f"we go out and sure enough and then the {d.pick(['husband', 'boyfriend', 'uncle'])} shows up from {d.town()} "
            f"and starts yelling and security comes and its 4am and its {d.pick(T.WEEKDAYS)}")


def family_first(d):
    p = d.culture_person(d.pick(["Korean", "Hungarian"]))
    return f"{p.full} (family name first, the way he writes it), {d.age90()}, {d.term()}; son {d.given()} in {d.town(0.5)}."


def word_name_pair(d):
    p, q = d.word_person(), d.word_person()
    return (f"Two of my pts today: {p.full} with {d.term()}, and {q.full}, who drove from {d.town(0.0)} "
            f"with {d.term()}. Neither name helped the scribe.")


def portal_message(d):
    p = d.person()
    return (f"Portal message, {d.date()}: \"hi its {p.first} {p.last} again, my {d.term()} is worse since "
            f"{d.pick(T.WEEKDAYS)}, call me at {d.phone()}, I'm at my sister's in {d.town()}\"")


def pager_text(d):
    p = d.person()
    return f"PAGE: rm {d.room()} {p.last} {d.term()} family {d.given()} at bedside pls call {d.phone()}"


def clean_eponym(d):
    return (f"<<{d.pick(T.EPONYMS)}>> in a {d.under90()}yo, seen every {d.pick(T.WEEKDAYS)} in clinic. "
            f"Started {d.pick(T.DOSES)}; {d.pick(T.LABS)} on recheck.")


def clean_brand(d):
    return (f"Switched a {d.under90()}yo from <<{d.pick(T.BRANDS)}>> to <<{d.pick(T.BRANDS)}>> after {d.pick(T.HOLIDAYS)}. "
            f"Insurance again. {d.pick(T.LABS)}.")


def clean_trial(d):
    return (f"Does {d.pick(T.TRIALS)} apply to a {d.under90()}yo with <<{d.pick(T.CASE_TERMS)}>>? "
            f"The {d.pick(T.YEARS)} {d.pick(T.GUIDELINES)} guideline says maybe.")


def clean_place(d):
    return (f"<<{d.pick(T.PLACE_DISEASES)}>> on the differential for a {d.under90()}yo with fever after "
            f"{d.pick(T.HOLIDAYS)}; the <<{d.pick(T.PLACE_RULES)}>> was no help.")


def clean_word(d):
    word, sentence = d.pick(T.WORD_AS_WORD)
    return f"{sentence} <<{d.pick(T.CASE_TERMS)}>> in bed {d.pick(['by the window', 'in the hall', 'near the station'])}, {d.pick(T.LABS)}."


def clean_habit(d):
    return (f"Every {d.pick(T.WEEKDAYS)} after {d.pick(T.HOLIDAYS)} we see <<{d.pick(T.CASE_TERMS)}>>. "
            f"Ages {d.under90()} to {d.under90()}, {d.pick(T.DOSES)} for most.")


WITH_IDENTIFIERS = [
    story_relative, story_very_old, story_texting, story_school, story_military, story_abroad, story_rural,
    story_date, story_employer, story_nursing_home, signout_list, ed_board_caps, ehr_block, markdown_table,
    referral_letter, uk_referral, canada_card, medicare_face, colleague_numbers, car_and_plate, device_serial,
    portal_login, fundraiser, email_family, nickname_story, initials_post, runon, family_first, word_name_pair,
    portal_message, pager_text,
]
RECORD_SHAPES = {story_abroad, story_military, story_nursing_home, uk_referral, ehr_block, referral_letter,
                 markdown_table, ed_board_caps, signout_list}
CLEAN = [clean_eponym, clean_brand, clean_trial, clean_place, clean_word, clean_habit]
