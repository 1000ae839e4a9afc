using System.Text.RegularExpressions;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>Checks on the lexicon data itself: code shapes, known codes, and one meaning per surface form.</summary>
public class LexiconIntegrityTests
{
    // ICD-10-CM: a letter, a digit, a digit or letter, then optionally a dot and one to four characters.
    private static readonly Regex Icd10Shape = new(@"^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$", RegexOptions.NonBacktracking);

    [Fact]
    public void Diseases_EveryCode_HasIcd10CmShape()
    {
        // U codes are the emergency-use chapter the shape leaves out: COVID-19, post COVID-19, vaping-related disorder (EVALI).
        string[] emergencyCodes = ["U07.0", "U07.1", "U09.9"];
        SharedTagger.Lexicon.Diseases.Select(d => d.Icd10).Where(code => !Icd10Shape.IsMatch(code) && !emergencyCodes.Contains(code))
            .Should().BeEmpty();
    }

    [Fact]
    public void Diseases_SameName_AlwaysSameCode()
    {
        SharedTagger.Lexicon.Diseases.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(d => d.Icd10).Distinct().Count() > 1)
            .Select(g => g.Key)
            .Should().BeEmpty();
    }

    [Fact]
    public void Diseases_NoSynonymNamesTwoCodes()
    {
        // Ambiguous abbreviations may name two codes: the second is a reading the post's specialty chooses (decision 074).
        SharedTagger.Lexicon.Diseases.Where(d => !d.Ambiguous)
            .SelectMany(d => d.Synonyms.Append(d.Name).Select(s => (Term: s.ToLowerInvariant(), d.Icd10)))
            .GroupBy(t => t.Term)
            .Where(g => g.Select(t => t.Icd10).Distinct().Count() > 1)
            .Select(g => g.Key)
            .Should().BeEmpty();
    }

    [Fact]
    public void CommonWords_CoverEveryOpinionWordOneEditFromADrugOrDevice()
    {
        // Opinion words are ordinary English: "stellar" must not become Stelara (its misspelling "stellara" is listed).
        var lexicon = SharedTagger.Lexicon;
        var catalog = ClinicalTermCatalog.ForTagging(lexicon, watchTerms: null);
        var opinionWords = Path.Combine(TaggingTestData.Folder("Gold"), "..", "..", "..", "..", "src", "Analytics", "Lexicons", "opinion_words.csv");

        File.ReadLines(opinionWords).Skip(1).Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)])
            .Where(word => word.All(char.IsAsciiLetterLower) && !lexicon.CommonWords.Contains(word) && !catalog.TermWords.Contains(word))
            .Where(word => catalog.Fuzzy.Find(word) >= 0)
            .Should().BeEmpty("common_words.txt lists the opinion words one edit from a drug or device name");
    }

    [Fact]
    public void Diseases_UnambiguousTerm_ListedInOneRowOnly()
    {
        // A concept's names and synonyms live in one row (its everyday-sense abbreviations in one ambiguous row):
        // two plain rows for one code drift apart and give the code two canonical names.
        SharedTagger.Lexicon.Diseases.Where(d => !d.Ambiguous)
            .SelectMany((d, row) => d.Synonyms.Append(d.Name).Select(NormalizedText.NormalizeTerm).Distinct().Select(term => (Term: term, Row: row, d.Icd10)))
            .GroupBy(t => t.Term)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(t => t.Icd10))})")
            .Should().BeEmpty();
    }

    [Fact]
    public void Diseases_UnambiguousRows_OneRowPerCodeAndName()
    {
        SharedTagger.Lexicon.Diseases.Where(d => !d.Ambiguous)
            .GroupBy(d => (d.Icd10, Name: d.Name.ToUpperInvariant()))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key.Icd10)
            .Should().BeEmpty();
    }

    [Theory]
    [InlineData("Atrial fibrillation", "I48.91")]
    [InlineData("Essential hypertension", "I10")]
    [InlineData("Type 2 diabetes mellitus", "E11.9")]
    [InlineData("Type 1 diabetes mellitus", "E10.9")]
    [InlineData("Multiple sclerosis", "G35")]
    [InlineData("Rheumatoid arthritis", "M06.9")]
    [InlineData("Chronic obstructive pulmonary disease", "J44.9")]
    [InlineData("Pulmonary embolism", "I26.99")]
    [InlineData("Prostate cancer", "C61")]
    [InlineData("Parkinson's disease", "G20")]
    [InlineData("Crohn's disease", "K50.90")]
    [InlineData("Major depressive disorder", "F32.9")]
    public void Diseases_WellKnownCodes_MatchIcd10Cm(string name, string code)
    {
        SharedTagger.Lexicon.Diseases.Where(d => d.Name == name).Select(d => d.Icd10).Should().NotBeEmpty().And.OnlyContain(c => c == code);
    }

    [Fact]
    public void Drugs_BrandSynonyms_NeverRepeatTheGenericsOwnShorthand()
    {
        var lexicon = SharedTagger.Lexicon;
        var genericSynonyms = lexicon.Drugs.Where(d => d.Brand is null)
            .SelectMany(d => d.Synonyms.Select(s => (Generic: d.Generic, Synonym: s.ToLowerInvariant())))
            .ToHashSet();

        lexicon.Drugs.Where(d => d.Brand is not null)
            .SelectMany(d => d.Synonyms.Select(s => (d.Generic, Synonym: s.ToLowerInvariant())))
            .Where(genericSynonyms.Contains)
            .Should().BeEmpty("\"pembro\" is shorthand for pembrolizumab, not for Keytruda");
    }

    [Fact]
    public void DrugClasses_EveryMember_IsAGenericOfDrugs()
    {
        var generics = SharedTagger.Lexicon.Drugs.Select(d => d.Generic).ToHashSet(StringComparer.Ordinal);

        SharedTagger.Lexicon.DrugClasses.SelectMany(c => c.Members.Select(m => $"{c.Id}: {m}")).Where(m => !generics.Contains(m[(m.IndexOf(' ', StringComparison.Ordinal) + 1)..]))
            .Should().BeEmpty();
    }

    [Fact]
    public void DrugClasses_NoSynonymIsAlsoADrugOrDiseaseTerm()
    {
        var lexicon = SharedTagger.Lexicon;
        var drugTerms = lexicon.Drugs.SelectMany(d => d.Synonyms.Append(d.Generic).Append(d.Brand ?? d.Generic));
        HashSet<string> Normalized(IEnumerable<string> terms) => terms.Select(NormalizedText.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
        var otherTerms = Normalized(drugTerms.Concat(lexicon.Diseases.SelectMany(d => d.Synonyms.Append(d.Name))));

        // An ambiguous class abbreviation ("AI") may also be an ambiguous disease abbreviation: the disease is its
        // second reading, chosen by the post's specialty (decision 074). Never a drug's or a plain disease term.
        var plainTerms = Normalized(drugTerms.Concat(lexicon.Diseases.Where(d => !d.Ambiguous).SelectMany(d => d.Synonyms.Append(d.Name))));
        lexicon.DrugClasses.SelectMany(c => c.Synonyms.Select(s => (c.Ambiguous, Term: NormalizedText.NormalizeTerm(s))))
            .Where(t => (t.Ambiguous ? plainTerms : otherTerms).Contains(t.Term))
            .Should().BeEmpty("a class name that is also a drug or disease term would be shadowed by it");
    }
}
