"""Names, places, employers and numbers typed by hand for round 15's held-out set (decision 117).

Nothing here was copied from a registry or from the repository's lists; it is the author's own knowledge.
Each list is (given, surname) pairs so that a template can use either part, or both, in any order or case.
"""

# Names by tradition. Vietnamese are written family name first when the template says so.
VIETNAMESE = [("Thuy", "Nguyen"), ("Minh", "Tran"), ("Huong", "Pham"), ("Bao", "Le"), ("Khanh", "Vo"),
              ("Lan", "Dang"), ("Quang", "Bui"), ("Thao", "Huynh"), ("Duc", "Phan"), ("Ngoc", "Truong")]
NIGERIAN = [("Chukwuemeka", "Okonkwo"), ("Adaeze", "Nwosu"), ("Oluwaseun", "Adeyemi"), ("Folake", "Balogun"),
            ("Ifeoma", "Eze"), ("Babatunde", "Ogunleye"), ("Ngozi", "Okafor"), ("Emeka", "Obi"),
            ("Temitope", "Afolabi"), ("Yetunde", "Oyelaran"), ("Chiamaka", "Umeh"), ("Tunde", "Bakare")]
INDIAN = [("Priyanka", "Raghunathan"), ("Venkatesh", "Iyer"), ("Harpreet", "Sandhu"), ("Anjali", "Deshpande"),
          ("Suresh", "Krishnamurthy"), ("Lakshmi", "Subramanian"), ("Rohan", "Kulkarni"), ("Meenakshi", "Pillai"),
          ("Arjun", "Chatterjee"), ("Kavitha", "Reddy"), ("Gurpreet", "Dhillon"), ("Sanjay", "Bhattacharya")]
ARABIC = [("Yousef", "Al-Masri"), ("Fatima", "Haddad"), ("Omar", "Khalil"), ("Layla", "Nasser"),
          ("Khaled", "Abu-Zeid"), ("Mariam", "El-Sayed"), ("Tariq", "Barakat"), ("Noor", "Al-Qahtani"),
          ("Hamza", "Darwish"), ("Rania", "Saleh")]
POLISH = [("Grzegorz", "Wójcik"), ("Agnieszka", "Kowalczyk"), ("Krzysztof", "Zieliński"), ("Małgorzata", "Lewandowska"),
          ("Tomasz", "Szymański"), ("Katarzyna", "Wiśniewska"), ("Jerzy", "Dąbrowski"), ("Zofia", "Kaczmarek")]
FILIPINO = [("Maricel", "Bautista"), ("Rodel", "Santiago"), ("Jocelyn", "Dimaculangan"), ("Ronaldo", "Macapagal"),
            ("Lorna", "Villanueva"), ("Jerome", "Panganiban"), ("Analyn", "Soriano"), ("Bong", "Manalo")]
HISPANIC = [("María José", "Hernández Ruiz"), ("Juan Carlos", "Gutiérrez Soto"), ("Guadalupe", "Ramírez Ortega"),
            ("Luis Alberto", "Mendoza Salinas"), ("Ximena", "Castillo Paredes"), ("Jesús", "Villarreal Cantú"),
            ("Rocío", "Fuentes Aguilar"), ("Esteban", "Quintero Lozano"), ("Yesenia", "Torres Benavides")]
HYPHENATED = [("Anne-Marie", "Thibodeaux"), ("Jean-Pierre", "Lavoie"), ("Mary-Kate", "Fitzgerald-O'Brien"),
              ("Sarah", "Lindqvist-Okoye"), ("Kwame", "Mensah-Bonsu"), ("Li-Na", "Chen-Whitaker"),
              ("Hye-jin", "Park"), ("Ellen", "Moreau-Sanchez")]
# Names that are also English words, the hard case in running text.
WORD_NAMES = [("Hope", "Grant"), ("Faith", "Young"), ("Rose", "Hunter"), ("Mark", "Price"), ("Bill", "Young"),
              ("Will", "Hunter"), ("Grant", "Price"), ("Hope", "Sterling"), ("Faith", "Marsh"), ("Rose", "Bush"),
              ("Mark", "Street"), ("Bill", "Long"), ("Will", "Rich"), ("Joy", "Cash"), ("Dawn", "Brook"),
              ("Summer", "Hall"), ("Rich", "Head"), ("Penny", "Farthing"), ("Sunny", "Day"), ("Ray", "Bright"),
              ("Chip", "Mason"), ("Robin", "Wood"), ("Pat", "Hand"), ("Iris", "Field")]
ANGLO = [("Darlene", "Pruitt"), ("Wendell", "Coffey"), ("Tammy", "Sizemore"), ("Earl", "Hatfield"),
         ("Brenda", "Kowalski"), ("Dwayne", "McAllister"), ("Keisha", "Washington"), ("Tyrone", "Jefferson"),
         ("Shaniqua", "Robinson"), ("DeShawn", "Pettaway"), ("Marlene", "Stoltzfus"), ("Vernon", "Yoder")]
