using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 360's change (issue #14), from the "name opening a post", "names capitalised, other slot" and "names in capitals" rows
/// pooled over rounds 10-48: the surname before a found given name in registration order ("Okonjo, Adaeze fell at home", "PCP:
/// Marangoni, Lucia", "landlord Rahimi, Farid says"). What stands before a comma and a name without being a surname stays
/// ("Overall, Maria did well", "Sadly, Grace", "Metformin, Grace", "moved to Paris, Maria said"). Sentences of their own, none from
/// a gold set. The rule is called alone with the given name already found, as the rules before it leave it.
/// </summary>
public class PhiScrubberDecision360RulesTests
{
    [Theory]
    [InlineData("Okonjo, Adaeze fell at home this morning and broke her wrist", "Adaeze", "Okonjo")]
    [InlineData("PCP: Marangoni, Lucia Contact: the front desk", "Lucia", "Marangoni")]
    [InlineData("landlord Rahimi, Farid says the heat is fixed now", "Farid", "Rahimi")]
    [InlineData("two charts merged: MWANGI, Wanjiru vs the other one", "Wanjiru", "MWANGI")]
    [InlineData("bed 4 - Paris, Maria - cellulitis, on cefazolin", "Maria", "Paris")]
    [InlineData("Moon, Jack came in from the feedlot with a kick to the chest", "Jack", "Moon")]
    public void Detect_SurnameBeforeAFoundGivenName_Found(string input, string given, string surname) =>
        Surnames(input, given).Should().Equal([surname]);

    [Theory]
    [InlineData("Overall, Maria did well after the tap", "Maria")]
    [InlineData("Sadly, Grace passed overnight", "Grace")]
    [InlineData("Ugh, Tayo is back with the same pyelo", "Tayo")]
    [InlineData("Metformin, Grace stopped it herself", "Grace")]
    [InlineData("she moved to Paris, Maria said, and never got the scan", "Maria")]
    [InlineData("Nurse, Meilin says the line is out", "Meilin")]
    [InlineData("saw Dr Berry Moon, Jack was with him", "Jack")]
    [InlineData("CBC, Maria has the results", "Maria")]
    public void Detect_NoSurnameBeforeTheComma_NothingAdded(string input, string given) => Surnames(input, given).Should().BeEmpty();

    [Fact]
    public void Detect_GivenNameNotFound_NothingAdded()
    {
        const string input = "Okonjo, Adaeze fell at home";
        var found = new List<Detection>();

        SurnamesBeforeFoundGivenNames.Detect(TokenIndex.Build(input), found);

        found.Should().BeEmpty();
    }

    // The given name as an earlier rule found it, then what this rule adds after it.
    private static IEnumerable<string> Surnames(string input, string given)
    {
        var start = input.IndexOf(given, StringComparison.Ordinal);
        var found = new List<Detection> { new(start, start + given.Length, PhiType.Name) };

        SurnamesBeforeFoundGivenNames.Detect(TokenIndex.Build(input), found);

        return found.Skip(1).Select(span => input[span.Start..span.End]);
    }
}
