using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 54 (decision 387): a workplace, venue or lodging named by one to three capitalised words before a capitalised head
/// noun of its kind: "Gannet Point Rescue", "Whitlow Creamery", "Tanager Creek Speedway", "Morrow's Diner", "Blackthorn
/// Stables" ("Pen 3 Kennels" is not one: a digit breaks the run). Each new gold set centres a setting of its own, and its first score fell short
/// on the names of that setting's workplaces, one head noun a round; the heads here are typed by kind of place a patient works
/// or lives at (trades and industry, transport, animals and land, leisure, food, public services, lodging), not from a gold set.
/// The shape is decision 346's for ranches: openers dropped from the run's front, a run of kind words alone stays ("Fire Station",
/// "Animal Rescue", "Boot Camp", "Book Club"), and so does a head with a capitalised word, a digit or an apostrophe after it
/// ("Station 2", "Mill's sign", "Diner Street"), or a run holding a clinical term. Found by one vectorised, ordinal search of the
/// post for the capitalised heads, then a walk back over at most three words; nothing runs at a post without a head.
/// </summary>
internal static class WorkplacesAndVenuesByHead
{
    // Capitalised only: in lower case most are common nouns ("the mill", "a zoo"). Longer heads first where one starts another.
    // No "Junction": it ends a town's name ("[saint's hospital] Grand Junction"), which the town rules read whole; here it cut
    // a hospital's name in two on the rotation (decision 387).
    private static readonly string[] Heads =
    [
        // trades and industry
        "Sawmill", "Mills", "Mill", "Quarry", "Foundry", "Ironworks", "Refinery", "Smelter", "Shipyard", "Boatyard", "Dockyard",
        "Railyard", "Lumberyard", "Depot", "Warehouse", "Factory", "Cannery", "Works",
        // transport
        "Terminal", "Wharf", "Pier", "Docks", "Sidings", "Hangar", "Helipad", "Airfield", "Airstrip", "Marina",
        // animals and land
        "Stables", "Kennels", "Cattery", "Apiary", "Vineyards", "Vineyard", "Orchards", "Orchard", "Winery", "Hatchery", "Zoo",
        "Aquarium", "Sanctuary", "Rescue",
        // leisure and culture
        "Speedway", "Raceway", "Racetrack", "Rink", "Arena", "Lanes", "Stadium", "Ballpark", "Fairgrounds", "Studios", "Studio",
        "Gallery", "Theatre", "Theater", "Playhouse", "Conservatory", "Casino", "Club",
        // food and shops
        "Bakery", "Creamery", "Brewery", "Distillery", "Diner", "Tavern", "Saloon", "Cafe", "Café", "Bistro", "Kitchen", "Market",
        // public services
        "Firehouse", "Outpost", "Lookout", "Observatory", "Station",
        // lodging
        "Lodge", "Hostel", "Inn", "Motel", "Campground", "Camp",
    ];

    private static readonly SearchValues<string> HeadValues = SearchValues.Create(Heads, StringComparison.Ordinal);

    // The heads as words: one inside the run is a kind too ("Mill Pond Station" keeps its named word "Pond").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadWords = WordLookups.Ordinal(Heads);

