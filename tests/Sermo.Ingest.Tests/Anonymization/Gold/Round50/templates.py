"""Round 50's identifier templates (decision 334): two per setting, each drawn twice. Fields in {braces} come from
generate.draw_fields; a field holding markup is already labelled there."""

TEMPLATES = [
    # museums and archives
    "{p_name} is a paper conservator at {museum}. {p_he_cap} spent {p_his} shift in the {archive_room} with a mould-spotted"
    " ledger and came in with <<hypersensitivity pneumonitis>> on the differential. born {p_dob}; badge {badge}. {p_his} {kin}"
    " {rel_name} drove {p_him} to {hospital}.",
    "registrar here. {p_first_lc} {p_last_lc} fell from a rolling ladder in the storage wing of {museum} on {date}, a"
    " <<distal radius fracture>>. accession {accession} was in {p_his} hands and survived. call me at {phone}.",
    # wildlife rehabilitation
    "{p_name}, a volunteer at {rehab}, was bitten by {animal_a} (we call it {animal_name}, intake {intake}) on {date}."
    " {p_he_cap} lives out in {word_town} and wants to know about <<rabies PEP>> timing. state permit {permit} is on the wall.",
    "rehabber with <<ringworm>> on both forearms after the {animal} ({animal_name}) from {rehab}. {p_last}, {p_first},"
    " DOB {p_dob}. {p_his} e-mail for the lab result is {p_email}.",
    # embassies and the foreign service
    "FSO at {post}, {p_name}: {p_his} {age_old} grandmother, visiting from {town}, fell on the residence stairs. medevac"
    " case {medevac} opened {date}. diplomatic passport {dip_passport}. <<hip fracture>> fixed locally.",
    "post health unit note: {p_name} ({p_culture}) returned to {post} on {date} with <<dengue>>; {p_his} {kin} {rel_name}"
    " is on {phone}. clearance number {clearance}.",
    # apiaries and beekeeping
    "{p_name} keeps about forty colonies for {apiary} and was stung at the {bee_yard} near {word_town} on {date}: <<anaphylaxis>>,"
    " two <<EpiPen>> doses. hive {hive} was the angry one. state apiary registration {apiary_reg}.",
    "beekeeper, {age_years}, {p_name}, from {town}, asks whether <<venom immunotherapy>> still makes sense. {p_his} {kin}"
    " {rel_name} took the call at {phone} and e-mails from {rel_email}.",
    # archaeology and field schools
    "field director {p_name} at {dig_site} reports a student with <<heat exhaustion>> in trench {trench} on {date}."
    " the student, {s_name}, was taken to {hospital}. find number {find} was bagged before anyone stopped.",
    "{s_name} (field school, {dig_site}) came back to {town} on {date} with a <<Valley fever>> serology pending."
    " {s_his} supervisor {p_name} can be reached at {p_email}.",
    # newsrooms and broadcast
    "{p_name}, an anchor at {station}, had <<vocal cord nodules>> scoped on {date}. born {p_dob}; press pass"
    " {press_pass}. producer {s_name} is asking when {p_he} can go back on air.",
    "reporter {p_first_lc} {p_last_lc} of {newsroom} collapsed covering the flood in {word_town} on {date}; <<rhabdomyolysis>>"
    " on labs. photographer {s_name} rode with {p_him} to {hospital}. {p_his} cell {phone}.",
]

CLEAN = [
    "{trap1} came up twice this month at the {setting_word}; I now ask about {trap2} on every intake form.",
    "{trap1} or {trap2}? patient is {age_under}, fever {temp} since the weekend, and I keep going back and forth.",
    "for those who asked after grand rounds: {trap1} versus {trap2} is still a clinical call, not a lab one.",
]

CLEAN_TRAPS = [
    "<<histoplasmosis>>", "<<Lyme disease>>", "<<West Nile virus>>", "<<Parkinson's disease>>", "<<Hashimoto's thyroiditis>>",
    "<<Bell's palsy>>", "<<Raynaud's phenomenon>>", "<<Addison's disease>>", "<<Ménière's disease>>", "<<Kawasaki disease>>",
    "<<Guillain-Barré syndrome>>", "<<Marburg virus>>", "<<Ebola>>",
    "<<Chagas disease>>", "<<typhoid>>", "<<chikungunya>>", "<<leptospirosis>>", "<<Salmonella>>",
]
SETTING_WORDS = ["museum", "rehab center", "embassy", "apiary", "dig", "newsroom"]
