using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 241's rules (issue #14): a spelled age over 89 typed without its "a" ("hundred and four") where it stands set off
/// alone, and one that opens a post or a line closed by a mark or "and" ("One hundred and six. Still driving."). Counts,
/// larger numbers and a spelled number with its noun after it stay. A given name and surname typed in lower case after a kin,
/// role or person noun and closed by a mark or a person's verb ("crew member tavita fonoti, ..."); words of a list, drugs and
/// phrases after such a noun stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision241RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Retired welder, hundred and four, slipped on the porch steps and broke a hip.", "hundred and four")]
    [InlineData("Our oldest volunteer (hundred and one) fainted at the bake sale.", "hundred and one")]
    [InlineData("One hundred and six. Still driving to church on Sundays, now with a subdural.", "One hundred and six")]
    [InlineData("Hundred and two and sharper than the residents: asked for her own troponin.", "Hundred and two")]
    [InlineData("Ninety-seven! Came in by herself with a UTI and a list of questions.", "Ninety-seven")]
    [InlineData("Quick one.\nA hundred and three, on no meds at all, now with a hip fracture.", "A hundred and three")]
    public void Scrub_SpelledAgeOverEightyNineSetOffOrOpeningThePost_Found(string input, string age) => RulesOnlyCoverage.ShouldFind(input, age);

    [Theory]
    [InlineData("We saw two hundred and five patients in the flu clinic, a record.")]
    [InlineData("Ninety minutes and still no bed upstairs.")]
    [InlineData("A hundred tabs of oxycodone, prescribed by a dentist. Really.")]
    [InlineData("Spent a hundred and twenty dollars on the copay alone.")]
    [InlineData("Hundred bucks says the troponin is up, and it was.")]
    [InlineData("Ninety percent of my panel is diabetic.")]
    public void Scrub_SpelledCountOrLargerNumber_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Roofing crew member tavita fonoti, fell 12 ft, calcaneal fracture.", "tavita fonoti")]
    [InlineData("Her roommate oyelola adebanjo says she found her down at 6.", "oyelola adebanjo")]
    [InlineData("Bus driver kwabena mensah. syncope at the wheel, no injuries.", "kwabena mensah")]
    [InlineData("The horse owner graciela bridges (who called it in) was kicked too.", "graciela bridges")]
    public void Scrub_LowerCaseNamePairAfterPersonNoun_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("Her friend lives nearby and checks on her daily.")]
    [InlineData("Crew member states he never lost consciousness.")]
    [InlineData("Bus driver metformin dose was doubled, now hypoglycemic.")]
    [InlineData("The dog owner was bitten too, so two rabies series today.")]
    public void Scrub_PersonNounBeforeWords_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);
}
