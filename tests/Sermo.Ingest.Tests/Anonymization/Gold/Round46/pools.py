"""Name, place and organisation pools of round 46's held-out set (decision 294), typed from the author's own knowledge.

CULTURES maps a culture to (male given names, female given names, surnames); "_" joins the words of one name part
(each word becomes its own NAME span). Word names are ordinary English words a scrubber may take for words.
"""

CULTURES = {
    "Estonian": ("Tiit Rein Jaan Priit", "Kadri Triin Liis Merike", "Tamm Saar Kask Ilves Mägi"),
    "Latvian": ("Janis Edgars Arturs Raimonds", "Ilze Baiba Zane Inese", "Berzins Ozolins Kalnins Liepa"),
    "Slovene": ("Matej Bostjan Rok Ziga", "Spela Mojca Petra Nina", "Novak Kranjc Zupancic Kovacic"),
    "Macedonian": ("Goran Dejan Aleksandar Zoran", "Biljana Marija Elena Vesna", "Trajkovski Stojanovski Nikolovska Petreska"),
    "Bulgarian": ("Ivaylo Georgi Stoyan Hristo", "Desislava Radka Tsvetelina Yordanka", "Dimitrov Todorova Petkov Vasileva"),
    "Belarusian": ("Aliaksandr Siarhei Uladzimir Pavel", "Volha Hanna Tatsiana Iryna", "Kavalenka Navumchyk Lukashevich Hrynevich"),
    "Chechen": ("Ramzan Aslan Magomed Ruslan", "Zarema Kheda Milana Aminat", "Dudaev Khasanov Umarova Tsechoev"),
    "Azerbaijani": ("Elchin Rashad Vugar Tural", "Gunay Leyla Aytan Sevinj", "Aliyev Mammadova Huseynov Guliyev"),
    "Assyrian": ("Ninos Sargon Ashur Yonan", "Shamiram Ninva Atourina Ramina", "Khoshaba Benyamin Odisho Yokhana"),
    "Druze": ("Kamal Wajdi Nabih Fadi", "Samar Rima Nawal Hiba", "Jumblatt Halabi Abu_Saleh Zeineddine"),
    "Jordanian": ("Odai Yazan Laith Hamzeh", "Ruba Dana Lubna Haneen", "Al_Majali Haddad Obeidat Khasawneh"),
    "Tunisian": ("Slim Anis Mehdi Hatem", "Sonia Emna Ines Olfa", "Trabelsi Ben_Salah Jebali Gharbi"),
    "Amazigh": ("Idir Massinissa Aksel Mokrane", "Tiziri Dihya Thiziri Lounja", "Ait_Ahmed Amrouche Mammeri Oulhadj"),
    "Fulani": ("Amadou Boubacar Oumarou Hamidou", "Aissatou Hadiza Fanta Mariam", "Diallo Bah Sow Barry"),
    "Mandinka": ("Lamin Ebrima Sulayman Musa", "Isatou Fatoumata Binta Kaddy", "Jammeh Touray Fofana Kanteh"),
    "Temne": ("Alusine Sorie Foday Santigie", "Adama Hawa Mabinty Kadiatu", "Kamara Bangura Sesay Conteh"),
    "Kpelle": ("Flomo Kollie Gbessie Saye", "Korto Yah Musu Mawata", "Gbowee Kollie Sumo Pewee"),
    "Luo": ("Otieno Ochieng Odhiambo Onyango", "Akinyi Atieno Adhiambo Awino", "Ouma Okoth Omondi Owino"),
    "Luhya": ("Wafula Barasa Wekesa Simiyu", "Nafula Nekesa Naliaka Khisa", "Wanyama Masinde Makokha Wangila"),
    "Maasai": ("Lemayian Saitoti Koinet Sankale", "Naserian Nashipae Nalangu Seleina", "Ole_Sankale Parsimei Kipuri Lekishon"),
    "Nuer": ("Gatluak Ruach Gatkuoth Nyang", "Nyakuoth Nyaruach Nyabol Nyadak", "Gatwech Kuol Chuol Deng_Gai"),
    "Shona": ("Tendai Farai Tatenda Tinashe", "Rutendo Chipo Nyasha Tsitsi", "Moyo Chiweshe Mutasa Zvobgo"),
    "Xhosa": ("Lwazi Sipho Luthando Mthunzi", "Nomvula Ayanda Zintle Siphokazi", "Mbeki Ngcobo Dlamini_Zuma Qoboza"),
    "Kinyarwanda": ("Jean_Bosco Emmanuel Innocent Eric", "Aline Claudine Divine Solange", "Uwimana Niyonsaba Habimana Mukamana"),
    "Comorian": ("Said_Ali Ahmed Mchangama Soilihi", "Mariama Zalia Anfiat Echata", "Abdallah Mohamed_Said Bacar Ibouroi"),
    "Mauritian": ("Ravi Kishore Jean-Claude Yash", "Sharmila Marie-Anne Devika Priya", "Ramgoolam Jugnauth Bérenger Lallah"),
    "Odia": ("Debasish Pradeep Manas Subrat", "Sasmita Pragyan Itishree Lipsa", "Mohapatra Panda Behera Pattnaik"),
    "Assamese": ("Bhupen Hemanta Jitumoni Pranjal", "Anamika Pallavi Jonali Rupjyoti", "Bora Gogoi Saikia Baruah"),
    "Kannadiga": ("Shivakumar Raghavendra Prakash Girish", "Shwetha Kavya Sahana Bhavya", "Hegde Gowda Shetty Kulkarni"),
    "Rajasthani": ("Bhanwar Hanuman Govind Mahendra", "Sunita Kamla Santosh Manju", "Rathore Shekhawat Meena Choudhary"),
    "Pashtun": ("Zarmeen Gulalai Bakht Wazir", "Malalai Shabana Nazia Palwasha", "Yousafzai Afridi Khattak Durrani"),
    "Baloch": ("Sardar Nawab Jalal Dostain", "Mahrang Sammi Banuk Gulnaz", "Bugti Marri Mengal Rind"),
    "Tibetan": ("Tenzin Lobsang Dorje Ngawang", "Dolma Pema Yangchen Dechen", "Tsering Wangmo Gyatso Lhamo"),
    "Sherpa": ("Pasang Ang_Rita Mingma Lhakpa", "Pemba Dawa_Futi Nima Chhiring", "Sherpa Tamang Lama Gurung"),
    "Uyghur": ("Ilham Abdurehim Memet Erkin", "Gulnar Rahile Mihray Zumret", "Tohti Abdulla Kurban Niyaz"),
    "Sichuanese": ("Wei Jianguo Zhiqiang Haitao", "Xiuying Lanfang Jing Yan", "Deng Tang Luo Zhong"),
    "Cham": ("Ismail Muhamad Sos Yusof", "Fatimah Sarah Aminah Salmah", "Math Sa Ly Kim"),
    "Mien": ("Kao Fin Lai Mouang", "Nai Chiem Muang Ou", "Saechao Saelee Saefong Saeturn"),
    "Javanese": ("Bambang Joko Slamet Agus", "Sri Dewi Endang Wulan", "Susilo Prabowo Wibowo Hartono"),
    "Minangkabau": ("Rizal Syafrudin Fauzi Irwan", "Yusnaini Rahmi Nurhayati Elfira", "Datuak Chaniago Piliang Tanjung"),
    "Cebuano": ("Junrey Dodong Ritchie Jhon", "Marites Lovely Jonalyn Ginalyn", "Villaflor Cabahug Alcantara Ybañez"),
    "Marshallese": ("Kalani Rine Tonny Jemi", "Lijon Bwilej Jerina Neilani", "Kabua Zackhras deBrum Lanki"),
    "Chuukese": ("Kasio Ikeda Simako Benis", "Sinobu Marcelina Kiomi Rosalinda", "Narruhn Mori Sapuro Ruben"),
    "Fijian": ("Josaia Ratu Semi Viliame", "Adi Losana Mereseini Salote", "Rabuka Naulivou Tuilagi Vosanibola"),
    "Fiji Indian": ("Ashneel Ronit Vikash Shalendra", "Shalini Ranjeeta Anjani Priyanka", "Prasad Lal Chand Narayan"),
    "Galician": ("Xosé Brais Anxo Uxío", "Uxía Iria Antía Noa", "Castelao Outeiro Piñeiro Vilas"),
    "Sardinian": ("Efisio Gavino Salvatore Bachisio", "Grazia Tonina Maddalena Bonaria", "Porcu Sanna Pinna Melis"),
    "Sicilian": ("Calogero Turi Santo Carmelo", "Concetta Rosalia Agata Carmela", "Lo_Presti La_Rosa Scalia Zappulla"),
    "Swiss German": ("Urs Beat Reto Ueli", "Regula Vreni Corinne Barbara", "Grüter Zbinden Wyss Amstutz"),
    "Luxembourgish": ("Jos Gilles Luc Raoul", "Josiane Viviane Nicole Carole", "Wagner Schmit Weber Hoffmann"),
    "Faroese": ("Rógvi Jógvan Sjúrður Heini", "Rannvá Jóhanna Sólrun Turið", "Joensen Dam Poulsen Olsen"),
    "Sami": ("Ánte Niilas Mikkel Jovnna", "Máret Sára Ristin Elle", "Gaup Sara Eira Somby"),
    "Lumbee": ("Harold Dwayne Malcolm Ricky", "Carla Ruth Loretta Wanda", "Locklear Oxendine Chavis Hunt"),
    "Muscogee": ("Chebon Wotko Hutke Thomas", "Lokose Sokeyah Jennie Lena", "Harjo Tiger Yahola Beaver"),
    "Blackfeet": ("Chauncey Earl Wade Marvin", "Darrah Roxanne Theda Colleen", "Wagner Running_Crane Kipp Old_Person"),
    "Tlingit": ("Joe Lincoln Roy Gabe", "Ellen Nora Rosa Della", "Kookesh Hope Worl Dauenhauer"),
    "Amish": ("Eli Amos Jonas Levi", "Fannie Lydia Sadie Mattie", "Stoltzfus Beiler Zook Yoder"),
    "Zapotec": ("Eufemio Rufino Macedonio Tomás", "Eufrosina Petrona Zenaida Aurelia", "Ruiz_Cruz Matus Santiago Vásquez"),
    "Mixtec": ("Filemón Crispín Anastasio Leoncio", "Apolonia Macrina Ofelia Hermelinda", "Hernández_López Bautista Aguilar Cortés"),
    "Yucatec Maya": ("Wilbert Felipe Audomaro Ismael", "Adelaida Wendy Rosaura Pastora", "Canché Chan Poot Uc"),
    "Garifuna": ("Alvin Kerwin Theodore Wilfredo", "Margarita Dorla Keisha Lourdes", "Castillo Lambey Flores Norales"),
    "Nicaraguan": ("Yader Marlon Norman Ernesto", "Yessenia Karla Xiomara Fátima", "Chamorro Somoza Téllez Urbina"),
    "Venezuelan": ("Yorman Deiby Jhonny Wilmer", "Yusleidy Maryelis Anabel Génesis", "Pérez_Rosales Colmenares Mujica Briceño"),
    "Aymara": ("Evo Felipe Marcelino Nicanor", "Domitila Eulalia Nemesia Juana", "Mamani Quispe Choque Condori"),
    "Argentine": ("Facundo Gonzalo Santiago Matías", "Florencia Agustina Luciana Milagros", "Bianchi Fernández Gauna Ledesma"),
    "Bahamian": ("Dexter Kendrick Alpheus Shavonne", "Latoya Keva Shenique Delphine", "Rolle Ferguson Knowles Pinder"),
    "Vincentian": ("Kenroy Orande Junior Shafique", "Kerlene Juliana Tamara Ornella", "Gonsalves Ollivierre Cupid Sutherland"),
    "Guyanese": ("Kwame Shawn Devon Ryan", "Shondell Natasha Patrice Tiffany", "Bacchus Persaud Barker Jagan"),
    "Surinamese": ("Ronny Dési Roeshdie Stanley", "Ranomi Wendy Sharda Graziella", "Bouterse Santokhi Venetiaan Wijdenbosch"),
    "Okinawan Brazilian": ("Kenji Tadashi Mário Paulo", "Akemi Luciana Midori Sueli", "Higa Oshiro Tamashiro Kanashiro"),
    "Irish Connacht": ("Páraic Colm Ciarán Tadhg", "Sorcha Bríd Niamh Aoife", "Ó_Flaithearta Mac_Donncha Joyce Conneely"),
}

