using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 230 (issue #14): a place found in part takes the rest of its capitalised run ("Walnut Creek Landing" when "Walnut
/// Creek" or one word of it is found), and stops at clinical words, eponyms, scales, drug brands, persons found beside a town,
/// titles, punctuation and an English word opening a sentence. Sentences of their own, none from a gold set; the shipped
/// scrubber (rules and detector), since the rule reads what both found.
/// </summary>
public class PlaceRunDecision230Tests
{
    private static readonly PhiScrubber Scrubber = new();

    [Theory]
    [InlineData("She lives out past Toledo Quarrymen Lodge on the county line.", "Quarrymen")]
    [InlineData("His daughter works at Dayton Brightwell Outfitters near the mall.", "Brightwell")]
    [InlineData("We send our drug screens to Kettering Vandermolen Labs every week.", "Vandermolen")]
    public void Scrub_UnlistedWordBesideFoundTown_TakenWithIt(string input, string word)
    {
        var result = Scrubber.Scrub(input);
        result.Text.Should().NotContain(word, because: $"\"{word}\" is part of the place; the scrubber wrote \"{result.Text}\"");
    }

    [Theory]
    [InlineData("GCS by Glasgow Coma Scale was 14 on arrival from Dayton.")]
    [InlineData("Started on Eliquis in Toledo and switched to Xarelto later.")]
    [InlineData("Positive Babinski sign and Hoffmann reflex noted after the fall in Dayton.")]
    public void Scrub_ClinicalOrEponymWordsBesideTown_Kept(string input)
    {
        var result = Scrubber.Scrub(input);
        foreach (var word in new[] { "Coma", "Scale", "Eliquis", "Xarelto", "Babinski", "Hoffmann" }.Where(input.Contains))
        {
            result.Text.Should().Contain(word, because: $"the scrubber wrote \"{result.Text}\"");
        }
    }

    [Theory]
    [InlineData("Dr. Brightwell Toledo called about the transfer.", "Brightwell Toledo")]
    [InlineData("Moved to Toledo. Quarrymen were on strike that year.", "Toledo. Quarrymen")]
    [InlineData("Went home to Toledo, Brightwell said she was fine.", "Toledo, Brightwell")]
    [InlineData("Maria Lopez Toledo is her name on the chart.", "Lopez Toledo")]
    public void Scrub_WordAcrossTitlePunctuationOrName_NotOneSpanWithTown(string input, string across) =>
        Scrubber.Scrub(input).Spans.Select(span => input[span.Start..span.End]).Should().NotContain(span => span.Contains(across));
}
