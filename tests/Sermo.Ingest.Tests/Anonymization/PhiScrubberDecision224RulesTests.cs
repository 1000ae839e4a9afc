using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 224's rules (issue #14): a national, insurance or custody number after its scheme's name ("CPF 318.406.227-91",
/// "PhilHealth 12-345678901-2", "PPS 8812345K", "NHI ABC1234", "CDCR KX2210", "alien number 076 552 318") and the last four
/// digits of a card or social security number ("last four 2281", "last4 7716"); a room or cell written with its letter ("cell
/// C-14", "housing unit R-2", "room D-118", "rm 7F-22"); a postcode abroad after its label ("Eircode T12 AB34", "CEP 40140-110",
/// "PIN code 682016").
/// Read by the rules alone; counts, measures, years, scores and a number with a unit after it stay. Sentences of their own,
/// none from a gold set.
/// </summary>
public class PhiScrubberDecision224RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Visiting grandmother from Recife, CPF 318.406.227-91, presented with dengue shock.", "318.406.227-91")]
    [InlineData("Seafarer with leptospirosis, PhilHealth 12-345678901-2 on the ship's form.", "12-345678901-2")]
    [InlineData("Her SSS no. 07-1122334-5 was on the remittance slip stapled to the chart.", "07-1122334-5")]
    [InlineData("Tourist from Galway, PPS 8812345K, came in with a Colles fracture.", "8812345K")]
    [InlineData("Rheumatic heart disease follow-up, NHI ABC1234 per the referral letter.", "ABC1234")]
    [InlineData("Transferred from San Quentin, CDCR KX2210, with a tooth abscess.", "KX2210")]
    [InlineData("ICE detainee, alien number 076 552 318, screened positive for latent TB.", "076 552 318")]
    [InlineData("Regional airline captain, MID 7740213, wants to know about SSRIs and flying.", "7740213")]
    public void Scrub_NumberAfterItsSchemeName_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("Chart merged with another veteran's, last four 2281, so the allergy list was wrong.", "2281")]
    [InlineData("Pharmacy could only verify her by last4 7716 and date of birth.", "7716")]
    [InlineData("VA called to confirm the patient, last 4: 0193, before releasing records.", "0193")]
    public void Scrub_LastFourDigits_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("Sick sinus syndrome, SSS 2019 diagnosis, now paced.")]
    [InlineData("PPS 40% and declining, family wants hospice.")]
    [InlineData("PPS 3000 steps was her walking goal last month.")]
    [InlineData("By mid 2023 the anemia had resolved.")]
    [InlineData("Numbers in the mid 1990s were far lower.")]
    [InlineData("Felt like an alien 1000 miles from home after the move.")]
    [InlineData("Over the last four weeks her creatinine doubled.")]
    [InlineData("The last 4 1000 mL bags went in overnight.")]
    [InlineData("We reviewed the last four 2019 charts for the audit.")]
    [InlineData("His last 4 readings were 140, 152, 138 and 149.")]
    [InlineData("Claim 12.5 hours of overtime for the code, case 10.75 in the log.")]
    public void Scrub_SchemeWordOrLastBeforeACountOrMeasure_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Found down in cell C-14 at shift change, glucose 38.", "C-14")]
    [InlineData("Inmate from cell block K-3 with a boxer's fracture after a fight.", "K-3")]
    [InlineData("Detainee in housing unit R-2 refusing insulin for two days.", "R-2")]
    [InlineData("The whole of unit 6C has scabies again.", "6C")]
    [InlineData("Seen bedside in room D-118, still febrile on cefepime.", "D-118")]
    [InlineData("Paged about rm 7F-22, potassium 6.8 on the repeat.", "7F-22")]
    public void Scrub_LetteredRoomOrCell_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("White cell 12 and rising despite the antibiotics.")]
    [InlineData("Complete heart block 2 days after the valve.")]
    [InlineData("Paravertebral block T4 gave good analgesia after the thoracotomy.")]
    [InlineData("Cell B12 levels were not drawn.")]
    [InlineData("We finished unit 12 of the board review course.")]
    [InlineData("The pod 30 minutes away had no cardiologist.")]
    public void Scrub_CountOrLevelAfterACellWord_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Exchange student with mono, Eircode T12 AB34 on her insurance card.", "T12 AB34")]
    [InlineData("Dublin address, Eircode D6W K2P9, for the discharge letter.", "D6W K2P9")]
    [InlineData("Returned from Salvador, CEP 40140-110, with chikungunya arthralgia.", "40140-110")]
    [InlineData("Mother's address in Kochi, PIN code 682016, for the TB notification.", "682016")]
    [InlineData("Grandfather lives near Perth, postal code 6050, and flies back Monday.", "6050")]
    public void Scrub_PostcodeAbroadAfterItsLabel_Found(string input, string postcode) => RulesOnlyCoverage.ShouldFind(input, postcode);

    [Theory]
    [InlineData("The code 4000 was called twice overnight.")]
    [InlineData("Her PIN 4471 for the portal was reset by IT.")]
    [InlineData("Eircode lookups take 2 minutes on the new system.")]
    [InlineData("CEP 2019 guidelines were cited in the consult.")]
    public void Scrub_PostcodeLabelBeforeAnotherNumber_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);
}
