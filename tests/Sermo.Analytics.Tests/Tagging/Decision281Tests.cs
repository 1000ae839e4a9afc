using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 44's rules bringing the taggers to the guide's settled labels (docs/taggers.md "Round 44: the taggers brought to
/// the guide", decision 281), each on a sentence of its own written for this test: an infarction dated beyond four weeks
/// as I25.2, bare heads that refer back to a named condition, organisms a culture grew, and bare "bacterial sinusitis".
/// </summary>
public class Decision281Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Statin questions in a 61M who had an MI 3 years ago and now has LDL 90.", "MI")]
    [InlineData("She had a heart attack in 2021, so we skipped the stimulant.", "heart attack")]
    [InlineData("Ezetimibe added for a 55F with a STEMI last year and diabetes.", "STEMI")]
    [InlineData("Her MI was 9 years ago and she stays on aspirin and atorvastatin.", "MI")]
    [InlineData("Cardiology cleared him, 6 months out from a stent for NSTEMI.", "NSTEMI")]
    [InlineData("Aspirin continues for a 70M with prior NSTEMI and CKD.", "NSTEMI")]
    [InlineData("Old AWMI on the ECG and an EF of 35 now.", "AWMI")]
    public void Tag_InfarctionDatedBeyondFourWeeks_IsOldInfarction(string text, string surface)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "I25.2" && e.Surface == surface);
        entities.Should().NotContain(e => e.CanonicalId.StartsWith("I21", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Troponin rising, NSTEMI two weeks ago and chest pain again today.")]
    [InlineData("Her father had an MI 5 years ago at 60, so we checked her Lp(a).")]
    [InlineData("Came in with an acute MI this morning, cath lab activated.")]
    [InlineData("Why do we still keep everyone on beta blockers after MI in 2025 with a normal EF and no angina?")]
    public void Tag_RecentOrRelativesInfarction_StaysI21(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "I25.2");
    }

    [Theory]
    [InlineData("COPD on triple inhaler therapy, three exacerbations this winter.", "exacerbations", "J44.1")]
    [InlineData("Bronchiectasis in a 70F with four exacerbations last year despite airway clearance.", "exacerbations", "J47.1")]
    [InlineData("Myasthenia gravis in a 50M; he had a crisis after a fluoroquinolone.", "crisis", "G70.01")]
    [InlineData("Sickle cell disease, 20M, six crises a year on hydroxyurea.", "crises", "D57.00")]
    [InlineData("Kidney stones again in a 38M; no new stones since the citrate.", "stones", "N20.0")]
    [InlineData("Sickle cell disease crisis twice this spring in a 24F.", "crisis", "D57.00")]
    [InlineData("Scleroderma renal crisis in a 48F on prednisone; the renal crisis settled on captopril.", "renal crisis", "M34.89")]
    [InlineData("Type 1 renal tubular acidosis with Sjogren; citrate fixed the acidosis and the stones.", "acidosis", "N25.89")]
    public void Tag_BareHeadAfterTheNamedCondition_IsItsEpisode(string text, string surface, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code && e.Surface == surface);
    }

    [Theory]
    [InlineData("We keep the crisis kit in the ward for every admission.")]
    [InlineData("Two exacerbations last year, both treated at home.")]
    [InlineData("Gallstones on ultrasound; the stones were small and mobile.")]
    [InlineData("Myasthenia gravis on pyridostigmine, and a cholinergic crisis after the dose went up.")]
    [InlineData("Methanol ingestion with a wide gap; dialysis for the acidosis and fomepizole.")]
    public void Tag_BareHeadWithoutTheNamedCondition_NoEpisode(string text)
    {
        string[] episodes = ["J44.1", "J47.1", "G70.01", "D57.00", "N20.0", "N20.1", "N25.89", "M34.89"];
        Tag(text).Entities.Should().NotContain(e => episodes.Contains(e.CanonicalId));
    }

    [Fact]
    public void Tag_HeadModifyingATest_NoEpisode()
    {
        Tag("Kidney stone last spring in a 40M; stone analysis showed uric acid.").Entities
            .Should().ContainSingle(e => e.CanonicalId == "N20.0").Which.Surface.Should().Be("Kidney stone");
    }

    [Theory]
    [InlineData("Fever on day three and the urine grew ESBL Klebsiella.", "Klebsiella")]
    public void Tag_OrganismACultureGrew_NoDisease(string text, string organism)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == organism);
    }

    [Fact]
    public void Tag_BareBacterialSinusitis_IsUnspecifiedSinusitis()
    {
        Tag("Patients expect antibiotics for bacterial sinusitis after three days of a cold.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "J32.9" && e.Surface == "bacterial sinusitis");
    }

    [Theory]
    [InlineData("ESRD on PD for two years, now cloudy effluent and abdominal pain.")]
    [InlineData("62M on peritoneal dialysis; his PD catheter exit site is red.")]
    public void Tag_PdInADialysisPost_NoParkinsons(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "G20");
    }

    [Fact]
    public void Tag_PdInAParkinsonsPost_StaysParkinsons()
    {
        Tag("PD for eight years, on carbidopa-levodopa with morning tremor.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "G20" && e.Surface == "PD");
    }
}