OTHER = [("Siosaia", "Taufa"), ("Aigerim", "Nurlanovna"), ("Dawit", "Tesfaye"), ("Sione", "Fifita"),
         ("Niamh", "Ní Bhriain"), ("Oksana", "Hrytsenko"), ("Ayşe", "Yılmaz"), ("Kenji", "Watanabe"),
         ("Xiaoming", "Zhou"), ("Farida", "Rahimi"), ("Bogdan", "Popescu"), ("Asha", "Warsame")]

ALL_NAMES = VIETNAMESE + NIGERIAN + INDIAN + ARABIC + POLISH + FILIPINO + HISPANIC + HYPHENATED + WORD_NAMES + ANGLO + OTHER

RELATIONS = ["daughter", "son", "wife", "husband", "granddaughter", "grandson", "niece", "nephew", "sister",
             "brother", "neighbor", "caregiver", "stepson", "partner", "aunt", "great-grandson"]

# Small towns with their state; many are words or sound like clinical words.
TOWNS = [("Pie Town", "NM"), ("Truth or Consequences", "NM"), ("Chugwater", "WY"), ("Ten Sleep", "WY"),
         ("Bucksnort", "TN"), ("Possum Trot", "KY"), ("Monkeys Eyebrow", "KY"), ("Ordinary", "VA"),
         ("Accident", "MD"), ("Hygiene", "CO"), ("Nothing", "AZ"), ("Why", "AZ"), ("Romance", "AR"),
         ("Success", "MO"), ("Humble", "TX"), ("Dime Box", "TX"), ("Cut and Shoot", "TX"), ("Gravity", "IA"),
         ("What Cheer", "IA"), ("Mars", "PA"), ("Bird-in-Hand", "PA"), ("Loving", "NM"), ("Cuba", "MO"),
         ("Tightwad", "MO"), ("Sweet Lips", "TN"), ("Bowlegs", "OK"), ("Slapout", "OK"), ("Toad Suck", "AR"),
         ("Lizard Lick", "NC"), ("Whynot", "NC"), ("Chicken", "AK"), ("Unalakleet", "AK"), ("Kalaheo", "HI"),
         ("Zap", "ND"), ("Mitchell", "SD"), ("Pullman", "WA"), ("Forks", "WA"), ("Coldfoot", "AK"),
         ("Tuba City", "AZ"), ("Mexican Hat", "UT"), ("Panaca", "NV"), ("Lost Springs", "WY"), ("Wahoo", "NE"),
         ("Gas", "KS"), ("Protection", "KS"), ("Cairo", "IL"), ("Santa Claus", "IN"), ("Gnaw Bone", "IN")]
STREET_NAMES = ["Quarry", "Persimmon", "Old Mill", "Catfish", "Sawgrass", "Bethel Church", "Pecan Grove",
                "Hackberry", "Tanyard", "Coon Hollow", "Shiloh", "Mulberry", "Rattlesnake Ridge", "Depot",
                "Sassafras", "Turkey Creek", "Hominy", "Buckeye", "Yellow Jacket", "Lonesome Pine"]
STREET_KINDS = ["Rd", "Road", "Ln", "St", "Street", "Dr", "Pike", "Hwy", "Circle", "Ct", "Trail", "Hollow Rd"]
EMPLOYERS = ["the Smithfield plant in Tar Heel", "Pilgrim's Pride in Mount Pleasant", "the Amazon warehouse in Shakopee",
             "the Toyota plant in Georgetown", "the Hormel line in Austin", "the Ford Rouge plant",
             "the Navajo Transitional Energy mine", "Dollar General distribution in Ardmore", "the BNSF yard in Alliance",
             "the Bath Iron Works", "the Newport News shipyard", "the JBS plant in Greeley"]
SCHOOLS = ["Chugwater High", "Lincoln Elementary in Wahoo", "Our Lady of Perpetual Help", "Crazy Horse School",
           "Ten Sleep K-12", "Tuba City Boarding School", "Humble ISD's Atascocita Middle", "St. Brendan's in Forks",
           "Pullman High", "Bird-in-Hand Amish school"]
HOSPITALS = ["Mercy Health Ardmore", "St. Luke's in Twin Falls", "Cabell Huntington", "Sanford in Bemidji",
             "Baptist Memorial Golden Triangle", "Tuba City Regional", "Banner Page", "Providence Seward",
             "Kearny County Hospital", "Uvalde Memorial"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "comcast.net", "att.net",
           "aol.com", "protonmail.com"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ANCHORS = ["Thanksgiving", "Easter", "Memorial Day", "Labor Day", "Christmas", "New Year's", "Halloween",
           "Mother's Day", "the Fourth of July", "Ramadan", "Diwali", "Tet", "Lunar New Year", "Juneteenth"]
NUMBER_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
                95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
                100: "one hundred", 101: "a hundred and one", 102: "one hundred two", 104: "a hundred and four"}
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
                 "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
