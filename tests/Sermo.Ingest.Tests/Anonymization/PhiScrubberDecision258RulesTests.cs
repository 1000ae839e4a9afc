using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 258 (issue #14): a name typed in lower case before a clause that says a person stands there: a set-off age, a
/// return or arrival ("is back", "back again", "comes in", "got hurt"), a person's verb; one name alone after a chat opener.
/// Traps in the same shapes stay: lower-case clinical words, drugs and common words before the same clauses, names that are
/// also words ("will", "may", "mark", "grace", "hope") used as words. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision258RulesTests
{
    private static readonly PhiScrubber Scrubber = new();

    [Theory]
    [InlineData("omg teodora vasilescu is back lol, third DKA this year", "teodora vasilescu")]
    [InlineData("ugh kwabena asante back again, same cellulitis", "kwabena asante")]
    [InlineData("so bartosz wieczorek comes in at 3am with chest pain", "bartosz wieczorek")]
    [InlineData("night shift. ruslana petrenko got hurt at the loading dock.", "ruslana petrenko")]
    [InlineData("oluwaseun adebayo texted me a photo of the rash", "oluwaseun adebayo")]
    [InlineData("sigrid halvorsen came off the ferry with hypothermia", "sigrid halvorsen")]
    public void Scrub_PairBeforeReturnOrVerb_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("ER board: tsering lhamo, 47, altitude sickness", "tsering lhamo")]
    [InlineData("next up ikaika makoa 58M with a gout flare", "ikaika makoa")]
    [InlineData("triage note: marisela quispe 33 F, pyelo", "marisela quispe")]
    public void Scrub_PairBeforeSetOffAge_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("ugh. grace woods is back, fourth fall this month", "grace woods")]
    [InlineData("ugh joy mensah back again, same abscess", "joy mensah")]
    public void Scrub_NameThatIsAlsoAWordBeforeClause_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("omg adwoa came back with the same abscess", "adwoa")]
    [InlineData("ok so marguerite from Lakeview just called", "marguerite")]
    public void Scrub_OneNameAfterChatOpener_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("the chest pain is back, troponin pending.")]
    [InlineData("her lower back again hurts after lifting.")]
    [InlineData("pt will cook again, appetite is better.")]
    [InlineData("may rose again after the second dose.")]
    [InlineData("so the rash came back after stopping prednisone.")]
    [InlineData("omg metformin again, she stopped it twice.")]
    [InlineData("mark grace period again on the form.")]
    [InlineData("ok so hope from Friday is gone, the beds are full.")]
    [InlineData("blood pressure 54 M cuff reading was off.")]
    public void Scrub_WordsBeforeTheSameClauses_Kept(string input) => Scrubber.Scrub(input).Text.Should().Be(input);
}
