"""Round 25's own word pools, typed from the author's knowledge (decision 165); nothing copied from a list or registry."""

GIVEN = {
    "hmong": ["Pa Nhia", "Xee", "Tou", "Bao", "Nou", "Chue", "Yer", "Kou"],
    "lao": ["Somphone", "Khamla", "Bounmy", "Vilay", "Souksavanh"],
    "khmer": ["Sokha", "Chanthy", "Vannak", "Sreymom", "Dara"],
    "vietnamese": ["Thanh", "Huong", "Quang", "Ngoc Anh", "Tuan", "Linh"],
    "ilocano": ["Rizaldy", "Maricel", "Jun-Jun", "Lorna", "Arnel"],
    "samoan": ["Tavita", "Sina", "Losa", "Faleolo", "Malia"],
    "tongan": ["Sione", "Mele", "Viliami", "Lupe", "Tevita"],
    "marshallese": ["Jabukja", "Limelo", "Kemem", "Tarlang"],
    "chamorro": ["Jesse", "Rosalinda", "Bernadita", "Joaquin"],
    "hawaiian": ["Keoni", "Leilani", "Kawika", "Mahina", "Kaleo"],
    "haitian": ["Wilner", "Guerline", "Jean-Robert", "Nadège", "Fritznel"],
    "jamaican": ["Delroy", "Shanice", "Kemar", "Tanisha", "Errol"],
    "igbo": ["Chidinma", "Obinna", "Ngozi", "Chukwuemeka", "Adaeze"],
    "yoruba": ["Olumide", "Folake", "Babatunde", "Titilayo", "Ayodele"],
    "akan": ["Kwabena", "Abena", "Kwame", "Akosua", "Yaw"],
    "amharic": ["Tigist", "Dawit", "Selamawit", "Bereket", "Meseret"],
    "oromo": ["Chaltu", "Gemechu", "Lalise", "Obsa"],
    "tigrinya": ["Yonas", "Senait", "Filmon", "Helen"],
    "somali": ["Abdirahman", "Hodan", "Faadumo", "Mukhtar", "Ayaan"],
    "armenian": ["Anahit", "Tigran", "Gayane", "Vartan", "Siranush"],
    "georgian": ["Nino", "Levan", "Tamar", "Giorgi", "Ketevan"],
    "greek": ["Eleni", "Stavros", "Panagiota", "Dimitrios", "Vasiliki"],
    "turkish": ["Emre", "Ayşe", "Mehmet", "Zeynep", "Oğuz"],
    "kurdish": ["Shilan", "Rebaz", "Hêvî", "Dilan"],
    "persian": ["Shirin", "Kourosh", "Mahnaz", "Arash", "Parisa"],
    "pashto": ["Zarghuna", "Gulalai", "Mirwais", "Spozhmai"],
    "nepali": ["Bishnu", "Pabitra", "Dil Maya", "Tika Ram", "Sabitra"],
    "tibetan": ["Tenzin", "Pema", "Dolkar", "Lobsang", "Yangchen"],
    "mongolian": ["Bolormaa", "Batbayar", "Oyunchimeg", "Ganbold"],
    "irish": ["Siobhán", "Pádraig", "Niamh", "Ciarán", "Aoife"],
    "welsh": ["Rhiannon", "Gethin", "Bethan", "Dafydd", "Eluned"],
    "scottish": ["Morag", "Hamish", "Isla", "Ruaridh", "Kirsty"],
    "basque": ["Iñaki", "Amaia", "Joseba", "Itziar"],
    "catalan": ["Jordi", "Montserrat", "Pere", "Núria"],
    "finnish": ["Aino", "Tapio", "Marjatta", "Juha", "Kaisa"],
    "hungarian": ["Zsófia", "Gábor", "Erzsébet", "Levente"],
    "romanian": ["Ioana", "Mihai", "Florin", "Cosmina"],
    "ukrainian": ["Oksana", "Taras", "Halyna", "Bohdan", "Iryna"],
    "balkan": ["Dragana", "Milan", "Jasmina", "Emir", "Ivana", "Besnik", "Drita"],
    "cajun": ["Thibodeaux", "Clovis", "Delphine", "Noonie", "Boudreaux"],
    "quebecois": ["Ginette", "Réjean", "Mireille", "Sylvain"],
    "inuit": ["Siqiniq", "Ataata", "Nuvua", "Aputi"],
    "lakota": ["Wanbli", "Winona", "Chaske", "Tokala"],
    "ojibwe": ["Migizi", "Nodin", "Waaseyaa", "Giizhig"],
    "word": ["Hope", "Faith", "Sterling", "Dusty", "Rusty", "Summer", "Autumn", "Earl", "Bill", "Frank", "Grace", "Sky",
             "Jewel", "Lucky", "Sunny", "Angel", "Buck", "Hunter", "Pearl", "Ruby"],
}

