using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 249's rules (issue #14): a registration name with the given name in capitals too ("OKAFOR, CHIDI"), as charts,
/// boards and rosters paste it, while acronyms, English words and lists of capitals stay; and a quoted nickname just before a
/// surname ('"Red" Haskell') without a "goes by" in the post, while a quoted word before a common noun stays. Sentences of
/// their own, none from a gold set. A given name after a found surname and a comma when the clause goes on ("Mr. Kowalski,
/// Iryna's husband" is not it: "Mrs. Kowalski, Iryna back from ..."), while a sentence verb, a department or a town there stays.
/// </summary>
public class PhiScrubberDecision249RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Board says OKAFOR, CHIDI in bay 4, possible appendicitis.", "OKAFOR", "CHIDI")]
    [InlineData("pasted from the roster: NAKASHIMA, TOMOKO, crew 3, heat stroke at noon", "NAKASHIMA", "TOMOKO")]
    [InlineData("Transfer sheet lists VELASQUEZ, MARISOL's meds as unknown.", "VELASQUEZ", "MARISOL")]
    [InlineData("bed 12 WHITTAKER, ODALYS septic shock, on norepi", "WHITTAKER", "ODALYS")]
    [InlineData("consult for NGUYEN, THI HOA re: new AF", "NGUYEN", "THI HOA")]
    public void Scrub_CapitalSurnameAndCapitalGivenName_Found(string input, string surname, string given)
    {
        RulesOnlyCoverage.ShouldFind(input, surname);
        RulesOnlyCoverage.ShouldFind(input, given);
    }

    [Theory]
    [InlineData("CBC, BMP and lactate pending, will call back.")]
    [InlineData("FEVER, CHILLS since Tuesday, no travel.")]
    [InlineData("Transferred from ICU, PACU was full last night.")]
    [InlineData("Home meds: LISINOPRIL, AMLODIPINE, both held today.")]
    [InlineData("Allergies: PENICILLIN, SULFA, both hives.")]
    [InlineData("Vitals stable. HTN, HLD, CKD 3 on the problem list.")]
    public void Scrub_CapitalsBeforeCapitalsThatAreNoName_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("\"Red\" Haskell, 54, fell off the silo ladder and broke both wrists.", "Red", "Haskell")]
    [InlineData("ED regular \"Bubba\" Okonjo is back with cellulitis of the shin.", "Bubba", "Okonjo")]
    [InlineData("the farrier \"Sonny\" Vukovic got kicked in the chest, troponin negative", "Sonny", "Vukovic")]
    public void Scrub_QuotedNicknameBeforeSurname_Found(string input, string nickname, string surname)
    {
        RulesOnlyCoverage.ShouldFind(input, nickname);
        RulesOnlyCoverage.ShouldFind(input, surname);
    }

    [Theory]
    [InlineData("We called a \"Code\" Blue at 3am and got ROSC after two rounds.")]
    [InlineData("The \"Whipple\" Procedure went fine, drain output low.")]
    [InlineData("He said \"Fine\" Then walked out against advice.")]
    [InlineData("A \"Gold\" Standard for this is still the biopsy.")]
    public void Scrub_QuotedWordBeforeCommonNoun_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Reservist Sgt. Okafor, Blessing back from Kuwait with tinnitus.", "Blessing")]
    [InlineData("Handover: Mrs. Kowalski, Iryna rm 12 NSTEMI, stable overnight.", "Iryna")]
    [InlineData("jockey Mr. Lindqvist, Meadow thrown at the track, splenic laceration", "Meadow")]
    public void Scrub_GivenNameAfterFoundSurnameAndComma_Found(string input, string given) => RulesOnlyCoverage.ShouldFind(input, given);

    [Theory]
    [InlineData("Thanks Dr. Patel, Hope this helps someone else.")]
    [InlineData("Spoke with Dr. Nguyen, Cardiology agrees with the plan.")]
    [InlineData("Called Dr. Reyes, Cardiac surgery will see him today.")]
    public void Scrub_SentenceVerbOrDepartmentAfterFoundSurname_Kept(string input) =>
        RulesOnly.Scrub(input).Text.Should().NotContain("[NAME] this").And.NotContain("[NAME] agrees").And.NotContain("[NAME] surgery");
}
