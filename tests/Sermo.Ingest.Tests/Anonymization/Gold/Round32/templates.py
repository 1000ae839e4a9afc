"""Round 32's identifier templates: format strings filled from one draw (draws.draw). Each is used 3 times.
Settings first (occupational health, farms, tribal and Alaska clinics, boats, sports, festivals, insurance, abroad,
estates, foster care, shelters, hospice, research, admissions, conferences, social media), then plain case posts."""

SETTINGS = [
    # occupational health: factories, mines, warehouses, rigs, ports
    "occ health at {site}: {p.full}, emp id {emp}, badge {badge}, {work_term} on 2nd shift {date}. shift supervisor {s1.first} {s1.last} drove {p.him} over. {p.he} wants to go back tmrw lol no",
    "anyone else do {employer} onsite clinic? had a picker {p.comma} ({emp}) come in w/ {work_term} after a 10 hr shift, lives in {town} off {street}. HR person {s2.first} keeps calling me at {phone} for a RTW date",
    "rig medic here, {site}. roustabout {p.first} {p.last}, {yrs}{p.sex}, {work_term}. helo out to {town} {date}, badge {badge}. toolpusher {s1.last} says {p.he} was fine at crew change",
    "{p.last}, {p.first} -- longshoreman, ILWU reg {emp}, {work_term} at {site}. foreman {s1.full} witnessed. claim {claim} opened w/ {insurer}",
    "MSHA reportable? miner {p.full} ({badge}) at {site} near {town}, {work_term}. {p.his} {rn} {r.first} called from {phone} asking if its compensable",
    # farmworkers, ranches, camps
    "farmworker clinic {date}: {p.full}, {yrs}, crew boss {s1.first} {s1.last}, picks for {employer} out of {camp}. {work_term}. no phone, message via {p.his} {rn} {r.first} at {phone}",
    "ranch call out to {ranch} past {town}. hand named {p.first} (goes by {p.last} on the crew), {work_term}, boss {s1.full} wouldnt let {p.him} go to {county} ER",
    "h2a worker {p.full}, visa ref {ref}, housed at {camp} in {county}. {work_term} {date}. grower is {employer}, crew lead {s2.first}",
    # IHS, tribal clinics, Alaska villages, bush flights
    "IHS {town} sc: {p.full}, chart {mrn}, {term}. CHR {s1.first} {s1.last} does home visits. {p.his} {rn} {r.full} lives out past {street}",
    "medevac from {village} to {hub}: {p.first} {p.last}, {term}, {airline} {flight}, pilot {s1.first}. village health aide {s2.full} did the first call {date}",
    "CHA in {village} sent {p.full} on the {airline} mail plane ({flight}) to {hub} w/ {term}. DOB {date}. cousin {s3.first} came as escort",
    "elder {old.full}, {age}, from {village}, {old_term}. {old.his} {rno} {ro.first} {ro.last} translates. tribal id {member}",
    # fishing boats, harbours
    "deckhand off the {vessel} (reg {vessel_reg}), {p.full}, {work_term} near {town}. skipper {s1.first} {s1.last} radioed, harbormaster {s2.first} met us at slip {small}",
    "{vessel} came in to {town} {date} w/ crewman {p.first} {p.last}, {work_term}. owner is {s1.full}, call {phone}. crew list says {p.he} is {yrs}",
    "cannery worker {p.comma}, {employer} {town}, emp {emp}, {work_term}. bunkhouse room {room}. supervisor {s1.first}",
    # sports, tournaments, marathons
    "med tent at the {event} {date}: bib {small2}, {p.full}, {term} at mile 22. coach {s1.first} {s1.last} ran over. ID'd via {p.his} {rn} {r.first}",
    "team doc for {team}. #{small} {p.first} {p.last} ({yrs}) {kid_term} at {venue}, AT {s1.first} taped it. a parent, {s2.full}, is already on the phone",
    "tourney in {town} {date}, {team} vs the {s3.last} kids lol. goalie {p.first} {p.last}, jersey {small}, {kid_term}. coach {s1.full} wanted {p.him} back in",
    # festivals and concert tents
    "{festival} med tent by the {stage}: wristband {serial}, {p.first} {p.last}, {term}. friend {r.first} says {p.he} took 'something from {s1.first}'",
    "worked {festival} {date}. {p.first} (wristband {lot}) {term} at {stage}. friend {s1.first} {s1.last} no help. ems lead {s2.full}",
    # insurance, billing, prior auth
    "45 min on hold w {insurer} for {p.full} (member {member}, DOB {date}). rep {s1.first} gave ref {ref}, claim {claim} still denied for {term}",
    "peer to peer for {p.first} {p.last}: {insurer} call ref {ref}, reviewer dr {s1.last}. {term}. they want a 'trial of conservative tx' first. appeal fax {phone}",
    "billing dispute: {p.full}, acct {mrn}, {term} {date}, balance bill from {employer} ambulance. {p.his} {rn} {r.first} emailed from {r_email}",
    # medical tourism
    "pt back from {abroad}: {p.full}, surgery at {clinic_abroad} {date}, surgeon dr {s1.first} {s1.last}, stayed at {hotel}. now {term}. records from {phone}",
    "medical tourism fallout again. {p.first} {p.last}, {yrs}{p.sex}, {term} after a 'package' in {abroad} ({clinic_abroad}, dr {s1.last}). coordinator {s2.first} {email2}",
    # wills, estates, powers of attorney
    "estate mess: pt {old.full}, {age}, {old_term}. executor is {old.his} {rno} {ro.full}, POA filed {date}, probate {court} in {county}",
    "POA question. {old.comma}, {age}, {old_term}. {old.his} {rno} {ro.first} and lawyer {s1.full} ({phone}) both say they're in charge. case {court}",
    # adoption, foster care
    "foster kid, {p.first} {p.last}, placement {placement}, {kid_term}. caseworker {s1.full} from {agency}, phone {phone}. foster parent {s2.first} {s2.last} in {town}",
    "adoption physical for {p.first} {p.last}, born in {abroad} {date}, {kid_term}. agency {agency}, case {placement}, adoptive family is the {s3.last} family",
    # DV shelters, protective orders
    "seen at {shelter} {date}: {p.full}, {term}. PO {order} vs {r.first} {r.last}. advocate {s1.first} {s1.last} {phone}",
    "strangulation screen, {p.first} {p.last} from {shelter}, {term}. order # {order}, advocate {s1.first}, abuser {r.full} lives on {street}",
    # hospice at home, funeral homes
    "home hospice, {old.full}, {age}, {old_term}. chaplain {s1.full} visited {date}. {hospice} RN {s2.first}. {old.his} {rno} {ro.first} picked {funeral}",
    "pronounced at home in {town}: {old.full}, {age}, {old_term}. funeral director {s1.first} {s1.last} from {funeral} ({phone}) needs the cert",
    # research recruitment
    "recruiting for our {term} trial: contact coordinator {s1.full} {email} or {phone}. screened {p.first} {p.last} ({study}) {date}",
    "study visit {date}, subject {study}, {p.initial}, {term}. PI dr {s1.last}, coordinator {s2.first}. site {town}",
    # admissions, interviews
    "interview day at {school}: applicant {applicant}, {p.full}, wrote about {p.his} {rn}'s {term}. interviewer dr {s1.first} {s1.last}",
    # conferences, CME
    "CME in {abroad} {date}, booth {small} had a rep named {s1.first} pushing a device for {term}, serial {serial}. speaker dr {s2.full} at {hotel}",
    # social media quoting patients
    "patient posted in {group}: '{term} ruined my life' -- {handle} ({url}). {p.he} is my pt {p.first} {p.last} from {town}",
    "{handle} tagged our clinic again. it's {p.first} {p.last}, {term}, posting {p.his} labs in {group}. link {url}",
]

CASES = [
    "{p.lower}, {yrs}, {term}. came w {p.his} {rn} {r.first}. lives {town} on {street}. f/u {date}",
    "pt {p.comma}, MRN {mrn}, {term}, admitted {date} d/c {date2}. PCP dr {s1.last} in {town}. call {phone}",
    "{old.first} {old.last} is {age} and still drives from {town} for {old.his} {old_term} visits. {old.his} {rno} {ro.first} hates it",
    "quick q - {w.full}, {yrs}, {term}, works at {employer}. {w.he} is scared of needles. {w.his} {rn} {r.first} {r.last} is in {county}",
    "{p.initial} {yrs}{p.sex} {term}, pacemaker serial {serial}, lot {lot}. rep {s1.first} from the company came {date}",
    "called {p.first} {p.last} at {phone} re: {term}, no answer. {p.his} {rn} {r.first} said {p.he} moved to {addr_no} in {town}",
    "{old.full}, {age}, {old_term}, room {room} at the nursing home in {town}. {old.his} {rno} {ro.full} wants everything done",
    "{s1.first} {s1.last} (our NP) saw {p.full} {date}: {term}. {p.he} works nights at {employer} in {town}",
]
