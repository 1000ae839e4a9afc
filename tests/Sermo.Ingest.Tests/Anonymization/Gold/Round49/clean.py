"""Round 49's eight identifier-free templates (decision 323): traps of the six settings, each field drawn in written
order, no field repeated in a post; every template is drawn twice."""

FIELDS = {
    "zoonosis": ["<<Q fever>>", "<<brucellosis>>", "<<psittacosis>>", "<<Bartonella>>", "<<Capnocytophaga>>"],
    "injury": ["<<boxer's fracture>>", "<<Jones fracture>>", "<<turf toe>>", "<<Lisfranc>> sprain", "<<stingers>>"],
    "drug": ["<<Suboxone>>", "<<Sublocade>>", "<<Vivitrol>>", "<<Narcan>>", "<<Tdap>>"],
    "mat": ["<<Suboxone>>", "<<Sublocade>>", "<<Vivitrol>>", "<<methadone>>"],
    "score": ["<<Epworth>>", "<<COWS>>", "<<CIWA>>", "<<PHQ-9>>", "<<AUDIT-C>>"],
    "number": ["HR 108", "temp 102.9", "glucose 114", "K 5.9 on a sodium of 131", "BP 98/60", "weight 93 kg",
               "platelets 101"],
    "holiday": ["Labor Day", "the Fourth", "Christmas Eve", "Thanksgiving weekend", "Groundhog Day"],
    "outbreak": ["<<norovirus>>", "<<Legionella>>", "<<Vibrio>>", "<<carbon monoxide>>", "<<hantavirus>>"],
}

TEMPLATES = [
    "journal club pick: a case series of {zoonosis} in people who never touched an animal. worth reading before {holiday}.",
    "two weeks of {injury} in the same company this month. am I missing a pattern?",
    "quick one: {drug} started, then {number} the next day. coincidence?",
    "residents keep asking whether {outbreak} needs reporting within 24 hours. in my state yes; check yours.",
    "{holiday} shift pearl: {outbreak} in a group with vomiting, and {number} in the sickest. think of the water first.",
    "{score} at intake and at three months in the {mat} clinic: about a third lower. small numbers, no control arm.",
    "anyone else seeing {injury} from cheap shoes? {number} in one, unrelated, but the feet were a mess.",
    "{zoonosis} serology came back after {holiday}. doxy started late. how long do you treat?",
]
