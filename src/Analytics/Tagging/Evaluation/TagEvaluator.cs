namespace Sermo.Analytics.Tagging.Evaluation;

/// <summary>
/// Scores a tagger against a gold set. A prediction matches a gold span when the spans overlap, the types agree
/// and the canonical ids agree: the generic for drugs, the ICD-10-CM category (the part before the dot) for
/// diseases, the lexicon id for devices, adverse events, drug classes and regimens. Brands, generics, drug classes
/// and regimens are also scored together as "drug", where brand-versus-generic does not matter but the generic
/// must. Context flags are compared over the matched entities; entity sentiment over matched drugs (classes and
/// regimens included) and devices (the products clients watch).
/// </summary>
public static class TagEvaluator
{
    public static readonly string[] EntityTypes = [.. Enum.GetValues<EntityType>().Select(t => t.Label())];
    private const string DrugGroup = "drug";

    /// <param name="aliases">
    /// When given, a gold id that names the tagger's lexicon row by another spelling agrees (decision 066); without
    /// it ids must be equal. Diseases are always compared on the ICD-10-CM category.
    /// </param>
    public static TagEvaluation Evaluate(ITextTagger tagger, IEnumerable<GoldSentence> gold, LexiconIdAliases? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(gold);
        var counts = EntityTypes.Append(DrugGroup).ToDictionary(t => t, _ => new int[3]); // tp, fp, fn
        var flags = new[] { "negated", "uncertain", "familyHistory" }.ToDictionary(f => f, _ => new int[5]);
        var sentiment = new int[5];
        var pairs = new int[3];
        var errors = new List<string>();
        var sentences = 0;
        foreach (var sentence in gold)
        {
            sentences++;
            var result = tagger.Tag(sentence.Text);
            var predicted = result.Entities;
            Score(sentence, predicted, strictType: true, aliases, counts, errors);
            var matches = Score(sentence, predicted, strictType: false, aliases, counts, errors: null);
            foreach (var (g, p) in matches)
            {
                Compare(flags["negated"], g.Negated, p.Negated, sentence, g, "negated", errors);
                Compare(flags["uncertain"], g.Uncertain, p.Uncertain, sentence, g, "uncertain", errors);
                Compare(flags["familyHistory"], g.FamilyHistory, p.FamilyHistory, sentence, g, "familyHistory", errors);
                if (IsDrug(g.Type) || g.Type == "device")
                {
                    var label = p.Sentiment.ToString().ToLowerInvariant();
                    Compare(sentiment, g.Sentiment == label, true, sentence, g, $"sentiment {label} (gold {g.Sentiment})", errors);
                }
            }

            ScorePairs(sentence, result.AdverseEvents, pairs, errors);
        }

        var types = EntityTypes.Select(t => new TypeScore(t, counts[t][0], counts[t][1], counts[t][2])).ToList();
        return new TagEvaluation(
            sentences,
            types,
            new TypeScore(DrugGroup, counts[DrugGroup][0], counts[DrugGroup][1], counts[DrugGroup][2]),
            flags.Select(f => new FlagScore(f.Key, f.Value[0], f.Value[1], f.Value[2], f.Value[3], f.Value[4])).ToList(),
            new FlagScore("sentiment", sentiment[0], sentiment[1], 0, 0, 0),
            new TypeScore("adverse-event-pair", pairs[0], pairs[1], pairs[2]),
            errors);
    }

    private static readonly HashSet<string> DrugTypes = [.. Enum.GetValues<EntityType>().Where(t => t.IsDrug()).Select(t => t.Label())];

    private static string TypeName(EntityType type) => type.Label();

    private static bool IsDrug(string type) => DrugTypes.Contains(type);

