"""Round 33's name, place and number pools, typed by this set's author from memory (decision 206).

CULTURES maps a culture to (men's given names, women's given names, surnames, women's surnames or None). Where a
language marks a woman's surname, the fourth entry holds the feminine forms, so a drawn woman gets one of them.
"""

CULTURES = {
    "Yoruba": (["Babatunde", "Oluwaseun", "Adewale"], ["Folake", "Yetunde", "Titilayo"], ["Adeyemi", "Ogunleye", "Balogun"], None),
    "Igbo": (["Chukwuemeka", "Obinna", "Ikenna"], ["Ngozi", "Chiamaka", "Adaeze"], ["Okonkwo", "Nwosu", "Eze"], None),
    "Akan": (["Kwame", "Kofi", "Yaw"], ["Akosua", "Ama", "Abena"], ["Mensah", "Boateng", "Owusu"], None),
    "Amharic": (["Tesfaye", "Dawit", "Bekele"], ["Selamawit", "Meron", "Hiwot"], ["Haile", "Gebremedhin", "Alemu"], None),
    "Zulu": (["Sipho", "Themba", "Bongani"], ["Nomvula", "Thandiwe", "Zanele"], ["Dlamini", "Mkhize", "Ndlovu"], None),
    "Shona": (["Tendai", "Farai", "Tatenda"], ["Rudo", "Chipo", "Nyasha"], ["Moyo", "Chikwanha", "Mutasa"], None),
    "Lingala": (["Mbuyi", "Kabasele", "Tshibanda"], ["Ngalula", "Mbombo", "Kapinga"], ["Kabongo", "Mukendi", "Ilunga"], None),
    "Bambara": (["Moussa", "Seydou", "Bakary"], ["Fatoumata", "Aminata", "Kadiatou"], ["Traoré", "Coulibaly", "Keïta"], None),
    "Sudanese": (["Abdelrahman", "Osman", "Elfatih"], ["Sawsan", "Nafisa", "Ikhlas"], ["Elmahdi", "Abdelgadir", "Babiker"], None),
    "Persian": (["Dariush", "Kourosh", "Mehrdad"], ["Shirin", "Golnaz", "Parisa"], ["Tehrani", "Mousavi", "Rostami"], None),
    "Kurdish": (["Rebaz", "Shvan", "Karwan"], ["Zhilwan", "Berivan", "Shilan"], ["Barzani", "Hawrami", "Zebari"], None),
    "Turkish": (["Emre", "Oğuz", "Serkan"], ["Elif", "Gülşen", "Derya"], ["Yıldırım", "Kaya", "Öztürk"], None),
    "Greek": (["Stavros", "Giorgos", "Thanasis"], ["Eleni", "Despina", "Kalliopi"], ["Papadakis", "Konstantinou", "Theodorou"], ["Papadaki", "Konstantinou", "Theodorou"]),
    "Bulgarian": (["Hristo", "Todor", "Plamen"], ["Tsvetelina", "Desislava", "Radka"], ["Petrov", "Ivanov", "Dimitrov"], ["Petrova", "Ivanova", "Dimitrova"]),
    "Romanian": (["Bogdan", "Mihai", "Cătălin"], ["Ioana", "Roxana", "Mirela"], ["Popescu", "Ionescu", "Dumitrescu"], None),
    "Hungarian": (["Zoltán", "Gábor", "Levente"], ["Zsuzsa", "Ildikó", "Enikő"], ["Nagy", "Szabó", "Horváth"], None),
    "Czech": (["Jiří", "Vojtěch", "Radek"], ["Lenka", "Markéta", "Zdeňka"], ["Novák", "Dvořák", "Procházka"], ["Nováková", "Dvořáková", "Procházková"]),
    "Slovak": (["Juraj", "Marek", "Peter"], ["Zuzana", "Katarína", "Ľubica"], ["Kováč", "Hudák", "Baláž"], ["Kováčová", "Hudáková", "Balážová"]),
    "Polish": (["Grzegorz", "Tomasz", "Wojciech"], ["Agnieszka", "Małgorzata", "Bożena"], ["Wiśniewski", "Kowalczyk", "Zieliński"], ["Wiśniewska", "Kowalczyk", "Zielińska"]),
    "Ukrainian": (["Taras", "Bohdan", "Mykola"], ["Oksana", "Halyna", "Solomiia"], ["Shevchenko", "Kovalenko", "Bondarenko"], None),
    "Russian": (["Dmitri", "Sergei", "Vadim"], ["Svetlana", "Yelena", "Lyudmila"], ["Volkov", "Sokolov", "Morozov"], ["Volkova", "Sokolova", "Morozova"]),
    "Dutch": (["Joost", "Maarten", "Sjoerd"], ["Femke", "Anouk", "Marieke"], ["van der Berg", "de Vries", "van Dijk"], None),
    "Flemish": (["Wouter", "Pieter-Jan", "Koen"], ["Lien", "Griet", "Sofie"], ["Vermeulen", "De Smet", "Van Damme"], None),
    "German": (["Jürgen", "Dieter", "Lukas"], ["Ursula", "Anneliese", "Hannelore"], ["Schäfer", "Hoffmann", "von Trapp"], None),
    "Portuguese": (["João", "Rui", "Tiago"], ["Conceição", "Fátima", "Inês"], ["Gonçalves", "dos Santos", "Magalhães"], None),
    "Brazilian": (["Thiago", "Rodrigo", "Caio"], ["Luana", "Thaís", "Raíssa"], ["Cavalcanti", "Albuquerque", "Nascimento"], None),
    "Mexican": (["Chuy", "Rigoberto", "Nicolás"], ["Guadalupe", "Xóchitl", "Yesenia"], ["Villaseñor", "Tlapa", "de la Garza"], None),
    "Puerto Rican": (["Yadiel", "Edwin", "Wilfredo"], ["Yaritza", "Maricelys", "Lourdes"], ["Rivera-Colón", "Santiago", "Figueroa"], None),
    "Dominican": (["Yunior", "Ramón", "Fausto"], ["Yokasta", "Altagracia", "Dayana"], ["Peralta", "Almonte", "Tavárez"], None),
    "Haitian": (["Jean-Robert", "Wesner", "Fritznel"], ["Mirlande", "Guerline", "Nadège"], ["Pierre-Louis", "Desrosiers", "Joseph"], None),
    "Jamaican": (["Delroy", "Winston", "Courtney"], ["Sharelle", "Marcia", "Shantel"], ["Campbell", "Brown-Thompson", "McKenzie"], None),
    "Peruvian": (["Wilber", "Percy", "Edgardo"], ["Milagros", "Rosario", "Flor"], ["Quispe", "Huamán", "Mamani"], None),
    "Venezuelan": (["Yorman", "Jhonny", "Deivis"], ["Yusmary", "Oriana", "Mariángel"], ["Bolívar", "Urdaneta", "Salcedo"], None),
    "Korean": (["Jae-won", "Seung-ho", "Min-jun"], ["Soo-ah", "Ji-yeon", "Hye-jin"], ["Baek", "Jang", "Hwang"], None),
    "Japanese": (["Haruto", "Kenji", "Takeshi"], ["Yui", "Naoko", "Sakura"], ["Takahashi", "Inoue", "Matsumoto"], None),
    "Mandarin": (["Zhiwei", "Jianguo", "Haoran"], ["Xiuying", "Meiling", "Yuxin"], ["Zhao", "Xu", "Guo"], None),
    "Cantonese": (["Ka-ho", "Wing-kit", "Chun-man"], ["Mei-ling", "Wai-yee", "Suk-fan"], ["Chan", "Leung", "Yeung"], None),
    "Vietnamese": (["Quang", "Tuấn", "Bảo"], ["Thảo", "Hằng", "Ngọc"], ["Nguyễn", "Trần", "Phạm"], None),
    "Khmer": (["Sokha", "Vannak", "Rithy"], ["Sreyneang", "Chanthou", "Bopha"], ["Sok", "Chea", "Heng"], None),
    "Lao": (["Somphone", "Khamphet", "Bounmy"], ["Noy", "Vilayvanh", "Souksavanh"], ["Phommachanh", "Sisouphanh", "Keomany"], None),
    "Thai": (["Somchai", "Anan", "Kittisak"], ["Nok", "Siriporn", "Pim"], ["Srisuk", "Chaiyaporn", "Wongsawat"], None),
    "Burmese": (["Aung", "Thura", "Kyaw"], ["Thandar", "Hnin", "Su"], ["Win", "Oo", "Htun"], None),
    "Filipino": (["Jun-jun", "Rodel", "Bong"], ["Maricel", "Lovely", "Jonalyn"], ["Dela Cruz", "Macaraeg", "Bautista"], None),
    "Malay": (["Hafiz", "Azlan", "Faizal"], ["Nurul", "Siti", "Aisyah"], ["bin Osman", "Rahim", "Ismail"], None),
    "Tamil": (["Senthil", "Karthik", "Murugan"], ["Kavitha", "Lakshmi", "Meenakshi"], ["Ramasamy", "Subramanian", "Pillai"], None),
    "Telugu": (["Venkat", "Srinivas", "Raghu"], ["Sravani", "Padma", "Lavanya"], ["Reddy", "Naidu", "Chowdary"], None),
    "Bengali": (["Arnab", "Sourav", "Tanvir"], ["Mousumi", "Rituparna", "Shirin"], ["Chatterjee", "Bhattacharya", "Hossain"], None),
    "Gujarati": (["Hitesh", "Jignesh", "Bhavin"], ["Hetal", "Falguni", "Komal"], ["Patel", "Shah", "Desai"], None),
    "Marathi": (["Sanket", "Omkar", "Vinayak"], ["Snehal", "Ashwini", "Madhuri"], ["Kulkarni", "Deshpande", "Joshi"], None),
    "Punjabi": (["Gurpreet", "Harjit", "Jaswinder"], ["Manpreet", "Simran", "Navjot"], ["Sandhu", "Grewal", "Dhillon"], None),
    "Urdu": (["Faisal", "Zeeshan", "Imran"], ["Ayesha", "Sadia", "Rabia"], ["Qureshi", "Siddiqui", "Chaudhry"], None),
    "Afghan Dari": (["Mirwais", "Nasrullah", "Farid"], ["Farzana", "Shabnam", "Mariam"], ["Popal", "Hakimi", "Wardak"], None),
    "Lebanese": (["Georges", "Charbel", "Elie"], ["Rita", "Nadine", "Carla"], ["Khoury", "Haddad", "El Hage"], None),
    "Iraqi": (["Haidar", "Mustafa", "Ammar"], ["Zainab", "Noor", "Rusul"], ["Al-Jubouri", "Al-Saadi", "Kadhim"], None),
    "Hebrew": (["Yossi", "Itai", "Avi"], ["Noa", "Shira", "Tamar"], ["Ben-David", "Shapiro", "Mizrahi"], None),
    "Yiddish": (["Mendel", "Shloime", "Zalman"], ["Chaya", "Rivky", "Faigy"], ["Teitelbaum", "Grossman", "Weinberger"], None),
    "Scottish": (["Hamish", "Callum", "Angus"], ["Morag", "Isla", "Kirsty"], ["MacLeod", "McAllister", "Urquhart"], None),
    "Cornish": (["Jago", "Treeve", "Kitto"], ["Morwenna", "Tamsin", "Demelza"], ["Trelawny", "Penrose", "Polglase"], None),
    "Breton": (["Yann", "Gwenaël", "Erwan"], ["Nolwenn", "Maïwenn", "Soazig"], ["Le Goff", "Le Bihan", "Kerhervé"], None),
    "French": (["Thierry", "Benoît", "Loïc"], ["Sandrine", "Brigitte", "Maëlle"], ["Lefèvre", "Mercier", "de la Roche"], None),
    "Italian": (["Gianluca", "Salvatore", "Rocco"], ["Giuseppina", "Carmela", "Chiara"], ["Esposito", "Russo", "De Luca"], None),
    "Maltese": (["Ġorġ", "Ċensu", "Pawlu"], ["Marija", "Rita", "Doris"], ["Borg", "Camilleri", "Farrugia"], None),
    "Chamorro": (["Jesse", "Vicente", "Juan"], ["Rosa", "Carmen", "Tita"], ["Taitano", "Cruz", "Aguon"], None),
    "Marshallese": (["Jebro", "Kino", "Hilton"], ["Lijon", "Neilani", "Tina"], ["Laninvelik", "Jorkan", "Anjain"], None),
    "Chuukese": (["Sinino", "Marvin", "Kinsley"], ["Rosalina", "Merilyn", "Elisa"], ["Sapwo", "Rain", "Eas"], None),
    "Apache": (["Darrell", "Wendell", "Lonnie"], ["Loretta", "Bernadine", "Velma"], ["Kessay", "Nez", "Goseyun"], None),
    "Hopi": (["Leroy", "Verlin", "Eldon"], ["Ramona", "Delphine", "Marlinda"], ["Sekaquaptewa", "Lomayestewa", "Honanie"], None),
    "Crow": (["Conrad", "Tyrel", "Burton"], ["Shawna", "Delilah", "Corinne"], ["Old Coyote", "Real Bird", "Not Afraid"], None),
    "Appalachian": (["Buford", "Clovis", "Junior"], ["Wanda", "Loretta", "Opal"], ["Caudill", "Slone", "Hatfield"], None),
    "Cajun": (["Beau", "Alcide", "Remy"], ["Evangeline", "Odile", "Clothilde"], ["Boudreaux", "LeBlanc", "Guidry"], None),
}

