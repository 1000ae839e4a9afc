using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// <see cref="TownsAbroadWithPlaceCues"/> tests its cues before it looks a capitalised run up in the towns-abroad set (decision 198).
/// These pin what that order must keep: a town after or beside each cue is still found (cues after a town of several words
/// included, which the pre-check reads at every token the town could end on), a listed town with no cue stays, and a capitalised
/// word the set does not hold stays after a cue. The rule is run alone on sentences of our own, none from a gold set.
/// </summary>
public class TownsAbroadCuesFirstTests
{
    private static IReadOnlyList<string> TownsFound(string text)
    {
        var found = new List<Detection>();
        TownsAbroadWithPlaceCues.Detect(TokenIndex.Build(text), found);
        return [.. found.Select(d => text[d.Start..d.End])];
    }

    [Theory]
    [InlineData("she grew up in Trondheim and moved here at twenty")]
    [InlineData("the family came from Trondheim last spring")]
    [InlineData("he lived near Trondheim until the divorce")]
    [InlineData("a farm just outside Trondheim, lots of sheep")]
    [InlineData("they hiked around Trondheim for a week")]
    [InlineData("she flew to Trondheim for the funeral")]
    [InlineData("he was treated at Trondheim before the transfer")]
    [InlineData("she was visiting Trondheim when the pain began")]
    [InlineData("they drove through Trondheim on the way north")]
    [InlineData("they drove thru Trondheim on the way north")]
    [InlineData("the parcel went via Trondheim and arrived late")]
    [InlineData("the ferry sailed into Trondheim at dawn")]
    [InlineData("they were heading toward Trondheim when he collapsed")]
    [InlineData("they were heading towards Trondheim when he collapsed")]
    [InlineData("the address reads 7013 Trondheim on the old chart")]
    [InlineData("the address reads Trondheim 7013 on the old chart")]
    [InlineData("the pen pal writes from home, Trondheim, Norway, every month")]
    [InlineData("the note came from our Trondheim clinic by fax")]
    public void Detect_TownAfterOrBesideEachCue_FindsTown(string text) =>
        TownsFound(text).Should().Equal(["Trondheim"], because: $"\"{text}\" places Trondheim by a cue");

    [Theory]
    [InlineData("the pen pal lives far off, Dar es Salaam, Tanzania, and writes monthly", "Dar es Salaam")]
    [InlineData("the forwarding line says Dar es Salaam 11101 and nothing more", "Dar es Salaam")]
    [InlineData("the letter was signed Quetzaltenango, Guatemala, by the nurse", "Quetzaltenango")]
    public void Detect_SeveralWordTownWithCueOnlyAfterIt_FindsWholeTown(string text, string town) =>
        TownsFound(text).Should().Equal([town], because: $"the cue after \"{town}\" stands after its last word, not its first");

    [Theory]
    [InlineData("Trondheim was cold, she said, and the fever started there")]
    [InlineData("we both loved the Pokhara trip photos he showed us")]
    [InlineData("Madurai and Vellore both came up when we talked about training")]
    public void Detect_ListedTownWithNoCue_Kept(string text) =>
        TownsFound(text).Should().BeEmpty(because: $"no place cue stands around the town in \"{text}\"");

    [Theory]
    [InlineData("she drove to Costco for the test strips")]
    [InlineData("he went through Kellerman twice before the answer came")]
    [InlineData("we met at Starbucks to go over the labs")]
    [InlineData("the pharmacist sent it via Fedex overnight")]
    public void Detect_CapitalisedNonTownAfterCue_Kept(string text) =>
        TownsFound(text).Should().BeEmpty(because: $"the capitalised word after the cue in \"{text}\" is no town the list holds");
}
