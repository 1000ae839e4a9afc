"""Round 26's own pools (decision 169), typed from the author's knowledge: names by culture with a sex for pronouns,
places by kind, and the settings the brief asked for. Nothing here was copied from a registry or the repository."""

# culture: (female given names, male given names, surnames)
NAMES = {
    "Yemeni": (["Amal", "Huda", "Arwa"], ["Abdulrahman", "Nabil", "Fuad"], ["Al-Hakimi", "Saleh", "Al-Eryani"]),
    "Egyptian": (["Nour", "Dina", "Heba"], ["Tarek", "Sherif", "Mostafa"], ["Mansour", "El-Sayed", "Fahmy"]),
    "Moroccan": (["Khadija", "Samira", "Loubna"], ["Hicham", "Youssef", "Driss"], ["Alaoui", "Benjelloun", "Tazi"]),
    "Lebanese": (["Rima", "Maya", "Nadine"], ["Ziad", "Elie", "Walid"], ["Khoury", "Aoun", "Gemayel"]),
    "Hebrew": (["Tamar", "Yael", "Michal"], ["Eitan", "Yonatan", "Gideon"], ["Ben-Ami", "Katz", "Mizrahi"]),
    "Brazilian": (["Luana", "Thaís", "Renata"], ["Caio", "Rodrigo", "Vinícius"], ["Carvalho", "Oliveira", "Pereira"]),
    "Mexican": (["Xochitl", "Itzel", "Marisela"], ["Joaquín", "Ulises", "Efraín"], ["Zúñiga", "Hernández", "Ochoa"]),
    "Puerto Rican": (["Migdalia", "Zoraida", "Yamilet"], ["Wilfredo", "Edwin", "Heriberto"], ["Maldonado", "Figueroa", "Quiñones"]),
    "Dutch": (["Anouk", "Marloes", "Sanne"], ["Joris", "Bram", "Wouter"], ["de Vries", "Jansen", "Visser"]),
    "German": (["Heike", "Birgit", "Dagmar"], ["Klaus", "Uwe", "Matthias"], ["Schmidt", "Hoffmann", "Krüger"]),
    "Swedish": (["Astrid", "Ebba", "Maja"], ["Björn", "Nils", "Olof"], ["Berg", "Holm", "Nyström"]),
    "Icelandic": (["Sigrún", "Guðrún", "Katrín"], ["Einar", "Þór", "Halldór"], ["Thorarensen", "Briem", "Hafstein"]),
    "Italian": (["Chiara", "Francesca", "Rosaria"], ["Vincenzo", "Carmine", "Alessandro"], ["Esposito", "Ricci", "De Luca"]),
    "Swahili": (["Zawadi", "Amani", "Rehema"], ["Juma", "Baraka", "Hamisi"], ["Mwakilema", "Otieno", "Kiprono"]),
    "Zulu": (["Lindiwe", "Zanele", "Nandi"], ["Bongani", "Mandla", "Sifiso"], ["Zungu", "Mkhize", "Shabalala"]),
    "Shona": (["Rudo", "Chipo", "Tsitsi"], ["Farai", "Tinashe", "Tatenda"], ["Moyo", "Mutasa", "Chiweshe"]),
    "Mandarin": (["Liu Fang", "Zhou Min", "Huang Jing"], ["Zhang Wei", "Chen Hao", "Li Qiang"], ["Zhao", "Sun", "Guo"]),
    "Burmese": (["Thandar", "Su Myat", "Nilar"], ["Aung Ko", "Thura", "Myo Win"], ["Oo", "Naing", "Zaw"]),
    "Maori": (["Aroha", "Mere", "Ngaio"], ["Rawiri", "Tamati", "Manaia"], ["Tawhiri", "Ngata", "Parata"]),
    "Navajo": (["Shandiin", "Naomi", "Loretta"], ["Delbert", "Harrison", "Kee"], ["Tsosie", "Benally", "Nez"]),
    "English word": (["Hope", "Joy", "Summer", "Faith", "Ivy"], ["Guy", "Rusty", "Cliff", "Grant", "Miles"], ["Brown", "Wolfe", "Bishop", "Sharp", "Bird", "Rose"]),
}

TOWNS = ["Gravity", "Flippin", "Boring", "Hazard", "Normal", "Truth or Consequences", "Protection", "Marvel",
         "Bland", "Cool", "Welcome", "Mexico", "Ogallala", "Lusk", "Ajo", "Cando", "Lovelock", "Pie Town"]
COUNTIES = ["Luna County", "Box Elder County", "Terrebonne Parish", "Tazewell County", "Bristol Bay Borough", "Lincoln Township"]
STREETS = ["Peachtree Street", "Olive Way", "Bluebonnet Lane", "Aldine Bender Road", "Harbor Boulevard", "Greenwood Avenue"]
HIGHWAYS = ["I-80", "US-191", "Highway 61", "the Turnpike", "Route 28"]
EXITS = ["exit 58", "mile marker 131", "exit 9B", "mile 402"]
VA_SITES = ["the Tomah VA", "the West Haven VA", "the Hines VA", "the Salisbury VA", "the Big Spring VA", "the Bay Pines VA"]
UNITS = ["the 82nd Airborne", "1st Cavalry", "3rd Infantry Division", "the 10th Mountain", "VMFA-232", "the Seabees"]
DEPLOYMENTS = ["Kandahar", "Fallujah", "Camp Bondsteel", "Mosul", "Da Nang", "Balad"]
PROGRAMS = ["Baystate", "Maine Medical Center", "Hennepin", "Ochsner", "Geisinger", "Dartmouth-Hitchcock"]
HOLD_UNITS = ["Pavilion 3", "the Westbrook unit", "Ward 7B", "the Cedar unit"]
CLUBS = ["the Brook Club", "Shinnecock Hills", "the Bath and Tennis", "Cypress Point", "the Everglades Club"]
ESTATES = ["Windward Farm", "Ravenscroft", "Bellefontaine", "Oak Knoll"]
VENUES = ["the Blue Moose Tavern", "Starlight Roller Rink", "Holy Ghost Hall", "the Elks Lodge", "Kingdom Fitness"]
AIRLINES = ["AA", "DL", "WN", "AS", "B6", "KL", "LH"]
ABROAD = ["Rua Augusta 114, Lisboa", "Calle Ocho 22, Bogotá", "Keizersgracht 210, Amsterdam", "Via Roma 8, Palermo",
          "Sveavägen 44, Stockholm", "Ul. Vitosha 15, Sofia"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WORD_DIGITS = ["one", "two", "three", "four", "five", "six", "seven", "eight"]
