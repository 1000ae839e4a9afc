"""Round 37's identifier-free templates (decision 222): traps a scrubber may take for names, places or personal
numbers: eponyms, brands, place-named diseases, holidays and seasons, scores, and numbers that are doses or labs."""

EPONYMS = ["Tietze", "Osgood-Schlatter", "Sever", "Kienbock", "Dupuytren", "Peyronie", "Brugada", "Wolff-Parkinson-White",
           "Kawasaki", "Henoch-Schonlein", "Guillain-Barre", "Bell", "Baker", "Morton", "Charcot", "Virchow", "Trousseau",
           "Parkland", "Mallory-Weiss", "Zenker", "Meckel", "Wilson", "Addison", "Hashimoto", "Graves", "Crohn"]
BRANDS = ["Eliquis", "Xarelto", "Jardiance", "Farxiga", "Trulicity", "Lasix", "Keppra", "Narcan", "Suboxone", "Sublocade",
          "Seroquel", "Lyrica", "Flomax", "Humira", "Dupixent", "Paxlovid", "Tamiflu", "Epipen", "Bactrim", "Keflex"]
PLACE_WORDS = ["Lyme", "Rift Valley", "Crimean-Congo", "St. Louis encephalitis", "Powassan", "Bolivian hemorrhagic",
               "Lassa", "Nipah", "Hendra", "Chagas", "Zika", "Ross River", "Toscana", "Omsk", "Kyasanur Forest"]
SEASONS = ["deer season", "calving season", "harvest", "Veterans Day", "Fleet Week", "Kentucky Derby weekend", "Lent",
           "Yom Kippur", "Diwali", "Halloween", "the Fourth", "opening day of crab season", "hurricane season", "Christmas"]
SCORES = ["Wells", "HAS-BLED", "CHA2DS2-VASc", "MELD", "Child-Pugh", "NIHSS", "ABCD2", "Ottawa ankle", "PECARN",
          "Rockall", "APGAR", "Braden", "Morse fall", "AUDIT-C", "Mallampati", "Glasgow"]
LABS = [("sodium", 112), ("glucose", 98), ("CK", 104), ("platelets", 91), ("chloride", 110), ("lipase", 117),
        ("heart rate", 96), ("MAP", 94), ("ammonia", 101), ("LDL", 108)]

TEMPLATES = [
    "quick q: {eponym} sign or {eponym2} on exam, does anyone image right away or watch and wait? started {brand} already",
    "{labname} was {labval} on the repeat, gave {dose} mg of {brand} and rechecked in 2h. still a {score} of 3",
    "travel clinic question - {place} risk for a trip during {season}? or is that overcautious",
    "every {season} we see the same thing: {eponym} flares and people who stopped their {brand}",
    "{score} score of 4 plus {labname} {labval}, would you admit or obs? asking for a resident",
    "pharmacy swapped {brand} for the generic and now we have {labname} of {labval}. is that a thing",
    "would you send {place} serology for a fever that started right after {season}?? my attending just laughed",
    "reminder that {brand} {dose} mg is not the same as {brand2} {dose} mg. happened twice this {season}",
    "teaching point: {eponym} vs {eponym2}. {score} doesnt help. {labname} {labval} doesnt either",
    "do you chart {score} on every fall? our QI wants it plus {labname} on anyone over {dose} lbs lol",
]


def fill(rng, template):
    labname, labval = rng.choice(LABS)
    first, second = rng.sample(EPONYMS, 2)
    brand, brand2 = rng.sample(BRANDS, 2)
    return template.format(eponym=first, eponym2=second, brand=brand, brand2=brand2, place=rng.choice(PLACE_WORDS),
                           season=rng.choice(SEASONS), score=rng.choice(SCORES), labname=labname, labval=labval,
                           dose=rng.choice([5, 10, 20, 40, 95, 100, 112, 118]))
