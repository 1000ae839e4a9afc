"""Round 42's name, place and setting pools, typed from the author's own knowledge (decision 261).

CULTURES: name -> (male given names, female given names, surnames). An underscore joins a multi-word surname or given
name ("de_Jong"); people.py splits it into one span per word. Word names (ordinary English words) are drawn apart.
"""

CULTURES = {
    "Irish": ("Cian Padraig Eoin Tadhg", "Siobhan Aoife Niamh Grainne", "O'Sullivan Donnelly Keane Ni_Bhriain Mac_Carthaigh"),
    "Welsh": ("Rhys Gethin Iolo Dafydd", "Angharad Ffion Seren Eirlys", "Pritchard Llewellyn ap_Rhys Vaughan Pugh"),
    "Yorkshire English": ("Barry Clive Nigel Alf", "Maureen Glenys Beryl Shirley", "Ackroyd Hirst Sutcliffe Greenwood Thwaite"),
    "Dutch": ("Joost Pieter Maarten Sjoerd", "Femke Annelies Marijke Sanne", "de_Jong van_Dijk Bakker Visser Mulder"),
    "Flemish": ("Wouter Koen Jef Stijn", "Griet Lieve An Hilde", "Vermeulen Claes Van_den_Broeck Peeters Maes"),
    "Swedish": ("Gunnar Ake Linus Bjorn", "Ingrid Solveig Maja Elsa", "Lindqvist Bergstrom Nyberg Holmgren Sjoberg"),
    "Icelandic": ("Gudmundur Einar Sigurdur Halldor", "Sigrun Gudrun Katrin Hildur", "Gudmundsdottir Einarsson Sigurdsson Jonsdottir"),
    "Polish": ("Grzegorz Wojciech Krzysztof Tomasz", "Malgorzata Agnieszka Jadwiga Bozena", "Wisniewski Kowalczyk Zielinska Grabowski Szymanska"),
    "Czech": ("Jiri Vaclav Radek Ondrej", "Jana Zdenka Lenka Marketa", "Dvorak Novotna Prochazka Kucera Cerny"),
    "Hungarian": ("Laszlo Zoltan Gyorgy Bence", "Erzsebet Katalin Zsuzsanna Reka", "Nagy Kovacs Szabo Farkas Toth"),
    "Romanian": ("Ionut Mihai Dragos Costel", "Ioana Florentina Mirela Oana", "Popescu Ionescu Dumitrescu Stanciu Radulescu"),
    "Ukrainian": ("Taras Bohdan Mykola Ostap", "Oksana Halyna Solomiia Kateryna", "Shevchenko Bondarenko Kovalchuk Tkachenko Hnatyuk"),
    "Albanian": ("Arben Driton Fatmir Besnik", "Drita Mimoza Blerta Valbona", "Hoxha Krasniqi Berisha Gashi Shehu"),
    "Bosnian": ("Emir Jasmin Adnan Mirza", "Amra Lejla Selma Aida", "Hodzic Mujic Begovic Hadzic Kovacevic"),
    "Greek": ("Giorgos Spyros Panagiotis Stavros", "Eleni Despina Vasiliki Chrysoula", "Papadopoulos Konstantinidis Georgiou Pappas Karras"),
    "Portuguese": ("Joao Rui Nuno Tiago", "Conceicao Fatima Ines Madalena", "Medeiros Pacheco Furtado Raposo dos_Reis"),
    "Basque": ("Iñaki Xabier Gorka Unai", "Amaia Nerea Itziar Ainhoa", "Etxeberria Goikoetxea Arrieta Urrutia Zubizarreta"),
    "Catalan": ("Jordi Pere Oriol Arnau", "Montserrat Nuria Mireia Laia", "Puig Vilaseca Ferrer Soler Casals"),
    "Austrian": ("Florian Lukas Wolfgang Gerhard", "Hannelore Theresia Ulrike Waltraud", "Gruber Huber Pichler Moser Steiner"),
    "Turkish": ("Mehmet Emre Burak Mustafa", "Ayse Zeynep Elif Gulsen", "Yilmaz Ozturk Demir Celik Aydin"),
    "Kurdish": ("Rebwar Dilshad Aram Serhat", "Shilan Roj Nazdar Berivan", "Barzani Mahmoud Ahmadi Zebari Rashid"),
    "Persian": ("Dariush Behrouz Kourosh Farhad", "Shirin Golnaz Parvaneh Mahnaz", "Tehrani Hosseini Rahimzadeh Farahani Moradi"),
    "Egyptian": ("Mahmoud Tarek Sherif Amr", "Nermeen Heba Dalia Samah", "Abdel_Rahman El_Sayed Fawzy Mansour Soliman"),
    "Yemeni": ("Abdulrahman Fuad Yahya Nabil", "Amal Suad Fatima Arwa", "Al_Hakimi Saleh Qassem Mutahar Al_Aghbari"),
    "Palestinian": ("Khalil Rami Samer Yousef", "Rania Lina Dima Nour", "Khoury Barghouti Haddad Nasser Odeh"),
    "Israeli": ("Yossi Avi Eitan Noam", "Noa Tamar Michal Shira", "Mizrahi Peretz Biton Friedman Avraham"),
    "Sephardic": ("Moise Nissim Haim Salomon", "Rivka Esther Allegra_Luna Sultana", "Benveniste Abravanel Toledano Sasson Cardozo"),
    "Amharic": ("Tesfaye Getachew Dawit Yonas", "Meseret Tigist Hirut Selamawit", "Bekele Haile Gebremariam Tadesse Mengistu"),
    "Akan": ("Kwame Kofi Yaw Kwabena", "Akosua Ama Abena Efua", "Mensah Owusu Boateng Asante Agyeman"),
    "Ga": ("Nii Tetteh Nortey Lartey", "Naa Dedei Korkor Adoley", "Quaye Armah Tagoe Lamptey Ankrah"),
    "Hausa": ("Abubakar Musa Sani Bashir", "Hauwa Zainab Binta Hadiza", "Danjuma Bello Garba Usman Lawal"),
    "Bamileke": ("Fotso Tchoupo Kamga Ngassa", "Tchoumi Mafo Ngueko Djoumessi", "Kamdem Tchinda Fokou Nana Wandji"),
    "Malagasy": ("Hery Tojo Rivo Andry", "Voahangy Lalao Fara Nirina", "Rakotomalala Randrianarisoa Rasoanaivo Andrianjafy"),
    "Zulu": ("Sipho Thabo Bongani Mandla", "Nomvula Thandeka Zanele Lindiwe", "Dlamini Ndlovu Mkhize Zulu Khumalo"),
    "Swahili": ("Juma Baraka Hamisi Rashidi", "Mwanaisha Zawadi Rehema Neema", "Mwinyi Said Bakari Omari Salim"),
    "Kikuyu": ("Kamau Njoroge Mwangi Githinji", "Wanjiru Nyambura Wambui Njeri", "Kariuki Gitau Waweru Kinyanjui Muriithi"),
    "Baganda": ("Ssemakula Mukasa Kato Ssekandi", "Nakato Nabirye Namutebi Nansubuga", "Kiwanuka Lubega Ssali Mulondo Kizza"),
    "Lozi": ("Mubita Sitali Mwangala Lubasi", "Inonge Namakau Mulenga Liseli", "Akapelwa Nyambe Sikota Imasiku"),
    "Cape Verdean": ("Adilson Nelson Ivo Djoy", "Dulce Edna Maria_da_Luz Nha", "Tavares Semedo Lopes Fortes Monteiro"),
    "Haitian": ("Jean-Robert Wilner Fritznel Dieuseul", "Mirlande Nadege Guerline Rose-Marie", "Pierre-Louis Jean-Baptiste Dorvil Celestin Toussaint"),
    "Dominican": ("Yunior Wander Franklin Rafael", "Yokasta Altagracia Yaritza Massiel", "Almonte Rosario Peralta Batista Mejia"),
    "Colombian": ("Jhon Andres Wilmer Hernando", "Yurani Luz_Dary Marleny Paola", "Ospina Restrepo Cardenas Arango Giraldo"),
    "Quechua": ("Wayra Amaru Kusi Inti", "Sisa Killa Nina Urpi", "Mamani Quispe Huaman Condori Ccapa"),
    "Chilean": ("Cristobal Matias Benjamin Joaquin", "Javiera Constanza Catalina Francisca", "Gonzalez Munoz Valenzuela Fuentealba Saavedra"),
    "Argentine": ("Facundo Gonzalo Santiago Agustin", "Florencia Milagros Agustina Belen", "Benitez Acosta Sosa Romero Gimenez"),
    "Tamil": ("Karthik Senthil Murugan Arul", "Kavitha Meenakshi Lakshmi Selvi", "Subramaniam Ramasamy Kandasamy Pillai Natarajan"),
    "Telugu": ("Venkatesh Srinivas Ravi Naveen", "Sravani Padmaja Lavanya Swathi", "Reddy Naidu Chowdary Rao Kommineni"),
    "Gujarati": ("Hitesh Jignesh Mukesh Chirag", "Hetal Bhavna Komal Nisha", "Patel Desai Shah Parikh Modi"),
    "Punjabi Sikh": ("Gurpreet Harjit Jaswinder Manjit", "Harpreet Simran Kuldeep Navneet", "Sandhu Gill Dhillon Grewal Sidhu"),
    "Bengali": ("Sourav Anirban Tanvir Rafiq", "Moushumi Rumana Shirin Tahmina", "Chowdhury Bhattacharya Hossain Rahman Mukherjee"),
    "Bhojpuri": ("Ramesh Chandan Sanjay Umesh", "Sunita Rinku Anita Pooja", "Yadav Tiwari Pandey Prasad Mishra"),
    "Uzbek": ("Rustam Bakhtiyor Sherzod Jasur", "Dilnoza Gulnora Nodira Malika", "Karimov Tashkentova Yusupov Rakhimova Ergashev"),
    "Kazakh": ("Nurlan Yerlan Daniyar Askar", "Aigerim Gulnar Saule Dana", "Nurlanov Bekova Zhaksybekov Seitkali Abenova"),
    "Mongolian": ("Batbayar Ganbold Temuujin Bold", "Oyunchimeg Sarangerel Enkhjargal Nomin", "Dorj Bat-Erdene Ganbaatar Tserendorj"),
    "Tibetan": ("Tenzin Lobsang Jigme Tashi", "Dolma Pema Yangchen Dechen", "Tsering Namgyal Dhondup Norbu Gyaltsen"),
    "Cantonese": ("Wai_Keung Chi_Ming Kwok_Leung Ka_Ho", "Mei_Ling Siu_Fong Wai_Yin Lai_Kuen", "Chan Wong Leung Cheung Lau"),
    "Mandarin": ("Jianguo Weiming Haoran Zhiqiang", "Xiaoying Lihua Yanping Jingjing", "Zhang Liu Zhao Sun Gao"),
    "Thai": ("Somchai Anan Kittisak Prasert", "Malee Siriporn Kanya Ratana", "Srisuk Chaiyaporn Wongsawat Thongchai Boonmee"),
    "Khmer": ("Sokha Vuthy Dara Chanthou", "Sreymom Channary Bopha Sophea", "Chhim Keo Prak Sok Nhem"),
    "Karen": ("Saw_Htoo Eh_Doh Saw_Ler Hser_Nay", "Naw_Paw Mu_Lah Hser_Htoo Paw_Say", "Moo Wah Htoo Soe Paw"),
    "Malay": ("Azman Hafiz Faizal Shahrul", "Nurul Siti Aisyah Farah", "bin_Abdullah binti_Ismail Rahim Osman Jaafar"),
    "Tagalog": ("Rodel Jomar Efren Arnel", "Marites Rosalinda Lorna Jocelyn", "Dela_Cruz Manalo Bautista Macaraeg Villanueva"),
    "Chamorro": ("Jesus Vicente Juan_Jose Ignacio", "Dolores Ana Rosa Remedios", "Cruz Taitano Quinata Aguon Mendiola"),
    "Native Hawaiian": ("Keoni Kalani Makana Ikaika", "Leilani Malia Kanani Noelani", "Kahananui Kealoha Kamakau Akana Kaleo"),
    "Cherokee": ("Sequoyah Jessan Tsali Wade", "Adsila Ayita Galilahi Cricket", "Sixkiller Swimmer Walkingstick Wolfe Squirrel"),
    "Ojibwe": ("Migizi Nodin Darrell Waabanang", "Nimkii Winona Bernadette Aninaatig", "Bellecourt Kingbird Morningstar Jourdain Stillday"),
    "Mohawk": ("Tehoranion Kanen Aronhiaies Ross", "Kahentinetha Konwenni Kanerahtiio Tanya", "Deer Jacobs Horn Montour Diabo"),
    "Crow": ("Conrad Marlon Dale Harold", "Arlene Velma Lorena Cerise", "Not_Afraid Real_Bird Old_Coyote Three_Irons Medicine_Horse"),
    "Cheyenne": ("Otis Landon Floyd Roy", "Winona Gail Rhonda Marla", "Spotted_Elk Limpy Roman_Nose Little_Coyote Two_Moons"),
    "Comanche": ("Quanah Delbert Wallace Kenneth", "Juanita LaDonna Pauline Tahpay", "Tahmahkera Wahnee Pahcoddy Tselee Monetathchi"),
    "Gullah Geechee": ("Cornelius Ezekiel Jerome Lonnie", "Queen_Esther Minerva Earline Hattie", "Grant Mack Singleton Manigault Gadsden"),
    "Russian Mennonite": ("Abram Heinrich Jakob Cornelius", "Aganetha Helena Susanna Katharina", "Friesen Penner Wiebe Dyck Klassen"),
}

