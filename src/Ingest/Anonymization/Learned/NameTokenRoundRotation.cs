using System.Globalization;

namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>One round of a leave-one-round-out run: the round's set scored by the rules alone and by the full scrubber
/// with a model that never trained on it (decision 129).</summary>
public sealed record RotationFigure(int Round, double Threshold, double Recall, double Retention, int CleanChanged, int CleanPosts);

/// <summary>
/// The leave-one-round-out figure of decision 129: for each spent round r, the shipped recipe (<see cref="NameTokenTrainingSet"/>)
/// trained without round r's posts, its threshold chosen on round 5's set by the same rule, and round r's posts scrubbed by
/// the full scrubber with that model. A round's set that is no training file is scored with the recipe as it is. Round 16's
/// lists and templates were written from round 15's misses, so round 15's fold trains without them. What no fold can drop:
/// the rules, each round's read from the round before it (round r's set shaped round r+1's rules). It estimates unseen text
/// better than a set the round read; it never writes or changes the shipped model.
/// </summary>
public static class NameTokenRoundRotation
{
    /// <summary>Spent rounds a rotation may leave out: their sets are in the gold folder as RoundN/roundN.jsonl.</summary>
    public const int FirstRound = 10;

    public static string RoundFile(int round) => string.Create(CultureInfo.InvariantCulture, $"Round{round}/round{round}.jsonl");

    /// <param name="alsoWithout">Rounds left out of every fold's training too: the recipe with fewer sets, to compare two recipes.</param>
    public static IReadOnlyList<RotationFigure> Run(string goldFolder, string forumFolder, IReadOnlyList<int> rounds, IReadOnlyList<int> alsoWithout, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentNullException.ThrowIfNull(alsoWithout);
        ArgumentNullException.ThrowIfNull(progress);
        var figures = new List<RotationFigure>();
        var alsoWithoutFiles = alsoWithout.Select(RoundFile).ToHashSet(StringComparer.Ordinal);
        foreach (var round in rounds)
        {
            var file = RoundFile(round);
            var fold = new NameTokenTrainingSet(goldFolder, forumFolder)
            {
                Files = [.. NameTokenTrainingSet.TrainingFiles.Where(f => f != file && !alsoWithoutFiles.Contains(f))],
                UsesWorldLists = round != 15,
            };
            var dropped = NameTokenTrainingSet.TrainingFiles.Length - fold.Files.Count;
            progress(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: training without {(dropped > 0 ? file : "nothing (not a training file)")}{(fold.UsesWorldLists ? "" : " and without round 16's lists and templates")}"));
            var (model, grid, _) = fold.Train(_ => { });
            var posts = LabelledPost.ReadJsonl(Path.Combine(goldFolder, file));
            var rulesOnly = NameTokenScore.Evaluate(new PhiScrubber(model: null), posts);
            var heldOut = NameTokenScore.Evaluate(new PhiScrubber(model), posts);
            var figure = new RotationFigure(round, model.Threshold, heldOut.Recall, heldOut.Retention, heldOut.CleanPostsTouched, heldOut.CleanPosts);
            progress(string.Create(CultureInfo.InvariantCulture, $"round {round}: threshold {model.Threshold:F2}; rules only {rulesOnly}; held-out model {heldOut}"));
            // The fold's round scored at every threshold of the grid beside round 5's set: whether the rule's choice carries over.
            foreach (var (threshold, fresh) in grid)
            {
                var at = NameTokenScore.Evaluate(new PhiScrubber(model.WithThreshold(threshold)), posts);
                progress(string.Create(CultureInfo.InvariantCulture, $"round {round}:   at {threshold:F2}: round {round} {at}; round 5 {fresh}"));
            }

            figures.Add(figure);
        }

        return figures;
    }

    /// <summary>The mean line: recall, retention and clean posts changed averaged over the rounds (each round weighs the same).</summary>
    public static string Mean(IReadOnlyList<RotationFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Count == 0 ? "no rounds" : string.Create(CultureInfo.InvariantCulture,
            $"mean of rounds {string.Join(",", figures.Select(f => f.Round))}: recall {figures.Average(f => f.Recall):F4}, retention {figures.Average(f => f.Retention):F4}, clean changed {figures.Average(f => f.CleanChanged):F1} ({figures.Sum(f => f.CleanChanged)} of {figures.Sum(f => f.CleanPosts)})");
    }
}
