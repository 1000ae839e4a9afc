"""Identifier-free templates of round 45: traps that look like identifiers and are not (eponyms, brands, place-named
diseases, scores, code-shaped clinical numbers, ranks and titles without a person, doses and labs of 90-119)."""

EPONYM_SIGNS = ["Tinel", "Phalen", "Hoffmann", "Babinski", "Romberg", "Murphy", "McBurney", "Rovsing", "Grey Turner",
                "Courvoisier", "Kussmaul", "Trendelenburg", "Spurling", "Hawkins", "Neer", "Thompson", "Froment"]
EPONYM_DISEASES = ["Bell palsy", "Dupuytren contracture", "Crohn disease", "Addison disease", "Paget disease",
                   "Huntington disease", "Tay-Sachs", "Marfan syndrome", "Ehlers-Danlos", "Lynch syndrome",
                   "Von Hippel-Lindau", "Fabry disease", "Gaucher disease", "Peutz-Jeghers", "Li-Fraumeni"]
PLACE_DISEASES = ["Lyme disease", "Rocky Mountain spotted fever", "Hantavirus Pulmonary Syndrome", "Colorado tick fever",
                  "Powassan virus", "Mediterranean spotted fever", "Bolivian hemorrhagic fever", "Kyasanur", "Zika",
                  "Ebola", "Marburg", "Hendra", "Nipah", "St. Louis encephalitis", "Eastern equine encephalitis"]
BRANDS = ["Jardiance", "Eliquis", "Xarelto", "Biktarvy", "Humira", "Ozempic", "Zepbound", "Paxlovid", "Veozah", "Leqembi",
          "Nurtec", "Ubrelvy", "Qulipta", "Rexulti", "Vraylar", "Caplyta", "Sunosi", "Wakix", "Evusheld", "Beyfortus"]
DEVICES = ["Dexcom G7", "Omnipod 5", "Tandem t:slim", "Medtronic 780G", "Inspire", "WatchPAT", "Zio patch", "LifeVest",
           "Impella CP", "Watchman", "MitraClip", "Optune", "Baxter Prismax"]
SCORES = ["Wells score", "HEART score", "CHA2DS2-VASc", "HAS-BLED", "PERC", "Caprini", "MELD-Na", "Child-Pugh",
          "STOP-BANG", "Epworth", "CIWA-Ar", "PHQ-9", "GAD-7", "Glasgow-Blatchford", "ABCD2", "San Francisco syncope rule"]
ROLES = ["the chief medical officer", "a charge nurse", "the medical director", "our risk manager", "the flight surgeon",
         "a senior AME", "the union steward", "a locum tenens", "the program director", "the genetic counselor",
         "an animal control officer", "the visiting nurse", "a board investigator", "a plaintiff's attorney", "a captain"]
LABS = ["glucose 112", "sodium 118", "potassium 5.9", "HR 104", "temp 101.3", "SpO2 91%", "BUN 96", "platelets 97",
        "MAP 95", "ferritin 108", "HR 117", "weight 103 kg", "LDL 114", "CK 110", "TSH 0.09"]
CODES = ["CPT 99285", "ICD-10 W54.0XXA", "ICD-10 Z15.01", "CPT 81162", "ICD-10 T63.441A", "CPT 99349", "ICD-10 Y92.009",
         "CPT 96127", "ICD-10 Z84.81", "CPT 99497", "ICD-10 Z31.430"]
NUMBERS = ["NDC 0002-8215-01", "lot EH9899", "lot 3027151", "49 CFR 391.41", "14 CFR 67.107", "NDC 50090-5473-0",
           "lot 1L74C", "42 CFR 482.24", "45 CFR 164.512"]
HOLIDAYS = ["Thanksgiving", "the Fourth of July", "Labor Day", "Christmas Eve", "Memorial Day weekend", "Halloween",
            "New Year's Eve", "spring break", "deer season", "Mardi Gras", "Diwali", "Lunar New Year", "Passover"]

TEMPLATES = [
    "q for the group: {score} in a pt with <<{disease}>>? feels like nobody validated it there. {lab} on arrival. thoughts",
    "<<{place}>> in my area for the first time since I started practicing. {code} for the billing folks. Any tips on <<serology>> timing?",
    "{role} asked me whether <<{brand}>> needs a hold before surgery. I said 3 days. {role2} said 2. who is right",
    "positive <<{sign} sign>> but MRI clean. <<{disease}>> on the differential? {lab} fwiw",
    "PSA for everyone covering around {holiday}: <<{brand}>> shortages again. {code} still works for prior auth",
    "anyone actually like the <<{device}>>? our {role_bare} loves it, I find the alarms endless. {lab} on last check",
    "random: {code} got denied twice this month. reason given 'not medically necessary' for <<{disease}>>. appeal or move on",
    "the interns confuse <<{sign} sign>> with <<{sign2} sign>> on rounds, and then again after {holiday}",
    "{role} keeps pushing <<{brand}>> over <<{brand2}>> because of the rep lunches. {score} doesn't change my choice",
    "locums tip: bring your own <<{device}>> charger, small hospitals never have one. also {lab} is normal at altitude for some",
    "bite wound, no animal info, rash a week later and now worried about <<{place}>>. {lab}. treat empirically?",
    "{num} keeps coming up in the committee slides. does anyone actually read it. also <<{brand}>> again on backorder",
    "lot check: pharmacy says {num} was flagged, we gave <<{brand}>> from it to half the floor before {holiday}. {role} is on it",
    "rule: {code} covers the exam; the <<{disease}>> counseling is separate. learned the hard way after {holiday}",
]
