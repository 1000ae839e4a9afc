"""Round 43's word pools, typed from the author's own knowledge (decision 266): names by culture, word names, towns,
facilities of the round's settings, and the shapes of their numbers. Nothing here was copied from an earlier round."""

# culture: (male given names, female given names, surnames); a person's sex is the half drawn from.
CULTURES = {
    "Rohingya": ("Mohammed_Ayaz Nurul Rafiq Anwar Jamal", "Rashida Minara Nur_Begum Hasina Sanjida", "Hossain Ullah Islam Alam Rahman"),
    "Hakha Chin": ("Thang Van_Lian Sui Bawi Ngun", "Par Tial Zing Sung Hnem", "Thawng Lian Hmung Bik Cung"),
    "Zomi": ("Pau Khai Cin Thang_Za Gin", "Niang Dim Huai Cing Man", "Tuang Khup Suan Mung Lian"),
    "Karenni": ("Bu_Reh Khu Reh Plo", "Mu Meh Dee Paw", "Reh Meh Htoo Bu Soe"),
    "Pashtun": ("Zabihullah Gul_Agha Shafiq Naqibullah Wali", "Zarghuna Malalai Palwasha Shabnam Gulalai", "Popal Wardak Khan Achakzai Stanikzai"),
    "Tajik": ("Rustam Farrukh Jamshed Bakhtiyor Firdavs", "Dilnoza Gulnora Zarina Mehrangez Tahmina", "Rahmonov Saidov Nazarova Karimov Sharipov"),
    "Kyrgyz": ("Azamat Nurlan Bakyt Ermek Talant", "Aigerim Jyldyz Cholpon Nurzat Aizhan", "Asanov Toktogulov Mamytova Dzhumabaev Sydykov"),
    "Azerbaijani": ("Elchin Rashad Vugar Anar Tural", "Gunel Aynur Leyla Sevinj Nigar", "Aliyev Mammadov Huseynova Guliyev Hasanov"),
    "Chechen": ("Ruslan Magomed Akhmed Islam_Ali Zelimkhan", "Zarema Madina Kheda Aset Petimat", "Dudaev Umarov Basaeva Tsaraev Gakaev"),
    "Belarusian": ("Aliaksandr Siarhei Uladzimir Yauhen Andrei", "Alesia Hanna Volha Yulia Iryna", "Lukashevich Kavalchuk Zhuk Bahdanovich Shchur"),
    "Moldovan": ("Ion Vasile Sergiu Dumitru Vadim", "Doina Ludmila Natalia Cristina Tatiana", "Rusu Ceban Ciobanu Lungu Munteanu"),
    "Bulgarian": ("Hristo Stoyan Todor Dimitar Krasimir", "Tsvetelina Radka Yordanka Desislava Milena", "Petrov Georgieva Hristov Todorova Kolev"),
    "Macedonian": ("Goce Zoran Blagoja Trajko Nikola", "Biljana Vesna Jasmina Slavica Marija", "Trajkovski Stojanovska Nikolovski Petrovska Janev"),
    "Slovenian": ("Matej Primoz Bostjan Janez Luka", "Spela Mojca Tina Urska Nina", "Novak Horvat Kranjc Zupancic Kos"),
    "Latvian": ("Janis Andris Martins Kaspars Edgars", "Ilze Inese Liga Baiba Zane", "Berzins Kalnina Ozols Liepina Krumins"),
    "Estonian": ("Tanel Jaan Rein Priit Margus", "Kadri Triin Liis Piret Maarja", "Tamm Saar Sepp Magi Kask"),
    "Sicilian": ("Salvatore Calogero Rosario Gaetano Carmelo", "Concetta Rosalia Agata Carmela Santina", "Lo_Bue La_Rosa Scaduto Messina Sciortino"),
    "Sardinian": ("Efisio Gavino Antioco Bachisio Giommaria", "Maria_Bonaria Ignazia Giovanna Peppina Raimonda", "Sanna Piras Melis Pinna Deiana"),
    "Galician": ("Xose Xoan Brais Anxo Uxio", "Uxia Iria Antia Xiana Noela", "Otero Castro Varela Fraga Lamas"),
    "Maltese": ("Joseph Carmel Ray Saviour Godfrey", "Marthese Doris Carmen Josephine Marija", "Borg Camilleri Vella Farrugia Zammit"),
    "Bavarian": ("Xaver Sepp Korbinian Alois Quirin", "Zenzi Walburga Resi Kreszenz Vroni", "Huber Gruber Wimmer Brandl Obermaier"),
    "Swiss German": ("Urs Beat Reto Ueli Mathias", "Ursula Regula Verena Barbara Nadja", "Mueller Baumgartner Ammann Zbinden Schaerer"),
    "Frisian": ("Sjoerd Wiebe Tjeerd Hidde Jelle", "Sietske Trijntje Aukje Geertje Baukje", "Hoekstra Dijkstra Postma Wiersma Bakker"),
    "Breton": ("Yann Gwenael Erwan Loic Tanguy", "Gwenaelle Maiwenn Nolwenn Rozenn Enora", "Le_Goff Le_Bihan Kerjean Quere Le_Floch"),
    "Amish": ("Eli Amos Levi Menno Jonas", "Lydia Mattie Rebecca Sadie Fannie", "Yoder Stoltzfus Hershberger Beiler Zook"),
    "Hutterite": ("Jakob Paul Zacharias Darius Andreas", "Susanna Rachel Katharina Elisabeth Judith", "Hofer Waldner Wipf Kleinsasser Stahl"),
    "Fulani": ("Amadou Boubacar Oumarou Hamidou Sadou", "Aissatou Mariama Djenabou Hawa Kadiatou", "Diallo Bah Barry Sow Balde"),
    "Luo": ("Otieno Odhiambo Ochieng Onyango Okoth", "Akinyi Atieno Adhiambo Awino Anyango", "Oduya Omondi Ouma Owino Okello"),
    "Maasai": ("Lekishon Saitoti Parsimei Kiplagat Lemayian", "Naserian Nashipae Naishorua Sintamei Nasieku", "Ole_Sankale Ole_Nkuraiya Kisemei Lemaiyan Ntimama"),
    "Shona": ("Tendai Farai Tafadzwa Tinashe Kudakwashe", "Rutendo Chiedza Nyasha Ruvimbo Tsitsi", "Moyo Chikwanha Mutasa Mushonga Chiweshe"),
    "Ndebele": ("Sipho Thulani Mthokozisi Bhekimpilo Sibusiso", "Nomvula Sithembile Thandiwe Nokuthula Sikhanyisiwe", "Ncube Dube Sibanda Nkomo Mpofu"),
    "Xhosa": ("Lwazi Luthando Mzwandile Siyabonga Anele", "Nosipho Thandeka Zintle Lindiwe Noluthando", "Mbeki Ngcobo Mahlangu Nqakula Qoboza"),
    "Ovambo": ("Tangeni Hafeni Shikongo Nangolo Petrus", "Ndapandula Ndeshipanda Hilma Selma Ndinelago", "Amutenya Nghifindaka Shilongo Haufiku Iipumbu"),
    "Rwandan": ("Jean_Damascene Emmanuel Innocent Gatete Olivier", "Uwase Mukamana Ingabire Uwimana Umutoni", "Habimana Nshimiyimana Mugabo Niyonsaba Bizimana"),
    "Banyamulenge": ("Rukundo Sebagabo Mushishi Gakunzi Bisamaza", "Nyiramana Kanyange Mukeshimana Uwera Bihoyiki", "Rwabuneza Semahoro Ntakirutimana Mutware Kayira"),
    "Somali Bantu": ("Abdiwali Mberwa Hassan_Ali Muya Jilo", "Khadija_Mwana Mwanaisha Hawa_Mohamed Mana Faadumo", "Mukami Mberwa Sheikh_Aden Bakar Mwanjika"),
    "Sidama": ("Tadele Abebe Dukale Meskele Hailu", "Tadelech Almaz Aster Tigist Meseret", "Dukale Hayesso Gudura Bekele Wolde"),
    "Nubian": ("Abdelrahim Osman Idris Mahgoub Saeed", "Awadia Nafisa Halima Sumaya Rawda", "Abdalla Fadl Osman Mahgoub Karrar"),
    "Amazigh": ("Idir Massinissa Yuba Amazigh Aksel", "Tiziri Dihya Tanirt Thilleli Tafsut", "Ait_Ahmed Oubella Amellal Ait_Kaci Bouzid"),
    "Tunisian": ("Hamza Bilel Wassim Skander Anis", "Rim Amel Ines Syrine Olfa", "Ben_Salah Trabelsi Jaziri Chaouachi Gharbi"),
    "Chaldean": ("Basil Nabil Salam Raad Fadi", "Suhad Nidhal Raghad Rana Bushra", "Kassab Yono Shamoun Jarbou Hermiz"),
    "Assyrian": ("Sargon Ashur Ninos Shimun Yonan", "Shamiram Ramina Atour Ninwe Ester", "Odisho Benyamin Khoshaba Warda Yousif"),
    "Yazidi": ("Khairy Barakat Haji Dakhil Qasim", "Nadia Gulizar Zeri Layla Khokhe", "Murad Khalaf Ilyas Shammo Sulaiman"),
    "Druze": ("Wajdi Kamal Salman Fares Nizar", "Wafa Sahar Najwa Ruba Hiba", "Halabi Abu_Saleh Jumblatt Khatib Mansour"),
    "Emirati": ("Saeed Rashid Hamdan Khalifa Sultan", "Mahra Shamma Hessa Moza Alyazia", "Al_Mazrouei Al_Ketbi Al_Shamsi Al_Dhaheri Al_Nuaimi"),
    "Kannada": ("Manjunath Shivakumar Prakash Nagaraj Basavaraj", "Shwetha Kavya Roopa Lakshmi Sumalatha", "Gowda Hegde Shetty Kulkarni Patil"),
    "Odia": ("Biswajit Debasish Pradeep Sanjib Subrat", "Sasmita Jyotsna Pragyan Itishree Subhashree", "Mohanty Mishra Panda Behera Sahoo"),
    "Assamese": ("Hiranya Bhaskar Pranjal Dhruba Nayan", "Jonali Pallabi Rimjhim Bornali Dipshikha", "Baruah Bora Gogoi Hazarika Saikia"),
    "Baloch": ("Dad_Shah Mir_Hazar Baloch_Khan Karim Sardar", "Mahnaz Gul_Bibi Sammi Zeenat Bano", "Marri Bugti Rind Mengal Raisani"),
    "Sherpa": ("Pemba Ang_Rita Mingma Lhakpa Dawa", "Pasang Lhamu Doma Yangzi Diki", "Sherpa Lama Tamang Gyalzen Norbu"),
    "Mon": ("Nai_Shwe Min_Aung Mehm Banyar Ong", "Mi_Sein Mi_Than Mi_Aye Mi_Htay Mi_Khin", "Kyin Thein Oo Soe Hla"),
    "Rhade": ("Y-Bhim Y-Sim Y-Hlong Y-Buon Y-Ngo", "H-Bia H-Nun H-Lan H-Yuor H-Dem", "Nie Ktla Buon_Ya Mlo Adrong"),
    "Iu Mien": ("Kao Fou Lai Chan Nai", "Mey Sio Muang Chai Kae", "Saechao Saefong Saelee Saeteurn Saephan"),
    "Javanese": ("Bambang Joko Sutrisno Agus Wahyu", "Sri Endang Wulan Ratna Dwi", "Susilo Wibowo Santoso Purnomo Widodo"),
    "Minangkabau": ("Rizal Fauzi Hendri Yulizar Afrizal", "Yusnidar Rahmi Delfi Nurhayati Elvi", "Chaniago Piliang Tanjung Koto Sikumbang"),
    "Cebuano": ("Junrey Dodong Rhoel Jomar Roldan", "Jinky Marites Lovely Rhea Janelle", "Cabahug Pepito Alcantara Tampus Labrador"),
    "Fuzhounese": ("Lin_Feng Chen_Wei Zheng_Hao Weng Lian", "Xiuying Meifang Yuelan Chunhua Aiping", "Lin Chen Zheng Weng Huang"),
    "Uyghur": ("Abdurehim Memet Ilham Tursun Erkin", "Gulnar Mihrigul Rahile Zulpiye Ayshem", "Tohti Niyaz Abdukerim Memtimin Kurban"),
    "Marshallese": ("Jebro Kinomo Hilton Wilbur Amon", "Lijon Neijon Daisy_Mae Jemima Kanki", "Langrine Lajikam Jibas Kabua Anjain"),
    "Chuukese": ("Kachutosy Sapuro Kimeuo Roston Enis", "Mareta Sinina Meilani Tiana Kinsey", "Mori Sapwin Nakamura Bisalen Esirom"),
    "Fijian": ("Viliame Jone Sevanaia Epeli Tevita", "Litia Salote Mereani Adi_Vika Unaisi", "Ratu_Naivalu Vakacegu Tuilau Naitini Raikadroka"),
    "Garifuna": ("Wellington Cirilo Luciano Teofilo Justo", "Sunilda Mirna Aurelia Clotilde Yolanda", "Castillo Bermudez Arzu Suazo Martinez"),
    "Mixtec": ("Nicasio Fortino Isaias Hermenegildo Bulmaro", "Eufemia Sabina Macedonia Virginia Rufina", "Mendoza Lopez Cuevas Sanchez Bautista"),
    "Zapotec": ("Leobardo Eleazar Odilon Crisanto Urbano", "Zenaida Eustolia Floriberta Nayeli Celerina", "Ruiz Jimenez Matus Santiago Vasquez"),
    "Mam": ("Fidencio Baltazar Anacleto Pascual Mateo", "Candelaria Micaela Petrona Juana Felipa", "Ramirez Perez_Cinto Roblero Gabriel Velasquez"),
    "Venezuelan": ("Yonaiker Luisangel Jeferson Wuilmer Yorman", "Yuleidy Marielys Oriana Daniela Yusmary", "Pacheco Briceno Carrasquel Urdaneta Zambrano"),
    "Aymara": ("Wilfredo Evo Fortunato Pascual Teodoro", "Wara Justina Amaru Sabina Nayra", "Quispe Choque Mamani Apaza Ticona"),
    "Bahamian": ("Shavargo Dwayne Kendrick Deangelo Tavarus", "Shavonne Latoya Kendria Deshanna Tamika", "Rolle Cartwright Ferguson Knowles Pinder"),
    "Lumbee": ("Dalton Hubert Bobby_Ray Carnell Purnell", "Marlene Glenda Twila Delores Shelby", "Locklear Oxendine Chavis Lowery Hunt"),
    "Choctaw": ("Sonny_Lee Cephus Ward Arlis Dwight", "Tammye Cheryl Lavada Vonda Jewell", "Tubby Billie Wesley Frazier Noahubbi"),
    "Blackfeet": ("Darrell Earl Leland Wendell Gordon", "Rosella Marlys Leatrice Vernetta Dolly", "Wagner Running_Crane Bull_Shoe Heavy_Runner Old_Person"),
    "Tlingit": ("Walter Lyle Delbert Rodney Harold", "Marie Esther Ruth Loretta Vesta", "Jackson Peratrovich Kadashan Willard Soboleff"),
    "Sami": ("Nils_Aslak Ante Mikkel Isak Jovnna", "Sara_Marit Inga Elle Risten Ellen", "Utsi Sara Eira Somby Gaup"),
    "Faroese": ("Sjurdur Rogvi Heini Bardur Jogvan", "Sunnvá Turid Ronja Maria Bjork", "Joensen Hansen Dam Poulsen Olsen"),
}