# Ordinary English words used as names: the forms the scrubber is known to find hard (issue #14).
WORD_GIVEN_MALE = "Frank Rich Rusty Dusty Lane Guy Grant Will Art Chip Sonny Duke Earl Rex Ray Jack Buddy Royce Forrest Rocky".split()
WORD_GIVEN_FEMALE = "Hazel Ivy Rose Lily Violet Iris Daisy Fern Olive Amber Crystal Misty Summer Sky Patience Constance Bonnie Ginger Candy Sandy".split()
WORD_SURNAMES = ("Brooks Hill Stone Field Mills Rivers Lake Bush Green Brown White Black Gray Young Rich Price Cook Baker "
                 "Butcher Turner Potter Weaver Hunt Fox Wolf Lyons Hart Ward Gross Small Short Best Goodman Noble Sweet "
                 "Storm Rain Snow Summers Bond Case Story Street Wall House Chambers Parks Woods Ford Moss Root Branch "
                 "Berry Rice Bacon Lemon Pepper Salt Honey Bird Sparks Gentry").split()

# Small towns, many of them ordinary words, and the ways physicians place them ("out by", "up near").
WORD_TOWNS = [t.replace("_", " ") for t in ("Bucksnort Frog_Level Monkey's_Eyebrow Bugtussle Possum_Kingdom Difficult Rough_and_Ready Goodnight "
              "Dime_Box Pie_Town Truth_or_Consequences Greasy Nameless Eek Lick_Skillet Bee Spot Ordinary "
              "Okay Cool Bigfoot Welcome Success Fearsome Advance Cornstalk Tea Rainbow Peanut Snowflake Marrowbone").split()]
