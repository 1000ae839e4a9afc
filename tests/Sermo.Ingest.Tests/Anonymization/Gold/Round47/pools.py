"""Round 47's pools (decision 302): names, places, outfits and numbers typed from the author's own knowledge.

CULTURES maps a culture to (male given names, female given names, surnames), each "|"-separated. Multi-word names keep
their space and are labelled one span per word by people.py. Word names (WORD_*) are mixed in by people.py: one given
name in four, one surname in five, so the scrubber meets names that are also English words.
"""

CULTURES = {
    "Breton": ("Yann|Gwenael|Erwan|Loic", "Nolwenn|Maiwenn|Gwenola|Soazig", "Le Goff|Kerjean|Quemener|Le Bihan"),
    "Corsican": ("Ghjuvanni|Petru|Ange-Marie|Dumenicu", "Ghjulia|Maria-Santa|Letizia|Catalina", "Santoni|Pietri|Colonna|Albertini"),
    "Walloon": ("Gaetan|Ludovic|Thibaut|Grégoire", "Aurore|Maïté|Ophélie|Jocelyne", "Lambotte|Dethier|Hanquet|Collignon"),
    "Tyrolean": ("Florian|Andreas|Vinzenz|Korbinian", "Theresia|Burgi|Vroni|Kathi", "Hofer|Gruber|Egger|Pichler"),
    "Sorbian": ("Měrćin|Jurij|Bjarnat|Handrij", "Hanka|Lenka|Milena|Bogna", "Nowak|Šołta|Krawc|Kocor"),
    "Kashubian": ("Józef|Kazimierz|Gerard|Bernard", "Gertruda|Brygida|Elżbieta|Łucja", "Klawikowski|Formela|Bigus|Labuda"),
    "Rusyn": ("Vasyl|Mykhal|Yurko|Ivan", "Hanka|Paraska|Marka|Olena", "Hrabar|Sopko|Kostelnik|Dzubay"),
    "Moldovan": ("Ion|Vasile|Sergiu|Dorin", "Doina|Lilia|Mariana|Viorica", "Ciobanu|Rusu|Munteanu|Cojocaru"),
    "Montenegrin": ("Vuk|Radovan|Milo|Danilo", "Jelisaveta|Milica|Vesna|Dragana", "Vujović|Radulović|Đukanović|Bulatović"),
    "Gagauz": ("Todur|Dimitri|Petri|Kostas", "Varvara|Katya|Zina|Marusya", "Karaseni|Topal|Kyssa|Chakir"),
    "Crimean Tatar": ("Refat|Ernest|Server|Nariman", "Lenara|Zarema|Alie|Elmaz", "Chubarov|Kurtumerov|Abibullaev|Dzhemilev"),
    "Volga Tatar": ("Rustam|Ilnur|Marat|Rinat", "Gulnara|Alsu|Dilyara|Zulfiya", "Khabibullin|Safin|Galimov|Gainutdinov"),
    "Ossetian": ("Alan|Soslan|Taimuraz|Aslanbek", "Zarina|Fatima|Madina|Alina", "Dzasokhov|Gazzaev|Kaloev|Tsallagov"),
    "Circassian": ("Aslan|Murat|Kazbek|Timur", "Nafisat|Sima|Bella|Zalina", "Shogenov|Kokov|Teuvazhev|Khatukhov"),
    "Kyrgyz": ("Nurlan|Bakyt|Azamat|Ulan", "Aigerim|Cholpon|Nazgul|Begimai", "Usenov|Abdrakhmanov|Toktogulov|Dzhumabaev"),
    "Tajik": ("Farrukh|Rustam|Sherali|Jamshed", "Mehrangez|Zarrina|Nigina|Shabnam", "Rahmonov|Nazarov|Saidov|Karimzoda"),
    "Turkmen": ("Merdan|Annamurat|Batyr|Dovlet", "Ogulgerek|Jeren|Maya|Bahar", "Orazov|Annayev|Berdiyev|Charyyev"),
    "Hazara": ("Ghulam|Asadullah|Nasir|Qurban", "Zahra|Masooma|Sakina|Fatema", "Hazarazada|Rezaie|Sharifi|Mohammadi"),
    "Omani": ("Said|Khalfan|Hamood|Salim", "Muna|Thuraya|Azza|Shamsa", "Al Busaidi|Al Harthy|Al Balushi|Al Rawahi"),
    "Libyan": ("Mabrouk|Abdulhakim|Fathi|Nouri", "Hana|Fawzia|Rabia|Najwa", "Elmagariaf|Ben Hamida|Zuwawi|Gheriani"),
    "Mauritanian": ("Sidi|Ahmedou|Mohamed Lemine|Cheikh", "Mariem|Toutou|Khadijetou|Aichetou", "Ould Ahmed|Ould Sidi|Mint Ely|Abdallahi"),
    "Wolof": ("Modou|Ousmane|Cheikh|Babacar", "Fatou|Awa|Ndeye|Coumba", "Ndiaye|Diop|Gueye|Mbaye"),
    "Serer": ("Waly|Latyr|Ngor|Diogoye", "Khady|Mame|Sokhna|Ndella", "Faye|Sarr|Diouf|Ndour"),
    "Dagomba": ("Abdulai|Abukari|Iddrisu|Mahama", "Memunatu|Azara|Salamatu|Fuseina", "Yakubu|Alhassan|Issahaku|Sulemana"),
    "Mossi": ("Issouf|Boukary|Salif|Moussa", "Awa|Salamata|Rasmata|Pauline", "Ouedraogo|Sawadogo|Compaore|Zongo"),
    "Fon": ("Hounkpatin|Sèdjro|Koffi|Aurélien", "Ablawa|Sènami|Houéfa|Mahougnon", "Houngbédji|Agossou|Dossou|Hounsou"),
    "Tiv": ("Terver|Tersoo|Aondona|Iorwuese", "Mngohol|Doosuur|Ngodoo|Seember", "Iorhemba|Akaa|Gbaden|Tyokase"),
    "Efik": ("Etim|Bassey|Okon|Effiong", "Ekaete|Arit|Idara|Nkoyo", "Eyo|Asuquo|Ekpenyong|Archibong"),
    "Edo": ("Osaro|Ehigie|Osagie|Eghosa", "Osayuwa|Efosa|Ivie|Omosede", "Aigbokhai|Osunde|Idahosa|Igbinedion"),
    "Kanuri": ("Modu|Bukar|Ali|Kyari", "Fatimatu|Yagana|Aisami|Falmata", "Zannah|Kolo|Goni|Shettima"),
    "Bamileke": ("Blaise|Théophile|Armel|Fotso", "Clotilde|Sandrine|Nadège|Brigitte", "Tchatchoua|Kamdem|Fotsing|Ngassa"),
    "Ovambo": ("Tuhafeni|Nangolo|Shikongo|Festus", "Ndeshi|Hilma|Ndinelago|Loide", "Nghifindaka|Amutenya|Haufiku|Shilongo"),
    "Herero": ("Uaundja|Kaera|Vekuii|Tjiuai", "Vetjaera|Uerikua|Kaunapaua|Tjiuee", "Tjiriange|Kazenambo|Hoveka|Maharero"),
    "Tswana": ("Kagiso|Tebogo|Mpho|Kabelo", "Boitumelo|Lorato|Keitumetse|Onalenna", "Molefe|Kgosi|Masire|Seretse"),
    "Sotho": ("Lehlohonolo|Teboho|Tšeliso|Motlatsi", "Palesa|Mamello|Lineo|Refiloe", "Mokoena|Letsie|Ramaili|Mofokeng"),
    "Bemba": ("Chanda|Mwila|Mulenga|Bwalya", "Chileshe|Mutale|Musonda|Kabwe", "Kapwepwe|Chilufya|Mwamba|Kasonde"),
    "Chaga": ("Elibariki|Ndesamburo|Godlisten|Emmanuel", "Neema|Upendo|Anande|Ndeanaeli", "Mushi|Kimaro|Swai|Lyimo"),
    "Acholi": ("Okello|Opiyo|Ojok|Komakech", "Akello|Aber|Lakica|Adong", "Otim|Oryem|Okot|Lagu"),
    "Dinka": ("Garang|Deng|Majok|Akech", "Achol|Nyandeng|Abuk|Ayen", "Mayen|Kuol|Bol|Malual"),
    "Afar": ("Ismail|Hassan|Ali|Mohammed", "Fatuma|Asiya|Halima|Hawa", "Hanfare|Mirah|Ahmadu|Dini"),
    "Konkani": ("Santosh|Prashant|Gurudas|Ulhas", "Sanjana|Pratibha|Sujata|Vaishali", "Naik|Kamat|Prabhu|Shenoy"),
    "Tulu": ("Jayarama|Sadananda|Raghu|Vittal", "Shashikala|Premalatha|Vanaja|Kusuma", "Shetty|Poojary|Kotian|Bangera"),
    "Bhojpuri": ("Ramashankar|Bhola|Sukhdev|Dinanath", "Sunaina|Phulmati|Lalita|Kiran", "Tiwari|Pandey|Dubey|Upadhyay"),
    "Meitei": ("Ibomcha|Tomba|Ibobi|Biren", "Ibemhal|Thoibi|Memcha|Sanahanbi", "Singh|Leishangthem|Khumanthem|Ningombam"),
    "Angami Naga": ("Neiphiu|Vikuo|Kevichusa|Zhavise", "Vilhoune|Neikuonuo|Avinuo|Seyiesilie", "Rio|Kire|Sekhose|Angami"),
    "Newar": ("Rajendra|Bishnu|Ratna|Prajwal", "Nhuchhe|Sunita|Manjari|Ruby", "Shrestha|Maharjan|Bajracharya|Tuladhar"),
    "Tharu": ("Bhagiram|Laxman|Dilli|Shivlal", "Phulmaya|Sarita|Lalmati|Urmila", "Chaudhary|Dangaura|Rana|Kathariya"),
    "Rakhine": ("Kyaw Hla|Maung Tha|Aung Zan|Tun Hla", "Ma Hla|Khin Thein|Saw Mya|Ma Nu", "Oo|Zan|Tha|Hla Aung"),
    "Shan": ("Sai Mong|Sai Leng|Sai Aung|Sai Noom", "Nang Kham|Nang Hseng|Nang Mo|Nang Oo", "Hsengpha|Kyaw|Tun|Wan"),
    "Hakka": ("Chong Fatt|Yew Kong|Siew Lim|Thiam Soon", "Siew Fah|Moi Lan|Yoke Chin|Mei Fong", "Liew|Chong|Yap|Phang"),
    "Teochew": ("Kok Heng|Swee Lim|Ah Huat|Teck Seng", "Bee Lian|Ah Lian|Siew Kheng|Geok Hua", "Tay|Lim|Ng|Teo"),
    "Buryat": ("Bair|Zorigto|Tsyren|Dorzho", "Sesegma|Tuyana|Darima|Saryuna", "Dambaev|Tsydenov|Badmaev|Zhamsoev"),
    "Sakha": ("Aisen|Nyurgun|Erchim|Timir", "Sardaana|Aitalina|Kyunney|Nyurguyana", "Nikolaev|Vinokurov|Borisov|Ivanov"),
    "Hiligaynon": ("Jesriel|Rolando|Nonoy|Dodong", "Inday|Marites|Leny|Gemma", "Villanueva|Jaro|Tupas|Gumban"),
    "Kapampangan": ("Aurelio|Deogracias|Macario|Ramil", "Lourdes|Teodora|Nenita|Rowena", "Manalang|Pangilinan|Dizon|Lusung"),
    "Tausug": ("Abdurajak|Nur|Hadji|Alimuddin", "Nurhaida|Sitti|Dayang|Jainab", "Tan|Jikiri|Sahiron|Kiram"),
    "Balinese": ("Wayan|Made|Nyoman|Ketut", "Ni Luh|Komang|Desak|Ayu", "Sudarma|Widiana|Astawa|Suastika"),
    "Palauan": ("Ngiraked|Surangel|Tommy|Kuartei", "Dirrecheleng|Ilebrang|Ebil|Melii", "Remengesau|Ngirmang|Tellei|Ngiraingas"),
    "Pohnpeian": ("Sehpin|Kasio|Ioakim|Welsin", "Emerensiana|Sihna|Lerleen|Marlyter", "Nanpei|Hadley|Ioanis|Panuelo"),
    "Kiribati": ("Teburoro|Anote|Taneti|Tebao", "Teretia|Kaiea|Tebwaia|Marewa", "Tito|Tong|Maamau|Tabai"),
    "Choctaw": ("Hoyt|Gary|Tobias|Chebon", "Kinta|Nashoba|Lovina|Tullie", "Batton|Tubby|Noahubi|Wesley"),
    "Kiowa": ("Monroe|Dane|Parker|Gus", "Vanessa|Ahdosy|Mildred|Jolene", "Tointigh|Poolaw|Tsoodle|Horse"),
    "Crow": ("Joseph|Carl|Conrad|Floyd", "Alma|Birdie|Delphine|Shawnee", "Medicine Horse|Old Coyote|Real Bird|Not Afraid"),
    "Nez Perce": ("Wilfred|Silas|Elmer|Kip", "Nakia|Loretta|Arleen|Wynona", "Whitman|Moffett|Wheeler|Picard"),
    "Lummi": ("Tsilixw|Darrell|Leroy|Willie", "Tsumyah|Merle|Candace|Jewell", "Hillaire|Cagey|Jefferson|Solomon"),
    "Inupiat": ("Qaiyaan|Taqulik|Uqpik|Tikasuk", "Aaluk|Siqiniq|Panigeo|Qiana", "Ahgeak|Nageak|Itta|Leavitt"),
    "Panamanian": ("Aristides|Eyberth|Abdiel|Luis Carlos", "Yarisel|Itzel|Anayansi|Yaneth", "Batista|De Gracia|Quintero|Samaniego"),
    "Paraguayan": ("Arami|Derlis|Ñandú|Celso", "Mirta|Arasy|Blanca Ester|Liz", "Benítez|Villalba|Cáceres|Ortiz Ruíz"),
    "Mapuche": ("Lautaro|Aukan|Calfucura|Nahuel", "Ayelén|Rayen|Millaray|Amankay", "Huenchullán|Catrileo|Painemal|Ancalaf"),
    "Miskito": ("Brooklyn|Steadman|Vernon|Centuriano", "Mirna|Tomasa|Elsa|Dorotea", "Rivera|Fagoth|Hodgson|Lackwood"),
    "Barbadian": ("Winston|Desmond|Ricardo|Ras", "Sonia|Kerry-Ann|Marcia|Tricia", "Greenidge|Inniss|Clarke|Boyce"),
    "Curaçaoan": ("Ruthmilo|Gilmar|Dundo|Eugene", "Giselle|Shurandy|Zuleika|Jandra", "Martina|Rosaria|Doran|Wiels"),
    "Maltese": ("Ġużeppi|Salvu|Manwel|Ċensu", "Marija|Rita|Doris|Ġużeppina", "Borg|Camilleri|Zammit|Vella"),
    "Yazidi": ("Khairi|Hadi|Barakat|Murad", "Nadia|Jihan|Layla|Shireen", "Khalaf|Bashar|Haji|Qasim"),
    "Parsi": ("Jamshed|Cyrus|Rustom|Farokh", "Perin|Roshan|Khorshed|Dinaz", "Wadia|Godrej|Mistry|Bharucha"),
    "Goan": ("Agnelo|Xavier|Francis|Menino", "Conceição|Philomena|Lavina|Rosy", "Fernandes|D'Souza|Pereira|Rebello"),
    "Cornish": ("Jowan|Peder|Kitto|Tristan", "Tamsin|Morwenna|Kerensa|Demelza", "Trelawny|Pascoe|Penrose|Nancarrow"),
    "Manx": ("Juan|Illiam|Orry|Fingal", "Ealish|Voirrey|Moirrey|Breesha", "Quayle|Kermode|Cregeen|Kinvig"),
    "Acadian": ("Aldéric|Rémi|Gilles|Onésime", "Rosalie|Yvette|Lorette|Evangéline", "Arsenault|LeBlanc|Cormier|Boudreau"),
    "Newfoundland": ("Wince|Gerard|Aloysius|Lanier", "Bride|Gertie|Rhonda|Ethel", "Power|Hickey|Ryan|Careen"),
    "Plautdietsch": ("Abram|Heinrich|Isaak|Peter", "Aganetha|Sara|Tina|Helena", "Friesen|Wiebe|Penner|Klassen"),
    "Afrikaner": ("Wouter|Hennie|Jaco|Pieter-Steph", "Anneke|Riana|Marietjie|Elmarie", "du Toit|van der Merwe|Botha|Steenkamp"),
}

