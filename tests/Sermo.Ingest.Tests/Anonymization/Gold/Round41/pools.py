"""Round 41's pools, typed from the author's own knowledge (decision 254). Men's given names come first in each
culture's given list, then women's, so a person's sex follows the half the name is drawn from (people.py)."""

# culture: (men's given names, women's given names, surnames); a space inside a surname makes it two name words.
CULTURES = {
    "Wolof": ("Mamadou,Cheikh,Modou", "Awa,Ndeye,Coumba", "Ndiaye,Diop,Sarr,Gueye"),
    "Mandinka": ("Lamin,Ebrima,Bakary", "Isatou,Fatoumata,Haddy", "Jammeh,Camara,Touray,Ceesay"),
    "Kanuri": ("Modu,Bukar,Kyari", "Falmata,Yagana,Zara", "Shettima,Zanna,Kachalla"),
    "Tiv": ("Terver,Msugh,Aondona", "Doosuur,Mngusuur,Nguveren", "Iorember,Akaa,Tarka"),
    "Efik": ("Effiong,Okon,Bassey", "Affiong,Nkoyo,Arit", "Duke,Ekpo,Essien,Henshaw"),
    "Kpelle": ("Flomo,Kollie,Sumo", "Korto,Wokie,Nowai", "Kerkula,Gbelee,Yarkpawolo"),
    "Krio": ("Olu,Ekundayo,Davidson", "Abioseh,Adjoa,Femi", "Macaulay,Nicol,Cole,Thomas-Wright"),
    "Dinka": ("Deng,Majok,Garang", "Achol,Nyandeng,Abuk", "Deng,Mayen,Akech,Kuol"),
    "Nuer": ("Gatluak,Riek,Buom", "Nyakuma,Nyabol,Nyaduop", "Chuol,Gatkuoth,Tut"),
    "Acholi": ("Okello,Ocen,Opiyo", "Akello,Lamunu,Aber", "Oryem,Odongo,Lakony"),
    "Kamba": ("Mutua,Musyoka,Kioko", "Mwikali,Ndinda,Kalekye", "Mwangangi,Kyalo,Nzioka"),
    "Kalenjin": ("Kiprono,Kipchoge,Cheruiyot", "Chebet,Jepkosgei,Chepngetich", "Rotich,Kosgei,Keter,Bett"),
    "Chewa": ("Chikondi,Mphatso,Tiyamike", "Chisomo,Thokozani,Tamanda", "Banda,Phiri,Mwale,Chirwa"),
    "Bemba": ("Mulenga,Chanda,Mwansa", "Bupe,Chilufya,Mutinta", "Musonda,Kabwe,Mumba"),
    "Tswana": ("Kagiso,Tebogo,Onalenna", "Lesedi,Boitumelo,Masego", "Molefe,Seretse,Kgosi"),
    "Sotho": ("Teboho,Lerato,Tumelo", "Palesa,Mpho,Limpho", "Mokoena,Letsie,Moshoeshoe"),
    "Afrikaner": ("Pieter,Hendrik,Jaco", "Annelie,Marike,Elsabe", "van der Merwe,Botha,Pretorius,du Plessis"),
    "Makhuwa": ("Ussene,Momade,Armando", "Rabia,Atija,Lurdes", "Assane,Muhamudo,Nampula"),
    "Comorian": ("Said,Soilihi,Ahmed", "Zaitoun,Moinaecha,Echati", "Abdou,Mze,Bacar"),
    "Afar": ("Ismail,Hassan,Gaas", "Asia,Fatuma,Halimo", "Ali Mirah,Dini,Hummed"),
    "Algerian": ("Yacine,Mourad,Rachid", "Amel,Nassima,Souad", "Benali,Bouzid,Hamidi,Zerrouki"),
    "Libyan": ("Salem,Tarek,Anwar", "Rabia,Naima,Fawzia", "Elmagrabi,Ghariani,Bugaighis"),
    "Jordanian": ("Odai,Laith,Zaid", "Rand,Dana,Ruba", "Haddad,Majali,Tarawneh,Obeidat"),
    "Omani": ("Khalfan,Said,Hamood", "Muna,Thuraya,Badriya", "Al Balushi,Al Harthy,Al Busaidi"),
    "Hazara": ("Ghulam,Sakhi,Ewaz", "Zahra,Masooma,Sakina", "Changezi,Sultani,Yousufi"),
    "Turkmen": ("Berdi,Myrat,Serdar", "Ogulgerek,Aybolek,Jeren", "Annayev,Orazova,Kakajanov"),
    "Ossetian": ("Soslan,Alan,Taimuraz", "Zarina,Fatima,Madina", "Dzasokhov,Gagloev,Tedeev"),
    "Avar": ("Magomed,Shamil,Gadzhi", "Patimat,Aminat,Khadizhat", "Gadzhiev,Nurmagomedov,Omarov"),
    "Bashkir": ("Azat,Rustem,Ilshat", "Gulnaz,Alsu,Zulfiya", "Yusupov,Baimukhametov,Galin"),
    "Sakha": ("Aisen,Nyurgun,Aital", "Sardaana,Kyunnei,Aitalina", "Nikolaev,Borisov,Argunov"),
    "Buryat": ("Bair,Dorzhi,Tsyren", "Sayana,Darima,Tuyana", "Dorzhiev,Tsybikov,Badmaev"),
    "Kashmiri": ("Showkat,Irfan,Bilal", "Mehbooba,Nusrat,Shazia", "Bhat,Wani,Lone,Dar"),
    "Sindhi": ("Jhamandas,Vashdev,Kishore", "Kamla,Jaya,Sunita", "Advani,Mirchandani,Lalwani,Punjabi"),
    "Tulu": ("Sadananda,Vittal,Prakash", "Sharada,Kusuma,Vanita", "Shetty,Hegde,Poojary,Bangera"),
    "Marwari": ("Ghanshyam,Pawan,Rajendra", "Santosh,Pushpa,Kanta", "Agarwal,Maheshwari,Bajaj,Khaitan"),
    "Meitei": ("Ibomcha,Tomba,Nganba", "Memcha,Thoibi,Leima", "Singh Ningthoujam,Laishram,Khumanthem"),
    "Mizo": ("Lalrinmawia,Zothanpuia,Vanlalruata", "Lalremsiami,Zothansangi,Malsawmi", "Ralte,Hmar,Pachuau,Khiangte"),
    "Khasi": ("Bah,Kyrshan,Teibor", "Iba,Daphisha,Wanshai", "Lyngdoh,Kharkongor,Syiem,Nongrum"),
    "Newar": ("Bishnu,Ratna,Suresh", "Laxmi,Shova,Sanu", "Shrestha,Maharjan,Tuladhar,Bajracharya"),
    "Gurung": ("Dil,Tek,Dhan", "Mina,Sita,Phul", "Gurung,Ghale,Tamu"),
    "Bamar": ("Aung,Kyaw,Thein", "Thandar,Hnin,Khin", "Min Oo,Zaw Win,Htet Aung"),
    "Shan": ("Sai,Khun,Hseng", "Nang,Kham,Ying", "Hseng Harn,Sai Lek,Kham Lu"),
    "Kachin": ("Zau,Brang,Naw", "Roi,Lu,Bawk", "Seng,Tu Ja,Hkun Awng"),
    "Cham": ("Ismail,Sos,Math", "Fatimah,Sary,Halimah", "Ly,Kamaruddin,Musa"),
    "Hokkien": ("Hock,Boon,Kian", "Siew,Bee,Lay", "Tan,Lim,Ong,Goh"),
    "Hakka": ("Fook,Kiong,Shin", "Moi,Fong,Yoke", "Chong,Yap,Liew,Thong"),
    "Teochew": ("Teck,Seng,Kwang", "Huay,Geok,Poh", "Teo,Ng,Sim,Koh"),
    "Kapampangan": ("Macario,Dodong,Efren", "Rosalinda,Marites,Luzviminda", "Dizon,Manalang,Pangilinan,Sicat"),
    "Hiligaynon": ("Jun-Jun,Nonoy,Ramil", "Inday,Ging-Ging,Merlyn", "Villanueva,Tolentino,Gallego"),
    "Tausug": ("Abdurasad,Hadji,Nur", "Sitti,Dayang,Nurhaida", "Tan Hassan,Sahiron,Jikiri"),
    "Tetum": ("Ze,Mau,Xanana", "Ermelinda,Bi,Lurdes", "da Costa,Soares,Belo,Guterres"),
    "Palauan": ("Tommy,Kaleb,Ngiraked", "Dirrengulbai,Sabina,Uchel", "Remengesau,Ngirchechol,Tellei"),
    "Pohnpeian": ("Kasio,Ihlen,Saimon", "Emensia,Rosalia,Nenni", "Hadley,Ioanis,Lainos"),
    "I-Kiribati": ("Teburoro,Taneti,Tekena", "Teiti,Nei,Bwebwe", "Tito,Maamau,Kaitu"),
    "Tuvaluan": ("Enele,Saufatu,Apisai", "Pepetua,Fiaola,Seini", "Sopoaga,Ielemia,Telavi"),
    "Niuean": ("Talagi,Toke,Vaaiga", "Mititaiagimene,Ofania,Lagi", "Pulehetoa,Tukuitonga,Lisimoni"),
    "Tahitian": ("Teiva,Moana,Heiarii", "Vaimiti,Hinano,Tiare", "Temauri,Teriitahi,Flosse"),
    "Ni-Vanuatu": ("Ralph,Joe,Kalo", "Leinasei,Serah,Merewalesi", "Regenvanu,Natapei,Kalsakau"),
    "Kalaallit": ("Aqqaluk,Hans,Kuupik", "Aviaja,Naja,Nivi", "Olsen,Kleist,Lynge,Motzfeldt"),
    "Inupiaq": ("Qaiyaan,Ahmaogak,Brower", "Qpik,Aaluk,Taqulik", "Nageak,Itta,Ahkivgak"),
    "Unangax": ("Aleksei,Vlass,Mikhail", "Vera,Tatiana,Anfesia", "Shaishnikoff,Merculief,Golodoff"),
    "Gwich'in": ("Isaac,Ernie,Elias", "Doreen,Effie,Lena", "Gilbert,Frank,Peter,Tritt"),
    "Haida": ("Robert,Gary,Delbert", "Kii,Jaadaas,Dolly", "Davidson,Edenshaw,Collison"),
    "Nez Perce": ("Nakia,Wilfred,Ferris", "Tahnee,Loretta,Shaylee", "Wheeler,Penney,Moody,Whitefoot"),
    "Osage": ("Russell,Henry,Kugee", "Mollie,Reta,Marcella", "Red Corn,Pratt,Standing Bear,Lookout"),
    "Kiowa": ("Scott,Ted,Dale", "Vanessa,Evalu,Teresa", "Tsatoke,Momaday,Paddlety,Poolaw"),
    "Muscogee": ("Joseph,Bo,Kenneth", "Joy,Tvlse,Roberta", "Harjo,Yahola,Fixico,Tiger"),
    "Ho-Chunk": ("Wilfrid,Dallas,Ho-Poe-Kaw", "Winona,Marlene,Clarice", "Greengrass,Funmaker,Decorah,Littlejohn"),
    "Menominee": ("Kaquatosh,Lester,Gordon", "Ada,Rosalie,Darla", "Waukau,Pyawasit,Dodge"),
    "Shoshone": ("Washakie,Orville,Darwin", "Lavina,Essie,Leola", "Tindore,Broncho,Appah"),
    "Paiute": ("Wovoka,Elmer,Lyle", "Sarah,Dora,Lorena", "Sampson,Kane,Dick"),
    "Mi'kmaq": ("Noel,Stephen,Kji", "Mary-Lou,Rita,Annie", "Paul,Francis,Marshall,Gould"),
    "Metis": ("Louis,Gabriel,Ambroise", "Marguerite,Josephte,Angelique", "Riel,Dumont,Lepine,Nolin"),
    "Miskito": ("Brooklyn,Steadman,Osorno", "Dorotea,Mirna,Ilma", "Fagoth,Rivera,Coleman"),
    "Mapuche": ("Millaray,Lautaro,Wenceslao", "Ayelen,Rayen,Elisa", "Huenchumilla,Catrileo,Painemal,Llancaqueo"),
    "Purepecha": ("Tariacuri,Eréndiro,Juan", "Eréndira,Jatzingueni,Zoila", "Huitziméngari,Cuini,Tzintzun"),
    "Yucatec Maya": ("Chan,Balam,Hilario", "Ixchel,Nicte,Candelaria", "Pech,Canul,Chi,Tzuc"),
    "Tzotzil": ("Mariano,Lorenzo,Xun", "Xunka,Loxa,Petra", "Gomez Hernandez,Lopez Tzotzil,Ruiz"),
    "Ecuadorian": ("Wilson,Segundo,Fausto", "Mayra,Janeth,Gissela", "Guaman,Quishpe,Chimbo,Toapanta"),
    "Costa Rican": ("Minor,Warner,Greivin", "Yorleny,Hazel,Kattia", "Solano,Mora,Quesada,Alfaro"),
    "Panamanian": ("Ruben,Eyvar,Olmedo", "Yariela,Itzel,Dayana", "Batista,Pinzon,Castrellon"),
    "Uruguayan": ("Washington,Nahuel,Sebastian", "Florencia,Lucia,Valentina", "Suarez,Fernandez,Cavani,Bentancur"),
    "Bajan": ("Rihann,Desmond,Winston", "Ermine,Cheryl,Kaydia", "Bynoe,Inniss,Greaves,Alleyne"),
    "Vincentian": ("Ralph,Kenton,Orande", "Nadia,Keisal,Aleah", "Gonsalves,Hadaway,Jack"),
    "Saint Lucian": ("Derek,Kenny,Darren", "Marie-Claire,Sharlene,Hermia", "Joseph,Anthony,Chastanet,Walcott"),
    "Papiamento": ("Jandino,Giovanni,Sidney", "Shurendy,Jeanine,Rosita", "Martina,Statia,Ersilia,Godett"),
    "Surinamese Hindustani": ("Chandrikapersad,Ramdin,Soekdew", "Rookmini,Sita,Asha", "Santokhi,Ramkhelawan,Doerga"),
    "Manx": ("Juan,Illiam,Orry", "Breesha,Aalin,Voirrey", "Quayle,Kermode,Corlett,Kinvig"),
    "Cornish": ("Jory,Tristan,Piran", "Morwenna,Tamsin,Demelza", "Trevithick,Penhaligon,Tregear,Nance"),
    "Luxembourgish": ("Jemp,Gast,Nico", "Josee,Marie-Paule,Lis", "Wagner,Hoffmann,Reuter,Schmit"),
    "Walloon": ("Jean-Pol,Benoit,Raoul", "Ghislaine,Annick,Nadine", "Delhaize,Lambotte,Dethier"),
    "Alsatian": ("Albert,Theo,Remy", "Odile,Lucienne,Adrienne", "Schweitzer,Ehrhart,Ungerer,Muller"),
    "Corsican": ("Ghjuvan,Paulu,Santu", "Maria-Ghjuvanna,Lisandra,Catalina", "Santoni,Colonna,Luciani,Paoli"),
    "Occitan": ("Joan,Bernat,Peire", "Azalais,Mirelha,Clamenca", "Mistral,Delteil,Fabre"),
    "Sorbian": ("Jurij,Handrij,Pawol", "Hanka,Marja,Lenka", "Nowak,Krawc,Brezan"),
    "Rusyn": ("Vasyl,Mykhal,Andrij", "Anna,Mariia,Hafia", "Warhola,Dudash,Havrilla"),
    "Kashubian": ("Jozef,Bolek,Kazmierz", "Krystyna,Halina,Basia", "Labuda,Formela,Kwidzinski"),
    "Friulian": ("Bepi,Tite,Gjovanin", "Ane,Catine,Pine", "Zanier,Tomat,Pittino"),
    "Romansh": ("Gion,Men,Duri", "Ursina,Mengia,Tina", "Cadonau,Caduff,Bezzola"),
    "Aromanian": ("Tache,Mitica,Nicola", "Chira,Tana,Lina", "Caragiu,Papahagi,Cuvata"),
    "Gagauz": ("Stepan,Mihail,Dimitri", "Irina,Vera,Olga", "Formuzal,Kisa,Topal"),
    "Montenegrin": ("Milo,Vuk,Dragan", "Jovana,Milica,Sanja", "Vujovic,Radonjic,Bulatovic,Jankovic"),
    "Greek Cypriot": ("Andreas,Kyriacos,Panicos", "Androulla,Eleni,Chrystalla", "Christofias,Anastasiades,Georgiou"),
    "Pontic Greek": ("Savvas,Prodromos,Lazaros", "Sofia,Paraskevi,Despina", "Pontikidis,Tsakalidis,Efraimidis"),
    "Bukharan Jewish": ("Yosef,Rafael,Boris", "Malka,Yaffa,Tamara", "Aminov,Kalontarov,Yakubov,Davidov"),
    "Beta Israel": ("Avraham,Baruch,Yitzhak", "Tigist,Adina,Pnina", "Tamano,Mekonen,Yosef"),
}

