using Sermo.Storage.Search;

namespace Sermo.Storage.Tests.Search;

public class ExcerptsTests
{
    [Fact]
    public void ToHtml_SentinelsAndMarkup_MarksMatchesAndEncodesTheRest() =>
        ExcerptMarkup.ToHtml($"<b>x</b> & {ExcerptMarkup.Open}bleed{ExcerptMarkup.Close}ing {ExcerptMarkup.Open}<i>{ExcerptMarkup.Close}")
            .Should().Be("&lt;b&gt;x&lt;/b&gt; &amp; <mark>bleed</mark>ing <mark>&lt;i&gt;</mark>");

    [Fact]
    public void ToHtml_UnclosedSentinel_ClosesMarkAtEnd() =>
        ExcerptMarkup.ToHtml($"a {ExcerptMarkup.Open}b").Should().Be("a <mark>b</mark>");

    [Fact]
    public void Plain_LongText_CutAndEncoded() =>
        ExcerptMarkup.Plain("<" + new string('a', 300)).Should().StartWith("&lt;aaa").And.EndWith("…");
}
