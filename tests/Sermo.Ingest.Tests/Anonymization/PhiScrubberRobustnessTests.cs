using System.Text;
using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Pathological input must be scrubbed correctly and finish. No test here reads the clock: the machine is shared, so a wall
/// time says nothing about the scrubber. The timeouts are hang guards of minutes (a backtracking pattern on 800,000
/// characters would not finish in hours); speed is measured by bench/scrub/verb.sh and bench/scrub/run.sh.
/// </summary>
public class PhiScrubberRobustnessTests
{
    private const int HangGuard = 300_000;

    [Fact(Timeout = HangGuard)]
    public async Task Scrub_RepeatedDigitPattern_KeptWhole()
    {
        var input = string.Concat(Enumerable.Repeat("1-2-3-4-", 100_000));
        input.Length.Should().BeLessThan(PhiScrubber.MaxInputLength);

        var result = await Task.Run(() => Scrubber.Scrub(input));

        result.Spans.Should().BeEmpty("single digits between dashes are no date, phone or record number");
        result.Text.Should().Be(input);
    }

    // Each unit aims at one detector: numeric dates and IPv4, emails and mentions, titles, street
    // addresses, IPv6, city-state pairs, month-day dates, labelled numbers, phones, long tokens.
    [Theory(Timeout = HangGuard)]
    [InlineData("1.")]
    [InlineData("a@")]
    [InlineData("@a.")]
    [InlineData("Dr. ")]
    [InlineData("12 Main ")]
    [InlineData(":1")]
    [InlineData("Aa, OH ")]
    [InlineData("Mar 4 ")]
    [InlineData("March 4th, 2025 Mar 4 4 Mar ")]
    [InlineData("MRN 1")]
    [InlineData("555-")]
    [InlineData("x")]
    [InlineData("1/")]
    [InlineData("www.a")]
    public async Task Scrub_PathologicalRepetition_Completes(string unit)
    {
        var input = string.Concat(Enumerable.Repeat(unit, 800_000 / unit.Length));

        var result = await Task.Run(() => Scrubber.Scrub(input));

        ShouldBeInputWithSpansReplaced(input, result);
    }

    [Fact]
    public void Scrub_FiveMegabytes_ThrowsScrubFailed()
    {
        var input = new string('a', 5 * 1024 * 1024);

        var scrub = () => Scrubber.Scrub(input);

        scrub.Should().Throw<ScrubFailedException>().WithMessage("*limit*");
    }

    [Fact]
    public void Scrub_InputAtTheLimit_IsProcessed()
    {
        var builder = new StringBuilder();
        while (builder.Length < PhiScrubber.MaxInputLength - 100)
        {
            builder.Append("Call 555-123-4567 about Eliquis. ");
        }

        var result = Scrubber.Scrub(builder.ToString());

        result.Text.Should().NotContain("555-123-4567").And.Contain("Eliquis");
    }

    [Fact]
    public void Scrub_NulAndControlCharacters_AreStrippedAndSpansPointAtTheOriginal()
    {
        const string input = "Call\0 555-123-4567\u0007 about Jo\u200Bhn Whitfield\u0001.";

        var result = Scrubber.Scrub(input);

        result.Text.Should().Be("Call [PHONE] about [NAME].");
        result.Spans.Select(span => input[span.Start..span.End])
            .Should().Equal("555-123-4567", "Jo\u200Bhn Whitfield");
    }

    [Fact]
    public void Scrub_LoneSurrogates_AreReplacedNotThrown()
    {
        const string input = "Bad \uD800 text \uDC00 with Maria and 555-123-4567 \uD83D\uDE00 ok";

        var result = Scrubber.Scrub(input);

        result.Text.Should().Be("Bad \uFFFD text \uFFFD with [NAME] and [PHONE] \uD83D\uDE00 ok");
        result.Spans.Select(span => input[span.Start..span.End]).Should().Equal("Maria", "555-123-4567");
    }

    [Fact]
    public void Scrub_EmptyText_ReturnsEmpty()
    {
        var result = Scrubber.Scrub(string.Empty);

        result.Text.Should().BeEmpty();
        result.Spans.Should().BeEmpty();
    }

    [Fact]
    public void Scrub_CalledFromManyThreads_GivesTheSameResult()
    {
        const string input = "pt John Whitfield, MRN 12345678, seen 3/4/2025 by Dr. Chen.";
        var expected = Scrubber.Scrub(input).Text;

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Scrubber.Scrub(input).Text);

        results.Should().AllBe(expected);
    }

    // The spans are ordered, disjoint and inside the input, and the text is the input with each span replaced by its
    // placeholder: the scrubber finished the whole input, not a prefix of it.
    private static void ShouldBeInputWithSpansReplaced(string input, ScrubResult result)
    {
        var expected = new StringBuilder(input.Length);
        var position = 0;
        foreach (var span in result.Spans)
        {
            if (span.Start < position || span.End <= span.Start || span.End > input.Length)
            {
                throw new Xunit.Sdk.XunitException($"span {span} after position {position} is out of order or outside the input");
            }

            expected.Append(input, position, span.Start - position).Append(PhiPlaceholder.For(span.Type));
            position = span.End;
        }

        expected.Append(input, position, input.Length - position);
        result.Text.Should().Be(expected.ToString());
    }
}
