"""Round 33's identifier templates: (age band, format string over draws.draw's keys). Each is drawn 3 times.

Written for this set (decision 206); about two thirds sit in the settings the brief names, the rest are case posts.
"""

TEMPLATES = [
    # dental and oral surgery
    ("adult", "oral surg consult: {Pc}, DOB {D1}, {T1} after #17 and #32 extraction by dr {S1s} at {TOWN} Family Dental. {he} keeps calling the front desk ({PH}) at 2am"),
    ("adult", "{Pg} {Ps} came back to the chair 3 days post-op with {T1}, hygienist {S2g} noticed the swelling first. pt works at {EMP} in {TOWN}, chart {MRN}"),
    ("elder", "denture clinic pt {AGE}, lives on {ST} {TOWN} w/ {his} {rel} {R}. {T1} last month, now wants implants lol. anyone do All-on-4 at this age?"),
    # chiropractic, PT and rehab
    ("adult", "PT visit 9 of 12 for {P}, therapist {S1g} says {his} {T1} is not improving. referring doc {S2s} at {TOWN} wants an MRI. auth ref {AN}"),
    ("adult", "chiro in {TOWN2} adjusted {Pg}'s neck on {D1}, next day {T1}... {rel} {Rg} drove {him} in. chiro's name is {S1} if anyone knows them"),
    ("adult", "rehab unit, room {ROOM}: {Pl}, {T1}, OT {S3g} and PT {S2g} both say {he} can't do stairs yet. dc planned to {HOOD} with {his} {rel}"),
    # dialysis
    ("adult", "dialysis unit, chair {CHAIR}, MWF second shift: {Pc} with {T1}. tech {S1g} couldn't cannulate, called nephro dr {S2s}. access surgeon is {S3i} in {TOWN}"),
    ("elder", "{AGE} on HD at the {TOWN} unit, {his} {rel} {R} wants to stop dialysis. {T1} last admit, {T2} now. chair {CHAIR}, TTS early shift. thoughts?"),
    ("adult", "HD pt {Pg} {Ps} missed 2 runs, showed up K 7.1 with {T1}. {he} said the van from {EMP} never came. unit phone {PH}"),
    # blood bank and plasma
    ("adult", "plasma centre in {TOWN}: donor {Pg} {Ps}, donor id {AN}, {T1} in the chair. phleb {S1g} called 911. {he} had donated {D1} too"),
    ("adult", "blood bank here. unit {UNIT} went to {Pc} (MRN {MRN}), {T1} within 20 min. medical director dr {S2s} is asking who hung it"),
    # reference lab and courier
    ("adult", "reference lab lost the req again. accession {AN} for {P}, drawn {D1}, courier {S1g} says {he} dropped it at the {TOWN} depot. {T1} w/u on hold"),
    ("adult", "courier pickup at {ST} missed, specimen for {Pi} ({T1} rule-out) sat in the lockbox over the weekend. req {N6}, client services {PH}"),
    # imaging
    ("adult", "imaging centre in {TOWN}, scanner room 3: {Pg} {Ps}, acc {AN}, CT for {T1}. tech {S1g} says {he} moved the whole time. reads by dr {S2s}"),
    ("elder", "{AGE} got an MRI at {EMP} plaza imaging (yes next to the {EMP}) for {T1}, tech {S1g}. accession {AN}, DOB {D1}. family {rel} {R} at {PH}"),
    # wound care, hyperbaric, sleep
    ("adult", "wound clinic: {Pc}, {T1} of R heel, HBO dive #14 today. tech {S2g} at the chamber. {he} lives out in {COUNTY}, 90 min each way"),
    ("adult", "sleep lab study {N6}: {Pl}, {T1}, AHI 48. tech {S1g} woke {him} twice. pt drives for {EMP} so this matters. f/u with dr {S2s} {D1}"),
    # medical transport
    ("elder", "wheelchair van run {RUN}, driver {S1g} {S1s}, picked up {Pg} {Ps} ({AGE}) from {ST}, {T1} on arrival. dispatch {PH}"),
    ("adult", "ambulette dropped {Pi} at the wrong building again. {he} has {T1}. company is {EMP} medical transport, run {RUN}, driver says '{S2g}' is on the sheet"),
    # international students
    ("adult", "student health: {P}, F-1 from {ABROAD}, SEVIS {SEVIS}, {T1}. DSO {S1g} {S1s} asked if {he} can drop below full time. insurance member {AN}"),
    ("adult", "intl student {Pg} ({ABROAD}), visa no. {VISA}, {T1} during finals. roommate {Rg} brought {him} in. email {EMAIL}"),
    # missions abroad
    ("adult", "mission week in {ABROAD}: village near the compound, {Pg} {Ps}, {T1}. team lead {S1} wants to evac via {TOWN}. local nurse {S2g} speaks the dialect. call {PH}"),
    ("child", "NGO clinic {ABROAD}, kid {Pg} {Ps}, {T1}, {his} {rel} {R} walked 4 hours. team lead {S2g}, sat phone {PH}"),
    # camps, ski, rescue, parks, casinos
    ("child", "camp doc here. cabin {N4}, camper {Pg} {Ps}, {T1}. counselor {S1g} noticed at flag pole. {rel} {R} is at {PH}"),
    ("adult", "ski patrol brought {P} down from lift {LIFT}, {T1}. patroller {S1g}, badge {BADGE}. {he}'s staying at {ST} condo in {TOWN}"),
    ("adult", "mountain rescue on {D1}: hiker {Pg} {Ps} from {TOWN}, {T1} at 11k ft. IC {S2s}, mission {INC}"),
    ("adult", "theme park first aid: {Pl} off the coaster with {T1}. season pass {N6}, {his} {rel} {Rg} filmed it. security {S1g} badge {BADGE}"),
    ("adult", "casino floor call: {Pi}, {T1} at a blackjack table. player's card {AN}, host {S2g}. lives in {TOWN}, {COUNTY}"),
    # DOT and FAA
    ("adult", "DOT physical: {Pc}, CDL {CDL}, {T1} hx. drives for {EMP}. I gave a 1 yr card. examiner # on file, pt cell {PH}"),
    ("adult", "FAA medical for {P}, cert {FAA}, {T1} last year. AME {S1s} deferred to OKC. {he} flies for a charter out of {TOWN}"),
    # rideshare and delivery
    ("adult", "rideshare driver {Pg} {Ps}, {T1} after a 14h shift. handle on the app {HANDLE}. {rel} {Rg} says {he} sleeps in the car near {HOOD}"),
    ("adult", "doordash guy ({Pn}) from {TOWN}, {T1}, hit by a door. lives {ST}. can't afford the ER copay"),
    # construction and wildfire
    ("adult", "site medic: {Pc}, {T1} off a scaffold at the {EMP} build in {TOWN}. foreman {S1g} {S1s}, OSHA log {N6}"),
    ("adult", "wildfire camp, {CREW}, incident {INC}: {P}, {T1}. div sup {S2s}. {he} wants to go back on the line tmrw"),
    # case posts
    ("adult", "{P} {D1} 34M {T1}, seen by {S1s} in {TOWN}, sent home, came back {D2} worse. what would u do"),
    ("adult", "pt is {Pl}, 41, {T1} + {T2}. {his} {rel} {R} is a nurse at {EMP} and keeps quoting uptodate at me"),
    ("elder", "{AGE} w/ {T1}, lives alone on {ST} in {TOWN}. {rel} {Rg} wants everything done. code status convo tmrw"),
    ("adult", "\"{Pg} is faking it\" said the triage nurse. {Pg} had {T1}. 27F. not naming the nurse but she knows"),
    ("adult", "pasted from the note: PT NAME: {Pc}\nMRN: {MRN}\nDOB: {D1}\nDx: {T1}\nPCP: {S2}\nPhone: {PH}"),
    ("child", "peds: {Pg} {Ps}, 6, {T1}, {rel} {R} gave tylenol + motrin alternating. school is {TOWN} elementary. ok to send home?"),
    ("elder", "nursing home in {TOWN} sent {Pi} ({AGE}) with {T1} and no MAR. facility phone {PH}, nurse {S1g} says 'not my shift'"),
    ("adult", "{Pc} - {T1}, 3rd ED visit this month, keeps asking for dr {S1s} by name. from {HOOD}. email on file {EMAIL}"),
    ("adult", "ok so {Pg} ({Pn} to everyone) from {TOWN2}, {T1}, refused admit AMA on {D1}. back {D2}. i'm tired"),
    ("elder", "my {AGE} pt {Pg} {Ps} asked me to marry {his} {rel} {Rg}. also has {T1}. best day of clinic"),
    ("adult", "{T1} in a 29M, {P}, worker at {EMP}, claim {AN}, adjuster {S2g} {S2s} {PH2} wants RTW by {D1}"),
    ("adult", "anyone in {COUNTY} take medicaid for {T1}? {Pg}'s {rel} {Rg} keeps calling me. our clinic is on {ST}"),
]
