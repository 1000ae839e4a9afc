using Sermo.Analytics.Lexicons;

namespace Sermo.Analytics.Query;

/// <summary>What <c>class:</c> expands to, from the embedded lexicon's drug_classes.csv (loaded on first use).</summary>
internal static class DrugClassQuery
{
    private static readonly Lazy<Dictionary<string, DrugClassTerms>> Groups = new(Load);

    /// <summary>The class or regimen with this id, or null.</summary>
    public static DrugClassTerms? Find(string id) => Groups.Value.GetValueOrDefault(id);

    private static Dictionary<string, DrugClassTerms> Load()
    {
        var groups = new Dictionary<string, DrugClassTerms>(StringComparer.Ordinal);
        foreach (var rows in ClinicalLexicon.LoadEmbedded().DrugClasses.GroupBy(c => c.Id, StringComparer.Ordinal))
        {
            // A regimen is not given when one of its drugs is; ambiguous abbreviations (MRA, IO) would match other senses.
            var first = rows.First();
            var generics = first.Kind == DrugGroupKind.Class ? first.Members : [];
            var names = rows.Where(r => !r.Ambiguous).SelectMany(r => r.Synonyms).Prepend(first.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            groups[rows.Key] = new DrugClassTerms(generics, names);
        }

        return groups;
    }
}
