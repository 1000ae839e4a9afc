# Round-7 held-out set (issue #14, decision 049): names and places typed by hand for this set, many made up, none copied
# from the scrubber's Data lists or from an earlier gold set's sources. Real posts do not avoid listed names, so overlap
# with the scrubber's lists is allowed but not sought.

# Given names: Finnish, Estonian, Icelandic, Sami, Faroese, Breton, Sardinian, Maltese, Frisian, Slovene, Croatian,
# Macedonian, Bulgarian, Armenian, Azerbaijani, Kazakh, Uzbek, Pashto, Punjabi, Gujarati, Telugu, Malayalam, Nepali,
# Burmese, Lao, Hmong, Ilocano, Javanese, Samoan, Fijian, Chamorro, Marshallese, Yoruba, Igbo, Xhosa, Shona,
# Kinyarwanda, Wolof, Amazigh, Kurdish, Yiddish, Cape Verdean, Haitian, Garifuna, Lakota, Ojibwe, Yupik, Ozark, invented.
GIVEN = ['Aino', 'Lempi', 'Tarmo', 'Urmas', 'Kadri', 'Sigrun', 'Hrafnkell', 'Bjarnheidur', 'Ailu', 'Biret', 'Sjurdur',
         'Erwan', 'Gwenaelle', 'Bastianu', 'Efisio', 'Carmelu', 'Marija', 'Doutzen', 'Sjoerd', 'Tjitske', 'Primoz',
         'Spela', 'Zvonimir', 'Ivana', 'Blagoja', 'Velika', 'Stoyan', 'Radostina', 'Anahit', 'Vahagn', 'Gevorg',
         'Leyla', 'Elchin', 'Aigerim', 'Nurlan', 'Dilnoza', 'Rustam', 'Zarghuna', 'Wajid', 'Harpreet', 'Gurleen',
         'Jaspal', 'Hetal', 'Bhavesh', 'Srinivas', 'Lakshmi', 'Anjali', 'Nithin', 'Sreeja', 'Binod', 'Sushila',
         'Thandar', 'Zaw', 'Khamphet', 'Souksavanh', 'Pa Nhia', 'Tou', 'Nou', 'Rogelio', 'Marites', 'Bayani',
         'Wulan', 'Suharto', 'Sione', 'Malia', 'Losana', 'Semisi', 'Jesusa', 'Kimi', 'Jitiam', 'Lijon', 'Oluwaseun',
         'Adebayo', 'Folake', 'Chidi', 'Ngozi', 'Obinna', 'Lwazi', 'Nomvula', 'Tendai', 'Rudo', 'Kagame', 'Uwase',
         'Mamadou', 'Fatou', 'Idir', 'Tiziri', 'Dilan', 'Rojda', 'Shmuel', 'Rivka', 'Faigy', 'Djamila', 'Nelsinho',
         'Wisly', 'Roseline', 'Chepita', 'Tayanita', 'Wambli', 'Waban', 'Nayak', 'Qanuk', 'Arlis', 'Vernal', 'Orvetta',
         'Lodema', 'Elvira', 'Marzell', 'Pridmore', 'Tristessa', 'Quorra', 'Belvin', 'Rulon', 'Emmaline', 'Thurza']
# Given names that are ordinary English words (names only from context).
WORD_GIVEN = ['Ember', 'Harmony', 'Echo', 'Marina', 'Hunter', 'Summer', 'Autumn', 'Winter', 'Willow', 'Poppy', 'Daisy',
              'Holly', 'Ivy', 'Iris', 'Violet', 'Hazel', 'Olive', 'Ruby', 'Crystal', 'Misty', 'Sunny', 'Stormy', 'Reed',
              'Gale', 'Penny', 'Cash', 'Ace', 'Bear', 'Hawk', 'Rusty', 'Buck', 'Chip', 'Sandy', 'Dawn', 'Joy', 'Hope',
              'Grace', 'Constance', 'Temperance', 'Destiny', 'Shepherd', 'Archer', 'Ranger', 'Marshal', 'Pierce',
              'Frank', 'Bill', 'Will', 'Ray', 'Art', 'Guy', 'Dot', 'Kit', 'Tex', 'Bud']
# Surnames of many origins; some invented.
SURNAMES = ['Virtanen', 'Kivisild', 'Thorvaldsdottir', 'Somby', 'Joensen', 'Le Goff', 'Kerjean', 'Piras', 'Zammit',
            'Camilleri', 'Hoekstra', 'Dijkstra', 'Novak', 'Kovacic', 'Horvatinčić', 'Trajkovski', 'Petrov', 'Hovhannisyan',
            'Aliyeva', 'Nurmagambetov', 'Yusupov', 'Durrani', 'Sandhu', 'Gill', 'Patel-Mehta', 'Reddy', 'Nair',
            'Menon', 'Thapa', 'Gurung', 'Aung', 'Phommachanh', 'Vang', 'Xiong', 'Lor', 'Dumlao', 'Ilagan', 'Sutrisno',
            'Tuiasosopo', 'Vunipola', 'Cruz-Taitano', 'Lanwi', 'Adeyemi', 'Okafor', 'Nwachukwu', 'Mthembu', 'Moyo',
            'Niyonzima', 'Ndiaye', 'Ait Benali', 'Barzani', 'Grunwald', 'Teitelbaum', 'Fonseca', 'Delgado Tavares',
            'Pierre-Louis', 'Joseph-Noel', 'Arzu', 'Iron Cloud', 'Two Bulls', 'Kingbird', 'Nanouk', 'Bolling',
            'Swofford', 'Culpepper', 'Hensarling', 'Pettibone', 'Quarterman', 'Drumheller', 'Vandersloot', 'Ostergaard',
            'Kaczmarczyk', 'Wlodarski', 'Skrzypek', 'Ferencz', 'Szabo-Nagy', 'Ruggiero', 'DiNapoli', 'McGillicuddy',
            "O'Shaughnessy", 'MacFadyen', 'Ybarra', 'Quintanilla', 'Villaseñor', 'Achterberg', 'Brackenridge']
