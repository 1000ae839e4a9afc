"""Names, places and numbers typed by hand for round 17's generator, from the author's own knowledge.

Nothing here was copied from a registry or from the repository's lists. Each list leans on what issue #14 calls hard:
given names and surnames that are ordinary words, cultures earlier rounds used less, towns named like words or like
people, addresses abroad and overseas military ones.
"""

# Given names that are also ordinary English words (flowers, weather, virtues, jobs, colours).
WORD_GIVEN = [
    "Fern", "Olive", "Clover", "Wren", "Lark", "Birdie", "Sunny", "Honey", "Misty", "Stormy", "Rocky", "Buck",
    "Chase", "Colt", "Ridge", "Forrest", "River", "Brook", "Shepherd", "Dusty", "Gray", "Bishop", "Major", "Royal",
    "Amber", "Crystal", "Holly", "Heather", "Daisy", "Violet", "Poppy", "Autumn", "Sky", "Cherry", "Ginger", "Rusty",
]

# Surnames that are also ordinary English words.
WORD_SURNAME = [
    "Bush", "Wolf", "Stone", "Field", "Bird", "Church", "Hill", "Lamb", "Bell", "Best", "Good", "Sweet", "Moody",
    "Hardy", "Strong", "Weeks", "Day", "Sharp", "Small", "Short", "Long", "Little", "Cross", "Bond", "Bean", "Pope",
    "Gold", "Snow", "Rain", "Marsh", "Pond", "Meadows", "Parks", "Wise", "Noble", "Power", "Law", "Rice", "Salt",
    "Frye", "Bacon", "Cook", "Mason", "Baker", "Fisher", "Dove", "Crane", "Swan", "Finch", "Root", "Branch",
]

# (given, surname) of cultures earlier rounds used less; Korean and Hungarian in their own family-first order.
CULTURE_NAMES = [
    ("Ji-woo", "Park"), ("Eun-ji", "Choi"), ("Min-seok", "Kang"), ("Seo-yeon", "Yoon"), ("Hyun-woo", "Kwon"),
    ("Somchai", "Srisuk"), ("Kittipong", "Boonmee"), ("Nattaya", "Chaiyaporn"), ("Pimchanok", "Wongsawat"),
    ("Pa Nhia", "Xiong"), ("Txhiaj", "Vang"), ("Mai Yer", "Lor"), ("Chue", "Thao"), ("Kou", "Moua"), ("Nou", "Vue"),
    ("Souksavanh", "Phommachanh"), ("Khamphoui", "Vongsa"), ("Bounmy", "Inthavong"),
    ("Eleni", "Papadopoulou"), ("Stavros", "Karagiannis"), ("Dimitra", "Alexiou"), ("Spyros", "Tsakalidis"),
    ("Erzsébet", "Kovács"), ("Zoltán", "Nagy"), ("Gyula", "Szabó"), ("Ilona", "Tóth"), ("Ferenc", "Horváth"),
    ("Aino", "Virtanen"), ("Jukka", "Mäkinen"), ("Pirkko", "Heikkilä"), ("Eero", "Korhonen"), ("Tuula", "Järvinen"),
    ("Bjørn", "Sørensen"), ("Åse", "Løvås"), ("Sølvi", "Ødegård"), ("Torbjørn", "Håland"), ("Mette", "Kjær"),
    ("Baraka", "Mwangi"), ("Neema", "Wanjiru"), ("Zawadi", "Mushi"), ("Rehema", "Kimaro"), ("Amani", "Njoroge"),
    ("Sipho", "Dlamini"), ("Thandiwe", "Mthembu"), ("Nomvula", "Zungu"), ("Bongani", "Khumalo"), ("Sizwe", "Ngcobo"),
    ("Tigist", "Alemu"), ("Dawit", "Bekele"), ("Meseret", "Haile"), ("Yonas", "Tesfaye"), ("Selamawit", "Girma"),
    ("Wilnide", "Pierre-Louis"), ("Jean-Robert", "Étienne"), ("Mirlande", "Célestin"), ("Fritznel", "Augustin"),
    ("Sione", "Faleolo"), ("Malia", "Tuiasosopo"), ("Tavita", "Fonoti"), ("Losa", "Leiataua"),
    ("Keoni", "Kahananui"), ("Leilani", "Kealoha"), ("Makana", "Akana"), ("Noelani", "Kamakau"),
    ("João Pedro", "Magalhães"), ("Luíza", "Gonçalves"), ("Thiago", "Carvalho dos Santos"), ("Conceição", "Ribeiro"),
    ("Pieter", "van der Linden"), ("Femke", "van den Berg"), ("Joost", "ter Horst"), ("Anouk", "de Wit"),
    ("Siobhán", "Ó Ceallaigh"), ("Pádraig", "Mac Giolla Bhríde"), ("Aoife", "Ní Bhriain"), ("Colm", "Ó Súilleabháin"),
    ("Anahit", "Hovhannisyan"), ("Garo", "Der Bedrossian"), ("Lusine", "Petrosyan"), ("Armen", "Karapetian"),
    ("Nino", "Beridze"), ("Giorgi", "Kapanadze"), ("Tamar", "Javakhishvili"), ("Levan", "Gelashvili"),
]

NICKNAMES = ["Peaches", "Boo", "Sissy", "Tootie", "Scooter", "Pokey", "Skeeter", "Doodle", "Nana Bee", "Lil Man",
             "Cookie", "Red", "Slim", "Bud", "Goose", "Moose", "Pudge", "Sugar", "Kiki", "Bebe"]

