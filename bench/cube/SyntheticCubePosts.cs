using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;

namespace Sermo.CubeBench;

/// <summary>
/// Deterministic tagged posts shaped like the forum: 20,000 authors with Zipf-like activity, each with a fixed
/// specialty (25) and state (51, 2% unknown); 80 drugs and diseases with Zipf-like popularity, of which the client
/// watches 50; weekday-heavy traffic over 61 ISO weeks; two terms spiking in each week; per-entity sentiment and
/// adverse-event pairs.
/// </summary>
internal static class SyntheticCubePosts
{
    public const int Authors = 20_000;
    public const int Entities = 80;
    public const int WatchedTerms = 50;
    public const int Weeks = 61;

    /// <summary>A Monday, so the 52-week heat maps align on whole weeks.</summary>
    public static readonly DateOnly FirstDay = new(2025, 1, 6);

    private static readonly string[] Specialties =
    [
        "Cardiology", "Internal Medicine", "Family Medicine", "Endocrinology", "Oncology", "Nephrology", "Rheumatology",
        "Emergency Medicine", "Neurology", "Pulmonology", "Geriatrics", "Dermatology", "Gastroenterology", "Psychiatry",
        "Pediatrics", "Hematology", "Infectious Disease", "Obstetrics", "Urology", "Ophthalmology", "Radiology",
        "Anesthesiology", "Allergy", "General Surgery", "Orthopedics",
    ];

    private static readonly string[] States = "CA TX FL NY PA IL OH GA NC MI NJ VA WA AZ MA TN IN MD MO WI CO MN SC AL LA KY OR OK CT UT IA NV AR MS KS NM NE ID WV HI NH ME MT RI DE SD ND AK VT WY DC".Split(' ');

    private static readonly string[] Words =
    [
        "patient", "dose", "started", "stopped", "mg", "daily", "labs", "follow", "clinic", "pain", "blood", "pressure",
        "kidney", "risk", "benefit", "trial", "guideline", "insurance", "copay", "prior", "authorization", "switch",
        "titrate", "monitor", "response", "improved", "worse", "tolerated", "refill", "elderly",
    ];

    private static readonly string[] Events = ["bleeding", "rash", "myalgia", "nausea", "hypoglycemia", "dizziness"];

    /// <summary>The watched client: one term per watched drug or disease, matched on its canonical id.</summary>
    public static Watchlist Watchlist(string clientId, int terms) => new(
        clientId, clientId, "pharma",
        Enumerable.Range(0, terms).Select(e => new WatchlistTerm(Name(e), [Id(e)])).ToList());

    public static IEnumerable<List<TaggedPost>> Batches(int count, int batchSize, int seed = 20260105)
    {
        var random = new Random(seed);
        var authorWeights = Cumulative(Authors, a => 1.0 / Math.Pow(a + 20, 0.9));
        var entityWeights = Cumulative(Entities, e => 1.0 / Math.Pow(e + 3, 1.0));
        var dayWeights = Cumulative(Weeks * 7, d => d % 7 >= 5 ? 0.6 : 1.0);
        var specialty = new string?[Authors];
        var state = new string?[Authors];
        for (var a = 0; a < Authors; a++)
        {
            specialty[a] = random.NextDouble() < 0.02 ? null : Specialties[(int)(Math.Pow(random.NextDouble(), 1.6) * Specialties.Length)];
            state[a] = random.NextDouble() < 0.02 ? null : States[(int)(Math.Pow(random.NextDouble(), 1.8) * States.Length)];
        }

        var batch = new List<TaggedPost>(batchSize);
        for (var i = 0; i < count; i++)
        {
            var author = Pick(random, authorWeights);
            var day = Pick(random, dayWeights);
            var week = day / 7;
            var words = new List<string>(16);
            for (var w = 0; w < 8 + random.Next(8); w++)
            {
                words.Add(Words[random.Next(Words.Length)]);
            }

            var entities = new List<TaggedEntity>(3);
            var adverse = new List<AdverseEventPair>();
            var mentions = random.NextDouble() < 0.25 ? 0 : 1 + (random.NextDouble() < 0.3 ? 1 : 0) + (random.NextDouble() < 0.1 ? 1 : 0);
            for (var m = 0; m < mentions; m++)
            {
                // Two terms per week spike: 6% of that week's mentions go to them on top of the base popularity.
                var entity = random.NextDouble() < 0.06 ? (week * 7 + (random.Next(2) * 13)) % WatchedTerms : Pick(random, entityWeights);
                if (entities.Any(e => e.CanonicalId == Id(entity)))
                {
                    continue;
                }

                var at = words.Count > 0 ? random.Next(words.Count) : 0;
                words.Insert(at, Name(entity));
                var tagged = new TaggedEntity(entity % 3 == 0 ? EntityType.Disease : EntityType.Brand, Name(entity), at, at, Id(entity), Name(entity),
                    Sentiment: (Sentiment)(random.Next(3) - 1));
                entities.Add(tagged);
                if (tagged.Type == EntityType.Brand && random.NextDouble() < 0.08)
                {
                    var ev = Events[random.Next(Events.Length)];
                    var evEntity = new TaggedEntity(EntityType.AdverseEvent, ev, at + 1, at + 1, ev, ev);
                    entities.Add(evEntity);
                    adverse.Add(new AdverseEventPair(tagged, evEntity));
                }
            }

            var sentiment = (Sentiment)(random.Next(3) - 1);
            var created = new DateTimeOffset(FirstDay.AddDays(day).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddSeconds(random.Next(86_400));
            batch.Add(new TaggedPost($"bench:{i}", "bench", $"author-{author:D5}", created, specialty[author], state[author],
                string.Join(' ', words), 0, entities, adverse, sentiment, (int)sentiment * 0.5));
            if (batch.Count == batchSize)
            {
                yield return batch;
                batch = new List<TaggedPost>(batchSize);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    public static string Id(int entity) => $"rx{entity:D3}";

    public static string Name(int entity) => $"Drug{entity:D3}";

    private static double[] Cumulative(int n, Func<int, double> weight)
    {
        var sums = new double[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            total += weight(i);
            sums[i] = total;
        }

        for (var i = 0; i < n; i++)
        {
            sums[i] /= total;
        }

        return sums;
    }

    private static int Pick(Random random, double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
