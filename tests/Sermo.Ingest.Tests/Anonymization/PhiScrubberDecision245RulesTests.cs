using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 245 (issue #14): places without a head noun read by their slot. A shop, bar or hospital named by one possessive
/// word after "at", "to", "from", "into" or "for" ("works nights at Kessler's", "transferred to Hollander's"); the town of an
/// address line that is an English word, after a found street and a comma ("on 14 Larchmere Rd, Regret."). Traps in the same
/// slots stay: eponyms and diseases ("due to Baker's cyst", "for Parkinson's"), kin ("at Mom's"), a possessive before a
/// capitalised word, drugs, holidays and months. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision245RulesTests
{
    private static readonly PhiScrubber Scrubber = new();

    [Theory]
    [InlineData("He works nights at Kessler's and sleeps through clinic.", "Kessler's")]
    [InlineData("Ran into her at the Brodwick's this am, still on the walker.", "Brodwick's")]
    [InlineData("Transferred to Hollander's for the cath lab.", "Hollander's")]
    [InlineData("The van from Tamberlane's never came for the dialysis run.", "Tamberlane's")]
    [InlineData("Drives for Quillon's, so the seizure matters for his license.", "Quillon's")]
    [InlineData("The shuttle from Tam-ara's never came for the dialysis run.", "Tam-ara's")]
    public void Scrub_PossessiveWordInPlaceSlot_Found(string input, string place) => RulesOnlyCoverage.ShouldFind(input, place);

    [Theory]
    [InlineData("Sent home to 14 Larchmere Rd, Regret. Daughter checks daily.", "Regret")]
    [InlineData("Address on the form: 220 Felden Ave, Placid and Content - no phone.", "Placid and Content")]
    [InlineData("Lives at 9 Marlow St, Wistful KS with her son.", "Wistful")]
    public void Scrub_EnglishWordTownAfterFoundStreet_Found(string input, string town) => RulesOnlyCoverage.ShouldFind(input, town);

    [Theory]
    [InlineData("Knee swelling due to Baker's cyst, ultrasound ordered.", "Baker's cyst")]
    [InlineData("Referred for Parkinson's and started carbidopa-levodopa.", "Parkinson's")]
    [InlineData("Admitted with Crohn's flare, moved to Hashimoto's workup later.", "Hashimoto's")]
    [InlineData("She stays at Mom's on weekends after chemo.", "Mom's")]
    [InlineData("Switched to Tylenol's night-time caplets for sleep.", "Tylenol's")]
    [InlineData("Seen at 14 Larchmere Rd, Tuesday she fell again.", "Tuesday")]
    [InlineData("Follow-up at 12 Oak St, Lisinopril refilled on the visit.", "Lisinopril")]
    [InlineData("Admitted for Guillain-Barre's? IVIG started on day two.", "Guillain-Barre's")]
    [InlineData("Sent to Osgood-Schlatter's clinic by the school nurse.", "Osgood-Schlatter's")]
    public void Scrub_ClinicalOrKinWordsInSameSlots_Kept(string input, string kept)
    {
        var result = Scrubber.Scrub(input);

        result.Text.Should().Contain(kept, because: $"the scrubber wrote \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Home for Easter's long weekend, biopsy after.")]
    [InlineData("Back to March's schedule after the flare.")]
    [InlineData("Seen at 14 Larchmere Rd, Christmas.")]
    public void Scrub_HolidayOrMonthInPlaceSlot_NotReadAsPlace(string input)
    {
        var result = Scrubber.Scrub(input);

        result.Text.Should().NotContain(PhiPlaceholder.For(PhiType.City), because: $"a holiday or month is a date, never a town; the scrubber wrote \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Works second shift at the Dunmore's Feed plant in town.")] // a capitalised word after: another rule's run
    [InlineData("Dunmore's crew brought him in off the line.")] // no place slot before it
    [InlineData("Asked about Dunmore's in the waiting room.")] // "about" is no place slot
    public void Detect_PossessiveOutsidePlaceSlot_NotAdded(string input)
    {
        var found = new List<Detection>();

        PossessivePlacesInSlots.Detect(TokenIndex.Build(input), found);

        found.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Home is out on Brightwell Road, Tranquil - no phone.", "Brightwell Road", "Brightwell Road")] // the road word in the found span
    [InlineData("Her trailer on Brightwell St, Tranquil. Son drives her.", "Brightwell", "Brightwell St")] // the road word after it
    public void Detect_StreetReadAsNameWithRoadWord_TownAdded(string input, string name, string street)
    {
        var at = input.IndexOf(name, StringComparison.Ordinal);
        var found = new List<Detection> { new(at, at + name.Length, PhiType.Name) };

        TownsAfterFoundStreets.Detect(TokenIndex.Build(input), found);

        found.Select(span => (span.Type, input[span.Start..span.End])).Should().Contain((PhiType.City, "Tranquil"));
        found.Select(span => input[span.Start..span.End]).Should().Contain(street);
    }

    [Theory]
    [InlineData("Lives at 9 Marlow St, Wistful went with her.")] // a lower-case word after: no closed part
    [InlineData("Lives at 9 Marlow St. Wistful is her town.")] // no comma after the street
    public void Detect_WordAfterStreetNotClosingPart_NotAdded(string input)
    {
        var at = input.IndexOf("9 Marlow St", StringComparison.Ordinal);
        var found = new List<Detection> { new(at, at + "9 Marlow St".Length, PhiType.Address) };

        TownsAfterFoundStreets.Detect(TokenIndex.Build(input), found);

        found.Should().ContainSingle();
    }
}
