internal sealed record Member(string Id, string Handle, string Pseudonym, string Specialty, string State, bool Verified, bool OptedOut, DateOnly JoinedAt, double Activity);

/// <summary>Fictitious people: member names (only ever seen as handles) and a separate pool for planted patient names.</summary>
internal static class Cast
{
    public static readonly string[] MemberFirst = ["James", "Maria", "Priya", "David", "Chidi", "Anna", "Tuan", "Rachel", "Omar", "Elena", "Kevin", "Grace", "Samuel", "Leah", "Arjun", "Nicole", "Marcus", "Hana", "Brian", "Fatima", "Daniel", "Julia", "Victor", "Aisha", "Peter", "Mei", "Carlos", "Sarah", "Ivan", "Naomi", "Robert", "Yuki", "Thomas", "Amara", "Luis", "Katherine", "Ahmed", "Emily", "Raj", "Olivia"];
    public static readonly string[] MemberLast = ["Reyes", "Patel", "Okafor", "Nguyen", "Kim", "Schneider", "Haddad", "Lindqvist", "Moreno", "Chen", "Brennan", "Adeyemi", "Sato", "Novak", "Iyer", "Whitaker", "Castillo", "Fischer", "Osei", "Romano", "Delacroix", "Yamamoto", "Gallagher", "Mensah", "Petrov", "Alvarez", "Sullivan", "Khan", "Bauer", "Tanaka", "Ferreira", "Murphy", "Kowal", "Hoffman", "Aziz", "Carver", "Dubois", "Esposito", "Lund", "Marsh"];
    public static readonly string[] PatientFirst = ["Maria", "John", "Dolores", "Harold", "Beatrice", "Walter", "Gloria", "Eugene", "Rosa", "Frank", "Mildred", "Raymond", "Irene", "Stanley", "Lucille", "Vernon", "Agnes", "Clarence", "Yolanda", "Dwight", "Marisol", "Gordon", "Lorraine", "Otis"];
    public static readonly string[] PatientLast = ["Kowalski", "Delgado", "Whitfield", "Abernathy", "Oyelaran", "Pemberton", "Vasquez-Ortiz", "Thibodeaux", "Szymanski", "Quintanilla", "Hargrove", "Lindstrom", "Okonkwo", "Blackwood", "Castellano", "Fairweather", "Drummond", "Yablonski", "Marchetti", "Underhill", "Zielinski", "Honeycutt", "Villanueva", "Kettering"];
    public static readonly string[] Streets = ["Maple", "Birchwood", "Elm", "Lakeview", "Cedar Ridge", "Prospect", "Willow Bend", "Harrison", "Orchard", "Sycamore", "Franklin", "Juniper"];

