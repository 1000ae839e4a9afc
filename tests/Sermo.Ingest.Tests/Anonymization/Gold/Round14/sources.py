"""Names, places, numbers and clinical words for round 14's generated posts (decision 109).

Typed by hand for this set from the author's own knowledge; nothing here was copied from a registry, from the
scrubber's word lists or from an older gold set. Chosen where decisions 089 and 098 list little: Hmong, Karen and
Burmese, Marshallese and Chamorro, Haitian, Cajun, Cape Verdean, Georgian, Chaldean, Eritrean, Congolese, Nepali and
Bhutanese, Mongolian, Icelandic, Russian patronymics, Uzbek, Sikh Punjabi, Basque, Inuit, Appalachian and
Italian-American names; surnames and given names that are English words; titles; nicknames; misspellings.
"""

# (given, surname) pairs; the generator also writes them surname-first, in capitals, in lower case and misspelled.
PEOPLE = [
    ("Pa Nhia", "Xiong"), ("Tou", "Vang"), ("Mai Yer", "Thao"), ("Chong", "Moua"), ("Kia", "Lor"), ("Nou", "Her"),
    ("Saw Eh", "Htoo"), ("Naw Paw", "Say"), ("Khin", "Myint"), ("Thein", "Aung"), ("Hla", "Win"),
    ("Jorelik", "Langrine"), ("Neimoj", "Jibas"), ("Rosalia", "Taitano"), ("Joaquin", "Quinata"), ("Tun", "Aguon"),
    ("Ti-Jean", "Pierre-Louis"), ("Marie-Ange", "Fils-Aime"), ("Dieudonne", "Jean-Baptiste"), ("Ketly", "Saintil"),
    ("Alcee", "Guidry"), ("Clovis", "Fontenot"), ("Noonie", "Thibodeaux"), ("Placide", "Broussard"), ("Elodie", "Hebert"),
    ("Djamila", "Tavares"), ("Manuel", "Fortes"), ("Ilda", "Andrade"),
    ("Levan", "Beridze"), ("Nino", "Gelashvili"), ("Tamar", "Kapanadze"),
    ("Raad", "Kassab"), ("Nahrain", "Yono"), ("Sabah", "Shamoun"), ("Bashar", "Jarbo"),
    ("Senait", "Tesfamariam"), ("Yonas", "Berhane"), ("Mehret", "Kidane"), ("Tsega", "Ghebremedhin"),
    ("Mbuyi", "Kabongo"), ("Nsimba", "Tshibangu"), ("Furaha", "Ilunga"), ("Kalala", "Mukendi"),
    ("Dil Maya", "Gurung"), ("Bishnu", "Adhikari"), ("Tika", "Ghimire"), ("Pemba", "Tamang"), ("Indra", "Subedi"),
    ("Bat-Erdene", "Ganbold"), ("Oyunbileg", "Tseren"), ("Gudrun", "Jonsdottir"), ("Einar", "Sigurdsson"),
    ("Tatiana Nikolaevna", "Volkova"), ("Gennady Petrovich", "Orlov"), ("Dilnoza", "Karimova"), ("Rustam", "Yusupov"),
    ("Harpreet", "Kaur"), ("Gurpreet Singh", "Sandhu"), ("Jaswinder Kaur", "Gill"), ("Balwinder", "Dhillon"),
    ("Inaki", "Etxeberria"), ("Miren", "Goikoetxea"), ("Annie", "Qavvik"), ("Jaco", "Pitseolak"), ("Leah", "Akavak"),
    ("Cletus", "Raines"), ("Wanda Sue", "Hensley"), ("Bobby Ray", "Stidham"), ("Verna", "Caudill"), ("Ulysses", "Combs"),
    ("Concetta", "Iannucci"), ("Carmine", "DeLuca"), ("Salvatore", "Pugliese"), ("Filomena", "Scarpelli"),
    # word-like given names and surnames
    ("Ivy", "Stout"), ("Hazel", "Moody"), ("Patience", "Pound"), ("Temperance", "Bland"), ("Royal", "Frost"),
    ("Major", "Winter"), ("Sterling", "Banks"), ("Rusty", "Crook"), ("Storm", "Rivers"), ("Heaven", "Fields"),
    ("Journey", "Temple"), ("Legend", "Church"), ("Lyric", "Kitchen"), ("Sage", "Parsons"), ("Honor", "Reed"),
    ("Dawn", "Summers"), ("Autumn", "Stone"), ("Constance", "Sexton"), ("Verity", "Snow"), ("Sonny", "Pepper"),
]

