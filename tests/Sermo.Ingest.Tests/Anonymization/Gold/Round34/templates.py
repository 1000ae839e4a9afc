"""Round 34's identifier templates: (age band, markup with {keys} that generate.draw fills). Each is drawn twice.

Keys: p (the patient in any name form), pf / plf / pi / plc / pg / ps / pn (full, "Surname, Given", initial, lower case,
given, surname, nickname); he / his / him / He / His; rel and r / rg (a relative's noun, full name, given name); s1 s2 s3
(staff, full names) and s1s s2s (their surnames); places, numbers, dates, phones and the term as named in generate.py.
"""

IDENTIFIER_TEMPLATES = [
    # telehealth and patient portals
    ("adult", "portal msg from {pf} (username {handle}) at 2am re: {term}. video visit id {visitid} dropped twice, {he} finally called {phone}. msg thread #{msgid}"),
    ("adult", "anyone else get these? {plf} sent a portal message w/ a link to {url} asking if {his} {term} meds interact. {rel} {r} is the proxy on the account"),
    ("elder", "telehealth w/ {pg} {ps}, {age}, from {town} — {his} {rel} {rg} held the tablet the whole time. {term} stable. next video visit {date}, link sent to {email}"),
    # community and compounding pharmacies
    ("adult", "pharmacist {s1} at {pharmacy} store #{store} called about Rx {rx} for {pf}. the dose for {his} {term} looked off to {s1g}, good catch honestly. {phone}"),
    ("child", "compounding pharmacy in {town} ({street}) can't make the suspension for {pi} until {date}. {term}. {rel} {rg} is losing it, not blaming {relpron}. Rx#{rx}"),
    ("adult", "refill fight: {pf}'s {term} script, Rx {rx}, bounced between {pharmacy} #{store} and the mail order. pharmacist {s1s} says prior auth {claim} expired {date}"),
    # jails, prisons, detention
    ("adult", "jail clinic today. inmate {pf}, booking #{booking}, cell block {block}, {term}. officer {s1s} stood in for the whole exam. transferred from {county} {date}"),
    ("adult", "ICE detention consult: detainee {plf}, A-number {anumber}, bed {bed} in {hood} pod. {term} untreated for months. deportation officer {s2} wants clearance by {date}"),
    ("adult", "state prison telemed: {pf} #{inmate}, housing unit {block}. {term}. CO {s1} says {he} refused meds x3. family contact {r} {phone}"),
    # courts, guardianship, child protection
    ("elder", "guardianship hearing for {pf} ({age}), docket {docket}, Judge {s1s}. capacity eval says {term}. court visitor {s2} wants my letter by {date}"),
    ("child", "CPS case {case} on {pg} {ps}, caseworker {s1} ({email}). {term} + bruises that don't fit the story. {rel} {r} lives at {street}, {town}"),
    ("adult", "subpoena came for {plf}'s chart (case no. {case}), attorney {s2} of {firm}, hearing {date}. {term} records only"),
    # clinical trials
    ("adult", "trial visit: subject {subject} at site {site}, protocol {protocol}. that's {pf}, {term}. coordinator {s1} emailed from {email} that the kit lot {lot} is short"),
    ("elder", "screen fail: {plc}, {age}, on protocol {protocol} for {term}. CRC {s1g} at site {site} ({town}) already scheduled {him} for {date}"),
    # genetic counselling and pedigrees
    ("adult", "pedigree for {pf}: {his} {rel} {r} in {town} had {term} at 40, a cousin {c1} in {abroad} too. counsellor {s1} put the family on a letter {date}"),
    ("child", "genetics f/u for {pi}: {term}. {rel} {rg} carries it, grandparents from {town} and {abroad}. GC {s1s} calling {phone}"),
    # universities and student health
    ("adult", "student health: {pf}, student id {student}, lives in {dorm} rm {room}. {term}. RA {s2} walked {him} over. back in class {date}?"),
    ("adult", "{plc} (sid {student}) from {dorm} came in w {term} after a party, roommate {c1} brought {him}. dean of students {s1s} wants a note, emailed {email}"),
    # religious communities
    ("elder", "{pf}, {age}, from {congregation}, {term}. {clergy} and half the congregation in the waiting room. {rel} {rg} asks we call {phone} not the home line"),
    ("adult", "imam {imam} from {mosque} asked about fasting with {term} for {pg} {ps}. told them to talk to me before Ramadan starts. {pg} works at {employer}"),
    # veterans and the VA
    ("elder", "VA transfer: {pf}, {age}, service number {svc}, {unit}, stationed at {base} back then. {term}. claim {claim} filed {date}"),
    ("adult", "vet at the CBOC in {town}: {plf}, last four {last4}, 2 tours with {unit}. {term} and nobody screened. VSO {s1} at {phone}"),
    # nursing homes and assisted living
    ("elder", "call from {facility}, {wing} wing room {room} bed {bed}: {pf}, {age}, {term}. night nurse {s1g} says {he} pulled the line again. {rel} {r} on {phone}"),
    ("elder", "ALF in {town} wants orders on {plc} apt {room}, {term}. admin {s1} faxed from {phone}. {rel} {rg} visits sundays"),
    # rural routes and PO boxes
    ("adult", "home visit out past {town}, {rural}, {county}. {pf}, {term}, no phone so mail goes to {pobox}. {rel} {rg} drives {him} in when the creek's down"),
    # patients from abroad
    ("adult", "Ontario pt visiting: {pf}, health card {ca_hc}, postal code {ca_post}. {term} on the flight down. {rel} {rg} at {ca_phone}"),
    ("adult", "UK tourist {plf}, NHS number {uk_nhs}, from {uk_town} {uk_post}. {term}. GP is Dr {s1s} there, {uk_phone}. travel insurer claim {claim}"),
    ("adult", "{pf} from {ie_town}, Co. {ie_county}, PPS {ie_pps}, Eircode {ie_eir}. {term}, flew in {date}. mobile {ie_phone}"),
    ("adult", "aussie backpacker {pi}, Medicare {au_mc}, home {au_town} {au_post}. {term}. mate {c1} has {his} passport. {au_phone}"),
    ("adult", "NZ visitor {pf}, NHI {nz_nhi}, from {nz_town}. {term}. {rel} {r} on {nz_phone}"),
    ("elder", "{plf}, {age}, visiting {his} {rel} from {in_town} {in_pin}, Aadhaar {in_aad}. {term}. {rel} {rg} on {in_phone}"),
    ("adult", "OFW {pf}, PhilHealth {ph_phil}, from {ph_town}. {term}. {rel} {rg} {ph_phone}"),
    ("adult", "{pf} (NIN {ng_nin}), visiting from {ng_town}, {term}. {rel} {rg} at {ng_phone}"),
    ("adult", "pt from {mx_town}, CURP {mx_curp}, {term}. {plc} says {his} {rel} {rg} crosses daily, cel {mx_phone}"),
    ("adult", "brazilian pt {pf}, CPF {br_cpf}, CEP {br_cep} in {br_town}. {term}. {rel} {rg} {br_phone}"),
    # hospice, funeral homes, medical examiners
    ("elder", "hospice: {pf}, {age}, died {date} at home on {street}, {town}. {term}. ME case {mecase}, death cert {dc}. {funeral} picked up at 4"),
    ("adult", "ME called re {plf}, case {mecase}: {term} on my last note from {date}. investigator {s1} {phone}. {funeral} waiting on the cert"),
    # youth and school sports
    ("child", "{pg} {ps}, #{jersey} for the {team}, took a hit at practice. {term}. coach {s1s} wants {him} back saturday. {rel} {r} {phone}"),
    ("child", "school sports physical: {plc}, {school}, jersey {jersey}. {term} on the form nobody read. AT {s1} called {date}"),
    # ordinary case posts
    ("adult", "{pf} again. {term}, 3rd admit since {date}. MRN {mrn}. lives alone on {street} in {town}, works at {employer}. {rel} {r} won't answer {phone}"),
    ("child", "{pn} (real name {pf}) is back. {term}. {rel} {rg} says the school nurse {s1} sent {him} home {date}. MRN {mrn}"),
    ("elder", "{age} {pg} {ps} from {hood}, {term}. i love {him}. {rel} {r} brings pie every visit. chart {mrn}, member id {member}"),
    ("adult", "pasted from note: \"{plf} DOB {dob} MRN {mrn} presents with {term}\" -- except it's the wrong {term2} template again, {s1s} pls fix"),
    ("adult", "device recall: {pf}'s pump serial {serial}, lot {lot}. {term}. rep {s1} from {devco} called {phone} on {date}"),
]
