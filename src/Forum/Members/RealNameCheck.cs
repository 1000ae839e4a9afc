using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Sermo.Forum.Members;

/// <summary>
/// Refuses pseudonyms that look like a person's name ("jane.smith", "DrPatel", "kromano88", "smith_jane_do"). The
/// forum may not use the anonymizer's name knowledge (Forum references nothing of Ingest), so it carries its own
/// lists (census given names and surnames, common English words) and a few rules over the pseudonym's parts;
/// docs/forum.md gives the rules and their measured hit and false-refusal rates.
/// </summary>
public sealed partial class RealNameCheck
{
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(["dr", "doc", "doctor", "prof"]);
    private static readonly FrozenSet<string> Suffixes = FrozenSet.ToFrozenSet(["md", "do", "mbbs", "phd", "rn", "np", "pa", "jr", "sr", "dds", "mph"]);
    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
        ["of", "in", "on", "at", "the", "and", "or", "to", "for", "by", "with", "from", "my", "our", "no", "not", "a", "an"]);
    private static readonly FrozenSet<string> RoleWords = FrozenSet.ToFrozenSet(
        ["doc", "md", "er", "gi", "id", "ob", "gyn", "obgyn", "cardio", "neuro", "onco", "nephro", "derm", "psych", "peds",
         "internist", "hospitalist", "intensivist", "surgeon"]);
    private static readonly string[] WordEndings = ["s", "es", "er", "r", "ers", "ing", "ed", "d", "or", "ly"];

    private readonly FrozenSet<string> _given = Load("given-names.txt");
    private readonly FrozenSet<string> _surnames = Load("surnames.txt");
    private readonly FrozenSet<string> _words = Load("common-words.txt");

    public static RealNameCheck Shared { get; } = new();

    /// <summary>Why the pseudonym looks like a real name ("jane + smith"), or null when it does not.</summary>
    public string? Explain(string pseudonym)
    {
        var all = Parts().Matches(pseudonym).Select(m => m.Value.ToLowerInvariant()).ToList();
        var parts = all.Where(p => !Suffixes.Contains(p)).ToList();
        foreach (var part in parts)
        {
            if (Glued(part) is { } glued)
            {
                return glued;
            }
        }

        // "smith_md": a surname or an unknown word next to a degree.
        if (parts.Count < all.Count && parts.FirstOrDefault(p => (IsSurname(p) && !IsWord(p)) || !IsKnown(p)) is { } named)
        {
            return $"{named} + a degree";
        }

        for (var i = 0; i + 1 < parts.Count; i++)
        {
            if (Pair(parts[i], parts[i + 1]) is { } pair)
            {
                return pair;
            }
        }

        return null;
    }

    private string? Pair(string a, string b)
    {
        if (Titles.Contains(a))
        {
            return IsWord(b) ? null : $"{a} + {b}";
        }

        if (Titles.Contains(b) || (IsWord(a) && IsWord(b)))
        {
            return null;
        }

        // A given name that is also a common word (Grace, Blue) counts only beside a surname.
        var looksNamed = (IsGiven(a) && (IsSurname(b) || (!IsKnown(b) && !IsWord(a))))
            || (IsGiven(b) && (IsSurname(a) || (!IsKnown(a) && !IsWord(b))))
            || (IsSurname(a) && !IsKnown(b)) || (IsSurname(b) && !IsKnown(a));
        return looksNamed ? $"{a} + {b}" : null;
    }

    /// <summary>A part that is no word or name itself but splits into name pieces: "drpatel", "kromano", "janesmith", "fatimao".</summary>
    private string? Glued(string part)
    {
        if (part.Length < 4 || IsKnown(part))
        {
            return null;
        }

        for (var i = 1; i < part.Length; i++)
        {
            var (a, b) = (part[..i], part[i..]);
            var named = (Titles.Contains(a) && b.Length >= 3 && !IsWord(b))
                || (a.Length == 1 && b.Length >= 3 && IsSurname(b))
                || (b.Length == 1 && a.Length >= 3 && IsGiven(a))
                || (a.Length >= 3 && b.Length >= 3 && ((IsGiven(a) && IsSurname(b)) || (IsSurname(a) && IsGiven(b))) && !(IsWord(a) && IsWord(b)));
            if (named)
            {
                return $"{a} + {b}";
            }
        }

        return null;
    }

    private bool IsGiven(string part) => _given.Contains(part);

    private bool IsSurname(string part) => _surnames.Contains(part);

    private bool IsKnown(string part) => IsWord(part) || IsGiven(part) || IsSurname(part);

    private bool IsWord(string part) =>
        IsPlainWord(part) || WordEndings.Any(e => part.Length - e.Length >= 3 && part.EndsWith(e, StringComparison.Ordinal) && IsPlainWord(part[..^e.Length]));

    private bool IsPlainWord(string part) =>
        _words.Contains(part) || RoleWords.Contains(part) || FunctionWords.Contains(part)
        || part.EndsWith("ologist", StringComparison.Ordinal) || part.EndsWith("iatrist", StringComparison.Ordinal) || part.EndsWith("ician", StringComparison.Ordinal);

    private static FrozenSet<string> Load(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sermo.Forum.Members.Data." + file)
            ?? throw new InvalidOperationException($"Embedded word list {file} is missing from Sermo.Forum.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    // Camel-case and separator boundaries: "DrPatel_MD2" → Dr, Patel, MD; "ERDoc" → ER, Doc.
    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z]+")]
    private static partial Regex Parts();
}