# Cultures whose surnames follow the bearer's sex in the pools' form (-ov/-ev/-in; -ski).
SEX_MARKED = {"Kyrgyz", "Crimean Tatar", "Volga Tatar", "Ossetian", "Circassian", "Buryat", "Sakha", "Turkmen", "Tajik", "Kashubian"}

WORD_GIVEN_MALE = "Bud|Hunter|Cliff|Gunner|Drake|Moss|Reed|Heath|Bo|Wade|Cash|Buck".split("|")
WORD_GIVEN_FEMALE = "Destiny|Blessing|Sunshine|Harmony|Willow|Autumn|Robin|Crystal|Scarlett|Raven|Sable|Clementine".split("|")
WORD_SURNAMES = ("Fish|Salmon|Haddock|Shore|Bay|Rock|Marsh|Harbor|Gale|Fire|Burns|Ash|Timber|Sawyer|Logan|Forest|"
                 "Moody|Cradle|Stork|Love|Savage|Sober|Drinkwater|Gamble|Dice|Luck|Chance|Deal|Card|Bell|Cannon|Hale").split("|")

# Word towns and short places with no head noun, typed from memory.
WORD_TOWNS = ("Zap|Two Egg|Okay|Difficult|Only|Odd|Spot|Earth|Romance|Bucksnort|Toad Suck|Cuckoo|Frostproof|Carefree|"
              "Muleshoe|Notrees|Happy|Goodnight|Chloride|Left Hand|Big Ugly|Fearnot|Pie Town|Rabbit Hash|Bumpass|Dinosaur|"
              "Humptulips|Happy Camp|Weed|Santa Claus|Eighty Eight|Lizard Lick|Hanging Dog|Gravel Switch|Horse Cave|"
              "Skullbone|Mouth of Wilson|Gun Barrel City|Bigfoot|Oatmeal").split("|")

