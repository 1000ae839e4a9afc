using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 327 (issue #14): places without a head noun, a fourth pass pooled over the rotation: a chain, employer, collection
/// agency, airline or air-medical service named by its brand alone ("the Rite Aid on Elm", "IC System", "flies for JetBlue"),
/// and small US towns whose names no other word has ("Bucksnort", "Possum Trot"), and an employer after a phrase that says work
/// ("lineman for Entergy"). Traps stay: brands that are words or clinical terms ("Target 140-180", "Mayo score", "Delta
/// matters"), public payers ("Medicaid") and health insurers ("Aetna"), a carrier's flight number, the Amazon river, "UPS" in
/// text written in capitals, and a town name inside a longer word. Sentences of their own, none from a gold set; the traps with
/// the rules alone.
/// </summary>
public class PhiScrubberDecision327RulesTests
{
    // The traps test the rules: the learned detector may read a capitalised word of its own.
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Pharmacist at the Rite Aid on Elm called about the warfarin dose.", "Rite Aid")]
    [InlineData("Pharmacist at Hy-Vee called, the insulin is on back order.", "Hy-Vee")]
    [InlineData("Still on hold with IC System about her old ED bill.", "IC System")]
    [InlineData("He drives for Grubhub at night and skips his metformin.", "Grubhub")]
    [InlineData("Copilot, flies for JetBlue, new atrial fibrillation.", "JetBlue")]
    [InlineData("Air Evac picked her up at the county line, GCS 9.", "Air Evac")]
    [InlineData("Bayada aide found him on the floor, hip fracture.", "Bayada")]
    [InlineData("Night picker at Amazon BFI9, lumbar strain.", "Amazon BFI9")]
    [InlineData("Cardiac rehab nurse at Kaiser Fremont, asking about statins.", "Kaiser Fremont")]
    public void Scrub_BrandWithoutHeadNoun_Found(string input, string brand) => RulesOnlyCoverage.ShouldFind(input, brand);

    [Theory]
    [InlineData("Works as a lineman for Entergy, arc flash burn to the right hand.", "Entergy")]
    [InlineData("Employer is Halvorsen Drilling, they want a return-to-work note.", "Halvorsen Drilling")]
    [InlineData("He is a roofer for Castillo Brothers and fell 12 feet.", "Castillo Brothers")]
    [InlineData("Night shift, works at the Quik Stop, chest pain on exertion.", "Quik Stop")]
    public void Scrub_EmployerAfterWorkCue_Found(string input, string employer) => RulesOnlyCoverage.ShouldFind(input, employer);

    [Theory]
    [InlineData("Farmer from Bucksnort with a tractor crush injury.", "Bucksnort")]
    [InlineData("Retired teacher out in Possum Trot, new atrial flutter.", "Possum Trot")]
    [InlineData("Plant worker, commutes from Monkey's Eyebrow, silicosis.", "Monkey's Eyebrow")]
    public void Scrub_OddTownName_Found(string input, string town) => RulesOnlyCoverage.ShouldFind(input, town);

    [Theory]
    [InlineData("Target 140-180 on the insulin drip.", "Target")]
    [InlineData("Mayo score of 9, starting steroids.", "Mayo")]
    [InlineData("Troponin 0.04 then 0.05. Delta matters more than the value.", "Delta")]
    [InlineData("Only two surgeons here take Medicaid for hernia repair.", "Medicaid")]
    [InlineData("Medical emergency on Allegiant 412, seat 14C, syncope.", "Allegiant")]
    [InlineData("Febrile traveler just back from the Amazon, thick smear pending.", "Amazon")]
    [InlineData("PT REPORTS UPS AND DOWNS WITH MOOD.", "UPS")]
    [InlineData("Slapouts of pain every evening, she says.", "Slapouts")]
    [InlineData("She works for Medicaid as a utilization reviewer.", "Medicaid")]
    [InlineData("He works at Night too, so the clinic is closed.", "Night")]
    [InlineData("Got a denial from Aetna for the CGM again.", "Aetna")]
    [InlineData("She works for Humana as a case manager.", "Humana")]
    public void Scrub_BrandOrTownShapeWithoutAPlace_Kept(string input, string kept)
    {
        var result = RulesOnly.Scrub(input);

        result.Text.Should().Contain(kept, because: $"the scrubber wrote \"{result.Text}\"");
    }
}