SURNAME = {
    "hmong": ["Vang", "Xiong", "Thao", "Yang", "Lor", "Moua", "Her"],
    "lao": ["Phommachanh", "Sisouphanh", "Keomany", "Vongsa"],
    "khmer": ["Chhim", "Sok", "Prak", "Keo", "Mao"],
    "vietnamese": ["Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ", "Đặng"],
    "ilocano": ["Agcaoili", "Ramos", "Bautista", "Dumlao", "Pascua"],
    "samoan": ["Fa'amausili", "Tuilagi", "Leota", "Tupua"],
    "tongan": ["Fifita", "Taufa", "Vainikolo", "Moala"],
    "marshallese": ["Langidrik", "Jibas", "Laninvelik", "Kabua"],
    "chamorro": ["Cruz", "Taitano", "Quitugua", "San Nicolas"],
    "hawaiian": ["Kealoha", "Kahananui", "Akana", "Kapule"],
    "haitian": ["Pierre-Louis", "Dorvil", "Joseph", "Charlemagne", "Exantus"],
    "jamaican": ["Campbell", "McKenzie", "Grant", "Brissett"],
    "igbo": ["Okonkwo", "Nwosu", "Eze", "Okafor", "Obi"],
    "yoruba": ["Adeyemi", "Ogunleye", "Balogun", "Adebayo"],
    "akan": ["Mensah", "Owusu", "Asante", "Boateng"],
    "amharic": ["Tesfaye", "Haile", "Alemu", "Bekele"],
    "oromo": ["Gudina", "Tolera", "Abdissa"],
    "tigrinya": ["Ghebremedhin", "Tesfamariam", "Kidane"],
    "somali": ["Warsame", "Hirsi", "Jama", "Farah", "Abdi"],
    "armenian": ["Petrosyan", "Hakobyan", "Sargsyan", "Karapetian"],
    "georgian": ["Beridze", "Kapanadze", "Gelashvili", "Lomidze"],
    "greek": ["Papadopoulos", "Katsaros", "Giannakou", "Vlachos"],
    "turkish": ["Yılmaz", "Öztürk", "Çelik", "Demir"],
    "kurdish": ["Barzani", "Ahmadi", "Mustafa", "Zebari"],
    "persian": ["Tehrani", "Mahmoudi", "Rostami", "Karimi"],
    "pashto": ["Durrani", "Yousafzai", "Khattak", "Popalzai"],
    "nepali": ["Gurung", "Tamang", "Adhikari", "Rai", "Subba"],
    "tibetan": ["Tsering", "Dorjee", "Wangmo", "Lhamo"],
    "mongolian": ["Batsaikhan", "Erdenebat", "Tsend"],
    "irish": ["Ó Súilleabháin", "Mac Giolla", "Brennan", "Daly", "Kavanagh"],
    "welsh": ["ap Gwilym", "Prys", "Vaughan", "Llewellyn"],
    "scottish": ["MacLeod", "Urquhart", "Menzies", "Buchanan"],
    "basque": ["Etxeberria", "Goikoetxea", "Urrutia", "Aguirre"],
    "catalan": ["Puig", "Ferrer", "Vilanova i Roca", "Casals"],
    "finnish": ["Virtanen", "Korhonen", "Mäkinen", "Heikkilä"],
    "hungarian": ["Szabó", "Nagy", "Kovács", "Tóth"],
    "romanian": ["Popescu", "Ionescu", "Dumitrescu", "Constantin"],
    "ukrainian": ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk"],
    "balkan": ["Petrović", "Hodžić", "Kovačević", "Berisha", "Krasniqi"],
    "cajun": ["Guidry", "Broussard", "Hebert", "Fontenot", "LeBlanc"],
    "quebecois": ["Tremblay", "Gagnon", "Bouchard", "Lévesque"],
    "inuit": ["Kilabuk", "Okalik", "Arnakaq"],
    "lakota": ["Two Bulls", "Iron Cloud", "Red Feather", "Yellow Hawk"],
    "ojibwe": ["Beaulieu", "Kingbird", "Stillday", "Fairbanks"],
    "word": ["Rich", "Short", "Bush", "House", "Church", "Field", "Little", "Strong", "Hill", "Wolf", "Snow", "Gay",
             "Love", "Savage", "Moody", "Best", "Wise", "Black", "Small", "Hardy"],
}

TOWN = ["Bucksnort", "Climax", "Nothing", "Why", "Ordinary", "Boring", "Accident", "Peculiar", "Oblong", "Bumble Bee",
        "Cut and Shoot", "Gun Barrel City", "Nameless", "Truth or Consequences", "Rough and Ready", "Chicken",
        "Success", "Plenty", "Friendship", "Marrowbone", "Eek", "Dime Box", "Tightwad", "Fort Necessity", "Lizard Lick",
        "Embarrass", "Defiance", "Pie Town", "Bigfoot", "Walnut Cove", "Mingo Junction", "Broken Bow", "Hatchet Creek",
        "Sugar Tree", "Frostproof", "Okolona", "Tchula", "Pocahontas", "Monticello", "Bogalusa", "Plaquemine",
        "Ville Platte", "Mamou", "Opelousas", "Houma", "Chauvin", "Kalaheo", "Waimea", "Hanapepe", "Yigo", "Dededo",
        "Majuro", "Ebeye", "Springdale", "Kotzebue", "Bethel", "Iqaluit", "Pine Ridge", "Kyle", "Wanblee", "Cass Lake",
        "Ponemah", "Red Lake", "Ely", "Hibbing", "Virginia", "Aurora"]

