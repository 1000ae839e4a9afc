using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 343's changes (issue #14): a hospital named by "Regional", "Memorial" or "General" outside a place slot (a clause's
/// start, a case's "v.", after a comma or a slash), and a found town before "General", "Jail" or "Prison" taking the head. Titles
/// ("Surgeon General"), services ("General Surgery", "Regional anesthesia") and generic runs stay. Sentences of their own, none
/// from a gold set.
/// </summary>
public class PhiScrubberDecision343RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Kestrelbrook Memorial picked up the body before the family arrived", "Kestrelbrook Memorial")]
    [InlineData("subpoena came today, Okonjo v. Bramblewood Regional, about a missed dissection", "Bramblewood Regional")]
    [InlineData("locums posting, six weeks, Quillfeather General in a town nobody has heard of", "Quillfeather General")]
    [InlineData("the SNF list reads warfarin / Pinehollow Regional / no allergies", "Pinehollow Regional")]
    public void Scrub_PostpositiveHeadOutsidePlaceSlot_Found(string input, string hospital) => RulesOnlyCoverage.ShouldFind(input, hospital);

    [Theory]
    [InlineData("the deputy drove him over from Tamberlane County Jail with a scalp laceration", "Tamberlane", PhiType.City, "Tamberlane County Jail")]
    [InlineData("paroled last spring out of Mossgiel State Prison, now homeless and septic", "Mossgiel", PhiType.City, "Mossgiel State Prison")]
    [InlineData("we did our rotation on the Brisbane General wards last winter", "Brisbane", PhiType.City, "Brisbane General")]
    public void Detect_FoundTownBeforeFacilityHead_TakesTheHead(string input, string word, PhiType type, string facility)
    {
        var at = input.IndexOf(word, StringComparison.Ordinal);
        List<Detection> found = [new Detection(at, at + word.Length, type)];

        FacilitiesAroundFoundWords.Detect(TokenIndex.Build(input), found);

        found.Should().Contain(span => input.Substring(span.Start, span.Length) == facility);
    }

    [Theory]
    [InlineData("handed off to Halvorsen General Medicine for the night", "Halvorsen", "General Medicine")]
    [InlineData("a letter from Attorney General Mbatha about the opioid settlement", "Mbatha", "Attorney General")]
    public void Detect_GeneralBeforeAnotherCapital_NotTaken(string input, string word, string kept)
    {
        var at = input.IndexOf(word, StringComparison.Ordinal);
        List<Detection> found = [new Detection(at, at + word.Length, PhiType.Name)];

        FacilitiesAroundFoundWords.Detect(TokenIndex.Build(input), found);

        found.Should().HaveCount(1, because: $"\"{kept}\" is a service or a title, not a hospital's name");
    }

    [Theory]
    [InlineData("Surgeon General warnings are on every pack he buys", "Surgeon General")]
    [InlineData("ortho asked, General Surgery agreed to take him", "General Surgery")]
    [InlineData("Regional anesthesia placed the block, pain 2/10 after", "Regional anesthesia")]
    [InlineData("no beds anywhere, Community General is on diversion too", "Community General")]
    public void Scrub_TitlesServicesAndGenericRuns_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