NICKNAMES = ["Boo-Boo", "Tater", "Doodle", "Sissy", "Bear", "Junebug", "Big Mike", "Lil Man", "Peaches", "Ti-Fr\u00e8re",
             "Nene", "Coco", "Moose", "Toots", "Bitsy", "Slim", "Cookie", "Nonno Sal", "Bubbles", "Pee-Wee"]

# A misspelling a colleague types for a name they only heard.
MISSPELT = ["Tibodeaux", "Gelashvilli", "Jean Babtiste", "Tesfamarium", "Shamon", "Pitsiolak", "Iannuci", "Grung",
            "Kabongoh", "Etcheberria", "Jonsdotir", "Zhiong", "Adikari", "Broussar", "Hensly", "Kassub"]

STAFF_GIVEN = ["Marisol", "Deshawn", "Kenji", "Trudy", "Olumide", "Bettina", "Lachlan", "Fatou", "Rhiannon", "Tomasz",
               "Ximena", "Brandi", "Caoimhe", "Eero", "Anneliese", "Kwabena", "Priyanka", "Jolene"]
STAFF_SURNAME = ["Okonkwo-Brandt", "Vasquez-Ruiz", "Lindqvist", "Harjo", "Mwangi", "Szabo", "Delacroix", "Ferreira",
                 "Abernathy", "Kowalczyk", "Nakashima", "Oyelaran", "Ruhl", "Castellanos", "Halvorsen", "Begay"]
TITLES = ["Dr.", "Mrs.", "Mr.", "Ms.", "Sr.", "Fr.", "Rev.", "Pastor", "Deacon", "Sgt.", "Coach", "Judge", "Miss"]

# (town, state) with no postcode; many are words, clinical words or given names.
TOWNS = [
    ("Pahrump", "NV"), ("Tonopah", "NV"), ("Winnemucca", "NV"), ("Ely", "NV"), ("Tucumcari", "NM"),
    ("Truth or Consequences", "NM"), ("Shiprock", "NM"), ("Marfa", "TX"), ("Alpine", "TX"), ("Uvalde", "TX"),
    ("Eagle Pass", "TX"), ("Nacogdoches", "TX"), ("Paris", "TX"), ("Hugo", "OK"), ("Idabel", "OK"), ("Guymon", "OK"),
    ("Burns", "OR"), ("John Day", "OR"), ("Joseph", "OR"), ("Forks", "WA"), ("Hoquiam", "WA"), ("Challis", "ID"),
    ("Driggs", "ID"), ("Thermopolis", "WY"), ("Lander", "WY"), ("Chadron", "NE"), ("Valentine", "NE"),
    ("Broken Bow", "NE"), ("Mobridge", "SD"), ("Spearfish", "SD"), ("Devils Lake", "ND"), ("Williston", "ND"),
    ("Thief River Falls", "MN"), ("Grand Marais", "MN"), ("Bemidji", "MN"), ("Rhinelander", "WI"),
    ("Prairie du Chien", "WI"), ("Decorah", "IA"), ("Ottumwa", "IA"), ("Keokuk", "IA"), ("Kirksville", "MO"),
    ("Poplar Bluff", "MO"), ("West Plains", "MO"), ("Mountain Home", "AR"), ("Yazoo City", "MS"), ("Clarksdale", "MS"),
    ("Opelousas", "LA"), ("Ville Platte", "LA"), ("Eunice", "LA"), ("Thibodaux", "LA"), ("Houma", "LA"),
    ("Toccoa", "GA"), ("Dahlonega", "GA"), ("Murphy", "NC"), ("Boone", "NC"), ("Welch", "WV"), ("Logan", "WV"),
    ("Pikeville", "KY"), ("Harlan", "KY"), ("Paintsville", "KY"), ("Grundy", "VA"), ("Big Stone Gap", "VA"),
    ("Punxsutawney", "PA"), ("Lock Haven", "PA"), ("Towanda", "PA"), ("Presque Isle", "ME"), ("Caribou", "ME"),
    ("Houlton", "ME"), ("Machias", "ME"), ("St. Johnsbury", "VT"), ("Massena", "NY"), ("Malone", "NY"),
    ("Kotzebue", "AK"), ("Bethel", "AK"), ("Hilo", "HI"), ("Kaunakakai", "HI"),
]

STREETS = ["1418 Bayou Teche Rd", "77 Cemetery Hill Ln", "2209 Old Spanish Trl", "4 Quarry Rd Apt 2", "318 N Poplar St",
           "6021 County Road 112", "HC 64 Box 1190", "19 Tamarack Ct Unit B", "880 Sawmill Hollow Rd", "502 E Railroad Ave",
           "1331 Mesquite Dr", "27 Frenchmans Bend Rd", "9 Chapel Row", "4410 Hwy 90 W Lot 33", "155 Lakeshore Dr #6"]
