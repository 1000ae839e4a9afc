using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Query;
using Sermo.Storage.Postgres;
using Sermo.Storage.Search;
using Sermo.Storage.Search.Sqlite;
using Sermo.TestSupport;

namespace Sermo.Worker.Tests.Fuzz;

/// <summary>
/// The query parser and every backend's translation: an input is parsed, or refused with a syntax error or a
/// refusal, nothing else; what parses is answered by SQLite and PostgreSQL (or refused for its histogram), and its
/// Elasticsearch body stays inside ES's bool limits.
/// </summary>
internal static class QueryFuzz
{
    public const string Target = "query parser + backends";

    public static async Task RunAsync(FuzzWorld world, FuzzText text, FuzzFindings findings, int count)
    {
        var sqlite = world.Services.GetRequiredService<SqliteSearchIndex>();
        var postgres = world.Services.GetRequiredService<PostgresSearchIndex>();
        for (var i = 0; i < count; i++)
        {
            var input = text.Query();
            QueryNode query;
            try
            {
                query = QueryParser.Parse(input);
            }
            catch (QuerySyntaxException ex)
            {
                Expect(ex.Position >= 0 && ex.Position <= input.Length, findings, input, $"syntax error position {ex.Position} outside the input");
                findings.Tried(Target, "syntax error");
                continue;
            }
            catch (QueryRefusedException)
            {
                findings.Tried(Target, "refused");
                continue;
            }
            catch (Exception ex)
            {
                findings.Failed(Target, input, $"parser threw {ex.GetType().Name}: {ex.Message}");
                findings.Tried(Target, "parser crash");
                continue;
            }

            var request = new SearchRequest(query, text.Chance(0.5) ? SearchSort.Relevance : SearchSort.Newest, text.Next(SearchRequest.MaxSize + 1), null,
                text.Chance(0.2) ? new DateOnly(2026, 1, 1) : null, null, (BucketInterval)text.Next(3));
            var answered = await SearchAsync("sqlite", sqlite, request, input, findings) & await SearchAsync("postgres", postgres, request, input, findings);
            var depth = ElasticsearchQueryJson.BoolDepth(ElasticsearchQueryJson.Query(request));
            Expect(depth <= 20, findings, input, $"Elasticsearch bool nesting {depth} over 20");
            findings.Tried(Target, answered ? "parsed and answered" : "parsed; histogram over its limit");
        }
    }

    private static async Task<bool> SearchAsync(string backend, ISearchIndex index, SearchRequest request, string input, FuzzFindings findings)
    {
        try
        {
            var result = await index.SearchAsync(request, CancellationToken.None);
            Expect(result.Hits.Count <= request.Size, findings, input, $"{backend} returned more hits than the page size");
            Expect(request.Size > 0 || result.NextCursor is null, findings, input, $"{backend} returned a cursor for a page of 0");
            return true;
        }
        catch (QueryRefusedException)
        {
            return false;
        }
        catch (Exception ex)
        {
            findings.Failed(Target, input, $"{backend} threw {ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }

    private static void Expect(bool holds, FuzzFindings findings, string input, string what)
    {
        if (!holds)
        {
            findings.Failed(Target, input, what);
        }
    }
}
