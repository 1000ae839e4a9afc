"""Names, places and numbers for round 16's generated posts (decision 122), typed by hand from the author's own
knowledge for this set; nothing here is copied from a registry or from the repository's lists."""

# (given, surname) pairs by culture; family-name-first cultures are stored given-first and printed by the template.
PEOPLE = [
    # Korean
    ("Seo-yeon", "Choi"), ("Ji-hoon", "Park"), ("Hae-in", "Jung"), ("Dong-wook", "Lee"), ("So-ra", "Yoon"),
    ("Eun-bi", "Han"), ("Min-jun", "Kang"),
    # Thai
    ("Pimchanok", "Srisawat"), ("Kittipong", "Chaiyaphum"), ("Anong", "Rattanakosin"), ("Supaporn", "Thongdee"),
    ("Wichai", "Kaewkla"),
    # Hmong and Lao
    ("Pa Houa", "Vang"), ("Kou", "Yang"), ("Txoov", "Her"), ("Yeng", "Lee"), ("Nou", "Vue"),
    ("Souksavanh", "Phommachanh"), ("Vilaysack", "Keomany"), ("Phonesavanh", "Sisouphanh"),
    # Greek
    ("Eleni", "Papadopoulou"), ("Giorgos", "Kostopoulos"), ("Dimitra", "Antonakou"), ("Spyros", "Vlachos"),
    ("Panagiota", "Karamanlis"),
    # Hungarian and Finnish
    ("Réka", "Horváth"), ("Erzsébet", "Farkas"), ("Gábor", "Varga"), ("Juhani", "Mäkelä"), ("Sanna", "Korhonen"),
    ("Eero", "Järvinen"), ("Tuomas", "Hämäläinen"),
    # Scandinavian
    ("Kjetil", "Bråten"), ("Mette", "Østergaard"), ("Solveig", "Løvik"), ("Håkon", "Brændeland"), ("Signe", "Dahlgård"),
    # Swahili, Zulu, Amharic
    ("Neema", "Achieng"), ("Juma", "Hamisi"), ("Rehema", "Njoroge"), ("Amani", "Kiprono"), ("Thandeka", "Zulu"),
    ("Sibusiso", "Khumalo"), ("Nomvula", "Ndlovu"), ("Selamawit", "Girma"), ("Abebe", "Haile"), ("Hirut", "Wolde"),
    # Haitian
    ("Marie-Carmel", "Joseph"), ("Fritznel", "Dorsainvil"), ("Guerline", "Charles"), ("Jean-Robert", "Étienne"),
    ("Nadège", "Bien-Aimé"),
    # Samoan and Hawaiian
    ("Losa", "Tuiasosopo"), ("Sina", "Fa'amausili"), ("Malia", "Leota"), ("Fetu", "Aumua"), ("Keoni", "Akana"),
    ("Pua", "Kanahele"), ("Makana", "Kahananui"),
    # Portuguese and Brazilian
    ("João Pedro", "Gonçalves"), ("Thiago", "Nascimento"), ("Maria da Conceição", "Ribeiro"), ("Luana", "Carvalho"),
    ("Rui", "Magalhães"),
    # Dutch with particles, Irish, Armenian, Georgian
    ("Annelies", "van den Heuvel"), ("Willemijn", "ter Horst"), ("Maarten", "van Dijk"), ("Bram", "de Groot"),
    ("Caoimhe", "O'Sullivan"), ("Eoin", "MacCarthy"), ("Niamh", "Ó Ceallaigh"), ("Tadhg", "Mac Suibhne"),
    ("Lusine", "Karapetian"), ("Armen", "Sarkissian"), ("Nairi", "Ghazarian"), ("Ani", "Manukyan"),
    ("Eka", "Mchedlishvili"), ("Levan", "Jugheli"), ("Tamar", "Abashidze"), ("Davit", "Kvaratskhelia"),
]

# Given names and surnames that are ordinary English words, paired the way the issue calls hard.
WORD_GIVEN = ["Hazel", "Ivy", "Olive", "Fern", "Willow", "Holly", "Ginger", "Amber", "Pearl", "Coral", "Sage", "Rowan",
              "Clay", "Dale", "Glen", "Cliff", "Rusty", "Sandy", "Brook", "Sterling", "Haven", "Story", "River", "Sky",
              "Blessing", "Precious", "Miracle", "Trinity", "Harbor", "Forest", "Meadow", "Earl", "Duke", "Prince"]
WORD_SURNAME = ["Wood", "Story", "Love", "Moss", "Marsh", "Heath", "Frost", "Cash", "Booth", "Mason", "Page", "Cook",
                "Lane", "Hall", "Bird", "Fox", "Wolf", "Swan", "Little", "Best", "Sweet", "Bliss", "Hale", "Hardy",
                "Noble", "King", "Friend", "Stone", "Steel", "Rock", "Brooks", "Banks", "Fields", "Sharpe", "Goodnight"]

