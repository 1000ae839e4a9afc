using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>One scrubber for all tests, as in production (it is a thread-safe singleton).</summary>
internal static class ScrubAssertions
{
    public static PhiScrubber Scrubber { get; } = new();

    /// <summary>Asserts the identifier was found with the given type, and its span maps onto the original text.</summary>
    public static ScrubResult ShouldFind(string input, string identifier, PhiType type)
    {
        var result = Scrubber.Scrub(input);
        result.Spans.Select(span => (input[span.Start..span.End], span.Type))
            .Should().Contain((identifier, type), because: $"\"{identifier}\" in \"{input}\" is a {type}; scrubbed: \"{result.Text}\"");
        result.Text.Should().NotContain(identifier);
        return result;
    }

    /// <summary>Removed, whichever type wins among the detections that cover it.</summary>
    public static void ShouldRemove(string input, string identifier)
    {
        var result = Scrubber.Scrub(input);
        result.Text.Should().NotContain(identifier, $"\"{identifier}\" in \"{input}\" identifies someone; scrubbed: \"{result.Text}\"");
    }

    public static void ShouldKeep(string input)
    {
        var result = Scrubber.Scrub(input);
        result.Spans.Should().BeEmpty(because: $"\"{input}\" holds no identifier, but was scrubbed to \"{result.Text}\"");
        result.Text.Should().Be(input);
    }

    public static void ShouldScrubTo(string input, string expected) =>
        Scrubber.Scrub(input).Text.Should().Be(expected);
}
