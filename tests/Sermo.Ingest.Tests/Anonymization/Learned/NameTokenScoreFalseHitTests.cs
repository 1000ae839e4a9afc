using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Anonymization.Learned;

namespace Sermo.Ingest.Tests.Anonymization.Learned;

/// <summary>Which spans the threshold rule's third budget counts as ordinary words taken (decision 317).</summary>
public sealed class NameTokenScoreFalseHitTests
{
    // Sentences of our own: a patient's name, an eponym marked as a clinical term and ordinary capitalised words.
    private const string Text = "Saw Mrs Delacroix today, Overall better; Murphy sign negative per Practitioner note.";

    private static (int Start, int End) Where(string words) => (Text.IndexOf(words, StringComparison.Ordinal), Text.IndexOf(words, StringComparison.Ordinal) + words.Length);

    private static PhiSpan Span(string words) => new(Where(words).Start, Where(words).End, PhiType.Name);

    [Fact]
    public void FalseHitSpans_OrdinaryWordsBesideAnIdentifier_Counted()
    {
        var spans = new[] { Span("Delacroix"), Span("Overall"), Span("Practitioner") };

        NameTokenScore.FalseHitSpans(Text, spans, [Where("Delacroix")], ["Murphy sign"]).Should().Equal(Span("Overall"), Span("Practitioner"));
    }

    [Fact]
    public void FalseHitSpans_SpanOverAnIdentifierOrAMarkedTerm_NotCounted()
    {
        // "Mrs Delacroix" reaches past the identifier's letters only into its title; "Murphy" is part of a term, a lost term already.
        var spans = new[] { Span("Mrs Delacroix"), Span("Murphy") };

        NameTokenScore.FalseHitSpans(Text, spans, [Where("Delacroix")], ["Murphy sign"]).Should().BeEmpty();
    }
}