NICKNAMES = ["Bubba", "Sissy", "Junebug", "Peanut", "Boo", "Duke", "Sunny", "Ti Jean", "Zé", "Kimo", "Nana Pua",
             "Mimi", "Lil Man", "Tootie", "Bear", "Chickie", "Kalo", "Noi", "Yiayia Eleni", "Big Mike"]

# Small towns said without a state (many named like words), with the two-letter code a template may add.
TOWNS = [("Story", "WY"), ("Ivy", "VA"), ("Hazel", "KY"), ("Love Valley", "NC"), ("Bland", "VA"),
         ("Tightwad", "MO"), ("Chicken", "AK"), ("Uncertain", "TX"), ("Happy", "TX"), ("Earth", "TX"),
         ("Muleshoe", "TX"), ("Okay", "OK"), ("Slapout", "OK"), ("Bowlegs", "OK"), ("Oblong", "IL"),
         ("Energy", "IL"), ("Defiance", "OH"), ("Panic", "PA"), ("Moon", "PA"), ("Eighty Four", "PA"),
         ("Jim Thorpe", "PA"), ("Index", "WA"), ("Riddle", "OR"), ("Zigzag", "OR"), ("Sublimity", "OR"),
         ("Surprise", "AZ"), ("Carefree", "AZ"), ("Chloride", "AZ"), ("Romance", "AR"), ("Smackover", "AR"),
         ("Sweet Lips", "TN"), ("Bucksnort", "TN"), ("Igloo", "SD"), ("Faith", "SD"), ("Cool", "CA"),
         ("Rough and Ready", "CA"), ("Frankenstein", "MO"), ("Nirvana", "MI"), ("Paradise", "MI"),
         ("Tranquility", "NJ"), ("Lizard Lick", "NC"), ("Eclectic", "AL"), ("Dinosaur", "CO"), ("Cando", "ND"),
         ("Plain", "WI"), ("Goodnight", "TX"), ("Wood", "SD"), ("Fruitland", "ID"), ("Kettle Falls", "WA"),
         ("Loving", "NM"), ("Mexico", "ME"), ("Lebanon", "KS"), ("Athens", "OH"), ("Hope Mills", "NC")]

STREETS = ["Linden Ave", "Quarry Rd", "Birch Hollow Ln", "Old Mill Rd", "Tamarack Ct", "Schoolhouse Rd",
           "E Magnolia St", "Caney Fork Rd", "Prairie View Dr", "Orchard Ln", "Sawmill Pike", "Kalani Pl"]

FACILITIES = ["Pine Haven Nursing Home", "Shady Rest Assisted Living", "Riverbend Dialysis", "St. Brendan's Parish",
              "Holy Trinity Greek Orthodox", "Hmong Alliance Church", "Wat Lao Buddhavong", "Bethel AME",
              "Lakeside Middle School", "Jefferson High", "the Cargill plant", "the Hormel plant",
              "the Walmart distribution center", "Grace Lutheran Preschool", "Sunrise Memory Care",
              "the Kroger on Main", "the Pilot truck stop"]

UK_ADDRESSES = ["22 Mill Lane, Hebden Bridge HX7 6DT", "Flat 3, 41 Clarence Rd, Bristol BS2 0NX",
                "9 Kirk Wynd, Falkland, Cupar KY15 7BS", "108 Heol y Deri, Cardiff CF14 6HF"]
CA_ADDRESSES = ["312 Rue Saint-Denis, Montréal QC H2X 3K8", "45 Birchmount Rd, Scarborough ON M1N 3J4",
                "Box 220, Gimli MB R0C 1B0", "17 Water St, Yarmouth NS B5A 1K9"]
AU_ADDRESSES = ["4 Wattle Cres, Mildura VIC 3500", "Unit 2/18 Esplanade, Cairns QLD 4870",
                "61 Stirling Hwy, Nedlands WA 6009"]
IN_ADDRESSES = ["No. 12, 3rd Cross, Jayanagar, Bengaluru 560011", "B-204 Shanti Niwas, Andheri East, Mumbai 400069",
                "House 7, Sector 15, Chandigarh 160015"]
MX_ADDRESSES = ["Calle Jacarandas 45, Col. Del Valle, CDMX 03100", "Av. Hidalgo 210, Col. Centro, Oaxaca 68000",
                "Privada Nogal 8, Col. Las Lomas, Monterrey, N.L. 64600"]
MILITARY = ["Unit 3050 Box 112, APO AE 09021", "PSC 80 Box 2231, APO AP 96367", "USS Nimitz FPO AP 96620",
            "Unit 8400 Box 55, DPO AE 09498", "CMR 402 Box 913, APO AE 09180"]

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me"]
URL_SHAPES = ["facebook.com/{h}", "instagram.com/{h}", "tiktok.com/@{h}", "www.gofundme.com/f/help-{h}",
              "www.caringbridge.org/visit/{h}", "linkedin.com/in/{h}", "x.com/{h}"]

# Towns that read as a country when said without their state: drawn only with the state code after them.
COUNTRY_LIKE = {"Mexico", "Lebanon"}

# Month names for dates in words and in European order.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "one hundred", 101: "a hundred and one", 102: "one hundred two", 103: "103"}
