"""Round 41's identifier templates: format strings filled from draws.draw(); clinical terms typed in as <<...>>.
Settings: deaths and after, billing and collections, travel emergencies, pedigrees and DNA tests, adoption and donor
conception, hospital IT, travel clinics, small-town practice (decision 254)."""

TEMPLATES = [
    # deaths and after
    "Pronounced {pt} at 0412 on {date}, {old_age}, <<hospice>> patient, {his} {kin1_rel} {kin1} wanted {funeral} called before anyone touched the lines. Do you pull the foley and the <<PICC>> or leave it for the funeral home? Our nurses argue every time.",
    "ME declined jurisdiction on {pt_upper}, case {me_case}, so I'm signing the certificate. Cause of death: <<hypertensive heart disease>> with <<chronic kidney disease stage 4>>? {He} was {old_age}. The funeral director {rep} keeps calling {phone} about the delay.",
    "Obit pasted by the family into the portal, which is how I found out: \"{pt}, {old_age}, of {town}, passed peacefully {date}. Survived by {his} {kin1_rel} {kin1} and {kin2_rel} {kin2}. Visitation at {funeral}, burial at {cemetery}.\" {He} had <<metastatic pancreatic adenocarcinoma>> and never told them.",
    "Death certificate {cert} came back rejected by the state for 'ill-defined' cause because I wrote <<cardiopulmonary arrest>>. Fair. Patient {pt_sur_given}, MRN {mrn}. Redoing it as <<aspiration pneumonia>> due to <<advanced Parkinson disease>>.",
    "Coroner's investigator {other} from {town} asked me on {date} whether {pt} had any history of <<seizure disorder>>. Case {me_case}. Found in the barn. I saw {him} twice, both for <<gout>>. Do I release the chart or wait for the subpoena?",
    "Tissue donation after death: {opo} coordinator {rep} called at 3 am, referral for {pt}, {old_age}. Corneas only at that age? {His} {kin1_rel} {kin1_first} said yes on the phone ({phone}). <<Sepsis>> as cause, does that rule out corneas?",
    "Plot {plot} at {cemetery} is next to {his} wife, the {kin2_rel} {kin2} told me, as if I'd asked. {pt_first} was {old_age} and died of <<end-stage COPD>>. I was the only doctor at the graveside, which was strange and good.",
    "Cremation needs a second physician sign-off in our county. {funeral} faxed the form for {pt}, died {date}, <<ESRD>> on dialysis stopped by choice. Who signs when the attending {doc} is on vacation in {abroad}?",
    # billing, collections, payment
    "Patient showed me the letter: {collector}, rep {rep}, account {acct}, $4,812 for the <<appendectomy>> that was supposed to be charity care at {hospital}. {He} is {work_age}, drives a truck. Our billing office says call {phone2}.",
    "Our front desk wrote the card number on a sticky note. {card}, exp 09/28, CVV on the back. Patient {pt}, invoice {invoice}. That note was on the monitor for a day. Do I tell {him}? Follow-up was for <<cellulitis>>.",
    "Refund to a patient's bank: {bank}, routing {routing}, account {acct}, name {pt_upper}. Our biller {nurse} put it through twice. {He} came in for <<atrial fibrillation>> follow-up and asked if we were going to want it back.",
    "{pt} pays $20 a month on a {hospital} balance, card ending {last4}, for a <<cholecystectomy>> on {date}. Collections still called {his} {kin1_rel} {kin1_first} at {phone}. {collector} says the account {acct} was 'sold'.",
    "The family set up {gofundme} for {pt_first}'s <<CAR-T therapy>> travel. Organizer is {his} {kin2_rel} {kin2}. They asked if I'd post the link. Also Venmo {venmo}. Is it ever ok for the treating doc to share?",
    "Patient account {acct}, statement dated {date}, says 'self-pay' although {pt_sur_given} has Medicare and a supplement through {bank}. Rep {rep} at {phone2} told {him} to pay first and argue later. It's for <<colonoscopy with polypectomy>>.",
    "Cash App {venmo} keeps sending me $5 with 'thank u doc' from {pt}, the <<opioid use disorder>> patient I see every Thursday in {small}. I've never given anyone that handle. How did {he} find it?",
    # travel emergencies
    "In-flight call on {airline} {flight}, {airport} to {abroad}. {pt}, {work_age}, seat {seat}, <<syncope>> in the galley line. Flight attendant {nurse_first} brought the kit, the AED and a very nervous captain. Diverted? no, we kept going.",
    "M|Row {row}, {airline} flight {flight_no}, older man, {old_age}, <<chest pain>> for 20 min. Crew lead {nurse} and I sat him in the jump seat by gate-side oxygen at {airport}, gate {gate}. Paramedics met the plane. Never heard back.",
    "Ship's doctor on the {ship} here ({line}), deck {deck}, cabin {cabin}: passenger {pt} with <<diabetic ketoacidosis>>, glucose 540. We're a day from {port}. Medevac or hold? {His} {kin1_rel} {kin1_first} wants a helicopter.",
    "Was a passenger on {ship}, the ship's doctor {doc} asked me to help with a crew member, {pt_first} from cabin {cabin}, <<acute angle-closure glaucoma>>. We had no mannitol. Docked at {port} the next morning.",
    "Amtrak train {train}, coach {coach}, somewhere outside {small}. Conductor {other} came through asking for a doctor. {pt}, {work_age}, <<anaphylaxis>> after peanuts, had one EpiPen. We stopped at the next station for EMS.",
    "Stuck at {hotel} near {airport} after the diversion, and my seatmate from {flight} ({pt}) texted me from {phone} that {his} <<DVT>> leg was swollen again. {He} flew {abroad} to {airport} with a clot last month. What do I say from a hotel bed?",
    "Greyhound bus {train} from {town}, driver {other}, passenger {pt_first} had a <<generalized tonic-clonic seizure>> across two seats. I'm a pediatrician. Called it in to {town2} dispatch at {phone}.",
    # pedigrees and DNA
    "Pedigree for {pt}, DOB {dob_ped}: father {pa}, b. {pa_year}, died of <<colon cancer>> at 51 in {town}; grandmother {gma}, b. {gma_year}, <<endometrial cancer>>. Looks like <<Lynch syndrome>>. {dna_lab} accession {accession}.",
    "Consumer DNA kit {kit} came back and {pt} now has a half-{kin2_rel}, {kin2}, who messaged {him} as {match}. The half-sib has a <<BRCA2>> variant. My patient wants testing 'just because'. Reasonable?",
    "Genetic counselling note: proband {pt_sur_given}, sample {accession}. Maternal side from {abroad}: grandfather {pa}, born {gma_year}, sudden death at 40; uncle {pa2}, born {pa_year}, <<hypertrophic cardiomyopathy>>. Paternal side from {town}. Testing sent to {dna_lab}.",
    "{pt_first}'s cousin match '{match}' on the DNA site posted the whole tree, including {his} grandmother {gma} ({gma_year}-{gma_death}) and the town {small}. Now {his} <<Huntington disease>> status is basically public to the family. What do I document?",
    # adoption, foster care, surrogacy, donor conception
    "Foster placement through {agency}, caseworker {other} ({caseworker_email}), court case {court_case}. Child {pt_first}, 6, <<failure to thrive>>, birth parent {kin1} last seen in {town}. I need consent for a sedated MRI. Who signs?",
    "Donor-conceived patient, donor {donor} from {sperm_bank}. {pt}, {work_age}, found 14 half-siblings, one with <<familial hypercholesterolemia>>. The bank says the donor file can't be updated. {His} LDL is 240.",
    "F|IVF cycle {cycle} at {clinic_ivf}, embryo {embryo} transferred on {date}. Gestational carrier {pt}, {work_age}, now with <<ovarian hyperstimulation syndrome>> even though she isn't the egg source? Intended parents {kin1} and {kin2}.",
    "Adoption physical for {agency}: {pt_first}, age 4, from {abroad}, referral dated {date}. Birth family name listed as {kin3}. <<latent tuberculosis>> screen positive. The adoptive parent, {kin1}, wants treatment before the court date, case {court_case}.",
    "F|Surrogacy contract names me as 'OB of record'. Carrier {pt}, IPs {kin1} and {kin2} from {abroad}, agency {agency}. Her <<gestational diabetes>> is borderline. The IPs emailed me directly at {email}. I didn't give them that.",
    # hospital IT and the EHR
    "Someone logged into the chart of {pt} under my login {login} from workstation {ws}, IP {ip}. Ticket {ticket}. {He}'s a nurse here with <<HIV>>, so this is a privacy disaster. IT says 'badge tap' {badge}.",
    "Help desk ticket {ticket}: the label printer {printer} on 4 West prints {pt_upper}'s labels on every specimen. MAC {mac}. <<hemolyzed specimen>> twice today because we relabelled by hand.",
    "Secure chat thread 'Rapid Response 7W', {nurse} to me, {doc} added: 'pt {pt_last} in [[ID:712]] <<hypotension>> 78/40'. Then somebody added {other} from billing. Why does billing get my rapid responses?",
    "New hire {nurse}, employee id {badge}, login {login}, can't get into the <<sepsis>> order set. IT ticket {ticket}. It's been 9 days. Travel nurse, came from {town}.",
    "The WOW {ws} on our floor still has {pt_upper} pinned as 'last patient' from {date}. IP {ip}. {He} was a <<GI bleed>> who died. Families walking by can read it.",
    # travel clinics and vaccination records
    "Travel clinic visit: {pt}, passport {passport}, leaving {date} for {abroad} then {abroad2}. <<yellow fever vaccine>> lot {lot}, given at {travel_clinic}. {He} is {old_age}. Yes. Do I sign the waiver instead?",
    "Yellow card lost. {pt_sur_given}, DOB {dob}, had <<typhoid vaccine>> lot {lot2} on {date} at {travel_clinic}. The consulate in {abroad} contact {other}, {phone2}, says no card no visa.",
    "Itinerary pasted: {trip1} {airport} to {abroad}; {trip2} overland to {abroad2}; return on {airline} {flight}. Patient {pt}, {work_age}, on <<methotrexate>> for <<psoriatic arthritis>>. Live vaccines are out, what else?",
    # small-town practice
    "{pt_first} from the {family} place on {family_road} came in with a <<rattlesnake bite>>. Only {pharmacy} in {small} stocks nothing useful, so {he} drove to {hospital}. I'm the only doc in {small}, 41 miles from anything.",
    "Everybody in {small} knew before I did: saw the {family} boy at {diner} with his arm in a sling, <<supracondylar fracture>>. The boy's folks run {feed}, {kin1} at the register. I got the call at home on {phone}.",
    "Pastor {other} at {church} in {small} asked after {pt} in the grocery line. {He} is {old_age}, in <<hospice>>, lives on {street}. I said 'I can't talk about that' and now I'm the rude doctor.",
    "Only vet in {small}, {pt}, came in with <<brucellosis>> symptoms. {He} also buys {his} own amoxicillin at {feed}. {His} {kin1_rel} {kin1_first} runs the counter at {pharmacy}. How do you counsel a patient who is also your supplier of gossip?",
]