    private static bool IdsAgree(GoldEntity gold, TaggedEntity predicted, LexiconIdAliases? aliases) => gold.Type == "disease"
        ? Category(gold.Id).SequenceEqual(Category(predicted.CanonicalId))
        : aliases?.Agree(gold.Type, gold.Id, predicted.CanonicalId)
          ?? string.Equals(gold.Id, predicted.CanonicalId, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Category(string code)
    {
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? code : code.AsSpan(0, dot);
    }

    /// <summary>Greedy one-to-one matching in text order; updates per-type counts (strict) or the drug group (lenient).</summary>
    private static List<(GoldEntity Gold, TaggedEntity Predicted)> Score(
        GoldSentence sentence, IReadOnlyList<TaggedEntity> predicted, bool strictType, LexiconIdAliases? aliases, Dictionary<string, int[]> counts, List<string>? errors)
    {
        var used = new bool[predicted.Count];
        var matches = new List<(GoldEntity, TaggedEntity)>();
        foreach (var gold in sentence.Entities)
        {
            var found = -1;
            for (var i = 0; i < predicted.Count && found < 0; i++)
            {
                var p = predicted[i];
                var type = TypeName(p.Type);
                var typeAgrees = strictType ? type == gold.Type : type == gold.Type || (IsDrug(type) && IsDrug(gold.Type));
                if (!used[i] && p.Start < gold.End && gold.Start < p.End && typeAgrees && IdsAgree(gold, p, aliases))
                {
                    found = i;
                }
            }

            var bucket = strictType ? gold.Type : IsDrug(gold.Type) ? DrugGroup : null;
            if (found >= 0)
            {
                used[found] = true;
                matches.Add((gold, predicted[found]));
                if (bucket is not null)
                {
                    counts[bucket][0]++;
                }
            }
            else
            {
                if (bucket is not null)
                {
                    counts[bucket][2]++;
                }

                errors?.Add($"{sentence.Id} missed {gold.Type} \"{gold.Text}\" ({gold.Id}): {sentence.Text}");
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var type = TypeName(predicted[i].Type);
            var bucket = strictType ? type : IsDrug(type) ? DrugGroup : null;
            if (bucket is not null)
            {
                counts[bucket][1]++;
            }

            errors?.Add($"{sentence.Id} spurious {type} \"{predicted[i].Surface}\" ({predicted[i].CanonicalId}): {sentence.Text}");
        }

        return matches;
    }

    private static void Compare(int[] score, bool gold, bool predicted, GoldSentence sentence, GoldEntity entity, string what, List<string> errors)
    {
        score[1]++;
        score[2] += gold ? 1 : 0;
        score[3] += predicted ? 1 : 0;
        score[4] += gold && predicted ? 1 : 0;
        if (gold == predicted)
        {
            score[0]++;
        }
        else
        {
            errors.Add($"{sentence.Id} {what}={predicted} on \"{entity.Text}\": {sentence.Text}");
        }
    }

    private static void ScorePairs(GoldSentence sentence, IReadOnlyList<AdverseEventPair> predicted, int[] pairs, List<string> errors)
    {
        var entities = sentence.Entities;
        var used = new bool[predicted.Count];
        foreach (var gold in sentence.AdverseEvents)
        {
            var drug = entities.First(e => e.Start == gold.DrugStart);
            var adverse = entities.First(e => e.Start == gold.EventStart);
            var found = -1;
            for (var i = 0; i < predicted.Count && found < 0; i++)
            {
                if (!used[i] && Overlaps(drug, predicted[i].Drug) && Overlaps(adverse, predicted[i].Event))
                {
                    found = i;
                }
            }

            if (found >= 0)
            {
                used[found] = true;
                pairs[0]++;
            }
            else
            {
                pairs[2]++;
                errors.Add($"{sentence.Id} missed pair {drug.Text} + {adverse.Text}: {sentence.Text}");
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            if (!used[i])
            {
                pairs[1]++;
                errors.Add($"{sentence.Id} spurious pair {predicted[i].Drug.Surface} + {predicted[i].Event.Surface}: {sentence.Text}");
            }
        }
    }

    private static bool Overlaps(GoldEntity gold, TaggedEntity predicted) => predicted.Start < gold.End && gold.Start < predicted.End;
}