# Word names: given names and surnames that are ordinary English words (about one draw in five).
WORD_GIVEN_M = "Frank Rich Dale Glen Cliff Heath Wade Lance Bill Mark Pat Drew Gray Sonny Rusty Bud Carol Sterling".split()
WORD_GIVEN_F = "Hazel Ivy Faith Hope Joy Dawn April May June Merry Honey Robin Wren Holly Ruby Pearl Opal Jade Destiny Precious".split()
WORD_SURNAMES = ("Brooks Rich Frank Payne Hurt Legg Foote Head Bone Blood Burns Cutts Sickles Gall Coffey Bell Sharp Hale "
                 "Little Strong Bird Fish House Church Temple Hand Kidd Doolittle Goodnight Luck Money Silver Price Bridges "
                 "Castle Parish Marsh Meadows Summers Winters Easter Christmas Sunday Friday Weekley Hazel Ivey").split()

# Small towns (many of them ordinary words) and their states; a town is drawn with or without its state.
TOWNS = [("Accident", "MD"), ("Boring", "OR"), ("Chicken", "AK"), ("Eclectic", "AL"), ("Fries", "VA"), ("Hazard", "KY"),
         ("Kermit", "WV"), ("Nimrod", "MN"), ("Odd", "WV"), ("Panic", "PA"), ("Peculiar", "MO"), ("Pie Town", "NM"),
         ("Two Egg", "FL"), ("Waterproof", "LA"), ("Bowlegs", "OK"), ("Chloride", "AZ"), ("Cornucopia", "WI"),
         ("Drain", "OR"), ("Flippin", "AR"), ("Lizard Lick", "NC"), ("Needmore", "TX"), ("Ninety Six", "SC"),
         ("Rabbit Hash", "KY"), ("Toad Suck", "AR"), ("Sweet Lips", "TN"), ("Worms", "NE"), ("Nags Head", "NC"),
         ("Frankfort", "KY"), ("Ivy", "VA"), ("Hazel Park", "MI"), ("Brooks", "OR"), ("Rich Square", "NC"),
         ("Springdale", "AR"), ("Storm Lake", "IA"), ("Worthington", "MN"), ("Marshalltown", "IA"), ("Dalton", "GA"),
         ("Siler City", "NC"), ("Schuyler", "NE"), ("Lexington", "NE"), ("Garden City", "KS"), ("Dodge City", "KS"),
         ("Scottsbluff", "NE"), ("Nogales", "AZ"), ("Yuma", "AZ"), ("Clarksdale", "MS"), ("Dyersburg", "TN"),
         ("Elkins", "WV"), ("Hays", "KS"), ("Tupelo", "MS"), ("Pikeville", "KY"), ("Bemidji", "MN"),
         ("Enid", "OK"), ("Hobbs", "NM"), ("Kearney", "NE"), ("Utica", "NY"), ("Bowling Green", "KY"),
         ("Fargo", "ND"), ("Lewiston", "ME"), ("Hamtramck", "MI"), ("Clarkston", "GA"), ("Amarillo", "TX")]