# Surnames that are ordinary English words.
WORD_SURNAMES = ['Moss', 'Cotton', 'Rice', 'Field', 'Stone', 'Marsh', 'Rivers', 'Bush', 'Branch', 'Root', 'Thorn', 'Bell',
                 'Black', 'Green', 'Young', 'Strong', 'Long', 'Small', 'Sharp', 'Wise', 'Good', 'Hart', 'Hardy', 'Swift',
                 'Wolf', 'Crane', 'Finch', 'Pickle', 'Salt', 'Pepper', 'Fish', 'Lamb', 'Cook', 'Glass', 'Gold',
                 'Steel', 'Banks', 'Waters', 'Snow', 'Frost', 'Day', 'Knight', 'Noble', 'Dean', 'Power', 'Child',
                 'Love', 'Sweet', 'Kind', 'Gentle', 'Worth', 'Pitts', 'Cross', 'Rich', 'Bond', 'Price', 'Case']
NICK = ['Boo', 'Sissy', 'Tater', 'Peanut', 'Junebug', 'Doc', 'Skeeter', 'Bubba', 'Cookie', 'Smitty', 'Red', 'Lefty']
# Towns: real small towns (some are English words) and invented ones.
TOWNS = ['Tenstrike', 'Nimrod', 'Boring', 'Bowlegs', 'Peculiar', 'Sopchoppy', 'Yachats', 'Winnemucca', 'Kanab', 'Wahoo',
         'Tonopah', 'Ajo', 'Accident', 'Climax', 'Halfway', 'Hazard', 'Okay', 'Paradise', 'Protection', 'Friendship',
         'Eclectic', 'Jackpot', 'Surprise', 'Bonanza', 'Chloride', 'Truth or Consequences', 'Toad Suck', 'Bumpass',
         'Cheesequake', 'Monkeys Eyebrow', 'Bird-in-Hand', 'Ashgrove Junction', 'Vellmar', 'Quarry Flats',
         'Dunhollow', 'Kestle', 'Pennock Mills', 'Marrowbone', 'Tallgrass', 'Saddlecreek', 'Larkfield', 'Greyhaven',
         'Wickersham', 'Owl Creek', 'Lost Springs', 'Sleepy Eye', 'Deadwood', 'Keokuk', 'Ishpeming', 'Kalkaska',
         'Tishomingo', 'Okolona', 'Natchitoches', 'Plaquemine', 'Kaplan', 'Lometa', 'Mertzon', 'Van Horn', 'Alpine',
         'Marfa', 'Presidio', 'Chinle', 'Tuba City', 'Shiprock', 'Ganado', 'Dillingham', 'Bethel', 'Kotzebue',
         'Naknek', 'Hoonah', 'Hana', 'Waimea', 'Kaunakakai', 'Lanai City', 'Saipan', 'Hagatna', 'Mount Kessel',
         'Fort Tabor', 'Port Alderney', 'Lake Quenby', 'New Tarsus', 'North Pellam', 'West Oddley', 'East Gannock']
COUNTIES = ['Owyhee County', 'Keweenaw County', 'Loup County', 'Esmeralda County', 'Kenedy County', 'Issaquena County',
            'Wahkiakum County', 'Hinsdale County', 'Petroleum County', 'Treasure County', 'Golden Valley County',
            'Tangipahoa Parish', 'Evangeline Parish', 'Matanuska-Susitna Borough', 'Kodiak Island Borough',
            'Lake of the Woods County', 'Menominee County', 'Wheeler County', 'Crockett County', 'Harlan County']
STREETS = ['Quail Hollow Rd', 'Persimmon Ln', 'Old Mill Pike', 'Ridgeback Trl', 'Cattail Ct', 'Sassafras Dr',
           'Hickory Knoll Cir', 'Depot St', 'Tabernacle Rd', 'Pumpkin Center Rd', 'Switchback Way', 'Coyote Run',
           'Foxglove Ter', 'Ironweed Pkwy', 'Sawmill Hollow Rd', 'Bethel Church Rd', 'N 400 W', 'Co Rd 17',
           'Rte 9W', 'State Hwy 28', 'Gristmill Row', 'Sugar Camp Rd', 'Turkey Foot Ln', 'Lighthouse Point Dr']
STATES = ['MN', 'MO', 'OK', 'FL', 'OR', 'UT', 'NE', 'NV', 'AZ', 'KY', 'TX', 'VA', 'NJ', 'PA', 'ND', 'SD', 'IA',
          'MI', 'MS', 'LA', 'NM', 'AK', 'HI', 'Minn.', 'Okla.', 'Nebraska', 'Kentucky', 'Louisiana']
