using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Sentiments;

/// <summary>
/// Dense features from the clinical tagger's reading of a post, which word n-grams alone get wrong: a negated
/// adverse event is good news ("no bleeding on it"), "positive for" a finding is bad news ("troponin positive"),
/// a negated disease is good news ("negative for malignancy"), an adverse event tied to a drug is bad news about
/// it, and the tagger's own phrase-level lexicon score ("clean scan", "progressed"). Ingest has the tags already,
/// so the model costs no second tagger pass there. Version 2 adds where the post turns ("…, but …") and its hedges
/// (<see cref="ContrastCues"/>).
/// </summary>
public static class ClinicalContextFeatures
{
    /// <summary>Bumped when a feature changes meaning; models record it and refuse another.</summary>
    public const string Version = "clinical-context/2";

    /// <summary>16 from the tags, then the <see cref="ContrastCues"/> (version 2).</summary>
    public const int Count = 16 + ContrastCues.Count;

    public static float[] From(string text, TagResult tags)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tags);
        var f = new float[Count];
        f[0] = (float)tags.SentimentScore;
        f[1] = tags.PostSentiment == Sentiment.Positive ? 1 : 0;
        f[2] = tags.PostSentiment == Sentiment.Negative ? 1 : 0;
        int affirmedEvents = 0, negatedEvents = 0, uncertainFindings = 0, affirmedDiseases = 0, negatedDiseases = 0;
        int drugs = 0, drugsPositive = 0, drugsNegative = 0, family = 0, positiveFindings = 0;
        foreach (var entity in tags.Entities)
        {
            switch (entity.Type)
            {
                case EntityType.AdverseEvent or EntityType.Disease:
                    if (entity.FamilyHistory)
                    {
                        family++;
                    }
                    else if (entity.Negated && entity.Type == EntityType.AdverseEvent)
                    {
                        negatedEvents++;
                    }
                    else if (entity.Negated)
                    {
                        negatedDiseases++;
                    }
                    else if (entity.Uncertain)
                    {
                        uncertainFindings++;
                    }
                    else
                    {
                        affirmedEvents += entity.Type == EntityType.AdverseEvent ? 1 : 0;
                        affirmedDiseases += entity.Type == EntityType.Disease ? 1 : 0;
                        positiveFindings += IsPositiveFinding(text, entity) ? 1 : 0;
                    }

                    break;
                case EntityType.Brand or EntityType.Generic:
                    drugs++;
                    drugsPositive += entity.Sentiment == Sentiment.Positive ? 1 : 0;
                    drugsNegative += entity.Sentiment == Sentiment.Negative ? 1 : 0;
                    break;
            }
        }

        f[3] = Log(affirmedEvents);
        f[4] = Log(negatedEvents);
        f[5] = Log(uncertainFindings);
        f[6] = Log(affirmedDiseases);
        f[7] = Log(negatedDiseases);
        f[8] = Log(tags.AdverseEvents.Count);
        f[9] = Log(drugsPositive);
        f[10] = Log(drugsNegative);
        f[11] = Log(family);
        f[12] = Log(positiveFindings);
        f[13] = Log(drugs);
        f[14] = Log(text.AsSpan().Count('?'));
        f[15] = text.AsSpan().TrimEnd().EndsWith('?') ? 1 : 0;
        ContrastCues.Fill(text, tags, f.AsSpan(16));
        return f;
    }

    /// <summary>"positive for X", "X positive", "X came back positive": a finding reported as present by a test.</summary>
    internal static bool IsPositiveFinding(string text, TaggedEntity entity)
    {
        var before = text.AsSpan(Math.Max(0, entity.Start - 16), Math.Min(16, entity.Start));
        var after = text.AsSpan(entity.End, Math.Min(24, text.Length - entity.End));
        return before.Contains("positive for", StringComparison.OrdinalIgnoreCase)
            || after.TrimStart().StartsWith("positive", StringComparison.OrdinalIgnoreCase)
            || after.Contains("came back positive", StringComparison.OrdinalIgnoreCase);
    }

    private static float Log(int count) => MathF.Log(1 + count);
}
