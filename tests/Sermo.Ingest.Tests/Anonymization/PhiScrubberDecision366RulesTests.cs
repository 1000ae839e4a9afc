using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 366 (issue #14): places without a head noun, a sixth pass pooled over the rotation: an offshore platform named before
/// "platform" in a post about oil work ("flown in from the Sable Reach platform") and a school, town or team between "the" and its
/// game ("the Millbrook game"). Traps stay: a software platform in a post with no oil work, a platform after an opener, and a
/// game named by its kind ("the Homecoming game", "the State tournament"). Sentences of their own, none from a gold set; the traps
/// with the rules alone.
/// </summary>
public class PhiScrubberDecision366RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Roughneck, 14 on 14 off, flown in from the Sable Reach platform with a crush injury to the hand.", "Sable Reach")]
    [InlineData("Offshore cook off the Kestrel platform, vomiting since the crew change.", "Kestrel")]
    [InlineData("Rig medic here, our guy works the Wren Shoal platform and has chest pain on every hitch.", "Wren Shoal")]
    public void Scrub_OffshorePlatformByName_Found(string input, string platform) => RulesOnlyCoverage.ShouldFind(input, platform);

    [Theory]
    [InlineData("Took a helmet to the chin at the Millbrook game last night, six stitches.", "Millbrook")]
    [InlineData("She tore her ACL during the Harlow Ridge tournament and wants to play next week.", "Harlow Ridge")]
    [InlineData("Collapsed at the Wexcombe meet, exertional heat stroke, core temp 41.", "Wexcombe")]
    public void Scrub_TeamBeforeGameWord_Found(string input, string team) => RulesOnlyCoverage.ShouldFind(input, team);

    [Theory]
    [InlineData("The group moved our consults to the Teams platform and nobody reads them now.", "Teams platform")]
    [InlineData("Our platform for e-consults keeps dropping the images.", "Our platform")]
    [InlineData("He got concussed in the Homecoming game and still has headaches.", "Homecoming game")]
    [InlineData("Three ankle sprains from the State tournament this weekend.", "State tournament")]
    public void Scrub_SoftwarePlatformOrKindOfGame_Kept(string input, string kept)
    {
        var result = RulesOnly.Scrub(input);

        result.Text.Should().Contain(kept, because: $"the scrubber wrote \"{result.Text}\"");
    }
}