# About three draws in twenty are word names (people.py); different words from earlier rounds' lists.
WORD_GIVEN = ("Ranger,Colt,Archer,Bishop,Deacon,Knox,Creed,Banner,Hunter,Forest", "Mercy,Liberty,Haven,Meadow,Rain,Summer,Clover,Poppy,Rosemary,Sage")
WORD_SURNAMES = "Goodwin,Strong,Gold,Silver,Rich,Penny,Moon,Sun,Rainwater,Stone,Hill,Bush,Cook,Baker,Farmer,Shepherd,Cash,Ledger,Price,Coffin,Graves,Body,Grim,Hearse,Ashes,Mourning,Pilot,Captain,Sailor,Port,Passage,Voyage,Crew,Ward,Child,Kindred,Parent,Cradle,Gene,Key,Lock,Login,Server".split(",")

# Places (LOCATION). Towns that are words or countries; states and countries stay unlabelled in posts.
TOWNS = ["Possum Trot, KY", "Gnaw Bone, IN", "Santa Claus, IN", "Hot Coffee, MS", "Frostproof, FL", "Gravity, IA",
         "Nameless, TN", "Difficult, TN", "Tightwad, MO", "Slapout, AL", "Uncertain, TX", "Lizard Lick, NC",
         "Index, WA", "Success, AR", "Zap, ND", "Bumpass, VA", "Ordinary, KY", "Oatmeal, TX", "Rough and Ready, CA",
         "Last Chance, CO", "Romance, AR", "Defiance, OH", "Kiln, MS", "Brilliant, AL", "Egypt, GA", "Poland, ME",
         "Peru, IN", "China, ME", "Norway, SC", "Denmark, WI", "Bucksnort, TN", "Ding Dong, TX", "Happy, TX",
         "Monkeys Eyebrow, KY", "Loafers Glory, NC", "Smileyberg, KS", "Why, AZ", "Fleatown, OH", "Nocatee, FL",
         "Walla Walla, WA", "Kalispell, MT", "Ely, MN", "Decorah, IA", "Vidalia, GA", "Bemidji, MN", "Marfa, TX"]
