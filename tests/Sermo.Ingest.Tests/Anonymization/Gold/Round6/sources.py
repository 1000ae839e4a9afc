# Round-6 held-out set (issue #14): names and places typed by hand for this set, many of them made up, none copied
# from the scrubber's Data lists or any earlier gold set's sources. A real post does not avoid listed names either,
# so overlap with the scrubber's lists is allowed but not sought.

# Given names: Welsh, Cornish, Norse, Basque, Georgian, Malagasy, Maori, Hawaiian, Tongan, Amharic, Somali, Hausa, Twi,
# Mongolian, Tibetan, Thai, Khmer, Tamil, Sinhala, Persian, Romanian, Albanian, Baltic, Cajun, Appalachian, invented.
GIVEN = ['Anwen', 'Bryony', 'Caoimhe', 'Dagny', 'Eluned', 'Fenella', 'Gwenllian', 'Hallveig', 'Jorunn', 'Kalinda',
         'Leocadia', 'Mairead', 'Oksana', 'Perpetua', 'Quilla', 'Saoirse', 'Teodora', 'Vesna', 'Wanjiru', 'Xiomara',
         'Yevgenia', 'Zdenka', 'Aurelio', 'Casimir', 'Eamon', 'Florentino', 'Gideon', 'Hamish', 'Ignatius', 'Jovan',
         'Kwabena', 'Lorcan', 'Macario', 'Oisin', 'Pallav', 'Radek', 'Sefton', 'Tadeusz', 'Uriah', 'Xolani', 'Zebulon',
         'Tavita', 'Keoni', 'Makoa', 'Ikaika', 'Nayeli', 'Sakari', 'Aputsiaq', 'Hinewai', 'Tamati', 'Aroha', 'Kiri',
         'Iker', 'Ainhoa', 'Nekane', 'Eneko', 'Tamar', 'Levan', 'Nino', 'Tornike', 'Hery', 'Fanja', 'Rivo', 'Mahlet',
         'Tsion', 'Abebe', 'Hodan', 'Warsame', 'Ayaan', 'Danjuma', 'Hauwa', 'Kofi', 'Akosua', 'Yaw', 'Batbayar',
         'Oyunchimeg', 'Tenzin', 'Pema', 'Dolkar', 'Somchai', 'Kanya', 'Sokha', 'Vibol', 'Murugan', 'Kavitha',
         'Chaminda', 'Dilrukshi', 'Shirin', 'Bijan', 'Roxana', 'Ionut', 'Mirela', 'Arben', 'Drita', 'Rasa', 'Jurgis',
         'Ilze', 'Kalle', 'Thibault', 'Clotilde', 'Ozias', 'Euphemie', 'Ardell', 'Verlin', 'Wilburta', 'Doyle',
         'Quenby', 'Tobiah', 'Marisela', 'Yesenia', 'Jazmine', 'Deshawn', 'Tyrell', 'Lakeisha', 'Shaniqua', 'Kenyatta',
         'Orlaith', 'Fiachra', 'Siobhan', 'Ruairi', 'Niamh', 'Alasdair', 'Morag', 'Eilidh', 'Torquil', 'Ffion']
# Given names that are ordinary English words.
WORD_GIVEN = ['Clay', 'Dusty', 'Forrest', 'Heath', 'Lane', 'Brook', 'Dale', 'Cliff', 'Rocky', 'Sterling', 'Mercy', 'Faith',
              'Bliss', 'Honor', 'Haven', 'River', 'Meadow', 'Aspen', 'Sage', 'Juniper', 'Clover', 'Fern', 'Pearl', 'Opal',
              'Amber', 'Coral', 'Jewel', 'Birdie', 'Wren', 'Robin', 'Drake', 'Colt', 'Duke', 'Earl', 'Major', 'Deacon',
              'Chance', 'Lucky', 'Sonny', 'Ginger', 'Candy', 'Honey', 'Precious', 'Blessing', 'Comfort', 'Patience',
              'Prudence', 'Charity', 'Verity', 'Liberty', 'Justice', 'Royal', 'Story', 'Psalm', 'Genesis', 'Trinity']
