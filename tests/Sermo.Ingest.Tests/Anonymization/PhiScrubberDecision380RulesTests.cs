using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 380's rules (issue #14): the cells of a "Bed" or "Room" column in a pasted table, and a login written with no label
/// (letters run into a few digits). The age, dose and problem cells of the same tables, a table with no room column, a row of digits alone, and the
/// words a physician runs into a number ("stage4", "covid19") stay. Sentences of our own, none from a gold set.
/// </summary>
public class PhiScrubberDecision380RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Overnight census:\n| Bed | Pt | Dx |\n| 3 | Hollis | pyelo |\n| 7 | Marquez | GI bleed |", "7")]
    [InlineData("Overnight census:\n| Bed | Pt | Dx |\n| 3 | Hollis | pyelo |\n| 7 | Marquez | GI bleed |", "3")]
    [InlineData("Pt | Age | Room | Issue\nOkonkwo, Ada | 77 | 412B | delirium\nReyes, Tom | 58 | 9 | cellulitis", "412B")]
    [InlineData("Pt | Age | Room | Issue\nOkonkwo, Ada | 77 | 412B | delirium\nReyes, Tom | 58 | 9 | cellulitis", "9")]
    [InlineData("From the board: | rm | name | plan | | 5W-12 | Ibsen | diurese | | 14 | Carver | scope |", "5W-12")]
    [InlineData("From the board: | rm | name | plan | | 5W-12 | Ibsen | diurese | | 14 | Carver | scope |", "14")]
    public void Scrub_RoomColumnCell_Found(string input, string room) => RulesOnlyCoverage.ShouldFind(input, room);

    [Theory]
    [InlineData("Pt | Age | Room | Issue\nOkonkwo, Ada | 77 | 412B | delirium", "77")]
    [InlineData("| Bed | Drug | Dose |\n| 4 | vanc | 1250 |\n| 6 | cefepime | 2 |", "1250")]
    [InlineData("| Day | Na | K | Cr |\n| 1 | 128 | 3.1 | 1.4 |\n| 2 | 131 | 3.6 | 1.2 |", "| 1 | 128 |")]
    [InlineData("| Score | Points |\n| 4 | high risk |", "| 4 |")]
    [InlineData("Weights this week:\n| Bed | Mon | Fri |\n| 3 | 81 | 78 |", "| 3 | 81 | 78 |")]
    public void Scrub_OtherCellsAndTablesWithoutRooms_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);

    [Theory]
    [InlineData("The downtime ticket was opened by tnakamura4 before anyone called me.", "tnakamura4")]
    [InlineData("Audit says it was rbellweather12's badge on the med cart, not mine.", "rbellweather12")]
    [InlineData("Want a locums referral? DM me here (nocturnist55) any time.", "nocturnist55")]
    [InlineData("Got a notice that kdiallo7 opened my daughter's chart at 3am.", "kdiallo7")]
    public void Scrub_LoginWithoutLabel_Found(string input, string login) => RulesOnlyCoverage.ShouldFind(input, login);

    [Theory]
    [InlineData("Restaged as stage4 after the PET, so oncology took over.", "stage4")]
    [InlineData("Everyone on the ward had covid19 that winter.", "covid19")]
    [InlineData("She takes omega3 and a statin, nothing else.", "omega3")]
    [InlineData("Karyotype came back trisomy21 mosaic, genetics to call.", "trisomy21")]
    [InlineData("Held the chemo at cycle2 for the neutropenia.", "cycle2")]
    [InlineData("BRCA1 positive, apoe4 not tested.", "apoe4")]
    public void Scrub_NumberedClinicalWord_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