# Ordinary-word names: one given name in four and one surname in five are drawn from here.
WORD_GIVEN_MALE = "Bill Rusty Sonny Earl Guy Bud Woody Major Sterling Chance Booker Clay Forrest Ace".split()
WORD_GIVEN_FEMALE = "Dawn Hope Mercy Patience Constance Honey Sky Rain Summer Joy Brook Ginger Jade Amber".split()
WORD_SURNAMES = ("Fisher Wood Major Young Green Hill Rose Bird Fox Wolf Gold Small Strong Church Chapel Temple Pope "
                 "Cross Lord Marshal Tower Mills Ford Rivers Lake Meadows Berry Nutt Pickles Booth Golden Sterling "
                 "Friend Goodman Hand Head Fortune Wise Ballard Spencer Cook Mason").split()

TITLES = ("Dr", "Dr.", "Nurse", "Sister", "Elder", "Brother", "Pastor", "Father")

# Towns with no head noun; many are ordinary words.
WORD_TOWNS = ("Accident, Boring, Peculiar, Nimrod, Ding Dong, Chicken, Hot Coffee, Why, Uncertain, Difficult, Chance, "
              "Bird-in-Hand, Zigzag, Sublime, Rescue, Paradise, Defiance, Welcome, Energy, Reform, Triumph, Cool, "
              "Toast, Cornucopia, Oblong, Mobile, Reading, Independence, Liberty, Marion, Kettle Falls, Harlan, "
              "Ballina, Sweet Home, Sweetwater, Cheapside, Dime Box, Bumpass, Pie Town, Protem, Waterproof, "
              "Bowlegs, Nameless, Tarzan, Elbow Lake, Gravity, Sleepy Hollow").split(", ")
