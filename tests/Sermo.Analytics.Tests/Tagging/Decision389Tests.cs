using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 54's coverage audit by specialty (decision 389, docs/taggers.md "Round 54 (issue #13): a lexicon coverage audit
/// by specialty"): the conditions, drugs and devices physicians name most often in 22 specialties, typed from clinical
/// knowledge into bench/lexicons/coverage_probe_round54.tsv, and the rows added at the end of diseases.csv for the forms
/// the tagger missed (valve regurgitation clipped, site cancers and other rows in the plural, clipped forms). Every sentence
/// here is written for this test.
/// </summary>
public class Decision389Tests
{
    private static readonly string[] DiseaseFrames =
    [
        "Saw a 58 year old man today with {0} and would value thoughts on management.",
        "My patient has {0} and asked about the newer options at her last visit.",
        "Referred to clinic for {0}, otherwise healthy and active.",
    ];

    private static readonly string[] DrugFrames =
    [
        "We started {0} last month and she is tolerating it well so far.",
        "He has been on {0} for two years with good effect.",
        "Switched her to {0} at the last visit and will recheck in three months.",
    ];

    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Echo showed moderate mitral regurg and she is short of breath on the stairs.", "I34.0")]
    [InlineData("Aortic regurg was mild on the last echo, so we just watch it.", "I35.1")]
    [InlineData("Tricuspid valve regurgitation from the pacer lead, the liver is congested now.", "I07.1")]
    [InlineData("Tubal ectopic treated with methotrexate and the hCG is falling.", "O00.90")]
    [InlineData("Senile osteoporosis with two vertebral fractures already, she is ninety.", "M81.0")]
    [InlineData("We see more colon cancers in people under fifty than we used to.", "C18.9")]
    [InlineData("Lung cancers in never smokers are often driven by a single mutation.", "C34.92")]
    [InlineData("Pancreas cancer in her father, so she asked about screening.", "C25.9")]
    [InlineData("Two hemorrhagic strokes in the family, which makes him nervous about a blood thinner.", "I61.9")]
    [InlineData("Gestational DM controlled on diet until 32 weeks.", "O24.4")]
    [InlineData("Generalized epilepsy since childhood, seizure free on valproate.", "G40.309")]
    [InlineData("Kidney stone disease with low urine citrate, started on potassium citrate.", "N20.0")]
    [InlineData("Sigmoid diverticulitis twice this year and surgery wants to discuss a resection.", "K57.32")]
    [InlineData("Anemias in the very old are usually more than one thing.", "D64.9")]
    [InlineData("Ventricular tachycardias on the interrogation and the ICD fired twice.", "I47.2")]
    public void Tag_AuditForm_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // A department, a role, a place, a unit or an everyday word that shares its letters with a condition, drug or device.
    [InlineData("He teaches PE at the high school and runs the track team.", "PE")]
    [InlineData("She sees PT twice a week and does the exercises at home.", "PT")]
    [InlineData("Send me the form as an MS Word file please.", "MS")]
    [InlineData("A heating pad on the shoulder helps her sleep.", "pad")]
    [InlineData("The customs seizure of his shipment held up the refill.", "seizure")]
    [InlineData("She moved from CA last year and needs a new cardiologist.", "CA")]
    [InlineData("He drove down from MI for a second opinion.", "MI")]
    [InlineData("She was seen in the ED overnight and went home.", "ED")]
    [InlineData("The waiting room was cold so she kept her coat on.", "cold")]
    [InlineData("The imaging archive is 2 TB and the upload keeps failing.", "TB")]
    public void Tag_LookAlikeWord_NotTagged(string text, string token)
    {
        var start = text.IndexOf(token, StringComparison.Ordinal);
        Tag(text).Entities.Should().NotContain(e =>
            (e.Type == EntityType.Disease || e.Type.IsDrug() || e.Type == EntityType.Device)
            && e.Start < start + token.Length && e.End > start);
    }

    [Fact]
    public void ProbeFile_DiseasesAndDrugs_FoundAtTheAuditsFloor()
    {
        // The audit's figures after its rows (decision 389): 0.953 of the disease probes and 0.995 of the drug probes.
        // The floor is a little under them, so a later row that loses a common form shows here first.
        var probes = ReadProbes();
        Share(probes, "disease").Should().BeGreaterThanOrEqualTo(0.95);
        Share(probes, "drug").Should().BeGreaterThanOrEqualTo(0.99);
    }

    private static double Share(List<string[]> probes, string kind)
    {
        var ofKind = probes.Where(p => p[1] == kind).ToList();
        var frames = kind == "disease" ? DiseaseFrames : DrugFrames;
        var found = 0;
        foreach (var (probe, i) in ofKind.Select((p, i) => (p, i)))
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, frames[i % frames.Length], probe[0]);
            var start = text.IndexOf(probe[0], StringComparison.Ordinal);
            var end = start + probe[0].Length;
            var covering = Tag(text).Entities.Where(e => e.Start <= start && e.End >= end).ToList();
            found += kind == "disease"
                ? covering.Count(e => e.Type == EntityType.Disease && e.CanonicalId.StartsWith(probe[2], StringComparison.Ordinal)) > 0 ? 1 : 0
                : covering.Count(e => (e.Type == EntityType.Brand || e.Type == EntityType.Generic)
                    && string.Equals(e.CanonicalId, probe[2], StringComparison.OrdinalIgnoreCase)) > 0 ? 1 : 0;
        }

        return (double)found / ofKind.Count;
    }

    private static List<string[]> ReadProbes()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Sermo.sln")))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Sermo.sln not found above the test binaries"),
            "bench", "lexicons", "coverage_probe_round54.tsv");
        return File.ReadLines(path).Where(line => !line.StartsWith('#')).Skip(1).Select(line => line.Split('\t')).ToList();
    }
}
