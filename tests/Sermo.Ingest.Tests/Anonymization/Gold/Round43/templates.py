"""Round 43's identifier templates: format strings in markup, filled from one dict of fresh draws (draws.fresh).
Settings: long-term care, dialysis, schools and daycare, immigrant and refugee health, EMS and air medical, social
media, protection work, pharmacies. Each is drawn twice."""

NURSING_HOME = [
    "Called at 0300 by the charge nurse at {nh}, {o_form}, re: {p} in room {room} bed {bed}, {age}, new <<delirium>> and a temp of 100.9. POA is the {kin}, {k}, {phone}. Sent out or treat in place?",
    "long term care q. {p_sf} ({age}) at {nh} out by {town_plain}, <<stage 3 pressure injury>> sacrum. DON {o} wants wound care to see {him} but {his} Medicaid id {medicaid} is pending recert. anyone know how long that takes in your state",
    "The aide who actually knows {p_given} best is {o_given} on evenings. {He} eats for {o_given} and nobody else. {age} and a <<mechanical soft diet>>, {kin} {k_given} visits Sundays from {town}. I wrote it in the care plan that {o_given} does {his} dinner tray.",
    "new admit to {nh} from {hosp} last night: {p_lower}, {age}, s/p <<hip hemiarthroplasty>>, on <<apixaban>>. no d/c summary. medicare # {mbi}. Rm {room}. day charge nurse {o_form} says the family has not been told yet. ugh.",
]
DIALYSIS = [
    "Dialysis unit doc here. {p} ({shift} shift, chair {chair}) at {unit} missed 3 runs because {transport} stopped coming out to {town}. Driver was {o_given}, the only one who'd go that far. K was 7.1. Social worker {s_form} is on it, {phone}.",
    "My pt {p_sf} runs MWF at {unit}. {His} chair buddy, {o_form} in chair {chair}, told the tech {he} was talking about stopping dialysis. Access surgeon {s} wants to revise the <<AV fistula>> first. Goals of care meeting {date}.",
    "{p_given} from chair {chair} is the one who keeps bringing tamales for the whole {shift} shift. Love {him} but {his} <<interdialytic weight gain>> is 5 kg. Dietitian {o_lower} tried. Any tricks?",
]
SCHOOL = [
    "504 plan letter for {p} ({school}, {grade}). Case manager {o_sf} asked for <<type 1 diabetes>> accommodations by {date}. Teacher is {s_title} {s_sur}. Fax {phone}.",
    "Daycare exclusion question: {p_given}, {kid_age}, at {daycare} on {st1}, <<hand foot and mouth disease>>. Director {o} says {o_he} needs a note or no return. {k_grand} {k_form} drives {him} from {town}.",
    "IEP meeting at {school} with {o} (case mgr), coach {s_form} and the school psych. Kid is {p_form}, {kid_age}, <<ADHD combined type>>, {his} id is {student}. Coach wants {him} off <<methylphenidate>> for the season. no.",
]
IMMIGRANT = [
    "New arrival clinic: {p}, from {city_abroad}, 8 years in {camp}. A-number {a_num}. Caseworker {s} from {agency}, {s_email}. <<latent TB>> on IGRA, Hep B sAg neg. Interpreter no-showed.",
    "Asylum medical exam for {p_sf}. Hearing is {date} in front of Judge {o_sur}. Attorney {s_form} needs the affidavit by {date2}. Scars on {his} back consistent with <<blunt force trauma>>. First time doing one of these, help.",
    "{p_given} {p_sur} was born in {camp} and has never seen a doctor outside it. {His} papers say born {year}; half the camp has the same birthday on paper. <<rickets>> on x-ray. {agency} caseworker is {s}.",
]
EMS = [
    "Interfacility transfer from {hosp} to {hosp2}. Medic {medic} ({ems}) crew {o} and {s_form} picked up {p} for <<STEMI>>, call ID {call_id}. 47 min door-out. Sending doc refused to give cath lab the <<troponin>>.",
    "{air} tail {tail} flew {p_sf} from {town} to {hosp}. Flight nurse {o_form} intubated for <<GCS 6>>. Dispatch incident {incident}. Family ({kin} {k}) drove 3 hours behind them.",
    "Transfer center called, ID {call_id}: {p}, {age}, <<ruptured AAA>> at {hosp2} in {town}, wants to come to us. Accepting was {o_init}. By the time {ems} medic {medic} got there {he} had coded.",
]
SOCIAL = [
    "Teen pt {p_form} ({teen_age}) posts as {handle} on {platform} and has a pinned video on <<self-harm>>. {k_parent} {k} sent me the link: {url}. Do I report to the platform or just safety plan?",
    "Got a DM on {platform} from {handle} (real name {p}) asking about {his} <<semaglutide>> dose. I did not answer. Screenshot says: \"doc its {p_given} from your clinic, can i go to 1 mg\".",
    "Patient {p} posts under {his} real name on {platform} about {his} <<lupus nephritis>> and tagged me and my partner ({o_lower}). Also tagged {unit}. {His} handle is {handle}. How do you all handle this?",
    "Someone in the \"{chat}\" chat posted {p_lower}'s <<CT head>> (MRN {mrn} visible!) with the caption 'guess the bleed'. Sender was {o_form}. Who do I tell, compliance?",
]
PROTECTION = [
    "CPS case {cps}: {p_given}, {kid_age}, <<spiral fracture>> of the femur, non-ambulatory. Caseworker {s} ({phone}). Mom's {o_partner} is {o}, lives on {st1} in {town}. Skeletal survey pending.",
    "APS report {aps} filed for {p} ({age}) at home in {town}. {kin} {k} controls {his} checks and {he} has <<stage 4 pressure injury>>. APS worker {s_form}, {phone}.",
    "Elder abuse case. {p}, {age}, at {nh}, bruises on both upper arms in a <<grip pattern>>. Night aide {o_form}. {aps_named}, ombudsman {s}. The facility wants to call it <<senile purpura>>.",
]
PHARMACY = [
    "{pharm} #{store} at {st1} and {st2} keeps refusing {p}'s <<buprenorphine>>. Pharmacist {o_form}. PDMP report {pdmp} is clean. Rx {rx}. Fought with them 40 min.",
    "Compounding q: {p_sf} gets <<low-dose naltrexone>> from {compounder} in {town}. Owner, {o}, called me about the strength. I wrote 4.5 mg, they filled 45. Rx # {rx}.",
    "Tech at {pharm} (store {store}) named {o_given} caught that {p}'s <<warfarin>> was 10 mg not 1. Thank you {o_given}. {p_given} is {age} and lives alone in {town}.",
    "pdmp pulled for {p_lower}, report id {pdmp}: 6 prescribers, 4 pharmacies incl. {pharm} #{store} on {st1}. <<opioid use disorder>>. called {him} at {phone}, no answer.",
]


TEMPLATES = NURSING_HOME + DIALYSIS + SCHOOL + IMMIGRANT + EMS + SOCIAL + PROTECTION + PHARMACY
