using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 233's rules (issue #14): a FEMA registration after the scheme's name ("FEMA # 402-118-977"), a newborn's or
/// inpatient's identity band ("band 55102-3"), a contestant's number ("contestant # 18") and the numbered vehicle a worker
/// drives or rides ("on truck 22", "on train 315", "route 9", "van K-4", "cab 61"); and an eponym before "maneuvers" or
/// "fracture" and an eponym score before its value kept as clinical words ("Leopold maneuvers", "Jones fracture", "Braden 11").
/// Numbers read by the rules alone; the eponyms by the shipped scrubber too (its learned detector read them). Counts,
/// measures, years and a number with a unit after it stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision233RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Shelter intake after the tornado, FEMA # 402-118-977, needs her insulin replaced.", "402-118-977")]
    [InlineData("Flooded out of his trailer; FEMA 12-3307781 on the voucher he showed us.", "12-3307781")]
    [InlineData("Term infant, band 55102-3, bilirubin 14 at 36 hours.", "55102-3")]
    [InlineData("Mother and baby bands mismatched: band 71840 on the infant.", "71840")]
    [InlineData("Barrel racer, contestant # 18, thrown into the fence with a rib fracture.", "18")]
    public void Scrub_NumberAfterSchemeBandOrContestant_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("Utility lineman on truck 22 with a forearm burn from a downed wire.", "22")]
    [InlineData("Brakeman on train 315 caught his hand in a coupler.", "315")]
    [InlineData("City bus driver, route 9, with chest pain at the terminal.", "9")]
    [InlineData("Transit operator on route M15 had a seizure at a stop.", "M15")]
    [InlineData("Delivery driver in van K-4, rear-ended, neck pain.", "K-4")]
    [InlineData("Taxi driver, cab 61, robbed and struck with a bottle.", "61")]
    public void Scrub_NumberedVehicleOfAWorker_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("FEMA 2000 trailers were still parked there a year later.")]
    [InlineData("IT band 3 weeks of physio and still sore.")]
    [InlineData("Gel showed band 2 fainter than the control.")]
    [InlineData("We train 12 residents a year on the ultrasound rotation.")]
    [InlineData("She hopes to train 5 days a week before the marathon.")]
    [InlineData("Drove the truck 2 hours to get here with the finger in ice.")]
    [InlineData("He lived in his van 3 months after the eviction.")]
    [InlineData("Give it by the oral route 2 times daily with food.")]
    public void Scrub_CueWordBeforeACountOrMeasure_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Teaching point: Leopold maneuvers before every bedside ultrasound.", "Leopold maneuvers")]
    [InlineData("Ballet dancer with a Jones fracture of the fifth metatarsal.", "Jones fracture")]
    [InlineData("Two Colles fractures from the ice storm this morning.", "Colles fractures")]
    [InlineData("Goalkeeper with a Bennett fracture, splinted and sent to hand.", "Bennett fracture")]
    public void Scrub_EponymBeforeManeuversOrFracture_Kept(string input, string term)
    {
        // The shipped scrubber, learned detector included: the rules alone do not read these eponyms as names.
        ScrubAssertions.Scrubber.Scrub(input).Text.Should().Contain(term);
        RulesOnly.Scrub(input).Text.Should().Contain(term);
    }

    [Theory]
    [InlineData("Sacral ulcer stage 3, Braden 11, and nobody is turning her.", "Braden 11")]
    [InlineData("Primip at 41 weeks, Bishop 4, so we started a balloon.", "Bishop 4")]
    [InlineData("Gallstone pancreatitis with Ranson 5 at 48 hours, off to the unit.", "Ranson 5")]
    public void Scrub_EponymScoreBeforeItsValue_Kept(string input, string term)
    {
        ScrubAssertions.Scrubber.Scrub(input).Text.Should().Contain(term);
        RulesOnly.Scrub(input).Text.Should().Contain(term);
    }

    [Theory]
    [InlineData("Mr. Baker 88 fell at home and broke his hip.", "Baker")]
    public void Scrub_TitledNameBeforeANumber_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);
}
