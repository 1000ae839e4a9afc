"""Round 30's identifier templates (decision 185): format strings over generate.values, each used at most 4 times.

{P} is the patient in full, {Pg}/{Ps} given name and surname, {Pinv} "Surname, Given", {Pi} initials, {Plow} lower
case; {R} a relative whose word is {rel}; {S} a staff surname, {SF} a staff member in full; pronouns fit the patient.
"""

CASE = [
    "{Pg} is a {old} in our SNF w/ <<aspiration pneumonia>> again, {rel} {Rg} wants everything done. anyone actually had a good convo about <<PEG tube>> in advanced dementia?",
    "pt {Pinv}, DOB {dob}, MRN {mrn}. presents w/ <<syncope>> x2, {his} {rel} found {him} on the floor at home in {town}. <<orthostatic hypotension>> on arrival. thoughts?",
    "so {P} ({old}) comes back for the third time this month with <<CHF exacerbation>>, lives alone on {street} in {hood}, {rel} calls me at {phone} every night. i am tired",
    "quick q - {old} with new <<atrial fibrillation>>, {Pg} {Ps} still drives to church in {town}. would you anticoagulate? {rel} says {he} falls 'never'. sure.",
    "Pasted from my note:\nName: {P}\nDOA: {date}\nHPI: {old} with <<hip fracture>> after fall at home ({county})\nPlan: ortho consult, <<delirium>> precautions",
    "{Plow} is my favorite pt and i will not be taking questions. {He} walked into clinic in {town} at {old}, <<A1c>> 6.1, no meds. secret is apparently goat milk",
    "Anyone seen <<Stevens-Johnson syndrome>> from lamotrigine this fast? {Pi}, started {date}, rash by day 9. {rel} {Rg} took photos, dermatology at {hospital} agreed",
    "Had to call {rel} {R} at {phone} to explain the <<pulmonary embolism>>, {P} had been on a 14 hour flight from {abroad}. language line took 40 min lol",
    "{Pg} {Ps}, my {old} from {town}, refuses <<dialysis>>. capacity intact. {rel} flew in from {abroad} and is furious w/ me. how do you document this",
    "re: the <<sepsis>> bundle thread - our pt {P} (MRN {mrn}) got the 30cc/kg and went into <<flash pulmonary edema>>. {S} in ICU said told you so",
    "1) {P}\n2) {old}\n3) <<urosepsis>>\n4) lives w/ {rel} {Rg} on {street}, {town}\n5) full code per {rel}\nwhat would you even do with this",
    "Dr. {S} sent me {Pg} with 'weakness'. it was <<hyperkalemia>> at 7.8. {He} is {old} and on spironolactone + lisinopril + bactrim. seen {date}",
    "texted from the car: {Pg} {Ps} in bay {bed} has <<diabetic ketoacidosis>>, insulin gtt started, pls call {rel} {Rg} {phone}",
    "Follow-up on {Pinv}: <<Guillain-Barre syndrome>> after the stomach bug, now on IVIG, admitted {date}. {rel} updates a page at {url} which, ok",
]

