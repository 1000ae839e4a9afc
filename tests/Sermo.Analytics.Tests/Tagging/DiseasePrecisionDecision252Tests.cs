using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 252: disease false positives that recur across the sets' authors. Each rule has cases that drop or
/// recode the span and counterparts that keep the disease. Sentences written for this test.
/// </summary>
public class DiseasePrecisionDecision252Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    private static IEnumerable<TaggedEntity> Diseases(string text) => Tag(text).Entities.Where(e => e.Type == EntityType.Disease);

    private static void ShouldReadDisease(string text, string surface, string code) =>
        Diseases(text).Should().Contain(e => e.Surface == surface && e.CanonicalId == code);

    [Theory]
    [InlineData("Refugee intake today: sent TB, hep B, HIV and schistosoma serologies before any steroids.")]
    [InlineData("Urethritis in a 24M, treated empirically. HIV and syphilis tests went out with the NAAT.")]
    [InlineData("Before the biologic, hepatitis B and TB screens were negative.")]
    [InlineData("COVID tests negative twice, so the rash is probably the amoxicillin.")]
    public void Tag_InfectionsListedBeforeAPluralTestNoun_NoDisease(string text)
    {
        Diseases(text).Should().NotContain(e => e.CanonicalId.StartsWith('A') || e.CanonicalId.StartsWith('B') || e.CanonicalId.StartsWith('U'));
    }

    [Theory]
    [InlineData("Bronchiolitis in a 5 month old, RSV positive, on high flow overnight.")]
    [InlineData("Flu A negative and RSV negative, so the fever is probably the line.")]
    public void Tag_RespiratoryVirusNamedByItsResult_NoDisease(string text)
    {
        Diseases(text).Should().NotContain(e => e.CanonicalId == "B97.4" || e.CanonicalId == "U07.1" || e.CanonicalId.StartsWith("J1", StringComparison.Ordinal));
    }

    [Theory]
    // A chronic infection's status describes the patient (the guide annotates it, negated or not).
    [InlineData("HIV negative last spring, now on PrEP.", "HIV", "B20")]
    [InlineData("HCV positive with a high viral load, starting Epclusa.", "HCV", "B18.2")]
    [InlineData("Tested COVID positive yesterday, 71M, now on dexamethasone.", "COVID", "U07.1")]
    // The virus the patient has, with no result word after it.
    [InlineData("RSV in a 2 month old, admitted for feeds and suctioning.", "RSV", "B97.4")]
    public void Tag_InfectionNotARespiratoryResult_KeepsTheDisease(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }

    [Theory]
    // A singular test word is as often the patient's question as the test: left to the lexicon.
    [InlineData("Lyme serology came back positive after the hike.", "Lyme", "A69.20")]
    // An infection the patient has, then something else that is tested.
    [InlineData("He has HIV and hep C, on labs and tests every three months.", "HIV", "B20")]
    [InlineData("Known HIV and diabetes tests were all we had.", "HIV", "B20")]
    [InlineData("HIV negative on the last screen, started PrEP.", "HIV", "B20")]
    public void Tag_InfectionNotInATestList_KeepsTheDisease(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }

    [Theory]
    [InlineData("Most EDs stock too little of the antidote.")]
    [InlineData("Two MDs at the clinic agreed on the plan.")]
    public void Tag_AcronymPluralWithALowerCaseS_NotTheAcronymEndingInS(string text)
    {
        Diseases(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("EDS and POTS in a 23F, now pregnant.", "EDS", "Q79.60")]
    [InlineData("Low-risk MDS on watchful waiting, 77M.", "MDS", "D46.9")]
    [InlineData("DTs on day three after admission, 52M.", "DTs", "F10.231")]
    public void Tag_AcronymWrittenAsTheLexiconSpellsIt_KeepsTheDisease(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }

    [Theory]
    [InlineData("Intubated for ARDS from flu pneumonia, 51M, on prone positioning.", "flu pneumonia", "J11.00")]
    [InlineData("Influenza pneumonia in a nursing home resident, oseltamivir started late.", "Influenza pneumonia", "J11.00")]
    [InlineData("Listed for transplant, 60M with NASH cirrhosis and a MELD of 24.", "NASH cirrhosis", "K75.81")]
    [InlineData("MASH cirrhosis with varices, 66F, on carvedilol.", "MASH cirrhosis", "K75.81")]
    public void Tag_CauseAndOrganDiseaseWrittenTogether_OneSpan(string text, string surface, string code)
    {
        var diseases = Diseases(text).ToList();
        diseases.Should().Contain(e => e.Surface == surface && e.CanonicalId == code);
        diseases.Should().NotContain(e => e.CanonicalId == "J18.9" || e.CanonicalId == "K74.60");
    }

    [Theory]
    [InlineData("Thyroid eye disease, 51F, proptosis and double vision, CAS 4. Teprotumumab starts next week.")]
    [InlineData("Graves' with diplopia on upgaze, 39F, methimazole since spring.")]
    [InlineData("Ocular myasthenia, 70M, diplopia by evening, pyridostigmine helps.")]
    [InlineData("Tourette's in a 12M, tics worse at school, guanfacine started.")]
    public void Tag_ManifestationTheNamedDiagnosisExplains_NoDisease(string text)
    {
        Diseases(text).Should().NotContain(e => e.CanonicalId == "H53.2" || e.CanonicalId == "F95.9");
    }

    [Theory]
    // No diagnosis that explains it: the manifestation is the problem being managed.
    [InlineData("New diplopia in a 66M after a fall, CT head ordered.", "diplopia", "H53.2")]
    [InlineData("ADHD with tics, 9M, parents asking about guanfacine.", "tics", "F95.9")]
    public void Tag_ManifestationWithoutItsDiagnosis_KeepsTheDisease(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }

    [Fact]
    public void Tag_ManifestationADrugIsBlamedFor_StaysTheEvent()
    {
        Tag("Tourette's in a 10M. Methylphenidate made his tics worse within a week.").Entities
            .Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface == "tics");
    }

    [Theory]
    [InlineData("Sickle cell disease, 21M, on hydroxyurea. Gene therapy means busulfan and infertility is the hard part.", "infertility", "N46.9")]
    [InlineData("Varicocele in a teenager, left side. Infertility later? He asked about it twice.", "Infertility", "N46.9")]
    // A female cue, or no cue at all, keeps the bare row.
    [InlineData("PCOS and infertility, 31F, starting letrozole.", "infertility", "N97.9")]
    [InlineData("Counseling parents about gene therapy for their child's sickle cell disease; infertility is the worry.", "infertility", "N97.9")]
    [InlineData("Infertility workup for a couple: he has a varicocele and she has endometriosis.", "Infertility", "N97.9")]
    public void Tag_InfertilityByThePatientsSex_IndexEntry(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }
}
