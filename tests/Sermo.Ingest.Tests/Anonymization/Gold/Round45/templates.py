"""Identifier templates of round 45's generator, by setting. Each is a format string filled from one dict of fresh
draws (draws.fresh); clinical terms are marked <<...>>, identifiers come labelled from the draws."""

LITIGATION = [
    "got served today. {pt_full} v. {other_full} et al, case no. {docket}, {county_court}. plaintiff's atty is {third_full} at {firm}. "
    "it's the <<missed appendicitis>> from a few years back and honestly I barely remember the kid. my carrier assigned {fourth_full} from {firm2}, claim {claim}. how worried should I be",
    "Deposition scheduled {date} at 9am, {firm} conference room. Opposing counsel ({third_any}) sent 400 pages of records incl. my notes on {pt_any} "
    "(MRN {mrn}). Defense atty says dont volunteer anything. Anyone done a depo for a <<delayed diagnosis of cauda equina>> case?",
    "Expert witness q. Retained by {firm} for the defense in {pt_sur} v. {hospital}, docket {docket}. They want a report by {date2}. "
    "Is $600/hr reasonable for record review? case is <<postpartum hemorrhage>>, mom survived, baby fine",
    "Board complaint. Medical board letter ref {claim} re: {pt_any}, says I was 'dismissive'. My license # is {license} and I've never had anything. "
    "complainant is {pt_his} {kin_word} {kin_full} who lives in {town} and wasn't even at the visit. <<chronic pain>> pt, I declined to raise <<oxycodone>>.",
    "Peer review got ugly. chair {other_any} basically read my chart on {pt_any} out loud at the {date} meeting. "
    "{third_full} from risk ({phone}) says it's privileged. <<retained sponge>>? no, it was a <<bowel injury>> after lap chole.",
    "SUBPOENA DUCES TECUM\\nIn re: {pt_full}, DOB {date}\\nCase No.: {docket}\\nReturn to: {fourth_full}, {firm}, {street}, {town}, {state}\\n\\n"
    "^ landed on my desk. I saw this patient ONCE in urgent care for <<cellulitis>>. do I just send the records or call our lawyer",
    "judge {third_sur} in {county} denied our motion to dismiss. trial set for {date}. plaintiff {pt_any} ({age} now, fell in our <<rehab unit>>) "
    "will probably testify by video from {town}. malpractice carrier policy {policy}. I am not sleeping",
]

GENETICS = [
    "Pedigree, trying to make sense of it:\\n- proband {pt_full}, b. {year}, <<BRCA2>> c.5946delT\\n- {pt_his} {sib} {kin_given}, b. {sib_year}, untested, lives in {town}\\n"
    "- mom's side: {third_full}, <<{third_cancer}>> at 52, died {year3}\\n- cousin {fourth_any} in {town2}, won't answer\\n{lab} report {accession}. cascade testing the cousins, who pays?",
    "Genetic counselor {other_full} ({email}) flagged a VUS in <<MYH7>> for {pt_any}, accession {accession}. family is from {town} and "
    "{pt_his} parents are first cousins. {kin_given} ({pt_his} {sib}) has <<HCM>> too. reclassification worth chasing?",
    "donor-conceived pt, 19, found 14 half-siblings thru {bank}, donor {donor}. one half-sib ({other_any}, in {town}) has <<Marfan syndrome>>. "
    "bank says donor was 'screened'. pt wants an echo and the donor's records. anyone dealt with {bank}?",
    "adopted pt, closed adoption thru {county} in {year}. {pt_full} wants to know family hx bc of early <<MI>> at 41. "
    "court clerk {third_any} says petition to unseal takes months, filed under {docket}. any shortcuts, DNA kits?",
    "consanguinity q: both parents of {pt_given} are from the same village outside {town}, the family elder, {kin_any}, was "
    "{age} when they died. 3 kids with <<congenital hearing loss>>, <<GJB2>> neg. {lab} panel {accession} pending",
    "peds genetics consult for baby {pt_sur}, MRN {mrn}. parents {other_full} b. {parent_year} and {third_full} b. {parent_year2}, both from {town2}. "
    "<<hypotonia>>, <<poor feeding>>. exome sent to {lab}, req {accession}. counselor {fourth_given} will call them at {phone}",
]

HOSPITAL_IT = [
    "IT rant. locked out of {ehr} again. user id {user}, ticket {ticket}, help desk at {phone} said 'reboot'. workstation {host}, "
    "IP {ip}. meanwhile a <<STEMI>> is rolling in. how is this 2026",
    "break the glass audit came back. someone opened {pt_any}'s chart ({mrn}) 47 times. login {user} belongs to {other_full}, "
    "a nurse on [[LOCATION:4 West]]. pt is {other_his} ex's new {pt_spouse}. <<HIPAA>> officer {third_any} wants me to 'not discuss'. lol",
    "Phishing email that got 3 of our residents:\\n> From: IT Service Desk <{email}>\\n> Subject: Password expires {date}\\n> "
    "Your {ehr} account {user} will be suspended. Click here.\\none of them was {fourth_any}, who then sent it on to the whole <<oncology>> group",
    "downtime last night, {hospital}. printer {host} on the unit was the only one working, so every <<MAR>> on the unit printed there. "
    "pt {pt_any} in room {room} got double <<enoxaparin>> because the paper MAR was stale. RL filed, ticket {ticket}",
    "our CMIO {other_full} wants every ED doc to badge-tap at {host} before opening a chart. {user} (me) got flagged for opening {pt_any}, "
    "{age}, who was my own patient?? {third_given} from compliance ({phone}) says the audit is automatic",
]

