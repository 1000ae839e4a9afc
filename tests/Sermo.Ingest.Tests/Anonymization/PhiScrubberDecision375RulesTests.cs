using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 375 (issue #14): the clinical-abbreviation guard and the names left in lower case and in other slots, pooled over rounds
/// 10-49. A short clinical abbreviation of the lexicon in capitals before a comma and a found name in title case closes a list item
/// ("... 12 AKI, Tobias ...") and is no surname; a surname in capitals that is no abbreviation, a census name that is also one
/// ("LAM"), and a capitals pair stay surnames. A lower-case particle beside found names joins them ("Gwilym ap Rhydian", "Siti Hajar
/// binti Osman"), but not after a drug or an English word. Sentences of their own, none from a gold set; the rules are called alone
/// with the names found as the rules before them leave them.
/// </summary>
public class PhiScrubberDecision375RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("night list: Dorcas Pine 12 AKI, Tobias Wren 7 urosepsis", "Tobias")]
    [InlineData("handoff - SBO, Halvorsen - NG to suction", "Halvorsen")]
    [InlineData("bed 9 CKD, Marisol needs a fistula consult", "Marisol")]
    public void SurnamesBeforeFoundGivenNames_ClinicalAbbreviationBeforeTitleCaseName_NothingAdded(string input, string given) =>
        Surnames(input, given).Should().BeEmpty();

    [Theory]
    [InlineData("two charts merged: OKAFOR, Chidinma vs the other one", "Chidinma", "OKAFOR")]
    [InlineData("registration has LAM, Mei with the wrong birthday", "Mei", "LAM")]
    [InlineData("label printed as DKA, NOELANI | DOB on file", "NOELANI", "DKA")]
    public void SurnamesBeforeFoundGivenNames_SurnameOrCapitalsPair_StillFound(string input, string given, string surname) =>
        Surnames(input, given).Should().Equal([surname]);

    [Theory]
    [InlineData("pt dka again", 1, true)]
    [InlineData("the SBO resolved", 1, true)]
    [InlineData("pt nash again", 1, false)]
    [InlineData("pt Dara again", 1, false)]
    [InlineData("a Wegener granuloma", 1, false)]
    public void KnownClinicalAbbreviations_Holds_LexiconShortTermsLessCensusNames(string input, int token, bool expected) =>
        KnownClinicalAbbreviations.Holds(TokenIndex.Build(input), token).Should().Be(expected);

    [Theory]
    [InlineData("pt: Gwilym ap Rhydian, 58, sarcoid", "Gwilym", "Rhydian", "Gwilym ap Rhydian")]
    [InlineData("Siti Hajar binti Osman, 31, lupus flare", "Siti Hajar", "Osman", "Siti Hajar binti Osman")]
    [InlineData("retired baron Konrad zu Ebersfeld fell at home", "Konrad", "Ebersfeld", "Konrad zu Ebersfeld")]
    public void ParticlesBesideFoundNames_LinkBetweenFoundNames_Joined(string input, string left, string right, string name) =>
        Joined(input, [left, right]).Should().Equal([name]);

    [Theory]
    [InlineData("student clinic, Moussa ag Intalla, asthma", "Intalla", "Moussa ag Intalla")]
    [InlineData("pt Ifor ap Gruffydd fell", "Gruffydd", "Ifor ap Gruffydd")]
    public void ParticlesBesideFoundNames_LinkBeforeFoundName_JoinedWithNamePartBefore(string input, string found, string name) =>
        Joined(input, [found]).Should().Equal([name]);

    [Theory]
    [InlineData("switched Tylenol de Souza says no", "Souza")]
    [InlineData("Stable ap Rhydian, discharge tomorrow", "Rhydian")]
    [InlineData("Maria and Tobias came together", "Tobias")]
    [InlineData("saw ag Intalla today", "Intalla")]
    public void ParticlesBesideFoundNames_DrugEnglishWordOrNoLink_NothingAdded(string input, string found) =>
        Joined(input, [found]).Should().BeEmpty();

    [Theory]
    [InlineData("taser barb in the scalp, his lieutenant tomasz wierzbicki kept asking for a note", "tomasz wierzbicki")]
    [InlineData("pile-up on the slope: snowboarder oksana hrytsenko, wrist fracture", "oksana hrytsenko")]
    public void Scrub_LowerCasePairAfterRoleNoun_Found(string input, string name) => RulesOnlyCoverage.ShouldFind(input, name);

    [Theory]
    [InlineData("his lieutenant colonel said the unit ships out monday", "lieutenant colonel said")]
    [InlineData("our flight medic carried the monitor", "flight medic carried")]
    public void Scrub_RoleNounBeforeWords_Kept(string input, string kept)
    {
        var result = RulesOnly.Scrub(input);

        result.Text.Should().Contain(kept, because: $"the scrubber wrote \"{result.Text}\"");
    }

    // The given name as an earlier rule found it, then what decision 360's rule adds after it.
    private static IEnumerable<string> Surnames(string input, string given)
    {
        var start = input.IndexOf(given, StringComparison.Ordinal);
        var found = new List<Detection> { new(start, start + given.Length, PhiType.Name) };

        SurnamesBeforeFoundGivenNames.Detect(TokenIndex.Build(input), found);

        return found.Skip(1).Select(span => input[span.Start..span.End]);
    }

    // The names as earlier rules found them, then the joined names this round's rule adds.
    private static IEnumerable<string> Joined(string input, string[] names)
    {
        var found = names.Select(name => input.IndexOf(name, StringComparison.Ordinal)).Select((start, n) => new Detection(start, start + names[n].Length, PhiType.Name)).ToList();
        var count = found.Count;

        ParticlesBesideFoundNames.Detect(TokenIndex.Build(input), found);

        return found.Skip(count).Select(span => input[span.Start..span.End]);
    }
}
