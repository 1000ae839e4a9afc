"""Round 19's templates with identifiers: case posts, sign-outs, letters, chats and posts from abroad (decision 138).

Each template takes a seeded random.Random and returns one post in GoldMarkup. Clean templates are in clean.py.
"""
import sources
import terms
from draw import (au_medicare, aadhaar, bc_phn, birth_date, case, date, dea, email, full_name, ident, ipv4, ipv6,
                  mbi, member_id, mrn, name, nhs, npi, nz_nhi, ohip, old_age, person, phone_abroad, place, plate,
                  pps, room, sa_id, serial, span, surname_given, term, us_phone, vin)


def case_word_town(r):
    c, t = case(r)
    kin, given = r.choice(sources.KIN), person(r)[0]
    town = place(r.choice(sources.WORD_TOWNS))
    return (f"{r.randint(24, 86)}{r.choice('MF')} from {town}, {c}. {kin.capitalize()} {name(given)} drove "
            f"two hours to bring them in. Started {t} and admitted; I love that the ED board just said \"from {town}\".")


def case_employer(r):
    c, t = case(r)
    return (f"{full_name(r)}, {r.randint(22, 64)}, works nights at the {place(r.choice(sources.EMPLOYERS))}; came in with "
            f"{c} after finishing a double shift. {t} given. Supervisor {name(person(r)[0])} called asking when he can come back.")


def case_school(r):
    c, t = case(r, terms.PEDS)
    mom = person(r)[0]
    return (f"peds: {name(person(r)[0])} ({r.randint(2, 14)}), goes to {place(r.choice(sources.SCHOOLS))}, {c}. "
            f"{t}. mom {name(mom)} asked for a school note, the nurse there is a hawk about it.")


def case_nursing_home(r):
    c, t = case(r, terms.GERI)
    return (f"My {old_age(r)} from {place(r.choice(sources.NURSING_HOMES))}, room {room(r)}, {full_name(r)}, "
            f"{c} again. {t}. Her {r.choice(sources.KIN)} {name(person(r)[0])} wants everything done; we talked for an hour.")


def case_church(r):
    c, t = case(r)
    return (f"{full_name(r)} ({r.randint(40, 88)}) collapsed during choir at {place(r.choice(sources.CHURCHES))} in "
            f"{place(r.choice(sources.WORD_TOWNS))}. {c}. {t}. The pastor, {name(person(r)[1])}, sat with the family all night.")


def case_texting(r):
    c, t = case(r)
    return (f"omg {full_name(r, lower=True)} is back lol. {c} AGAIN. gave {t}. {r.choice(sources.KIN)} "
            f"{name(person(r)[0].lower())} says she \"forgot\" her meds at her bf's in {place(r.choice(sources.WORD_TOWNS).lower())}")


def case_nickname(r):
    c, t = case(r)
    nick = r.choice(sources.NICKNAMES)
    return (f"\"{name(nick)}\" ({full_name(r)} on the chart) is {r.randint(30, 80)} and has been coming to our ED since "
            f"before I was a resident. {c} tonight. {t}. Everybody on staff knows {name(nick)}.")


def case_family_first(r):
    culture = r.choice(sorted(sources.FAMILY_FIRST))
    c, t = case(r)
    return (f"Registration flipped {full_name(r, culture)}'s names again (family name first, as she writes it), so the "
            f"{c} order went to the wrong chart for an hour. {t} given late. Her son {name(person(r, culture)[0])} was gracious.")


def signout_list(r):
    rows = []
    for pool in (terms.ADULT, terms.GERI, terms.ADULT):
        c, _ = case(r, pool)
        rows.append(f"rm {room(r)} {surname_given(r)} - {c}, {r.choice(['stable', 'watch UOP', 'recheck lytes 0400', 'full code', 'DNR/DNI'])}")
    return "Night sign-out: " + "; ".join(rows) + "."


def ed_board(r):
    rows = [f"{ident(str(r.randint(1, 30)))} {surname_given(r, upper=True)} {case(r)[0]}" for _ in range(3)]
    return "ED board at 0200, copied for the teaching file: " + " | ".join(rows)


def uk_handover(r):
    c, t = case(r)
    return (f"Handover, bay {ident(str(r.randint(1, 8)))} bed {ident(str(r.randint(1, 6)))}: {surname_given(r, upper=True)}, "
            f"NHS {nhs(r)}, {c}, on {t}. NOK {r.choice(sources.KIN)} {name(person(r)[0])} {phone_abroad(r, 'uk')}.")