ZIPS = ["70560", "89048", "88401", "79843", "97720", "98331", "56701", "52101", "63901", "70535", "30577", "41501",
        "04736", "99752", "96720", "38614"]

# A landmark named with the town it is in ("the Walmart in Pahrump"): both are labelled.
LANDMARKS = ["Walmart", "Dollar General", "Piggly Wiggly", "Love's truck stop", "Casey's", "Waffle House", "feed store",
             "VFW hall", "Elks lodge", "IGA", "Sonic", "Tractor Supply", "Buc-ee's", "Cracker Barrel", "bowling alley",
             "grain elevator"]
GENERIC_LANDMARKS = {"feed store", "bowling alley", "grain elevator"}
SCHOOLS = ["Lincoln Elementary", "Pahrump Valley High School", "St. Agnes Academy", "Northside Middle School",
           "Bayou Chicot Elementary", "Boise State", "Red Rocks Community College", "Sacred Heart School",
           "Ozark Christian Academy", "Central Maine Community College", "Hilo Intermediate", "Tuba City High"]
WORKPLACES = ["the Tyson plant", "the JBS plant", "the Cargill plant", "the Nucor mill", "the Amazon warehouse",
              "the shipyard", "the casino", "the paper mill", "the prison", "the Walmart distribution center",
              "the Toyota plant", "the wind farm"]
FACILITIES = ["Our Lady of Lourdes", "St. Elizabeth's", "Mercy Regional", "Good Shepherd Manor", "Evangelical Home",
              "Pinecrest Rehab", "Bayou Vista Nursing", "Golden Living of Houlton", "Maniilaq Health Center",
              "Hilo Medical Center", "Cumberland River Hospital", "Sunrise Assisted Living"]

# (city and postcode as written abroad, phone) pairs; the phone's country matches the address here.
ABROAD = [
    ("Majuro MH 96960", "+692 625 4417"), ("Hagatna, Guam 96910", "+1 671 472 8830"),
    ("Port-au-Prince HT6110", "+509 3712 4480"), ("Praia, Cabo Verde", "+238 991 23 45"),
    ("Tbilisi 0108", "+995 599 12 34 56"), ("Asmara", "+291 7 123 456"), ("Kinshasa-Gombe", "+243 81 555 0199"),
    ("Pokhara 33700", "+977 981-2345678"), ("Ulaanbaatar 14200", "+976 9911 2233"), ("Reykjavik 101", "+354 812 3456"),
    ("Tashkent 100000", "+998 90 123 45 67"), ("Ludhiana 141001", "+91 98140 22713"), ("Bilbao 48001", "+34 944 12 34 56"),
    ("Iqaluit NU X0A 0H0", "+1 867 979 5512"), ("Erbil 44001", "+964 750 123 4567"), ("Yangon 11181", "+95 9 420 112 233"),
    ("Alice Springs NT 0870", "+61 8 8951 7777"), ("Invercargill 9810", "+64 3 214 5566"),
    ("Bayamon PR 00961", "+1 787 555 0142"), ("Kingston 10, Jamaica", "+1 876 927 4410"),
]

US_PHONES = ["(337) 555-0148", "775-555-0193", "575.555.0121", "(606) 555 0177", "207-555-0102", "907 555 0164",
             "1-800-555-0111 ext 4", "555-0139", "(808) 555-0186", "870-555-0125 x212"]
EMAILS = ["noonie.t1948@gmail.com", "bigmike.lifts@yahoo.com", "paxiong.rn@outlook.com", "dr.kassab@chaldeanmed.org",
          "wandasue.h@windstream.net", "levanb@icloud.com", "fr.etxeberria@stagnes.org", "tater.guidry@cox.net"]
HANDLES = ["@bayoudoc_md", "@nurse.kayla.rn", "u/throwaway_gasdoc", "@DrStidhamFM", "@peaches_thibodeaux",
           "@bigmike_lifts", "@hmongmomof6", "@tbilisi_tamar", "@sistersaintil", "@coachraines"]
URLS = ["facebook.com/wanda.hensley.737", "gofundme.com/f/help-alcee-guidry", "instagram.com/paxiong_rn",
        "caringbridge.org/visit/concettaiannucci", "tiktok.com/@nurse.kayla.rn", "linkedin.com/in/levan-beridze-42"]
IPS = ["172.16.40.118", "10.212.3.77", "192.168.14.201", "100.64.9.33"]
