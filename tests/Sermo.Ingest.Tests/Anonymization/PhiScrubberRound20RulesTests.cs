using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 20's rules (issue #14, decision 145): beds and rooms as sign-outs, handovers and ward chat write them (a list of
/// labelled beds, a bed before a name, a room after a person and "in", a room in brackets after a name), the speaker of a pasted
/// group-chat line, a hyphenated eponym left out of the found name before it, and named clinical phrases closed by "wave", "shunt" or "staging" and "lactated Ringer's" kept. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberRound20RulesTests
{
    [Theory]
    [InlineData("Overnight list: bed 3 Mr. Haddad - CHF, diuresing; bed 7 Mrs. Lindqvist - DKA, off the drip.", "3")]
    [InlineData("Overnight list: bed 3 Mr. Haddad - CHF, diuresing; bed 7 Mrs. Lindqvist - DKA, off the drip.", "7")]
    [InlineData("Handing over: cubicle 2 Mr. Petrakis, NSTEMI on heparin. Cubicle 9 Mrs. Ouellette, cellulitis.", "2")]
    [InlineData("Handing over: cubicle 2 Mr. Petrakis, NSTEMI on heparin. Cubicle 9 Mrs. Ouellette, cellulitis.", "9")]
    [InlineData("Bay 1 bed 4: Mr. Szabo, hip fracture, for theatre in the morning.", "4")]
    [InlineData("Night reg here: bed 5 (Mrs. Abernethy) is desaturating again.", "5")]
    public void Scrub_LoneBedInASignOutList_Removed(string input, string bed) => ShouldRemove(input, bed);

    [Theory]
    [InlineData("ED board was quiet: bay 4 had a sprained ankle and nothing else.")]
    [InlineData("Raise the head of bed 30 degrees and recheck in an hour.")]
    [InlineData("We have 1 bed open and 3 admits waiting.")]
    public void Scrub_LoneBedOutsideAList_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("the gentleman in 7C with the GI bleed finally stopped dropping his hemoglobin.", "7C")]
    [InlineData("pt in 4B-17 pulled his NG tube again.", "4B-17")]
    [InlineData("the lady in 3-12 is asking for her daughter again.", "3-12")]
    [InlineData("the kid in 21 (the one with the asthma) is ready to go home.", "21")]
    [InlineData("can someone see Mr. Delacroix in 14? he's febrile.", "14")]
    public void Scrub_RoomAfterAPersonAndIn_Removed(string input, string room) => ShouldRemove(input, room);

    [Theory]
    [InlineData("the lady in 3 weeks will need a repeat echo.")]
    [InlineData("the patient in 2019 had the same rash.")]
    [InlineData("the guy in 20 minutes went from fine to intubated.")]
    [InlineData("a woman in 2 of the 3 trials had a bleed.")]
    public void Scrub_NumberAfterAPersonAndInThatIsNoRoom_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Sign-out: Mr. Oyelaran (6D-2) hyperkalemia, recheck K at 0400.", "6D-2")]
    [InlineData("Sign-out: Mrs. Brannigan (712) COPD, on BiPAP overnight.", "712")]
    [InlineData("Sign-out: Mr. Kowalczyk (4-19) alcohol withdrawal, CIWA q2h.", "4-19")]
    public void Scrub_RoomInBracketsAfterAName_Removed(string input, string room) => ShouldRemove(input, room);

    [Fact]
    public void Scrub_AgeInBracketsAfterAName_NotARoom()
    {
        const string input = "Sign-out: Mr. Kowalczyk (58) alcohol withdrawal, CIWA q2h.";
        var spans = Scrubber.Scrub(input).Spans.Where(s => s.Type == PhiType.Address).Select(s => input[s.Start..s.End]);
        spans.Should().NotContain("58", "a two-digit number in brackets after a name is read as an age, not a room");
    }

    [Theory]
    [InlineData("Gave two liters of lactated Ringer's and the lactate came down.")]
    [InlineData("Hypothermic at 31 C with an Osborn wave on the ECG.")]
    [InlineData("Refractory ascites, so IR talked about a Denver shunt.")]
    [InlineData("Ann Arbor staging is mostly replaced by Lugano now.")]
    public void Scrub_NamedFluidWaveShuntOrStaging_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Per Dr. Ringer the discharge can go ahead.", "Ringer")]
    [InlineData("Asked Tamsin to shunt the calls to my cell.", "Tamsin")]
    public void Scrub_NameBesideTheNewEponymWords_StillRemoved(string input, string name) => ShouldRemove(input, name);

    [Theory]
    [InlineData("From the unit chat: [21:40] Oluwaseun: K is 6.9 on the repeat, giving calcium now", "Oluwaseun")]
    [InlineData("[07:12 am] Marit Halvorsen: can someone take the handover call?", "Marit Halvorsen")]
    [InlineData("[03:05] Keoni: paged twice, coming. [03:09] Ines: thanks Keoni", "Keoni")]
    public void Scrub_ChatSpeakerAfterAClockTime_Removed(string input, string name) => ShouldRemove(input, name);

    [Theory]
    [InlineData("[10:06] Charge nurse: two admits waiting for beds, no names yet.")]
    [InlineData("Ratio was [10:1] in the dilution, see the protocol.")]
    public void Scrub_ChatLineWithARoleOrNoClock_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Overnight: Lumi Mallory-Weiss tear, scope in the morning.", "Lumi", false)]
    [InlineData("Overnight: Lumi Guillain-Barre workup, LP pending.", "Lumi", false)]
    [InlineData("Overnight: Lumi Haverford-Ostrander seen, LP pending.", "Lumi", true)]
    public void FoundNameExtensions_HyphenatedWordAfterOneFoundWord_TakenUnlessEveryPartIsAnEponym(string input, string name, bool taken)
    {
        var index = TokenIndex.Build(input);
        var start = input.IndexOf(name, StringComparison.Ordinal);
        var found = new List<Detection> { new(start, start + name.Length, PhiType.Name, 1) };
        FoundNameExtensions.Detect(index, found);
        var widened = found.Exists(d => d.Type == PhiType.Name && d.End > start + name.Length + 1);
        widened.Should().Be(taken, $"the word after \"{name}\" in \"{input}\" is {(taken ? "a surname" : "an eponym")}");
    }
}
