"""Round 44's pools, typed by hand for this set (decision 275): name cultures, word names, places and numbers.

Each culture is (women's given names, men's given names, surnames); a person's sex is the half drawn from.
"""

CULTURES = {
    "Cornish": ("Morwenna Tamsin Demelza", "Jago Piran Kitto", "Trelawny Penrose Tregothnan Polglase"),
    "Manx": ("Aalish Voirrey", "Juan Illiam", "Quilliam Kewley Corlett Qualtrough"),
    "Hebridean": ("Peigi Catriona Mòrag", "Calum Ruaraidh Iain", "MacLeod MacAulay Morrison Matheson"),
    "Ulster Scots": ("Rhonda Lorna", "Sammy Trevor Wilbert", "McCracken Kerr Beattie Gilmore"),
    "Geordie": ("Tracey Jolene Kerry", "Gazza Darren Lee", "Armstrong Charlton Robson Dodds"),
    "Irish Traveller": ("Bridgie Winnie Kathleen", "Paddy Mikey Johnny", "McDonagh Ward Joyce Maughan"),
    "Romani": ("Esmeralda Drina Vadoma", "Mircea Nicu Tamás", "Lakatos Balogh Oláh Stojka"),
    "Cypriot Greek": ("Androulla Panayiota Eleni", "Kyriacos Andreas Christakis", "Charalambous Ioannou Georgiou Kyprianou"),
    "Turkish Cypriot": ("Gülsen Ayten", "Hüseyin Erol", "Hasipoğlu Mehmetçik Özsoy"),
    "Walloon": ("Gisèle Marie-Paule", "Jean-Luc Philippe", "Lejeune Dethier Delvaux Gérard"),
    "Corsican": ("Ghjulia Marie-Ange", "Ghjuvanni Petru", "Santoni Poli Casanova Leca"),
    "Tyrolean": ("Burgi Waltraud", "Sepp Hansjörg", "Stolz Gasser Pichler Hofer"),
    "Tatar": ("Gulnara Alsu Ilsiya", "Rinat Ildar Marat", "Khairullin Sabirov Galiullin"),
    "Hazara": ("Fatima Zahra|Gulsoom|Masuma", "Qurban Ali|Sakhi|Hakim", "Changezi Rezayee Akbari Mohammadi"),
    "Parsi": ("Dinaz Freny Roshan", "Cyrus Jehangir Rustom", "Wadia Mistry Bharucha Dastur"),
    "Sindhi": ("Kavita Lachmi", "Haresh Jeetendra", "Advani Mirchandani Lalwani Hiranandani"),
    "Kashmiri": ("Shazia Mehbooba", "Irfan Showkat", "Bhat Wani Kaul Dar"),
    "Goan": ("Fatima Lucinda", "Agnelo Savio", "D'Souza Fernandes Rodrigues Pereira"),
    "Konkani": ("Shubha Ashwini", "Raghunath Vaman", "Kamath Pai Shenoy Prabhu"),
    "Tulu": ("Kalyani Sudha", "Jagadeesh Sadananda", "Shetty Alva Hegde Poojary"),
    "Marwari": ("Sunita Pushpa", "Ghanshyam Rameshwar", "Agarwal Maheshwari Khaitan Bajaj"),
    "Maithili": ("Rekha Anamika", "Bindeshwar Lalit", "Jha Mishra Thakur Choudhary"),
    "Meitei": ("Thoibi Bembem", "Tomba Ibomcha", "Laishram Thokchom Ningombam"),
    "Mizo": ("Lalremruati Mawii", "Lalthanzara Zoramthanga", "Ralte Hmar Pachuau"),
    "Newar": ("Sabina Rajani", "Prakash Suman", "Shrestha Maharjan Bajracharya Pradhan"),
    "Sylheti": ("Rukhsana Shirin", "Abdul Mushahid", "Miah Uddin Choudhury"),
    "Sri Lankan Burgher": ("Muriel Yvonne", "Clive Quintus", "Van Langenberg|Ondaatje|Jansz|Bartholomeusz"),
    "Maldivian": ("Aishath Mariyam", "Ibrahim Ahmed", "Rasheed Naseem Shakeel"),
    "Hokkien": ("Siew Lan|Bee Hoon", "Ah Seng|Boon Keat", "Tan Lim Ong Goh"),
    "Hakka": ("Yoke Mei|Siew Fong", "Kok Wai|Chee Keong", "Chong Yap Lai Liew"),
    "Teochew": ("Swee Lian|Gek Choo", "Ah Huat|Teck Soon", "Tay Ng Chua Teo"),
    "Zainichi Korean": ("Sun-ja Kyung-hee", "Chang-ho Yong-su", "Kim Paek Ri Kang"),
    "Kachin": ("Hkawn Seng|Ja Lu", "Brang Naw|Hkun Sang", "Lahtaw Maran Nhkum"),
    "Shan": ("Nang Kham|Nang Hom", "Sai Mong|Sai Leng", "Hsengleng Khamlong"),
    "Batak": ("Rosmawati Tiurma", "Parlindungan Togar", "Simanjuntak Siregar Nainggolan Hutapea"),
    "Balinese": ("Ni Luh|Made Ayu", "Wayan|Ketut", "Suardana Sudiarta Wirawan"),
    "Kapampangan": ("Maricel Luzviminda", "Danilo Rogelio", "Dizon Manalo Lacson Pangilinan"),
    "Tetum": ("Ermelinda Aurea", "Xanana Natalino", "Soares Ximenes Belo Guterres"),
    "ni-Vanuatu": ("Leisale Marie", "Kalsakau Jimmy", "Tabi Molisa Natapei"),
    "I-Kiribati": ("Teretia Tiribo", "Baraniko Taneti", "Tong Tabwebweiti Mamau"),
    "Cook Islands Maori": ("Teuira Mata", "Tangaroa Tepaki", "Tuara Ngatokorua Marsters Tetauru"),
    "Torres Strait Islander": ("Elverina Maryanne", "Eddie Getano", "Mabo Bani Nona Passi"),
    "Afrikaner": ("Elsabé Riana Marietjie", "Gerrit Pieter Jannie", "van der Merwe|Botha|Pretorius|Grobbelaar"),
    "Cape Malay": ("Gadija Shamiela", "Achmat Faizel", "Abrahams Davids Jacobs Isaacs"),
    "Sotho": ("Palesa Lerato", "Thabo Teboho", "Mokoena Mofokeng Letsie"),
    "Tswana": ("Boitumelo Kelebogile", "Kagiso Tumelo", "Molefe Seretse Masire"),
    "Tsonga": ("Nyiko Ntsako", "Hlulani Tsakani", "Baloyi Maluleke Chauke"),
    "Chewa": ("Chisomo Tiwonge", "Kondwani Chikondi", "Banda Phiri Mwale"),
    "Bemba": ("Mwape Chilufya", "Mulenga Chanda", "Mwansa Kapwepwe Musonda"),
    "Kalenjin": ("Chebet Jepkosgei", "Kipchoge Kiprono", "Rotich Keter Koech Ruto"),
    "Acholi": ("Akello Lakot", "Okello Ojok", "Opiyo Odongo Olara"),
    "Dinka": ("Achol Nyandeng", "Deng Garang", "Majok Akol Bol Kuol"),
    "Wolof": ("Fatou Ndèye Awa", "Moustapha Cheikh Babacar", "Ndiaye Diop Faye Gueye"),
    "Krio": ("Adama Isatu", "Alimamy Sahr", "Macauley Cole Williams-Johnson Nicol"),
    "Lingala": ("Mbuyi Nsimba", "Kabongo Mbala", "Tshisekedi Lukaku Mpiana"),
    "Coptic": ("Marina Mariam Demiana", "Bishoy Mina Kirollos", "Guirguis Boutros Abdelmalek Hanna"),
    "Omani": ("Muna Thuraya", "Khalfan Said", "Al Busaidi|Al Harthy|Al Balushi"),
    "Bahraini": ("Noora Fatema", "Jassim Hamad", "Al Mahmood|Fakhro|Al Aali"),
    "Najdi": ("Reem Haya", "Turki Nasser", "Al Otaibi|Al Qahtani|Al Dossary"),
    "Inuit": ("Siqiniq Nuvalinga", "Jaypeetee Pauloosie", "Kilabuk Arnakak Qiyuk"),
    "Cree": ("Kinew Winona", "Wapun Ovide", "Sinclair Moostoos Kakeeway Cardinal"),
    "Mi'kmaq": ("Mali Anne-Marie", "Tuma Noel", "Paul Augustine Sylliboy Francis"),
    "Métis": ("Josette Marie-Rose", "Gabriel Ambroise", "Dumont Riel Laliberte Gladue"),
    "Acadian": ("Évangéline Rita", "Aurèle Rodrigue", "LeBlanc Arsenault Cormier Thibodeau"),
    "Newfoundlander": ("Bernadette Glenda", "Cyril Kevin", "Pittman Fitzgerald Hiscock Dalton"),
    "Miskito": ("Rosalía Kiamar", "Brooklyn Steadman", "Fagoth Rivera Coleman"),
    "Guarani": ("Ysapy Ara", "Tupa Arandu", "Benítez Ortiz Aquino Cabañas"),
    "Mapuche": ("Ayelén Millaray", "Lautaro Nahuel", "Huenchumilla Painemal Llancaqueo"),
    "Bajan": ("Shontelle Rhonda", "Desmond Winston", "Holder Greenidge Best Clarke"),
    "Indo-Guyanese": ("Savitri Bibi", "Bharrat Ramnarine", "Persaud Jagdeo Ramotar Singh"),
    "Belizean Kriol": ("Shyne Marleni", "Dion Raynold", "Gentle Usher Tillett"),
}

