using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 256's rules (issue #14): the numbered place one worker or client is found at ("chair 17" of a dialysis unit or a
/// salon, "booth 3", a park's "lot 62", "bldg 9", "dock 12", "door 207"), a fire company or ambulance in lower case or by its
/// house ("engine 7", "medic 9", "ladder 31", "station 41"), and a handle after "login" or "callsign", while a count with a
/// unit after it, "a lot" and a handle-less word stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision256RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Dialysis on MWF, chair 17, cramped badly in the last hour of the run.", "17")]
    [InlineData("her barber works chair 6, weekends only, now with tinea barbae", "6")]
    [InlineData("nail tech at booth 4, contact dermatitis on both hands from acrylic", "4")]
    [InlineData("lives in the trailer park, lot 53, space heater, CO level 22 on arrival", "53")]
    [InlineData("public housing bldg 8 apt 2 has no working elevator, she is on home O2", "8")]
    [InlineData("forklift pinned him at dock 11 around 4am, open tib-fib", "11")]
    [InlineData("loader at door 214, cross-dock, syncope in the heat", "214")]
    public void Scrub_NumberedSpotOfOneWorkerOrClient_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("firefighter off engine 6, smoke inhalation, carboxyhemoglobin 14", "6")]
    [InlineData("handoff from medic 12 was excellent: GCS, meds, times, all in one minute", "12")]
    [InlineData("Ladder 23 brought in a roofer who fell through a skylight", "23")]
    [InlineData("the captain from station 45 called about his crew's exposure", "45")]
    public void Scrub_FireCompanyOrAmbulanceByNumber_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("the patient portal login pixie42 was shared with her daughter", "pixie42")]
    [InlineData("retired pilot, callsign VK3QRT on the repeater, new AF", "VK3QRT")]
    public void Scrub_HandleAfterLoginOrCallsign_Found(string input, string handle) => RulesOnlyCoverage.ShouldFind(input, handle);

    [Theory]
    [InlineData("Up in the chair 2 hours after surgery, then back to bed.", "chair 2 hours")]
    [InlineData("He drinks a lot 3 days a week, mostly beer.", "a lot 3 days")]
    [InlineData("Sat in the chair 3 times today with PT.", "chair 3 times")]
    [InlineData("infusion chair 5 had the IV pump alarm all morning", "chair 5 had")]
    [InlineData("his truck's engine 6 cylinder, idling in the shed, COHb 28%", "engine 6 cylinder")]
    [InlineData("the medic 2 hours later said the same thing", "medic 2 hours")]
    [InlineData("Nursing station 4 pts waiting for beds tonight.", "station 4 pts")]
    [InlineData("Could not login after the update, IT reset it.", "login after the update")]
    [InlineData("We got 3 doors down the hall, engine 2 minutes out.", "engine 2 minutes")]
    public void Scrub_CountOrWordAfterSpotWord_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);

    // Round 42: the over-scrubs the lead's probe found after decision 256 (an exam's or a ward's station, a direction in a building).
    [Theory]
    [InlineData("Failed OSCE station 3, the breaking-bad-news case, and passed the rest.", "OSCE station 3")]
    [InlineData("the nurses station 2 phone rang all night with telemetry alarms", "nurses station 2")]
    [InlineData("Skills station 5 was the LP on a mannequin.", "Skills station 5")]
    [InlineData("Take door 2 on the right to reach the cath lab holding bay.", "door 2 on the right")]
    [InlineData("the flu shot booth 3 on your left had the shortest line", "booth 3 on your left")]
    public void Scrub_StationOfAnExamOrWardOrSpotBeforeADirection_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);

    [Theory]
    [InlineData("the captain from fire station 27 called about the smoke exposure", "27")]
    [InlineData("loader at door 118, left the shift with chest pain", "118")]
    public void Scrub_FireStationOrSpotWithoutDirection_StillFound(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);
}
