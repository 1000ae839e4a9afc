"""Round 38's identifier templates (decision 231), typed by its author. Each is a format string over one dict of fresh
draws per post (generate.draws); every value is already markup, so a template only places it. Each is drawn twice."""

TEMPLATES = [
    # tribal nations, pueblos, IHS
    "{form}, {age_s}, {ihs_town} IHS, chart #{ihs_chart}. <<uncontrolled dm2>> w/ a1c 13, {rel} {rel_full} drives {him} from {chapter} chapter house. CHR is {other_full}, cell {phone}",
    "pt from {pueblo} pueblo, tribal enrollment {enroll}, seen {date_words} for <<necrotizing pancreatitis>>. {his} grandson {other_full} says {he} drinks only on feast days lol",
    "IHS referral {ihs_ref} for {full} (dob {dob}) -> ortho in {town}, <<displaced radius fracture>>. PRC denied twice. anyone know who to call at {county} besides {other_form}?",
    "CHR {other_full} found {form} down at {street_addr} near {chapter}, <<hypothermia>> core 31. {age_words} yrs old and still hauling water. enrollment # {enroll}",
    # fire, police, EMS
    "Engine {engine} brought in FF {full}, <<smoke inhalation>>, carboxyhgb 18. battalion chief {other_full} wanted the chart faxed to Station {station}, {phone}",
    "Sgt. {full}, badge {badge}, {county} Sheriff, <<taser barb>> in the scalp. {his} lieutenant {other_form} kept asking for a fit for duty note by {date_slash}",
    "medic {medic} pt: {form}, {age_s}, <<anterior STEMI>> activation from the field, door to balloon 54. paramedic {other_full} (cell {phone}) gets the credit",
    "EMT {full} of {town} Fire Rescue, station {station}, stuck with a <<needlestick>> on a run {date_iso}. source pt MRN {mrn}. employee health is {other_full}, {email}",
    # meatpacking, poultry, restaurant kitchens
    "{plant} {town} plant, employee #{emp}, line {line}: {form} with <<carpal tunnel syndrome>> bilat from deboning. shift lead {other_full} won't let {him} change lines",
    "{full}, 2nd shift at {plant} kill floor, {work_age}. <<chlorine gas exposure>> in the sanitation crew {date_words}. nurse at the plant ({other_form}) sent {him} by van, ext {ext}",
    "line cook {form} at {restaurant}, {street_addr}, <<full thickness burn>> to forearm from fryer oil. GM {other_full} wants {him} back friday, {phone}",
    "poultry worker, {full}, badge {badge} at {plant} in {town}, <<psittacosis>>?? febrile, bird exposure obviously. interpreter {other_full} came in from {county}",
    # warehouses, fulfilment centres, yards
    "{warehouse} fulfilment center {facility_code}, picker id {picker}: {form}, <<rhabdomyolysis>> CK 48k after peak week. AMCare sent {him} back twice. manager {other_full}",
    "yard jockey at {warehouse} in {town}, door {door}, dock {dock}. {full} pinned between trailers, <<pelvic fracture>>. safety lead {other_form}, {phone}",
    "{form} ({work_age}) works nights at {warehouse} {facility_code}, badge {badge}, <<lumbar disc herniation>> w/ foot drop. claim {claim} adjuster {other_full} emails from {email}",
    # mobile homes, public housing, Section 8
    "{park} mobile home park lot {lot}, {town}. {full} with <<carbon monoxide poisoning>> from space heater, {rel} {rel_full} too. landlord {other_form} says not their problem",
    "section 8 voucher #{voucher} pending, caseworker {other_full} at {county} housing authority. pt {form}, {age_s}, <<asthma exacerbation>> from mold in unit {unit}, {housing}",
    "{housing} apt {unit}, {street_addr}. {full} {age_words} y/o lives alone, <<pressure injury>> stage 4 sacrum. Meals on Wheels driver {other_full} called 911",
    # stores, malls, gas stations, salons, barbershops
    "{store} #{store_no} on {street}, cashier {form}, <<robbery-related gunshot wound>> to thigh. store manager {other_full} brought {his} bag, {phone}",
    "nail tech {full} at {salon} in {town}, booth {booth}, <<contact dermatitis>> from acrylic monomer. owner {other_form} denies any exposure lol",
    "barber {form} at {barbershop}, chair {booth}, <<tinea capitis>> outbreak among clients. {he} wants a note for {county} health dept, inspector {other_full}",
    # endurance, boxing, MMA
    "bib {bib} at the {town} half marathon, {full}, {work_age}, <<exertional heat stroke>> rectal 42.1. ice tub at mile {mile}. race director {other_full} {phone}",
    "MMA fighter {form}, license {fighter_lic}, cornerman {other_full}. <<orbital blowout fracture>> after round 2 at {venue}. promoter wants clearance by {date_words}",
    "boxer {full} (fight name \"{nick}\") <<subdural hematoma>> after {town} card {date_slash}. commission doc {other_form} called me at {phone}",
    # college and high-school athletics
    "#{jersey} for {school} {mascot}, {form}, <<ACL tear>> on the turf at {stadium}. ATC {other_full} ({email}) has the eval",
    "sophomore {full}, {school} wrestling, <<herpes gladiatorum>> x 3 on the team. coach {other_form} wants them cleared for the {town} tourney {date_words}",
    # senior centres, Meals on Wheels, adult day
    "route {route} Meals on Wheels, driver {other_full} found {form} ({age_words}) on the floor at {street_addr}, <<hip fracture>>. {rel} {rel_full} lives in {abroad_town}",
    "{full}, {age_s}, at {adult_day} adult day program, <<aspiration pneumonia>>. program RN {other_form}, fax {phone}. POA is {his} {rel} {rel_full}",
    # orchestras, choirs, touring bands
    "touring drummer {full} aka \"{nick}\", bus {bus} parked at {venue}, <<spontaneous pneumothorax>> mid set. tour manager {other_full} {intl_phone}",
    "principal oboist {form} with {orchestra}, <<embouchure dystonia>>. {he} plays {venue} {date_words}. agent {other_full}, {email}",
    # workers' comp and disability
    "WC claim {claim}, {form}, DOI {date_slash}, <<rotator cuff tear>>. adjuster {other_full} at {insurer} ({phone}) wants an IME with Dr. {doc}",
    "SSDI appeal for {full}, SSN last four {last4}, <<schizoaffective disorder>>. ALJ hearing {date_words} in {town}. rep {other_form}",
    # call centres and remote IT
    "remote IT worker {form}, employee id {emp}, ticket {ticket}, <<deep vein thrombosis>> after 14h gaming + work. {his} slack handle is {handle}, lol",
    "{full} at {callcenter} call center in {town}, agent id {agent}, <<vocal cord nodules>>. supervisor {other_full} schedules {him} 10 hrs w/o breaks",
    # pilots and ham radio
    "bush pilot {full}, tail {tail}, <<decompression sickness>> after dive then flight out of {town}. ops {other_form} {phone}",
    "ham op {form}, call sign {callsign}, <<syncope>> on a net, another op {other_full} ({callsign2}) called EMS to {street_addr}",
    # ordinary case posts with numbers in many shapes
    "{age_words} yo {sexword} from {town}, MRN {mrn}, <<atrial fibrillation with RVR>>. {rel} {rel_full} texts me at {phone}. admitted {date_slash}",
    "pasted: PT NAME: {upper_form} | DOB: {dob} | ACCT#: {acct} | ADM {date_iso} | DX <<sepsis due to pyelonephritis>> | PCP {other_full}",
    "transfer from {abroad_town}, {abroad_country} to us: {full}, passport {passport}, <<multidrug resistant tuberculosis>>. {rel} {rel_full} phone {intl_phone}",
    "{form} {age_s} pacer serial {serial}, lot {lot_no}, <<lead fracture>> on CXR. rep {other_full} from the company says recall list. ugh",
    "got a letter from {insurer} re {full}, member id {member}, denying <<home oxygen>>. who fights these? {he} lives at {street_addr}, {town}",
]
