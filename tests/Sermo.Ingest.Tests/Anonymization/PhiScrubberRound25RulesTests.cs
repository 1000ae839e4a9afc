using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 25's rules (issue #14, decision 167). A record number after a cue that is also an ordinary noun ("Index 1250",
/// "file 1024 x 768") needs a label mark or the look of a record; a hospital named by a saint's or a faith system's word
/// after a place preposition is a place; a capitalised word after a role noun ("coach", "adjuster", "case worker is") is a name. Read by the rules alone, so the learned detector cannot pass a test the rules fail.
/// Sentences and saints of their own, none from a gold set.
/// </summary>
public class PhiScrubberRound25RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Pulled Index 1250 from the registry spreadsheet, same trend as ours.", "Index 1250")]
    [InlineData("The scan file 1024 x 768 is too small to read the margins.", "file 1024 x 768")]
    [InlineData("The photo file 2048x1536 came through blurry on my phone.", "file 2048x1536")]
    [InlineData("Like case 1024 of the series, the rash came back on rechallenge.", "case 1024")]
    public void Scrub_BareShortNumberAfterAnOrdinaryNoun_Kept(string input, string kept) =>
        RulesOnly.Scrub(input).Text.Should().Contain(kept);

    [Theory]
    [InlineData("Scanned into file # 4471 in the old system.", "4471")]
    [InlineData("Pull index no. 5832 from the archive, it is her.", "5832")]
    [InlineData("Her student ID 7719 was on the bracelet.", "7719")]
    [InlineData("The file 00482 holds her old consent form.", "00482")]
    [InlineData("Case 2231-04 was the twin brother.", "2231-04")]
    [InlineData("Member 88172 called the nurse line twice.", "88172")]
    [InlineData("Research subject 1187 withdrew consent last week.", "1187")]
    public void Scrub_LabelledOrRecordShapedNumberAfterACue_Removed(string input, string number)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(number, because: $"\"{number}\" in \"{input}\" is a record number; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Her sepsis got worse so we sent her to St. Ansgar's overnight.", "St. Ansgar's")]
    [InlineData("He was admitted at Methodist for three days last spring.", "Methodist")]
    [InlineData("Transferred from Sacred Heart with a hemoglobin of 6.", "Sacred Heart")]
    [InlineData("Her daughter is a respiratory therapist at Presbyterian North.", "Presbyterian North")]
    [InlineData("Ambulance took him into Saint Wendelin for the head CT.", "Saint Wendelin")]
    [InlineData("Discharged to Holy Family Rehab after the hip.", "Holy Family Rehab")]
    public void Scrub_HospitalBySaintOrSystemWordAfterAPlacePreposition_FoundAsAPlace(string input, string hospital) =>
        ShouldFindByRules(input, hospital, PhiType.City);

    [Theory]
    [InlineData("She switched to St. John's wort for her mood, against advice.")]
    [InlineData("Classic chorea, what they used to call St. Vitus dance.")]
    [InlineData("We threw ourselves at the mercy of the prior auth team.")]
    [InlineData("The family is Methodist and asked for the chaplain.")]
    public void Scrub_SaintOrSystemWordThatIsNoHospital_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Her swim coach Bramble wants clearance by Friday.", "Bramble")]
    [InlineData("The adjuster Thistle calls me every day about the claim.", "Thistle")]
    [InlineData("Her case worker is Oyelami at the county office.", "Oyelami")]
    [InlineData("His mum Clover drove in from the coast at dawn.", "Clover")]
    [InlineData("The night dispatcher Marigold called us four times.", "Marigold")]
    [InlineData("Her softball coach Brannagh wants clearance by Friday.", "Brannagh")]
    public void Scrub_CapitalisedWordAfterARoleNoun_FoundAsAName(string input, string name) => ShouldFindByRules(input, name, PhiType.Name);

    [Theory]
    [InlineData("The second agent Jardiance helped her A1c more than expected.")]
    [InlineData("Her coach Monday said she can play again.")]
    [InlineData("He served two tours. Agent Orange exposure is on his problem list.")]
    [InlineData("The team coach at the high school called about the concussion.")]
    public void Scrub_WordAfterARoleNounThatIsNoName_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    private static void ShouldFindByRules(string input, string identifier, PhiType type)
    {
        var result = RulesOnly.Scrub(input);
        result.Spans.Select(span => (input[span.Start..span.End], span.Type))
            .Should().Contain((identifier, type), because: $"\"{identifier}\" in \"{input}\" is a {type}; the rules scrubbed: \"{result.Text}\"");
    }
}
