using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 235 (issue #14): a road whose name the finders read as a person or a town ("on [Tamarack] Dr") takes its short road
/// word and becomes an address, only right after a road's preposition or a house number, and not where "Dr" or "St" is a title or a
/// saint before a capitalised word; a found town or name followed by "VA" or "VAMC" after a place slot ("followed at the [Toledo] VA")
/// becomes one place. Sentences of their own, none from a gold set.
/// </summary>
public class PlaceSlotDecision235Tests
{
    private static readonly PhiScrubber Scrubber = new();

    [Theory]
    [InlineData("Her brother lives on Kowalczyk Rd with two dogs.", "Kowalczyk", PhiType.Name, "Kowalczyk Rd")]
    [InlineData("Found him in a trailer off Brightwell Quarry Ln last night.", "Brightwell", PhiType.Name, "Brightwell Quarry Ln")]
    [InlineData("The shelter sits out past Toledo Ct, keep it out of the chart.", "Toledo", PhiType.City, "Toledo Ct")]
    [InlineData("She still mows the lawn at 418 Vandermolen Dr at ninety.", "Vandermolen", PhiType.Name, "Vandermolen Dr")]
    [InlineData("Drop the meds at the blue house on Okafor St and knock.", "Okafor", PhiType.Name, "Okafor St")]
    public void Detect_RoadWordAfterFoundWordAfterRoadCue_AddedAsAddress(string input, string word, PhiType type, string road)
    {
        var found = Found(input, word, type);

        PlaceRunsFoundInPart.Detect(TokenIndex.Build(input), found);

        found.Should().Contain(span => span.Type == PhiType.Address && input.Substring(span.Start, span.Length) == road);
    }

    [Theory]
    [InlineData("Handoff went to Kowalczyk Dr tonight.", "Kowalczyk")] // no road cue before the name
    [InlineData("Signed out on Kowalczyk Dr. Patel took the pager.", "Kowalczyk")] // a title before a name
    [InlineData("Rounded on Kowalczyk St Luke took the rest.", "Kowalczyk")] // a saint's or a title's word before a capital
    [InlineData("Her house is on Kowalczyk, Rd 9 is the county road.", "Kowalczyk")] // punctuation between
    [InlineData("She lives on Kowalczyk's Ct now.", "Kowalczyk")] // a possessive before the road word
    [InlineData("We called Dr Kowalczyk Dr about the biopsy.", "Kowalczyk")] // no road cue, a title before
    public void Detect_RoadWordOutsideRoadSlot_NotAdded(string input, string word)
    {
        var found = Found(input, word, PhiType.Name);
        var before = found.Count;

        PlaceRunsFoundInPart.Detect(TokenIndex.Build(input), found);

        found.Skip(before).Where(span => span.Type == PhiType.Address).Select(span => input[span.Start..span.End]).Should().BeEmpty();
    }

    [Theory]
    [InlineData("He is followed at the Toledo VA for his PTSD.", "Toledo", PhiType.City, "Toledo VA")]
    [InlineData("Still drives himself to Brightwell VAMC every month.", "Brightwell", PhiType.Name, "Brightwell VAMC")]
    public void Detect_VaAfterFoundWordInPlaceSlot_AddedAsAddress(string input, string word, PhiType type, string hospital)
    {
        var found = Found(input, word, type);

        PlaceRunsFoundInPart.Detect(TokenIndex.Build(input), found);

        found.Should().Contain(span => span.Type == PhiType.Address && input.Substring(span.Start, span.Length) == hospital);
    }

    [Theory]
    [InlineData("Called Kowalczyk VA eligibility about the claim.", "Kowalczyk")] // no place slot before the name
    [InlineData("He moved to Toledo. VA clinic is closer now.", "Toledo")] // a sentence break
    [InlineData("Transferred from Toledo, VA records to follow.", "Toledo")] // punctuation between
    public void Detect_VaOutsidePlaceSlot_NotAdded(string input, string word)
    {
        var found = Found(input, word, PhiType.City);
        var before = found.Count;

        PlaceRunsFoundInPart.Detect(TokenIndex.Build(input), found);

        found.Skip(before).Select(span => input[span.Start..span.End]).Should().NotContain(text => text.Contains("VA", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The pharmacy on Kowalczyk Rd still compounds nitroglycerin ointment.", "Kowalczyk")]
    [InlineData("Dialysis unit is off Brightwell Quarry Ln now, transport keeps losing the form.", "Brightwell")]
    public void Scrub_RoadNamedLikePerson_RoadWordGoneWithIt(string input, string word)
    {
        var result = Scrubber.Scrub(input);

        result.Text.Should().NotContain(word, because: $"the scrubber wrote \"{result.Text}\"");
        result.Text.Should().NotMatchRegex(@"\] (Rd|Ln)\b", because: $"the road word is part of the address; the scrubber wrote \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Seen on Monday by Dr Patel, started on Lasix and Eliquis.", "Lasix")]
    [InlineData("Positive Babinski on Hoffmann Dr rounds, then Phalen test at the clinic.", "Babinski")]
    [InlineData("Rounded at Mercy with Dr. Okafor, Glasgow Coma Scale 14.", "Glasgow Coma Scale")]
    public void Scrub_ClinicalWordsNearRoadWords_Kept(string input, string kept)
    {
        var result = Scrubber.Scrub(input);

        result.Text.Should().Contain(kept, because: $"the scrubber wrote \"{result.Text}\"");
    }

    private static List<Detection> Found(string input, string word, PhiType type)
    {
        var at = input.IndexOf(word, StringComparison.Ordinal);
        return [new Detection(at, at + word.Length, type)];
    }
}
