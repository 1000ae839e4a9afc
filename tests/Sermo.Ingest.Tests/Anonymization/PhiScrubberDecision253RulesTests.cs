using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 253's rules (issue #14): a quoted word before a capitalised word is no nickname and surname when either word is a
/// clinical or common word the lists know ('a "Stat" Troponin'), a title-case or acronym list of problems, plans and signs is
/// no name ("Rule out: PE, MI, Dissection, Tamponade"), and "Surname, Given" scrubs a surname an eponym list also holds
/// ("Smith, Andrew"). Sentences of their own, none from a gold set; each checked with the shipped model and with the rules alone.
/// </summary>
public class PhiScrubberDecision253RulesTests
{
    private static readonly PhiScrubber Shipped = new();

    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Ordered a \"Stat\" Troponin again, same as last night.")]
    [InlineData("Grandpa calls it the \"Sugar\" Pill and skips it most days.")]
    [InlineData("This \"Simple\" Cellulitis turned out to be an abscess.")]
    [InlineData("The \"Sick\" Sinus folks will want a pacer.")]
    [InlineData("She wanted the \"Strong\" Antibiotic for a cold.")]
    [InlineData("She got the \"Migraine\" Cocktail and felt better in an hour.")]
    public void Scrub_QuotedClinicalOrCommonWordPair_Kept(string input)
    {
        Shipped.Scrub(input).Text.Should().Be(input);
        RulesOnly.Scrub(input).Text.Should().Be(input);
    }

    [Theory]
    [InlineData("Regular \"Sarge\" Kowalski is back with a COPD flare.", "Kowalski")]
    [InlineData("The old farmer \"Red\" Haskell refused the CT.", "Haskell")]
    public void Scrub_QuotedNicknameBeforeListedSurname_StillFound(string input, string surname)
    {
        Shipped.Scrub(input).Text.Should().NotContain(surname);
        RulesOnly.Scrub(input).Text.Should().NotContain(surname);
    }

    [Theory]
    [InlineData("Rule out: PE, MI, Dissection, Tamponade, Pneumothorax before anything else.")]
    [InlineData("Plan: NPO, IVF, serial belly exams overnight.")]
    [InlineData("PMH: Asthma, Eczema, Migraine, nothing else.")]
    [InlineData("Ddx was Pancreatitis, Cholecystitis, Ulcer for the epigastric pain.")]
    [InlineData("Discharge dx: Gastroenteritis, Dehydration.")]
    [InlineData("Murphy, Rovsing, Psoas signs were all negative on my exam.")]
    public void Scrub_TitleCaseClinicalList_Kept(string input)
    {
        Shipped.Scrub(input).Text.Should().Be(input);
        RulesOnly.Scrub(input).Text.Should().Be(input);
    }

    [Theory]
    [InlineData("Smith, Andrew was printed on the wrong wristband.", "Smith", "Andrew")]
    [InlineData("Baker, Thomas got the other patient's heparin.", "Baker", "Thomas")]
    [InlineData("Stevens, Laura was roomed under the wrong MRN.", "Stevens", "Laura")]
    public void Scrub_EponymListedSurnameBeforeFoundGivenName_BothFound(string input, string surname, string given)
    {
        var text = Shipped.Scrub(input).Text;
        text.Should().NotContain(surname);
        text.Should().NotContain(given);
    }

    [Theory]
    [InlineData("Census: Whitfield, Rebecca, Ortiz, Mateo, both stable.", "Whitfield", "Rebecca")]
    [InlineData("Attending list: Lindqvist, Haddad, Okonkwo, all on call this weekend.", "Lindqvist", "Okonkwo")]
    public void Scrub_ListOfNames_StillFound(string input, string first, string second)
    {
        var text = Shipped.Scrub(input).Text;
        text.Should().NotContain(first);
        text.Should().NotContain(second);
    }
}
