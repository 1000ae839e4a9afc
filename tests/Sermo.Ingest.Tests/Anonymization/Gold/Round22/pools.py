"""Round 22's name, place and number pools, typed from the author's own knowledge (decision 153)."""

# (given names, surnames) by culture: the cultures the brief says earlier rounds used less.
CULTURES = {
    "Vietnamese": (["Linh", "Khoa", "Thảo", "Duy", "Phương", "Quân"], ["Trần", "Phạm", "Huỳnh", "Đỗ", "Bùi", "Võ"]),
    "Hmong": (["Pa Houa", "Ntxhi", "Cha", "Neng", "Youa", "Fue"], ["Thao", "Moua", "Vue", "Yang", "Xiong", "Lor"]),
    "Khmer": (["Sreymom", "Vuthy", "Chanthy", "Rithy", "Bopha", "Sokunthea"], ["Chhay", "Heng", "Kim", "Nhem", "Prak", "Ouk"]),
    "Lao": (["Khamla", "Souksavanh", "Noy", "Bounthanh", "Viengxay", "Keo"], ["Sisouphanh", "Vongsa", "Inthavong", "Phommasack", "Keomany", "Sayavong"]),
    "Burmese": (["Thandar", "Zaw", "Hnin", "Myo", "Su", "Kyaw Zin"], ["Win", "Htun", "Oo", "Naing", "Thein", "Aung"]),
    "Nepali": (["Sunita", "Prakash", "Anjali", "Dipendra", "Sabina", "Ramesh"], ["Gurung", "Tamang", "Adhikari", "Thapa", "Rai", "Karki"]),
    "Sinhala": (["Chamari", "Nuwan", "Dilani", "Kasun", "Ishara", "Ruwan"], ["Perera", "Jayasuriya", "Fernando", "Bandara", "Dissanayake", "Gunawardena"]),
    "Amharic": (["Meron", "Biruk", "Selamawit", "Dawit", "Hirut", "Yohannes"], ["Bekele", "Tadesse", "Wolde", "Getachew", "Ayele", "Mengistu"]),
    "Tigrinya": (["Senait", "Yemane", "Tsega", "Filmon", "Luwam", "Robel"], ["Tesfamariam", "Berhane", "Ghebre", "Kidane", "Habte", "Weldu"]),
    "Hausa": (["Aminu", "Zainab", "Sani", "Hadiza", "Bashir", "Halima"], ["Danjuma", "Bello", "Garba", "Musa", "Abubakar", "Lawal"]),
    "Zulu": (["Thabo", "Nokuthula", "Sibusiso", "Zanele", "Mandla", "Lindiwe"], ["Ndlovu", "Khumalo", "Mthethwa", "Cele", "Shabalala", "Ngcobo"]),
    "Xhosa": (["Siyabonga", "Nomsa", "Luvuyo", "Thandiwe", "Anele", "Lwando"], ["Mbeki", "Qwabe", "Mahlangu", "Ntuli", "Sisulu", "Makhaya"]),
    "Armenian": (["Gohar", "Hovhannes", "Siranush", "Tigran", "Mariam", "Vahe"], ["Grigoryan", "Hovhannisyan", "Manukyan", "Vardanyan", "Khachatryan", "Ghazaryan"]),
    "Georgian": (["Tamar", "Davit", "Ketevan", "Irakli", "Mariam", "Zurab"], ["Gelashvili", "Kapanadze", "Tsiklauri", "Lomidze", "Japaridze", "Abashidze"]),
    "Greek": (["Eleni", "Yiannis", "Despina", "Stavros", "Katerina", "Thanasis"], ["Papadopoulos", "Karagiannis", "Vlachos", "Dimitriou", "Economou", "Mavridis"]),
    "Albanian": (["Arben", "Blerta", "Dritan", "Flutura", "Ilir", "Mimoza"], ["Berisha", "Krasniqi", "Shehu", "Gashi", "Dervishi", "Leka"]),
    "Romanian": (["Ioana", "Bogdan", "Mihaela", "Cristian", "Raluca", "Sorin"], ["Dumitrescu", "Stan", "Constantinescu", "Moldovan", "Radu", "Ungureanu"]),
    "Hungarian": (["Zoltán", "Erzsébet", "Gábor", "Katalin", "Péter", "Anikó"], ["Nagy", "Horváth", "Tóth", "Kovács", "Varga", "Molnár"]),
    "Finnish": (["Aino", "Matti", "Kaisa", "Pekka", "Tuulikki", "Jukka"], ["Laine", "Heikkinen", "Nieminen", "Salonen", "Koskinen", "Lehtonen"]),
    "Lithuanian": (["Jurgita", "Darius", "Aušra", "Tomas", "Gintarė", "Arūnas"], ["Petrauskas", "Jankauskienė", "Stankevičius", "Vasiliauskas", "Žukauskaitė", "Butkus"]),
    "Brazilian": (["Thiago", "Fernanda", "Gabriel", "Larissa", "João Pedro", "Juliana"], ["Oliveira", "Carvalho", "Rocha", "Nascimento", "Ribeiro", "Barbosa"]),
    "Haitian": (["Jean-Robert", "Nadège", "Wesner", "Mirlande", "Fritznel", "Guerline"], ["Pierre-Louis", "Joseph", "Saint-Fleur", "Dorvil", "Augustin", "Baptiste"]),
    "Jamaican": (["Delroy", "Shanice", "Kemar", "Tameka", "Fitzroy", "Latoya"], ["Campbell", "Brown", "McKenzie", "Grant", "Reid", "Beckford"]),
    "Samoan": (["Malia", "Ioane", "Losa", "Tavita", "Sina", "Fetu"], ["Leota", "Faleolo", "Taufa", "Aiono", "Fuimaono", "Soliai"]),
    "Hawaiian": (["Kanoa", "Pualani", "Keahi", "Noelani", "Makoa", "Leimomi"], ["Kahananui", "Kamakau", "Akana", "Keawe", "Nakoa", "Kalama"]),
    "Inuit": (["Nivi", "Tagak", "Aputi", "Paniaq", "Ulaajuk", "Kiviuq"], ["Ipellie", "Arnatsiaq", "Qaunaq", "Kunuk", "Angutimarik", "Nuvaqiq"]),
    "Ojibwe": (["Migizi", "Waabigwan", "Makwa", "Ziigwan", "Niibin", "Ogimaa"], ["Morrisseau", "Kakegamic", "Fiddler", "Cutfeet", "Meekis", "Bunting"]),
    "Lakota": (["Wanbli", "Tatanka", "Winyan", "Mato", "Zitkala", "Ptehincala"], ["Bear Runner", "Iron Cloud", "Yellow Horse", "Two Crow", "Brave Heart", "Red Owl"]),
}

