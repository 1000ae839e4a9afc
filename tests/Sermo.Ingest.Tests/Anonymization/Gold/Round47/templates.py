"""Round 47's identifier templates (decision 302): format strings over draws.fresh's keys, seven per setting
(obstetrics and newborns, psychiatry and holds, addiction, the sea, casinos and festivals, wildland fire and logging),
each drawn twice. [[...]] spans come from the draws; <<...>> marks a clinical term."""

TEMPLATES = [
    # obstetrics, labour and delivery, newborns
    "{m_full} ({mrn}) came up from triage bed {bed} to LDR {room} at 6 cm, G3P2, <<Bishop score>> 9, "
    "and her doula {a_given} {a_surname} kept asking for the lights down. dad is {f_full}, he fainted at the "
    "<<epidural>>. {baby} {baby_sur} arrived {date} with <<Apgars>> 8 and 9. anyone else's L&D let doulas into the OR?",
    "home birth transfer from {addr}, {word}: midwife {b_full} ({phone}) called at 0340 for <<postpartum hemorrhage>>, "
    "~1200 mL, gave <<Cytotec>> at the house. mom is {m_sg}, DOB {mom_dob}. baby fine, came in the car seat with grandma "
    "{k_given}. the midwife stayed through the <<Bakri balloon>>, honestly she was great",
    "NICU bed {bed}, isolette {room}: {baby} {baby_sur}, 29 weeks, born at {hosp} {date}. newborn screen {nbs} came "
    "back flagged for <<congenital hypothyroidism>>, and the mother {m_given} has no phone since the eviction. "
    "we reached the father {f_full} through his sister at {phone}. social work involved",
    "pasted from my delivery note, names kept for the chart:\\n\"Pt: {m_upper}. MRN {mrn}. Delivered {date} at "
    "{hosp}, LDR {room}. Shoulder dystocia 50 sec, <<McRoberts>> and suprapubic pressure, Woods screw not needed. "
    "Peds {b_title} present. FOB {f_given} at bedside.\"\\nM&M wants it, does this sound defensible",
    "cord blood question. {m_full} banked with {cord_bank} (unit {cord_id}) after her first at {birth_center} "
    "in {port}. now the second baby has <<sickle cell disease>> and she wants to know if the sibling unit can be used. "
    "her midwife there, {c_full}, emailed me from {c_email}. who has done a sibling cord transplant",
    "birth certificate mess: {baby} {baby_sur} (cert {birth_cert}) got the father listed as {a_full} when the dad at "
    "the bedside was {f_full}. mom {m_given} says her grandma, {old_f}, will not hear of it. "
    "our registrar {c_given} says fix it at vital records in {county}. not my problem but I signed the worksheet",
    "lactation consult today with {d_full}, IBCLC, for {m_title}, day 3, <<mastitis>> starting on the left, "
    "baby {baby_sur} down 11% from birth weight. lives out in {word2} with no car; {d_given} is doing the home visit "
    "{date2_ahead} at {addr}. can I start <<dicloxacillin>> while she is still nursing, yes right",
    # psychiatry and involuntary holds
    "wrote a 5150 on {p_full} last night (petition {petition}). {p_he} was found on the {vessel} dock at {port} "
    "screaming at gulls, <<acute mania>>, hadn't slept in 4 days. {p_his} {k_sib} {k_full} called {phone}. "
    "transferred to {psych} around {hours}:00. gave <<Haldol>> 5 and <<Ativan>> 2",
    "commitment hearing for {p_sg} is {date_ahead} in front of Judge {a_surname} at {court}. I have to testify on the "
    "<<catatonia>> and the <<lorazepam challenge>>. guardian is {b_full} from {group_home}, reach {b_him} at {phone2}. "
    "never testified before, any tips",
    "TDO on {p_upper} ({mrn}), {old}, from a nursing home in {inland}. sitter {c_given} says {p_he} tried to leave "
    "twice. <<delirium>> vs <<late-onset psychosis>>, and the magistrate wants a bed at {psych} by 0600. "
    "family: {p_his} {k_kid} {k_given} in {word} ({phone})",
    "mobile crisis ({a_full} and {b_full}) brought in {p_lower} after a 988 call from a [[LOCATION:Walmart]] lot in {word}. "
    "{p_he} has been off <<Invega Sustenna>> since [[DATE:March]], PHQ-9 24, talking about the bridge on {street}. pink slip "
    "{petition}. room {room2} on the crisis unit",
    "group home manager {a_full} at {group_home} ({phone}) keeps calling about {p_given} {p_surname}, who is on "
    "<<Clozaril>> with an ANC of 1.1. {a_he} wants {p_him} back by {date_ahead}. the <<clozapine REMS>> pharmacist says "
    "hold. who wins, the manager or REMS",
    "court-ordered eval for {p_full} (case {case}): public defender {b_full}, {b_email}. {p_he} swears the "
    "<<auditory hallucinations>> stopped on <<Zyprexa>>, but {p_his} {k_parent} {k_given} says {p_he} cheeks it. "
    "psych unit room {room2}, sitter {c_full} on nights",
    "paper for the petition, typed as the form has it:\\n\"Respondent: {p_sg}. DOB {dob}. Address: {addr}, "
    "{inland}. Petitioner: {a_full}, relation: {a_spouse}. Facts: threatened {k_given} with a knife on {date}\"\\n"
    "the ED attending signed it, I'm the one who has to do the <<risk assessment>>",
    # addiction treatment
    "pt {p_full} doses at {otp} in {inland}, patient id {otp_id}, on methadone 110 mg with two take-homes. came in "
    "with <<QTc>> 520. counselor {a_full} ({phone}) says {p_he} won't give up the take-homes. <<buprenorphine>> switch?",
    "{p_given} lives at {sober} on {addr}, house manager {a_given} {a_surname}. sponsor is {b_given}, meets at "
    "{church} on Tuesdays. <<Sublocade>> due {date}, {p_he} missed the last shot. drug court case {case}, judge "
    "{c_surname} wants a letter by Friday",
    "PDMP check on {p_sg} ({pdmp}) shows <<Suboxone>> from me and <<oxycodone>> from {a_title} at {hosp}. "
    "{p_he} says {a_surname} knows. {p_his} {k_spouse} {k_full} called the office from {phone} to say otherwise. how do "
    "you bring that up",
    "pasted intake from the OTP:\\n\"Name: {p_upper} / ID {otp_id} / DOB {dob} / Referred by: {a_full}, "
    "{court}, case {case} / Emergency contact: {k_full} ({k_sib}) {phone}\"\\n"
    "then 'drug of choice: fent'. of course it is. <<COWS>> 14 on arrival",
    "{p_full} OD'd in the bathroom at {church} during a meeting, {p_his} sponsor {a_given} gave two <<Narcan>>. "
    "came in via {word} EMS. second time since {date}. the <<Vivitrol>> conversation went about as well as you'd think",
    "drug court team meeting {date}: judge {a_surname}, coordinator {b_full} ({b_email}), me. "
    "{p_lower}'s urine positive for <<xylazine>> with wounds on both shins, lives with {k_given} at {addr}. "
    "{p_he} begged not to go back to {sober}",
    "{p_title} from {word2}, {old}, on <<methadone>> for forty years at {otp}, oldest patient they have. "
    "{p_his} {k_kid} {k_full} drives {p_him} in. <<torsades>> last week. taper at that age, or leave it?",
    # fishing, ports, the sea
    "deckhand {p_full} off the {vessel} (doc no. {doc_no}) out of {port}, crushed hand in a <<crab pot>> launcher. "
    "skipper {a_full} called it in to {uscg} on 16 and the cutter {cutter} took {p_him} off. <<open fracture>>",
    "tuna boat {vessel}, MMSI {mmsi}, came into {port} with {p_given} {p_surname} and two others with "
    "<<scombroid>> after a bad albacore. {p_he} gave the skipper's cell {phone}. <<diphenhydramine>> fixed it",
    "{p_full} cut {p_his} hand gutting fish at {cannery} in {port}, now <<Vibrio vulnificus>> and bullae up the forearm. "
    "shift lead {a_full} brought {p_him} in on {date_past}. {p_his} {k_spouse} {k_given} at {phone}. <<necrotizing fasciitis>> call?",
    "MEDEVAC from the {vessel2} off {port}: skipper {a_sg} reports "
    "that the crewman {p_upper} has <<decompression sickness>> after a dive on a fouled prop. chamber at {hosp}",
    "{p_full} ate barracuda on a charter out of {port} ({vessel}), now <<ciguatera>> with hot-cold reversal. "
    "{p_his} {k_spouse} {k_full} emailed me {k_email}. skipper {a_given} says nobody else got sick",
    "processor {cannery}, {port}: worker {p_sg}, employee {otp_id}, <<hypothermia>> after falling off the dock "
    "{date}. foreman {a_full} ({phone}) pulled {p_him} out. {p_his} {k_sib} {k_given} works the same line",
    "Coast Guard call from {uscg}: crewman {p_full} on the {vessel} (MMSI {mmsi}) with <<chest pain>>. "
    "skipper {a_given} {a_surname} and {a_his} deckhand {b_given}. we talked them through aspirin until the cutter {cutter} arrived",
    # casinos, festivals, amusement parks
    "{p_full}, {old}, collapsed at a slot at {casino}, player card {player}. security lead {a_full} "
    "({phone}) started CPR, <<VF>>, shocked twice. {p_his} {k_kid} {k_given} was at the buffet",
    "medical tent at {festival}, {stage}: {p_lower}, wristband {band}, <<hyperthermia>> 41.2 after MDMA. "
    "EMT crew {a_full} and {b_full}. promoter {c_full} wanted {p_him} out fast. <<dantrolene>> or just ice?",
    "{p_full} hit {p_his} head on {ride} at {park} on {date}. ride op {a_given} filed incident {incident}. "
    "<<subdural hematoma>>, 3 mm. {p_his} {k_parent} {k_full} ({phone}) wants a letter for the lawyer",
    "pasted incident report:\\n\"Incident {incident}. Guest: {p_upper}, wristband {band}. Location: {festival}, "
    "{stage}. Reported by: {a_full}, security. EMT: {b_full}. Transport to {hosp} at 2215.\"\\n"
    "under 'nature of injury' they wrote <<seizure>>. it was <<syncope>>",
    "{casino} again: {p_title} ({player}), 67, <<hypoglycemia>> at the poker room after 14 hours. "
    "floor supervisor {a_full} says {p_he} does this every month. {p_his} {k_spouse} {k_given} lives in {word}",
    "EMT at {park} here: {p_given} {p_surname} from {word2} had <<anaphylaxis>> from a funnel cake at the "
    "{ride} queue. <<EpiPen>> times two, then my partner {a_given} drove. incident {incident}",
    "{casino} casino floor, {date}: {p_sg} with <<chest pain>> at the craps table, host {a_full} ({a_email}) "
    "comped the ambulance. {p_he} left AMA from {hosp} to get back to the table. player card {player}",
    # wildland fire, forestry, logging
    "{p_full} of the {hotshot} (crew {crew_no}) collapsed on the {fire} line, <<exertional rhabdo>>, CK 48,000. "
    "supt {a_full} called it in on {call_sign}. flown to {hosp} from the camp in {fire_town}",
    "engine {engine} captain {a_full} brought in {p_given} {p_surname} from the {fire}: <<smoke inhalation>>, "
    "carboxyhemoglobin 14. {p_he} is from {word}, {p_his} {k_spouse} {k_given} called {phone}",
    "logging accident, {logger} side near {fire_town}: faller {p_sg} pinned by a <<widowmaker>>. "
    "hooktender {a_given} and the side rod {b_full} ran the <<tourniquet>>. {date}, flown to {hosp}",
    "{mill} in {fire_town}: {p_full} lost two fingers in the planer {date}. safety manager {a_full} "
    "({a_email}) asked for a return-to-work note. {p_he} wants to go back on <<light duty>> Monday",
    "fire camp at {fire_town} for the {fire}: crew {crew_no}, {p_lower} with <<poison oak>> on {p_his} face "
    "and eyes swollen shut. crew boss {a_full}, call sign {call_sign}. <<prednisone>> burst and sent {p_him} home",
    "{p_title}, {old}, would not leave {p_his} house on {addr} in {fire_town} during the {fire} evac; sheriff "
    "deputy {a_surname} carried {p_him} out. <<carbon monoxide>> 9%. {p_his} {k_kid} {k_full} flying in from {port}",
    "{hotshot} swamper {p_full} with a <<chainsaw laceration>> to the thigh on the {fire}, div sup {a_full}, "
    "medic {b_given} packed it. crew {crew_no}. {p_he} will be back on {date2_ahead} if the <<tetanus>> is current",
]
