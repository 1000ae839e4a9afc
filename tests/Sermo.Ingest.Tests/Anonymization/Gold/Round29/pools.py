"""Round 29's pools, typed by the author from memory (decision 183): people by culture, places, facilities, numbers."""

# (given, surname, sex, culture); a surname of two words is one span per word (people.spans).
PEOPLE = [
    ("Uwimana", "Habimana", "F", "Kinyarwanda"), ("Jean-Paul", "Nshimiyimana", "M", "Kinyarwanda"),
    ("Nakato", "Ssebunya", "F", "Luganda"), ("Mukasa", "Kizza", "M", "Luganda"),
    ("Wanjiru", "Kamau", "F", "Kikuyu"), ("Njoroge", "Mwangi", "M", "Kikuyu"),
    ("Akinyi", "Otieno", "F", "Luo"), ("Ochieng", "Odhiambo", "M", "Luo"),
    ("Chaltu", "Gemechu", "F", "Oromo"), ("Tolosa", "Bekele", "M", "Oromo"),
    ("Boitumelo", "Mokoena", "F", "Tswana"), ("Kagiso", "Molefe", "M", "Tswana"),
    ("Palesa", "Mofokeng", "F", "Sotho"), ("Thabo", "Letsie", "M", "Sotho"),
    ("Nomvula", "Ndlovu", "F", "Ndebele"), ("Sipho", "Moyo", "M", "Ndebele"),
    ("Mutale", "Mwansa", "F", "Bemba"), ("Chanda", "Bwalya", "M", "Bemba"),
    ("Chisomo", "Banda", "F", "Chichewa"), ("Kondwani", "Phiri", "M", "Chichewa"),
    ("Mbuyi", "Kabongo", "F", "Lingala"), ("Ilunga", "Tshibangu", "M", "Lingala"),
    ("Esinam", "Agbeko", "F", "Ewe"), ("Kodzo", "Amedzro", "M", "Ewe"),
    ("Kadiatou", "Traore", "F", "Bambara"), ("Seydou", "Keita", "M", "Bambara"),
    ("Mariam", "Al Mazrouei", "F", "Emirati"), ("Hamdan", "Al Ketbi", "M", "Emirati"),
    ("Nouf", "Al Otaibi", "F", "Saudi"), ("Turki", "Al Shehri", "M", "Saudi"),
    ("Muna", "Al Busaidi", "F", "Omani"), ("Said", "Al Harthy", "M", "Omani"),
    ("Zainab", "Al-Jubouri", "F", "Iraqi"), ("Haider", "Al-Saadi", "M", "Iraqi"),
    ("Rania", "Haddad", "F", "Syrian"), ("Firas", "Khoury", "M", "Syrian"),
    ("Awadia", "Elamin", "F", "Sudanese"), ("Abdelrahim", "Osman", "M", "Sudanese"),
    ("Fatma", "Ben Ghazi", "F", "Libyan"), ("Mabrouk", "Zintani", "M", "Libyan"),
    ("Rim", "Trabelsi", "F", "Tunisian"), ("Slim", "Jaziri", "M", "Tunisian"),
    ("Amra", "Hodzic", "F", "Bosnian"), ("Emir", "Begovic", "M", "Bosnian"),
    ("Milica", "Vukcevic", "F", "Montenegrin"), ("Radoje", "Djurisic", "M", "Montenegrin"),
    ("Svetlana", "Kuznetsova", "F", "Russian"), ("Dmitri", "Volkov", "M", "Russian"),
    ("Guzel", "Khairullina", "F", "Tatar"), ("Rustam", "Galiullin", "M", "Tatar"),
    ("Mihrigul", "Tursun", "F", "Uyghur"), ("Ablikim", "Memet", "M", "Uyghur"),
    ("Chiyoko", "Higa", "F", "Okinawan"), ("Seiryo", "Nakandakari", "M", "Okinawan"),
    ("Sri", "Wahyuningsih", "F", "Javanese"), ("Bambang", "Sutrisno", "M", "Javanese"),
    ("Euis", "Kurniasih", "F", "Sundanese"), ("Asep", "Sunandar", "M", "Sundanese"),
    ("Ni Luh", "Sukerti", "F", "Balinese"), ("Wayan", "Suardana", "M", "Balinese"),
    ("Cut", "Nyak Dien", "F", "Acehnese"), ("Teuku", "Rizal", "M", "Acehnese"),
    ("Yohana", "Wenda", "F", "Papuan"), ("Markus", "Kogoya", "M", "Papuan"),
    ("Shalini", "Prasad", "F", "Indo-Fijian"), ("Ravinesh", "Chand", "M", "Indo-Fijian"),
    ("Savitri", "Persaud", "F", "Guyanese"), ("Deoraj", "Ramcharran", "M", "Guyanese"),
    ("Keisha", "Baptiste", "F", "Trinidadian"), ("Kwasi", "Ramdeen", "M", "Trinidadian"),
    ("Shontelle", "Greaves", "F", "Barbadian"), ("Desmond", "Holder", "M", "Barbadian"),
    ("Marisol", "Chi", "F", "Belizean"), ("Elroy", "Usher", "M", "Belizean"),
    ("Yokasta", "Almonte", "F", "Dominican"), ("Wascar", "Pimentel", "M", "Dominican"),
    ("Yanelis", "Cardenas", "F", "Cuban"), ("Yoandri", "Quintana", "M", "Cuban"),
    ("Yusmary", "Pernia", "F", "Venezuelan"), ("Yorvis", "Salcedo", "M", "Venezuelan"),
    ("Mishell", "Guaman", "F", "Ecuadorian"), ("Wilmer", "Chicaiza", "M", "Ecuadorian"),
    ("Ximena", "Mamani", "F", "Bolivian"), ("Evo", "Quispe", "M", "Bolivian"),
    ("Lourdes", "Benitez", "F", "Paraguayan"), ("Nery", "Ayala", "M", "Paraguayan"),
    ("Florencia", "Olivera", "F", "Uruguayan"), ("Facundo", "Techera", "M", "Uruguayan"),
    ("Djeniffer", "Semedo", "F", "Cape Verdean"), ("Adilson", "Tavares", "M", "Cape Verdean"),
    ("Atalia", "Macuacua", "F", "Mozambican"), ("Feliciano", "Cossa", "M", "Mozambican"),
    ("Esperanca", "Kiala", "F", "Angolan"), ("Manuel", "Dos Santos", "M", "Angolan"),
    ("Flavia", "Fernandes", "F", "Goan"), ("Agnelo", "De Souza", "M", "Goan"),
    ("Roshan", "Wadia", "F", "Parsi"), ("Jehangir", "Bharucha", "M", "Parsi"),
    ("Harpreet", "Sandhu", "F", "Sikh Punjabi"), ("Gurbachan", "Grewal", "M", "Sikh Punjabi"),
    ("Summer", "Rain", "F", "word"), ("Rusty", "Nail", "M", "word"), ("Crystal", "Waters", "F", "word"),
    ("Grant", "Fortune", "M", "word"), ("Faith", "Hope", "F", "word"), ("Hunter", "Wolf", "M", "word"),
]