NURSING_HOMES = ["Willow Creek Manor", "Pecan Hollow Gardens", "Good Shepherd Rehab", "Crestview Health and Rehab",
                 "Magnolia Place", "Evergreen Terrace", "St. Brigid's Home", "Maple Lawn Care Center", "Heritage Oaks",
                 "Riverbend Senior Living", "Cedar Ridge Nursing", "Autumn Leaves Memory Care", "Bethany Village",
                 "Sunny Acres", "Golden Rule Home"]
DIALYSIS_UNITS = ["DaVita Riverside", "Fresenius Kidney Care Elm Street", "FKC North Hills", "DaVita Big Timber",
                  "US Renal Care Westgate", "Prairie Kidney Center", "DCI Oak Park", "Bluegrass Dialysis",
                  "Lakeshore Renal", "Satellite Dialysis of Millbrook"]
TRANSPORTERS = ["Medi-Van", "Ace Wheelchair Transport", "Rural Rides", "Caring Wheels", "Mountain Express Transport",
                "Tri-State Med Ride", "Blue Heron Transport", "Safe Passage Van"]
SCHOOLS = ["Lincoln Elementary", "Roosevelt Middle", "Central High", "Jefferson Davis Elementary", "Washington Irving Middle",
           "Pine Grove Elementary", "Bethel Christian Academy", "Sacred Heart School", "Eastside Magnet", "Hillcrest Middle",
           "Mountain View High", "Ridgemont Elementary"]