PORT_TOWNS = ("New Bedford|Gloucester|Point Judith|Stonington|Bayou La Batre|Pascagoula|Dulac|Morgan City|Astoria|"
              "Ilwaco|Westport|Coos Bay|Crescent City|Moss Landing|Bodega Bay|Kodiak|Unalaska|Naknek|Dillingham|Cordova|"
              "Petersburg|Homer|Sitka|Rockland|Stonington|Jonesport").split("|")
FIRE_TOWNS = ("Burney|Quincy|Chester|Susanville|Pollock Pines|Mariposa|Oakhurst|Idyllwild|Show Low|Payson|Ruidoso|"
              "Silver City|Cle Elum|Chelan|Twisp|Winthrop|Okanogan|Mill City|Oakridge|Glide|Cave Junction|Salmon|Stanley|"
              "McCall|Grangeville|Kooskia|Libby|Darby|Seeley Lake|Hoopa").split("|")
INLAND_TOWNS = ("Jellico|Harrogate|Hazard|Pikeville|Logan|Welch|Grundy|Portsmouth|Chillicothe|Zanesville|Huntington|"
                "Beckley|Martinsville|Galax|Elkin|Ashtabula|Mansfield|Lima|Muncie|Kokomo|Terre Haute|Decatur|Quincy|"
                "Joplin|Sedalia|Poplar Bluff|Hot Springs|Ada|Durant|Lawton|Enid|Ardmore").split("|")
