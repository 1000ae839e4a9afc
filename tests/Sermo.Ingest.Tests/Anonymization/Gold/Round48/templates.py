"""Round 48's identifier templates (decision 313): 42 format strings over draws.draw(), seven per setting, in markup
([[TYPE:text]] an identifier, <<text>> a clinical term). Each is drawn twice by generate.py."""

AVIATION = [
    "flew {pt_form} out of [[LOCATION:{base}]] last night on [[ID:{tail}]], {pt_he} was {age_bare} and on the floor "
    "of the barn for two days. flight nurse {nurse} had {pt_him} on a <<high-flow nasal cannula>> and still dropped to 84% at altitude. "
    "landed [[LOCATION:{hospital}]] at 0240",
    "AME question. {pilot_lf}, FAA medical cert #[[ID:{faa}]], class 1, flies for [[LOCATION:{airline}]] out of "
    "[[LOCATION:{code}]]. started on <<sertraline>> 3 months ago after {pilot_his} divorce, didnt report it. exam is "
    "[[DATE:{date_ahead}]]. what do I tell {pilot_him}",
    "call sign [[ID:{callsign}]] here, rotor wing, based at [[LOCATION:{airport}]]. our medic {medic_given} wants to know if "
    "anyone carries whole blood on scene flights yet. we lost a rollover on [[LOCATION:{road}]] on [[DATE:{date}]] who "
    "might have made it with 2 units of <<low-titer O whole blood>>",
    "pasted flight log:\\nDATE [[DATE:{date}]] | A/C [[ID:{tail}]] | PIC {pilot_up} | RN {nurse_up}\\nFROM [[LOCATION:{code}]] "
    "TO [[LOCATION:{hospital}]] | PT {pt_up} DOB [[DATE:{dob}]]\\n<<GCS>> 7, intubated on scene, <<ketamine>> + <<rocuronium>>",
    "{pt_form}, {age}, fell getting off a [[LOCATION:{airline}]] flight at [[LOCATION:{airport}]] and the gate agent called "
    "us instead of the airport EMS. {pt_his} {kin_word} {kin} says {pt_he} lives alone in [[LOCATION:{town}]]. "
    "hip films show an <<intertrochanteric fracture>>",
    "anyone know {medic} from [[LOCATION:{program}]]? {medic_he} did a <<finger thoracostomy>> in the back of the aircraft "
    "over [[LOCATION:{town}]] on [[DATE:{date}]] and the patient, {pt_titled}, walked out of our ICU yesterday. want to send a note, "
    "{medic_his} email is {medic_mail}",
    "our base at [[LOCATION:{base}]] is getting a new crew: {nurse} RN and {medic} paramedic. dispatch is [[PHONE:{phone}]]. "
    "first shift [[DATE:{date_ahead}]]. anyone have a good <<RSI>> checklist for a BK117?",
]

PHARMACY = [
    "[[LOCATION:{chain}]] store #[[ID:{store}]] in [[LOCATION:{town}]] keeps rejecting {pt_form}'s <<Ozempic>>. "
    "BIN [[ID:{bin}]] PCN [[ID:{pcn}]] group [[ID:{group}]] member id [[ID:{member}]]. tech {tech_given} says it needs a PA "
    "even though {pt_he} has an <<A1c>> of 9.8",
    "got a fax from [[LOCATION:{indie}]]:\\nRE: {pt_up}  DOB [[DATE:{dob}]]\\nRx #[[ID:{rx}]] <<methimazole>> 10 mg, "
    "pt requests 90 day supply. Please call [[PHONE:{phone}]].\\nRPh {pharm_init}\\nwhy do they still fax in 2026",
    "prior auth for <<Humira>> on {pt_lf} approved, reference [[ID:{pa}]], good until [[DATE:{date_ahead}]]. "
    "it ships from [[LOCATION:{mail_order}]] but {pt_he} lives on [[LOCATION:{road}]] outside [[LOCATION:{town}]] and "
    "the cold pack melts on the porch",
    "pharmacist {pharm} at [[LOCATION:{chain}]] in [[LOCATION:{town}]] caught a <<methotrexate>> 10 mg DAILY I wrote for "
    "{pt_form}. I owe {pharm_him} a coffee. {pharm_his} direct line is [[PHONE:{phone}]] if anyone else in the county needs one",
    "compounded <<hydrocortisone>> suspension for a kid with <<CAH>> from [[LOCATION:{indie}]], batch for patient "
    "{pt_low}, Rx [[ID:{rx}]]. {kin_given} in the family says the taste is different this month. anyone seen recalls?",
    "{pt_up} MRN [[ID:{mrn}]]\\nmail order from [[LOCATION:{mail_order}]] lost twice. member [[ID:{member}]], group "
    "[[ID:{group}]]. rep said call [[PHONE:{phone}]] ext [[PHONE:{squad}2]] and ask for {tech}",
    "[[LOCATION:{chain}]] #[[ID:{store}]] switched {pt_titled}'s <<levothyroxine>> manufacturer again and the TSH went from "
    "2 to 11. pharmacist {pharm_sur} agreed to DAW 1 going forward. Rx [[ID:{rx}]], filled [[DATE:{date}]]",
]

