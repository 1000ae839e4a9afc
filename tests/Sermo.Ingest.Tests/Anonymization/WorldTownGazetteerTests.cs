using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// The towns-abroad gazetteer (round 29, decision 192): GeoNames towns outside the US, found only where the text says a place
/// (a route or place word before, a country after a comma, a postcode beside, a place of care after, "-born"), kept where no cue
/// stands, and never a town where the word is a disease or a clinical word ("Lyme", "Marburg", "Zika"). Read by the rules alone,
/// so the learned detector cannot pass a test the rules fail. Sentences of their own, none from a gold set; the cues chosen are the
/// ones no older rule reads a word no list knows after ("in"/"from" + an unknown word was a town before this list).
/// </summary>
public class WorldTownGazetteerTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("she was admitted at Trondheim for two weeks before the flight home", "Trondheim")]
    [InlineData("the son drives a taxi into Trondheim most days", "Trondheim")]
    [InlineData("she came through Tapachula on foot and has had the cough since", "Tapachula")]
    [InlineData("they drove via Stellenbosch and he got the tick bite somewhere on the farm", "Stellenbosch")]
    [InlineData("the parents moved from Dar es Salaam last year and the boy is behind on vaccines", "Dar es Salaam")]
    [InlineData("he did his residency at Madurai and now does locums", "Madurai")]
    [InlineData("the pharmacy ships it to the clinic address, Mogadishu, Somalia, every month", "Mogadishu")]
    [InlineData("address on the referral: Trondheim 7013, no phone given", "Trondheim")]
    [InlineData("the letter gives the address as 7013 Trondheim and a fax number", "Trondheim")]
    [InlineData("a Chennai-born engineer, 41, with new onset seizures", "Chennai")]
    [InlineData("she was first seen at the Stellenbosch clinic for the rash", "Stellenbosch")]
    public void Scrub_TownAbroadWithPlaceCue_RemovedAsCity(string input, string town)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(town, because: $"\"{town}\" in \"{input}\" is a town abroad; the rules scrubbed: \"{result.Text}\"");
        result.Spans.Should().Contain(span => span.Type == PhiType.City && input.Substring(span.Start, span.End - span.Start) == town);
    }

    [Theory]
    [InlineData("Lyme serologies came back negative after the camping trip to Maine")]
    [InlineData("he was worked up for Marburg exposure after the mine visit and cleared")]
    [InlineData("classic hand foot mouth, Coxsackie on the PCR, supportive care")]
    [InlineData("travel history matters: tested for Zika and dengue, both negative")]
    [InlineData("pleuritic pain after a viral illness, Bornholm disease is the old name")]
    [InlineData("cruise ship outbreak, Norwalk virus on the stool panel")]
    [InlineData("guidance on Ebola exposure came from the health department")]
    public void Scrub_DiseaseNamedForATown_Kept(string input) =>
        RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Lyme")]
    [InlineData("Marburg")]
    [InlineData("Coxsackie")]
    [InlineData("Ebola")]
    [InlineData("Zika")]
    [InlineData("Bornholm")]
    [InlineData("Norwalk")]
    [InlineData("Sydney")] // a given name: left to the context rules
    [InlineData("Reading")] // an English word
    [InlineData("Toledo")] // a US town: us-cities.txt holds it, and the US lists keep the round-3 gold set independent
    public void TownsAbroad_ClinicalWordNameOrUsTown_NotListed(string word) =>
        NameLexicon.Shared.TownsAbroad.Contains(word).Should().BeFalse(because: $"\"{word}\" must not be read as a town abroad by the gazetteer");

    [Theory]
    [InlineData("Trondheim")]
    [InlineData("Dar es Salaam")]
    [InlineData("Tapachula")]
    public void TownsAbroad_GeoNamesTown_Listed(string town) =>
        NameLexicon.Shared.TownsAbroad.Contains(town).Should().BeTrue();

    [Theory]
    [InlineData("Madurai sambar is the best thing on the cafeteria menu")]
    [InlineData("the Tapachula strain paper was discussed at journal club")]
    [InlineData("we talked about Trondheim protocols for sepsis bundles")]
    public void Scrub_TownAbroadWithoutPlaceCue_Kept(string input) =>
        RulesOnly.Scrub(input).Text.Should().Be(input);
}
