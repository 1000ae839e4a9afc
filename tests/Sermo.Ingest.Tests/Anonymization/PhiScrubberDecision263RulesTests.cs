using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 263's rules (issue #14): the numbered group one child or worker belongs to (a scout troop, den or pack, a youth
/// team, a camp cabin, a union local), an airport gate, a flight's number after a travel verb and a year of birth after "b." or
/// "born", and an age over 89 set off after a found room or booking number, while ordinary uses of the same words stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision263RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("the scoutmaster of troop 318 called: two boys with giardia after the canoe trip", "318")]
    [InlineData("his mother says troop 70221, the one at the armory, camps every month", "70221")]
    [InlineData("cub scout den 6, the bear cubs, ate mushrooms at the jamboree", "6")]
    [InlineData("webelos from cub scout pack 1402 ate mushrooms at the jamboree", "1402")]
    [InlineData("goalie on the u10 team 17, concussion after a collision", "17")]
    [InlineData("little league team 31 had three kids with hand-foot-and-mouth", "31")]
    [InlineData("camp nurse says cabin 12 has lice again", "12")]
    [InlineData("electrician, IBEW local 134, arc flash burn to the hands", "134")]
    [InlineData("welder from Local 55 with metal fume fever", "55")]
    public void Scrub_NumberedGroupOfOneChildOrWorker_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("chest pain at gate B27 while boarding, troponin negative", "B27")]
    [InlineData("she was flying QF12 overnight and has a swollen calf", "QF12")]
    [InlineData("booked on BA286 tomorrow, wants a fit-to-fly letter", "BA286")]
    [InlineData("passenger in seat 31A on NH7 fainted before takeoff", "NH7")]
    [InlineData("paid with her acct at the credit union ending 0417, it bounced", "0417")]
    public void Scrub_GateFlightNumberOrAccountEnding_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("family tree: great-grandmother Ilse Brandt b. 1902, died of a stroke at 60", "1902")]
    [InlineData("the index case (b. 1968) has early-onset colon cancer", "1968")]
    [InlineData("his passport says born 1934, his daughter says 1936", "1934")]
    public void Scrub_YearOfBirthAfterBornOrB_Found(string input, string year) => RulesOnlyCoverage.ShouldFind(input, year);

    [Theory]
    [InlineData("cruise pax Ilse Brandt, cabin B214, 93, hip fracture on the excursion", "93")]
    [InlineData("the tour company, booking QZ4TRA, 101, wants her flown home", "101")]
    public void Scrub_AgeSetOffAfterFoundNumber_Found(string input, string age) => RulesOnlyCoverage.ShouldFind(input, age);

    [Theory]
    [InlineData("pulled from bed 4, 94% on RA, then to CT", "94%")]
    [InlineData("room 12, 95 and rising, we called the rapid response", "95 and rising")]
    [InlineData("The team 2 weeks ago decided on palliative care.", "team 2 weeks")]
    [InlineData("Smoked a pack 3 days a week until last year.", "pack 3 days")]
    [InlineData("medicine team 4 took the admission overnight", "team 4")]
    [InlineData("local 10 mL of lidocaine at the site", "local 10 mL")]
    [InlineData("started on CD20 therapy last spring", "CD20")]
    [InlineData("the unborn 2024 cohort and the newborn 2025 cohort", "2024")]
    [InlineData("she was born 2000 g at 34 weeks", "2000 g")]
    [InlineData("a cohort born 1950-1960 in the valley", "1950-1960")]
    [InlineData("her night shift ending 0700 was the last one before the fall", "0700")]
    public void Scrub_OrdinaryUseOfGroupOrTravelWord_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
