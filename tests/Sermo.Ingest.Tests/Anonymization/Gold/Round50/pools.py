"""Round 50's pools (decision 334), typed from the author's own knowledge: names by culture, places, ids' shapes.

Each culture: (people word, male given names, female given names, surnames). A surname given as a pair is
(man's form, woman's form), for cultures whose family names follow sex.
"""

CULTURES = {
    "Corsican": ("Corsican", ["Ghjuvan", "Orsu"], ["Ghjulia", "Maddalena"], ["Santoni", "Pietri"]),
    "Breton": ("Breton", ["Yann", "Goulven"], ["Nolwenn", "Gwenola"], ["Le Gall", "Kerbrat"]),
    "Maltese": ("Maltese", ["Ġorġ", "Pawlu"], ["Rita", "Marija"], ["Camilleri", "Zammit"]),
    "Cornish": ("Cornish", ["Jago", "Piran"], ["Tamsin", "Morwenna"], ["Trelawny", "Penhaligon"]),
    "Manx": ("Manx", ["Illiam", "Juan"], ["Breesha", "Aalin"], ["Quayle", "Kermode"]),
    "Portuguese": ("Portuguese", ["Joaquim", "Rui"], ["Conceição", "Filipa"], ["Magalhães", "Cardoso"]),
    "Andalusian": ("Andalusian", ["Curro", "Manolo"], ["Macarena", "Rocío"], ["Montoya", "Heredia"]),
    "Dutch": ("Dutch", ["Joost", "Maarten"], ["Femke", "Sanne"], ["van der Berg", "Kuipers"]),
    "Danish": ("Danish", ["Mads", "Rasmus"], ["Signe", "Mette"], ["Kjærgaard", "Thygesen"]),
    "Finnish": ("Finnish", ["Eero", "Jyrki"], ["Aino", "Tuulikki"], ["Mäkinen", "Heikkilä"]),
    "Lithuanian": ("Lithuanian", ["Vytautas", "Darius"], ["Rūta", "Giedrė"], [("Kazlauskas", "Kazlauskienė"), ("Petrauskas", "Petrauskaitė")]),
    "Belarusian": ("Belarusian", ["Ales", "Uladzimir"], ["Alesia", "Yanina"], [("Karatkevich", "Karatkevich"), ("Bahdanovich", "Bahdanovich")]),
    "Slovak": ("Slovak", ["Miroslav", "Ľubomír"], ["Zuzana", "Jarmila"], [("Hudák", "Hudáková"), ("Kováčik", "Kováčiková")]),
    "Croatian": ("Croatian", ["Tomislav", "Krešimir"], ["Ivana", "Snježana"], ["Horvat", "Babić"]),
    "Serbian": ("Serbian", ["Dragan", "Nemanja"], ["Jelena", "Milica"], ["Jovanović", "Stojanović"]),
    "Montenegrin": ("Montenegrin", ["Vuk", "Radovan"], ["Vesna", "Dragana"], ["Vujošević", "Radulović"]),
    "Romanian": ("Romanian", ["Bogdan", "Sorin"], ["Ioana", "Mirela"], ["Popescu", "Dumitrescu"]),
    "Moldovan": ("Moldovan", ["Ion", "Vasile"], ["Doina", "Angela"], ["Ciobanu", "Rusu"]),
    "Greek": ("Greek", ["Stavros", "Thanasis"], ["Eleni", "Despina"], [("Papadakis", "Papadaki"), ("Georgiou", "Georgiou")]),
    "Armenian": ("Armenian", ["Tigran", "Vartan"], ["Anahit", "Siranush"], ["Hovhannisyan", "Sargsyan"]),
    "Georgian": ("Georgian", ["Levan", "Giorgi"], ["Nino", "Tamar"], ["Beridze", "Kapanadze"]),
    "Ossetian": ("Ossetian", ["Alan", "Soslan"], ["Zarina", "Madina"], [("Dzasokhov", "Dzasokhova"), ("Gagloev", "Gagloeva")]),
    "Tatar": ("Tatar", ["Rustam", "Ildar"], ["Guzel", "Alsu"], [("Khairullin", "Khairullina"), ("Safiullin", "Safiullina")]),
    "Kyrgyz": ("Kyrgyz", ["Azamat", "Nurlan"], ["Aizhan", "Cholpon"], [("Asanov", "Asanova"), ("Toktogulov", "Toktogulova")]),
    "Tajik": ("Tajik", ["Farrukh", "Davron"], ["Mehrangez", "Tahmina"], [("Rahimov", "Rahimova"), ("Nazarov", "Nazarova")]),
    "Hazara": ("Hazara", ["Ghulam", "Sakhi"], ["Zahra", "Marzia"], ["Jaghori", "Sultani"]),
    "Lebanese": ("Lebanese", ["Elie", "Rami"], ["Rita", "Nayla"], ["Haddad", "Khoury"]),
    "Syrian": ("Syrian", ["Ammar", "Bassel"], ["Lama", "Hiba"], ["Al-Halabi", "Kabbani"]),
    "Omani": ("Omani", ["Said", "Hamood"], ["Shamsa", "Muna"], ["Al Balushi", "Al Harthy"]),
    "Moroccan": ("Moroccan", ["Youssef", "Hicham"], ["Khadija", "Siham"], ["Benjelloun", "El Idrissi"]),
    "Libyan": ("Libyan", ["Tarek", "Nuri"], ["Huda", "Asma"], ["Ghariani", "Bensaud"]),
    "Sudanese": ("Sudanese", ["Osman", "Mutasim"], ["Nafisa", "Amna"], ["Elbashir", "Abdelrahman"]),
    "Tigrinya": ("Eritrean", ["Tesfay", "Yonas"], ["Senait", "Luwam"], ["Gebremedhin", "Tekle"]),
    "Oromo": ("Oromo", ["Gemechu", "Lencho"], ["Chaltu", "Boontu"], ["Tolessa", "Gudeta"]),
    "Yoruba": ("Yoruba", ["Babatunde", "Olumide"], ["Folake", "Titilayo"], ["Adeyemi", "Ogunleye"]),
    "Igbo": ("Igbo", ["Chukwuemeka", "Obinna"], ["Ngozi", "Adaeze"], ["Okonkwo", "Nwachukwu"]),
    "Wolof": ("Senegalese", ["Moussa", "Cheikh"], ["Awa", "Ndeye"], ["Ndiaye", "Faye"]),
    "Bambara": ("Malian", ["Seydou", "Bakary"], ["Kadiatou", "Fanta"], ["Keïta", "Traoré"]),
    "Ewe": ("Ewe", ["Kodzo", "Selorm"], ["Enyonam", "Dzifa"], ["Agbodeka", "Amegashie"]),
    "Tswana": ("Tswana", ["Kagiso", "Thabo"], ["Boitumelo", "Neo"], ["Molefe", "Seretse"]),
    "Sotho": ("Basotho", ["Teboho", "Tumelo"], ["Palesa", "Mpho"], ["Mokoena", "Lesia"]),
    "Bemba": ("Zambian", ["Mulenga", "Chanda"], ["Chilufya", "Mwila"], ["Bwalya", "Musonda"]),
    "Lingala": ("Congolese", ["Jean-Pierre", "Fiston"], ["Mireille", "Nsimba"], ["Mbuyi", "Kabongo"]),
    "Comorian": ("Comorian", ["Ahmed", "Anfane"], ["Faïza", "Zaïnaba"], ["Said Ali", "Mohamed"]),
    "Sinhala": ("Sri Lankan", ["Chaminda", "Nuwan"], ["Dilrukshi", "Sanduni"], ["Wickramasinghe", "Jayawardena"]),
    "Nepali": ("Nepali", ["Pemba", "Bikash"], ["Sunita", "Kabita"], ["Sherpa", "Gurung"]),
    "Marathi": ("Marathi", ["Sachin", "Aniket"], ["Madhuri", "Snehal"], ["Kulkarni", "Deshpande"]),
    "Malayalam": ("Malayali", ["Jibin", "Anoop"], ["Reshma", "Soumya"], ["Nair", "Kurian"]),
    "Rohingya": ("Rohingya", ["Nurul", "Rafique"], ["Rahima", "Setara"], ["Amin", "Hossain"]),
    "Lao": ("Lao", ["Somphone", "Khamla"], ["Vilayvanh", "Manivone"], ["Phommachanh", "Sisavath"]),
    "Vietnamese": ("Vietnamese", ["Quang", "Tuấn"], ["Thảo", "Hằng"], ["Nguyễn", "Trịnh"]),
    "Balinese": ("Balinese", ["Wayan", "Ketut"], ["Komang", "Made"], ["Suarta", "Artawan"]),
    "Ilocano": ("Ilocano", ["Rogelio", "Benjie"], ["Marites", "Lorna"], ["Agbayani", "Pascua"]),
    "Korean": ("Korean", ["Jae-won", "Min-ho"], ["Seo-yeon", "Hye-jin"], ["Baek", "Hwang"]),
    "Okinawan": ("Okinawan", ["Kōsuke", "Shinji"], ["Natsuko", "Ayaka"], ["Higa", "Nakandakari"]),
    "Hakka": ("Hakka", ["Wei-ming", "Chun-hong"], ["Mei-ling", "Siu-fong"], ["Liew", "Chong"]),
    "Samoan": ("Samoan", ["Tavita", "Sefo"], ["Losa", "Malia"], ["Tuilagi", "Faleolo"]),
    "Tongan": ("Tongan", ["Sione", "Viliami"], ["Mele", "Salote"], ["Fifita", "Taufa"]),
    "Maori": ("Māori", ["Wiremu", "Hemi"], ["Aroha", "Mereana"], ["Te Rangi", "Parata"]),
    "Yupik": ("Yup'ik", ["Nanuq", "Qaiyaan"], ["Kaluk", "Angayuk"], ["Kasayuli", "Andrew"]),
    "Lakota": ("Lakota", ["Wanbli", "Chayton"], ["Winona", "Kimimela"], ["Two Crow", "Iron Shell"]),
    "Hopi": ("Hopi", ["Kuwanyesva", "Tawa"], ["Nuvatukya", "Sihu"], ["Honanie", "Sekaquaptewa"]),
    "Choctaw": ("Choctaw", ["Hoyt", "Buster"], ["Leola", "Opal"], ["Billy", "Tubby"]),
    "Tlingit": ("Tlingit", ["Gus", "Nels"], ["Della", "Lorrie"], ["Jack", "Peratrovich"]),
    "Mixtec": ("Mixtec", ["Eleuterio", "Crispín"], ["Juvencia", "Nicolasa"], ["Cruz Ramírez", "Bautista"]),
    "Yucatec": ("Yucatec Maya", ["Canek", "Wilberth"], ["Ixchel", "Yazmín"], ["Chan", "Pech"]),
    "Puerto Rican": ("Puerto Rican", ["Yadiel", "Efraín"], ["Yaritza", "Migdalia"], ["Colón", "Rivera Ortiz"]),
    "Chilean": ("Chilean", ["Cristóbal", "Benjamín"], ["Javiera", "Constanza"], ["Fuenzalida", "Errázuriz"]),
    "Uruguayan": ("Uruguayan", ["Facundo", "Washington"], ["Florencia", "Agustina"], ["Pereyra", "Lapido"]),
    "Jamaican": ("Jamaican", ["Delroy", "Garfield"], ["Sherika", "Tamoya"], ["Grant", "McKenzie"]),
    "Brazilian": ("Brazilian", ["Thiago", "Wellington"], ["Luana", "Gisele"], ["Albuquerque", "Nogueira"]),
    "Acadian": ("Acadian", ["Zacharie", "Léandre"], ["Édith", "Rosalie"], ["Thibodeau", "LeBlanc"]),
    "Cajun": ("Cajun", ["Beau", "Thibault"], ["Mignonne", "Clothilde"], ["Boudreaux", "Fontenot"]),
}