# Relatives by the sex of the relative.
RELATIVES_F = ["daughter", "wife", "sister", "mother", "niece", "granddaughter"]
RELATIVES_M = ["son", "husband", "brother", "father", "nephew", "grandson"]

TOWNS = ["Accident", "Boring", "Cheddar", "Hope", "Fries", "Humble", "Normal", "Ware", "Sandwich", "Climax",
         "Sweet Lips", "Paint Lick", "Tightwad", "Bumpass", "Goodnight", "Lizard Lick", "Peculiar", "Oddville",
         "Nags Head", "Rough and Ready", "Truth or Consequences", "Cranberry Isles", "Kalispell", "Mauch Chunk",
         "Yreka", "Dinosaur", "Defiance", "Moody", "Sleepy Eye", "Whynot"]
COUNTIES = ["Oglethorpe County", "Big Horn County", "Tensas Parish", "Coos County", "Menominee County",
            "Pushmataha County", "Keweenaw County", "Esmeralda County"]
NEIGHBOURHOODS = ["Little Haiti", "Cedar-Riverside", "Fruitvale", "Hunts Point", "Mattapan", "Gulfton", "Hamtramck",
                  "Mission Hill", "Five Points", "Rainier Beach"]
STREETS = ["Tamarack Ln", "Pecan Grove Rd", "Old Mill Road", "Cherrystone Ct", "Kingfisher Way", "Quarry Street",
           "Bluebonnet Dr", "Juniper Hollow", "Anchorage Ave", "Lamplighter Circle"]