DAYCARES = ["Little Sprouts", "Tiny Tots Learning Center", "Busy Bees Daycare", "Kiddie Korner", "Rainbow Kids Academy",
            "Noah's Ark Childcare", "Sunshine Early Learning", "ABC Playhouse"]
CAMPS = ["Kakuma", "Dadaab", "Nyarugusu", "Kutupalong", "Mae La", "Zaatari", "Nakivale", "Kiziba", "Bidi Bidi", "Umpiem Mai"]
CITIES_ABROAD = ["Aleppo", "Homs", "Herat", "Kandahar", "Mazar-i-Sharif", "Goma", "Bukavu", "Uvira", "Kismayo", "Baidoa",
                 "Juba", "Malakal", "Sittwe", "Maungdaw", "Hakha", "Tegucigalpa", "San Pedro Sula", "Huehuetenango",
                 "Maracaibo", "Barquisimeto", "Mosul", "Sinjar", "Dushanbe", "Osh", "Grozny", "Kharkiv"]
DETENTION = ["Otay Mesa", "Adelanto", "Karnes", "Dilley", "Krome", "Stewart", "Port Isabel", "Eloy", "LaSalle",
             "Elizabeth Detention Center", "Torrance County", "Winn Correctional"]
AGENCIES = ["World Relief", "Catholic Charities", "Lutheran Social Services", "HIAS", "Church World Service",
            "Bridge Refugee Services", "Jewish Family Service", "Refugee Services of Texas"]