IMMIGRATION = [
    "civil surgeon here, I-693 for {pt_form}, A# [[ID:{anum}]], DOB [[DATE:{dob}]]. <<QuantiFERON>> positive, CXR clean. "
    "{pt_he} came through [[LOCATION:{border}]] and was held at [[LOCATION:{detention}]] for 6 weeks",
    "referral pasted:\\nName: {pt_up}\\nA-Number: [[ID:{anum}]]\\nFacility: [[LOCATION:{detention}]]\\nReason: "
    "<<insulin-dependent diabetes>>, missed doses x3\\nCaseworker: {cw} [[PHONE:{phone}]]",
    "{pt_form} is at [[LOCATION:{shelter}]] in [[LOCATION:{border}]] with a foot wound from the walk, probable "
    "<<cellulitis>>. interpreter {interp_given} speaks {pt_his} language, reachable at [[PHONE:{phone}]]",
    "asylum eval for {pt_lf}. scars consistent with {pt_his} account. the hearing is [[DATE:{date_ahead}]] before the "
    "court in [[LOCATION:{town2}]]. attorney {cw} asked for the report by e-mail, {cw_mail}",
    "ICE transferred {pt_titled} from [[LOCATION:{detention}]] in the middle of <<RIPE>> therapy for <<pulmonary TB>>. "
    "nobody told the health department. {pt_his} {kin_word} {kin_form} called us from [[PHONE:{phone}]]",
    "the unaccompanied minor {pt_given}, DOB [[DATE:{dob_kid}]], shelter case [[ID:{case}]], came in with <<scabies>> "
    "and a positive <<Strongyloides>> serology. caseworker {cw_lf} says the sponsor is in [[LOCATION:{town}]]",
    "consular ID from [[LOCATION:{border}]], name {pt_up}, no other papers. {pt_he} is {age_bare} per {pt_his} "
    "{kin_word} {kin_given}. <<Chagas>> serology pending, <<echo>> shows an apical aneurysm",
]

HOME = [
    "home infusion visit [[ID:{visit}]] for {pt_form} at [[LOCATION:{address}]], gate code [[ID:{gate}]], key in lockbox "
    "[[ID:{lockbox}]]. <<PICC>> dressing due. watch out for {pt_his} {pet_kind} [[NAME:{pet}]], bites",
    "[[LOCATION:{agency}]] nurse {nurse} found {pt_titled}, {age}, on the floor next to the <<oxygen concentrator>>, serial "
    "[[ID:{serial}]], which was off. {pt_he} still refuses the <<Hoyer lift>>",
    "directions to {pt_given}'s place: off [[LOCATION:{road}]], left at the [[LOCATION:{ranch}]] sign, 2nd trailer. "
    "aide {aide_given} said the <<wound VAC>> alarms all night. {pt_his} {kin_word} is at [[PHONE:{phone}]]",
    "{pt_lf}, MRN [[ID:{mrn}]], home <<TPN>> through [[LOCATION:{agency}]]. pump serial [[ID:{serial}]] keeps "
    "occluding. nurse {nurse_given} thinks it is the <<Broviac>> not the pump",
    "hospice aide {aide} called: {pt_form}, {age}, <<Braden score>> 11, new sacral wound. lives with {pt_his} "
    "{kin_word} {kin} at [[LOCATION:{address}]], [[LOCATION:{town}]]. the dog [[NAME:{pet}]] sleeps on the bed",
    "visit note pasted\\nPatient: {pt_up}  DOB [[DATE:{dob}]]\\nAgency: [[LOCATION:{agency}]]  Visit [[ID:{visit}]]\\n"
    "<<Foley>> changed, 16 Fr. <<UTI>> symptoms. RN {nurse_init}",
    "{nurse} RN from [[LOCATION:{agency}]] asking about {pt_titled}'s <<IV vancomycin>> trough, drawn [[DATE:{date}]]. "
    "call back [[PHONE:{phone}]] or e-mail {nurse_mail}",
]