COUNTIES = ("Okanogan County, Pike County, Letcher County, Cherokee County, Bexar County, Yuma County, Adair County, "
            "Lamar County, Coos County, Ferry County, Tazewell County, Scioto County, Jasper County").split(", ")
CHURCHES = ("Greater Mount Zion Baptist, St. Casimir's, Bethel AME, Grace Fellowship, Holy Ghost Catholic Church, "
            "First Assembly of God, New Hope Missionary Baptist, St. Sava Serbian Orthodox, Trinity Lutheran, "
            "Calvary Chapel, Our Lady of Lourdes, Hmong Alliance Church, Shiloh Temple").split(", ")
RESTAURANTS = ("Ruth's Chris, Fogo de Chão, Capital Grille, Del Frisco's, Fleming's, Eddie V's, Morton's, "
               "Perry's Steakhouse, Mastro's, Bonefish Grill, Hofbrau Haus, Golden Corral, Lupe's Taqueria, "
               "Pho Saigon Star, Big Earl's BBQ, China Buffet King, Rosa's Cantina, The Rusty Anchor").split(", ")
VENUES = ("Elks Lodge 1123, Shady Pines campground, Camp Wakonda, Lakeview Event Barn, Silver Spur Saloon, "
          "Riverside Fairgrounds, Harmony Acres wedding venue, Moose Lodge 402, Twin Oaks Golf Club, "
          "Camp Kanakuk, the Rec Plex, Sunnyside Bowl, Holiday Inn Express Bristol").split(", ")