COUNTIES = ("Tillamook County|Coos County|Lincoln County|Pender County|Carteret County|Terrebonne Parish|"
            "Plaquemines Parish|Washington County|Shasta County|Plumas County|Okanogan County|Ravalli County|"
            "Lemhi County|Scioto County|Boyd County|Mingo County|McDowell County|Kanawha County").split("|")
STREETS = ("Ferry Rd|Wharf St|Cannery Row|Harbor Dr|Front St|Water St|Mill Pond Rd|Sawmill Rd|Tamarack Ln|"
           "Lodgepole Dr|Ponderosa Way|Fir Ridge Rd|Dogwood Ct|Persimmon St|Sycamore Ave|Pawpaw Hollow Rd|"
           "Church St|Depot Rd|Calle Ocho|Ocean Blvd|Jetty Rd|Netshed Ln|Crab Pot Way|Old Hatchery Rd").split("|")

# Settings: outfits and places by setting (employers, facilities, venues and units are LOCATION).
BIRTH_CENTERS = ("Tidewater Birth Center|Little Sprout Birth Cottage|Heartwood Birthing Home|Laurel Creek Birth Center|"
                 "Magnolia Midwifery|Bluebonnet Birth House").split("|")
L_AND_D_HOSPITALS = ("St. Gianna Women's|Mercy Ridgeview|Kaweah Valley Medical|Holston Memorial|Bayfront Women's Pavilion|"
                     "Northgate Regional|Sacred Heart Riverbend|Sandhills Regional").split("|")