# Given names and surnames that are ordinary English words.
WORD_GIVEN = ["Hazel", "Ivy", "Hope", "Story", "Faith", "Grace", "Rich", "Autumn", "Dawn", "Sky", "River", "Willow",
              "Destiny", "Glory", "Sage", "Bliss", "Rusty", "Sterling", "Honor", "Cash"]
WORD_SURNAME = ["Wood", "Story", "Love", "Rich", "Hope", "Bishop", "Marsh", "Moody", "Gay", "Fear", "Sharp", "Hardy",
                "Goodwin", "Lamb", "Bone", "Frost", "Pepper", "Church", "Steel", "Moon"]
NICKNAMES = ["Bubba", "Sissy", "Peaches", "Junebug", "Tiny", "Doodle", "Skeeter", "Boo"]

# Towns named like words, given with no state; streets and neighbourhoods without a number.
WORD_TOWNS = ["Boring", "Truth", "Tightwad", "Hazard", "Welcome", "Liberal", "Eclectic", "Chicken", "Rough and Ready",
              "Peculiar", "Cheesequake", "Intercourse", "Dinosaur", "Protection", "Surprise", "Comfort", "Bountiful",
              "Pie Town", "Last Chance", "Okay"]
STREETS = ["Tamarack Lane", "Cherokee Street", "Quarry Road", "Birchwood Drive", "Lighthouse Way", "Osage Avenue",
           "Sawmill Road", "Prospect Terrace", "Kingfisher Court", "Railroad Street"]
NEIGHBOURHOODS = ["Swede Hollow", "Dogtown", "Little Saigon", "Kensington", "Bywater", "Hmongtown", "Cabbagetown", "Frenchtown"]
COUNTIES = ["Ottertail County", "Lamoille County", "Acadia Parish", "Tangipahoa Parish", "Crow Wing County", "Iron County"]
ABROAD = ["Hue", "Battambang", "Luang Prabang", "Mandalay", "Bhaktapur", "Kandy", "Gondar", "Keren", "Kano", "Durban",
          "Gyumri", "Kutaisi", "Patras", "Shkodër", "Iași", "Pécs", "Tampere", "Kaunas", "Belo Horizonte", "Cap-Haïtien",
          "Montego Bay", "Apia", "Iqaluit"]

# Facilities without a generic head noun, and named ones in the round's settings.
BARE_FACILITIES = ["St. Mary's", "Mercy", "Kindred", "Sacred Heart", "Good Shepherd", "Bethany", "Providence", "Trinity"]
SOBER_HOUSES = ["Oxford House Cedar", "Second Wind", "New Leaf", "Fresh Start", "Clean Slate", "Anchor House"]
BIRTH_CENTRES = ["Nativity Birth Center", "Heartsong", "Blue Heron", "Dunhill Birth House"]
HOSPICES = ["Compassus", "Gentiva", "Heartland", "Hospice of the Valley", "Crossroads", "Journey Care"]
WINGS = ["Dogwood", "Lilac", "Aspen", "Juniper", "Sunflower", "Cardinal"]
PROGRAMS = ["Project Renew", "Stepping Stones", "Turning Point", "Phoenix House", "Recovery Road", "Hazelden"]
EMPLOYERS = ["Tyson", "Walmart", "Menards", "Jiffy Lube", "Home Depot", "Piggly Wiggly", "Hy-Vee", "Waffle House"]
SPONSOR_COMPANIES = ["Pfizer", "Lilly", "AstraZeneca", "Gilead", "Amgen", "Moderna"]
