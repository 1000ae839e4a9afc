using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 212's rules (issue #14): numbered places a person is found at after their label ("apt 4B", "slip 118", "booth 342"),
/// a phone's extension or a pager's number standing alone ("ext 5127", "pager 2-6610"), an employee number after "emp", and the
/// number a runner or player wears ("bib 3318", "jersey 41"). Read by the rules alone; counts, measures and a lone digit stay.
/// Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision212RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Neighbour found her on the floor of apt 4B, hip fracture, down maybe two days.", "4B")]
    [InlineData("Harbour master met the ambulance at slip 118 with the deckhand's crushed hand.", "118")]
    [InlineData("The rep at booth 342 kept pushing the new anticoagulant on everyone.", "342")]
    [InlineData("Scabies outbreak in the shelter again, started with the man in bunk 27.", "27")]
    [InlineData("Evacuee on cot 61 missed two dialysis sessions during the storm.", "61")]
    public void Scrub_NumberedPlaceAfterItsLabel_FoundAsAnAddress(string input, string place) => ShouldFind(input, place);

    [Theory]
    [InlineData("Call the charge nurse (ext 5127) if the potassium comes back high.", "5127")]
    [InlineData("The interpreter line is ext. 3390 and nobody ever picks up at night.", "3390")]
    [InlineData("Our hospitalist (pager 2-6610) still admits every syncope.", "2-6610")]
    [InlineData("Radiology reading room, extension 48817, for the wet read.", "48817")]
    public void Scrub_ExtensionOrPagerNumberAlone_FoundAsAPhone(string input, string phone)
    {
        var result = RulesOnly.Scrub(input);
        result.Spans.Where(span => span.Type == PhiType.Phone).Select(span => input[span.Start..span.End]).Should().Contain(phone,
            because: $"\"{phone}\" in \"{input}\" reaches one person as a phone does; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Picker at the distribution centre, emp RQ5528, back strain lifting totes.", "RQ5528")]
    [InlineData("Collapsed at mile 22, bib 3318, core temperature 41.6.", "3318")]
    [InlineData("Runner with bib no. 904 came in hyponatremic after drinking at every station.", "904")]
    [InlineData("Our point guard, jersey 41, rolled the same ankle again.", "41")]
    [InlineData("Festival tent: wristband KT4410, agitated, hyperthermic, friends say molly.", "KT4410")]
    public void Scrub_WornOrEmployeeNumberAfterItsLabel_Found(string input, string number) => ShouldFind(input, number);

    [Theory]
    [InlineData("Apt 2 weeks of symptoms before she came in.")]
    [InlineData("Knee ext 5/5, flexion 4/5, no effusion.")]
    [InlineData("Extension to 90 degrees with pain at the end of range.")]
    [InlineData("He wore the same jersey 12 hours a day at the tournament.")]
    [InlineData("The pager 2 times overnight, both for sleep orders.")]
    [InlineData("Bib 3 of the relay team finished with cramps.")]
    [InlineData("The booth 5 minutes from the ED sells coffee.")]
    public void Scrub_LabelBeforeACountOrMeasure_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Visitor from Trois-Rivieres, RAMQ LAVD 7712 0934, STEMI on the ski hill.", "LAVD 7712 0934")]
    [InlineData("Transfer from Kelowna with PHN 9130 552 871 on the fax, new AML.", "9130 552 871")]
    [InlineData("Winnipeg referral, PHIN 204 773 118, thyroid storm.", "204 773 118")]
    [InlineData("Aadhaar 5521 8830 4412 was in the photo the family posted.", "5521 8830 4412")]
    [InlineData("Deckhand off the trawler (reg OR-5521-TB) with a fish-hook injury.", "OR-5521-TB")]
    [InlineData("The pharmacy recalled batch K55120 of the compounded steroid.", "K55120")]
    public void Scrub_HealthOrRegistrationNumberAfterItsSchemeName_Found(string input, string number) => ShouldFind(input, number);

    [Theory]
    [InlineData("PHN 2019 onset, still on gabapentin 1200 mg a day.")]
    [InlineData("Reg 1800 kcal diet, no concentrated sweets.")]
    public void Scrub_SchemeWordAsAnOrdinaryWord_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Team doc here: Tomasz Wren #17 went down at practice with an ACL tear.", "17")]
    [InlineData("Our keeper Ilse Drent (#1) took a boot to the face, orbital fracture.", "1")]
    [InlineData("Race tent: runner #233 Odile Marchetti collapsed at the finish, core temp 41.", "233")]
    [InlineData("Tough night. Our #52, Kaleo Brandt, has rhabdo after the preseason drills.", "52")]
    [InlineData("Sophomore, #8 for the Harriers, stress fracture of the second metatarsal.", "8")]
    public void Scrub_HashNumberBesideAPlayersName_Found(string input, string number) => ShouldFind(input, number);

    [Theory]
    [InlineData("Rib fracture #2 was missed on the first read.")]
    [InlineData("Problem #1: CHF exacerbation, diuresing well.")]
    [InlineData("Sepsis is still the #1 cause of death on our unit.")]
    [InlineData("Used a #10 blade and the wound was closed in layers.")]
    public void Scrub_HashNumberWithNoNameBeside_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    private static void ShouldFind(string input, string identifier)
    {
        var result = RulesOnly.Scrub(input);
        result.Spans.Select(span => input[span.Start..span.End])
            .Should().Contain(identifier, because: $"\"{identifier}\" in \"{input}\" finds one person; the rules scrubbed: \"{result.Text}\"");
    }
}
