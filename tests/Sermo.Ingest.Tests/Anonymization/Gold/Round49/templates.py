"""Round 49's 42 identifier templates, seven per setting (decision 323): polar and remote field science, the postal
service, ballet, dance and circus companies, wineries, breweries and distilleries, tree care, landscaping and
nurseries, and the Deaf community. Fields are filled by generate.fields; every template is drawn twice."""

TEMPLATES = [
    # polar and remote field science
    "{q_title} {q_last} here, one of two docs at {station} this season. {p_full}, a winter-over electrician, took a fall off the fuel line berm, <<distal radius fracture>>, closed reduction went fine. question is whether {p_he} flies on the next plane or stays. {p_his} {r_kin} {r_first} keeps emailing me at {q_email}. event {event}.",
    "sat phone from a deep-field camp: {p_first} {p_last_only} ({culture_word} glaciologist, PI {q_full}) with two days of <<chest tightness>> at altitude, SpO2 high 80s. camp Iridium is {iridium}. we're at {station}; the Twin Otter can't get to {p_him} until {date_ahead}. <<acetazolamide>> on hand. advice?",
    "R/V {vessel} left {port} {date} with 41 aboard. {p_upper_comma}, second mate, has had <<norovirus>> symptoms for 36 hours and now can't keep fluids down. ship's medic {q_first} {q_last} is a PA. owner's ops desk is {phone}.",
    "field camp question. {p_full} from {program} cut {p_his} thumb on a core barrel, contaminated with soil. last <<Tdap>> unknown. grantee number {event}. {p_he} wants to stay out until {date_ahead}. sending {p_him} back to {town} costs a week.",
    "PQ packet for {p_comma} (DOB {dob}) kicked back: {p_he} had a <<pulmonary embolism>> in [[DATE:2019]], off <<apixaban>> for three years. medical screener {q_title} {q_last} wants a letter. {p_he} is bound for {station}. my number {phone}.",
    "{p_full} at {station} has a molar abscess and the dental chair there has not been used since {q_first} left. <<amoxicillin>> started. can I teleconsult with a dentist on {phone}? {p_his} {r_kin} {r_first} {r_last} is in {town}.",
    "re: {p_initial}, a former station manager, {age90}, still gives talks at {town} and wants a letter for a tourist cruise out of {port}. <<aortic stenosis>>, valve area 0.9. cruise doc is {q_full} ({q_email}).",
    # postal service
    "city carrier {p_full}, employee ID {employee}, bitten on route {route} in {wtown} by a dog named {dog} ({owner_full}'s). <<Pasteurella>> cover started, <<rabies PEP>> depends on whether animal control finds it. supervisor {q_first} at the {post_office} wants a return date.",
    "rural carrier, {p_comma}, drives {p_his} own car on route {route} out of {wtown}. <<heat exhaustion>> last week, now <<rhabdomyolysis>> with CK 22,000. {p_he} started {date}. {p_his} {r_kin} {r_first} can be reached at {phone}.",
    "{p_upper_comma} (EIN {employee}), clerk at the {post_office}, eight years on the sorting machine, now <<carpal tunnel>> both hands and <<De Quervain's>> on the left. OWCP case {owcp}. {p_he} lives on {street} in {town}.",
    "LLV {llv} caught fire with {p_first} {p_last_only} inside at {wtown} {date}. <<smoke inhalation>>, carboxyhemoglobin 14. {p_he}'s been a carrier 22 years, NALC branch {branch}. steward {q_full} called me asking for records.",
    "{p_first} from the {post_office} asked me to post this: carrier {q_full} fainted on route {route} ({wtown}), turned out to be <<complete heart block>>, pacemaker done at {hospital}. card for {q_him} going around, e-mail {p_email}.",
    "{p_full}, a CCA at the {post_office}, <<Capnocytophaga>> sepsis after a dog lick on a cut — {p_he} is asplenic. dog's owner, {owner_full}, on {street}, {wtown}. {p_his} {r_kin} {r_first} is on {phone}.",
    "pkg handler at {hub}, {p_comma}, DOB {dob}, <<lumbar strain>> then <<cauda equina>> symptoms. badge {employee}. MRI at {hospital} {date}. lead {q_first} {q_last} says {p_he} lifted 70 lb parcels all night.",
    # ballet, dance and circus
    "{company} dancer {p_full} (company member {agma}), <<Jones fracture>> on the left fifth metatarsal in a {ballet} rehearsal at the {theatre} on {date}. AD {q_full} wants {p_him} back by {date_ahead}. screw or boot?",
    "aerialist \"{stage}\" — real name {p_full} — fell 12 feet in {company}'s rehearsal hall in {town}. <<burst fracture>> at L1, neuro intact. rigger {q_first} {q_last} says the lyra point held. {p_his} {r_kin} {r_first} flew in from {country_town}.",
    "{p_lower}, {age_adult}, dancer with {company}, <<os trigonum>> syndrome, posterior ankle pain on relevé. PT {q_first} at the company studio on {street}. contract ends {date_ahead}. dancer's cell {phone}.",
    "wardrobe at the {theatre} called: {p_first} {p_last_only}, dresser, had a <<seizure>> in dressing room {room} during a {ballet} matinee. first one. {p_he}'s on tour with {company}; company manager {q_full}, {q_email}.",
    "{company} clown {p_full} ({stage} on the bills), stingers down both arms after a pratfall in {town}. <<cervical stenosis>> on MRI {date}. AGMA {agma}. {p_he} wants to finish the tour.",
    "{p_comma} — {ballet} soloist at {company} — <<Lisfranc injury>> missed at {hospital} on {date}. {p_his} {r_kin} {r_first} {r_last} is a lawyer and asking questions. ortho here was {q_title} {q_last}.",
    "stage manager {q_full} from {company} phoned about {p_first} {p_last_only}, a flyman: <<crush injury>> to the hand under a counterweight at the {theatre}, {date}. hand surgeon on call {s_title} {s_last}. {q_first}'s cell {phone}.",
    # wineries, breweries and distilleries
    "cellar worker {p_full} at {winery} went into a fermenting tank to clear a valve. <<carbon dioxide>> — found down by {q_first} {q_last}. {p_he}'s intubated at {hospital}. TTB permit on the incident sheet {ttb}. {p_his} {r_kin} {r_first} is on {phone}.",
    "{p_upper_comma}, head distiller at {distillery} ({town}), DOB {dob}, burn to both forearms from a still on {date}. <<partial thickness burn>> about 6% TBSA. {p_he} wants to be back for the bottling on {date_ahead}.",
    "{winery} barrel room: {p_first} {p_last_only} pinned by a rolling barrel {barrel}, <<tibial plateau fracture>>. forklift driver {q_full}. {q_his} e-mail is {q_email}. anyone know the workers' comp rules in {state}?",
    "harvest intern {p_full} ({culture_word}, J-1) at {winery} with <<wasp sting>> anaphylaxis on the grounds off {street}, {wtown}. <<EpiPen>> given by {q_first}. sponsor contact {phone}.",
    "brewer {p_comma} at {winery} has <<contact dermatitis>> from caustic cleaning. fermenter {tank}. {p_he}'s {age_adult}, started {date}. owner {q_first} {q_last} asks if {p_he} needs a respirator fit test.",
    "{p_full}, a tasting room manager at {winery} in {wtown}, collapsed on {date}: <<hypertrophic cardiomyopathy>>, ICD placed at {hospital}. {p_his} {r_kin} {r_first} {r_last} wants {p_him} to quit. cell {phone}.",
    "rickhouse at {distillery}: {p_lower} fell from the third tier of rick {tank} in {town}. <<calcaneus fracture>> both sides. {p_he} is {age_adult}; {p_his} grandmother, {age90}, drove {p_him} to {hospital}.",
    # tree care, landscaping and nurseries
    "climber {p_full} with {tree_outfit} (crew truck {truck}) took a chainsaw kickback to the thigh in {wtown} {date}. <<femoral artery>> spared, <<tetanus>> booster given. crew lead {q_first} {q_last}, ISA {isa}. {p_his} {r_kin} {r_first} on {phone}.",
    "{p_upper_comma}, groundsman for {tree_outfit}, struck by a falling limb on {street}, {town}. <<crush syndrome>> risk, K 6.1. {p_he} is {age_adult}. safety manager {q_full} ({q_email}).",
    "{nursery} greenhouse worker {p_full} has a nodular arm rash after rose pruning: <<sporotrichosis>>? started <<itraconazole>>. {p_he} works the {town} store; manager {q_first} says half the staff got scratched.",
    "{p_comma} (DOB {dob}), lawn crew at {tree_outfit}, rode a mower into the pond at {wtown} golf course on {date}. <<near drowning>>, aspirated. crew chief {q_first} {q_last}. {p_his} {r_kin} {r_first} is at {phone}.",
    "my neighbour {p_full}, {age90}, still prunes {p_his} own orchard on {street} in {wtown}. fell from a ladder {date}: <<hip fracture>>. {p_his} {r_kin} {r_first} {r_last} ({r_email}) wants to know about rehab at {hospital}.",
    "{tree_outfit} bucket truck {truck}, lineside: {p_first} {p_last_only} got <<electrical injury>> through the boom, entry right hand. {p_he}'s at {hospital}. ISA number on the sheet {isa}. foreman {q_full}.",
    "poison oak season again: {p_full} from {nursery} in {town} with <<Toxicodendron dermatitis>> on the face and eyelids. {q_title} {q_last} at urgent care gave a 5-day pack; I'd go longer. {p_his} cell {phone}.",
    # the Deaf community
    "{p_full}, Deaf, ASL first, came in {date} with <<sudden sensorineural hearing loss>> on {p_his} better side. the interpreter, {q_full} (RID {rid}), was booked through {deaf_place}. {p_his} videophone is {phone}.",
    "{p_comma}, {age_adult}, graduate of {deaf_place}, wants a second <<cochlear implant>> evaluation. {p_he} has <<Usher syndrome>> type 2. {p_his} {r_kin} {r_first} {r_last} interprets at home. e-mail {p_email}.",
    "CDI {q_full} worked with hearing interpreter {s_full} on {p_full}'s consent for surgery at {hospital}, {date}. {p_he} uses {p_his} own signs from {deaf_place}. MRN {mrn}.",
    "baby {p_last_only} failed the newborn screen twice; parents {r_full} and {p_first} are Deaf and thrilled if the baby is too. <<connexin 26>> panel sent. audiologist {q_title} {q_last} at {hospital}, {phone}.",
    "{p_full} from the {deaf_club} had <<Waardenburg syndrome>> diagnosed at {age_adult} — white forelock, two eye colours. {p_his} {r_kin} {r_first} has it too. they live on {street} in {town}.",
    "{p_first} {p_last_only} (Deaf, teaches at {deaf_place}) — <<Meniere's disease>> on the implanted side? {p_he} texts {phone} only, no voice. saw {q_title} {q_last} {date}.",
    "request for a Deaf interpreter for {p_full}, DOB {dob}, who signs {country_word} Sign Language and some ASL. referral from {deaf_club}. RID of the hearing interpreter {rid}. <<diabetic foot ulcer>> visit {date_ahead}.",
]