EMS_SERVICES = ["Tri-County EMS", "Pafford", "Acadian", "MedStar", "Lifeline Ambulance", "Valley Ambulance",
                "Northstar EMS", "Rural/Metro"]
AIR_SERVICES = ["Life Flight", "Air Evac", "CareFlight", "AirLife", "LifeNet", "Guardian Air", "Eagle Med"]
HOSPITALS = ["St. Vincent's", "Mercy", "Baptist East", "Good Samaritan", "Regional One", "Providence St. Peter",
             "Covenant", "Memorial Hermann", "UMC", "Sacred Heart", "Baylor Scott and White", "Vanderbilt",
             "Parkland", "Our Lady of the Lake", "Christ Hospital"]
SHELTERS = ["Safe Harbor House", "Hope's Door", "Rose Brooks Center", "Haven House", "Mary's Place", "New Beginnings",
            "Bridge Street Shelter", "Sojourner House"]
PHARMACIES = ["Walgreens", "CVS", "Rite Aid", "Kroger", "Walmart", "Publix", "H-E-B", "Hy-Vee", "Harps", "Ingles"]
COMPOUNDERS = ["Apothecary Shoppe", "Westlake Compounding", "Pharmacy Lab of the Ozarks", "Belmar", "Ridgeway Custom Rx",
               "Town and Country Compounding"]
STREETS = ["Main", "Elm", "5th", "Dixon", "Broadway", "Airline Hwy", "Division", "MLK", "Poplar", "Cherry",
           "Route 9", "Old Mill Rd", "Walnut", "Highway 71", "Garland", "Bell"]
PLATFORMS = ["TikTok", "Instagram", "Facebook", "YouTube", "Snapchat", "Reddit", "Discord", "X"]
HANDLE_WORDS = ["glitter", "mama", "boss", "queen", "hunter", "ozark", "renal", "warrior", "daily", "vibes", "kitchen",
                "trucker", "nana", "fit", "real", "official", "lyfe", "babe", "bearded", "grows"]
GROUP_CHATS = ["Night Shift Ninjas", "4 West Crew", "Peds Moms of Clarkston", "Chair 12 Gang", "DON Survivors",
               "Bus 14 Parents", "Renal Warriors Group", "Tuesday Book Club"]