CORD_BANKS = "CordSafe|NovaCord|Lifebank Cryo|Genecord Registry".split("|")
PSYCH_UNITS = ("Cedar Bluff Behavioral|Riverstone Crisis Stabilization Unit|Western Slope Psychiatric|Hillcrest Pavilion|"
               "Oak Hollow Behavioral Health|Sunrise Crisis Center|Pinecrest State Hospital|Lakeshore Psychiatric").split("|")
GROUP_HOMES = "Harmony House|Maple Leaf Residential|Brightpath Home|Second Street Group Home|Willowbrook Manor".split("|")
OTPS = ("Crossroads Comprehensive Treatment|Northstar OTP|Harbor Light Methadone Clinic|New Dawn Recovery Center|"
        "Blue Ridge Treatment Services|Gateway Opioid Program").split("|")
SOBER_HOUSES = "Serenity Hall|Oxford House Juniper|Clean Slate House|Mustard Seed Recovery Home|Lighthouse Recovery House".split("|")
CHURCHES = ("St. Brendan's|First Methodist|Grace Lutheran|Mt. Zion AME|Holy Redeemer|Calvary Chapel|St. Casimir|"
            "Bethel Baptist|Trinity Episcopal|Our Lady of the Harbor").split("|")
VESSELS = ("Northern Dawn|Lady Kathleen|Sea Hag|Miss Ellie|Cape Horn|Arctic Fury|Kristina Marie|Three Brothers|"
           "Dutch Lady|Pacific Knight|Captain Joe|Blue Fin|Seaspray|Irish Mist|Morning Star|Nancy Lynn").split("|")
