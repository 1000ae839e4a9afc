"""Round 35's identifier templates (decision 216): one patient story each, most in the settings the brief names.
Fields are filled by generate.fields(); "F|" opens a template whose patient is a woman; {term} is a clinical term, everything in [[...]] an identifier."""

CASE = [
    # ordinary case posts
    "{P}, {age} y/o, back again w {term}. MRN {mrn}. {he} lives on {street} in {town}, {rel} {R} is the only one who picks up {phone}",
    "anyone else get the {term} from {town} last night?? {Pg} {Ps}, works at {employer}, seen {date}. {his} {rel} kept calling my cell lol",
    "pasted from my note: Pt: {P}  DOB: {dob}  Acct#: {acct}  Dx: {term}  PCP: Dr. {Ss}  Address: {street}, {town}",
    "Q for the hive: {age} yr old w {term}, family wants everything. {rel} ({Rg}) flying in from {abroad}. do we keep going",
    "so {Pg} from the {hood} clinic emailed me at {email} about {his} {term} and cc'd half the hospital. how do i even reply",
    "sign out: bed {bed} - {P} - {term}, f/u lytes, {rel} {Rg} at bedside, call {phone} if changes",
    # obstetrics and birth centres
    "F|L&D room {room}: {P} G3P2 w {term_ob}, midwife {S} wants OB now. baby boy band {band}, dad {Mn} fainted in the hallway",
    "F|birth center transfer from {town}: doula {S} called ahead, mom {Pg} {Ps} {term_ob}, arrived {date}, newborn MRN {mrn}",
    # NICU and paediatric wards
    "NICU pod {room}, twins {Tg} and {Ug} {Ps}, twin B w {term_neo}. mom {Fg} pumps at {employer} on nights, call {phone}",
    "car seat check failed for baby {Ps} (MRN {mrn}), {term_neo} on the monitor. grandma {Fn} drove from {county} in a snowstorm",
    # school nurses and daycares
    "school nurse at {school} sent {Pg} {Ps} in on bus {bus} w {term_kid}. teacher {S} saw it first, room {room}",
    "daycare kid from {daycare}, {Pg}, 3yo, {term_kid}. owner {S} wants a note faxed to {phone} by {date}",
    # crisis lines and holds
    "crisis line handoff: caller {P}, {term_psych}, hold # {hold}, crisis worker {S} at {phone}. group home is {grouphome} on {street}",
    "5150 (hold {hold}) on {P}, {term_psych}, came from {grouphome}. staff {S} says {he} walked out {date}",
    # disability services
    "Medicaid waiver # {waiver} for {P}, {term_disability}. case worker {S} needs the ramp letter for {street}, {town} by {date}",
    "home mod denied again for {Pg} {Ps} ({term_disability}). waiver {waiver}, caseworker {Ss} at {agency}, {phone}",
    # transplant and organ procurement
    "UNOS {unos}: kidney from {donorhosp}, recipient {P}, {term_transplant} on post-op day 4. coordinator {S} {phone}",
    "OPO called at 3am, donor ID {unos} at {donorhosp} in {town}. our pt {Pg} {Ps} w {term_transplant}, crossmatch {date}",
    # addiction treatment and sober living
    "{P} relapsed, {term_addiction}. lives at {soberhouse} sober house, sponsor {S}. methadone clinic ID {methadone}",
    "methadone pt #{methadone} at {employer_clinic}, {Pg}, {term_addiction}, dose verified w nurse {S} on {date}",
    # hurricanes, floods and evacuations
    "after the storm: {P} from {parish}, {term_flood}, sleeping at the {shelter} shelter. FEMA # {fema}, cell {phone}",
    "evac bus from {town} brought {Pg} {Ps} ({age}yo) w {term_flood}. {rel} {Rg} still at {street}. FEMA reg {fema}",
    # migrant health and border clinics
    "border clinic: {P}, A# {anum}, {term_border}, released from {detention} {date}. staying at {migrantshelter} in {town}",
    "{Pg} walked in from {abroad}, {term_border}, A-number {anum}. {rel} {R} in {detention}. tel {foreignphone}",
    # hunting, fishing and outdoors
    "{P} fell off a tree stand near {lake}, {term_outdoor}. game warden {S} brought {him} from {trailhead} trailhead",
    "fishing trip at {lake}, {Pg} {Ps} got {term_outdoor}. camped at {campground} site {room}, ranger {Ss} called {phone}",
    # ranches and rodeos
    "bull rider {P}, {term_injury}, thrown at the {rodeo} rodeo {date}. works at {ranch}, contestant # {bib}",
    "{Pg} {Ps} from {ranch}, {term_injury} after a horse kick. foreman {S} drove {him} 90 miles from {town}",
    # ferry, rail and transit
    "conductor on train {train}, {P}, {term_injury} at {depot} depot. employee # {employee}, union rep {S}",
    "bus driver {Pg} {Ps}, route {route}, {term_injury} at the wheel. {rel} {R} called dispatch {phone}",
    # telecom and utility
    "lineman {P} on truck {truck}, {term_line} from a 7200V line near {town}. crew lead {S}, {utility}",
    "{Pg} {Ps} ({utility} line crew {truck}) {term_line} up a pole on {street}. foreman {Ss}, {phone}",
    # small family businesses
    "{Pg} {Ps} runs {shop} on {street}, {term_shop} after 40 yrs breathing perc. {rel} {Rg} does the books",
    "{P}, owner of {shop}, {term_shop}. came in with {his} {rel} {R}, DOB {dob}, cell {phone}",
    # more case posts with numbers of many shapes
    "insurance denied {P}'s {term} claim {claim}, member id {member}. sent to {email} twice",
    "device rep {S} says pacer serial {serial} lot {lot} for {Pg} {Ps} ({term}). pt {age}, lives in {town}",
    "{P} is {age} years old with {term}, still drives to {town} every {weekday}. {rel} {R}: {phone}",
    "VIP ugh: {Pg} {Ps} (handle {handle}) posted {his} {term} on tiktok, links {url}",
    "tele consult from {abroad}: {P}, {term}, ph {foreignphone}, email {email}, seen {date}",
    "pt {P} ({age}) w {term} from {hood}, {rel} {R} works nights at {employer}, case # {acct}",
    "rn {S} asked me to post this: {Pg} {Ps}, {term}, MRN {mrn}, came from {county} EMS unit {truck}",
    "{P} - {term} - DOB {dob} - {street}, {town} - home {phone} - {rel} {Rg}",
    "heli from {trailhead} trailhead: {P}, {term}, SAR team lead {S}, found near {lake} {date}",
    "{Pg}'s {rel} {R} owns {shop} and brought the whole staff to see {him} for {his} {term_shop} lol",
]
