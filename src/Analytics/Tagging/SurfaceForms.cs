namespace Sermo.Analytics.Tagging;

/// <summary>
/// The other surface forms physicians write for a lexicon term, derived by rule from the term itself so that one rule
/// covers every row (decision 205): the British spelling of an American term, the apostrophe-less possessive of an
/// eponym, and the adjective of an "-emia" or "-penia" disease. A disease's plural was tried and left out: plurals
/// of disease words are mostly generic ("line infections", "vertebral compression fractures") or another sense ("ICD
/// shocks"), 4 misses fixed for 19 false positives on the readable sets. The forms are registered as terms of the same entity when the catalog is
/// built, so the automaton still reads each character once and no rule runs per token at tagging time; a derived form
/// never takes a term another row already spells.
/// </summary>
internal static class SurfaceForms
{
    /// <summary>
    /// American to British spelling, as (American, British, a letter that may not come before the American part). Each
    /// holds anywhere inside a word: "-emia" is "-aemia" in every disease that ends so (anemia, leukemia, ischemia,
    /// septicemia, hyperkalemia); "hem" is "haem" (hemorrhage, hematoma, hemophilia) but not after "c" ("chemo",
    /// "ischemia", whose "-emia" rule already holds) nor before "i" ("hemiplegia" is the same in both). A rule that
    /// misfires on a word ("systemic" as "systaemic") makes a form nobody writes, which can never match.
    /// </summary>
    private static readonly (string American, string British, char NotAfter)[] Spellings =
    [
        ("emia", "aemia", 'a'), ("emic", "aemic", 'a'), ("hem", "haem", 'c'), ("edem", "oedem", 'o'),
        ("esophag", "oesophag", 'o'), ("estr", "oestr", 'o'), ("tumor", "tumour", '\0'), ("rrhea", "rrhoea", '\0'),
        ("pnea", "pnoea", '\0'), ("celiac", "coeliac", '\0'), ("pediatr", "paediatr", '\0'), ("opedic", "opaedic", '\0'),
        ("anesth", "anaesth", '\0'), ("gynecol", "gynaecol", '\0'), ("fetal", "foetal", '\0'), ("fetus", "foetus", '\0'),
        ("cesarean", "caesarean", '\0'), ("ameb", "amoeb", '\0'), ("sulf", "sulph", '\0'), ("labor", "labour", '\0'),
        ("izat", "isat", '\0'), ("izing", "ising", '\0'), ("ized", "ised", '\0'), ("behavior", "behaviour", '\0'),
        ("leukocyt", "leucocyt", '\0'),
    ];

    /// <summary>Words after an eponym: "Crohn disease" is also written "Crohns disease", "Hashimoto thyroiditis" "Hashimotos thyroiditis".</summary>
    private static readonly HashSet<string> EponymHeads = new(StringComparer.Ordinal)
    {
        "disease", "syndrome", "palsy", "thyroiditis", "lymphoma", "sarcoma", "phenomenon", "encephalopathy", "disorder", "ulcer",
    };

    /// <summary>
    /// Every form of one term: its British spelling, then (for a disease) its eponym's apostrophe-less possessive and
    /// its adjective, of the term and of its British spelling. <paramref name="spelling"/> is the row's own text, <paramref name="normalized"/>
    /// its normalized form.
    /// </summary>
    public static IEnumerable<string> Of(string spelling, string normalized, EntityType type, bool ambiguous, IReadOnlySet<string> commonWords)
    {
        var spelled = BritishSpelling(normalized);
        if (spelled is not null)
        {
            yield return spelled;
        }

        foreach (var joint in PrefixJoints.Of(normalized, commonWords))
        {
            yield return joint;
        }

        if (type != EntityType.Disease)
        {
            yield break;
        }

        foreach (var written in spelled is null ? [normalized] : new[] { normalized, spelled })
        {
            if (EponymWithoutApostrophe(spelling, written) is { } eponym)
            {
                yield return eponym;
            }

            if (!ambiguous && Adjective(written) is { } adjective && !commonWords.Contains(adjective))
            {
                yield return adjective;
            }
        }
    }

