using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 31's rules (issue #14, decision 201; the file is named for the decision so that no file of this branch carries a
/// held-out set's round name). A US aircraft's tail registration ("N417MT") is a vehicle's identifier wherever it stands;
/// nitrous oxide, TNM stages, masks and ICD codes that share its first letter stay. A store's or a trial site's number of three
/// digits or more, a registry's capitals glued to three digits after a record word, and a flight's airline code and number are
/// records; a count or a unit after "store" or "site", and a flight with no airline code, stay. An ambulance or fire crew's
/// capitalised call sign ("Medic 14") is a record of the run; a lower-case "medic" before a count stays. Read by the rules alone, so the learned
/// detector cannot pass a test the rules fail. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision201RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("the helicopter, N417MT, set down on the soccer field and the crew had him intubated already", "N417MT")]
    [InlineData("our transplant team flew out on N52RX at 3am for the lungs", "N52RX")]
    [InlineData("air ambulance tail number N8823K had a hard landing and the flight medic hurt her back", "N8823K")]
    [InlineData("Lifeguard N603GH brought the burn kid in from the reservation", "N603GH")]
    public void Scrub_AircraftRegistration_Removed(string input, string registration)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(registration, because: $"\"{registration}\" in \"{input}\" finds one flight; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("ran N2O at 50% for the laceration repair and she tolerated it")]
    [InlineData("T2 N1 M0 on staging, tumor board next week")]
    [InlineData("fit test for the N95 failed again, switched to a PAPR")]
    [InlineData("coded as N18.4 but the GFR says stage 3b")]
    [InlineData("biopsy showed N2a disease so the plan changed")]
    public void Scrub_NAndDigitsThatAreNoRegistration_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("she fills everything at the Rite Aid store #5512 and they never flagged the interaction", "5512")]
    [InlineData("the Kroger store 0618 pharmacist called me about the dose", "0618")]
    [InlineData("our site 118 screened him for the heart failure study last spring", "118")]
    [InlineData("deceased donor QRT552 had a positive HCV NAT so we declined the kidney", "QRT552")]
    [InlineData("procurement sent donor ID WMKB208 with a terminal creatinine of 1.1", "WMKB208")]
    [InlineData("syncope on flight DL1449 to Atlanta, the crew had an AED ready", "DL1449")]
    [InlineData("she went into labour on flight AS 61 and they diverted", "AS 61")]
    public void Scrub_StoreSiteDonorOrFlightNumber_Removed(string input, string number)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(number, because: $"\"{number}\" in \"{input}\" finds one record; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("store 250 ml of the reconstituted vial in the fridge and toss it after a week")]
    [InlineData("rotate injection site 2 times a day, left then right")]
    [InlineData("fear of flight 3 times this month, panic attacks on every plane")]
    [InlineData("we store 400 doses of the flu vaccine in that one fridge")]
    [InlineData("the pharmacy will store 1200 pills for the shelter residents")]
    [InlineData("we store 300 vials of the antivenom at the main campus")]
    public void Scrub_StoreSiteOrFlightBeforeACount_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Medic 31 brought her in from the nursing home with a sat of 70", "Medic 31")]
    [InlineData("handoff from Rescue 8: found down in the barn, GCS 9", "Rescue 8")]
    [InlineData("Engine 12 was first on scene and started compressions", "Engine 12")]
    [InlineData("crew of Squad M4 said the car seat was not buckled", "M4")]
    public void Scrub_AmbulanceCallSign_Removed(string input, string callSign)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(callSign, because: $"\"{callSign}\" in \"{input}\" finds one run; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("the medic 2 hours later said the pain was gone")]
    [InlineData("Rescue 2 times with naloxone before the ambulance came")]
    [InlineData("the engine 4 cylinder exhaust in a closed garage, carboxyhemoglobin 32%")]
    public void Scrub_CrewWordBeforeACountOrInLowerCase_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);
}