# Word names: given names and surnames that are also ordinary English words.
WORD_GIVEN_M = ["Ranger", "Major", "Chase", "Hunter", "King", "Brooks"]
WORD_GIVEN_F = ["Harmony", "Amber", "Ivy", "Dawn", "Destiny", "Summer"]
WORD_SURNAMES = ["Gold", "Hive", "Bishop", "Mason", "Page", "Spade", "Carver", "Crow", "Fox", "Wolf", "Bell", "Drum"]

# "the" as the hand posts write these names (second reading: "a conservator at Hartwell Museum of Natural History" read
# as a dropped article); place() keeps it outside the span.
MUSEUMS = ["the Hartwell Museum of Natural History", "the Calloway Art Museum", "the Penobscot Maritime Museum",
           "the Ferris Historical Society", "the Brandywine Textile Archive", "Lowery County Museum",
           "the Okemah Heritage Center"]
ARCHIVE_ROOMS = ["cold vault", "reading room", "conservation lab", "fumigation room", "herbarium"]
REHAB_CENTERS = ["Cedar Hollow Wildlife Rescue", "Three Rivers Raptor Center", "Blue Heron Wildlife Clinic",
                 "Saltmarsh Seal Rescue", "Owl Hill Rehab"]
WILD_PATIENTS = [("red-tailed hawk", "Juniper"), ("great horned owl", "Moth"), ("raccoon", "Pickle"),
                 ("harbor seal pup", "Barnacle"), ("bald eagle", "Liberty"), ("opossum", "Waffles"), ("fox kit", "Ember")]
