using Sermo.Analytics.Query;

namespace Sermo.Analytics.Tests.Query;

public sealed class AspectQueryTests
{
    [Theory]
    [InlineData("aspect:access", "access")]
    [InlineData("aspect:Access", "access")]
    [InlineData("aspect:access:negative", "access:negative")]
    [InlineData("ASPECT:cost:Positive", "cost:positive")]
    public void Parse_AspectField_AspectAndOptionalPolarity(string query, string value) =>
        QueryParser.Parse(query).Should().Be(new FieldNode(QueryField.Aspect, value));

    [Fact]
    public void Parse_AspectWithBrand_BothTagFilters() =>
        QueryParser.Parse("brand:humira aspect:access:negative").Should().Be(
            new AndNode(new FieldNode(QueryField.Brand, "humira"), new FieldNode(QueryField.Aspect, "access:negative")));

    [Theory]
    [InlineData("aspect:price", "Unknown aspect 'price'")]
    [InlineData("aspect:access:bad", "Unknown aspect polarity 'bad'")]
    [InlineData("aspect:safety/tolerability", "Unknown aspect")]
    public void Parse_BadAspect_ErrorNamesItAndThePosition(string query, string message)
    {
        var parse = () => QueryParser.Parse(query);
        parse.Should().Throw<QuerySyntaxException>().Where(e => e.Message.Contains(message, StringComparison.Ordinal));
    }
}