CANNERIES = "Peter Pan Seafoods|Trident|Icicle|Bumble Bee|Ocean Beauty|Bristol Wave|Silver Bay Seafoods|Blue North".split("|")
USCG_STATIONS = ("Station Yaquina Bay|Station Cape Disappointment|Station Grays Harbor|Air Station Kodiak|"
                 "Station Point Judith|Station Golden Gate|Sector Mobile").split("|")
CUTTERS = "Alex Haley|Munro|Healy|Kimball|Sycamore|Mellon|Bertholf|Stratton".split("|")
CASINOS = ("WinStar|Foxwoods|Mohegan Sun|Soaring Eagle|Turning Stone|Pechanga|Morongo|Thunder Valley|Snoqualmie Casino|"
           "Choctaw Durant|Golden Nugget|Horseshoe Tunica").split("|")
FESTIVALS = "Bonnaroo|Electric Forest|Lollapalooza|Summerfest|Rock the Ocean|Hill Country Jam|Bristol Rhythm|Lightning in a Bottle".split("|")
PARKS = "Cedar Point|Kings Island|Dollywood|Knoebels|Holiday World|Kennywood|Carowinds|Silver Dollar City|Hersheypark".split("|")
RIDES = "Millennium Force|Steel Vengeance|Lightning Rod|Phoenix|Thunderhead|Phantom's Revenge|Fury 325|Outlaw Run".split("|")
STAGES = "Which Stage|Ranch Arena|Sherwood Court|Bud Light Stage|Tripolee|Main Lawn|Sunset Tent".split("|")
HOTSHOTS = ("Zigzag Hotshots|Redding Hotshots|Arrowhead Hotshots|Smokey Bear Hotshots|Lone Peak Hotshots|"
            "Chena Hotshots|Sawtooth Hotshots|Bear Divide Hotshots|Mormon Lake Hotshots").split("|")
FIRES = ("Dixon Creek Fire|Lost Horse Fire|Tamarack Fire|Copper Gulch Fire|Bull Run Fire|Sheep Mountain Fire|"
         "Hatchet Ridge Fire|Fiddler Fire|Owl Creek Fire").split("|")
MILLS = ("Sierra Pacific|Roseburg Forest Products|Hampton Lumber|Stimson|Seneca Sawmill|Weyerhaeuser|"
         "Boise Cascade|Pyramid Mountain Lumber").split("|")
LOGGERS = "Dahl Logging|Peterson Bros Timber|Kesey Cutting|Ridgeline Yarding|Hoh River Logging|Lucky Strike Timber".split("|")
COURTS = ("Multnomah County Circuit Court|Pender County District Court|Scioto County Common Pleas|"
          "Terrebonne Parish Drug Court|Shasta County Superior Court|Kanawha County Mental Hygiene Court").split("|")

AREA_CODES = "907|503|541|360|508|978|251|985|530|509|208|406|740|606|304|276|580|405|918|865".split("|")
DOMAINS = "gmail.com|yahoo.com|outlook.com|icloud.com|hotmail.com|protonmail.com".split("|")