EMBASSY_POSTS = ["Embassy Ouagadougou", "Embassy Tbilisi", "Embassy Vientiane", "Consulate Chennai", "Embassy Asunción",
                 "Embassy Lusaka", "Consulate Erbil"]
APIARIES = ["Kessler Honey Farm", "Sweetwater Apiaries", "Pruitt Bee Company", "Golden Comb Honey", "Half Acre Bees"]
BEE_YARDS = ["orchard yard", "river yard", "clover yard", "almond yard"]
DIG_SITES = ["Tell Halif", "Harrow Creek Mound", "Pueblo Escondido", "Kilmartin Barrow", "Fort Ridgeley", "Wadi Faynan"]
# A find number opens with its own site's code (second reading).
FIND_PREFIXES = {"Tell Halif": "TH", "Harrow Creek Mound": "HC", "Pueblo Escondido": "PE", "Kilmartin Barrow": "KB",
                 "Fort Ridgeley": "FR", "Wadi Faynan": "WF"}
NEWSROOMS = ["KXRT Channel 7", "WBQM News Radio", "the Tri-County Ledger", "the Harlan Gazette", "WDLN 12", "KPLV 4"]
BROADCASTERS = ["KXRT Channel 7", "WDLN 12", "KPLV 4", "WQTE Channel 9"]
TOWNS = ["Bucksport", "Lake Placid", "Mount Airy", "Ojai", "Tybee Island", "Red Wing", "Hood River", "Galena",
         "Eureka Springs", "Marfa", "Cody", "Bisbee", "Nome", "Moab", "Ely", "Lamoni"]
WORD_TOWNS = ["Bowlegs", "Cheesequake", "Slapout", "Peculiar", "Boring", "Hell", "Whynot", "Okay", "Bigfoot", "Accident",
              "Loveladies", "Monkeys Eyebrow", "Frostproof", "Truth or Consequences"]
HOSPITALS = ["St. Brendan's Regional", "Mercy Crest Hospital", "Harlow Memorial", "Valley Ridge Medical Center",
             "Saint Veronica Hospital", "Pinecrest Community Hospital"]
