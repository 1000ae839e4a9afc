using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 320's changes (issue #14), from the "names capitalised in other slots" row pooled over rounds 10-45: a capitalised
/// name after a role, rank or person noun that the detector's role list lacks ("crew lead Tavita", "Detective Brannigan", "found
/// Marisol again"), and a surname that is also an eponym, a title or a clinical word after a found given name ("coach Destiny
/// Battle", "Nadia Captain", "Winona Iron Cloud"). Nouns, clinical words, weekdays and eponyms before their noun stay.
/// Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision320RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("our crew lead Tavita called about the burns on his forearm", "Tavita")]
    [InlineData("the skipper Eoghan radioed ahead from the trawler", "Eoghan")]
    [InlineData("judge Okonkwo signed the order for treatment over objection", "Okonkwo")]
    [InlineData("Detective Brannigan wants the tox screen results before noon.", "Brannigan")]
    [InlineData("the outreach team found Marisol again down by the river", "Marisol")]
    [InlineData("his neighbour brought Tadeusz in after the fall", "Tadeusz")]
    public void Scrub_NameAfterARoleOrPersonVerbOfThisRound_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("Chief Complaint: chest pain for two days", "Complaint")]
    [InlineData("we found Lyme titers positive last week", "Lyme")]
    [InlineData("he brought Tylenol and his inhaler from home", "Tylenol")]
    [InlineData("the player Monday was cleared to return", "Monday")]
    [InlineData("Director Of Nursing called about the incident report", "Of")]
    public void Scrub_WordAfterTheSameRoleThatIsNoName_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);

    [Theory]
    [InlineData("her coach Destiny Battle called twice about the concussion", "Destiny Battle")]
    [InlineData("birth parent Nadia Captain was last seen in the spring", "Nadia Captain")]
    [InlineData("the driver Winona Iron Cloud brought him in by truck", "Winona Iron Cloud")]
    [InlineData("the driver Storm Swan brought him in by truck", "Storm Swan")]
    public void Scrub_WordSurnameAfterAFoundGivenName_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("called her coach Maria Friday about return to play", "Friday")]
    [InlineData("her coach Maria Bell palsy on the left since the game", "Bell palsy")]
    [InlineData("her coach Sofia Iron levels came back low", "Iron levels")]
    public void Scrub_WeekdayOrClinicalWordAfterAFoundGivenName_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);

    // The rule alone, after a given name some finder took: the eponym surname joins it; an eponym's phrase or a weekday does not.
    [Theory]
    [InlineData("we sent Maria Battle home with crutches", "Maria Battle")]
    [InlineData("we sent Maria Mallory-Weiss tear on the scope", null)]
    [InlineData("we sent Maria Bell palsy workup to neuro", null)]
    [InlineData("we saw Maria Friday about the rash", null)]
    public void Detect_WordAfterAFoundGivenName_JoinsItOnlyAsASurname(string input, string? joined)
    {
        var start = input.IndexOf("Maria", StringComparison.Ordinal);
        var found = new List<Detection> { new(start, start + "Maria".Length, PhiType.Name, 1) };

        WordSurnamesAfterFoundGivenNames.Detect(TokenIndex.Build(input), found);

        found.Skip(1).Select(span => input[span.Start..span.End]).Should().Equal(joined is null ? [] : [joined]);
    }
}
