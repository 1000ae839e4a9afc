using System.Text.Json;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Anonymization.Learned;
using Sermo.Ingest.Tests.Anonymization.Gold;

namespace Sermo.Ingest.Tests.Anonymization.Learned;

/// <summary>
/// What the shipped name model is trained from (decision 058): the gold sets of rounds 1-7 except round 5's fresh set,
/// which is kept out to choose the threshold on, plus generated sentences whose names and places come from the
/// independent set's source lists (Gold/sources) and the scrubber's word-name and word-town lists.
/// </summary>
internal static class NameTokenTrainingSet
{
    public const int GeneratedPosts = 4000;

    public const string Description = "gold.jsonl, Independent tune+holdout, Round6, Round7, 4000 generated, samples/forum posts without planted identifiers";

    /// <summary>Thresholds tried on the threshold set; the rule that picks one is <see cref="ChooseThreshold"/>.</summary>
    public static readonly double[] ThresholdGrid = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

    public static IReadOnlyList<LabelledPost> TrainingPosts()
    {
        var folder = GoldFiles.Folder;
        var posts = new List<LabelledPost>();
        posts.AddRange(LabelledPost.ReadJsonl(GoldFiles.GoldJsonl));
        posts.AddRange(LabelledPost.ReadJsonl(Path.Combine(GoldFiles.IndependentFolder, "tune.jsonl")));
        posts.AddRange(LabelledPost.ReadJsonl(Path.Combine(GoldFiles.IndependentFolder, "holdout.jsonl")));
        posts.AddRange(LabelledPost.ReadJsonl(GoldFiles.Round6Jsonl));
        posts.AddRange(LabelledPost.ReadJsonl(GoldFiles.Round7Jsonl));
        posts.AddRange(NameTokenSentences.Generate(Sources(folder), GeneratedPosts, NameTokenTrainer.Seed));
        posts.AddRange(SampleForumPosts());
        return posts;
    }

    /// <summary>
    /// The sample forum's physician posts, less those the sample planted an identifier in: identifier-free text in the
    /// forum's own register (drug names, sentence-opening words, capitalised clinical phrases), every candidate word a negative.
    /// </summary>
    private static IEnumerable<LabelledPost> SampleForumPosts()
    {
        var forum = Path.Combine(GoldFiles.RepositoryRoot, "samples", "forum");
        var planted = File.ReadLines(Path.Combine(forum, "planted-identifiers.jsonl")).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("postId").GetString()).ToHashSet(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(forum, "posts.jsonl")).Where(l => l.Length > 0))
        {
            using var post = JsonDocument.Parse(line);
            var id = post.RootElement.GetProperty("id").GetString()!;
            if (!planted.Contains(id))
            {
                yield return new LabelledPost(id, post.RootElement.GetProperty("body").GetString()!, [], []);
            }
        }
    }

    /// <summary>Round 5's fresh set: never trained on, read only to choose the threshold.</summary>
    public static IReadOnlyList<GoldPost> ThresholdPosts() => GoldFiles.LoadFresh();

    public static NameTokenModel Train(double threshold) => NameTokenTrainer.Train(TrainingPosts(), threshold, Description);

    /// <summary>
    /// The highest recall on the threshold set whose retention stays at or above 0.99 and that changes no more
    /// identifier-free posts than the rules alone; among equals the highest threshold (fewer words taken).
    /// </summary>
    public static (double Threshold, IReadOnlyList<(double Threshold, GoldScore Score)> Grid) ChooseThreshold(NameTokenModel model, GoldScore rulesOnly)
    {
        var posts = ThresholdPosts();
        var grid = ThresholdGrid.Select(t => (t, GoldScore.Evaluate(new PhiScrubber(model.WithThreshold(t)), posts))).ToList();
        var allowed = grid.Where(g => g.Item2.Retention >= 0.99 && g.Item2.CleanPostsTouched <= rulesOnly.CleanPostsTouched).ToList();
        var best = allowed.Count == 0
            ? ThresholdGrid[^1]
            : allowed.OrderByDescending(g => g.Item2.Caught).ThenByDescending(g => g.t).First().t;
        return (best, grid);
    }

    private static NameSources Sources(string folder)
    {
        var sources = Path.Combine(folder, "sources");
        var given = ReadList(Path.Combine(sources, "held-out-given-names.txt"));
        var surnames = ReadList(Path.Combine(sources, "held-out-surnames.txt"));
        var places = File.ReadLines(Path.Combine(sources, "us-places.tsv")).Select(l => l.Split('\t')).Where(f => f.Length >= 2 && !f[0].Any(char.IsDigit)).ToList();
        var lexicon = NameLexicon.Shared;
        // Sorted: the lists are hash sets, whose order changes from process to process.
        // Word-names that are given names (Hazel, Ivy, Will), capitalised as the census lists are not.
        var wordGiven = lexicon.NameWords.Words.Where(w => w.Length >= 3 && w.All(char.IsAsciiLetterLower) && lexicon.FirstNames.Contains(w))
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var towns = places.Select(f => f[0]).Concat(lexicon.WordCities.Words.Where(w => char.IsUpper(w[0]))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var states = places.Select(f => f[1]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new NameSources(given, wordGiven, surnames, towns, states);
    }

    private static List<string> ReadList(string path) =>
        [.. File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
