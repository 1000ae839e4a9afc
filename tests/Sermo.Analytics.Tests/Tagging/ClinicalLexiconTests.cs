using Sermo.Analytics.Lexicons;

namespace Sermo.Analytics.Tests.Tagging;

public class ClinicalLexiconTests
{
    [Fact]
    public void LoadEmbedded_AllFiles_MeetMinimumRowCounts()
    {
        var lexicon = SharedTagger.Lexicon;

        lexicon.Drugs.Count(d => d.Brand is not null).Should().BeGreaterThanOrEqualTo(500);
        lexicon.Drugs.Count(d => d.Brand is null).Should().BeGreaterThanOrEqualTo(300);
        lexicon.Devices.Should().HaveCountGreaterThanOrEqualTo(50);
        lexicon.Diseases.Select(d => d.Icd10 + d.Name).Distinct().Should().HaveCountGreaterThanOrEqualTo(300);
        lexicon.AdverseEvents.Should().HaveCountGreaterThanOrEqualTo(120);
        lexicon.SentimentTerms.Should().HaveCountGreaterThanOrEqualTo(150);
        lexicon.ContextCues.Should().HaveCountGreaterThanOrEqualTo(100);
        lexicon.CommonWords.Should().HaveCountGreaterThanOrEqualTo(300);
    }

    [Fact]
    public void LoadEmbedded_EveryRow_HasSource()
    {
        var lexicon = SharedTagger.Lexicon;

        lexicon.Drugs.Should().OnlyContain(d => d.Source.Length > 0 && d.Generic.Length > 0);
        lexicon.Devices.Should().OnlyContain(d => d.Source.Length > 0);
        lexicon.Diseases.Should().OnlyContain(d => d.Source.Length > 0 && d.Icd10.Length >= 3);
        lexicon.AdverseEvents.Should().OnlyContain(a => a.Source.Length > 0);
    }

    [Fact]
    public void Load_FromDirectory_ReadsSameFilesAsEmbedded()
    {
        var directory = Directory.CreateTempSubdirectory("sermo-lexicon-");
        try
        {
            var assembly = typeof(ClinicalLexicon).Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Sermo.Analytics.Lexicons.", StringComparison.Ordinal)))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var file = File.Create(Path.Combine(directory.FullName, name["Sermo.Analytics.Lexicons.".Length..]));
                stream.CopyTo(file);
            }

            var lexicon = ClinicalLexicon.Load(directory.FullName);

            lexicon.Drugs.Should().HaveCount(SharedTagger.Lexicon.Drugs.Count);
            lexicon.Diseases.Should().HaveCount(SharedTagger.Lexicon.Diseases.Count);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_MissingColumn_ThrowsWithFileName()
    {
        var directory = Directory.CreateTempSubdirectory("sermo-lexicon-bad-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, ClinicalLexicon.DrugsFile), "brand,generic\nEliquis,apixaban\n");

            var act = () => ClinicalLexicon.Load(directory.FullName);

            act.Should().Throw<InvalidDataException>().WithMessage("*drugs.csv*drug_class*");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
