using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Emerging;

/// <summary>
/// Therapeutic areas through the tagger's vocabulary (<c>therapeutic_areas.csv</c>): a drug by its drugs.csv class, a
/// drug class or regimen by its members' classes, a device by its category, a disease by its ICD-10 chapter (longest
/// listed prefix). A client's areas are those of its watchlist terms, each term tagged like a post. Immutable.
/// </summary>
public sealed class TherapeuticAreas
{
    private const string Resource = "Sermo.Analytics.Lexicons.therapeutic_areas.csv";

    private readonly ITextTagger _tagger;
    private readonly Dictionary<string, string[]> _byDrug = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string[]> _byGroup = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byDevice = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byIcdPrefix = new(StringComparer.OrdinalIgnoreCase);

    public TherapeuticAreas(ClinicalLexicon lexicon, ITextTagger tagger, IEnumerable<(string Kind, string Key, string Area)> rows)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(rows);
        _tagger = tagger;
        var byClass = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byCategory = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, key, area) in rows)
        {
            var table = kind switch
            {
                "drug-class" => byClass,
                "device-category" => byCategory,
                "icd10" => _byIcdPrefix,
                _ => throw new InvalidDataException($"therapeutic_areas.csv: unknown kind '{kind}' (drug-class, device-category or icd10)"),
            };
            table[key] = area;
        }

        foreach (var drug in lexicon.Drugs)
        {
            if (byClass.TryGetValue(drug.DrugClass, out var area))
            {
                _byDrug[drug.Generic] = [.. (_byDrug.GetValueOrDefault(drug.Generic) ?? []).Append(area).Distinct()];
            }
        }

        foreach (var group in lexicon.DrugClasses)
        {
            _byGroup[group.Id] = [.. group.Members.SelectMany(m => _byDrug.GetValueOrDefault(m) ?? []).Distinct()];
        }

        foreach (var device in lexicon.Devices)
        {
            if (byCategory.TryGetValue(device.Category, out var area))
            {
                _byDevice[device.Id] = area;
            }
        }
    }

    /// <summary>The table compiled into Sermo.Analytics, over the embedded lexicon.</summary>
    public static TherapeuticAreas LoadEmbedded(ClinicalLexicon lexicon, ITextTagger tagger)
    {
        var assembly = typeof(TherapeuticAreas).Assembly;
        using var stream = assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource '{Resource}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var rows = LexiconCsv.Read(reader, "therapeutic_areas.csv", "kind", "key", "area")
            .Select(r => (r["kind"], r["key"], r["area"]))
            .ToList();
        return new TherapeuticAreas(lexicon, tagger, rows);
    }

    /// <summary>The areas of one tagged entity; empty for adverse events and anything unmapped.</summary>
    public IReadOnlyList<string> ForEntity(EntityType type, string canonicalId) => type switch
    {
        EntityType.Brand or EntityType.Generic => _byDrug.GetValueOrDefault(canonicalId) ?? [],
        EntityType.DrugClass or EntityType.Regimen => _byGroup.GetValueOrDefault(canonicalId) ?? [],
        EntityType.Device => _byDevice.TryGetValue(canonicalId, out var area) ? [area] : [],
        EntityType.Disease => Chapter(canonicalId),
        _ => [],
    };

    /// <summary>The areas of every entity the tagger finds in <paramref name="text"/>.</summary>
    public IReadOnlySet<string> ForText(string text) =>
        _tagger.Tag(text).Entities.SelectMany(e => ForEntity(e.Type, e.CanonicalId)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A client's areas: those that at least a quarter of its mapped terms fall in, so one side topic on a list
    /// ("pneumonitis" on an oncology list) does not widen it to a whole other area.
    /// </summary>
    public IReadOnlySet<string> ForWatchlist(Watchlist watchlist)
    {
        ArgumentNullException.ThrowIfNull(watchlist);
        var perTerm = watchlist.Terms
            .Select(t => t.Matches.SelectMany(ForText).ToHashSet(StringComparer.Ordinal))
            .Where(areas => areas.Count > 0)
            .ToList();
        var floor = Math.Max(1, perTerm.Count / 4.0);
        return perTerm.SelectMany(a => a)
            .GroupBy(a => a, StringComparer.Ordinal)
            .Where(g => g.Count() >= floor)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    private string[] Chapter(string icd10)
    {
        for (var length = Math.Min(3, icd10.Length); length > 0; length--)
        {
            if (_byIcdPrefix.TryGetValue(icd10[..length], out var area))
            {
                return [area];
            }
        }

        return [];
    }
}
