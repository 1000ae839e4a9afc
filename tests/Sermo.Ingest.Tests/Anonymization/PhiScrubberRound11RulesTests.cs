using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 11's rule classes (issue #14, decision 082, written from round 10's set, now tuning data): the rest of a found name
/// (initials, a word surname, particles), names set off by a family noun, parentheses, quotes or a staff role, ages right after
/// a name, postcodes outside the US, towns before a state code and ZIP with no comma, and the clinical words round 10's set
/// lost (eponyms before pupil/hump/pentad/lines, instruments, genus names, over-the-counter brands, "Peds"). Sentences of
/// their own, none from a gold set, each class with what must stay.
/// </summary>
public class PhiScrubberRound11RulesTests
{
    [Theory]
    [InlineData("Forward the path report to K.T. Sterling before Friday.", "K.T. Sterling")]
    [InlineData("Handoff: R. T. Te Kani, 68yo, sepsis, on pip-tazo.", "R. T. Te Kani")]
    [InlineData("Admitted Teodoro Salt overnight with a GI bleed.", "Teodoro Salt")]
    [InlineData("On call tonight: Oksana Kettle has the pager.", "Oksana Kettle")]
    [InlineData("Reviewed Itzel de la Sierra's echo today.", "Itzel de la Sierra")]
    [InlineData("Rehab placement for Mateus Te Rangi is still pending.", "Mateus Te Rangi")]
    [InlineData("His son Desmond Okafor Jr. signed the consent.", "Desmond Okafor Jr.")]
    public void Scrub_RestOfAFoundName_ReplacedWithName(string input, string name) => ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("MRN 55102938 (T.W.) with cellulitis, on cefazolin.", "T.W.")]
    [InlineData("MRN 55102938 (JK) readmitted with CHF.", "JK")]
    [InlineData("Bed 4 is the one we discussed (R.M. on the whiteboard).", "R.M.")]
    [InlineData("The Husband family drove in from two states away.", "Husband")]
    [InlineData("Wren, our night nurse, caught the rhythm change.", "Wren")]
    [InlineData("Paging Rose \"Bug\" Sparrow about the drip.", "Rose \"Bug\" Sparrow")]
    [InlineData("Will Fox (44yo) with pyelo, on ceftriaxone.", "Will Fox")]
    [InlineData("Heads up: Will Lark from Cardiology is on leave.", "Will Lark")]
    [InlineData("Paging R.L. Partridge about the drip.", "R.L. Partridge")]
    public void Scrub_NameSetOffByFamilyParenthesesQuotesOrRole_ReplacedWithName(string input, string name) => ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("The Lasix family of loop diuretics, refresher please.")]
    [InlineData("MRN lookup failed (ED) so we called records.")]
    [InlineData("Chest film looks fine (U.S. guidelines say repeat in 6 wks).")]
    [InlineData("Metoprolol, our usual rate control, was held for hypotension.")]
    [InlineData("Yesterday, our nurse practitioner saw 30 patients.")]
    [InlineData("Troponin \"Negative\" per the lab, repeat at 6h.")]
    public void Scrub_SetOffWordThatIsNoName_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Mrs. Okonkwo 94 — febrile, on vanc.", "94")]
    [InlineData("Visited Mrs. Okafor 96 — fell again.", "96")]
    public void Scrub_AgeRightAfterAName_ReplacedWithAge(string input, string age) => ShouldFind(input, age, PhiType.Age);

    [Theory]
    [InlineData("Mrs. Okonkwo 95% on room air, weaning O2.")]
    [InlineData("Mr. Haldane 100 mg of sertraline daily.")]
    public void Scrub_NumberAfterANameThatIsNoAge_KeepsNumber(string input)
    {
        var result = Scrubber.Scrub(input);
        result.Spans.Should().NotContain(s => s.Type == PhiType.Age, $"scrubbed: {result.Text}");
    }

    [Theory]
    [InlineData("Moved up from Thunder Bay, ON P7B 5E1 last spring.", "P7B 5E1")]
    [InlineData("Trained in Inverness, IV2 3UJ, before coming over.", "IV2 3UJ")]
    [InlineData("GP locum in Wagga Wagga, 2650. Lovely town.", "2650")]
    [InlineData("Clinic in Tamworth NSW 2340: rural GP work.", "2340")]
    public void Scrub_PostcodeOutsideTheUs_ReplacedWithZip(string input, string zip) => ShouldFind(input, zip, PhiType.Zip);

    [Theory]
    [InlineData("CD4 count 350, viral load undetectable.")]
    [InlineData("Guidelines changed in 2019, see the update.")]
    [InlineData("Gave 1200 mg in divided doses.")]
    [InlineData("Started on HFNC at 40 L, FiO2 0.6.")]
    public void Scrub_NumberThatIsNoPostcode_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Mail the DME order to 12 Elm St, Riddle OR 97469.", "Riddle")]
    [InlineData("She drives in from Rough and Ready.", "Rough and Ready")]
    [InlineData("Thanks for covering Quarryville on Saturday.", "Quarryville")]
    [InlineData("Dr. Abernathy here (Nephrology, Quarryville). Any ideas?", "Quarryville")]
    public void Scrub_TownSetOffByAddressOrCover_ReplacedWithCity(string input, string town) => ShouldFind(input, town, PhiType.City);

    [Theory]
    [InlineData("Argyll Robertson pupil on exam, RPR sent.")]
    [InlineData("Hampton's hump on the CT, started heparin.")]
    [InlineData("Charcot's triad and Reynolds' pentad both present.")]
    [InlineData("Kerley B lines on the film, diuresed.")]
    [InlineData("Scored 24 on the Montreal Cognitive Assessment.")]
    [InlineData("Stool grew Campylobacter after the barbecue.")]
    [InlineData("Senokot and Colace did nothing, try Metamucil.")]
    [InlineData("Thoughts from Peds on this rash?")]
    [InlineData("Referral to Wound Care for the heel ulcer.")]
    public void Scrub_ClinicalPhraseLostInRound10_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("New clinic phone is 555-0187 for refills.", "555-0187", PhiType.Phone)]
    [InlineData("She lives on Rural Route 4 with no cell signal.", "Rural Route 4", PhiType.Address)]
    [InlineData("Ship it to 2210 Farm to Market 529 please.", "2210 Farm to Market 529", PhiType.Address)]
    [InlineData("Sign the protocol by Monday the 9th.", "Monday the 9th", PhiType.Date)]
    public void Scrub_ContactAddressOrDateShape_Replaced(string input, string identifier, PhiType type) => ShouldFind(input, identifier, type);
}
