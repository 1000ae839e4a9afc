using System.Globalization;

namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>One round of a leave-one-round-out run: the round's set scored by the full scrubber with a model that never
/// trained on it, at a threshold chosen on the other rounds' out-of-fold scores (decisions 129, 134).</summary>
public sealed record RotationFigure(int Round, double Threshold, double Recall, double Retention, int CleanChanged, int CleanPosts);

/// <summary>One fold: round r's set scored by the rules alone and, with the model trained without it, at every threshold of the grid.</summary>
internal sealed record RotationFold(int Round, NameTokenScore RulesOnly, IReadOnlyList<(double Threshold, NameTokenScore Score)> Grid, NameTokenModel Model)
{
    public NameTokenScore At(double threshold) => Grid.First(g => Math.Abs(g.Threshold - threshold) < 1e-9).Score;
}

/// <summary>
/// The leave-one-round-out figure of decision 129: for each spent round r, the shipped recipe (<see cref="NameTokenTrainingSet"/>)
/// trained without round r's posts and round r's posts scrubbed by the full scrubber with that model at every threshold. Since
/// decision 134 the same folds choose the threshold: the shipped model's on all folds' scores pooled, and round r's figure at the
/// threshold the other folds choose, so that no round is scored at a threshold read from its own posts. Round 16's lists and
/// templates were written from round 15's misses, so round 15's fold trains without them. What no fold can drop: the rules,
/// each round's read from the round before it. It never writes or changes the shipped model.
/// </summary>
public static class NameTokenRoundRotation
{
    /// <summary>Spent rounds a rotation may leave out: their sets are in the gold folder as RoundN/roundN.jsonl.</summary>
    public const int FirstRound = 10;

    public static string RoundFile(int round) => string.Create(CultureInfo.InvariantCulture, $"Round{round}/round{round}.jsonl");

    /// <param name="alsoWithout">Rounds left out of every fold's training too: the recipe with fewer sets, to compare two recipes.</param>
    /// <param name="learner">The learner every fold trains with, to compare learners.</param>
    /// <param name="misses">When given, each round's missed identifiers, lost terms, changed clean posts and their false hits at its threshold, by the fold's model (decision 150's pooled causes).</param>
    public static IReadOnlyList<RotationFigure> Run(string goldFolder, string forumFolder, IReadOnlyList<int> rounds, IReadOnlyList<int> alsoWithout,
        NameTokenLearner learner, Action<string> progress, Action<string>? misses = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var folds = Folds(goldFolder, forumFolder, rounds, alsoWithout, learner, progress);
        var shipped = NameTokenModel.Shipped.Threshold;
        var (pooledRules, pooledGrid) = NameTokenTrainingSet.Pool(folds);
        progress($"all folds pooled, rules only: {pooledRules}");
        foreach (var (threshold, at) in pooledGrid)
        {
            progress(string.Create(CultureInfo.InvariantCulture, $"all folds pooled at {threshold:F2}: {at}"));
        }

        progress(string.Create(CultureInfo.InvariantCulture,
            $"all folds pooled: threshold {NameTokenTrainingSet.PickShippedThreshold(folds, shipped):F2} (the shipped model's rule; the pooled rule alone {NameTokenTrainingSet.PickPooledThreshold(folds, shipped):F2})"));
        var figures = new List<RotationFigure>();
        foreach (var fold in folds)
        {
            // A rotation of one round has no other folds; its threshold then reads its own posts, and says so.
            var others = folds.Where(f => f.Round != fold.Round).ToList();
            var threshold = NameTokenTrainingSet.PickShippedThreshold(others.Count > 0 ? others : folds, shipped);
            var score = fold.At(threshold);
            progress(string.Create(CultureInfo.InvariantCulture,
                $"round {fold.Round}: threshold {threshold:F2} from {(others.Count > 0 ? "the other folds" : "its own fold")}; rules only {fold.RulesOnly}; held-out model {score}"));
            figures.Add(new RotationFigure(fold.Round, threshold, score.Recall, score.Retention, score.CleanPostsTouched, score.CleanPosts));
            if (misses is not null)
            {
                WriteMisses(goldFolder, fold, threshold, misses);
            }
        }

        return figures;
    }