TOWNS = [t.replace("_", " ") for t in ("Guymon Hugoton Dalhart Tahlequah Chinle Hays Moab Vidalia Waycross Natchez Yazoo_City Helena Pikeville "
         "Hazard Beckley Elkins Keokuk Ottumwa Mitchell Pierre Glasgow Havre Elko Ely Tonopah Barstow Blythe "
         "Brawley Yreka Astoria Kodiak Bethel Nome Bemidji Hibbing Escanaba Houghton Marquette Rhinelander "
         "Paducah Cairo Carbondale Jasper Vincennes Chillicothe Zanesville Altoona Scranton Wilkes-Barre "
         "Bangor Presque_Isle Rutland Keene Lumberton Kinston Florence Dothan Opelousas Houma Thibodaux "
         "Laredo Del_Rio Eagle_Pass Alpine Pecos Hobbs Gallup Farmington Durango Trinidad Alamosa Pueblo").split()]
COUNTIES = [t.replace("_", " ") for t in "Hardin Muskingum Lowndes Pike Tishomingo Cherokee Cimarron Rio_Arriba Apache Navajo Presidio Deaf_Smith".split()]
PREPOSITIONS_FOR_TOWNS = ["in", "from", "out by", "up near", "down in", "over in", "outside", "just past"]
STREETS = [t.replace("_", " ") for t in "Cedar Locust Pecan Sycamore Depot Mill Railroad Church Frontage Old_Mill Quarry Levee".split()]
STREET_KINDS = ["St", "Rd", "Ave", "Ln", "Dr", "Pike", "Hwy"]

