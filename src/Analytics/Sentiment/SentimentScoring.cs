using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Sentiments;

internal enum SentimentItemKind
{
    Polarity,
    Intensifier,
    Negator,
    /// <summary>An adverse event with no sentiment word on it; scored like a polar term.</summary>
    Finding,
}

/// <summary>A sentiment-bearing span of normalized text.</summary>
internal readonly record struct SentimentItem(int Start, int End, SentimentItemKind Kind, double Weight);

/// <summary>
/// The arithmetic shared by the post scorer and the tagger's per-clause sentiment: polar weights summed,
/// an intensifier directly before a polar term multiplies it, a negator up to three words before a polar term
/// in the same clause flips and damps it (as VADER does, factor -0.75), and the sum is squashed into [-1, 1].
/// </summary>
internal static class SentimentScoring
{
    /// <summary>An adverse event mentioned without a sentiment word still reads as bad news.</summary>
    public const double AdverseEventWeight = -0.4;
    public const double NegationFactor = -0.75;
    public const double Threshold = 0.15;
    private const int NegationWindowWords = 3;

    public static SentimentResult Score(ReadOnlySpan<char> text, ReadOnlySpan<SentimentItem> items)
    {
        var raw = 0.0;
        var positive = 0;
        var negative = 0;
        var negatorEnd = -1;
        var intensity = 1.0;
        var intensifierEnd = -1;
        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case SentimentItemKind.Negator:
                    negatorEnd = item.End;
                    break;
                case SentimentItemKind.Intensifier:
                    intensity = intensifierEnd >= 0 && IsAdjacent(text, intensifierEnd, item.Start) ? intensity * item.Weight : item.Weight;
                    intensifierEnd = item.End;
                    break;
                default:
                    var weight = item.Weight;
                    if (intensifierEnd >= 0 && IsAdjacent(text, intensifierEnd, item.Start))
                    {
                        weight *= intensity;
                    }

                    if (negatorEnd >= 0 && InNegationScope(text, negatorEnd, item.Start))
                    {
                        weight *= NegationFactor;
                    }

                    intensifierEnd = -1;
                    raw += weight;
                    if (weight > 0)
                    {
                        positive++;
                    }
                    else if (weight < 0)
                    {
                        negative++;
                    }

                    break;
            }
        }

        var score = raw / Math.Sqrt((raw * raw) + 1.0);
        return new SentimentResult(score, Label(score), positive, negative);
    }

    public static Tagging.Sentiment Label(double score) =>
        score >= Threshold ? Tagging.Sentiment.Positive : score <= -Threshold ? Tagging.Sentiment.Negative : Tagging.Sentiment.Neutral;

    public static bool IsClauseBreakChar(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        return c is ',' or ';' or ':' or '!' or '?' or '\n' || (c == '.' && (i + 1 == text.Length || !NormalizedText.IsWordChar(text[i + 1])));
    }

    private static bool IsAdjacent(ReadOnlySpan<char> text, int end, int start)
    {
        for (var i = end; i < start; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static bool InNegationScope(ReadOnlySpan<char> text, int negatorEnd, int start)
    {
        if (start < negatorEnd)
        {
            return false;
        }

        var words = 0;
        for (var i = negatorEnd; i < start; i++)
        {
            if (IsClauseBreakChar(text, i))
            {
                return false;
            }

            if (NormalizedText.IsWordChar(text[i]) && (i == 0 || !NormalizedText.IsWordChar(text[i - 1])))
            {
                words++;
            }
        }

        return words <= NegationWindowWords;
    }
}
