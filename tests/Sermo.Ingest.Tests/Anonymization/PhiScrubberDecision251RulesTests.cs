using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 251 (issue #14): streets, sites and units pooled over the rotation. A street line written abroad's way (street word
/// first, house number last, the rest of the line after it), a numbered street with no house number, a site by its number, a
/// retailer's warehouse code, a rural route's box and a soldier's numbered unit. Traps in the same shapes stay: "et al. 2019", an
/// ordinal of a cycle, a line of therapy or a trimester, a camp of days, a tower of a study, "room air", "bed 3" in vitals, "Route"
/// of a drug, "floor 4" in a sentence. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision251RulesTests
{
    private static readonly PhiScrubber Scrubber = new();

    [Theory]
    [InlineData("Her mother lives at Calle Tamarindo 61, Col. Jardines, Puebla, Pue. 72000. Visa pending.", "Calle Tamarindo 61, Col. Jardines, Puebla, Pue. 72000")]
    [InlineData("Tourist staying at Av. Insurgentes 905; dengue on day 4.", "Av. Insurgentes 905")]
    [InlineData("Address on the card: ul. Mokotowska 17/4, 00-561 Warszawa, insurance pending.", "ul. Mokotowska 17/4, 00-561 Warszawa")]
    [InlineData("He came from Rruga e Elbasanit 33, Tirana and needs a letter.", "Rruga e Elbasanit 33, Tirana")]
    [InlineData("home address Calle 12 No. 415, Miramar.", "Calle 12 No. 415, Miramar")]
    [InlineData("Lives at Dronningens gate 8, Oslo for half the year.", "Dronningens gate 8, Oslo")]
    [InlineData("Stayed at Prinsengracht 114, Amsterdam last month, fever since.", "Prinsengracht 114, Amsterdam")]
    [InlineData("Her flat is Hämeentie 48, Helsinki, third floor.", "Hämeentie 48, Helsinki")]
    [InlineData("Sent the form to 17 rue des Lilas, Dijon in June.", "17 rue des Lilas")]
    [InlineData("Card says Atatürk Caddesi No:12, Izmir, nothing else.", "Atatürk Caddesi No:12, Izmir")]
    public void Scrub_StreetLineAbroad_Found(string input, string street) => RulesOnlyCoverage.ShouldFind(input, street);

    [Theory]
    [InlineData("Lives with her aunt on NW 36th St near the bus depot.", "NW 36th St")]
    [InlineData("The gym on East 71st sends us sprains weekly.", "East 71st")]
    [InlineData("Found down outside the shelter on 23rd Street last night.", "23rd Street")]
    [InlineData("Picked up her meds at Rexall on 9th, then fell.", "Rexall on 9th")]
    [InlineData("Rear-ended at 12th and Pinecrest, neck pain.", "12th and Pinecrest")]
    [InlineData("Collapsed on the corner of Birchwood and 3rd.", "Birchwood and 3rd")]
    public void Scrub_NumberedStreetWithoutHouseNumber_Found(string input, string street) => RulesOnlyCoverage.ShouldFind(input, street);

    [Theory]
    [InlineData("Crush injury at Pier 52 this morning, foreman drove him in.", "Pier 52")]
    [InlineData("She works nights on Pavilion 7 and naps in the car.", "Pavilion 7")]
    [InlineData("Lives in the Camp 31 trailers past the packing shed.", "Camp 31")]
    [InlineData("Staying at the Motel 6 since the fire, no stove.", "Motel 6")]
    [InlineData("Picker at Amazon ORD4, back strain after a double.", "Amazon ORD4")]
    [InlineData("Heat exhaustion at Walmart DC 7012 on second shift.", "Walmart DC 7012")]
    [InlineData("Mailing address RR 4 Box 112C, no phone at the farm.", "RR 4 Box 112C")]
    [InlineData("Owner of the dog: Rt 3 Box 27, out past the grain elevator.", "Rt 3 Box 27")]
    [InlineData("Rollover on Rt 14 near the county line.", "Rt 14")]
    public void Scrub_NumberedSiteOrRuralBox_Found(string input, string site) => RulesOnlyCoverage.ShouldFind(input, site);

    [Theory]
    [InlineData("Former medic with the 82nd Airborne, now tinnitus and back pain.", "82nd Airborne")]
    [InlineData("Served two tours with 1/5 Marines, PTSD screen positive.", "1/5 Marines")]
    [InlineData("SGT from 2nd Battalion, 7th Cavalry with heat stroke.", "2nd Battalion, 7th Cavalry")]
    [InlineData("Deployed with the 4-31 Infantry, blast exposure twice.", "4-31 Infantry")]
    [InlineData("His old unit was the 25th Infantry Division in Hawaii.", "25th Infantry Division")]
    public void Scrub_NumberedMilitaryUnit_Found(string input, string unit) => RulesOnlyCoverage.ShouldFind(input, unit);

    [Theory]
    [InlineData("As shown by Meyer et al. 2019, steroids did not help.", "2019")]
    [InlineData("Dose cut on 2nd line, then fine on 3rd cycle.", "on 3rd cycle")]
    [InlineData("Started on 2nd line therapy after progression.", "2nd line")]
    [InlineData("Between the 2nd and 3rd trimester her BP rose.", "2nd and 3rd")]
    [InlineData("Sats 95% on room air, bed 3 vitals stable.", "room air")]
    [InlineData("Route 2 of the protocol is IV; Via PICC line daily.", "Route 2")]
    [InlineData("Pain at Tower 2 of the study visit schedule? No: Camp 3 days long.", "Camp 3 days")]
    [InlineData("The 3rd cranial nerve palsy resolved; 2nd division of the hospital moved.", "3rd cranial nerve")]
    [InlineData("Sang along to the radio, floor 4 nurses kind, bed 2 quiet.", "floor 4 nurses")]
    [InlineData("Terminal ileum biopsy, Terminal 4 cm segment inflamed.", "Terminal 4 cm")]
    public void Scrub_ClinicalOrOrdinaryWordsInSameShapes_Kept(string input, string kept)
    {
        var result = Scrubber.Scrub(input);

        result.Text.Should().Contain(kept, because: $"the scrubber wrote \"{result.Text}\"");
    }
}
