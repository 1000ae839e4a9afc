namespace Sermo.EmergingBench;

/// <summary>
/// Rising topics planted into a generated forum stream: new drug names, supply problems, payer changes and new
/// findings that are in no lexicon and on no watchlist, each said by a number of distinct physicians in one week,
/// in one of several sentence frames, inside an otherwise ordinary post of that physician's own stream.
/// </summary>
internal static class PlantedTopics
{
    /// <summary>Topics a week might bring; each run plants a random few. None of them is in the sample phrase bank.</summary>
    public static readonly string[] Pool =
    [
        "orforglipron", "retatrutide", "zilebesiran", "olezarsen", "obicetrapib", "sotatercept",
        "infusion chair shortage", "contrast media shortage", "cold chain failure", "pen needle recall",
        "specialty pharmacy backlog", "step therapy rule", "copay accumulator", "biosimilar interchangeability",
        "lipase elevation", "gastroparesis referrals", "muscle mass loss", "hair shedding",
        "telehealth prescribing cliff", "compounded semaglutide warning",
    ];

    /// <summary>
    /// The planted sentence: the topic joined to a sentence of an ordinary post, so every word around the topic occurs
    /// at its background rate. (Fixed frames such as "Anyone else dealing with X?" made their own words rise with the
    /// topic, and the test rightly listed them.)
    /// </summary>
    public static string Sentence(Random rng, string topic, string backgroundPost)
    {
        var sentences = backgroundPost.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        var sentence = sentences[rng.Next(sentences.Length)].TrimEnd('.');
        return rng.Next(3) switch
        {
            0 => $"{topic}: {sentence}.",
            1 => $"{sentence}. Now {topic}.",
            _ => $"{sentence} ({topic}).",
        };
    }

    /// <summary>A sentence of a topic one physician repeats in many posts: must not rise, it has one author.</summary>
    public const string SingleAuthorFlood = "my hospital parking garage";
}