SMALL_TOWNS = ["Possum Trot", "Gravity", "Nameless", "Zap", "Oatmeal", "Kiln", "Romance", "Ordinary", "Tightwad", "Slapout",
               "Uncertain", "Bucksnort", "Happy", "Defiance", "Frostproof", "Success", "Egypt", "Peru", "Ding Dong"]
CITIES_ABROAD = ["Cebu", "Lusaka", "Kigali", "Dakar", "Cusco", "Hanoi", "Luang Prabang", "Kathmandu", "Mombasa", "Arusha",
                 "Cartagena", "Tbilisi", "Ulaanbaatar", "Siem Reap", "Yogyakarta", "Accra", "Addis Ababa", "Quito", "Lima", "Goa"]
AIRPORTS = ["O'Hare", "DFW", "Sea-Tac", "Hartsfield", "Logan", "JFK", "Denver International", "MSP", "Sky Harbor",
            "Charlotte Douglas", "Dulles", "LAX", "Anchorage", "Honolulu", "Reykjavik Keflavik"]
AIRLINES = ["Delta", "United", "American", "Alaska", "Southwest", "JetBlue", "Frontier", "Spirit", "Hawaiian", "Lufthansa"]
AIRLINE_CODES = ["DL", "UA", "AA", "AS", "WN", "B6", "F9", "NK", "HA", "LH"]
HOTELS = ["Hampton Inn Gateway", "Airport Marriott", "Red Roof Inn Eastgate", "Holiday Inn Express Riverside",
          "Drury Plaza", "La Quinta Midtown", "Embassy Suites Lakeside"]
