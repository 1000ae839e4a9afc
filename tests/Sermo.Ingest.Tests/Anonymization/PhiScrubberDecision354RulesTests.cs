using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 354's rule (issue #14): a room or bed number listed after one the room rule found ("beds 14 and 15", "room 4 then 6")
/// is scrubbed as the first is; a count, a duration, a dose or an age after the first number stays. Sentences of their own, none
/// from a gold set.
/// </summary>
public class PhiScrubberDecision354RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Norovirus hit rooms 512 and 518 overnight, both on contact precautions.", "518")]
    [InlineData("We cohorted beds 21 & 24 on the step-down unit.", "24")]
    [InlineData("The twins were in rms 402, 403 and 405 before the move.", "403")]
    [InlineData("The twins were in rms 402, 403 and 405 before the move.", "405")]
    [InlineData("Her dad went from room 3 then 7.", "7")]
    [InlineData("Bed 630A or 630B, whichever is cleaned first.", "630B")]
    [InlineData("Parked the pair in corridor beds C7 and C9 until a room opened.", "C9")]
    public void Scrub_RoomListedAfterAFoundOne_Found(string input, string room) => RulesOnlyCoverage.ShouldFind(input, room);

    [Theory]
    [InlineData("Rounded on room 412 and 2 nurses stayed behind.", "2 nurses")]
    [InlineData("Head of bed 30 and 45 degrees were both tried.", "45 degrees")]
    [InlineData("Moved to bed 14 and 20 minutes later she coded.", "20 minutes")]
    [InlineData("Saw the man in room 512, 88 yo with a hip fracture.", "88 yo")]
    [InlineData("Bed 214, 40 F with chest pain since noon.", "40 F")]
    [InlineData("Called to bed 318, 132 and climbing, so we pushed labetalol.", "132 and climbing")]
    [InlineData("Started her on room air, sats 92 and 94 after a nap.", "92 and 94")]
    [InlineData("Room 318 and 120 mg of furosemide did nothing.", "120 mg")]
    public void Scrub_CountDoseOrAgeAfterARoom_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