# Given names and surnames that are ordinary English words (the brief's "plus word names").
WORD_MEN = ["Hunter", "Chase", "Grant", "Ford", "Cash", "Royal", "Lane", "Dusty", "Wolf", "Sonny"]
WORD_WOMEN = ["Summer", "Ivy", "Joy", "Grace", "Dawn", "Crystal", "Sunny", "Precious", "Blessing", "Honey"]
WORD_SURNAMES = ["Baker", "Fields", "Stone", "Wolfe", "Post", "Gentry", "Hand", "Christmas", "Summers", "Walker",
                 "Mercy", "Strong", "Lamb", "Sugar", "Hale"]

NICKNAMES = ["Bubba", "Moose", "Tiny", "Pookie", "Peanut", "Boo", "Cuz", "Red", "Smitty", "Skeeter"]

# Small, word-like towns and places (US and abroad), counties, neighbourhoods, streets.
TOWNS = ["Truth or Consequences", "Ding Dong", "Nothing", "Why", "Boring", "Hell", "Accident", "Bumpass", "Peculiar",
         "Chicken", "Eek", "Embarrass", "Santa Claus", "Uncertain", "Gas", "Hygiene", "Loyal", "Rough and Ready",
         "Two Egg", "Monkey's Eyebrow", "Spread Eagle", "Bowlegs", "Fries", "Tightwad", "Cool", "Sandwich",
         "Protection", "Liberal", "Pray", "Mars", "Jupiter", "Earth", "Success", "Humble", "Lovely", "Rescue", "Index"]