SHIPS = ["Serenade of the Gulf", "Coral Empress", "Northern Aurora", "Island Majesty", "Carnival Jubilee",
         "Sea Vista", "Pacific Meridian", "Caribbean Lark"]
CRUISE_LINES = ["Royal Caribbean", "Carnival", "Norwegian", "Princess", "Holland America", "MSC", "Viking"]
PORTS = ["Cozumel", "Nassau", "Juneau", "Ketchikan", "Roatan", "Grand Cayman", "Skagway", "Galveston", "Port Canaveral"]
FUNERAL_HOMES = ["Hollister-Kemp Funeral Home", "Bright Memorial Chapel", "Oakdale Mortuary", "Delgado & Sons Funeral Home",
                 "Riverside Cremation Services", "Whitlock Funeral Chapel", "Peace Valley Mortuary"]
CEMETERIES = ["Mount Olivet Cemetery", "Greenlawn Memorial Park", "St. Casimir Cemetery", "Pleasant Ridge Cemetery",
              "Cedar Hill Burial Ground", "Evergreen Rest"]
OPOS = ["LifeGift", "Gift of Hope", "LiveOnNY", "Donor Network West", "Life Connection of Ohio", "Mid-America Transplant"]
COLLECTORS = ["Midland Credit", "Portfolio Recovery", "Wakefield & Associates", "Credit Acceptance Partners",
              "Revenue Cycle Recovery", "Transworld Systems", "Convergent Outsourcing"]
