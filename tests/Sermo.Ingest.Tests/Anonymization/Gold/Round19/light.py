"""Round 19's light templates: case posts where one or two identifiers slip in, many of them from outside the US."""
import sources
import terms
from draw import case, ident, name, old_age, person, place, room, surname_given


TOWNS_ABROAD = {"uk": ["Penrith", "Bideford", "Thirsk", "Oban", "Bridlington", "Ludlow"],
                "canada": ["Rimouski", "Kenora", "Yellowknife", "Truro", "Nanaimo", "Prince Albert"],
                "australia": ["Dubbo", "Broome", "Mount Isa", "Warrnambool", "Port Augusta", "Bundaberg"],
                "india": ["Madurai", "Dharwad", "Kottayam", "Jhansi", "Sangli", "Udupi"],
                "nz": ["Taupō", "Westport", "Masterton", "Kaitaia", "Ashburton"],
                "ireland": ["Clonakilty", "Ennis", "Castlebar", "Tullamore", "Carrick-on-Shannon"],
                "sa": ["Mthatha", "Polokwane", "Knysna", "Upington", "Ladysmith"]}
VOICES = {"uk": "UK GP", "canada": "Canadian FM", "australia": "Aussie GP", "india": "From Kerala, a physician",
          "nz": "NZ GP", "ireland": "Irish GP", "sa": "SA doc"}


def abroad_case(r):
    country = r.choice(sorted(TOWNS_ABROAD))
    c, t = case(r)
    culture = r.choice(sorted(sources.CULTURES))
    return (f"{VOICES[country]} here. {r.choice(['Mrs', 'Mr', 'Ms'])} {name(person(r, culture)[1])} from "
            f"{place(r.choice(TOWNS_ABROAD[country]))}, {r.randint(30, 88)}, {c}. {t}, review in a week.")


def abroad_kin(r):
    country = r.choice(sorted(TOWNS_ABROAD))
    c, t = case(r, terms.PEDS)
    return (f"{VOICES[country]}: wee one, {r.randint(1, 11)}, {c}; mum {name(person(r)[0])} drove in from "
            f"{place(r.choice(TOWNS_ABROAD[country]))} at 6am. {t}. Home by lunch.")


def first_name_only(r):
    c, t = case(r)
    return (f"Had {name(person(r)[0])} back today, the {r.randint(25, 85)}yo I posted about with {c}. {t} worked. "
            f"Small wins.")


def relative_town(r):
    c, t = case(r, terms.GERI + terms.ADULT)
    return (f"Saw a patient, {old_age(r)}, today; her {r.choice(sources.KIN)} {name(person(r)[0])} drove her down from "
            f"{place(r.choice(sources.WORD_TOWNS))} for the {c}. Started {t}. She made me promise not to tell her pastor.")


def room_case(r):
    c, t = case(r)
    return f"the lady in {room(r)} ({name(person(r)[0].lower())}) with {c} is finally eating. {t} done tomorrow."


def ob_case(r):
    c, t = case(r, terms.OB)
    return (f"{name(person(r)[0])}, {r.randint(19, 42)}, G{r.randint(1, 5)}, {c}. {t}. Her partner "
            f"{name(person(r)[0])} fainted in the hallway, as they do.")


def chat_line(r):
    c, _ = case(r)
    return (f"[{r.randint(0, 23):02d}:{r.randint(0, 59):02d}] {name(person(r)[0])}: {c} in bed {ident(str(r.randint(1, 40)))}, "
            f"can someone cover, I'm stuck in a code")


def signout_pair(r):
    (c1, _), (c2, _) = case(r), case(r, terms.GERI)
    return f"Sign-out: {surname_given(r)} ({room(r)}) {c1}, {surname_given(r)} ({room(r)}) {c2}. Nothing else pending."


def school_nurse(r):
    c, t = case(r, terms.PEDS)
    return (f"School nurse at {place(r.choice(sources.SCHOOLS))} called about a kid with {c}. We saw him same day. "
            f"{t}. Nurses like her keep kids out of the ED.")


def employer_case(r):
    c, t = case(r)
    return (f"{r.randint(25, 62)}M, forklift driver at the {place(r.choice(sources.EMPLOYERS))}, {c}. {t}. "
            f"Wants a note for work by Monday.")


LIGHT = [abroad_case, abroad_kin, first_name_only, relative_town, room_case, ob_case, chat_line, signout_pair,
         school_nurse, employer_case]