FUNERAL_HOMES = ["Hargrove & Sons", "Pellerin-Cole Funeral Home", "Whitlock Memorial Chapel", "Oakhaven Mortuary",
                 "Brightwater Funeral Home"]
CEMETERIES = ["Mount Moriah Cemetery", "Greenlawn Memorial Park", "St. Brigid's Cemetery", "Restlawn Gardens",
              "Oak Hill Burial Ground"]
CONGREGATIONS = ["St. Casimir Parish", "Masjid Al-Noor", "Beth Shalom", "Sri Venkateswara Temple",
                 "Gurdwara Sahib of Fremont", "Holy Trinity Ethiopian Orthodox", "Mt. Zion AME", "Iglesia Roca Firme"]
CLERGY_TITLES = ["Father", "Imam", "Rabbi", "Pastor", "Reverend", "Sister"]
DAYCARES = ["Little Sprouts", "Bright Horizons of Elm Park", "Tiny Treasures", "Camp Wanakee", "Camp Tall Timbers",
            "KinderKare on 5th", "Sunnyside Learning Center"]
CABINS = ["Cabin [[ID:7]]", "bunk [[ID:Osprey]]", "cabin [[ID:Mohawk]]", "Cabin [[ID:12B]]"]
DISPENSARIES = ["Green Leaf Wellness", "Mile High Remedies", "The Herbal Cure", "Kind Bud Co", "Harvest of Tempe"]
STUDIOS = ["Ink Alchemy", "Black Lotus Tattoo", "Polished Nail Bar", "Hollow Needle Piercing", "Iron Rose Tattoo",
           "Glamour Nails & Spa"]
GYMS = ["Iron Temple Gym", "CrossFit Bayside", "Planet Muscle", "Anytime Strong", "Forge Athletic"]
# Already marked up: the facility is a LOCATION, "the" and road words outside it where they are not its name.
HOTELS = ["[[LOCATION:Motel 9]] on [[LOCATION:Route 30]]", "[[LOCATION:Sandpiper Inn]]", "the [[LOCATION:Marriott]] by the airport",
          "[[LOCATION:Harbor Light Shelter]]", "[[LOCATION:Mercy House]]", "[[LOCATION:Lakeview Quarantine Site]]",
          "[[LOCATION:Red Roof]] off exit 14"]
EMPLOYERS = ["Tyson", "Amazon", "Walmart", "Costco", "Home Depot", "Smithfield", "FedEx", "Chick-fil-A"]
HOSPITALS = ["Mercy General", "St. Luke's", "Riverside", "Providence", "Good Samaritan", "Baptist South",
             "Memorial Hermann", "Sutter Roseville"]
ABROAD = ["Avenida Amilcar Cabral 22, Praia", "Rruga e Kavajes 14, Tirane", "Kimihurura KG 9 Ave, Kigali",
          "Plot 44 Kampala Road, Kampala", "Calle 8 No. 312, Vedado, La Habana", "Jalan Malioboro 51, Yogyakarta"]
CONSULATES = ["the Consulate General in [[LOCATION:Ciudad Juarez]]", "the US Embassy in [[LOCATION:Nairobi]]",
              "the embassy in [[LOCATION:Kigali]]", "the consulate in [[LOCATION:Santo Domingo]]"]
USERNAMES = ["jlopez7", "mkamau2", "nurse_t", "RRAMDEEN", "hhabimana", "dr.volkov"]
HANDLES = ["@sunflower_mama92", "@gymrat_tolosa", "@itsyagirlkeke", "@dr_not_a_dr", "@xo_amira", "@bigrusty"]
