using System.Buffers;
using System.Collections.Frozen;
using Sermo.Ingest.Anonymization.Learned;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Surname particles (round 9, decision 065): "Lupe van der Berg", "Goran dos Reis", "Dr. bin Rashid", "Keoni abu Zeid",
/// "dos Reis, Chinonso". A run of one or two lower-case particles between a name part (found by a rule, a title, or a
/// name-case word no list knows as English) and a name-case word makes one name of the three; the rules alone stopped at
/// the particle and left the surname. Clinical names keep theirs: the word after the particle may not be an eponym or
/// clinical word nor stand before a disease noun ("von Willebrand disease", "de Quervain tenosynovitis", "de Lange syndrome").
/// </summary>
internal static class NameParticles
{
    internal static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal,
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "bin", "ibn", "bint", "abu", "al", "el",
        "ter", "ten", "mac", "nic", "ni", "ap");

    private const WordKind NeverAfter = WordKind.Clinical | WordKind.Eponym | WordKind.Month | WordKind.State | WordKind.Holiday | WordKind.Institution | WordKind.HeadNoun;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var any = false;
        for (var i = 0; i < tokens.Count && !any; i++)
        {
            any = tokens[i].Length <= 5 && IsParticle(index, i);
        }

        if (!any)
        {
            return;
        }

        var coverArray = ArrayPool<TokenCover>.Shared.Rent(tokens.Count);
        try
        {
            var cover = coverArray.AsSpan(0, tokens.Count);
            LearnedNameDetector.MarkCover(index, found, cover);
            for (var p = 0; p < tokens.Count; p++)
            {
                if (!IsParticle(index, p))
                {
                    continue;
                }

                var q = p + 1 < tokens.Count && IsParticle(index, p + 1) && Spaced(index, p, p + 1) ? p + 1 : p;
                var n = q + 1;
                if (n >= tokens.Count || !Spaced(index, q, n) || !IsSurnameAfter(index, n, cover[p > 0 ? p - 1 : p] == TokenCover.Name && p > 0))
                {
                    p = q;
                    continue;
                }

                // "Pt di Stefano", "dropped dos Santos": when a rule already found the surname, the particle before it joins it
                // whatever stands on its left (round 10).
                var start = LeftStart(index, p, cover);
                if (start < 0 && cover[n] == TokenCover.Name)
                {
                    start = tokens[p].Start;
                }

                if (start >= 0)
                {
                    found.Add(Union(found, start, tokens[n].End));
                }

                p = n;
            }
        }
        finally
        {
            ArrayPool<TokenCover>.Shared.Return(coverArray);
        }
    }

    // One span over the particle name and any name the rules found overlapping it ("dos Anjos" and "Anjos, Rosimeire"), so the
    // overlap resolver cannot keep the rule's span and drop the particle.
    private static Detection Union(List<Detection> found, int start, int end)
    {
        foreach (var candidate in found)
        {
            if (candidate.Type == PhiType.Name && candidate.Start < end && start < candidate.End)
            {
                start = Math.Min(start, candidate.Start);
                end = Math.Max(end, candidate.End);
            }
        }

        return new Detection(start, end, PhiType.Name, 5);
    }

    // Where the name begins: at the name part before the particle, at the particle after a title, or at the particle when it
    // opens a record field ("Pt: dos Reis, Chinonso"). -1 when nothing before says "name".
    private static int LeftStart(TokenIndex index, int p, ReadOnlySpan<TokenCover> cover)
    {
        var tokens = index.Tokens;
        if (p == 0)
        {
            return tokens[p].Start;
        }

        var b = p - 1;
        var gapBefore = index.Text.AsSpan(tokens[b].PossessiveEnd, tokens[p].Start - tokens[b].PossessiveEnd);
        if (gapBefore.ContainsAny(':', '|', '/') || gapBefore.Contains('\n'))
        {
            return tokens[p].Start;
        }

        if (!Spaced(index, b, p) && !(tokens[b].PeriodAfter && tokens[p].Start - tokens[b].End == 2))
        {
            return -1;
        }

        if ((index.Kinds[b] & WordKind.Title) != 0)
        {
            return tokens[p].Start;
        }

        if (cover[b] == TokenCover.Name)
        {
            return tokens[b].Start;
        }

        var word = Word(index, b);
        return char.IsUpper(word[0]) && NameTokenizer.IsNameCase(word) && (index.Kinds[b] & NeverAfter) == 0 && !tokens[b].SentenceStart
            && (index.IsFirstName(b) || !index.IsEnglishWord(b))
            ? tokens[b].Start
            : -1;
    }

    // The surname after the particles: name-case and no clinical word; lower case only after a detected name ("ahmad bin rashid").
    private static bool IsSurnameAfter(TokenIndex index, int n, bool afterDetectedName)
    {
        var word = Word(index, n);
        if (word.Length < 2 || (index.Kinds[n] & NeverAfter) != 0)
        {
            return false;
        }

        var lexicon = NameLexicon.Shared;
        if (lexicon.DiseaseWords.Contains(word) || (n + 1 < index.Tokens.Count && ((index.Kinds[n + 1] & WordKind.HeadNoun) != 0 || lexicon.DiseaseWords.Contains(Word(index, n + 1)))))
        {
            return false;
        }

        return char.IsUpper(word[0])
            ? NameTokenizer.IsNameCase(word) || word.Contains('-')
            : afterDetectedName && !index.IsEnglishWord(n) && !index.IsClinicalTerm(n);
    }

    // The shared cue flag first: most words skip the lookup (decisions 084, 093).
    private static bool IsParticle(TokenIndex index, int i) =>
        (index.Cues[i] & WordCue.Particle) != 0 && Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(index, i));

    private static bool Spaced(TokenIndex index, int left, int right) => index.Tokens[right].Start - index.Tokens[left].End == 1 && index.Text[index.Tokens[left].End] == ' ';

    private static ReadOnlySpan<char> Word(TokenIndex index, int i) => index.Text.AsSpan(index.Tokens[i].Start, index.Tokens[i].Length);
}