ATHLETICS = [
    "[[LOCATION:{school}]] {mascot} #[[ID:{jersey}]], {pt_form}, took a helmet to helmet at [[LOCATION:{stadium}]] "
    "friday. AT {at} pulled {pt_him}, <<SCAT5>> symptom score 38. coach {coach_sur} wants {pt_him} back for the playoff",
    "concussion form pasted:\\nAthlete: {pt_up}  Student ID: [[ID:{student}]]\\nSchool: [[LOCATION:{school}]]  "
    "Sport: football  Date of injury: [[DATE:{date}]]\\nEvaluated by: {at_init}, ATC\\n<<loss of consciousness>>: no",
    "pitcher {pt_form} from [[LOCATION:{school}]], NCAA id [[ID:{ncaa}]], medial elbow pain, 3 outings in 5 days. "
    "I think <<UCL sprain>>, the family ({kin_given} mostly) wants <<Tommy John>> talk now",
    "{coach} the wrestling coach at [[LOCATION:{school}]] is having kids spit and run in trash bags before weigh-ins. "
    "one of them, {pt_given}, had a K of 2.9. I called the AD at [[PHONE:{phone}]]",
    "athletic trainer {at} from [[LOCATION:{school}]] sent me {pt_lf}, jersey [[ID:{jersey}]], 15, heel pain, "
    "sounds like <<Sever's disease>>. family email {kin_mail}",
    "home game at [[LOCATION:{stadium}]] on [[DATE:{date}]]: {pt_form} #[[ID:{jersey}]] went down with a noncontact "
    "knee, <<Lachman>> loose. the team doc, Dr. {doc_sur}, was in the stands",
    "sideline sudden collapse during practice at [[LOCATION:{school}]], {pt_given} {pt_sur}, student [[ID:{student}]]. "
    "AT {at_given} had the <<AED>> on in under 2 min. <<hypertrophic cardiomyopathy>> on echo",
]

RURAL = [
    "{pt_form} got rolled by a cow at [[LOCATION:{ranch}]] out past [[LOCATION:{town}]]. [[LOCATION:{town}]] VFD "
    "squad [[ID:{squad}]] met us at mile marker [[LOCATION:{mile}]]. <<flail chest>>, flown to [[LOCATION:{hospital}]]",
    "[[LOCATION:{ihs}]] IHS sent {pt_lf}, chart [[ID:{mrn}]], with fever, myalgia and a dropping platelet count after "
    "working cattle. worried about <<Rocky Mountain spotted fever>>, started <<doxycycline>>",
    "critical access at [[LOCATION:{cah}]], one doc, me. {pt_titled}, {age}, <<NSTEMI>>, nearest cath lab 190 miles. "
    "{pt_his} {kin_word} {kin} drove {pt_him} from [[LOCATION:{road}]]",
    "fly-in clinic to [[LOCATION:{town}]] every other tuesday. {pt_form}, DOB [[DATE:{dob}]], had a <<tick bite>> "
    "then <<Colorado tick fever>> symptoms. the pilot {pilot_given} waited 2 hours for the labs",
    "rancher {rancher} from [[LOCATION:{ranch}]], [[LOCATION:{county}]] County, got <<Hantavirus>> cleaning out a grain "
    "shed. {rancher_he} was {age_bare} and still feeding calves. family says call [[PHONE:{phone}]]",
    "{pt_up}, [[LOCATION:{road}]], [[LOCATION:{town}]]. branding accident, <<degloving injury>> of the thumb. "
    "transferred to [[LOCATION:{hospital2}]] on [[DATE:{date}]]",
    "EMT {medic} from [[LOCATION:{town}]] ambulance, volunteer, brought in {pt_given} after a <<rattlesnake bite>> "
    "at [[LOCATION:{ranch}]]. we gave 6 vials of <<CroFab>>. {medic_his} cell [[PHONE:{phone}]]",
]

TEMPLATES = AVIATION + PHARMACY + IMMIGRATION + HOME + ATHLETICS + RURAL
