using System.Security.Cryptography;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;

namespace Sermo.SearchBench;

/// <summary>
/// Deterministic tagged posts with a realistic shape: ~40 words from a Zipf-like 4,000-word vocabulary, 0-2 drug
/// mentions (brand or generic), 0-1 disease, adverse-event pairs, 20,000 authors, two years of days.
/// </summary>
internal static class SyntheticPosts
{
    private static readonly (string Brand, string Generic)[] Drugs =
    [
        ("Eliquis", "apixaban"), ("Xarelto", "rivaroxaban"), ("Coumadin", "warfarin"), ("Humira", "adalimumab"),
        ("Ozempic", "semaglutide"), ("Wegovy", "semaglutide"), ("Mounjaro", "tirzepatide"), ("Jardiance", "empagliflozin"),
        ("Farxiga", "dapagliflozin"), ("Keytruda", "pembrolizumab"), ("Lipitor", "atorvastatin"), ("Crestor", "rosuvastatin"),
        ("Glucophage", "metformin"), ("Lantus", "insulin glargine"), ("Entresto", "sacubitril"), ("Dupixent", "dupilumab"),
        ("Eliquis", "apixaban"), ("Lipitor", "atorvastatin"), ("Glucophage", "metformin"), ("Ozempic", "semaglutide"),
    ];

    private static readonly (string Code, string Name, string Words)[] Diseases =
    [
        ("I48.91", "Atrial fibrillation", "atrial fibrillation"), ("E11.9", "Type 2 diabetes mellitus", "type 2 diabetes"),
        ("I50.9", "Heart failure", "heart failure"), ("N18.3", "Chronic kidney disease stage 3", "chronic kidney disease"),
        ("C50.919", "Breast cancer", "breast cancer"), ("J45.909", "Asthma", "asthma"), ("I10", "Essential hypertension", "hypertension"),
        ("E66.9", "Obesity", "obesity"), ("M06.9", "Rheumatoid arthritis", "rheumatoid arthritis"), ("I26.99", "Pulmonary embolism", "pulmonary embolism"),
    ];

    private static readonly string[] Events = ["bleeding", "rash", "myalgia", "nausea", "hypoglycemia", "pancreatitis"];

    private static readonly string[] Specialties =
    [
        "Cardiology", "Internal Medicine", "Family Medicine", "Endocrinology", "Oncology", "Nephrology", "Rheumatology",
        "Emergency Medicine", "Neurology", "Pulmonology", "Geriatrics", "Dermatology", "Gastroenterology", "Psychiatry", "Pediatrics",
    ];

    private static readonly string[] States = "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".Split(' ');

    private static readonly string[] Vocabulary = BuildVocabulary();

    // Shaped like PostEnricher's keys (32 hex digits of an HMAC), which spread over an index as randomly as real ones.
    private static readonly string[] AuthorKeys = Enumerable.Range(0, 20_000)
        .Select(n => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(n)).AsSpan(0, 16)))
        .ToArray();

    public static IEnumerable<List<TaggedPost>> Batches(int count, int batchSize, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var batch = new List<TaggedPost>(batchSize);
        for (var i = 0; i < count; i++)
        {
            batch.Add(Next(random, i, start));
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

    private static TaggedPost Next(Random random, int i, DateTimeOffset start)
    {
        var words = new List<string>(48);
        var entities = new List<TaggedEntity>();
        var adverse = new List<AdverseEventPair>();
        var length = 25 + random.Next(30);
        for (var w = 0; w < length; w++)
        {
            // Zipf-like: squaring a uniform number favours the head of the vocabulary.
            var u = random.NextDouble();
            words.Add(Vocabulary[(int)(u * u * u * Vocabulary.Length)]);
        }

        var drugCount = random.NextDouble() < 0.35 ? 1 + random.Next(2) : 0;
        TaggedEntity? drug = null;
        for (var d = 0; d < drugCount; d++)
        {
            var (brand, generic) = Drugs[random.Next(Drugs.Length)];
            var asBrand = random.Next(2) == 0;
            var surface = asBrand ? brand : generic;
            var at = random.Next(words.Count);
            words.Insert(at, surface);
            drug = new TaggedEntity(asBrand ? EntityType.Brand : EntityType.Generic, surface, 0, 0, generic, asBrand ? brand : generic,
                Negated: random.NextDouble() < 0.05);
            entities.Add(drug);
        }

        if (random.NextDouble() < 0.3)
        {
            var (code, name, phrase) = Diseases[random.Next(Diseases.Length)];
            words.Insert(random.Next(words.Count), phrase);
            entities.Add(new TaggedEntity(EntityType.Disease, phrase, 0, 0, code, name));
        }

        if (drug is not null && random.NextDouble() < 0.2)
        {
            var ev = Events[random.Next(Events.Length)];
            words.Insert(random.Next(words.Count), ev);
            var evEntity = new TaggedEntity(EntityType.AdverseEvent, ev, 0, 0, ev, ev);
            entities.Add(evEntity);
            adverse.Add(new AdverseEventPair(drug, evEntity));
        }

        var sentiment = (Sentiment)(random.Next(3) - 1);
        var created = start.AddMinutes(random.Next(730 * 24 * 60));
        return new TaggedPost(
            $"bench:{i}", "bench", AuthorKeys[random.Next(AuthorKeys.Length)], created,
            Specialties[random.Next(Specialties.Length)], States[random.Next(States.Length)],
            string.Join(' ', words), 0, entities, adverse, sentiment, (int)sentiment * 0.5);
    }

    private static string[] BuildVocabulary()
    {
        // Pronounceable pseudo-words plus common clinical words, so stemming and prefix queries see real variety.
        string[] clinical =
        [
            "patient", "dose", "started", "stopped", "mg", "daily", "labs", "follow", "clinic", "week", "month", "pain", "blood",
            "pressure", "kidney", "liver", "renal", "cardiac", "risk", "benefit", "trial", "guideline", "insurance", "copay",
            "prior", "authorization", "switch", "titrate", "monitor", "side", "effect", "response", "improved", "worse",
        ];
        var random = new Random(7);
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var words = new HashSet<string>(clinical);
        while (words.Count < 4_000)
        {
            var length = 2 + random.Next(3);
            var chars = new char[length * 2];
            for (var c = 0; c < length; c++)
            {
                chars[c * 2] = consonants[random.Next(consonants.Length)];
                chars[(c * 2) + 1] = vowels[random.Next(vowels.Length)];
            }

            words.Add(new string(chars));
        }

        return [.. words];
    }
}