LOCUMS = [
    "locums review: {agency}, recruiter {other_full} ({phone}). assignment {contract} at {hospital} in {town}, {state}. "
    "hotel by the interstate, room {room}, heater broke. rental car plate {plate}. 24h shifts, no <<CT>> after 11pm",
    "anyone worked {town}? {agency} offering $2400/day, contract {contract}, starts {date}. recruiter is {third_any}, keeps texting from {phone2}. "
    "credentialing wants my CAQH {caqh} and my {state} license {license} again",
    "moonlighting at {hospital} ({town}). the night nurse, {other_given}, runs the place honestly. had a {age} from {town2} with <<sepsis>> "
    "and <<AKI>>, transfer to {town3} took 6 hrs. my locum contact {fourth_full} at {agency} said 'document everything'",
    "Shift dates for {agency}:\\n{shift1} - {shift2} ED, {hospital}\\n{shift3} clinic in {town}\\ncontract {contract}, cred id {caqh}. "
    "housing: cabin on {street}, lockbox {lockbox}. anyone know if they do <<buprenorphine>> there",
]

ANIMALS = [
    "dog bite, 7yo, face. dog belongs to neighbor {other_full} at {street}, {town}. animal control case {bite}, officer {third_any}. "
    "rabies tag {tag}, vet {vet} says vaxed. <<rabies PEP>> or not?",
    "keeper at {zoo} got tagged by a <<green iguana>>... no wait, a <<Gila monster>>. {pt_any}, {work_age}{sex}. "
    "<<envenomation>> protocol? poison center case {bite}, callback {phone}",
    "bat in the bedroom. {pt_full} ({age}) woke with it on the pillow in {town}. county health ({third_any}) has the bat, ref {bite}. "
    "no visible bite. family ({kin_given}, {kin_word}) wants to skip <<rabies immune globulin>>",
    "petting farm outbreak? 4 kids with <<E. coli O157>> after {zoo} in {town}. one in our PICU, {pt_full}, MRN {mrn}, <<HUS>>. "
    "health dept contact {other_full} {email}",
    "exotic pet: pt keeps a <<macaque>> in a trailer out past {town}. bitten on hand, {date}. the macaque's 'vet' is {fourth_full} at {vet}. "
    "<<herpes B>> worry. owner {pt_any} refuses to let animal control ({bite}) take the monkey",
]

AVIATION_DOT = [
    "AME here. {pt_full}, FO for {airline} based out of {town}, MedXPress conf {medx}, FAA cert {faa}. on <<sertraline>> "
    "for 6 mo. SSRI pathway, HIMS AME needed? my AME # {ame}",
    "DOT exam today: {pt_any}, {work_age}, drives for {carrier} (USDOT {usdot}), CDL {cdl}. BP 162/98, <<OSA>> untreated. "
    "dispatcher {other_full} keeps calling me at {phone} asking if {he} can 'just go'",
    "trucker came in after weigh station at {town} flagged the rig. {pt_sur}, CDL {cdl}, carrier {carrier}. <<insulin>> now "
    "so needs the ITDM form by {date}. the carrier's safety person {other_any} sent it from {email}",
    "pilot with <<kidney stone>> hx. {pt_any}, {airline}, FAA cert {faa}. special issuance paperwork via {other_full} at the regional flight surgeon. "
    "AME # {ame}. {he} flies out of {town} on {date}",
]

ADMIN_UNION = [
    "MEMO\\nTo: All Medical Staff\\nFrom: {other_full}, CEO, {hospital}\\nDate: {date}\\nRe: {union} strike notice\\n\\n"
    "paste end. so the nurses walk out next week and we're 'expected to cover'. steward {third_any} says grievance {grievance} is still open",
    "union q for residents. our local ({union}) filed NLRB case {nlrb}. bargaining session {date} at the union hall in {town}. "
    "chief steward {fourth_full} ({phone}) wants a doc to speak about <<call hours>>",
    "picket line outside {hospital} at {street}. board chair {other_full} and the CFO {third_full} drove right past. "
    "grievance {grievance} about <<sepsis bundle>> staffing. strike starts {date2}",
    "the VP {other_any} docked my RVU bonus for 'citizenship'. board member {fourth_full} is also {other_his} golf buddy. "
    "filed grievance {grievance} thru {union}. any hospitalists been thru this?",
]

HOME_VISITS = [
    "home visit list for tomorrow:\\n1. {pt_full}, {age}, {street}, gate {gate}, lockbox {lockbox}, 2 dogs\\n2. {other_any}, apt {unit}, "
    "{town}, call {phone} first\\n3. {third_any}, <<wound vac>> check. {home_agency} RN {fourth_given} meets me there",
    "{home_agency} aide {other_full} called, {pt_any} ({age}) on the floor again, door code {gate}. landlord {third_full} "
    "won't fix the steps. <<hip fracture>>? EMS from {town}",
    "house calls: the house with the dogs on {street}. {pt_full} lives there with {pt_his} {kin_word} {kin_given}. "
    "neighbor {fourth_any} keeps the key. <<CHF>>, <<lasix>> 80 bid, weight up 4 lb. VNA nurse {other_given} ({phone})",
    "visiting nurse {other_full} from {home_agency} texted: 'pt {pt_sur} in unit {unit} refused <<INR>> draw, says {kin_given} will drive'. "
    "{pt_he} is {age}. lives out past {town}",
]

ALL = LITIGATION + GENETICS + HOSPITAL_IT + LOCUMS + ANIMALS + AVIATION_DOT + ADMIN_UNION + HOME_VISITS