SCHOOLS = ("Roosevelt Middle School, Jefferson Elementary, Lincoln High, Cesar Chavez Academy, Northside Elementary, "
           "Oak Grove Elementary, Washington Irving Middle, St. Agnes School, Valley View High, Pioneer Elementary").split(", ")
STORES = ("Walgreens, CVS, Kroger, Publix, H-E-B, Meijer, Hy-Vee, Dollar General, Costco, Safeway, Food Lion, Piggly Wiggly").split(", ")
HOTELS = ("Gaylord Opryland, Marriott Marquis, Hilton Anatole, Loews Royal Pacific, Broadmoor, Westin Kierland, "
          "Hyatt Regency Orlando, JW Marriott Desert Ridge, Omni Shoreham, Fairmont Scottsdale").split(", ")
PHARMA = ("Novartis, AstraZeneca, Boehringer, Lilly, Pfizer, Genentech, Amgen, Vertex, Gilead, Regeneron, Sanofi, Takeda").split(", ")
BASES = ("Fort Liberty, Fort Cavazos, Fort Bliss, JBLM, Camp Lejeune, Camp Pendleton, Fort Campbell, Fort Drum, "
         "Fort Carson, Ramstein, Landstuhl, Camp Humphreys, Kadena, Fort Riley, Fort Stewart, Fort Sill, Al Udeid, "
         "Camp Arifjan, Naval Station Norfolk, Fort Johnson, Camp Buehring, Grafenwöhr").split(", ")
UNITS = ("2-503rd Infantry; 1st Battalion, 8th Marines; 3rd Brigade Combat Team; 101st Airborne; 82nd Airborne; "
         "10th Mountain; 1st Cavalry Division; 173rd Airborne Brigade; 25th Infantry Division; 4th Infantry Division; "
         "2nd Cavalry Regiment; 75th Ranger Regiment").split("; ")