COUNTY = ["Sioux County", "Lafourche Parish", "Evangeline Parish", "Oglala Lakota County", "Humphreys County",
          "McDowell County", "Harlan County", "Owsley County", "Kusilvak Census Area", "Loup County", "Garfield County",
          "Washington Township", "Bethel Township", "Terrebonne Parish", "Big Horn County"]

STREET = ["Tchoupitoulas Street", "Old Farm Road", "Frontage Road", "Quarry Lane", "Mill Street", "Pikes Peak Avenue",
          "Depot Street", "Levee Road", "Cemetery Hill Road", "Ridge Road", "Chapel Street", "Railroad Avenue"]

HIGHWAY = ["US-191", "Route 66", "Highway 90", "I-10", "SR 1", "Hwy 18", "County Road 12", "FM 1960", "Route 9"]

SHELTER = ["Gateway Center", "Union Mission", "Hope Harbor", "Lighthouse Mission", "Samaritan Inn", "Haven House",
           "Bridge Street Shelter", "New Beginnings", "Open Door", "St. Vincent's Center"]

MOTEL = ["Budget Host", "Starlite Motel", "Red Carpet Inn", "Sands Motor Lodge", "Town House Motel", "Lamplighter Inn",
         "Bluebonnet Motel", "Westward Ho"]

CAMP = ["Pelican Point", "Turkey Creek", "Bear Flat", "Lost Valley", "Sandy Beach", "Cedar Bluff", "Riverbend"]

NURSING_HOME = ["Maple Grove", "Sunset Manor", "Golden Acres", "Pleasant View", "Heritage Oaks", "Shady Rest",
                "Autumn Leaves", "Cedar Ridge", "The Willows"]

PHARMACY = ["Walgreens", "CVS", "Rite Aid", "Kroger", "Walmart", "Publix", "Hy-Vee", "Safeway", "Bartell"]

EMPLOYER = ["Tyson", "Smithfield", "JBS", "Cargill", "Amazon", "Georgia-Pacific", "Peabody", "Halliburton", "Boeing",
            "Home Depot", "UPS", "FedEx Ground", "Dollar General", "Pilgrim's"]

ABROAD = ["rue de la Paix, Port-au-Prince", "Calle Mayor, Bilbao", "Rustaveli Avenue, Tbilisi", "Khreshchatyk, Kyiv",
          "Bole Road, Addis Ababa", "Thamel, Kathmandu", "Mashtots Avenue, Yerevan", "Ermou, Athens",
          "Kadıköy, Istanbul", "Erbil", "Mogadishu", "Asmara", "Lagos Island", "Kumasi", "Ulaanbaatar", "Dharamsala"]

STORM = ["Ida", "Laura", "Michael", "Harvey", "Maria", "Ian", "Helene", "Delta", "Zeta", "Florence"]

FIRE = ["Camp Fire", "Dixie Fire", "Marshall Fire", "Lahaina fire", "Caldor Fire"]

MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]

TERMS = {
    "geri": ["aspiration pneumonia", "stage 3 pressure injury", "hip fracture", "delirium", "UTI", "dehydration",
             "hyponatremia", "Clostridioides difficile", "falls", "dysphagia"],
    "street": ["cellulitis", "trench foot", "frostbite", "abscess", "xylazine wounds", "scabies", "body lice",
               "hypothermia", "endocarditis", "hepatitis C"],
    "disaster": ["carbon monoxide poisoning", "crush injury", "smoke inhalation", "tetanus", "Vibrio vulnificus",
                 "heat stroke", "missed dialysis", "hyperkalemia", "wound infection", "asthma exacerbation"],
    "rad": ["pulmonary nodule", "subdural hematoma", "renal mass", "spiculated mass", "ground-glass opacity",
            "compression fracture", "small bowel obstruction", "adnexal cyst"],
    "path": ["adenocarcinoma", "squamous cell carcinoma", "high-grade dysplasia", "granulomas", "melanoma in situ",
             "ductal carcinoma in situ", "follicular lymphoma"],
    "rx": ["oxycodone", "buprenorphine", "apixaban", "insulin glargine", "levothyroxine", "gabapentin", "methotrexate",
           "sertraline", "semaglutide", "warfarin"],
    "device": ["atrial fibrillation", "hypoglycemia", "bradycardia", "sleep apnea", "ventricular tachycardia",
               "insulin pump occlusion", "sinus pauses"],
    "genetic": ["BRCA2", "Lynch syndrome", "hypertrophic cardiomyopathy", "familial hypercholesterolemia",
                "hereditary hemochromatosis", "long QT syndrome", "Marfan syndrome"],
    "work": ["rotator cuff tear", "lumbar radiculopathy", "carpal tunnel syndrome", "concussion", "amputation",
             "chemical burn", "noise-induced hearing loss"],
    "peds": ["failure to thrive", "fetal alcohol spectrum disorder", "reactive attachment disorder", "lead poisoning",
             "latent TB", "iron deficiency anemia", "otitis media"],
}