# Settings centred by round 42 (decision 261).
TRIAL_SPONSORS = ["Halvorsen Therapeutics", "Brightwater Bio", "Kessler-Lund Pharma", "Arcadia Oncology", "Tremont Biologics", "Ostrava Clinical"]
TRIAL_SITES = ["Lakeshore Clinical Research", "Prairie Research Associates", "Gulf Coast Trials Center", "Summit Health Research", "Red River Clinical Studies", "Piedmont Research Partners"]
CROS = ["Meridian CRO", "Tidewater Research Services", "Corvane Clinical", "Blueridge Monitoring Group"]
JAILS = ["Harlan County Detention Center", "Big Muddy River Correctional Center", "Coffield Unit", "Mule Creek State Prison", "Riverbend Correctional", "[[LOCATION:Tent City]] annex", "Pendleton Correctional Facility", "Rikers"]
PODS = ["pod [[ID:C]]", "[[ID:D]]-pod", "[[ID:B]] block", "unit [[ID:4]]", "[[ID:K]] dorm", "seg [[ID:2]]", "[[ID:3]] north", "med pod [[ID:A]]"]
SHELTERS = ["Jefferson Elementary", "First Baptist Church", "St. Ambrose Parish Hall", "Lincoln Middle School", "Grace Lutheran", "Mount Zion AME", "the [[LOCATION:Franklin High]] gym", "[[LOCATION:Holy Cross]] fellowship hall"]
INCIDENTS = ["Complex Fire", "Ridge Fire", "Derecho", "Spring Flood", "Dam Breach", "Cedar Fire"]
BRIDGES = ["the Hawthorne Bridge", "the [[LOCATION:10th Street]] overpass", "the [[LOCATION:Broadway]] viaduct", "the Morrison Bridge", "the [[LOCATION:I-35]] underpass", "the [[LOCATION:Cherry Street]] bridge", "the Burnside Bridge", "the [[LOCATION:6th Street]] viaduct"]
MISSIONS = ["Union Gospel Mission", "Haven House", "Harbor Light", "Dorothy Day House", "St. Vincent's Shelter", "Bread of Life Mission", "Open Door Mission", "Loaves and Fishes"]
STREET_NAMES = ["Shorty", "Preacher", "Tex", "Boots", "Smokey", "Cowboy", "Little Man", "Sarge", "Red", "Peaches", "Mama T", "Bird"]
WORKPLACES = ["Granite Ridge Mine", "Peabody Twentymile", "the [[LOCATION:Hormel]] plant", "Smithfield Tar Heel", "Amazon SDF8", "Wayne Farms", "Deepwater Horizon II", "Nucor Steel", "Kennecott", "Bayer Muscatine", "Cedar Valley Dairy", "Schwan's"]
ADJUSTERS_FIRMS = ["Gallagher Bassett", "Sedgwick", "CorVel", "Travelers", "Liberty Mutual", "Zenith"]
UNITS = ["3rd Battalion, 7th Marines", "1-502nd Infantry", "82nd Airborne", "HSC-25", "VFA-147", "2nd Cavalry Regiment", "173rd Airborne Brigade", "101st Sustainment Brigade"]
SHIPS = ["USS Ronald Reagan", "USS Bataan", "USNS Mercy", "USS Gravely", "USS Bainbridge", "USS Makin Island"]
BASES = ["Fort Cavazos", "Camp Lejeune", "Fort Campbell", "Ramstein", "Joint Base Lewis-McChord", "Camp Humphreys", "Naval Station Rota", "Fort Drum", "Kadena", "Camp Pendleton"]
RANKS = ["Sgt", "SSG", "Cpl", "LCpl", "SFC", "PO2", "Chief", "Capt", "Lt", "Maj", "Spc", "PFC", "HM3", "Gunny"]
VENUES = ["Arrowhead", "Lambeau", "Soldier Field", "the Gorge", "Red Rocks", "Bristol Motor Speedway", "Neyland Stadium", "Ford Field", "the Minnesota State Fairgrounds", "Talladega", "the Iowa State Fair", "Jiffy Lube Live"]
EVENTS = ["the Twin Cities Marathon", "the [[LOCATION:Cowtown]] half", "Bayou City Marathon", "the Peachtree", "Hogeye Marathon", "Grandma's Marathon", "the Tulsa Run", "Bix 7"]
HOSPITALS = ["St. Luke's", "Mercy Regional", "Baptist Memorial", "Hendrick", "Cabell Huntington", "Good Samaritan", "Providence Holy Cross", "Sanford", "Avera McKennan", "Ochsner"]
PORTALS = ["MyChart", "FollowMyHealth", "athenaPatient", "Healow"]
DEVICE_MAKERS = ["Omron", "iHealth", "BodyTrace", "Withings", "Tenovi"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"]
CITIES_ABROAD = ["Vicenza", "Kaiserslautern", "Okinawa City", "Pyeongtaek", "Sasebo", "Grafenwohr", "Yokosuka", "Aviano"]
