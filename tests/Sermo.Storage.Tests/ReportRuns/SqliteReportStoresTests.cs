using Sermo.Storage.Excerpts;

namespace Sermo.Storage.Tests.ReportRuns;

public sealed class SqliteReportStoresTests : ReportStoresContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();

    [Fact]
    public void MatchQuery_WordsWithQuotesAndBlanks_QuotedPhrasesOrEdWithoutBlanks() =>
        SqlitePostExcerpts.MatchQuery(["a\"b", "  ", "x y"]).Should().Be("\"a\"\"b\" OR \"x y\"");
}