# Word names: every word is also an ordinary English word (drawn one time in four, as the brief centres them).
WORD_WOMEN = "Hazel Grace Hope Ivy Pearl Opal Fern Willow Clover Heather Rosemary Poppy Meadow Bliss Honor Verity Echo Marigold Sage Winter".split()
WORD_MEN = "Frank Rich Hunter Chase Earnest Royal Cash Gunner Hardy Bishop Colt Clay Reed Heath Gale Drake Forrest Ash Victor Noble".split()
WORD_SURNAMES = ("Brooks Hunter Grace Frank Hardy Field Marsh Hedge Bush Thorn Blossom Spring Fairweather Rainbow Goodbody Badman "
                 "Armstrong Ironside Tallboy Freeman Goodchild Lovejoy Merriman Trueman Wellbeloved Hope Gentle Moody Pratt "
                 "Stiff Bonebrake Heartwell Kidney Gutteridge Pocock Hancock Bottom Bullock Cope Hurley Seaman Baker Glover "
                 "Tanner Shepherd Cooper Barber Brewer Mercer Fletcher Thatcher Collier").split()

# Farming, ranching and rural towns across the US, many of them words (the brief's places without a head noun).
RURAL_TOWNS = ("Cedar Bluff|Antelope|Sugar Land Corners|Dime Box|Muleshoe|Big Sandy|Prairie du Chien|Broken Bow|Last Chance|"
               "Fort Defiance|Good Thunder|Sleepy Eye|Walnut Grove|Zap|Buffalo Gap|Shamrock|Happy|Earth|Uncertain|"
               "Hooker|Jolly|Oatmeal|Gnaw Bone|Santa Claus|Birdseye|Tightwad|Bumpass|Monkeys Eyebrow|Lizard Lick|"
               "Frankfort|Hazard|Cut Bank|Two Dot|Wisdom|Opportunity|Ekalaka|Vida|Plentywood|Circle").split("|")