# Surnames of many origins; some invented.
SURNAMES = ['Brzezinski', 'Chakraborty', 'Dimitrakopoulos', 'Ekwueme', 'Fitzwilliam', 'Gudmundsdottir', 'Hakobyan',
            'Ishikawa', 'Jankowiak', 'Kealoha', 'Nakashima', 'Oyelaran', 'Przybylski', 'Quisenberry', 'Rautiainen',
            'Szczepanik', 'Tshabalala', 'Vanterpool', 'Wojtaszek', 'Yamauchi', 'Zelenko', 'Tsosie', 'Benally', 'Etsitty',
            'Manuelito', 'Kahananui', 'Akana', 'Fonoti', 'Tuiasosopo', 'Ruatapu', 'Ngata', 'Etxeberria', 'Goikoetxea',
            'Arrizabalaga', 'Kapanadze', 'Beridze', 'Tsiklauri', 'Sveinbjornsdottir', 'Rakotomalala', 'Andriamanantena',
            'Penhaligon', 'Trelawny', 'Azzopardi', 'Xuereb', 'Camilleri', 'Aikio', 'Somby', 'Kunuk', 'Mamani', 'Condori',
            'Huanca', 'Painemal', 'Huenchumilla', 'Taufa', 'Vainikolo', 'Fifita', 'Ratuvou', 'Naivalu', 'Taitano',
            'Tursun', 'Abdukerim', 'Zhaksylykov', 'Ganbold', 'Tesfaye', 'Gebremariam', 'Abdirahman', 'Danladi', 'Boateng',
            'Owusu-Ansah', 'Srisuwan', 'Wongsakul', 'Chhay', 'Phetsavong', 'Subramaniam', 'Rajendran', 'Wickramasinghe',
            'Jayawardena', 'Farahani', 'Barzani', 'Ben-Ami', 'Vasilescu', 'Hoxha', 'Berisha', 'Prochazka', 'Kovacic',
            'Kazlauskas', 'Berzins', 'Kask', 'Hoekstra', 'Vanderbeke', 'Kerjean', 'Porcu', 'Thibodeaux', 'Arceneaux',
            'Guidry', 'Caudill', 'Slone', 'Stoltzfus', 'Beiler', 'Moirangthem', 'Lalremruata', 'Tsering', 'Wangmo',
            'Bhattarai', 'Gurung', 'Varnholt', 'Quembley', 'Drossart', 'Pellingham', 'Yarrowby', 'Treffle', 'Oxendine',
            'Zuberbuhler', 'Marchetti-Ruiz', 'Okonjo-Bell', 'Al-Sabbagh', 'Abu-Ghazaleh', 'dos Santos', 'van der Merwe',
            "O'Callaghan", 'MacAskill', 'Nic Dhonncha', 'Vu', 'Thao', 'Lor', 'Xiong', 'Phommasack', 'Ocampo', 'Dalisay']
# Surnames that are ordinary English words.
WORD_SURNAMES = ['Stone', 'Field', 'Hill', 'Wood', 'Fox', 'Crow', 'Swan', 'Rice', 'Bean', 'Cotton', 'Steel', 'Frost', 'Snow',
                 'Winter', 'Day', 'Knight', 'Bishop', 'Abbott', 'Cook', 'Mason', 'Porter', 'Potter', 'Fisher', 'Hunter',
                 'Shepherd', 'Sexton', 'Coffin', 'Graves', 'Bone', 'Payne', 'Sickles', 'Gentry', 'Pickens', 'Marsh']
NICK = ['Bubba', 'Junebug', 'Skeeter', 'Boo', 'Peanut', 'Tater', 'Doc', 'Sissy', 'Bunny', 'Chip']
# Towns: made up, plus real small US places of many kinds (Cajun, Navajo Nation, Alaska, Appalachia, word-towns).
TOWNS = ['Port Quillan', 'Fort Hedley', 'Mount Ossery', 'Lake Tarrow', 'Glen Aubrey', 'New Bramley', 'East Fenwick',
         'North Cobbett', 'Harrowgate Falls', 'Quarry Bend', 'Oxbow Junction', 'Tallwater', 'Pennock Mills',
         'Carrow Springs', 'Vellmar', 'Kettle Falls', 'Chinle', 'Kayenta', 'Tuba City', 'Ganado', 'Tohatchi', 'Abiquiu',
         'Chimayo', 'Truchas', 'Ojo Caliente', 'Pie Town', 'Quemado', 'Ville Platte', 'Mamou', 'Breaux Bridge',
         'Cut Off', 'Golden Meadow', 'Pierre Part', 'Bayou La Batre', 'Unalakleet', 'Kotzebue', 'Dillingham', 'Nenana',
         'Hindman', 'Pippa Passes', 'Big Stone Gap', 'Grundy', 'Welch', 'Bad Axe', 'Embarrass', 'Peculiar', 'Accident',
         'Boring', 'Climax', 'Mexican Hat', 'Cuba', 'Lima', 'Sardis', 'Goshen', 'Beulah', 'Zoar', 'Port Wentworth',
         'Fort Calloway', 'Mount Tabor', 'Lake Ozette', 'Port Ingram', 'Saint Amelia', 'Rio Piedras Arriba',
         'Tres Pinos', 'Los Ojos', 'Fond du Bois', 'Prairie Rouge', 'Bois Blanc', 'Eau Galle', 'Spirit Lake',
         'Iron River', 'Copper Harbor', 'Silver Bay', 'Two Harbors', 'Red Lodge', 'Black Eagle', 'White Sulphur Springs']
COUNTIES = ['Menominee County', 'Owyhee County', 'Mora County', 'Issaquena County', 'Loving County', 'Tensas Parish',
            'Cameron Parish', 'Oglala Lakota County', 'Apache County', 'Wolfe County', 'Clay County', 'Hancock County']
STREETS = ['Quarry Rd', 'Old Mill Ln', 'Bayou Teche Hwy', 'Tamarack Way', 'Persimmon Hollow Rd', 'Sycamore Bend',
           'Route 9 North', 'County Road 412', 'Mesa Verde Dr', 'Ridgeline Trl', 'Skeeter Branch Rd', 'Cemetery Hill Rd']
STATES = ['LA', 'AZ', 'NM', 'AK', 'KY', 'VA', 'WV', 'MI', 'MN', 'MO', 'MD', 'OR', 'UT', 'NY', 'WI', 'MT', 'GA', 'TX']
