using Sermo.Analytics.Query;

namespace Sermo.Analytics.Tests.Query;

public class QueryParserTests
{
    [Fact]
    public void Parse_OrOfTerms_BuildsOrNode() =>
        QueryParser.Parse("eliquis OR apixaban").Should().Be(new OrNode(new TermNode("eliquis"), new TermNode("apixaban")));

    [Fact]
    public void Parse_PhraseAndNot_BuildsAndWithNegation() =>
        QueryParser.Parse("\"atrial fibrillation\" AND NOT warfarin").Should().Be(
            new AndNode(new PhraseNode(["atrial", "fibrillation"]), new NotNode(new TermNode("warfarin"))));

    [Fact]
    public void Parse_ImplicitAnd_BindsTighterThanOr() =>
        QueryParser.Parse("a1c metformin OR insulin").Should().Be(
            new OrNode(new AndNode(new TermNode("a1c"), new TermNode("metformin")), new TermNode("insulin")));

    [Fact]
    public void Parse_Parentheses_OverridePrecedence() =>
        QueryParser.Parse("(eliquis OR xarelto) bleeding").Should().Be(
            new AndNode(new OrNode(new TermNode("eliquis"), new TermNode("xarelto")), new TermNode("bleeding")));

    [Fact]
    public void Parse_Prefix_LowerCased() => QueryParser.Parse("Metfor*").Should().Be(new PrefixNode("metfor"));

    [Fact]
    public void Parse_HyphenatedWord_BecomesPhrase() => QueryParser.Parse("a-fib").Should().Be(new PhraseNode(["a", "fib"]));

    [Fact]
    public void Parse_LowerCaseAnd_IsAWord() =>
        QueryParser.Parse("salt and pepper").Should().Be(
            new AndNode(new AndNode(new TermNode("salt"), new TermNode("and")), new TermNode("pepper")));

    [Theory]
    [InlineData("brand:Humira", QueryField.Brand, "humira")]
    [InlineData("generic:apixaban", QueryField.Generic, "apixaban")]
    [InlineData("disease:e11", QueryField.Disease, "E11")]
    [InlineData("disease:\"Atrial fibrillation\"", QueryField.Disease, "atrial fibrillation")]
    [InlineData("specialty:Cardiology", QueryField.Specialty, "cardiology")]
    [InlineData("state:TX", QueryField.State, "tx")]
    [InlineData("sentiment:NEGATIVE", QueryField.Sentiment, "negative")]
    [InlineData("ae:true", QueryField.AdverseEvent, "true")]
    public void Parse_FieldFilter_NormalisesValue(string query, QueryField field, string value) =>
        QueryParser.Parse(query).Should().Be(new FieldNode(field, value));

    [Fact]
    public void Parse_DiseaseCode_IsIcdPrefix() => ((FieldNode)QueryParser.Parse("disease:I48.9")).IsIcd10Prefix.Should().BeTrue();

    [Fact]
    public void Parse_DateRange_WithTerm() =>
        QueryParser.Parse("humira date:2026-01-01..2026-03-31").Should().Be(
            new AndNode(new TermNode("humira"), new DateRangeNode(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31))));

    [Fact]
    public void Parse_OpenEndedDateRange_KeepsOneEnd() =>
        QueryParser.Parse("humira date:..2026-03-31").Should().Be(
            new AndNode(new TermNode("humira"), new DateRangeNode(null, new DateOnly(2026, 3, 31))));

    [Theory]
    [InlineData("(eliquis OR xarelto", 19, "')'")]
    [InlineData("eliquis OR", 10, "a word")]
    [InlineData("\"atrial fibrillation", 20, "closing '\"'")]
    [InlineData("eliquis )", 8, "an operator")]
    [InlineData("colour:red", 0, "one of brand:")]
    [InlineData("sentiment:angry", 10, "positive, neutral or negative")]
    [InlineData("humira date:2026-13-01..", 12, "yyyy-MM-dd")]
    [InlineData("humira date:2026-03-01..2026-01-01", 12, "FROM on or before TO")]
    [InlineData("OR humira", 0, "a word")]
    [InlineData("brand:", 6, "a value")]
    public void Parse_Malformed_ErrorNamesPositionAndExpectation(string query, int position, string expected)
    {
        var act = () => QueryParser.Parse(query);
        var error = act.Should().Throw<QuerySyntaxException>().Which;
        error.Position.Should().Be(position);
        error.Expected.Should().Contain(expected);
        error.Message.Should().Contain($"position {position + 1}");
    }

    [Theory]
    [InlineData("*")]
    [InlineData("m*")]
    [InlineData("NOT warfarin")]
    [InlineData("date:2026-01-01..")]
    [InlineData("NOT warfarin OR humira")]
    public void Parse_ScanEverything_Refused(string query) =>
        FluentActions.Invoking(() => QueryParser.Parse(query)).Should().Throw<QueryRefusedException>().Which.Reason.Should().NotBeEmpty();

    [Fact]
    public void Parse_DeepNesting_RefusedQuickly()
    {
        var hostile = new string('(', 5_00) + "x" + new string(')', 5_00);
        FluentActions.Invoking(() => QueryParser.Parse(hostile)).Should().Throw<QueryRefusedException>();
    }

    [Fact]
    public void Parse_TooManyClauses_Refused() =>
        FluentActions.Invoking(() => QueryParser.Parse(string.Join(" OR ", Enumerable.Range(0, 150).Select(i => "w" + i))))
            .Should().Throw<QueryRefusedException>();
}