SETTINGS = [
    # jails, prisons, detention
    "Jail clinic rant: {P}, booking {booking}, came in to {jail} withdrawing hard. <<alcohol withdrawal>> seizure in the pod before Officer {S} called us. CIWA 28.",
    "{Pinv} (inmate {inmate}) at {jail}, <<hunger strike>> day 19, court order pending with Judge {S2}. anyone dealt with force feeding ethics?",
    "ICE detainee {P}, A-number {anumber}, transferred from {jail} on {date} w/o {his} <<HIV>> meds. consulate in {abroad} called us at {phone}",
    # courts, guardianship, custody
    "Testified today in {court} for {Pg} {Ps}, docket {docket}. Judge {S} asked if <<fetal alcohol spectrum disorder>> was 'real'. GAL {SF} was great though",
    "guardianship petition for {P} ({old}) filed {date}, case {docket}; attorney {SF} wants my letter on <<vascular dementia>> by friday. {rel} {Rg} contesting",
    # workers' comp
    "Work comp: {P}, employee at {employer} in {town}, claim {claim}, adjuster {SF} ({phone}) denying PT for <<rotator cuff tear>>. injured on the line {date}",
    "{Pg} got <<crush injury>> of the hand at {employer} plant on {street}, {town}. supervisor {S} drove {him} in, not 911. WC claim {claim}",
    # trials and biobanks
    "Trial site {store}: subject {subject}, kit {kit}, had <<anaphylaxis>> after dose 2. coordinator {SF} ({email}) says sponsor needs the SAE form by {date}",
    "biobank consent for {P} done {date}, sample tube {kit}. {He} asked if {his} DNA goes to {abroad}. explained <<whole genome sequencing>> as best i could",
    # transplant and donation
    "Donor {donor} from {hospital}, {opo} coordinator {SF} called at 2am; kidney on a flight via {tail} to us. <<delayed graft function>> as expected. recipient {Pinv}",
    "{opo} case: family of {P} in {town} agreed to donation after <<brain death>> testing {date}. {rel} {Rg} asked for the heart to go to a kid",
    # sports medicine
    "{school} {team} #{jersey} {Pg} {Ps} went down at the state tournament in {town}, <<ACL tear>> on exam. Coach {S} wants {him} back by playoffs. nope",
    "Sideline: {P} from {school}, head-to-head hit, <<concussion>> protocol, sent home w/ {rel}. Coach {SF} texting me from {phone} asking if {he} can play saturday",
    # telehealth
    "Telehealth from MN to a pt in {town}: my license {licence}, zoom meeting {meeting}. {Pg} had <<postpartum depression>> and {rel} {Rg} kept walking into frame",
    "{Pg} {Ps} found me on insta as {handle}, wants <<semaglutide>> prescribed across state lines from {abroad}. hard no",
    # rural EMS and air
    "{unit} called to {mile} near {town}: {P}, {old}, rollover, <<tension pneumothorax>>, needled by medic {S}. run {run}, flight {tail} diverted to {hospital}",
    "EMS handoff: pt {Pinv} found at the corner of {street} and {street2} in {county}, <<hypothermia>> core 29C. run # {run}",
    # homeless outreach
    "Street med night: {Pg} under the bridge at {street} and {street2}, <<trench foot>> both feet. caseworker {SF} got {him} bed {bed} at {shelter}",
    "Outreach in {hood}: {P} from the encampment behind {employer}, <<wound botulism>> from tar heroin. {His} {rel} {Rg} called from {phone}",
    # travel nursing and locums
    "Locums gig via {agency} at {hospital}: housing was {street} apt {bed}, {town}. recruiter {SF} ({email}) swore no call. first night 3 <<STEMI>>s",
    "travel RN {P} here, my agency {agency} placed me in {town} for 13 wks. got <<tuberculosis>> exposure letter dated {date} from employee health ({phone})",
    # zoonoses and farm
    "Farm kid {Pg} {Ps}, {farm} near {town}: <<orf>> on the hand from bottle-feeding lambs. vet Dr. {S} says the whole flock has it. {His} dog {pet} is fine",
    "{P}, dairy worker at {farm}, <<brucellosis>> from raw milk; state vet {SF} traced it to cow tag {lot}. {rel} {Rg} also febrile",
    # pharmacy errors and recalls
    "Pharmacy error: {Pg} {Ps} got methotrexate DAILY from {pharmacy} store #{store}, Rx {rx}, pharmacist {SF}. <<pancytopenia>> on day 10.",
    "recall notice for lot {lot} of the insulin pens, {P} had the pen serial {serial} and <<hypoglycemia>> twice. called {pharmacy} at {phone}",
    # disasters
    "Wildfire evac: {P}, FEMA registration {fema}, at the shelter in {school} gym, {town}. out of {his} <<home oxygen>> since {date}. {rel} lost too",
]