    // Words that open a sentence or a phrase, not one place's name: dropped from the front of a run ("At Whitlow Creamery").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = WordLookups.Ordinal(
        "A", "An", "The", "This", "That", "Our", "Their", "His", "Her", "My", "Your", "Its", "At", "To", "From", "In", "On", "By",
        "With", "And", "Or", "For", "Of", "Near", "Via", "Called", "Visited", "Works", "Worked", "Lives", "Lived", "Runs", "Owns");

    // Words that say what kind of place it is, not which: a run of them alone stays ("Fire Station", "Wildlife Rescue", "Summer
    // Camp", "Super Bowl"), while one beside a named word goes whole ("Cedar Flats Wildlife Rescue").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KindWords = WordLookups.Ordinal(
        "State", "County", "City", "Town", "National", "Public", "Local", "Community", "Regional", "Central", "Main", "Old", "Family",
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Big", "Little",
        "Fire", "Police", "Gas", "Petrol", "Space", "Nursing", "Nurses", "Nurse's", "Nurses'", "Work", "Duty", "Train", "Bus",
        "Radio", "Weather", "Research", "Field", "Ranger", "Power", "Pumping", "Service", "Charging", "Docking", "Battle", "Base",
        "Boot", "Summer", "Day", "Night", "Band", "Art", "Arts", "Dance", "Yoga", "Music", "Recording", "Photo", "Tattoo", "Pottery",
        "Fitness", "Bowling", "Shooting", "Golf", "Ice", "Roller", "Skating", "Hockey", "Book", "Country", "Yacht", "Boat",
        "Sailing", "Health", "Glee", "Chess", "Fan", "Boys", "Girls", "Comedy", "Strip", "Fight", "Breakfast", "Super", "Soup",
        "Food", "Farmers", "Farmers'", "Flea", "Fish", "Meat", "Stock", "Black", "Animal", "Wildlife", "Dog", "Cat", "Horse",
        "Equine", "Marine", "Bird", "Raptor", "Water", "Mountain", "Search", "Air", "Sea", "Swift", "Cave", "Technical", "Coast",
        "Beach", "Petting", "Children's", "Kids", "Steel", "Iron", "Paper", "Saw", "Lumber", "Feed", "Grist", "Flour", "Cotton",
        "Textile", "Sugar", "Oil", "Coal", "Gold", "Salt", "Gravel", "Stone", "Sand", "Rock", "Cement", "Concrete", "Brick",
        "Glass", "Chemical", "Nuclear", "Treatment", "Rail", "Railway", "Railroad", "Freight", "Cargo", "Container", "Ferry",
        "Cruise", "Airport", "Transit", "Truck", "Test", "Home", "Training", "Prison", "Detention", "Youth", "Refugee",
        "Holding", "Army", "Navy", "Military", "Hunting", "Fishing", "Ski", "Movie", "Film", "Sound", "Dental", "Medical");

    /// <summary>A word that says what kind of place it is, not which ("Fire", "Summer", "Wildlife").</summary>
    public static bool IsKindWord(ReadOnlySpan<char> word) => KindWords.Contains(word);

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, HeadValues);
        while (hits.Next(out var head))
        {
            var headEnd = CapitalisedRunBeforeHead.HeadEnd(text, head, Heads); // "Sawmill" before "Mill"
            hits.From = headEnd;
            if (head < 2 || text[head - 1] != ' ' || !EndsCleanly(text, headEnd) || CapitalisedRunBeforeHead.NextWordIsCapitalised(text, headEnd))
            {
                continue; // inside a word ("Stationery", "Innes"), a possessive or a number after it ("Mill's sign", "Station 2"), or a longer name
            }

            var start = NamedRunStart(text, head);
            if (start < head)
            {
                found.Add(new Detection(start, headEnd, PhiType.City, 1));
            }
        }
    }

    // A head ends the name: not a letter, digit, apostrophe or hyphen after it, nor " 2" ("Station 2" of a ward is a unit).
    private static bool EndsCleanly(string text, int headEnd)
    {
        if (headEnd >= text.Length)
        {
            return true;
        }

        var next = text[headEnd];
        if (RegexScan.IsWordChar(text, headEnd) || next is '\'' or '’' or '-')
        {
            return false;
        }

        return next != ' ' || !RegexScan.IsDigit(text, headEnd + 1);
    }

    // The start of the capitalised words before the head (up to three, single spaces) past the openers at its front; the head
    // itself when no word, or only openers and kind words, stand there, or when a word of the run is a clinical term.
    private static int NamedRunStart(string text, int head)
    {
        Span<int> starts = stackalloc int[CapitalisedRunBeforeHead.MaxWords];
        var first = CapitalisedRunBeforeHead.FrontPastOpeners(text, head, starts, Openers);

        var named = false;
        for (var w = first; w >= 0; w--)
        {
            var word = CapitalisedRunBeforeHead.Word(text, starts, w, head);
            if (NameLexicon.Shared.ClinicalTerms.Contains(word))
            {
                return head;
            }

            named |= !KindWords.Contains(word) && !HeadWords.Contains(word);
        }

        return named ? starts[first] : head;
    }
}
