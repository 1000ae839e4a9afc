"""Round 28's word pools, typed by the set's author from memory (decision 178): names by culture and sex, places,
employers and setting words. Nothing here was copied from a registry, the repository's lists or a search."""

# (given, surname, sex, culture); sex "f" or "m" decides pronouns and relatives in people.py.
PEOPLE = [
    ("Adebayo", "Ogunleye", "m", "Yoruba"), ("Folake", "Adeyemi", "f", "Yoruba"),
    ("Amadou", "Diallo", "m", "Fulani"), ("Hadiza", "Bah", "f", "Fulani"),
    ("Idir", "Amrouche", "m", "Amazigh"), ("Tiziri", "Ait Ahmed", "f", "Amazigh"),
    ("Ghali", "ag Alla", "m", "Tuareg"), ("Tinhinan", "Wallet Mohamed", "f", "Tuareg"),
    ("Anoop", "Kuruvilla", "m", "Malayalam"), ("Lakshmi", "Pillai", "f", "Malayalam"),
    ("Manjunath", "Hegde", "m", "Kannada"), ("Shwetha", "Gowda", "f", "Kannada"),
    ("Sachin", "Kulkarni", "m", "Marathi"), ("Ashwini", "Deshpande", "f", "Marathi"),
    ("Hitesh", "Vaghela", "m", "Gujarati"), ("Kinjal", "Trivedi", "f", "Gujarati"),
    ("Jeevan", "Lalwani", "m", "Sindhi"), ("Sunita", "Advani", "f", "Sindhi"),
    ("Farhad", "Sultani", "m", "Dari"), ("Zarghona", "Rahimi", "f", "Dari"),
    ("Rustam", "Nazarov", "m", "Tajik"), ("Firuza", "Sharipova", "f", "Tajik"),
    ("Nurlan", "Asanov", "m", "Kyrgyz"), ("Aigerim", "Toktogulova", "f", "Kyrgyz"),
    ("Merdan", "Orazov", "m", "Turkmen"), ("Leyla", "Aliyeva", "f", "Azerbaijani"),
    ("Ramzan", "Dudayev", "m", "Chechen"), ("Zarema", "Bisultanova", "f", "Chechen"),
    ("Ales", "Karpovich", "m", "Belarusian"), ("Ilze", "Berzina", "f", "Latvian"),
    ("Sjurdur", "Joensen", "m", "Faroese"), ("Maret", "Sara", "f", "Sami"),
    ("Yann", "Le Goff", "m", "Breton"), ("Morwenna", "Trevithick", "f", "Cornish"),
    ("Ganni", "Camilleri", "m", "Maltese"), ("Bonaria", "Piras", "f", "Sardinian"),
    ("Ghjuvanni", "Santoni", "m", "Corsican"), ("Esmeralda", "Stojka", "f", "Romani"),
    ("Yehuda", "Benveniste", "m", "Ladino"), ("Feygl", "Rosenzweig", "f", "Yiddish"),
    ("Amos", "Stoltzfus", "m", "Pennsylvania Dutch"), ("Clothilde", "Boudreaux", "f", "Cajun"),
    ("Thibodeaux", "Guidry", "m", "Cajun"), ("Queenie", "Manigault", "f", "Gullah"),
    ("Rolando", "Cabahug", "m", "Cebuano"), ("Marites", "Agbayani", "f", "Ilocano"),
    ("Jesse", "Taitano", "m", "Chamorro"), ("Lijon", "Kabua", "f", "Marshallese"),
    ("Ngiraked", "Tellei", "m", "Palauan"), ("Hinano", "Teriitehau", "f", "Tahitian"),
    ("Wayra", "Quispe", "m", "Quechua"), ("Sisa", "Mamani", "f", "Aymara"),
    ("Arami", "Benitez", "f", "Guarani"), ("Lautaro", "Painemal", "m", "Mapuche"),
    ("Xochitl", "Tlacuilo", "f", "Nahuatl"), ("Itzel", "Canul", "f", "Maya"),
    ("Garvin", "Arzu", "m", "Garifuna"), ("Wapun", "Cardinal", "f", "Cree"),
    ("Noel", "Paul", "m", "Mi'kmaq"), ("Darrell", "Goseyun", "m", "Apache"),
    ("Marlene", "Tsosie", "f", "Pueblo"), ("Kaaxgal", "Jackson", "m", "Tlingit"),
    ("Agafon", "Merculieff", "m", "Aleut"),
    # word names
    ("Rich", "Mann", "m", "word"), ("Honey", "Bush", "f", "word"), ("Chase", "Rivers", "m", "word"),
    ("Skye", "Meadows", "f", "word"), ("Forrest", "Lane", "m", "word"), ("Merry", "Christmas", "f", "word"),
    ("Brook", "Field", "f", "word"), ("Clay", "Potter", "m", "word"),
]

TOWNS = ["Chugwater", "Nothing", "Why", "Ticktown", "Plain City", "Scenic", "Hope Mills", "Painted Post", "Rifle",
         "Opportunity", "Shiprock", "Chinle", "Kayenta", "Zuni", "Acoma", "Ganado", "Tuba City", "Bethel", "Dillingham",
         "Unalaska", "Intercourse", "Bird-in-Hand", "Blue Ball", "Thibodaux", "Mamou", "Ville Platte", "Beaufort",
         "Frogmore", "Garden City", "Dodge City", "Liberal", "Greeley", "Yuma", "Sidney", "Ogallala", "Morgan City",
         "Port Fourchon", "Houma", "Galveston", "Dutch Harbor"]

COUNTIES = ["Apache County", "McKinley County", "Finney County", "Weld County", "Terrebonne Parish",
            "Lancaster County", "Beaufort County", "Sioux County", "Kusilvak Census Area"]

FARMS = ["Stoltzfus Dairy", "Triple R Ranch", "Painted Bluff Feedyard", "Hartwell Orchards", "Prairie Gold Co-op",
         "Dry Creek Hog Barns", "Sunny Slope Poultry", "Boudreaux Crawfish"]

SHIPS = ["MV Nordic Tern", "Ocean Valkyrie", "FV Bering Pride", "Seadrill Horizon", "Thunder Hawk", "Gulf Sentinel"]

PORTS = ["Port of Houma", "Port Arthur", "Dutch Harbor", "Kodiak", "Fourchon", "Morgan City"]

VENUES = ["Gorge Amphitheatre", "Arrowhead", "Lambeau", "Empower Field", "Red Rocks", "Talladega", "Folsom Field",
          "Kinnick"]


PHARMACIES = ["Apothecary Shoppe", "Pinnacle Compounding", "Rx Alchemy", "Lakeside Compounding", "Vital Care Rx"]


CLINICS = ["Chinle Comprehensive", "Gallup Indian Medical Center", "Northern Navajo Medical Center",
           "Zuni Comprehensive", "Whiteriver", "Sells"]