def uk_referral(r):
    street, town, postcode = r.choice(sources.UK)
    given, surname, _ = person(r)
    c, t = case(r)
    return (f"Pasted referral: \"Dear Dr {name(person(r)[1])}, I would be grateful if you could see {name(given)} "
            f"{name(surname)} (DOB {birth_date(r, 'eu')}, NHS no. {nhs(r)}), {place(street)}, {place(town)} "
            f"{place(postcode)}, who presents with {c}. I have started {t}. Yours sincerely, Dr {name(person(r)[1])}\"")


def canada_referral(r):
    street, town, province, postcode = r.choice(sources.CANADA)
    card = ohip(r) if province == "ON" else bc_phn(r)
    c, t = case(r)
    return (f"Consult request (Canada): {full_name(r)}, health card {card}, {place(street)}, {place(town)} {province} "
            f"{place(postcode)}, tel {phone_abroad(r, 'canada')}. Reason: {c}; {t} started in the ER. Referring: "
            f"Dr {name(person(r)[1])}.")


def discharge_summary(r):
    c, t = case(r)
    return (f"DISCHARGE SUMMARY. Name: {surname_given(r, upper=True)}. MRN: {mrn(r)}. MBI: {mbi(r)}. Admitted: "
            f"{date(r, 'us')}. Discharged: {date(r, 'us')}. Principal diagnosis: {c}. Treated with {t}. PCP: "
            f"Dr {full_name(r)}, fax {us_phone(r)}.")


def group_chat(r):
    a, b = person(r)[0], person(r)[0]
    c, t = case(r)
    return (f"[{r.randint(19, 23)}:{r.randint(10, 59)}] {name(a)}: who has {full_name(r)} in {room(r)}? {c}, pressures soft "
            f"[{r.randint(19, 23)}:{r.randint(10, 59)}] {name(b)}: me. {t} running. {name(a)} can u call the daughter, "
            f"her number is on the whiteboard")


def quoted_colleague(r):
    colleague = person(r)
    c, t = case(r)
    return (f"Quoting {name(colleague[0])} {name(colleague[1])} from our group chat because it's gold: \"the guy in "
            f"{room(r)} from {place(r.choice(sources.WORD_TOWNS))} does not have {term('anxiety')}, he has {c}\". "
            f"She was right; {t} fixed it.")


def australia_case(r):
    street, town, state, postcode = r.choice(sources.AUSTRALIA)
    c, t = case(r)
    return (f"Aus rural: {full_name(r)}, Medicare {au_medicare(r)}, lives at {place(street)}, {place(town)} {state} "
            f"{place(postcode)}. {c}, retrieved by the RFDS, {t} on the plane. Mobile {phone_abroad(r, 'australia')}.")


def india_case(r):
    street, area, pin = r.choice(sources.INDIA)
    c, t = case(r)
    return (f"From our OPD: {full_name(r)}, {r.randint(30, 80)} yrs, {place(street)}, {place(area)} - {place(pin)}, "
            f"Aadhaar {aadhaar(r)}, came with {c}. {t} started. Attendant (son) reachable at {phone_abroad(r, 'india')}.")


def nz_case(r):
    street, town, postcode = r.choice(sources.NEW_ZEALAND)
    c, t = case(r)
    return (f"NZ: {full_name(r, r.choice(['samoan', 'words', 'us']))}, NHI {nz_nhi(r)}, from {place(town)} "
            f"({place(street)}, {place(postcode)}). {c}; {t}. Whānau contact {phone_abroad(r, 'nz')}.")


def ireland_case(r):
    street, town, eircode = r.choice(sources.IRELAND)
    c, t = case(r)
    return (f"Irish GP: {full_name(r, 'irish')}, PPSN {pps(r)}, {place(street)}, {place(town)}, {place(eircode)}. "
            f"{c}, {t} and review {date(r, 'words')}. Mobile {phone_abroad(r, 'ireland')}.")


def south_africa_case(r):
    street, town, postcode = r.choice(sources.SOUTH_AFRICA)
    c, t = case(r)
    return (f"SA: {full_name(r, r.choice(['zulu', 'words', 'dutch']))}, ID {sa_id(r)}, {place(street)}, {place(town)} "
            f"{place(postcode)}. {c}. {t}. Her {r.choice(sources.KIN)} {name(person(r, 'zulu')[0])} on {phone_abroad(r, 'sa')}.")


