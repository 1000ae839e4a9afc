using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 346's rules (issue #14): a ranch, dairy, feedlot or farm named by capitalised words before its head noun is found,
/// a run of generic words, a brand's head before another capitalised word and a lower-case head stay; a test named by its agent
/// and the kind of test ("Coccidioides IgM", "Lyme serologies") stays whole, while a person's name beside one is still scrubbed.
/// Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision346RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    private static readonly PhiScrubber Shipped = new();

    [Theory]
    [InlineData("calf puller slipped at the Rocking Q Ranch and split his brow open", "Rocking Q Ranch")]
    [InlineData("milker from Sandhill Crane Dairy with a cow kick to the thigh, CK 2,100", "Sandhill Crane Dairy")]
    [InlineData("the hand from Dry Fork Cattle Co says the bull pinned him against the chute", "Dry Fork Cattle Co")]
    [InlineData("two guys off the line at Red Mesa Feedlot with hydrogen sulfide exposure", "Red Mesa Feedlot")]
    [InlineData("petting zoo outbreak traced to Willow Bend Farm, six kids with E. coli", "Willow Bend Farm")]
    public void Scrub_RanchDairyOrFeedlotByItsHead_Found(string input, string place) => RulesOnly.Scrub(input).Text.Should().NotContain(place.Split(' ')[0]);

    [Theory]
    [InlineData("calf puller slipped at the Rocking Q Ranch and split his brow open", "Rocking Q Ranch")]
    [InlineData("the hand from Dry Fork Cattle Co says the bull pinned him against the chute", "Dry Fork Cattle Co")]
    public void Scrub_RanchByItsHead_WholeRunCovered(string input, string place) => RulesOnlyCoverage.ShouldFind(input, place);

    [Theory]
    [InlineData("State Farm denied the MRI again for my back pain patient")]
    [InlineData("he swears Dairy Queen is the only thing he can eat after chemo")]
    [InlineData("the Organic Dairy tours bring in a lot of kids with diarrhea each spring")]
    [InlineData("cattle ranch hand, kicked by a horse, the Ranch sent no one with him")]
    [InlineData("the Farmington clinic sees more tractor rollovers than anyone")]
    public void Detect_KindWordsBrandOrNoRunBeforeTheHead_NothingFound(string input)
    {
        var found = new List<Detection>();

        RanchesDairiesAndFeedlotsByHead.Detect(input, found);

        found.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Coccidioides IgM came back positive after the dust storm", "Coccidioides IgM")]
    [InlineData("we always send Lyme serologies in August and regret it", "Lyme serologies")]
    [InlineData("prenatal labs showed a Duffy antibody at a low titer", "Duffy antibody")]
    [InlineData("check Toxoplasma titers before you blame the cat", "Toxoplasma titers")]
    public void Scrub_TestNamedForItsAgent_Kept(string input, string term) => Shipped.Scrub(input).Text.Should().Contain(term);

    [Theory]
    [InlineData("Dr. Barros PCR results are faxed every morning from the outreach lab", "Barros")]
    [InlineData("Anneliese Varga, 44, Lyme serology pending, rash on the calf", "Anneliese Varga")]
    public void Scrub_NameBesideATestWord_StillFound(string input, string name) => RulesOnlyCoverage.ShouldFind(Shipped, input, name);
}