    private static void WriteMisses(string goldFolder, RotationFold fold, double threshold, Action<string> misses)
    {
        var scrubber = new PhiScrubber(fold.Model.WithThreshold(threshold));
        foreach (var post in LabelledPost.ReadJsonl(Path.Combine(goldFolder, RoundFile(fold.Round))))
        {
            var terms = post.ClinicalTerms ?? [];
            var judged = NameTokenScore.Judge(scrubber, post.Text, post.Identifiers.Select(i => (i.Start, i.End)).ToList(), terms);
            for (var n = 0; n < post.Identifiers.Count; n++)
            {
                if (!judged.Caught[n])
                {
                    var id = post.Identifiers[n];
                    misses(string.Create(CultureInfo.InvariantCulture, $"miss r{fold.Round} {post.Id} {id.Type} \"{post.Text[id.Start..id.End]}\" -> {judged.Result.Text.ReplaceLineEndings(" ")}"));
                }
            }

            for (var n = 0; n < judged.Kept.Length; n++)
            {
                if (!judged.Kept[n])
                {
                    misses(string.Create(CultureInfo.InvariantCulture, $"lost r{fold.Round} {post.Id} \"{terms[n]}\" -> {judged.Result.Text.ReplaceLineEndings(" ")}"));
                }
            }

            if (post.Identifiers.Count == 0 && judged.Result.Spans.Count > 0)
            {
                misses(string.Create(CultureInfo.InvariantCulture, $"clean r{fold.Round} {post.Id} -> {judged.Result.Text.ReplaceLineEndings(" ")}"));
                foreach (var span in judged.Result.Spans)
                {
                    // One line per false hit, so the pooled table counts them by the words taken, not only by post.
                    misses(string.Create(CultureInfo.InvariantCulture, $"false r{fold.Round} {post.Id} {span.Type} \"{post.Text[span.Start..span.End].ReplaceLineEndings(" ")}\""));
                }
            }

            if (post.Identifiers.Count > 0)
            {
                // Words taken beside identifiers (decision 317 counts them, decision 322 reports them); a kind of their own, so the false rows of
                // bench/scrub/pooled-causes.py keep counting identifier-free posts only and stay comparable with earlier rounds.
                foreach (var span in judged.FalseHits)
                {
                    misses(string.Create(CultureInfo.InvariantCulture, $"taken r{fold.Round} {post.Id} {span.Type} \"{post.Text[span.Start..span.End].ReplaceLineEndings(" ")}\""));
                }
            }
        }
    }

    /// <summary>Trains one fold per round without that round's set and scores the round at every threshold of the grid.</summary>
    internal static IReadOnlyList<RotationFold> Folds(string goldFolder, string forumFolder, IReadOnlyList<int> rounds, IReadOnlyList<int> alsoWithout, NameTokenLearner learner, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentNullException.ThrowIfNull(alsoWithout);
        ArgumentNullException.ThrowIfNull(progress);
        var folds = new List<RotationFold>();
        var alsoWithoutFiles = alsoWithout.Select(RoundFile).ToHashSet(StringComparer.Ordinal);
        foreach (var round in rounds)
        {
            var file = RoundFile(round);
            var fold = new NameTokenTrainingSet(goldFolder, forumFolder)
            {
                Files = [.. NameTokenTrainingSet.TrainingFiles.Where(f => f != file && !alsoWithoutFiles.Contains(f))],
                UsesWorldLists = round != 15,
                Learner = learner,
            };
            var dropped = NameTokenTrainingSet.TrainingFiles.Length - fold.Files.Count;
            progress(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: training without {(dropped > 0 ? file : "nothing (not a training file)")}{(fold.UsesWorldLists ? "" : " and without round 16's lists and templates")}"));
            var model = fold.TrainUnthresholded(_ => { });
            var posts = LabelledPost.ReadJsonl(Path.Combine(goldFolder, file));
            var rulesOnly = NameTokenScore.Evaluate(new PhiScrubber(model: null), posts);
            var grid = NameTokenTrainingSet.ThresholdGrid.Select(t => (t, NameTokenScore.Evaluate(new PhiScrubber(model.WithThreshold(t)), posts))).ToList();
            foreach (var (threshold, at) in grid)
            {
                progress(string.Create(CultureInfo.InvariantCulture, $"round {round}:   at {threshold:F2}: {at}"));
            }

            folds.Add(new RotationFold(round, rulesOnly, grid, model));
        }

        return folds;
    }

    /// <summary>The mean line: recall, retention and clean posts changed averaged over the rounds (each round weighs the same).</summary>
    public static string Mean(IReadOnlyList<RotationFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Count == 0 ? "no rounds" : string.Create(CultureInfo.InvariantCulture,
            $"mean of rounds {string.Join(",", figures.Select(f => f.Round))}: recall {figures.Average(f => f.Recall):F4}, retention {figures.Average(f => f.Retention):F4}, clean changed {figures.Average(f => f.CleanChanged):F1} ({figures.Sum(f => f.CleanChanged)} of {figures.Sum(f => f.CleanPosts)})");
    }
}