# Towns named like words or like people, with their state; the templates drop the state in "in"/"from"/"near" slots.
WORD_TOWNS = [
    ("Boring", "OR"), ("Hell", "MI"), ("Embarrass", "MN"), ("Normal", "IL"), ("Peculiar", "MO"), ("Tightwad", "MO"),
    ("Defiance", "OH"), ("Bird-in-Hand", "PA"), ("Chicken", "AK"), ("Ding Dong", "TX"), ("Oatmeal", "TX"),
    ("Frostproof", "FL"), ("Waterproof", "LA"), ("Igloo", "SD"), ("Hot Coffee", "MS"), ("Sandwich", "MA"),
    ("Climax", "MI"), ("Prosperity", "SC"), ("Experiment", "GA"), ("Rough and Ready", "CA"), ("Chunky", "MS"),
    ("Tuxedo", "NY"), ("Tea", "SD"), ("Turkey", "TX"), ("Friendly", "WV"), ("Index", "WA"), ("Bucksnort", "TN"),
    ("Spot", "TN"), ("Cool", "CA"), ("Sweet Home", "OR"), ("Lovelady", "TX"), ("Bliss", "ID"), ("Jolly", "TX"),
    ("Welcome", "MD"), ("Marble", "CO"), ("Cornucopia", "WI"), ("Paint Lick", "KY"), ("Slapout", "OK"),
    ("Ruth", "NV"), ("Eunice", "LA"), ("Edna", "TX"), ("Iola", "KS"), ("Ida", "MI"), ("Alma", "AR"), ("Ivanhoe", "MN"),
]

# Homes and care facilities a person lives in or is sent back to.
CARE_HOMES = [
    "Cedar Bluff Manor", "Maple Crest Rehab", "Golden Prairie Care Center", "Shady Oaks Assisted Living",
    "St. Brigid's Home", "Sunnyvale Memory Care", "Pleasant Acres Nursing Home", "Lutheran Home of Frostproof",
]

# Workplaces, schools, churches and clinics that place a person.
FACILITIES = [
    "Riverbend Dialysis", "Lakeside Family Clinic", "Hmong Alliance Church", "Wat Lao Buddhavong",
    "Holy Trinity Greek Orthodox Church", "St. Sarkis Armenian Church", "Kealoha Elementary", "Pine Ridge High School",
    "Heartland Pork Processing", "Northstar Fulfillment Center", "Kwik Trip on Hwy 53", "Menards Distribution Center",
    "First Samoan Congregational Church", "Église Baptiste Haïtienne Béthel",
]

STREETS = ["14 Larkspur Ln", "2207 County Rd 118", "88 Old Mill Rd", "4410 Hollyhock Dr", "905 W Pecan St",
           "17 Cottonwood Ct", "312 Bayou Vista Blvd", "6 Quarry Hill Rd", "1190 Kukui St", "73 Fjord Way"]

RURAL = ["RR 2 Box 71", "Rural Route 4, Box 1180", "HC 63 Box 22", "PO Box 417", "P.O. Box 92", "Box 1206"]

ZIPS = ["97009", "48169", "55732", "61761", "64078", "43512", "17505", "99732", "79087", "33843", "71375", "57236"]

# Overseas military and foreign addresses in GoldMarkup: the unit/box line and the ZIP or postcode are labelled, the
# APO/FPO/DPO code and a state, province or country are not (second-reading.md).
MILITARY = [
    "[[LOCATION:Unit 2050 Box 4190]], APO AP [[LOCATION:96278]]", "[[LOCATION:PSC 473 Box 12]], FPO AP [[LOCATION:96349]]",
    "[[LOCATION:Unit 8400 Box 0170]], DPO AE [[LOCATION:09498]]", "[[LOCATION:CMR 402 Box 877]], APO AE [[LOCATION:09180]]",
    "[[LOCATION:USS Gerald R. Ford (CVN 78)]], FPO AE [[LOCATION:09532]]", "[[LOCATION:PSC 819 Box 28]] FPO AE [[LOCATION:09645]]",
]

ABROAD = [
    "[[LOCATION:Headingley]], [[LOCATION:Leeds]] [[LOCATION:LS6 2QB]]", "[[LOCATION:Heath]], [[LOCATION:Cardiff]] [[LOCATION:CF14 4XW]]",
    "[[LOCATION:Malone Road]], [[LOCATION:Belfast]] [[LOCATION:BT9 7AB]]", "[[LOCATION:Marchmont]], [[LOCATION:Edinburgh]] [[LOCATION:EH9 1HU]]",
    "[[LOCATION:Calgary]], Alberta [[LOCATION:T2N 1N4]]", "[[LOCATION:Winnipeg]] MB [[LOCATION:R3E 0W2]]",
    "[[LOCATION:Halifax]], NS [[LOCATION:B3H 2Y9]]", "[[LOCATION:Toowoomba]] QLD [[LOCATION:4350]]",
    "[[LOCATION:Dubbo]] NSW [[LOCATION:2830]]", "[[LOCATION:Bendigo]] VIC [[LOCATION:3550]]",
    "[[LOCATION:Kozhikode]], Kerala [[LOCATION:673008]]", "[[LOCATION:Nagpur]] - [[LOCATION:440010]]",
    "[[LOCATION:Col. Chapultepec Norte]], [[LOCATION:Morelia]], Mich., C.P. [[LOCATION:58260]]",
    "[[LOCATION:Col. Las Águilas]], [[LOCATION:San Luis Potosí]] [[LOCATION:78260]]",
]
