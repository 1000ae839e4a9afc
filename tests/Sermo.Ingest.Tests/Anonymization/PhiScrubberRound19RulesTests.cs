using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 19's rules (issue #14, decision 140): an age over 89 one aside after a person (a bracketed remark or a dash after a
/// name, a comma after a relative), and a place named in a definition kept as the clinical phrase it is.
/// Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberRound19RulesTests
{
    [Theory]
    [InlineData("Admitted Mr. Okonjo (goes by his middle name), 94, with a hip fracture.", "94")]
    [InlineData("Saw Mrs. Halvorsen (retired teacher, lives alone), 101, for syncope.", "101")]
    [InlineData("Mrs. Castellano - 97 - urosepsis, DNR per her son.", "97")]
    [InlineData("Mr. Abernathy \u2013 92 \u2013 CHF, diuresing well.", "92")]
    [InlineData("my neighbor asked about her dad, 93, who has nocturia every hour.", "93")]
    [InlineData("Grandma, 99, still does her own insulin.", "99")]
    public void Scrub_AgeOverEightyNineOneAsideAfterAPerson_Removed(string input, string age) => ShouldFind(input, age, PhiType.Age);

    [Theory]
    [InlineData("Mrs. Castellano - 95% on room air - stable.")]
    [InlineData("Mr. Okonjo (see above), 120 mg of furosemide given.")]
    [InlineData("her dad, 93 mg/dL glucose fasting, is fine.")]
    [InlineData("Mr. Abernathy (bed 12), 94 today on the sats.")]
    [InlineData("her dad, 45, has gout.")]
    public void Scrub_NumberAfterAPersonThatIsNoOldAge_NotAnAge(string input)
    {
        var ages = Scrubber.Scrub(input).Spans.Where(s => s.Type == PhiType.Age).Select(s => input[s.Start..s.End]);
        ages.Should().BeEmpty($"no age over 89 stands set off in \"{input}\"");
    }

    [Theory]
    [InlineData("ARDS by the Berlin definition, P/F 140 on PEEP 10.")]
    [InlineData("Diagnosed by the Sydney definition, though nobody uses it.")]
    [InlineData("Sepsis by the Atlanta definition is not the same thing.")]
    public void Scrub_PlaceNamedDefinition_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Asked Tamsin about the definition of sepsis again.", "Tamsin")]
    [InlineData("Per Dr. Ferreira, the definition was met.", "Ferreira")]
    public void Scrub_NameBesideDefinition_StillRemoved(string input, string name) => ShouldRemove(input, name);
}
