using Sermo.Analytics.Lexicons;

namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// Which specialty's drugs a generic is, and which specialty a disease code belongs to, through the therapeutic-area
/// table reports already use (<c>therapeutic_areas.csv</c>: a drug by its drugs.csv class, a code by its longest listed
/// prefix). A second reading of an abbreviation is backed by the post's drugs of its specialty ("AD" with tacrolimus
/// ointment is atopic dermatitis, "AS" on adalimumab ankylosing spondylitis). Heart and metabolic drugs back nothing:
/// antihypertensives, statins and diabetes drugs sit in every specialty's posts, as their diseases do
/// (<see cref="SecondReadings.IsBackground"/>).
/// </summary>
internal sealed class DrugSpecialties
{
    private const string Resource = "Sermo.Analytics.Lexicons.therapeutic_areas.csv";
    private static readonly HashSet<string> BackgroundAreas = new(StringComparer.Ordinal) { "cardiovascular", "metabolic and endocrine", "symptoms" };

    private readonly Dictionary<string, HashSet<string>> _byGeneric = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byCodePrefix = new(StringComparer.OrdinalIgnoreCase);

    private DrugSpecialties()
    {
    }

    public static DrugSpecialties Empty { get; } = new();

    /// <summary>The table compiled into Sermo.Analytics over <paramref name="lexicon"/>'s drugs.</summary>
    public static DrugSpecialties LoadEmbedded(ClinicalLexicon lexicon)
    {
        var assembly = typeof(DrugSpecialties).Assembly;
        using var stream = assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource '{Resource}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var byClass = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var table = new DrugSpecialties();
        foreach (var row in LexiconCsv.Read(reader, "therapeutic_areas.csv", "kind", "key", "area"))
        {
            if (row["kind"] == "drug-class")
            {
                byClass[row["key"]] = row["area"];
            }
            else if (row["kind"] == "icd10")
            {
                table._byCodePrefix[row["key"]] = row["area"];
            }
        }

        foreach (var drug in lexicon.Drugs)
        {
            if (byClass.TryGetValue(drug.DrugClass, out var area) && !BackgroundAreas.Contains(area))
            {
                if (!table._byGeneric.TryGetValue(drug.Generic, out var areas))
                {
                    table._byGeneric[drug.Generic] = areas = new HashSet<string>(StringComparer.Ordinal);
                }

                areas.Add(area);
            }
        }

        return table;
    }

    /// <summary>The specialty of a disease code, or "" when it has none or a background one.</summary>
    public string OfCode(string icd10)
    {
        for (var length = Math.Min(3, icd10.Length); length > 0; length--)
        {
            if (_byCodePrefix.TryGetValue(icd10[..length], out var area))
            {
                return BackgroundAreas.Contains(area) ? "" : area;
            }
        }

        return "";
    }

    /// <summary>Whether the generic is a drug of <paramref name="area"/> (never of a background area).</summary>
    public bool Treats(string generic, string area) =>
        area.Length > 0 && _byGeneric.TryGetValue(generic, out var areas) && areas.Contains(area);
}
