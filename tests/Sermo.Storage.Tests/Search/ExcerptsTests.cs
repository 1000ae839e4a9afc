using Sermo.Storage.Search;

namespace Sermo.Storage.Tests.Search;

public class ExcerptsTests
{
    [Fact]
    public void ToHtml_SentinelsAndMarkup_MarksMatchesAndEncodesTheRest() =>
        Excerpts.ToHtml($"<b>x</b> & {Excerpts.Open}bleed{Excerpts.Close}ing {Excerpts.Open}<i>{Excerpts.Close}")
            .Should().Be("&lt;b&gt;x&lt;/b&gt; &amp; <mark>bleed</mark>ing <mark>&lt;i&gt;</mark>");

    [Fact]
    public void ToHtml_UnclosedSentinel_ClosesMarkAtEnd() =>
        Excerpts.ToHtml($"a {Excerpts.Open}b").Should().Be("a <mark>b</mark>");

    [Fact]
    public void Plain_LongText_CutAndEncoded() =>
        Excerpts.Plain("<" + new string('a', 300)).Should().StartWith("&lt;aaa").And.EndWith("…");
}