COUNTIES = "Box Butte County|Cheyenne County|Tulare County|Imperial County|Yakima County|Grant County|Sioux County|Dewey County|Blaine County|Kittitas County".split("|")
STATES_SHAPES = ["NE {d3}-{L}{d3}", "TX {L}{L}{L}-{d4}", "IA {L}{L}{L} {d3}", "CA {d}{L}{L}{L}{d3}", "WA {L}{L}{L}{d4}", "MT {d}-{d4}{L}", "KS {d3} {L}{L}{L}"]
DL_SHAPES = ["{L}{d3}-{d4}-{d4}", "{L}{d7}", "{d9}", "{L}{L}{d6}", "{d3}{L}{L}{d4}"]

FARMS = ("Double Diamond Ranch|Hilltop Dairy|Sunny Slope Orchards|Vander Hoek Dairy|Lazy K Ranch|Circle Bar Cattle Co|"
         "Blue Heron Berry Farm|Three Forks Feedlot|Prairie Wind Hog Farm|Larkspur Orchard|Big Muddy Grain|Twin Oaks Dairy").split("|")
COOPS = "Farmers Union Co-op|Central Valley Growers Co-op|Heartland Grain Elevator|Riverbend Co-op Elevator|Agtegra|Harvest Gold Co-op".split("|")
CAMPS = "Rancho Los Nogales camp|Camp Esperanza housing|the Monterrey Street camp|Sunrise Labor Camp|Orchard Row housing".split("|")

