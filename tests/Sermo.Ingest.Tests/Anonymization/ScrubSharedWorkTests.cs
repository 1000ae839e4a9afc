using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Work the scrubber does once and shares, or skips where it cannot matter (decision 152): the token index's list answers must be
/// each list's own answer for the token's word, post after post on one thread; a bed label is looked up only before a digit,
/// which must still find every labelled bed; the rendering in one allocation must give what the builder gave.
/// </summary>
public class ScrubSharedWorkTests
{
    private const string MixedPost = "pt maria lopez saw Dr. Whitfield about the clinic; Heather and jardiance, OK. Guillain-Barré in Dayton, ſcribe";

    [Fact]
    public void ListAnswers_EveryTokenAskedTwice_EqualTheListsOwn()
    {
        var lexicon = NameLexicon.Shared;
        var index = TokenIndex.Build(MixedPost);

        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < index.Tokens.Count; i++)
            {
                var word = MixedPost.AsSpan(index.Tokens[i].Start, index.Tokens[i].Length);
                var because = $"\"{word}\" (pass {pass})";
                index.IsEnglishWord(i).Should().Be(lexicon.EnglishWords.Contains(word), because);
                index.IsFirstName(i).Should().Be(lexicon.FirstNames.Contains(word), because);
                index.IsSurname(i).Should().Be(lexicon.Surnames.Contains(word), because);
                index.IsClinicalTerm(i).Should().Be(lexicon.ClinicalTerms.Contains(word), because);
            }
        }
    }

    [Fact]
    public void ListAnswers_NextPostOnTheSameThread_AnsweredForItsOwnWords()
    {
        // The answers live in per-thread buffers: a token at the same position in the next post must not read the last post's answer.
        var first = TokenIndex.Build("maria clinic");
        first.IsFirstName(0).Should().BeTrue();
        first.IsEnglishWord(1).Should().BeTrue();

        var next = TokenIndex.Build("clinic maria");
        next.IsFirstName(0).Should().BeFalse();
        next.IsEnglishWord(0).Should().BeTrue();
        next.IsFirstName(1).Should().BeTrue();
    }

    [Fact]
    public void Build_EveryClinicalPhraseInTitleAndUpperCase_MarksItsWordsClinical()
    {
        // The phrase is lower-cased into a stack buffer and asked by span: every phrase of the lexicon, as a post of its own in
        // two cases, must still mark its words (all of them when no shorter phrase of the same words comes first).
        var phrases = NameLexicon.Shared.ClinicalPhrases;
        var missed = new List<string>();
        var tried = phrases.Where(phrase => phrase.All(c => char.IsAsciiLetterLower(c) || c == ' ') && phrase.IndexOf(' ') <= Vocabulary.LongestWord).ToList();
        tried.Should().HaveCountGreaterThan(100, "the lexicon's letters-only phrases are the test's cases");
        foreach (var phrase in tried)
        {
            var words = phrase.Split(' ');
            var shorterFirst = words.Length == 3 && phrases.Contains($"{words[0]} {words[1]}");
            foreach (var post in new[] { string.Join(' ', words.Select(word => char.ToUpperInvariant(word[0]) + word[1..])), phrase.ToUpperInvariant() })
            {
                var index = TokenIndex.Build(post);
                var marked = Enumerable.Range(0, index.Tokens.Count).Count(k => (index.Kinds[k] & WordKind.Clinical) != 0);
                if (index.Tokens.Count != words.Length || marked < (shorterFirst ? 2 : words.Length))
                {
                    missed.Add(post);
                }
            }
        }

        missed.Should().BeEmpty();
    }

    [Fact]
    public void Build_PhraseHeadBeforeAWordLongerThanAnyPhrase_LeavesItUnmarked()
    {
        var head = NameLexicon.Shared.ClinicalPhrases.First(phrase => phrase.All(c => char.IsAsciiLetterLower(c) || c == ' ')).Split(' ')[0];
        var index = TokenIndex.Build($"{head} {new string('x', 300)} after");

        (index.Kinds[1] & WordKind.Clinical).Should().Be(WordKind.None);
    }

    [Theory]
    [InlineData("Sign-out: bed #3 Mr. Haddad - CHF, diuresing; bed #7 Mrs. Lindqvist - DKA, off the drip.", "3")]
    [InlineData("Sign-out: bed #3 Mr. Haddad - CHF, diuresing; bed #7 Mrs. Lindqvist - DKA, off the drip.", "7")]
    [InlineData("Sign-out: BAY  2 Mr. Petrakis, NSTEMI on heparin. BAY  9 Mrs. Ouellette, cellulitis.", "9")]
    [InlineData("Handover: cubicles 4 Mr. Szabo, hip fracture; cubicle 6 Mrs. Abernethy, desaturating.", "6")]
    public void Scrub_BedLabelBeforeSpacesOrHashAndDigits_StillRemoved(string input, string bed) => ShouldRemove(input, bed);

    [Theory]
    [InlineData("Mrs. Alvarez", "Mrs. [NAME]")]
    [InlineData("Call Mr. Whitfield at 555-201-7788 on 03/14/2025 please", "Call Mr. [NAME] at [PHONE] on [DATE] please")]
    [InlineData("MRN 12345678 for Maria Lopez, DOB 1/2/1950.", "MRN [MRN] for [NAME], DOB [DATE].")]
    public void Scrub_DetectionsAtEdgesAndBetweenText_RenderedAroundThem(string input, string expected)
    {
        var result = Scrubber.Scrub(input);

        // The text rebuilt from the spans the scrubber reports, the way the builder did it, must equal the rendered text.
        var rebuilt = new System.Text.StringBuilder();
        var position = 0;
        foreach (var span in result.Spans)
        {
            rebuilt.Append(input, position, span.Start - position).Append(PhiPlaceholder.For(span.Type));
            position = span.End;
        }

        rebuilt.Append(input, position, input.Length - position).ToString().Should().Be(result.Text);
        result.Text.Should().Be(expected);
    }
}
