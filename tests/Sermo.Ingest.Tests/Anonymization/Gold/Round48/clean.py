"""Round 48's identifier-free templates (decision 313): eight, each drawn twice; fields are drawn in the order they are
written, so a template reads left to right. Traps: eponyms, brands and drugs that read as names, device brands,
place-named diseases, scores, codes, holidays and numbers 90-119 that are doses, labs and vitals."""

FIELDS = {
    "aviation": ["<<hypoxia>> at cabin altitude", "<<barotrauma>> on descent", "<<Boyle's law>> and the ET cuff",
                 "<<G-LOC>> in an aerobatic pilot", "<<decompression sickness>> after diving then flying",
                 "<<Scopolamine>> patch for the crew", "<<Diamox>> before a high-altitude trip"],
    "brand": ["<<Eliquis>>", "<<Jardiance>>", "<<Ozempic>>", "<<Humira>>", "<<Mounjaro>>", "<<Trelegy>>",
              "<<Entresto>>", "<<Wegovy>>", "<<Xarelto>>", "<<Dupixent>>"],
    "border": ["<<IGRA>> positive", "<<tuberculin skin test>> at 14 mm", "<<Chagas>> serology", "<<Strongyloides>> IgG",
               "<<hepatitis B surface antigen>>", "<<varicella titer>>"],
    "home": ["<<Hoyer lift>>", "<<Foley>>", "<<PICC>>", "<<Wound VAC>>", "<<Braden score>> of 12", "<<CADD pump>>"],
    "sport": ["<<Tommy John>>", "<<ACL>> reconstruction", "<<SCAT5>>", "<<Osgood-Schlatter>>", "<<Sever's>>",
              "<<spondylolysis>>", "<<commotio cordis>>"],
    "rural": ["<<Hantavirus>>", "<<Rocky Mountain spotted fever>>", "<<Colorado tick fever>>", "<<Lyme>>",
              "<<tularemia>>", "<<brucellosis>>", "<<plague>>"],
    "number": ["HR 112", "temp 101.8", "glucose 117", "Na 119", "weight 96 kg", "SpO2 91%", "BP 104/62",
               "<<vancomycin>> trough 18 after 1 g q12", "platelets 95", "<<methotrexate>> 15 mg weekly"],
    "holiday": ["over Thanksgiving", "the week of Christmas", "around the Fourth of July", "Labor Day weekend",
                "during homecoming week", "over spring break", "the day after New Year's"],
    "code": ["DAW 1", "Tier 3", "CPT 99214", "ICD-10 Z11.1", "NDC 0169-4132-12", "DAW 0", "HCPCS J3490"],
}

CLEAN_TEMPLATES = [
    "flight nurse question: {aviation}, and separately {aviation}. anyone have a protocol they like?",
    "the PBM wants step therapy before {brand}, and {code} is on the script. {number} at the last visit. what do you write in the appeal?",
    "civil surgeon tip: {border} changes the I-693 more than people think. also check {border} in anyone from the Andes.",
    "home health keeps asking about the {home} and the {home} at the same visit. {number}. is there a good checklist?",
    "teenage athlete, {sport} vs {sport}, seen {holiday}. the AT wants a return-to-play date.",
    "rural ED, febrile rancher, {rural} or {rural}? {number}, {number}. started doxycycline empirically.",
    "coverage rant: {brand} denied, {brand} approved, both {code}. the patient spent {holiday} without either.",
    "{number} in the flight cabin, {aviation}. we diverted. was it the right call?",
]
