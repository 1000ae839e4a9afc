using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 12's rule classes (issue #14, decision 091, written from round 11's set, now tuning data): room and unit-bed numbers
/// and the names of a room list, record numbers by shape, an address line's town and ZIP, the "Surname, Given" chart header,
/// the neighbours of a found name (kin titles, particles, word names, lists), ages and dates set off with no cue word, quoted
/// nicknames, and the clinical words round 11's set lost (departments, possessive eponyms, brands that are given names).
/// Sentences of their own, none from a gold set, each class with what must stay.
/// </summary>
public class PhiScrubberRound12RulesTests
{
    private static void ShouldRemove(string input, string identifier)
    {
        var result = Scrubber.Scrub(input);
        result.Text.Should().NotContain(identifier, $"\"{identifier}\" in \"{input}\" identifies someone");
    }

    private static void ShouldRetain(string input, string term)
    {
        var result = Scrubber.Scrub(input);
        result.Text.Should().Contain(term, $"\"{term}\" in \"{input}\" is clinical");
    }

    [Theory]
    [InlineData("Can someone check on rm 417 overnight, lactate trending up.", "417")]
    [InlineData("Moved him to room 14-22 after the fall.", "14-22")]
    [InlineData("Bed 208B has the new admit, on a heparin drip.", "208B")]
    [InlineData("Rapid response called to 5E-12, now on BiPAP.", "5E-12")]
    public void Scrub_RoomOrUnitBedNumber_ReplacedWithAddress(string input, string room) => ShouldFind(input, room, PhiType.Address);

    [Theory]
    [InlineData("ED board: bay 3 chest pain, bay 6 syncope.")]
    [InlineData("Keep head of bed 30 degrees after the tube feeds.")]
    [InlineData("Strict bed rest for 2 days, then PT.")]
    public void Scrub_BayOrBedThatIsNoPlace_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Sign-out:\n- Baker rm 311: cellulitis, on cefazolin", "Baker")]
    [InlineData("List: 4N-07 Tanner Birch pneumonia, 4N-09 ok", "Tanner Birch")]
    [InlineData("rm 722 Robin Kerr Buerger's disease, pain control", "Robin Kerr")]
    [InlineData("Room 9-14 Hunter Vale Addison's disease, stress dosing", "Hunter Vale")]
    public void Scrub_NameBesideARoomNumber_Removed(string input, string name) => ShouldRemove(input, name);

    [Theory]
    [InlineData("Room 9-14 Hunter Vale Addison's disease, stress dosing", "Addison's disease")]
    [InlineData("room 12 Ann Do Mallory-Weiss tear, scoped", "Mallory-Weiss tear")]
    public void Scrub_EponymPhraseAfterARoomName_KeepsThePhrase(string input, string term) => ShouldRetain(input, term);

    [Theory]
    [InlineData("Pathology specimen S31-55820 came back benign.", "S31-55820")]
    [InlineData("Claim ZK40917733281 denied twice now.", "ZK40917733281")]
    [InlineData("Encounter E-71934 has the wrong attending.", "E-71934")]
    [InlineData("Board says license RX.448812 lapsed.", "RX.448812")]
    [InlineData("Auth number PA-2025-7718203 expired again.", "PA-2025-7718203")]
    public void Scrub_RecordShapedNumber_ReplacedWithAccount(string input, string record) => ShouldFind(input, record, PhiType.Account);

    [Theory]
    [InlineData("Towed: the car 8KLM204 was in the ambulance bay.", "8KLM204")]
    [InlineData("His truck 772 HZT is blocking the loading dock.", "772 HZT")]
    public void Scrub_PlateAfterAVehicle_Removed(string input, string plate) => ShouldRemove(input, plate);

    [Theory]
    [InlineData("Coded as J45.909 and E11.649 on the problem list.")]
    [InlineData("Gave heparin 25000units over 24h.")]
    [InlineData("Enrolled in NCT04567891 last spring.")]
    [InlineData("Carrier of HLA-B5801, so no allopurinol.")]
    [InlineData("Mass is 3.5x2.1x1.8cm on CT.")]
    [InlineData("Discharged on 2026-03-14 per the note.")]
    public void Scrub_ClinicalCodeOrQuantity_NotAnAccount(string input)
    {
        var result = Scrubber.Scrub(input);
        result.Spans.Should().NotContain(s => s.Type == PhiType.Account, $"scrubbed: {result.Text}");
    }

    [Theory]
    [InlineData("Home visit: 14 Orchard Lane, Plenty, 60421, goats everywhere.", "Plenty")]
    [InlineData("Home visit: 14 Orchard Lane, Plenty, 60421, goats everywhere.", "60421")]
    [InlineData("Mail it to 22 Birch Road (Comfort, 78013) please.", "Comfort")]
    [InlineData("Lives at 9 Kiln Street, Bell and Whistle, 30122.", "Bell and Whistle")]
    public void Scrub_TownAndZipOfAnAddressLine_Removed(string input, string place) => ShouldRemove(input, place);

    [Theory]
    [InlineData("Grew up in Sandy Hook KY, now in Ohio.", "Hook")]
    [InlineData("Home visit out in Possum Trot KY today, COPD on 3L.", "Trot")]
    [InlineData("Drove in from Bowling Green Hollow KY for the infusion.", "Hollow")]
    public void Scrub_TownBeforeStateCodeWithMoreWords_Removed(string input, string word) => ShouldRemove(input, word);

