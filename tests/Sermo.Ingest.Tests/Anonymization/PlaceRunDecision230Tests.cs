using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 230 (issue #14): a place or name found in part takes the rest of its capitalised run ("Walnut Creek Landing" when
/// "Walnut Creek" or one word of it is found), and stops at clinical words, eponyms, scales, drug brands, persons found beside a town,
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

    // The rule alone, on the spans given: the finders read "Dr. Brightwell Toledo" or "Toledo, Brightwell" as a person's
    // name on their own, so only the rule's own additions show whether it stops at a title, punctuation or a found name.
    [Theory]
    [InlineData("Dr. Brightwell Toledo called about the transfer.", "")]
    [InlineData("Moved to Toledo. Quarrymen were on strike that year.", "")]
    [InlineData("Went home to Toledo, Brightwell said she was fine.", "")]
    [InlineData("Maria Lopez Toledo is her name on the chart.", "Maria Lopez")]
    [InlineData("Beautiful Toledo is where she grew up.", "")]
    public void Detect_WordAcrossTitlePunctuationNameOrSentenceOpener_NotAdded(string input, string foundName)
    {
        var found = FoundTownAndName(input, foundName);
        var before = found.Count;

        PlaceRunsFoundInPart.Detect(TokenIndex.Build(input), found);

        found.Skip(before).Select(span => input[span.Start..span.End]).Should().BeEmpty();
    }

    [Theory]
    [InlineData("She lives out past Toledo Quarrymen Lodge on the county line.", "Toledo Quarrymen")]
    [InlineData("Her son drives for Brightwell Toledo now.", "Brightwell Toledo")]
    public void Detect_UnlistedWordsBesideFoundTown_AddedAsOnePlace(string input, string run)
    {
        var found = FoundTownAndName(input, "");

        PlaceRunsFoundInPart.Detect(TokenIndex.Build(input), found);

        found.Should().Contain(span => span.Type == PhiType.City && input.Substring(span.Start, span.Length).Contains(run, StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_UnlistedWordsBesideFoundName_AddedWithIt()
    {
        const string input = "He drives for Kowalczyk Roofing Supply out of the north side.";
        var at = input.IndexOf("Kowalczyk", StringComparison.Ordinal);
        var found = new List<Detection> { new(at, at + "Kowalczyk".Length, PhiType.Name) };

        PlaceRunsFoundInPart.Detect(TokenIndex.Build(input), found);

        found.Select(span => input[span.Start..span.End]).Should().Contain("Kowalczyk Roofing Supply");
    }

    [Fact]
    public void Detect_HyphenatedEponymAfterFoundName_NotAdded()
    {
        const string input = "Paged Anna Mallory-Weiss tear suspected after the retching.";
        var found = new List<Detection> { new(6, 10, PhiType.Name) };

        PlaceRunsFoundInPart.Detect(TokenIndex.Build(input), found);

        found.Should().ContainSingle();
    }

    private static List<Detection> FoundTownAndName(string input, string name)
    {
        var town = input.IndexOf("Toledo", StringComparison.Ordinal);
        var found = new List<Detection> { new(town, town + "Toledo".Length, PhiType.City) };
        if (name.Length > 0)
        {
            var at = input.IndexOf(name, StringComparison.Ordinal);
            found.Add(new Detection(at, at + name.Length, PhiType.Name));
        }

        return found;
    }
}
