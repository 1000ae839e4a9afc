using Sermo.Analytics.Query;

namespace Sermo.Analytics.Tests.Query;

public class DrugClassQueryTests
{
    private static List<QueryNode> Alternatives(QueryNode node) => node is OrNode or ? [.. Alternatives(or.Left), .. Alternatives(or.Right)] : [node];

    [Fact]
    public void Parse_Class_MatchesMemberGenericsOrTheClassNames()
    {
        var alternatives = Alternatives(QueryParser.Parse("class:statin"));

        alternatives.Should().Contain(new FieldNode(QueryField.Generic, "atorvastatin"));
        alternatives.Should().Contain(new FieldNode(QueryField.Generic, "rosuvastatin"));
        alternatives.Should().Contain(new PhraseNode(["statin"]));
        alternatives.Should().Contain(new PhraseNode(["hmg", "coa", "reductase", "inhibitor"]));
    }

    [Fact]
    public void Parse_Regimen_MatchesItsNamesNotItsDrugsAlone()
    {
        var alternatives = Alternatives(QueryParser.Parse("class:folfox"));

        alternatives.Should().Contain(new PhraseNode(["folfox"]));
        alternatives.Should().NotContain(n => n is FieldNode);
    }

    [Fact]
    public void Parse_ClassWithAmbiguousAbbreviation_LeavesTheAbbreviationOut()
    {
        Alternatives(QueryParser.Parse("class:mra")).Should().NotContain(new PhraseNode(["mra"]));
    }

    [Fact]
    public void Parse_ClassCombinedWithOtherTerms_KeepsPrecedence()
    {
        var query = QueryParser.Parse("class:sglt2i AND disease:I50");

        query.Should().BeOfType<AndNode>().Which.Right.Should().Be(new FieldNode(QueryField.Disease, "I50"));
    }

    [Fact]
    public void Parse_UnknownClass_ErrorNamesThePosition()
    {
        var parse = () => QueryParser.Parse("eliquis AND class:antigravity");

        parse.Should().Throw<QuerySyntaxException>().WithMessage("*antigravity*");
    }
}
