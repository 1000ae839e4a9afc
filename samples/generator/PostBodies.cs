using System.Text;
using System.Text.RegularExpressions;

/// <summary>Composes post bodies from the phrase bank: openers, details, questions, opinions and, now and then, identifiers.</summary>
internal sealed partial class PostBodies(Random rng, PhraseBank bank)
{
    private const double IdentifierRate = 0.10;
    private const double LowercaseRate = 0.05;

    public sealed record Composed(string Title, string Body, List<Planted> Planted);

    /// <summary>A thread's first post and its title, about the same drugs (one composer binds the slots for both).</summary>
    public Composed Root(Topic topic, double t, DateTime at, bool allowIdentifiers)
    {
        var composer = new Composer(rng, bank, t, at, null);
        var title = Tidy(composer.Expand(Variant(bank.Pick(rng, topic.Name + ".title", t))));
        var sentences = new List<string>();
        var used = new HashSet<Phrase>();
        Add(sentences, used, composer, topic.Name + ".open", t);
        for (var i = rng.Next(0, 3); i > 0; i--) Add(sentences, used, composer, topic.Name + ".detail", t);
        if (rng.NextDouble() < 0.35) Add(sentences, used, composer, $"{topic.Name}.{Sentiment(topic)}", t);
        if (rng.NextDouble() < 0.82) Add(sentences, used, composer, topic.Name + ".question", t);
        if (rng.NextDouble() < 0.07) Add(sentences, used, composer, "hedge", t);
        return new Composed(title, Finish(sentences, composer, ["pii.root"], allowIdentifiers, t), composer.Planted);
    }

    /// <summary>A reply in the thread's topic with one sentiment; <paramref name="parentHandle"/> is who an @mention would name.</summary>
    public Composed Reply(Topic topic, double t, DateTime at, string? parentHandle, bool allowIdentifiers)
    {
        var composer = new Composer(rng, bank, t, at, parentHandle);
        var sentiment = Sentiment(topic);
        var sentences = new List<string>();
        var used = new HashSet<Phrase>();
        if (rng.NextDouble() < 0.35) Add(sentences, used, composer, "reply.open", t);
        var main = rng.NextDouble() switch { < 0.4 => 1, < 0.85 => 2, _ => 3 };
        for (var i = 0; i < main; i++) Add(sentences, used, composer, $"{topic.Name}.{sentiment}", t);
        if (sentiment != "neu" && rng.NextDouble() < 0.22) Add(sentences, used, composer, topic.Name + ".neu", t);
        if (rng.NextDouble() < 0.2) Add(sentences, used, composer, $"general.{sentiment}", t);
        if (rng.NextDouble() < 0.08) Add(sentences, used, composer, topic.Name + ".question", t);
        if (rng.NextDouble() < 0.12) Add(sentences, used, composer, "hedge", t);
        var identifierSections = parentHandle is null ? new[] { "pii.root" } : ["pii.root", "pii.reply", "pii.reply"];
        return new Composed("", Finish(sentences, composer, identifierSections, allowIdentifiers, t), composer.Planted);
    }

    private string Sentiment(Topic topic) => Cast.Weighted(rng, [0, 1, 2], i => topic.Sentiment[i]) switch { 0 => "pos", 1 => "neg", _ => "neu" };

    private void Add(List<string> sentences, HashSet<Phrase> used, Composer composer, string section, double t)
    {
        var phrase = bank.Pick(rng, section, t, p => !used.Contains(p));
        if (!used.Add(phrase)) return; // the section ran out of fresh phrases; a repeated sentence reads like a bot
        sentences.Add(Tidy(composer.Expand(Variant(phrase))));
    }

    private string Variant(Phrase phrase) => phrase.Variants[rng.Next(phrase.Variants.Length)];

    private string Finish(List<string> sentences, Composer composer, string[] identifierSections, bool allowIdentifiers, double t)
    {
        if (rng.NextDouble() < LowercaseRate)
            for (var i = 0; i < sentences.Count; i++) sentences[i] = sentences[i].ToLowerInvariant();
        var identifiers = allowIdentifiers && rng.NextDouble() < IdentifierRate ? (rng.NextDouble() < 0.2 ? 2 : 1) : 0;
        var parts = sentences.Take(6 - identifiers).Select(s => (Text: s, Identifier: false)).ToList();
        // Identifiers go in after the casual lowercasing, and are never re-cased, so each planted value appears exactly as recorded.
        for (var n = 0; n < identifiers; n++)
        {
            var template = Variant(bank.Pick(rng, identifierSections[rng.Next(identifierSections.Length)], t));
            var sentence = (Text: Tidy(composer.Expand(template)), Identifier: true);
            if (template.StartsWith("{MENTION}", StringComparison.Ordinal)) parts.Insert(0, sentence);
            else parts.Insert(rng.Next(Math.Min(1, parts.Count), parts.Count + 1), sentence);
        }
        var body = new StringBuilder();
        foreach (var (text, identifier) in parts)
        {
            if (body.Length == 0) { body.Append(text); continue; }
            var joinsClause = body[^1] is ',' or ':' || body.ToString().EndsWith(" but", StringComparison.Ordinal);
            body.Append(' ').Append(joinsClause && !identifier ? LowerFirst(text) : text);
        }
        return body.ToString();
    }

    private static string Tidy(string s)
    {
        s = AnEighty().Replace(s, "$1n $2");
        return s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    // Lowercase a sentence start only when it is an ordinary word ("We", not "I", "AFib" or "MRN").
    private static string LowerFirst(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && char.IsLower(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    [GeneratedRegex(@"\b([Aa]) (8\d|11|18)\b", RegexOptions.NonBacktracking)]
    private static partial Regex AnEighty();
}
