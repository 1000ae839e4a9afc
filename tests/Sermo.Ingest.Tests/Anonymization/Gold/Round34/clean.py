"""Round 34's identifier-free templates: traps that look like names, places, dates or numbers and are none of them.
Each is drawn 3 times; its keys are filled from the lists below by generate.clean_draw."""

EPONYMS = ["Bell palsy", "Wilson disease", "Hirschsprung disease", "Peyronie disease", "Dupuytren contracture", "Legg-Calve-Perthes",
           "Ménétrier disease", "Whipple disease", "Paget disease", "Tourette syndrome", "Down syndrome", "Turner syndrome",
           "Klinefelter syndrome", "Sheehan syndrome", "Horner syndrome", "Brown-Sequard", "Charcot foot", "Dressler syndrome",
           "Takayasu arteritis", "Behcet disease", "Still disease", "Raynaud phenomenon", "Buerger disease", "Felty syndrome",
           "Alport syndrome", "Fanconi anemia", "Gilbert syndrome", "Hodgkin lymphoma", "Burkitt lymphoma", "Wilms tumor"]
# Brands with a condition each is prescribed for, so a brand post reads as a physician would write it.
BRAND_USES = [("Mounjaro", "type 2 diabetes"), ("Wegovy", "obesity"), ("Farxiga", "heart failure"), ("Xarelto", "atrial fibrillation"),
              ("Trulicity", "type 2 diabetes"), ("Humira", "ulcerative colitis"), ("Keytruda", "melanoma"), ("Adderall", "ADHD"),
              ("Concerta", "ADHD"), ("Lexapro", "generalized anxiety disorder"), ("Wellbutrin", "depression"),
              ("Seroquel", "bipolar depression"), ("Abilify", "schizophrenia"), ("Lyrica", "fibromyalgia"),
              ("Neurontin", "postherpetic neuralgia"), ("Narcan", "opioid overdose"), ("Plavix", "coronary stent"),
              ("Lasix", "heart failure"), ("Coreg", "cardiomyopathy"), ("Synthroid", "hypothyroidism"), ("Januvia", "type 2 diabetes"),
              ("Tresiba", "type 1 diabetes"), ("Otezla", "psoriasis"), ("Rinvoq", "rheumatoid arthritis"), ("Biktarvy", "HIV"),
              ("Descovy", "HIV PrEP"), ("Lantus", "type 1 diabetes"), ("Norco", "post-op pain"), ("Victoza", "type 2 diabetes")]
PLACE_WORDS = ["Lyme disease", "Ebola", "Marburg virus", "Coxsackie", "Norwalk virus", "Japanese encephalitis", "Mediterranean spotted fever",
               "Q fever", "Colorado tick fever", "St. Louis encephalitis", "Bolivian hemorrhagic fever", "Kyasanur Forest disease",
               "Hong Kong flu", "Lassa fever", "Crimean-Congo hemorrhagic fever", "Murray Valley encephalitis"]
HOLIDAYS = ["Thanksgiving", "Labor Day weekend", "Easter Sunday", "Passover", "Yom Kippur", "Lunar New Year", "Good Friday",
            "Veterans Day", "Super Bowl Sunday", "Black Friday", "Groundhog Day", "Valentine's Day", "St. Patrick's Day",
            "Cinco de Mayo", "Juneteenth", "Boxing Day", "Holi", "Navratri", "summer solstice", "flu season", "July 4th weekend"]
SCORES = ["APGAR", "Ranson criteria", "Child-Pugh", "MELD", "CURB-65", "PESI", "San Francisco syncope rule", "Canadian CT head rule",
          "Duke criteria", "Jones criteria", "Light criteria", "Rockall", "Mallampati", "Bishop score", "Hunt and Hess", "Fisher grade",
          "Spetzler-Martin", "Gleason score", "Breslow depth", "Karnofsky", "ECOG", "Mini-Cog", "AUDIT-C", "Caprini"]
TERMS = ["pneumonia", "sepsis", "heart failure", "stroke", "NSTEMI", "appendicitis", "cholecystitis", "asthma", "anemia",
         "hypothyroidism", "psoriasis", "osteoporosis", "GERD", "depression", "schizophrenia", "pyelonephritis", "gastroenteritis"]

CLEAN_TEMPLATES = [
    "{holiday} shift and three <<{eponym}>> consults. nobody believes me",
    "is {brand} ok with <<{term}>>? asking for the {n}th time this week lol",
    "peds q: kid with possible <<{place}>>, temp 39.{d}, HR {n}. what's your threshold for LP",
    "{score} came out {d}, gen surg wants imaging anyway for the <<{term}>>. Na 13{d}, gluc {n}",
    "<<{eponym}>> vs <<{eponym2}>> — tell me how you teach the difference to MS3s",
    "rant: prior auth denied {brand} for <<{use}>>. again. {holiday} is ruined",
    "Stat: {score} helpful or not? my attending swears by it for <<{term}>>",
    "the {brand} rep brought lunch. still won't start it for <<{use}>> without better data",
    "wt {n} kg, BMI 3{d}, A1c 7.{d}, on {brand} for the <<{use}>>. <<{term}>> under control too. small wins",
    "anyone seen <<{place}>> outside the travel clinic? had a suspected one around {holiday}",
    "{holiday} + <<{term}>> + short staffed = me eating crackers at 3am",
    "journal club: {brand} vs placebo in <<{use}>>, n={n}{d}, NNT {d}{d}. underwhelming",
    "glucose {n}, K 4.{d}, Cr 1.{d}, BUN 2{d}. <<{term}>> improving. thoughts on stopping fluids",
    "teaching pearl: <<{eponym}>> isn't what the boards make it look like. {score} doesn't apply either",
    "fellowship interview asked me about <<{place}>> and the {score}. blanked completely",
    "DM me if you have a good handout on <<{eponym}>> for families. the one we have is from the 90s",
    "{brand} for <<{use}>>: anyone actually getting people to stay on it past 6 months?",
    "break room is always cold. anyway <<{term}>>, sats 9{d}%, RR 2{d}",
    "every {holiday} I get one <<{place}>> scare and it's always viral",
    "is it me or is {score} useless for <<{eponym}>>",
    "MAP {n2}, HR {n}, lactate {d}.{d}. <<{term}>>. held the {brand} for now",
    "{holiday} potluck and the whole team got <<gastroenteritis>>. karma for the {score} lecture",
]
