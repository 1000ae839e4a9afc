using Sermo.Analytics.Tagging.Evaluation;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The guide's "adverse event or disease" rule (GoldSource/README.md, decision 101) by the lexicon's lists, in every gold
/// part: words that are only an adverse-event term are never a disease span, and words that are only a disease term are
/// never an adverse-event span. Concepts in both lists are the author's call (a drug's effect or the patient's
/// condition). GoldSource/list_rule.py applies the same check to the markup.
/// </summary>
public class GoldListRuleTests
{
    [Fact]
    public void GoldSet_AdverseEventOrDisease_FollowsTheLexiconLists()
    {
        var lexicon = SharedTagger.Lexicon;
        var diseaseTerms = lexicon.Diseases.SelectMany(row => row.Synonyms.Prepend(row.Name)).Select(Fold).ToHashSet(StringComparer.Ordinal);
        var eventTerms = lexicon.AdverseEvents.SelectMany(row => row.Synonyms.Prepend(row.Name)).Select(Fold).ToHashSet(StringComparer.Ordinal);

        var misfiled = GoldSet.LoadParts(TaggingTestData.Folder("Gold"))
            .SelectMany(part => part.Sentences)
            .SelectMany(sentence => sentence.Entities.Select(entity => (sentence.Id, entity.Type, Words: Fold(entity.Text))))
            .Where(e => (e.Type == "disease" && eventTerms.Contains(e.Words) && !diseaseTerms.Contains(e.Words))
                || (e.Type == "adverse-event" && diseaseTerms.Contains(e.Words) && !eventTerms.Contains(e.Words)))
            .Select(e => $"{e.Id} {e.Type} \"{e.Words}\"")
            .ToList();

        misfiled.Should().BeEmpty();
    }

    private static string Fold(string words) => words.ToLowerInvariant();
}
