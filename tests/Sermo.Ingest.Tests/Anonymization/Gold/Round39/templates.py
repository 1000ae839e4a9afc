"""Round 39's identifier templates (decision 239): format strings filled from one dict of draws (draws.draw). Each is
drawn twice by generate.py. Most tell one patient's story; the rest are physicians talking about work."""

TEMPLATES = [
    # churches, parishes, mosques, synagogues, temples, plain communities
    "{P}, {AGE}, brought in by {CT} from {CHURCH} after the Sunday potluck. {T} on the CT. {his} {K} {R} is at {PHONE}.",
    "{CT} called me about a parishioner, {PF}, DOB {DOB}, who missed mass at {CHURCH} in {TOWN} for the first time in forty years. found down, {T}.",
    "Amish pt from {AMISH}, {PF}, no phone, no SSN, family pays cash. bishop {CS} drove the buggy to the ED. {T}. MRN {MRN}",
    "Hutterite colony nurse at {COLONY} sent {PG} in, {AGE} and still working the garden. {T}. the colony boss {C} wants updates at {PHONE}",
    "imam {CS} from {MOSQUE} asked if {PF} can fast this year with {T}. pt is {AGEW}. I said no but the imam says he will talk to {his} {K} {RG}.",
    "Rabbi {CS} of {SYN} brought {PF} ({AGE}) to us the morning after shabbat, {T}. {his} {K} {R} can be reached at {EMAIL}",
    "{PF} volunteers in the langar at {TEMPLE}, collapsed serving on {D1}. {T}. son-in-law's number {PHONE2}, MRN {MRN}.",
    "Mennonite family from {TOWN} with {GT}. proband {P}, sibs {RG} and {WG}. the church deacon {C} organised rides to {UNI} genetics.",
    # universities, student health, labs
    "student health: {P}, student id {STU}, lives in {HALL} room {ROOM}, RA {W} found {his} roommate down. {T}. mom is at {PHONE}.",
    "PI {C} emailed from {EDU}: grad student {PF} got a needlestick with sample {SAMPLE} under protocol {IRB}. {T} workup pending.",
    "{UNI} freshman, {P}, dorm {HALL} {ROOM}, came in {D1} with {T}. the RA {WF} says three on the floor are sick.",
    "research lab exposure, {PF}, employee {EMP}, notebook {SAMPLE}. IRB {IRB}, PI {C}. occupational health line {PHONE}",
    # funeral homes, MEs, coroners, organ procurement
    "ME case {CASE}: decedent {PF}, {AGE}, found at home in {TOWN} on {D1}. released to {FH}. family contact {K} {R} {PHONE}",
    "donor coordinator {C} from the OPO paged at 0300. UNOS {UNOS}, donor {P} from {COUNTY}. {T} ruled out. call back {PHONE}",
    "coroner {C} wants the chart for {PF} (MRN {MRN}), died {D1} at {FH}'s request, case {CASE}. cause listed as {T}",
    "{FH} asked us to sign the death cert for {P}, DOB {DOB}, {AGEW} years old. last seen by me {MONTH}. {T}.",
    # banks, billing, collections
    "{PF} came in furious: {AGENCY} sent {his} {T} bill to collections, account {COLL}, invoice {INV}. claim {CLAIM} was denied.",
    "billing office ({C}) says {P}'s {BANK} autopay bounced, routing {ROUTING}, account {ACCT}. patient is {AGE} and on a fixed income",
    "claim denial for {PF}, claim {CLAIM}, DOS {D1}, for {T}. our biller {W} appealed on {D2}; call {PHONE}",
    "{P} works as a teller at {BANK} in {TOWN}, employee {EMP}, came in with {T} after a robbery at the branch on {D1}.",
    # rideshare, delivery, gig
    "{APP} driver {PF}, driver id {DRIVER}, plate {PLATE}, rear-ended on {D1}. {T}. dispatcher {W} called at {PHONE}",
    "{P}, delivers for {APP} ({HANDLE}), {work_age} y/o, bit by a dog on a drop in {TOWN}. {T}.",
    "{APP} shopper {PF} collapsed in the {TOWN} store, {T}. {his} app id {DRIVER}, car plate {PLATE}, {K} {R} at {PHONE}",
    # genetic testing, genealogy, pedigrees
    "{LAB} kit {KIT} for {PF} came back with {GT}. accession {ACC}. {his} {K} {R} and a cousin {W} want testing too.",
    "pedigree for {P}: grandfather {C} (b. {YEAR}), great-aunt {WF}, {K} {RG}. {GT} in three generations. site {URL}",
    "genealogy site hit for {PF}: a half-sib {W} in {CITYX}. {LAB} accession {ACC}, {GT}. e-mail {EMAIL}",
    "{PF}, {AGE}, found through {LAB} that {his} father was donor {KIT}. counsellor {C} at {PHONE}. {GT} suspected.",
    # cruise ships, airports, travel clinics, expats
    "ship's doctor on the {SHIP}: {PF}, cabin {CABIN}, booking {BOOK}, {AGE}, {T} off {CITYX}. medevac on {D1}.",
    "travel clinic: {P} flying {FLIGHT} from {AIRPORT} {TERMINAL}, gate {GATE}, seat {SEAT}, passport {PASS}. needs {MED} before the trip.",
    "expat pt {PF} lives at {STREETX}, {CITYX}; local number {PHONEX}. {T} there in {MONTH}. records from {EMAIL}",
    "{P} collapsed at {AIRPORT} gate {GATE}, {T}. booked on {FLIGHT} seat {SEAT}. {his} {K} {R} {PHONE}",
    "{SHIP} crew member {PF}, crew id {EMP}, cabin {CABIN}, {T} in port at {CITYX} on {D1}",
    # camps, scouting, youth leagues
    "{CAMP} nurse: camper {P}, cabin {CABINNO}, counsellor {W}. {T} after the lake swim on {D1}. parents {PHONE}",
    "scoutmaster {C} of troop {TROOP} brought {PF} in from {CAMP}, {T}. {his} {K} {RG} is also in the troop.",
    "u12 team {TEAM} coach {C} says {PG} {PS} ({HANDLE} on the team app) has had {T} twice this season. field in {TOWN}.",
    # construction sites and utilities
    "{CONTRACTOR} lineworker {PF}, emp {EMP}, shocked on job {JOB} at {SITE}. {T}. foreman {C} {PHONE}",
    "crane operator {P} on permit {PERMIT}, site {SITE} in {TOWN}, {T} at height. badge {BADGE}, {work_age} y/o",
    "{SITE} foreman {C} keeps sending us guys. today {PF}, job {JOB}, {T}. safety officer {W} at {EMAIL}",
    # plain case posts and chatter
    "{P}, {AGE}, from {TOWN}, {T}. {his} {K} {R} lives in {TOWN2} and wants daily calls at {PHONE}.",
    "anyone know {C} at {UNI}? {his} patient {PF} ({AGE}) transferred to us on {D1} with {T}",
    "{PL} came back. {AGEW}, {T} again. {his} {K} says the pharmacy in {TOWN} lost the {MED} script. MRN {MRN}",
    "my partner {C} and I argued about {PF}, DOB {DOB}, {T}. {his} {K} {R} wants everything done. family mtg {D2}",
]
