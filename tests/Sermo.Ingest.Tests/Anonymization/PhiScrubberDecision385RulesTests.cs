using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 385's rules (issue #14): a name taken back right before a found name ("Oskar? no, [name]") is a name too; a bed's lone
/// digit or letter after a found room or before the place it belongs to is found; titles, drugs and places taken back, and a bed on
/// a weekday or of a count, stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision385RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Henrike? no, Marisol Quintero, 71, fell in the shower and broke her wrist", "Henrike", "Marisol Quintero")]
    [InlineData("Tobiah... sorry, Ezekiel Harlow is the one with the gout flare", "Tobiah", "Ezekiel Harlow")]
    [InlineData("seen today: Ondine... no, it's Rosalind Achebe, the cough is better", "Ondine", "Rosalind Achebe")]
    [InlineData("Brannock \u2014 wait, I mean Cyrus Pemberton, was the driver", "Brannock", "Cyrus Pemberton")]
    [InlineData("Ilse? No, Gretchen Vogel; she wants her statin stopped", "Ilse", "Gretchen Vogel")]
    public void Detect_WordTakenBackBeforeAFoundName_Found(string input, string takenBack, string corrected)
    {
        var found = new List<Detection> { At(input, corrected) };

        CorrectedNamesBeforeFoundOnes.Detect(input, found);

        found.Should().Contain(At(input, takenBack));
    }

    [Theory]
    [InlineData("Mrs... sorry, Marisol Quintero is the patient", "Marisol Quintero")]
    [InlineData("Dr... no, Ezekiel Harlow did the scope", "Ezekiel Harlow")]
    [InlineData("Lipitor? no, rosuvastatin since March, says Cyrus Pemberton", "Cyrus Pemberton")]
    [InlineData("Vermont? no, it was Maine, and Gretchen Vogel drove him", "Gretchen Vogel")]
    [InlineData("ASA? no, Ezekiel Harlow never took it", "Ezekiel Harlow")]
    [InlineData("Henrike? nobody, Marisol Quintero came alone", "Marisol Quintero")]
    public void Detect_TitleDrugPlaceOrOtherWordBefore_NothingAdded(string input, string name)
    {
        var found = new List<Detection> { At(input, name) };

        CorrectedNamesBeforeFoundOnes.Detect(input, found);

        found.Should().ContainSingle();
    }

    [Fact]
    public void Detect_NoFoundNameAfterTheCorrection_NothingAdded()
    {
        var input = "Singulair... wait, not Singulair, the montelukast box warning";
        var found = new List<Detection>();

        CorrectedNamesBeforeFoundOnes.Detect(input, found);

        found.Should().BeEmpty();
    }

    [Theory]
    [InlineData("transfer from room 412 bed 2 with a hot knee, tapped it", "bed 2")]
    [InlineData("she is in rm 318, bed B since the fall", "bed B")]
    [InlineData("room 706A bed A: new confusion overnight and a fever", "bed A")]
    public void Scrub_BedAfterAFoundRoom_Found(string input, string bed)
    {
        var at = input.IndexOf(bed, StringComparison.Ordinal) + "bed ".Length;

        var spans = RulesOnly.Scrub(input).Spans;

        spans.Should().Contain(span => span.Start <= at && at < span.End, because: $"the bed of \"{input}\" is one room's bed");
    }

    [Theory]
    [InlineData("bed 4 of Larkspur Cottage woke up wheezing, nebs given", "4")]
    [InlineData("our kid in bed 6 in the PICU spiked again at 2 am", "6")]
    [InlineData("bunk 3 at Camp Tamarack came in with a tick bite and a rash", "3")]
    [InlineData("bed 2C of the Alder unit pulled her line", "2C")]
    public void Detect_BedBeforeANamedPlace_Found(string input, string bed)
    {
        var found = new List<Detection>();
        var start = input.IndexOf(' ' + bed + ' ', StringComparison.Ordinal) + 1;

        BedsBesideARoomOrPlace.Detect(TokenIndex.Build(input), found);

        found.Should().ContainSingle().Which.Should().Be(new Detection(start, start + bed.Length, PhiType.Address, 1));
    }

    [Theory]
    [InlineData("bed 2 on Monday was quiet, then bed 3 crashed")]
    [InlineData("head of bed 30 degrees in the ICU and suction")]
    [InlineData("bed 1 of 12 open on the floor tonight")]
    [InlineData("bed 2 in room with the window, not the door side")]
    public void Detect_BedOnAWeekdayOrOfACountOrUnnamed_NothingFound(string input)
    {
        var found = new List<Detection>();

        BedsBesideARoomOrPlace.Detect(TokenIndex.Build(input), found);

        found.Should().BeEmpty();
    }

    private static Detection At(string input, string part)
    {
        var start = input.IndexOf(part, StringComparison.Ordinal);
        return new Detection(start, start + part.Length, PhiType.Name);
    }
}