# The outdoors: trailheads, campgrounds, ski areas, lifts and runs, outfitters.
TRAILHEADS = "Lone Pine Trailhead|Bear Gulch trailhead|Devil's Slide Trailhead|Hidden Lake Trailhead|Granite Creek TH|Cascade Pass Trailhead".split("|")
CAMPGROUNDS = "Aspen Hollow Campground|Pine Flat CG|Moose Creek Campground|Lakeview Campground|Silver Falls campground".split("|")
LIFTS_RUNS = "the Widowmaker run|Cougar Lift|Summit Express|Lower Roundhouse|Elk Ridge lift|Paradise Bowl|Goat Chute".split("|")
OUTFITTERS = "Timberline Outfitters|High Lonesome Guides|Bighorn Basin Outfitting|Spruce Moose Guiding|Crazy Woman Creek Outfitters".split("|")
SAR_TEAMS = "Teton County SAR|Grizzly Peak Rescue|Mountain Rescue Aspen|Skagit Valley SAR|Chelan County SAR".split("|")

# Sport: clubs, teams, tournaments.
TEAMS = ("Leinster|Ballymena RFC|the Auckland Blues|Canterbury Crusaders|Hawthorn|the Brisbane Broncos|Kerry GAA|"
         "Gateshead Harriers|Cork City FC|the Saskatoon Blades|Medicine Hat Tigers|Western Province|the Sharks|"
         "Cedar Rapids RoughRiders|Dubuque Fighting Saints|the Wichita Thunder").split("|")
TOURNAMENTS = "the Sunshine Tour Open|the Brier|the Ranfurly Shield|the Memorial Cup|the Sam Maguire|the Ashes Test|the Currie Cup".split("|")

# Clubs and lodges.
LODGES = ("Elks Lodge 1187|Moose Lodge 402|VFW Post 8870|American Legion Post 57|Knights of Columbus Council 3322|"
          "Eagles Aerie 2301|Masonic Lodge No. 44|Rotary Club of Kalgoorlie|Royal Canadian Legion Branch 26").split("|")
HALLS = "St. Bridget's bingo hall|Sunset Lanes|Bull's Eye Darts Club|Pine Valley Golf Club|Harmony Hall|the Cedar Rapids Curling Club".split("|")

# Psychiatric holds and group homes.
GROUP_HOMES = "Serenity House|Miller Street group home|New Beginnings sober living|Bridgeway Residence|Hope Harbor|Oxford House Maple|Clearwater Recovery Home".split("|")
COURTS = "Pima County Mental Health Court|King County ITA Court|Hennepin County Probate Court|Travis County Probate Court 1|Multnomah County Circuit Court".split("|")
CRISIS_TEAMS = "CAHOOTS|Mobile Crisis Team North|RREACT|Desert Hope MCT|Bridges Crisis Response".split("|")