BANKS = ["First Prairie Bank", "Bank of Gravity", "Farmers State Bank", "Heartland Credit Union", "Navy Federal",
         "Citizens National", "Wells Fargo", "Regions"]
DNA_LABS = ["Invitae", "GeneDx", "Ambry", "Myriad", "Fulgent", "Natera"]
AGENCIES = ["Bethany Christian Services", "Holt International", "Catholic Charities", "Lutheran Family Services",
            "Hope Cottage", "Spence-Chapin", "Building Arizona Families"]
SPERM_BANKS = ["California Cryobank", "Fairfax Cryobank", "Seattle Sperm Bank", "Xytex", "European Sperm Bank"]
FERTILITY = ["Shady Grove Fertility", "CCRM Dallas", "RMA of New Jersey", "Pacific Fertility Center", "IVF Michigan"]
HOSPITALS = ["Mercy Regional", "St. Aldric Medical Center", "Prairie Lakes Hospital", "Bellwood General",
             "Good Samaritan", "Three Rivers Health", "Baptist Memorial", "Sentara Norfolk General", "Providence Alaska"]
TRAVEL_CLINICS = ["Passport Health", "Globe Travel Medicine", "Wanderwell Travel Clinic",
                  "Tropical Medicine Clinic at Tulane"]
PHARMACIES = ["Heffley's Drug", "Rexall on Main", "Bunker Pharmacy", "Kessler Drug", "Tri-County Apothecary"]
DINERS = ["Dot's Cafe", "the Koffee Kup", "Main Street Grill", "Pappy's", "the Chat-n-Chew", "Wagon Wheel Diner"]
FEED_STORES = ["Tractor Supply", "Rural King", "Hutchins Feed & Seed", "Co-op Farm Store", "Bar S Feed"]
CHURCHES = ["First Baptist", "Zion Lutheran", "St. Wenceslaus", "Bethel AME", "Living Waters Assembly", "Holy Cross"]
STREETS = ["Old Mill Rd", "Pecan St", "County Road 14", "Rural Route 2", "Hackberry Ln", "Depot Street", "Route 9"]