    [Theory]
    [InlineData("Fox, Marigold — 88F with a hip fracture.", "Fox, Marigold")]
    [InlineData("Kowalczyk, Tadeusz, 71, septic knee.", "Kowalczyk, Tadeusz")]
    [InlineData("Ó Briain, Caoimhe — 40F, pre-eclampsia.", "Ó Briain, Caoimhe")]
    public void Scrub_SurnameGivenChartHeader_ReplacedWithName(string input, string name) => ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Yesterday, Tuesday — busy call night.")]
    [InlineData("Cardiology, Nephrology — both signed off.")]
    public void Scrub_CommaPairThatIsNoChartHeader_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Her aunt, Auntie Wanjiru Kamau, brought the meds list.", "Auntie")]
    [InlineData("Grandson called: Eilis Ní Dhomhnaill is his grandmother.", "Ní")]
    [InlineData("Active duty spouse, Blaze Okonjo, wants the records.", "Blaze")]
    [InlineData("Kids seen today: Tamsin Oyelaran, Willow, Ash.", "Willow")]
    [InlineData("Next of kin is the daughter, Sunniva.", "Sunniva")]
    [InlineData("Navy spouse, Wren Adebayo, wants the echo report.", "Wren")]
    [InlineData("Tricare says the patient is the cousin, Juniper.", "Juniper")]
    [InlineData("Okafor twins again. Seen today: Story Okafor, Willow.", "Willow")]
    public void Scrub_NeighbourOfAFoundName_Removed(string input, string word) => ShouldRemove(input, word);

    [Fact]
    public void Scrub_EponymAfterAFoundNameWithClinicalNoun_Kept() =>
        ShouldRetain("Saw Amara Okafor today, Wells score 2, CTA ordered.", "Wells score");

    [Theory]
    [InlineData("Seen Zuzana Horvath, Osgood-Schlatter disease again.", "Osgood-Schlatter")]
    [InlineData("Fixed Brook Lisfranc injury last week.", "Lisfranc injury")]
    [InlineData("Talked to Zuzana Horvath, Tuesday.", "Tuesday")]
    public void Scrub_WordAfterAFoundNameThatIsNoListedName_Kept(string input, string word) => ShouldRetain(input, word);

    [Theory]
    [InlineData("Visited Okonkwo's grandma (94) at home.", "94")]
    [InlineData("The matriarch (retired nurse, 97) runs the household.", "97")]
    [InlineData("Bedside: F, 92, from the nursing home.", "92")]
    public void Scrub_AgeSetOffByPunctuation_ReplacedWithAge(string input, string age) => ShouldFind(input, age, PhiType.Age);

    [Theory]
    [InlineData("SpO2 (92) on 2L, better.")]
    [InlineData("Vitals (BP 140/90, 95) stable.")]
    public void Scrub_SetOffNumberThatIsNoAge_NoAge(string input)
    {
        var result = Scrubber.Scrub(input);
        result.Spans.Should().NotContain(s => s.Type == PhiType.Age, $"scrubbed: {result.Text}");
    }

    [Theory]
    [InlineData("Infusion given 11/24 without issue.", "11/24")]
    [InlineData("Labs drawn 3/17, all normal.", "3/17")]
    public void Scrub_BareMonthDay_ReplacedWithDate(string input, string date) => ShouldFind(input, date, PhiType.Date);

    [Theory]
    [InlineData("Pain 4/10 and 10/10 with movement.")]
    [InlineData("Strength 4/5 in the left leg, took 1/2 tab.")]
    [InlineData("GCS 12/15 on arrival.")]
    [InlineData("BP 120/80 and HR 70.")]
    public void Scrub_FractionOrScore_NoDate(string input)
    {
        var result = Scrubber.Scrub(input);
        result.Spans.Should().NotContain(s => s.Type == PhiType.Date, $"scrubbed: {result.Text}");
    }

    [Theory]
    [InlineData("Everyone calls him \"Moose\" on the unit. COPD flare.", "Moose")]
    [InlineData("She signed the card \"K.\" and left.", "K.")]
    public void Scrub_QuotedNicknameWithANicknameCue_ReplacedWithName(string input, string name) => ShouldFind(input, name, PhiType.Name);

    [Fact]
    public void Scrub_QuoteWithoutANicknameCue_Kept() => ShouldKeep("The pt said the pain was \"Terrible\" overnight.");

    [Theory]
    [InlineData("Our Transfusion Medicine team needs two signatures.", "Transfusion Medicine")]
    [InlineData("Escalated it to Risk Management again.", "Risk Management")]
    [InlineData("Also Brudzinski signs in a toddler, rare now.", "Brudzinski signs")]
    [InlineData("Neuro says hold the heparin.", "Neuro")]
    [InlineData("Virology pending, empiric acyclovir started.", "Virology")]
    public void Scrub_DepartmentOrEponymPhrase_Kept(string input, string term) => ShouldRetain(input, term);

    [Theory]
    [InlineData("She was switched from Errin to Heather at the pharmacy.", "Heather")]
    [InlineData("Restarted her on Jolivette after delivery.", "Jolivette")]
    [InlineData("Allegra is not an antibiotic, sir.", "Allegra")]
    public void Scrub_BrandThatIsAGivenNameInADrugSentence_Kept(string input, string brand) => ShouldRetain(input, brand);

    [Fact]
    public void Scrub_BrandNameWithoutDrugContext_StillAName() => ShouldRemove("My patient Heather Okafor came in with pneumonia.", "Heather");
}