    private static readonly (string Name, int Weight, string Role)[] Specialties =
    [
        ("Internal Medicine", 14, "Internist"), ("Family Medicine", 14, "FamilyDoc"), ("Cardiology", 12, "Cardiologist"),
        ("Hospital Medicine", 8, "Hospitalist"), ("Oncology", 9, "Oncologist"), ("Endocrinology", 7, "Endocrinologist"),
        ("Hematology", 4, "Hematologist"), ("Gastroenterology", 5, "GIDoc"), ("Rheumatology", 4, "Rheumatologist"),
        ("Neurology", 5, "Neurologist"), ("Psychiatry", 4, "Psychiatrist"), ("Pulmonology", 4, "Pulmonologist"),
        ("Nephrology", 4, "Nephrologist"), ("Dermatology", 4, "Dermatologist"), ("Emergency Medicine", 6, "ERDoc"),
        ("Infectious Disease", 3, "IDDoc"), ("Obstetrics and Gynecology", 4, "OBGYN"), ("Pediatrics", 4, "Pediatrician"),
        ("Geriatrics", 3, "Geriatrician"), ("Anesthesiology", 3, "Anesthesiologist"), ("Radiology", 3, "Radiologist"),
        ("Urology", 2, "Urologist"), ("Critical Care", 3, "Intensivist"), ("General Surgery", 2, "Surgeon"), ("Ophthalmology", 2, "EyeDoc"),
    ];
    private static readonly string[] Adjectives = ["Quiet", "Curious", "Tired", "Skeptical", "Midwest", "Rural", "Coastal", "Night", "Weekend", "Busy", "Careful", "Grumpy", "Hopeful", "Practical", "Old", "Young", "Northern", "Southern", "Desert", "Mountain", "Evidence", "Frank", "Calm", "Restless", "Humble"];
    private static readonly (string Code, int Weight)[] States =
    [
        ("CA", 12), ("TX", 9), ("FL", 7), ("NY", 7), ("PA", 4), ("IL", 4), ("OH", 4), ("GA", 3), ("NC", 3), ("MI", 3), ("NJ", 3),
        ("VA", 3), ("WA", 2), ("AZ", 2), ("MA", 3), ("TN", 2), ("IN", 2), ("MD", 2), ("MO", 2), ("WI", 2), ("CO", 2), ("MN", 2),
        ("SC", 1), ("AL", 1), ("LA", 1), ("KY", 1), ("OR", 1), ("OK", 1), ("CT", 1), ("UT", 1), ("IA", 1), ("NV", 1), ("AR", 1),
        ("MS", 1), ("KS", 1), ("NM", 1), ("NE", 1), ("WV", 1), ("ME", 1), ("NH", 1), ("DC", 1),
    ];

    public static List<Member> Members(Random rng)
    {
        var members = new List<Member>();
        var handles = new HashSet<string>(StringComparer.Ordinal);
        var pseudonyms = new HashSet<string>(StringComparer.Ordinal);
        var optedOut = new HashSet<int>();
        while (optedOut.Count < 10) optedOut.Add(rng.Next(160));
        for (var i = 0; i < 160; i++)
        {
            var (specialty, _, role) = Weighted(rng, Specialties, s => s.Weight);
            string handle;
            do handle = Handle(rng, MemberFirst[rng.Next(MemberFirst.Length)], MemberLast[rng.Next(MemberLast.Length)], role);
            while (!handles.Add(handle));
            var pseudonym = Adjectives[rng.Next(Adjectives.Length)] + (rng.Next(5) == 0 ? "Doc" : role);
            for (var n = 2; !pseudonyms.Add(pseudonym); n++) pseudonym = pseudonym.TrimEnd("0123456789".ToCharArray()) + n;
            var lateJoiner = rng.NextDouble() < 0.1;
            var joined = lateJoiner ? new DateOnly(2025, 5, 1).AddDays(rng.Next(0, 480)) : new DateOnly(2018, 1, 1).AddDays(rng.Next(0, 2676));
            var activity = Math.Exp(Gaussian(rng) * 0.6);
            var verified = i % 23 != 7; // a few members still awaiting verification
            members.Add(new Member($"m{i + 1:0000}", handle, pseudonym, specialty, Weighted(rng, States, s => s.Weight).Code,
                verified, optedOut.Contains(i), joined, optedOut.Contains(i) ? Math.Max(activity, 1.2) : activity));
        }
        return members;
    }

    private static string Handle(Random rng, string first, string last, string role)
    {
        var (f, l) = (first.ToLowerInvariant(), last.ToLowerInvariant());
        return rng.Next(7) switch
        {
            0 => $"{f[0]}{l}_md",
            1 => $"{f}.{l}",
            2 => $"dr{l}{rng.Next(2, 99)}",
            3 => $"{f}{l[0]}_{role.ToLowerInvariant()[..Math.Min(5, role.Length)]}",
            4 => $"{f[0]}{l}{rng.Next(60, 99)}",
            5 => $"{l}_{f}_do",
            _ => $"{f}_{l}",
        };
    }

    public static T Weighted<T>(Random rng, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var x = rng.NextDouble() * items.Sum(weight);
        foreach (var item in items)
        {
            x -= weight(item);
            if (x <= 0) return item;
        }
        return items[^1];
    }

    public static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
