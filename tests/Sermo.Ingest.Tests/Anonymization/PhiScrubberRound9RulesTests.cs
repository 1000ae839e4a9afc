using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 9's rule classes (issue #14, decision 065, written from round 8's set, now tuning data): ages in words, sex-slash and
/// parenthesised ages, surname particles, capitals census lines with an age, women's-health brands and "angina" as a disease
/// noun. Sentences of their own, none from a gold set, each class with the text that must stay.
/// </summary>
public class PhiScrubberRound9RulesTests
{
    [Theory]
    [InlineData("Her grandfather was ninety-eight and still farming.", "ninety-eight")]
    [InlineData("A ninety-three year old with new AF, rate controlled.", "ninety-three")]
    [InlineData("She turned one hundred and four last week, sharp as ever.", "one hundred and four")]
    [InlineData("Admitted a hundred and one years old man with urosepsis.", "a hundred and one")]
    [InlineData("Dad is ninety now and refuses the walker.", "ninety")]
    public void Scrub_AgeInWords_ReplacedWithAge(string input, string age) => ShouldFind(input, age, PhiType.Age);

    [Theory]
    [InlineData("Sats were ninety percent on room air.")]
    [InlineData("She takes a hundred mg of sertraline daily.")]
    [InlineData("BP was ninety over fifty after the bolus.")]
    [InlineData("Ninety minutes door to needle is our goal.")]
    public void Scrub_NumberInWordsThatIsNoAge_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("LINDQVIST ORSOLYA F/93 hip fracture - Lovenox", "93")]
    [InlineData("Bed 6: M/101, aspiration pneumonia, on Zosyn.", "101")]
    [InlineData("Jarvis Oakhurst, (97), fall at home; DNR per son.", "97")]
    [InlineData("Saw a man of 104 years of age in clinic for a rash.", "104")]
    public void Scrub_SexSlashOrSetOffAge_ReplacedWithAge(string input, string age) => ShouldFind(input, age, PhiType.Age);

    [Theory]
    [InlineData("BP 140/90 after the second dose.")]
    [InlineData("SpO2 (92) on 2 L, better than yesterday.")]
    [InlineData("Dose was 3/96 of the planned total.")]
    public void Scrub_SlashOrParenthesisedNumberThatIsNoAge_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Spoke with Wilhelmina van den Akker about the biopsy.", "Wilhelmina van den Akker")]
    [InlineData("Dr. ibn Saleh covers the ICU this weekend.", "ibn Saleh")]
    [InlineData("Ticket: dos Anjos, Rosimeire | chest pain", "dos Anjos, Rosimeire")]
    [InlineData("Joaquim da Silveira came back with the same cough.", "Joaquim da Silveira")]
    public void Scrub_SurnameWithParticle_ReplacedWithName(string input, string name) => ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Her von Willebrand disease makes the biopsy tricky.")]
    [InlineData("Classic de Quervain tenosynovitis on exam, thumb spica.")]
    [InlineData("Cornelia de Lange syndrome in the sibling, genetics aware.")]
    public void Scrub_EponymWithParticle_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("HAAPALA SIGRIDUR age 94 CHF - Entresto", "HAAPALA SIGRIDUR")]
    [InlineData("ODUYA BENEDIKTA ninety-two years old sepsis - Zosyn", "ODUYA BENEDIKTA")]
    [InlineData("acct 4471 / VAN HOUT, MARIEKE / cellulitis / Keflex", "VAN HOUT, MARIEKE")]
    public void Scrub_CapitalsCensusLine_ReplacedWithName(string input, string name) => ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("CHF COPD age 91 admitted overnight, diuresing well.")]
    [InlineData("NSTEMI, CKD / UTI / on apixaban")]
    public void Scrub_CapitalsClinicalAbbreviationsBeforeAge_NoNameFound(string input)
    {
        var result = Scrubber.Scrub(input);

        result.Spans.Should().NotContain(s => s.Type == PhiType.Name, "clinical abbreviations in capitals are no name: \"{0}\"", result.Text);
    }

    [Theory]
    [InlineData("Switched her from Errin to Sprintec for cycle control.")]
    [InlineData("Vyleesi and Loestrin both came up at the women's health huddle.")]
    [InlineData("The Prinzmetal angina responded to the calcium channel blocker.")]
    public void Scrub_WomensHealthBrandOrEponymousAngina_Kept(string input) => ShouldKeep(input);
}