# Abroad: UK, Ireland, Canada, Australia, New Zealand, India, South Africa, the Gulf.
UK_PLACES = ("Wexford|Tuam|Ballina|Kilkenny|Barnsley|Rotherham|Merthyr Tydfil|Hexham|Penzance|Stornoway|Omagh|"
             "Dundalk|Castlebar|Wigan|Hartlepool|Llanelli|Thurso|Wick|Fraserburgh|Bodmin").split("|")
UK_SURGERIES = ("Riverside Medical Practice|The Elms Surgery|Castle Street Health Centre|Abbey Medical Group|"
                "Moorland View Surgery|Harbour Lane GP|Kingsway Family Practice").split("|")
UK_TRUSTS = ("Royal Cornwall Hospitals NHS Trust|Barnsley Hospital|Northumbria Healthcare|University Hospital Galway|"
             "Mayo University Hospital|Altnagelvin|Raigmore|Glangwili|Western Isles Hospital").split("|")
WARDS = "Nightingale Ward|Florence Ward|Seacole Ward|Harvey Ward|Jenner Ward|Cavell Ward|Lister Ward|St Luke's Ward".split("|")
UK_POSTCODES = "TR18 4JH|PL31 2QA|S70 4LQ|HS1 2AF|BT79 0NR|NE46 1QJ|CF47 9DT|KW1 5BT|H91 YR71|F23 H529".split("|")
CA_PLACES = "Moose Jaw|Thunder Bay|Flin Flon|Iqaluit|Gander|Kamloops|Red Deer|Yellowknife|Sault Ste. Marie|Portage la Prairie".split("|")
CA_POSTAL = "S6H 4P9|P7B 6V4|R8A 1M4|X0A 0H0|A1V 2E2|V2C 1C5|T4N 6R2".split("|")
AU_PLACES = "Wagga Wagga|Kalgoorlie|Alice Springs|Broken Hill|Mount Isa|Dubbo|Tamworth|Gympie|Geraldton|Katherine".split("|")
NZ_PLACES = "Gisborne|Whanganui|Timaru|Kaitaia|Greymouth|Invercargill|Masterton|Tokoroa".split("|")
IN_PLACES = "Thrissur|Udupi|Bhilwara|Darbhanga|Aizawl|Shillong|Imphal|Jodhpur|Margao".split("|")
ZA_PLACES = "Mthatha|Polokwane|Upington|Kimberley|Thohoyandou|Mahikeng|Bloemfontein|Giyani".split("|")
GULF_PLACES = "Muscat|Sohar|Salalah|Manama|Riffa|Al Ain|Buraidah|Hofuf".split("|")

# Crashes.
TOW_YARDS = "Big Al's Towing|Dutch's Wrecker Service|A-1 Towing and Recovery|Interstate Tow & Salvage|Kenny's Towing".split("|")
INSURERS = "State Farm|Progressive|GEICO|Farm Bureau|Allstate|ICBC|SGI|NRMA|AAMI|Aviva".split("|")
HIGHWAYS = "I-80|I-29|US-287|Highway 2|SR 99|I-94|US-83|the Trans-Canada|the Hume|SH1".split("|")

# Publishing.
JOURNALS_INST = ("St. Columba's University Hospital|Dunedin Hospital|Christian Medical College Vellore|"
                 "Groote Schuur|Sunnybrook|Royal Darwin Hospital|Sultan Qaboos University Hospital|Tygerberg").split("|")
CONFERENCES = "the RCEM Annual Scientific Conference|ACEM ASM|the CAEP conference|SAEM|the ACP Internal Medicine meeting|the ESC Congress".split("|")
EMAIL_DOMAINS = "nhs.net|hse.ie|health.wa.gov.au|ahs.ca|cmcvellore.ac.in|uct.ac.za|squ.edu.om|otago.ac.nz|gmail.com|outlook.com".split("|")