COUNTIES = ["Yoakum County", "Lee County", "Coos County", "Loup County", "Shannon County", "Ziebach County",
            "Tunica County", "Owyhee County", "Mora County", "Baraga County"]
NEIGHBOURHOODS = ["Overtown", "Shaw", "Swede Hollow", "the Ironbound", "Little Haiti", "Bywater", "Tremé", "Dogtown",
                  "Over-the-Rhine", "Southie", "Pilsen", "Boyle Heights", "Kensington", "Fishtown", "Germantown"]
STREETS = ["4411 Larkspur Ct", "17 Mill Race Rd", "902 W Quarry St", "3 Hollow Log Ln", "2280 Old Ferry Pike",
           "61 Catbird Way", "7720 County Rd 19", "15 Tannery Row", "440 Saltbox Ln", "1208 Pecan Bottom Rd"]
ABROAD = ["Kisumu", "Gulu", "Mzuzu", "Jinja", "Hinche", "Jacmel", "Cap-Haïtien", "Quetzaltenango", "Chimaltenango",
          "Tegucigalpa", "Siguatepeque", "Ayacucho", "Cochabamba", "Tamale", "Kumasi", "Bo", "Kenema", "Mwanza",
          "Iringa", "Battambang", "Pursat", "Jalalabad", "Dhulikhel", "Lalitpur", "Chiang Rai", "Tacloban", "Iloilo"]

# Employers, sites and shops without a head noun.
EMPLOYERS = ["Menards", "Sheetz", "Buc-ee's", "Kroger", "Wawa", "Casey's", "Hy-Vee", "Tractor Supply", "Dollar General",
             "Stuckey's", "Love's", "Culver's", "Publix", "Meijer", "Fastenal", "Cintas", "Sysco", "Schwan's"]