def military_address(r):
    kind = r.choice(["APO AE 09", "FPO AP 96", "DPO AA 34"])
    c, t = case(r, terms.OB + terms.PEDS)
    return (f"{full_name(r)}'s {r.choice(['husband', 'wife'])} is deployed; mail to {place('Unit ' + str(r.randint(2000, 9999)) + ' Box ' + str(r.randint(1, 999)))}, "
            f"{kind[:-3]} {place(kind[-2:] + str(r.randint(100, 999)))}. Patient has {c}; {t}. Red Cross message sent {date(r, 'ordinal')}.")


def mexico_address(r):
    street, colonia, city, state, cp = r.choice(sources.MEXICO)
    c, t = case(r)
    return (f"Border clinic: {full_name(r, 'us')}, domicilio {place(street)}, {place(colonia)}, {place(city)}, {state}, "
            f"C.P. {place(cp)}. Crosses for {c} care; {t}. Cel {phone_abroad(r, 'mexico')}.")


def rural_route(r):
    c, t = case(r, terms.GERI)
    box = r.choice([f"Rural Route {r.randint(1, 9)}, Box {r.randint(10, 400)}", f"PO Box {r.randint(10, 9999)}",
                    f"RR {r.randint(1, 5)} Box {r.randint(10, 99)}A", f"HC {r.randint(60, 80)} Box {r.randint(1, 300)}"])
    return (f"Home health referral for {full_name(r)}: address {place(box)}, {place(r.choice(sources.WORD_TOWNS))}, no street "
            f"number. {c}; {t}. Best reached through her {r.choice(sources.KIN)} at {us_phone(r)}.")


def colleague_numbers(r):
    doc = person(r)
    c, t = case(r)
    return (f"Pharmacy rejected the {t} order for {c} because Dr {name(doc[0])} {name(doc[1])}'s DEA {dea(r, doc[1])} "
            f"and NPI {npi(r)} don't match the state file. Patient waited 3 hours. Fun.")


def vehicle(r):
    c, t = case(r)
    return (f"MVC: {full_name(r)}, driver of a pickup, plate {plate(r)}, VIN {vin(r)} (police needed it for the report). "
            f"{c}. {t}. Found on {place(r.choice(['County Road ', 'Farm Road ', 'Old Route '])+str(r.randint(3, 999)))} near {place(r.choice(sources.WORD_TOWNS))}.")


def device(r):
    c, t = case(r)
    return (f"{full_name(r)}'s pump (serial {serial(r)}) uploads from {ipv4(r)}; the vendor portal logged a second login from "
            f"{ipv6(r)}. Meanwhile the actual problem is {c}. {t}.")


def contact(r):
    given, surname, _ = person(r, r.choice(["us", "words", "scandinavian", "finnish"]))
    c, t = case(r)
    return (f"Patient {name(given)} {name(surname)} e-mailed me at home ({email(r, given, surname)}) with photos and a link to "
            f"her blog {span('URL', 'https://' + surname.lower().replace(' ', '') + 'journey.blogspot.com')} about {c}. "
            f"Redirected to the portal. {t}.")


def portal_message(r):
    c, t = case(r)
    return (f"Portal msg: \"hi its {name(person(r)[0])} ({c} pt), my new number is {us_phone(r)}, my appt on "
            f"{date(r, r.choice(['words', 'ordinal']))} can be moved? also refill {t}\" - sent at 0240.")


def insurance(r):
    c, t = case(r)
    return (f"Prior auth for {t} ({c}) denied for {full_name(r)}, member ID {member_id(r)}, group {ident(str(r.randint(100000, 999999)))}. "
            f"Peer to peer with Dr {name(person(r)[1])} at {us_phone(r)}.")


def euro_dates(r):
    c, t = case(r)
    return (f"Visiting doc from abroad writing dates my way: {full_name(r, r.choice(['dutch', 'greek', 'finnish', 'scandinavian']))}, "
            f"born {birth_date(r, 'dots')}, admitted {date(r, 'eu')} with {c}, {t} until {date(r, 'words')}.")


def state_town(r):
    c, t = case(r)
    town, state = r.choice(sources.US_TOWNS_STATE)
    return (f"Transfer from {place(town)}, {state}: {full_name(r)}, {old_age(r)}, {c}, {t} given there. Grandson "
            f"{name(person(r)[0])} following by car.")


WITH_IDENTIFIERS = [case_word_town, case_employer, case_school, case_nursing_home, case_church, case_texting,
                    case_nickname, case_family_first, signout_list, ed_board, uk_handover, uk_referral,
                    canada_referral, discharge_summary, group_chat, quoted_colleague, australia_case, india_case,
                    nz_case, ireland_case, south_africa_case, military_address, mexico_address, rural_route,
                    colleague_numbers, vehicle, device, contact, portal_message, insurance, euro_dates, state_town]