COMPANIES = ("Alpha Company, Bravo Company, Charlie Company, Delta Company, HHC, Echo Battery").split(", ")
RANKS = ("SGT, SSG, SFC, SPC, PFC, CPL, LCpl, MSgt, TSgt, CPT, 1LT, MAJ, LTC, Maj, Capt, PO2, HM3, CW2").split(", ")
VA_SITES = ("Hines, Togus, Durham, Palo Alto, Loma Linda, Bay Pines, Tuskegee, Hot Springs, Fargo, Salem, "
            "White River Junction, Iron Mountain, Tomah, Big Spring").split(", ")
CBOC_TOWNS = ("Lufkin, Ozark, Kalispell, Tupelo, Ukiah, Tifton, Bemidji, Wytheville, Harlingen, Pikeville").split(", ")
NGOS = ("Hands of Hope Medical Missions, Living Water Clinics, Samaritan Outreach Partners, Crossroads Mission Board, "
        "Mercy Ships, Operation Smile, Lumière Health Haiti, Partners in Compassion, Good Shepherd Medical Team, "
        "Open Door Global Surgery").split(", ")
ABROAD = {  # village or town, district, country (country unlabelled)
    "Uganda": ("Kiwoko, Gulu, Lira, Mbale, Kabale, Tororo, Kasese", "Nakaseke, Amuru, Oyam, Bududa"),
    "Kenya": ("Kitale, Nyeri, Eldoret, Kisumu, Migori, Maralal", "Trans Nzoia, Homa Bay, Samburu, Bungoma"),
    "Malawi": ("Mzuzu, Zomba, Mangochi, Chikwawa, Nkhata Bay", "Rumphi, Mchinji, Thyolo, Dedza"),
    "Haiti": ("Jacmel, Hinche, Les Cayes, Cap-Haïtien, Mirebalais", "Thomassique, Cerca-la-Source, Belladère"),
    "Guatemala": ("Chichicastenango, Sololá, Nebaj, Cobán, San Lucas Tolimán", "Chajul, San Pedro Carchá, Cunén"),
    "Honduras": ("Copán Ruinas, La Ceiba, Trujillo, Gracias, Santa Rosa de Copán", "Erandique, Juticalpa, La Esperanza"),
    "Sierra Leone": ("Bo, Kenema, Makeni, Kabala, Lunsar", "Kailahun, Koinadugu, Port Loko"),
    "Nepal": ("Dhulikhel, Tansen, Bhaktapur, Jumla, Dadeldhura", "Gorkha, Sindhupalchok, Humla"),
}
HEALTH_DEPTS = ("Yakima Health District, Tri-County Health Department, Linn County Public Health, Pima County Health, "
                "Northeast Tennessee Regional Health Office, Franklin County Public Health, Cabell-Huntington Health "
                "Department, Coconino County Health and Human Services").split(", ")
BLOOD_CENTERS = ("Carter BloodCare, Vitalant, OneBlood, Versiti, Bloodworks Northwest, Miller-Keystone Blood Center, "
                 "LifeSouth, Inova Blood Donor Services, Kentucky Blood Center").split(", ")
WORKPLACES = ("Tyson, Nucor, Boeing, Toyota Georgetown, Whirlpool, Dollar Tree DC, Cabela's, John Deere Harvester Works, "
              "Rheem, Bass Pro, Sherwin-Williams, the Pilgrim's plant").split(", ")
DENTAL = ("Bright Smiles Family Dentistry, Aspen Dental, Coast Oral Surgery, Smile Direct Dental, Castle Dental, "
          "Heartland Oral & Maxillofacial, Pediatric Dental Partners, Mountainview Endodontics").split(", ")
BARS = ("Dusty Boot, Lucky Horseshoe, Mule Kick Tavern, Whiskey River, Cowboys Saloon, Bottoms Up, Hideout Lounge, "
        "Broken Spoke, Red Dog Saloon, Hog Heaven").split(", ")
PROGRAMS = ("UT Southwestern, Baylor Scott & White Temple, Mayo Jacksonville, UPMC Mercy, Christiana Care, "
            "Maine Medical Center, UAB Montgomery, Mercer Macon, Geisinger, Ochsner, Kettering, Creighton, "
            "Wright State, Harbor-UCLA, Einstein Philadelphia").split(", ")
CLINIC_SITES = ("Parkland, Ben Taub, Grady, Cook County, Highland, Bellevue, Harborview, Denver Health, "
                "San Francisco General, Truman Medical Center").split(", ")
STREETS = ("Locust St, Pecan Ave, Old Mill Rd, Ridgecrest Dr, County Road 14, Hwy 62, Bluebird Ln, Magnolia Ct, "
           "Depot St, Tanyard Rd, Persimmon Way, Cemetery Rd").split(", ")
