using Sermo.Analytics.Tagging.Evaluation;

namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// Trains the disambiguation model on the eligible training contexts (trainer chosen by five runs of 5-fold
/// cross-validation there) and scores it next to the rules on the held-out contexts and on every ambiguous candidate of the tagger
/// gold parts, where the right answer is whether the gold set annotates an entity of the candidate's type on that
/// span. Both deciders drop a candidate that is not <see cref="AmbiguityCandidate.Eligible"/>.
/// </summary>
public static class AmbiguityComparison
{
    private const int Folds = 5;
    private const int Repeats = 5;

    public static (AmbiguityReport Report, AmbiguityModel Model) Run(
        ClinicalTagger tagger, IReadOnlyList<ContextExample> training, IReadOnlyList<ContextExample> heldOut, IReadOnlyList<GoldSetPart> gold, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var skipped = 0;
        var trainingSet = Label(tagger, training, ref skipped);
        var examples = trainingSet.Where(c => c.Candidate.Eligible).Select(c => new AmbiguityExample(c.Candidate.Features, c.Label)).ToList();
        var crossValidation = AmbiguityModel.CrossValidate(examples, Folds, Repeats, seed);
        var trainer = crossValidation.MaxBy(p => p.Value).Key;
        var model = AmbiguityModel.Train(examples, trainer, seed);

        var parts = new List<AmbiguityPartResult> { Score("contexts-heldout", model, Label(tagger, heldOut, ref skipped)) };
        foreach (var part in gold)
        {
            parts.Add(Score(part.Name, model, Label(tagger, part.Sentences)));
        }

        var report = new AmbiguityReport(examples.Count, skipped, crossValidation.ToDictionary(p => p.Key.ToString(), p => p.Value), trainer.ToString(), parts);
        return (report, model);
    }

    private static AmbiguityPartResult Score(string name, AmbiguityModel model, List<(AmbiguityCandidate Candidate, bool Label)> labelled)
    {
        var gold = labelled.Select(l => l.Label).ToList();
        var scores = model.Predict([.. labelled.Select(l => l.Candidate.Features)]);
        var predicted = labelled.Select((l, i) => l.Candidate.Eligible && scores[i]).ToList();
        return new AmbiguityPartResult(name, AmbiguityScore.Of([.. labelled.Select(l => l.Candidate.RuleKeeps)], gold), AmbiguityScore.Of(predicted, gold));
    }

    /// <summary>Each context's candidate at the term's first occurrence; contexts where the tagger has none there are counted as skipped.</summary>
    private static List<(AmbiguityCandidate Candidate, bool Label)> Label(ClinicalTagger tagger, IReadOnlyList<ContextExample> contexts, ref int skipped)
    {
        var labelled = new List<(AmbiguityCandidate, bool)>();
        foreach (var context in contexts)
        {
            var start = context.Text.IndexOf(context.Term, StringComparison.Ordinal);
            var candidate = tagger.FindAmbiguityCandidates(context.Text).FirstOrDefault(c => c.Start == start);
            if (candidate is null)
            {
                skipped++;
                continue;
            }

            labelled.Add((candidate, context.Label));
        }

        return labelled;
    }

    /// <summary>Every candidate of the gold texts, right when the gold set has an entity of the candidate's type on its span.</summary>
    private static List<(AmbiguityCandidate Candidate, bool Label)> Label(ClinicalTagger tagger, IReadOnlyList<GoldSentence> sentences)
    {
        var labelled = new List<(AmbiguityCandidate, bool)>();
        foreach (var sentence in sentences)
        {
            foreach (var candidate in tagger.FindAmbiguityCandidates(sentence.Text))
            {
                var type = candidate.Type.Label();
                labelled.Add((candidate, sentence.Entities.Any(e => e.Type == type && e.Start < candidate.End && candidate.Start < e.End)));
            }
        }

        return labelled;
    }
}