    /// <summary>
    /// The British form of an American spelling; null when none applies. Only this way: the lexicon is written in
    /// American spelling, and a British row whose American form is no row was left so on purpose ("tumour" is a row,
    /// the bare "tumor" of "tumor markers", "tumor response" is not; the American form made 9 false positives on the
    /// readable sets, decision 205).
    /// </summary>
    internal static string? BritishSpelling(string normalized)
    {
        var british = Rewrite(normalized);
        return british != normalized ? british : null;
    }

    /// <summary>
    /// "Crohn's disease" normalizes to "crohn disease" and the catalog already adds "crohns disease"; a row written
    /// without the apostrophe ("Wilson disease", "Hashimoto thyroiditis") gets the possessive physicians type without it
    /// ("Wilsons disease"). Only a capitalized name before a head noun of <see cref="EponymHeads"/>: the bare name
    /// ("Wilson", "Wilsons") is a surname and a family, never read as the disease.
    /// </summary>
    internal static string? EponymWithoutApostrophe(string spelling, string normalized)
    {
        var words = normalized.Split(' ');
        if (words.Length < 2 || spelling.Length == 0 || !char.IsUpper(spelling[0]) || words[0].EndsWith('s') || words[0].Length < 3
            || !EponymHeads.Contains(words[1]) || spelling.Contains('\'', StringComparison.Ordinal))
        {
            return null;
        }

        return words[0] + "s " + string.Join(' ', words[1..]);
    }

    /// <summary>
    /// The eponym alone in its possessive, as physicians write a disease they have named once or know by its eponym
    /// ("screening for Conn's", "Wilson's ruled out"; round 39, decision 244), from a row written "X's" before a head noun
    /// of <see cref="EponymHeads"/> ("Wilson's disease", "Conn's syndrome"). Null for any other row. Without the apostrophe
    /// the bare name is a surname ("Wilson", "Conn"), so the form is matched only as spelled here, capitalized and with its
    /// apostrophe (<see cref="TermInfo.ExactSpelling"/>): the check runs on the hits of that one word only.
    /// </summary>
    internal static string? BarePossessive(string spelling)
    {
        var apostrophe = spelling.IndexOf("'s ", StringComparison.Ordinal);
        if (apostrophe < 3 || !spelling.AsSpan(0, apostrophe).ContainsOnlyLetters())
        {
            return null;
        }

        var head = spelling[(apostrophe + 3)..].Split(' ')[0];
        return EponymHeads.Contains(head.ToLowerInvariant()) ? char.ToUpperInvariant(spelling[0]) + spelling[1..(apostrophe + 2)] : null;
    }

    /// <summary>
    /// The adjective that describes a patient by a one-word disease, which the guide annotates as that disease
    /// ("hyponatremic", "thrombocytopenic", "hypoxemic"): "-emia" gives "-emic" and "-penia" "-penic". Other endings
    /// are left: "-osis" to "-otic" also makes "sclerotic" (a lesion, not multiple sclerosis) and "-ia" to "-ic" makes
    /// "manic" of mania but "septic" only of sepsis; rows already carry the adjectives that rules would get wrong.
    /// </summary>
    internal static string? Adjective(string normalized)
    {
        if (normalized.Contains(' ', StringComparison.Ordinal) || normalized.Length < 7)
        {
            return null;
        }

        return normalized.EndsWith("emia", StringComparison.Ordinal) || normalized.EndsWith("penia", StringComparison.Ordinal)
            ? normalized[..^1] + "c"
            : null;
    }

    /// <summary>Applies every pair of <see cref="Spellings"/>; a term with none of them (most) costs one search per pair and no copy.</summary>
    private static string Rewrite(string normalized)
    {
        var text = normalized;
        foreach (var (from, to, notAfter) in Spellings)
        {
            var at = 0;
            while ((at = text.IndexOf(from, at, StringComparison.Ordinal)) >= 0)
            {
                var before = at > 0 ? text[at - 1] : ' ';
                var after = at + from.Length < text.Length ? text[at + from.Length] : ' ';
                // "hem" before "i" is "hemi-", the same in both spellings; a British form already in place is not doubled.
                if ((notAfter != '\0' && before == notAfter) || (from == "hem" && after == 'i'))
                {
                    at += from.Length;
                    continue;
                }

                text = string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
                at += to.Length;
            }
        }

        return text;
    }

    private static bool ContainsOnlyLetters(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
